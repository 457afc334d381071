from h import *
F = 'limousin_ceramics_cluster_20_years.md'
T = f"""[Home](/) › [News](/news) › Clusters

# Twenty years of the Limousin Ceramics Cluster: from a handful of kilns to an industrial network

*Published on {wd(2034,3,14)} 14 March 2034 by the communication team of Nouvelle-Aquitaine Innovation Agency (NAIA) · 6 min read*

On 9 March 2034 the **Pôle Céramique Limousin** (PCL) celebrated its twentieth anniversary in the former Haviland workshops in Limoges, now the cluster's showroom. More than 220 guests – manufacturers, designers, researchers and public partners – joined the evening. The Agency, which has supported the cluster since its first statutes, looks back at two decades of a network that today counts 118 members.

## How it started

The cluster was founded on 24 June 2014 by eleven companies and two public bodies. The founders met for the first time in the back room of the Chamber of Commerce and Industry of Limoges and Haute-Vienne in the autumn of 2013. Among them were **Jean-Baptiste Lacoste-Moreau**, then managing director of Porcelaines Lacoste SAS, **Dr. Hélène Vauzelle**, researcher at the European Ceramic Centre, and **Abdelkader Benhamou**, founder of the refractory specialist Réfractaires du Centre SARL. "We were competitors on Monday and partners on Tuesday," Jean-Baptiste Lacoste-Moreau recalled on stage. "Nobody believed a porcelain maker would sit at the same table as a manufacturer of technical ceramics for engines."

The Institute of Research for Ceramics (IRCER) of the University of Limoges joined in 2015, followed by the Limoges School of Fine Arts (ENSA Limoges) in 2016. The first collective project, a shared test kiln for low-carbon firing, opened in 2017.

## Presidents by period

The cluster has had four presidents:

- 2014–2019: Jean-Baptiste Lacoste-Moreau (Porcelaines Lacoste SAS)
- 2019–2024: Dr. Hélène Vauzelle (European Ceramic Centre)
- 2024–2030: Pierre-Olivier de la Brosse (Céradyne Industries SA)
- since 2030: Mag. Katharina Steinwender-Roux (Steinwender Keramik France SAS)

Katharina Steinwender-Roux, born in Gmunden in Austria and trained as a ceramic engineer in Vienna, was re-elected for a second term (2034–2038) at the General Assembly of 28 February 2034. She is the first president who does not come from a company founded in the Limousin.

## Managers and the team

The cluster's first manager, **Sylvie Chabrol**, ran the association alone from a borrowed office until 2020. She handed over to **Thomas N'Diaye**, who had been project manager since 2018 and is today the cluster's Director. The team now has seven staff, including **Margaux Peyrat**, responsible for European projects, and **Lukas Oberhofer**, in charge of the testing platform.

## Milestones

- 2017: opening of the shared test kiln in Saint-Yrieix-la-Perche
- 2021: Bronze Label of the European Cluster Excellence Initiative
- 2025: launch of the "Kaolin to Kiln" training programme with the Lycée des métiers Jean Monnet
- 2028: first joint stand at Ambiente in Frankfurt, with nine members
- 2031: Silver Label; the cluster joins the French network France Clusters
- 2033: partnership with the Portuguese ceramics cluster in Aveiro and the Spanish association ASCER

## The anniversary evening

The programme of 9 March began with a round table moderated by the journalist **Claire Mounier-Lavaud** (France 3 Nouvelle-Aquitaine). **Alain Rousseau**, Vice-President of the Nouvelle-Aquitaine Region in charge of economic development, reminded the audience that the Region has co-financed the cluster's annual programme since 2015. "Ceramics is not a heritage sector for us, it is an industrial sector with a future in hydrogen, medical devices and space," he said.

**Prof. Dr.-Ing. Matthias zu Eltz**, head of the Fraunhofer Institute for Ceramic Technologies and Systems (IKTS) in Dresden, spoke about cooperation between German and French ceramic clusters, and **Inês Carvalho Pinto**, Director of the Aveiro ceramics cluster Cerâmica Portugal, brought a gift from the Portuguese partners: a plate made with kaolin from both regions.

Among the younger members, **Camille Desbordes**, co-founder of the start-up Kaolab SAS, which joined the cluster in 2032, spoke for the new generation. Her company prints ceramic parts for dental implants and for small satellites. "Without the test kiln and the contacts of the older members we would have needed three more years and twice the money to reach our first industrial customer," she said. She also asked the board to open the working groups to students, a proposal the president promised to put on the agenda of the next board meeting.

The founders received an honorary membership card. Sylvie Chabrol, now retired, was named honorary member.

## What comes next

The board presented its roadmap 2034–2038. The cluster wants to double the number of members working on technical ceramics, open a second testing line in 2035 and host the European Ceramics Cluster Meeting in Limoges on 15 and 16 October 2035. A members' seminar on decarbonised firing will take place on {wd(2034,5,23)} 23 May 2034 at the ENSA Limoges.

*Contact: Margaux Peyrat, European projects, m.peyrat@pole-ceramique.example*

---
Share: [LinkedIn] [X] [E-mail] · Tags: ceramics, anniversary, Limoges, porcelain

© Nouvelle-Aquitaine Innovation Agency · Legal notice · Cookies
"""
write(F, T)
gold(F,
 [P('Jean-Baptiste Lacoste-Moreau', 'managing director', 'Porcelaines Lacoste SAS'),
  P('Hélène Vauzelle', 'researcher', 'European Ceramic Centre'),
  P('Abdelkader Benhamou', 'founder', 'Réfractaires du Centre SARL'),
  P('Pierre-Olivier de la Brosse', None, 'Céradyne Industries SA'),
  P('Katharina Steinwender-Roux', 'president', 'Pôle Céramique Limousin'),
  P('Sylvie Chabrol', 'honorary member', 'Pôle Céramique Limousin'),
  P('Thomas N\'Diaye', 'Director', 'Pôle Céramique Limousin'),
  P('Margaux Peyrat', 'European projects', 'Pôle Céramique Limousin'),
  P('Lukas Oberhofer', None, 'Pôle Céramique Limousin'),
  P('Claire Mounier-Lavaud', 'journalist', 'France 3 Nouvelle-Aquitaine'),
  P('Alain Rousseau', 'Vice-President of the Nouvelle-Aquitaine Region in charge of economic development', 'Nouvelle-Aquitaine Region'),
  P('Matthias zu Eltz', 'head', 'Fraunhofer Institute for Ceramic Technologies and Systems'),
  P('Inês Carvalho Pinto', 'Director', 'Cerâmica Portugal'),
  P('Camille Desbordes', 'co-founder', 'Kaolab SAS')],
 [O('Nouvelle-Aquitaine Innovation Agency', 'NAIA'), O('Pôle Céramique Limousin', 'PCL'),
  O('Chamber of Commerce and Industry of Limoges and Haute-Vienne'), O('Porcelaines Lacoste SAS'), O('European Ceramic Centre'),
  O('Réfractaires du Centre SARL'), O('Institute of Research for Ceramics', 'IRCER'), O('University of Limoges'),
  O('Limoges School of Fine Arts', 'ENSA Limoges'), O('Céradyne Industries SA'), O('Steinwender Keramik France SAS'),
  O('Lycée des métiers Jean Monnet'), O('France Clusters'), O('ASCER'), O('France 3 Nouvelle-Aquitaine'),
  O('Nouvelle-Aquitaine Region'), O('Fraunhofer Institute for Ceramic Technologies and Systems', 'IKTS'), O('Cerâmica Portugal'), O('Kaolab SAS')],
 [E('twentieth anniversary', '2034-03-09', '2034-03-09', 'Limoges', 'France'),
  E('General Assembly', '2034-02-28', '2034-02-28', None, None),
  E('Ambiente', '2028', '2028', 'Frankfurt', 'Germany'),
  E('European Ceramics Cluster Meeting', '2035-10-15', '2035-10-16', 'Limoges', 'France'),
  E("members' seminar on decarbonised firing", '2034-05-23', '2034-05-23', 'Limoges', 'France')],
 ['2034-03-14', '2034-03-09', '2014-06-24', '2013', '2015', '2016', '2017', '2014/2019', '2019/2024', '2024/2030', '2030',
  '2034/2038', '2034-02-28', '2020', '2018', '2021', '2025', '2028', '2031', '2033', '2032', '2035', '2035-10-15/2035-10-16', '2034-05-23'],
 [], pub='2034-03-14')
