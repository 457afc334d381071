from h import *
import docx
from docx.shared import Pt
F='study-visit-viseu-programme-2035.docx'
d=docx.Document()
d.add_heading('Study visit to the Dão-Lafões agri-food ecosystem',0)
d.add_paragraph('Viseu (Portugal), 18–20 June 2035 · Programme, version 3 of 4 June 2035')
d.add_paragraph('Organised by InovCluster – Associação do Cluster Agro-Industrial do Centro, in cooperation with the Lubuskie Wood Cluster and the Marshal Office of the Lubuskie Voivodeship (Zielona Góra, Poland). The visit is part of the interregional partnership "Rural Value Chains", which links food and bio-based clusters in four regions.')
d.add_heading('Purpose of the visit',1)
d.add_paragraph('The delegation of 16 participants from Lubuskie (cluster managers, company owners and two officials from the regional administration) will learn how InovCluster organises joint quality labels, shared laboratories and export promotion for small producers. Each day combines visits with short working sessions, so that the participants can compare the practices they see with their own region. A one-page summary of lessons will be written by each participant before departure.')
d.add_heading('Background',1)
d.add_paragraph('InovCluster brings together more than 180 members from the Centro region of Portugal: farms, cooperatives, food processors, packaging suppliers, research units and municipalities. Since its recognition as a national competitiveness cluster, it has built a reputation for helping very small producers reach export markets through collective brands and shared services. The Lubuskie Wood Cluster, for its part, has started to work with food companies that use wood-based packaging and with farms that want to sell biomass. Both clusters therefore share an interest in short supply chains, labels of origin and the role of cooperatives.')
d.add_paragraph('Before the visit, each participant is asked to prepare: (1) a two-minute introduction of his or her organisation in English; (2) one question for each company visited; (3) a list of up to five Portuguese companies he or she would like to meet during the B2B meetings. The B2B requests must reach the InovCluster project office by 6 June 2035 so that a meeting schedule can be prepared.')
d.add_heading('Day-by-day programme',1)
rows=[('Day / date','Time','Activity','Place','Hosts and speakers'),
(f'Day 1 – {wd(2035,6,18)} 18 June','09:30','Welcome and presentation of InovCluster','InovCluster offices, Castelo Branco road, Viseu','Cláudia Marques Ferreira, executive director, InovCluster'),
('','11:00','Regional smart specialisation strategy for agri-food','Same','Prof. Doutor João Pedro Ribeiro, Polytechnic Institute of Viseu'),
('','13:00','Lunch with cluster members','Quinta da Ribeira, Mangualde',''),
('','15:00','Company visit: wine cooperative and bottling line','Adega Cooperativa de Mangualde','Rui Almeida, head of production'),
('','19:30','Welcome dinner','Solar do Vinho do Dão, Viseu','Hosted by the Viseu Municipality; words by the mayor, Dra. Helena Cardoso'),
(f'Day 2 – {wd(2035,6,19)} 19 June','09:00','Visit: cheese cooperative (Serra da Estrela PDO)','Queijaria Serrana CRL, Gouveia','Maria do Céu Antunes, president of the cooperative'),
('','12:30','Working lunch: quality labels and certification','Gouveia','Eng. Tiago Vasconcelos, CERTIS'),
('','14:30','Visit: shared food-analysis laboratory','Polytechnic Institute of Viseu, Agrarian School','Dr. Inês Sobral, head of laboratory'),
('','17:00','B2B meetings between Polish and Portuguese companies','InovCluster offices','Moderated by Andrzej Kowalczyk-Nowak, Lubuskie Wood Cluster'),
(f'Day 3 – {wd(2035,6,20)} 20 June','09:00','Visit: food-packaging start-up','Packlab Lda., Viseu Business Park','Beatriz Lobo de Carvalho, founder and CEO'),
('','11:00','Round table: lessons for Lubuskie','Viseu Municipality, Solar dos Peixotos','Chair: Dorota Wiśniewska, Marshal Office of the Lubuskie Voivodeship'),
('','13:00','Closing lunch and departure to Porto airport','','')]
t=d.add_table(rows=len(rows),cols=5); t.style='Table Grid'
for i,r in enumerate(rows):
    for j,c in enumerate(r): t.cell(i,j).text=c
d.add_heading('Practical information',1)
d.add_paragraph('Arrival: the group arrives at Porto airport on the evening of 17 June 2035 and travels to Viseu by chartered bus (about 1 h 30 min). Accommodation: Hotel Montebelo Viseu, three nights. The programme costs are covered by the partnership; participants pay their own flights. Dress code: business casual; closed shoes are required in the laboratory and the cheese dairy.')
d.add_paragraph('Interpretation Polish–Portuguese is provided at the B2B meetings on Day 2 and at the round table on Day 3. All other sessions are held in English.')
d.add_paragraph('Previous visits of the partnership: Zielona Góra (October 2034, hosted by the Lubuskie Wood Cluster) and Gouveia (March 2034). The next visit will take the Portuguese partners to Lubuskie in spring 2036; dates to be confirmed.')
d.add_heading('Contacts',1)
d.add_paragraph('InovCluster: Susana Pinto Correia, project officer, +351 232 000 411, projetos@inovcluster.example.pt')
d.add_paragraph('Lubuskie Wood Cluster: Tomasz Wierzbicki, cluster coordinator, +48 68 000 21 90')
d.add_paragraph('In case of emergency during the visit, call the group leader, Andrzej Kowalczyk-Nowak, on +48 600 000 318.')
d.save(os.path.join(B,'docs',F))
IC='InovCluster – Associação do Cluster Agro-Industrial do Centro'
L='Lubuskie Wood Cluster'; M='Marshal Office of the Lubuskie Voivodeship'; PV='Polytechnic Institute of Viseu'
gold(F,[P('Cláudia Marques Ferreira','executive director',IC),P('João Pedro Ribeiro',None,PV),P('Rui Almeida','head of production','Adega Cooperativa de Mangualde'),
 P('Helena Cardoso','mayor','Viseu Municipality'),P('Maria do Céu Antunes','president of the cooperative','Queijaria Serrana CRL'),P('Tiago Vasconcelos',None,'CERTIS'),
 P('Inês Sobral','head of laboratory',PV),P('Andrzej Kowalczyk-Nowak','group leader',L),P('Beatriz Lobo de Carvalho','founder and CEO','Packlab Lda.'),
 P('Dorota Wiśniewska',None,M),P('Susana Pinto Correia','project officer',IC),P('Tomasz Wierzbicki','cluster coordinator',L)],
 [O(IC),O(L),O(M),O(PV),O('Adega Cooperativa de Mangualde'),O('Viseu Municipality'),O('Queijaria Serrana CRL'),O('CERTIS'),O('Packlab Lda.'),O('Hotel Montebelo Viseu')],
 [E('Study visit to the Dão-Lafões agri-food ecosystem','2035-06-18','2035-06-20','Viseu','Portugal'),
  E('Company visit: wine cooperative and bottling line','2035-06-18','2035-06-18','Mangualde','Portugal'),
  E('Welcome dinner','2035-06-18','2035-06-18','Viseu','Portugal'),E('Visit: cheese cooperative','2035-06-19','2035-06-19','Gouveia','Portugal'),
  E('Working lunch: quality labels and certification','2035-06-19','2035-06-19','Gouveia','Portugal'),E('Visit: shared food-analysis laboratory','2035-06-19','2035-06-19','Viseu','Portugal'),
  E('B2B meetings','2035-06-19','2035-06-19','Viseu','Portugal'),E('Visit: food-packaging start-up','2035-06-20','2035-06-20','Viseu','Portugal'),
  E('Round table: lessons for Lubuskie','2035-06-20','2035-06-20','Viseu','Portugal'),
  E('visit to Zielona Góra','2034-10','2034-10','Zielona Góra','Poland'),E('visit to Gouveia','2034-03','2034-03','Gouveia','Portugal')],
 ['2035-06-18/2035-06-20','2035-06-04','2035-06-18','2035-06-19','2035-06-20','2035-06-17','2035-06-06','2034-10','2034-03','2036'])
