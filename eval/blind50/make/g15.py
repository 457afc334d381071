from h import *
doc = 'Minutes_EGA_BouwCirkel-Limburg_2036-02-19.txt'
text = '''BOUWCIRKEL LIMBURG vzw – circular construction cluster
Minutes of the Extraordinary General Assembly
Date: Tuesday 19 February 2036, 17:00–18:45
Place: C-Mine, Genk (conference room Kolenwasserij) and online

Chair: Wim Claesen, President of the Board
Minutes: Evelien Moors, cluster coordinator
Present: 41 of 67 effective members in person or by proxy (quorum of one half reached; 9 proxies)
In attendance: Koen Vanhamel, lawyer, Vanhamel & Partners Advocaten (legal advice, without vote)

1. Opening and purpose of the meeting

The Chair opened the meeting at 17:05. He explained that the Extraordinary General Assembly was convened by the Board on
22 January 2036 because two directors resigned in December 2035 and the statutes require that co-optations be confirmed by the
General Assembly within three months. Notice was sent to all members on 29 January 2036.

2. Resignations

The Assembly took note of the resignations of:
- Ann Vandersteen (Stabiel Prefab NV), director since 2029 and treasurer 2032–2035, who left Stabiel Prefab NV to join the
  Flemish Agency for Innovation and Entrepreneurship (VLAIO) and resigned on 4 December 2035;
- Jeroen Lemmens-Thys (Maasland Sloopwerken BV), director 2030–2035, who resigned on 15 December 2035 after the sale of his
  company.
The Chair thanked both for their work. Ann Vandersteen, present as a guest, said she would remain close to the cluster in her new
role as innovation adviser at VLAIO.

3. Confirmation of co-opted directors

On 8 January 2036 the Board co-opted two new directors to complete the term ending at the ordinary General Assembly of 2037:
- Sofie Reynders, CFO of Bilzen Betonrecyclage NV, proposed as treasurer;
- Mohamed Aydın, founder and managing director of ReMat Lab BV (Hasselt), representing the start-ups of the cluster.
Both candidates introduced themselves. The Assembly voted by secret ballot. Sofie Reynders: 47 for, 2 against, 1 abstention.
Mohamed Aydın: 45 for, 3 against, 2 abstentions.

4. Amendment of the statutes (article 14)

Koen Vanhamel presented the proposal to allow a maximum of two independent directors without membership, as recommended by
the evaluation of the cluster by the Flemish cluster policy in 2035. After discussion (questions from Lotte Bogaerts,
Hogeschool PXL, and Dirk Jaspers, Jaspers Aannemingen NV) the amendment was adopted by 46 votes to 4 (qualified majority of two thirds
reached).

5. Any other business

Cluster manager Hanne Dewael reported that the Interreg Euregio Meuse-Rhine project CIRCUBOUW (2034–2037) passed its mid-term
review on 10 February 2036. She reminded members of the matchmaking day "Circulair Bouwen Limburg" on 26 March 2036 at
Corda Campus in Hasselt and of the trade mission to the Bauma fair in Munich (6–12 April 2037, in preparation).

Decisions
1. The Assembly takes note of the resignations of Ann Vandersteen and Jeroen Lemmens-Thys and grants them discharge.
2. The co-optation of Sofie Reynders as director is confirmed; she takes the office of treasurer.
3. The co-optation of Mohamed Aydın as director is confirmed.
4. Article 14 of the statutes is amended to allow up to two independent directors.
5. The Board is mandated to file the amendment with the registry of the enterprise court in Antwerp, division Hasselt.

The Chair closed the meeting at 18:45.

Wim Claesen, President                Evelien Moors, secretary of the meeting
'''
BC='BOUWCIRKEL LIMBURG vzw'
people = [P('Wim Claesen','President of the Board',BC),
 P('Evelien Moors','cluster coordinator',BC),
 P('Koen Vanhamel','lawyer','Vanhamel & Partners Advocaten'),
 P('Ann Vandersteen','innovation adviser','VLAIO'),
 P('Jeroen Lemmens-Thys',None,'Maasland Sloopwerken BV'),
 P('Sofie Reynders','treasurer',BC),
 P('Mohamed Aydın','founder and managing director','ReMat Lab BV'),
 P('Lotte Bogaerts',None,'Hogeschool PXL'),
 P('Dirk Jaspers',None,'Jaspers Aannemingen NV'),
 P('Hanne Dewael','Cluster manager',BC)]
orgs = [O(BC), O('Vanhamel & Partners Advocaten'), O('Stabiel Prefab NV'), O('Flemish Agency for Innovation and Entrepreneurship','VLAIO'),
 O('Maasland Sloopwerken BV'), O('Bilzen Betonrecyclage NV'), O('ReMat Lab BV'), O('Hogeschool PXL'), O('Jaspers Aannemingen NV'),
 O('C-Mine'), O('Corda Campus')]
events = [E('Extraordinary General Assembly','2036-02-19','2036-02-19','Genk','Belgium'),
 E('Circulair Bouwen Limburg','2036-03-26','2036-03-26','Hasselt','Belgium'),
 E('trade mission to the Bauma fair','2037-04-06','2037-04-12','Munich','Germany'),
 E('ordinary General Assembly of 2037','2037','2037',None,None)]
km = ['The Assembly takes note of the resignations of Ann Vandersteen and Jeroen Lemmens-Thys and grants them discharge',
 'The co-optation of Sofie Reynders as director is confirmed; she takes the office of treasurer',
 'The co-optation of Mohamed Aydın as director is confirmed',
 'Article 14 of the statutes is amended to allow up to two independent directors',
 'The Board is mandated to file the amendment with the registry of the enterprise court in Antwerp, division Hasselt']
dates = ['2036-02-19','2036-01-22','2035-12','2036-01-29','2029','2032/2035','2035-12-04','2030/2035','2035-12-15','2036-01-08','2037','2035','2034/2037','2036-02-10','2036-03-26','2037-04-06/2037-04-12']
save(doc, text, None, people, orgs, events, dates, km)
