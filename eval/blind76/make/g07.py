from h import *
F = 'limassol-blue-growth-cluster-appoints-director-2036.txt'
T = """PRESS RELEASE
For immediate release

Limassol Blue Growth Cluster appoints Dr Andreas Charalambous as Managing Director

Limassol, 2 September 2036 – The Board of the Limassol Blue Growth Cluster (LBGC) has appointed Dr Andreas Charalambous as its new Managing Director with effect from 1 October 2036. He succeeds Elena Konstantinou-Pitta, who has led the cluster since its foundation in 2030 and will become Director of International Affairs at the Cyprus Shipping Chamber (CSC) at the end of the year.

Dr Charalambous (47) joins from the Cyprus University of Technology (CUT), where he headed the Marine and Maritime Technology Centre and coordinated the Blue Economy Innovation Hub, a platform that brought together 35 start-ups and ship-management companies between 2032 and 2036. Before returning to Cyprus he spent eleven years in Rotterdam, first as a naval architect at Damen Shipyards Group and then as programme manager at the Netherlands Maritime Technology association (NMT). He holds a PhD in marine engineering from the University of Southampton.

The appointment was decided unanimously at the Board meeting of 28 August 2036, following an international call that attracted 41 applications. The selection panel was chaired by the cluster's President, Christina Ioannou-Schmidt, Chief Executive Officer of Poseidon Ship Management Ltd, and included Vice-President Marios Hadjipetrou (Hadjipetrou Marine Engineering Ltd) and an external member, Prof. Dr. Ulrike von Brandt of the Hamburg School of Business Administration.

"Andreas combines a researcher's curiosity with the practical sense of someone who has built ships," said Christina Ioannou-Schmidt. "He is the right person to take the cluster into its next phase, with a stronger presence in Brussels and more joint projects between our members and the universities."

"I am grateful to the Board for its trust and to Elena for leaving such a solid organisation," said Dr Charalambous. "My first priorities will be to help our members cut emissions from ships managed from Limassol, to bring more young engineers into the sector and to make Cyprus a testbed for digital port services."

The Board also paid tribute to Elena Konstantinou-Pitta. Under her leadership the cluster grew from 14 founding members to 96 members, obtained the Bronze Label of the European Cluster Excellence Initiative in 2033 and launched the annual Limassol Blue Economy Summit, whose seventh edition took place on 14–15 May 2036 with 620 participants. "Elena has shaped the cluster from a good idea into an institution," the President said.

Handover

Ms Konstantinou-Pitta and Dr Charalambous will work together during September to ensure a smooth handover. The cluster team will remain unchanged: Stavros Michael (Head of Projects), Maria Georgiou (Membership Manager) and Kateryna Bondarenko (Communications Officer).

The new Managing Director will present his work plan to members at the Annual General Meeting on Wednesday 19 November 2036 at the Limassol Marina Conference Centre. The eighth Limassol Blue Economy Summit is scheduled for 13–14 May 2037.

About the Limassol Blue Growth Cluster

The Limassol Blue Growth Cluster is a non-profit company limited by guarantee, founded in 2030 by ship-management companies, the Cyprus University of Technology, the Limassol Chamber of Commerce and Industry (LCCI) and the Municipality of Limassol. It brings together 96 members from shipping, ports, marine technology, offshore energy, aquaculture and coastal tourism. The cluster is supported by the Deputy Ministry of Shipping and the Research and Innovation Foundation (RIF). It is a member of the European Network of Maritime Clusters (ENMC).

Media contact
Kateryna Bondarenko, Communications Officer
Limassol Blue Growth Cluster, 28 Oktovriou Avenue 212, 3035 Limassol, Cyprus
Tel. +357 25 123 456 · press@lbgc.org.cy

Photo: Dr Andreas Charalambous (credit: LBGC / Nicos Pavlides). High-resolution images and a short biography are available on request from the communications team.

###
"""
write(F, T)
L='Limassol Blue Growth Cluster'
gold(F, [P('Andreas Charalambous','Managing Director',L), P('Elena Konstantinou-Pitta','Director of International Affairs','Cyprus Shipping Chamber'),
 P('Christina Ioannou-Schmidt','President',L), P('Marios Hadjipetrou','Vice-President',L),
 P('Ulrike von Brandt',None,'Hamburg School of Business Administration'),
 P('Stavros Michael','Head of Projects',L), P('Maria Georgiou','Membership Manager',L), P('Kateryna Bondarenko','Communications Officer',L),
 P('Nicos Pavlides',None,None)],
 [O(L,'LBGC'), O('Cyprus Shipping Chamber','CSC'), O('Cyprus University of Technology','CUT'), O('Marine and Maritime Technology Centre'),
  O('Blue Economy Innovation Hub'), O('Damen Shipyards Group'), O('Netherlands Maritime Technology','NMT'), O('University of Southampton'),
  O('Poseidon Ship Management Ltd'), O('Hadjipetrou Marine Engineering Ltd'), O('Hamburg School of Business Administration'),
  O('European Cluster Excellence Initiative'), O('Limassol Chamber of Commerce and Industry','LCCI'),
  O('Municipality of Limassol'), O('Deputy Ministry of Shipping'), O('Research and Innovation Foundation','RIF'),
  O('European Network of Maritime Clusters','ENMC')],
 [E('Board meeting','2036-08-28','2036-08-28',None,None),
  E('Limassol Blue Economy Summit (seventh edition)','2036-05-14','2036-05-15','Limassol','Cyprus'),
  E('Annual General Meeting','2036-11-19','2036-11-19','Limassol','Cyprus'),
  E('Limassol Blue Economy Summit (eighth edition)','2037-05-13','2037-05-14','Limassol','Cyprus')],
 ['2036-09-02','2036-10-01','2030','2032/2036','2036-08-28','2033','2036-05-14/2036-05-15','2036-09','2036-11-19','2037-05-13/2037-05-14'],
 [], pub='2036-09-02')
