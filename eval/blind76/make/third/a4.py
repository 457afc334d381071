from w import W
L='Limassol Blue Growth Cluster'
W('limassol-blue-growth-cluster-appoints-director-2036','limassol-blue-growth-cluster-appoints-director-2036.txt','2036-09-02',f'''
Andreas Charalambous|Managing Director|{L}
Elena Konstantinou-Pitta||{L}
Christina Ioannou-Schmidt|President|{L}
Marios Hadjipetrou|Vice-President|{L}
Ulrike von Brandt||Hamburg School of Business Administration
Stavros Michael|Head of Projects|{L}
Maria Georgiou|Membership Manager|{L}
Kateryna Bondarenko|Communications Officer|{L}
Nicos Pavlides||
''',f'''
{L}|LBGC
Cyprus Shipping Chamber|CSC
Cyprus University of Technology|CUT
Marine and Maritime Technology Centre
Blue Economy Innovation Hub
Damen Shipyards Group
Netherlands Maritime Technology|NMT
University of Southampton
Poseidon Ship Management Ltd
Hadjipetrou Marine Engineering Ltd
Hamburg School of Business Administration
European Cluster Excellence Initiative
Limassol Chamber of Commerce and Industry|LCCI
Municipality of Limassol
Deputy Ministry of Shipping
Research and Innovation Foundation|RIF
European Network of Maritime Clusters|ENMC
''','''
Board meeting|2036-08-28
Limassol Blue Economy Summit (seventh edition)|2036-05-14|2036-05-15|Limassol|Cyprus
Annual General Meeting|2036-11-19||Limassol|Cyprus
Limassol Blue Economy Summit (eighth edition)|2037-05-13|2037-05-14|Limassol|Cyprus
''','2036-09-02 2036-10-01 2030 2032/2036 2036-08-28 2033 2036-05-14/2036-05-15 2036-09 2036-11-19 2037-05-13/2037-05-14','')
W('retex-loop-consortium','retex-loop-consortium.md',None,'''
Rocío Sánchez de la Vega|Project Coordinator|Asociación Clúster Textil de Castilla-La Mancha
Pieter-Jan Van Hoorebeke|Senior Researcher|Centexbel
Jana Procházková|Head of the Department of Nonwovens|Technická univerzita v Liberci
Michał Zieliński|Cluster Manager|Lodz Textile Cluster Association
Felix zu Salm-Reifferscheidt|Chief Technology Officer|Recyclo-Fibres GmbH
Joana Magalhães Pereira|Production Director|Fios do Ave, Lda.
Ville-Pekka Rantanen|Managing Director|Sorteco Nordic Oy
Amandine Lefèvre-Duchêne|Innovation Project Manager|Pôle Techtera
Lorenzo De Santis|Partner|Innovation Economics Consulting S.r.l.
Margarethe Lindqvist-Berg||KTH Royal Institute of Technology
Dirk van den Heuvel||Euratex
Aisling O'Donoghue||European Environmental Bureau
''','''
Asociación Clúster Textil de Castilla-La Mancha|TEXCAM
Centexbel
Technická univerzita v Liberci|TUL
Lodz Textile Cluster Association|ŁKT
Recyclo-Fibres GmbH
Fios do Ave, Lda.
Sorteco Nordic Oy
Pôle Techtera
Innovation Economics Consulting S.r.l.|IEC
Clusters.es
KTH Royal Institute of Technology
Euratex
European Environmental Bureau|EEB
European Research Executive Agency|REA
European Union
''','''
partnering workshop|2032-03-17||Toledo|Spain
Kick-off meeting|2033-01-19|2033-01-20|Toledo|Spain
Second general assembly|2034-02-06|2034-02-07|Liberec|Czechia
Mid-term review with the European Research Executive Agency|2034-06-25||Brussels|Belgium
Third general assembly|2035-03-04|2035-03-05|Guimarães|Portugal
Final conference|2036-10-22||Lyon|France
''','2033-01-01/2036-12-31 2032-03-17 2033-01-19/2033-01-20 2034-02-06/2034-02-07 2034-06-25 2035-03-04/2035-03-05 2036-10-22 2035-11-03','')
