from common import *
doc='07_asturias_steel_hydrogen_workshop_report.md'
t='''# Workshop report: Green steel and hydrogen valleys – what role for clusters?

**Gijón (Asturias), 24 April 2036 · Organised by the Asturias Metal Cluster (MetaIndustry4) and the Fundación para el Fomento en Asturias de la Investigación Científica Aplicada y la Tecnología (FICYT)**

*Report prepared by Lucía Fernández-Quirós, project officer, MetaIndustry4 · published 8 May 2036*

---

## Background

Asturias hosts one of Europe's largest integrated steelworks and a dense network of metalworking, boilermaking and engineering SMEs that supply it. The planned switch from blast furnaces to direct-reduced iron fed with hydrogen will change the demands on that supply chain within a decade. The workshop, held at the Laboral Ciudad de la Cultura in Gijón, brought together 74 participants from companies, research centres, regional government and five cluster organisations from Spain, France, Germany and Poland to discuss how clusters can prepare their members.

The workshop was part of the interregional learning programme of the European Hydrogen Valleys Partnership and was co-financed by the Principality of Asturias.

## Opening

Borja Fernández Llaneza, Regional Minister for Science, Enterprise, Training and Employment of the Principality of Asturias, opened the workshop. He recalled that the region had committed to a hydrogen strategy for 2030–2040 and that the transformation of the steel industry "will be decided in the workshops of our suppliers as much as in the boardrooms". He was followed by Dr. Marta Álvarez-Cienfuegos, President of MetaIndustry4, who presented the results of a survey of 112 member companies: only 18 % had a clear idea of which of their products would still be needed after the switch.

## Session 1 – The industrial plan

Ángel Menéndez Rubiera, head of decarbonisation projects at ArcelorMittal España, presented the timetable for the new direct reduction plant and the electric arc furnace in Gijón. Construction is expected to employ up to 1,500 contractors at peak. He stressed that local firms would need new welding certifications for hydrogen service and asked the cluster to help organise training.

Dr. Thomas Kleinschmidt from the Wasserstoff-Cluster Saar explained how Saarland had mapped its supplier base in 2033 and used the map to steer regional funding towards the most exposed companies. The map identified 240 firms, of which 60 were considered at high risk.

## Session 2 – Cluster instruments

The second session, moderated by Paz Rodríguez, director of the Asturian Energy Cluster, looked at instruments clusters already use:

- **Supplier development programmes**, presented by Jean-Baptiste Lefebvre of the Pôle Métallurgie Hauts-de-France in Dunkirk, where 35 SMEs have followed an 18-month programme with coaching and joint bids.
- **Shared test facilities**, presented by Dr. Inés Suárez of the Centro Tecnológico IDONIAL, which is building a hydrogen materials laboratory in Avilés.
- **Skills partnerships**, presented by Agnieszka Wróblewska of the Silesian Metal Cluster (Katowice), who described a joint curriculum with vocational schools.

Several participants noted that the instruments were less important than the way they were combined. In Dunkirk, for instance, coaching was only offered to companies that had first taken part in a joint bid, which ensured that the coaching addressed real contracts. In Katowice, the curriculum had been written with the steelmaker's own trainers, so that certificates were recognised on site from the first day. Participants asked the Asturian clusters to draw on both examples rather than copy either one.

## Session 3 – Open discussion

In the open discussion, several SMEs said that the timetable of the steelworks was uncertain and that they could not invest without firm orders. Representatives of the Principality replied that a guarantee instrument was being studied with the regional development agency IDEPA. Participants also asked for better information on the European funding calls, and the European Commission's representative, Dr. Niels-Ove Petersen (DG GROW), offered to hold a dedicated online session for Asturian companies.

## Key conclusions

The organisers and speakers agreed on three conclusions:

1. Clusters should map their members' exposure to the steel transition now, before the investment decisions, and share the map with the regional government and the steelmaker.
2. A joint supplier development programme for hydrogen-ready manufacturing should be launched by MetaIndustry4 and the Asturian Energy Cluster, building on the Dunkirk experience.
3. Training for hydrogen-service welding and inspection must start in 2037 at the latest, through a partnership between the clusters, IDONIAL and the vocational schools of Gijón and Avilés.

## Next steps

MetaIndustry4 will present a first version of the supplier map at its general assembly on 15 October 2036. The online session with DG GROW on funding calls is planned for June 2036; members will receive the invitation by e-mail. A short survey on the workshop will be sent to all participants; the results will help plan a second workshop on financing in the autumn. Presentations from the workshop can be downloaded from the members' area until 30 June 2036.

*Photos: Iván G. Martínez / MetaIndustry4*

[Back to news](#) · [Share on LinkedIn](#) · [Print](#)
'''
write(doc,t)
MI='MetaIndustry4'
gold(doc,[P('Lucía Fernández-Quirós','project officer',MI),P('Borja Fernández Llaneza','Regional Minister for Science, Enterprise, Training and Employment','Principality of Asturias'),
 P('Marta Álvarez-Cienfuegos','President',MI),P('Ángel Menéndez Rubiera','head of decarbonisation projects','ArcelorMittal España'),
 P('Thomas Kleinschmidt',None,'Wasserstoff-Cluster Saar'),P('Paz Rodríguez','director','Asturian Energy Cluster'),
 P('Jean-Baptiste Lefebvre',None,'Pôle Métallurgie Hauts-de-France'),P('Inés Suárez',None,'Centro Tecnológico IDONIAL'),
 P('Agnieszka Wróblewska',None,'Silesian Metal Cluster'),P('Niels-Ove Petersen',None,'DG GROW'),P('Iván G. Martínez',None,MI)],
 [O('Asturias Metal Cluster',MI),O('Fundación para el Fomento en Asturias de la Investigación Científica Aplicada y la Tecnología','FICYT'),
  O('European Hydrogen Valleys Partnership'),O('Principality of Asturias'),O('ArcelorMittal España'),O('Wasserstoff-Cluster Saar'),
  O('Asturian Energy Cluster'),O('Pôle Métallurgie Hauts-de-France'),O('Centro Tecnológico IDONIAL','IDONIAL'),O('Silesian Metal Cluster'),
  O('IDEPA'),O('European Commission'),O('DG GROW')],
 [E('Green steel and hydrogen valleys – what role for clusters?','2036-04-24',None,'Gijón','Spain'),
  E('online session','2036-06',None,None,None),E('general assembly','2036-10-15',None,None,None)],
 ['2036-04-24','2036-05-08','2030/2040','2033','2037','2036-10-15','2036-06','2036-06-30'],
 km=['Clusters should map their members\' exposure to the steel transition now, before the investment decisions, and share the map with the regional government and the steelmaker',
 'A joint supplier development programme for hydrogen-ready manufacturing should be launched by MetaIndustry4 and the Asturian Energy Cluster, building on the Dunkirk experience',
 'Training for hydrogen-service welding and inspection must start in 2037 at the latest, through a partnership between the clusters, IDONIAL and the vocational schools of Gijón and Avilés'],pub='2036-05-08')
