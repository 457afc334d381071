from h import *
F='asturias-materials-conference-2033-outcome-report.md'
REC=["Regional and national cluster programmes should fund joint testing infrastructure for recycled metals rather than separate pilot lines in each company",
"Cluster organisations should set up a common data space for material passports by the end of 2034, using the open specification presented by the Fraunhofer team",
"The Principality of Asturias should reserve part of its smart specialisation budget for cross-regional projects with Norte and Flanders",
"Universities and vocational schools should design short courses in foundry digitalisation together with cluster members",
"The next edition of the conference should include a matchmaking day for suppliers of secondary raw materials"]
CON=["Decarbonising steel and aluminium in the region depends on shared infrastructure more than on individual company investments",
"Small suppliers lack the data and the staff to meet the reporting duties of large customers",
"Interregional partnerships have produced results where they were backed by a named coordinator and a budget of their own"]
T=f'''# Outcome report – Advanced Materials Cluster Conference 2033

**Gijón, {wd(2033,10,13)} 13 – {wd(2033,10,14)} 14 October 2033 · Palacio de Congresos, Recinto Ferial Luis Adaro**

Published by MetaIndustry Asturias, 3 November 2033 · Rapporteur: Dr. Inés Fernández-Cueto · 8 min read

[Download the programme (PDF)] · [Presentations] · [Photo gallery]

---

## About the conference

The fourth Advanced Materials Cluster Conference brought 312 participants from eleven countries to Gijón. It was organised by MetaIndustry Asturias, the metal and advanced materials cluster of the region, with the Instituto de Desarrollo Económico del Principado de Asturias (IDEPA) and the University of Oviedo. Previous editions were held in Avilés (2027), Oviedo (2029) and Mieres (2031).

The conference was opened by **Marta Suárez Llaneza**, Regional Minister for Industry, Employment and Economic Promotion, and by **Pelayo García de la Riva**, President of MetaIndustry Asturias. In her opening words the minister recalled that the regional strategy for 2028–2034 puts circular metals at the centre of the region's industrial plans.

The keynote on the first morning was given by **Prof. Dr.-Ing. Johanna Wichmann-Leitner** of the Fraunhofer Institute for Manufacturing Technology and Advanced Materials (IFAM) in Bremen, who presented an open specification for material passports. She was followed by a panel with Tomás Oliveira Brandão (Produtech, Portugal), Annelies Van den Broeck (Flux50, Flanders) and Kirsi HAAPANEN (Business Finland), moderated by the journalist Covadonga Menéndez.

The afternoon of day one was given to four parallel workshops (recycled aluminium, green hydrogen for furnaces, skills, and finance). On the second day, Alejandro Rubiera, Head of the Cluster Unit of IDEPA, presented the results of the 2033 cluster survey, and Ms Ewa Kowalczyk-Nowak of the European Commission, DG GROW, spoke about the European Clusters Alliance and the revision of the cluster excellence programme. The conference closed with a site visit to the ArcelorMittal Gijón plant on the afternoon of {wd(2033,10,14)} 14 October.

## Main conclusions

The rapporteur summarised the two days in three main conclusions:

- {CON[0]}.
- {CON[1]}.
- {CON[2]}.

Participants also noted that many of the projects presented in the workshops had been prepared in under six months, and that the speed came from trust built in earlier editions. Several speakers warned against "pilot fatigue": companies take part in one pilot after another without seeing an investment decision at the end. Others pointed out that the region's energy prices, among the highest for industrial users in Spain, weigh more on investment decisions than any support programme, and that the clusters should bring this message to Madrid. The representatives of the trade unions asked that workers be involved early when plants change their processes, so that retraining can start before jobs are lost.

## Recommendations

The conference adopted the following recommendations, which will be sent to the Government of the Principality of Asturias and to the national Ministry of Industry and Tourism:

1. {REC[0]}.
2. {REC[1]}.
3. {REC[2]}.
4. {REC[3]}.
5. {REC[4]}.

## Workshop highlights

*Recycled aluminium.* Chaired by Lucía Álvarez-Prida (Asturiana de Aleaciones S.A.). Participants compared sorting technologies and agreed to share scrap quality data for one year.

*Green hydrogen for furnaces.* Chaired by Dr. Rui Sampaio (INEGI, Porto). The group discussed the hydrogen valley project on the Asturian coast and the cost of converting small furnaces.

*Skills.* Chaired by Beatriz Menéndez Tuñón (Centro Integrado de Formación Profesional del Mar). The main message was that welders and furnace operators need short, practical modules on data and sensors.

*Finance.* Chaired by Georg von Ahlefeldt (European Investment Bank). Companies asked for simpler guarantees for investments below five million euros.

## What happens next

MetaIndustry Asturias will present a progress report on the recommendations at its general assembly in March 2034. A working group on material passports meets for the first time on {wd(2033,12,2)} 2 December 2033 in Avilés. The fifth edition of the conference will take place in Oviedo in autumn 2035; the date will be announced in spring.

*Contact:* Noelia Prendes, communication manager, MetaIndustry Asturias · comunicacion@metaindustry4.es

Share: LinkedIn · X · E-mail

© 2033 MetaIndustry Asturias · Legal notice · Privacy · Cookies
'''
write(F,T)
M='MetaIndustry Asturias'
gold(F,[P('Inés Fernández-Cueto','Rapporteur',None),P('Marta Suárez Llaneza','Regional Minister for Industry, Employment and Economic Promotion',None),
P('Pelayo García de la Riva','President',M),P('Johanna Wichmann-Leitner',None,'Fraunhofer Institute for Manufacturing Technology and Advanced Materials'),
P('Tomás Oliveira Brandão',None,'Produtech'),P('Annelies Van den Broeck',None,'Flux50'),P('Kirsi HAAPANEN',None,'Business Finland'),
P('Covadonga Menéndez','journalist',None),P('Alejandro Rubiera','Head of the Cluster Unit','IDEPA'),P('Ewa Kowalczyk-Nowak',None,'DG GROW'),
P('Lucía Álvarez-Prida',None,'Asturiana de Aleaciones S.A.'),P('Rui Sampaio',None,'INEGI'),P('Beatriz Menéndez Tuñón',None,'Centro Integrado de Formación Profesional del Mar'),
P('Georg von Ahlefeldt',None,'European Investment Bank'),P('Noelia Prendes','communication manager',M)],
[O(M),O('Instituto de Desarrollo Económico del Principado de Asturias','IDEPA'),O('University of Oviedo'),
O('Fraunhofer Institute for Manufacturing Technology and Advanced Materials','IFAM'),O('Produtech'),O('Flux50'),O('Business Finland'),
O('European Commission'),O('DG GROW'),O('European Clusters Alliance'),O('ArcelorMittal Gijón'),O('Government of the Principality of Asturias'),
O('Ministry of Industry and Tourism'),O('Asturiana de Aleaciones S.A.'),O('INEGI'),O('Centro Integrado de Formación Profesional del Mar'),O('European Investment Bank')],
[E('Advanced Materials Cluster Conference 2033','2033-10-13','2033-10-14','Gijón','Spain'),E('site visit to the ArcelorMittal Gijón plant','2033-10-14','2033-10-14','Gijón','Spain'),
E('general assembly','2034-03','2034-03',None,None),E('working group on material passports','2033-12-02','2033-12-02','Avilés','Spain'),
E('fifth edition of the conference','2035','2035','Oviedo','Spain')],
['2033-10-13/2033-10-14','2033-11-03','2027','2029','2031','2028/2034','2033','2033-10-14','2034','2034-03','2033-12-02','2035'],CON+REC,pub='2033-11-03')
