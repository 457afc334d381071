from h import *
F = 'g12_bacau_new_cluster_president.txt'
assert wd(2042,1,15)=='Wednesday' and wd(2042,3,18)=='Tuesday' and wd(2042,3,19)=='Wednesday'
T = """PRESS RELEASE

Bacău, 20 January 2042

Siret Valley Wood and Furniture Cluster elects a new president and strengthens its management team

The General Assembly of the Asociația Clusterul Lemn-Mobilă Valea Siretului – the Siret Valley Wood and Furniture Cluster (SVWFC) – elected Ioana Vlădescu-Munteanu as President of the cluster on Wednesday 15 January 2042. The assembly, held at the headquarters of the North-East Regional Development Agency (ADR Nord-Est) branch in Bacău, brought together representatives of 38 of the cluster's 46 member organisations.

Ioana Vlădescu-Munteanu, 39, is general manager of Mobila Moldova SRL in Onești, a family company making solid-wood furniture for export to Germany, Austria and Scandinavia. She studied wood engineering at the Transilvania University of Brașov and holds an MBA from the Alexandru Ioan Cuza University of Iași. She has been a member of the cluster's board since 2038.

She succeeds Mihai Ciobanu, founder of the cluster in 2030 and its president for twelve years, who was elected honorary president by acclamation. Ciobanu, owner of the sawmill Ciobanu Lemn SRL in Comănești, will continue to represent the cluster in the Regional Innovation Consortium of the North-East region.

The new board (2042–2045)
- President: Ioana Vlădescu-Munteanu (Mobila Moldova SRL)
- Vice-President for industry: Cristian Răducanu, technical director at Egger Romania
- Vice-President for research and education: Assoc. Prof. Dr. Elena-Simona Bârsan, Dean of the Faculty of Engineering, Vasile Alecsandri University of Bacău
- Treasurer: Gheorghe Tănase, accountant, Tănase Consult SRL
- Members: Adrian Petrișor (Bacău County Council), Liliana Olaru (Moinești Vocational School), Jürgen Falkenhayn (Holzcluster Steiermark, associate member)

Management team
The board confirmed Andrei Moldovan as Executive Director of the cluster and appointed Raluca Iordache, previously communication officer, as Deputy Executive Director from 1 February 2042. Two new staff members join in February: Teodora Lupu, Project Manager for the Interreg Danube Region project TIMBER-SKILLS, and Marius Enache, Membership Officer.

Quotes
"The Siret valley has forests, factories and schools within 60 kilometres. Our job is to make them work as one value chain, and to keep young people here," said Ioana Vlădescu-Munteanu after the vote.

"I am leaving the presidency with the feeling that the cluster is stronger than ever. Ioana brings an exporter's view and a new generation's energy," said Mihai Ciobanu.

Priorities adopted by the General Assembly for 2042
1. Launch a shared training centre for upholsterers and CNC operators in Onești with the Moinești Vocational School
2. Certify at least ten member companies under the FSC chain-of-custody standard by the end of 2043
3. Organise a joint stand at the imm cologne furniture fair in January 2043
4. Open membership to furniture designers and architects

Upcoming
The new president will present the priorities at the Wood Industry Forum Bacău on Tuesday 18 and Wednesday 19 March 2042 at the Hotel Decebal in Bacău. The programme includes a study visit to the Egger Romania plant in Rădăuți on the second day. The cluster will also take part in the national cluster conference of the Romanian Cluster Association (CLUSTERO) in Bucharest in May 2042.

Notes to editors
The Siret Valley Wood and Furniture Cluster was founded in 2030 and holds the Bronze Label of the European Cluster Excellence Initiative. Its members employ around 5,800 people in Bacău and Neamț counties. The cluster is a member of CLUSTERO and of the European Furniture Industries Confederation's cluster network.

Media contact: Raluca Iordache, +40 234 000 000, press@svwfc.example.ro

###
"""
write(F, T)
C="Asociația Clusterul Lemn-Mobilă Valea Siretului"
gold(F,
 [P("Ioana Vlădescu-Munteanu","President",C),
  P("Mihai Ciobanu","honorary president",C),
  P("Cristian Răducanu","Vice-President for industry",C),
  P("Elena-Simona Bârsan","Vice-President for research and education",C),
  P("Gheorghe Tănase","Treasurer",C),
  P("Adrian Petrișor","Member",C),
  P("Liliana Olaru","Member",C),
  P("Jürgen Falkenhayn","Member",C),
  P("Andrei Moldovan","Executive Director",C),
  P("Raluca Iordache","Deputy Executive Director",C),
  P("Teodora Lupu","Project Manager",C),
  P("Marius Enache","Membership Officer",C)],
 [O(C,"SVWFC"), O("North-East Regional Development Agency","ADR Nord-Est"), O("Mobila Moldova SRL"),
  O("Transilvania University of Brașov"), O("Alexandru Ioan Cuza University of Iași"), O("Ciobanu Lemn SRL"),
  O("Regional Innovation Consortium of the North-East region"), O("Egger Romania"), O("Faculty of Engineering"),
  O("Vasile Alecsandri University of Bacău"), O("Tănase Consult SRL"), O("Bacău County Council"),
  O("Moinești Vocational School"), O("Holzcluster Steiermark"), O("Romanian Cluster Association","CLUSTERO"),
  O("European Furniture Industries Confederation")],
 [E("General Assembly","2042-01-15",None,"Bacău","Romania"),
  E("imm cologne","2043-01",None,None,None),
  E("Wood Industry Forum Bacău","2042-03-18","2042-03-19","Bacău","Romania"),
  E("study visit to the Egger Romania plant","2042-03-19",None,"Rădăuți","Romania"),
  E("national cluster conference","2042-05",None,"Bucharest","Romania")],
 ["2042-01-20","2042-01-15","2038","2030","2042/2045","2042-02-01","2042-02","2042","2043","2043-01","2042-03-18/2042-03-19","2042-05"],
 ["Launch a shared training centre for upholsterers and CNC operators in Onești with the Moinești Vocational School",
  "Certify at least ten member companies under the FSC chain-of-custody standard by the end of 2043",
  "Organise a joint stand at the imm cologne furniture fair in January 2043",
  "Open membership to furniture designers and architects"],
 pub="2042-01-20")
