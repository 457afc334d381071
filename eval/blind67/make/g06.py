from h import *
F='cantabria-cluster-skills-study-summary.md'
FI=["Seven in ten cluster member companies report unfilled technical vacancies, most often for maintenance technicians and automation engineers",
"Companies that take part in cluster training activities fill vacancies on average five weeks faster than those that do not",
"Women make up 19 per cent of the technical workforce in the member companies, against 27 per cent in the Spanish manufacturing sector",
"Small firms rarely use the dual vocational training scheme because they lack a trained tutor",
"Demand for green skills is concentrated in a handful of large firms and has not yet reached the supply chain"]
T=f'''Summary of the study

SKILLS FOR THE TWIN TRANSITION IN THE CLUSTERS OF CANTABRIA

Commissioned by SODERCAN – Sociedad para el Desarrollo Regional de Cantabria
Carried out by the Department of Economics of the University of Cantabria with Instituto de Investigación Laboral (IIL)
Santander, May 2030

Authors: Prof. Laura Gutiérrez-Solana Ruiz, Dr. Óscar Revuelta, Nerea Aldekoa Iturbe
Steering group: Ana Belén Sainz de la Maza (SODERCAN, chair), Íñigo Quintana (Cantabria Industrial Cluster), Dr. Sophie Marchetti (Basque Country Skills Observatory)

1. Why this study

Cantabria has six cluster organisations recognised by the regional government, covering automotive and components, food, nuclear and energy equipment, maritime, tourism and the digital sector. Together they count 431 member companies with about 21,000 employees. In its Industrial Plan 2029–2033 the regional government asked SODERCAN to find out which skills these companies will need over the next five years and what the clusters can do about it. The study was carried out between September 2029 and March 2030.

2. Method

The team combined three sources. A web survey was sent to all member companies of the six clusters in October 2029 and received 188 valid answers (44 per cent). It was followed by 32 interviews with human resources managers, works council members and school heads, and by four focus groups held in Santander, Torrelavega, Reinosa and Castro Urdiales in January 2030. Figures on vacancies were compared with data from the regional public employment service (EMCAN). The results were discussed with the steering group and validated at a workshop with the cluster managers on {wd(2030,3,26)} 26 March 2030.

3. Main findings

- {FI[0]}.
- {FI[1]}.
- {FI[2]}.
- {FI[3]}.
- {FI[4]}.

4. Discussion

The findings confirm that the clusters play a useful but limited role. Where they organise training with vocational schools, as the automotive cluster GIRA does with the IES Miguel Herrero in Torrelavega, the gains are visible. But most small firms still recruit on their own and too late. Interviewees also pointed to housing costs on the coast, which make it hard to attract young engineers from other regions. Several human resources managers said that they now train people from other sectors, such as former fishermen and retail staff, and that this works when the cluster helps to design the course. School heads, for their part, asked companies to offer more placements and to send engineers to teach for a few hours a month.

The authors note that the survey over-represents the larger firms and that the answers of the tourism cluster were too few to be analysed on their own.

5. Options for action

The report proposes a shared tutor pool financed by the clusters and SODERCAN, a regional campaign to bring more women into technical jobs, and an annual skills forecast updated with the cluster managers. The options will be discussed with the regional Ministry of Industry, Employment, Innovation and Trade at the Cantabria Cluster Forum on {wd(2030,6,19)} 19 June 2030 in Santander.

The full report (148 pages, in Spanish) can be downloaded from the SODERCAN website. For further information contact Ana Belén Sainz de la Maza, head of the clusters department, SODERCAN, Parque Científico y Tecnológico de Cantabria, Santander.
'''
write(F,T)
S='SODERCAN – Sociedad para el Desarrollo Regional de Cantabria'
gold(F,[P('Laura Gutiérrez-Solana Ruiz','Author',None),P('Óscar Revuelta','Author',None),P('Nerea Aldekoa Iturbe','Author',None),
P('Ana Belén Sainz de la Maza','head of the clusters department','SODERCAN'),P('Íñigo Quintana',None,'Cantabria Industrial Cluster'),P('Sophie Marchetti',None,'Basque Country Skills Observatory')],
[O(S,'SODERCAN'),O('Department of Economics of the University of Cantabria'),O('Instituto de Investigación Laboral','IIL'),O('Cantabria Industrial Cluster'),O('Basque Country Skills Observatory'),
O('EMCAN'),O('GIRA'),O('IES Miguel Herrero'),O('Ministry of Industry, Employment, Innovation and Trade')],
[E('workshop with the cluster managers','2030-03-26','2030-03-26',None,None),E('Cantabria Cluster Forum','2030-06-19','2030-06-19','Santander','Spain')],
['2030-05','2029/2033','2029-09/2030-03','2029-10','2030-01','2030-03-26','2030-06-19'],FI,pub='2030-05')
