from h import *
F = 'g07_craiova_cluster_new_board.txt'
assert wd(2040,2,27)=='Monday' and wd(2040,3,12)=='Monday' and wd(2040,4,18)=='Wednesday'
T = """OLTENIA AUTOMOTIVE & ENGINEERING CLUSTER
News | About | Members | Services | Projects | Contact | RO / EN

Home » News » Cluster life

New board for the Oltenia cluster: Adrian Munteanu-Dolj takes the chair
2 March 2040 | by OAEC Secretariat | 4 min read

CRAIOVA – Members of the Oltenia Automotive & Engineering Cluster (OAEC) elected a new Board of Directors at the cluster's General Assembly on Monday 27 February 2040, held at the Faculty of Automotive, Mechatronics and Mechanical Engineering of the University of Craiova. Of the 63 member organisations, 49 took part in the vote, in person or online.

Adrian Munteanu-Dolj, plant director of Ford Otosan Craiova's engine division, was elected President for a four-year term (2040–2044). He replaces Cristina Vlădescu, founder of the engineering consultancy Vlădescu Tech Solutions SRL, who led the cluster since its registration as an association in 2031 and who now becomes Honorary President.

The new Board of Directors:
  President – Adrian Munteanu-Dolj (Ford Otosan Craiova)
  Vice-President, industry – Mihaela Ionescu-Gorj, Popeci Utilaj Greu SA
  Vice-President, research and education – Prof. Dr. Eng. Dan Şerban Niţu (University of Craiova)
  Treasurer – Radu Cârstea (Cârstea & Asociaţii SPRL)
  Members – Elena Stoica (Electroputere VFU), Hans-Peter Göbel (Göbel Kabelsysteme Romania SRL, Işalniţa), Florin Mărăcineanu (ADR Sud-Vest Oltenia)

The General Assembly also confirmed Ionuţ Bălan as Executive Director of the cluster. Ionuţ has managed the OAEC secretariat since 2036 and coordinates a team of four: Andreea Popescu (project manager), Cosmin Drăgulescu (member services), Larisa Ene (communication) and Ştefan Voicu (finance and administration).

Welcoming new members

Seven organisations joined the cluster in 2039 and were formally welcomed at the assembly:
  - Dacia Logistic Services SRL (Pitești)
  - Oltchim Polymers SA (Râmnicu Vâlcea)
  - Răsvan Prototyping SRL (Craiova)
  - Technical University of Cluj-Napoca – North University Centre of Baia Mare
  - Chamber of Commerce and Industry Dolj
  - Kronberg Automation GmbH (Regensburg), the cluster's first German member
  - Craiova Municipality

"We now represent the whole chain, from steel and cables to software and testing," said Munteanu-Dolj. "My priority is to make the cluster useful for the small suppliers, who cannot afford their own lobbyist in Bucharest or a stand at every trade fair."

Honouring Cristina Vlădescu

In a short ceremony, Ionuţ Bălan and the Regional Development Agency South-West Oltenia's director general, Dorin Mitrache, thanked the outgoing president. Under her leadership the cluster grew from eleven founding members to more than sixty, was awarded the Gold label of the European Cluster Excellence Initiative in 2038 and became a member of CLUSTERO, the Romanian cluster association. Vlădescu will continue to represent OAEC on the board of CLUSTERO until its next elections.

What comes next

The first meeting of the new board will take place on Monday 12 March 2040 to adopt the work plan for 2040. A members' day with B2B meetings between suppliers and the two large manufacturers in the region is planned for Wednesday 18 April 2040 at the Craiova Business Incubator. The cluster will also lead a delegation of twelve companies to the Automotive Supplier Days in Győr, Hungary, in the second half of May.

Membership fees for 2040 are due by 31 March 2040. Questions about membership can be sent to Cosmin Drăgulescu, members@oaec.example.ro.

Tags: governance, board, general assembly, members
Share: Facebook | LinkedIn | E-mail

Related news
  » OAEC at the European Cluster Conference (posted 14 November 2039)
  » Supplier workshop on battery housings (posted 21 January 2040)

Oltenia Automotive & Engineering Cluster Association · Str. Brestei 120, 200207 Craiova, Romania · Fiscal code 00000000
Privacy policy | Cookies | Statute (PDF)
"""
write(F, T)
A="Oltenia Automotive & Engineering Cluster Association"
gold(F,
 [P("Adrian Munteanu-Dolj","President",A),
  P("Cristina Vlădescu","Honorary President",A),
  P("Mihaela Ionescu-Gorj","Vice-President, industry",A),
  P("Dan Şerban Niţu","Vice-President, research and education",A),
  P("Radu Cârstea","Treasurer",A),
  P("Elena Stoica","Member",A),
  P("Hans-Peter Göbel","Member",A),
  P("Florin Mărăcineanu","Member",A),
  P("Ionuţ Bălan","Executive Director",A),
  P("Andreea Popescu","project manager",A),
  P("Cosmin Drăgulescu","member services",A),
  P("Larisa Ene","communication",A),
  P("Ştefan Voicu","finance and administration",A),
  P("Dorin Mitrache","director general","Regional Development Agency South-West Oltenia")],
 [O(A,"OAEC"), O("Faculty of Automotive, Mechatronics and Mechanical Engineering"), O("University of Craiova"),
  O("Ford Otosan Craiova"), O("Vlădescu Tech Solutions SRL"), O("Popeci Utilaj Greu SA"), O("Cârstea & Asociaţii SPRL"),
  O("Electroputere VFU"), O("Göbel Kabelsysteme Romania SRL"),
  O("Dacia Logistic Services SRL"), O("Oltchim Polymers SA"), O("Răsvan Prototyping SRL"),
  O("Technical University of Cluj-Napoca"), O("North University Centre of Baia Mare"),
  O("Chamber of Commerce and Industry Dolj"), O("Kronberg Automation GmbH"), O("Craiova Municipality"),
  O("Regional Development Agency South-West Oltenia"), O("CLUSTERO")],
 [E("General Assembly","2040-02-27",None,"Craiova","Romania"),
  E("first meeting of the new board","2040-03-12",None,None,None),
  E("members' day","2040-04-18",None,"Craiova","Romania"),
  E("Automotive Supplier Days","2040-05",None,"Győr","Hungary"),
  E("European Cluster Conference",None,None,None,None),
  E("Supplier workshop on battery housings",None,None,None,None)],
 ["2040-03-02","2040-02-27","2040/2044","2031","2036","2039","2038","2040-03-12","2040","2040-04-18","2040-05","2040-03-31","2039-11-14","2040-01-21"],
 [], pub="2040-03-02")
