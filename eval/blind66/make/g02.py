from h import *
F='montanha-agrifood-consortium.md'
T=f'''[Home](/) | [About](/about) | **Consortium** | [Pilot regions](/pilots) | [Results](/results) | [News](/news) | [Contact](/contact)

# MONTANHA – Consortium

*MONTANHA – Mountain food value chains for resilient rural regions* is a Horizon Europe innovation action running from 1 October 2033 to 30 September 2037 (48 months). It brings together 11 partners from 7 countries: agrifood clusters, universities, regional authorities and SMEs from five mountain areas of Europe. The project is coordinated from Vila Real, in the Trás-os-Montes region of northern Portugal.

> Grant agreement No 101234567 · Total budget EUR 5.9 million · Project officer at the European Research Executive Agency (REA): Ms Ilse Verhoeven

## Coordinator

**UTAD – Universidade de Trás-os-Montes e Alto Douro** (Portugal)
Scientific coordinator: Prof. Doutora Ana Rita Pinto da Fonseca, Department of Agronomy
Project manager: Tiago Morais Carvalho
Contact: montanha@utad.pt

## Partners

| No | Partner | Short name | Country | Contact person |
|---|---|---|---|---|
| 1 | Universidade de Trás-os-Montes e Alto Douro (coordinator) | UTAD | Portugal | Prof. Ana Rita Pinto da Fonseca |
| 2 | PortugalFoods – Associação para a Inovação Agroalimentar | PFOODS | Portugal | Inês Sá Moreira |
| 3 | Queijaria Serra do Alvão, Lda. | QSA | Portugal | Manuel Teixeira Alves |
| 4 | Clúster de la Alimentación de Castilla y León | VITARTIS | Spain | Dr. Javier Ortega del Río |
| 5 | Consorzio Latterie Valtellina Soc. Coop. Agricola | CLV | Italy | Giulia Bertolini |
| 6 | Université Savoie Mont Blanc | USMB | France | Dr. Camille Ruffier-Meray |
| 7 | Chambre d'agriculture Savoie Mont-Blanc | CASMB | France | Jean-Baptiste Dunand |
| 8 | Agricultural University – Plovdiv | AUP | Bulgaria | Assoc. Prof. Stoyan Georgiev Petkov |
| 9 | Rhodope Dairy Cluster | RDC | Bulgaria | Desislava Kirova |
| 10 | Gospodarska zbornica Slovenije – Zbornica kmetijskih in živilskih podjetij | GZS-ZKŽP | Slovenia | Mag. Tjaša Zupančič Kralj |
| 11 | Hochschule für Agrar- und Umweltpädagogik Wien | HAUP | Austria | Univ.-Prof. Dr. Florian zu Lichtenfels |

## Associated partners

- Município de Vila Real (Portugal) – hosts the pilot market for mountain products
- Comunità Montana Valtellina di Tirano (Italy)
- Regional Administration Smolyan (Bulgaria)

## Advisory board

The advisory board meets once a year with the steering committee. Each advisory board member is appointed for the whole project: Dr. Helena Kowalczyk-Braun (European Association of Mountain Areas, Euromontana), Pedro Lopes Vasconcelos (Confederação dos Agricultores de Portugal, CAP) and Dr. Marjeta Hribar (Slovenian Agricultural Institute). The chair for 2034 is Dr. Helena Kowalczyk-Braun.

## Work packages and leads

- WP1 Management and coordination – UTAD
- WP2 Mapping mountain food value chains – USMB
- WP3 Pilots in five mountain areas – VITARTIS
- WP4 Skills and cluster services for small producers – GZS-ZKŽP
- WP5 Market access and labelling – PFOODS
- WP6 Communication, dissemination and exploitation – RDC

## Meetings of the consortium

The kick-off meeting took place in Vila Real on {wd(2033,10,16)} 16 and {wd(2033,10,17)} 17 October 2033. The second general assembly was held in Chambéry on 22–23 May 2034 and was combined with a field visit to cheese cooperatives in the Bauges massif on 24 May. The next general assembly will take place in Smolyan, Bulgaria, on {wd(2034,11,18)} 18 and {wd(2034,11,19)} 19 November 2034; an open stakeholder workshop on mountain product labelling is planned for the afternoon of 19 November.

The mid-term review with the REA is scheduled for March 2035. The final conference will be held in Brussels in September 2037.

## Pilot regions

1. Trás-os-Montes (Portugal) – cured meats, chestnuts, honey; lead: UTAD and QSA
2. Montaña Palentina and Leonese mountains (Spain) – beef and pulses; lead: VITARTIS
3. Valtellina (Italy) – cheese and buckwheat; lead: CLV
4. Savoie (France) – raw-milk cheese and short supply chains; lead: CASMB
5. Rhodopes (Bulgaria) – dairy, herbs and mountain tourism; lead: RDC

Each pilot has a local coordinator and a group of ten to twenty producers. The pilots test shared processing facilities, joint labelling and online sales with support from the clusters in the consortium.

## Press contact person by country

Portugal: Inês Sá Moreira · Spain: Lucía Fernández-Quintana (VITARTIS) · Italy: Giulia Bertolini · France: Jean-Baptiste Dunand · Bulgaria: Desislava Kirova

*Funded by the European Union. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or REA.*

Last update: 3 June 2034
'''
write(F,T)
U='Universidade de Trás-os-Montes e Alto Douro'
gold(F,[P('Ilse Verhoeven','Project officer','European Research Executive Agency'),P('Ana Rita Pinto da Fonseca','Scientific coordinator',U),
 P('Tiago Morais Carvalho','Project manager',U),P('Inês Sá Moreira','Contact person','PortugalFoods – Associação para a Inovação Agroalimentar'),
 P('Manuel Teixeira Alves','Contact person','Queijaria Serra do Alvão, Lda.'),P('Javier Ortega del Río','Contact person','Clúster de la Alimentación de Castilla y León'),
 P('Giulia Bertolini','Contact person','Consorzio Latterie Valtellina Soc. Coop. Agricola'),P('Camille Ruffier-Meray','Contact person','Université Savoie Mont Blanc'),
 P('Jean-Baptiste Dunand','Contact person',"Chambre d'agriculture Savoie Mont-Blanc"),P('Stoyan Georgiev Petkov','Contact person','Agricultural University – Plovdiv'),
 P('Desislava Kirova','Contact person','Rhodope Dairy Cluster'),P('Tjaša Zupančič Kralj','Contact person','Gospodarska zbornica Slovenije – Zbornica kmetijskih in živilskih podjetij'),
 P('Florian zu Lichtenfels','Contact person','Hochschule für Agrar- und Umweltpädagogik Wien'),
 P('Helena Kowalczyk-Braun','chair','European Association of Mountain Areas'),P('Pedro Lopes Vasconcelos','advisory board member','Confederação dos Agricultores de Portugal'),
 P('Marjeta Hribar','advisory board member','Slovenian Agricultural Institute'),P('Lucía Fernández-Quintana','Press contact person','Clúster de la Alimentación de Castilla y León')],
 [O('European Research Executive Agency','REA'),O(U,'UTAD'),O('PortugalFoods – Associação para a Inovação Agroalimentar','PFOODS'),O('Queijaria Serra do Alvão, Lda.','QSA'),
  O('Clúster de la Alimentación de Castilla y León','VITARTIS'),O('Consorzio Latterie Valtellina Soc. Coop. Agricola','CLV'),O('Université Savoie Mont Blanc','USMB'),
  O("Chambre d'agriculture Savoie Mont-Blanc",'CASMB'),O('Agricultural University – Plovdiv','AUP'),O('Rhodope Dairy Cluster','RDC'),
  O('Gospodarska zbornica Slovenije – Zbornica kmetijskih in živilskih podjetij','GZS-ZKŽP'),O('Hochschule für Agrar- und Umweltpädagogik Wien','HAUP'),
  O('Município de Vila Real'),O('Comunità Montana Valtellina di Tirano'),O('Regional Administration Smolyan'),O('European Association of Mountain Areas','Euromontana'),
  O('Confederação dos Agricultores de Portugal','CAP'),O('Slovenian Agricultural Institute'),O('European Union')],
 [E('kick-off meeting','2033-10-16','2033-10-17','Vila Real','Portugal'),E('second general assembly','2034-05-22','2034-05-23','Chambéry','France'),
  E('field visit to cheese cooperatives','2034-05-24','2034-05-24',None,'France'),E('general assembly','2034-11-18','2034-11-19','Smolyan','Bulgaria'),
  E('open stakeholder workshop on mountain product labelling','2034-11-19','2034-11-19','Smolyan','Bulgaria'),E('mid-term review','2035-03','2035-03',None,None),
  E('final conference','2037-09','2037-09','Brussels','Belgium')],
 ['2033-10-01/2037-09-30','2033-10-16/2033-10-17','2034-05-22/2034-05-23','2034-05-24','2034-11-18/2034-11-19','2034-11-19','2035-03','2037-09','2034','2034-06-03'],pub='2034-06-03')
