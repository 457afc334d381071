from h import *
F = 'g12_kainuu_press_release.txt'
assert wd(2038,9,14)=='Tuesday' and wd(2038,10,12)=='Tuesday' and wd(2038,11,24)=='Wednesday'
T = """Skip to main content
Regional Council of Kainuu
Kainuun liitto | Regional Council of Kainuu
Front page  Regional development  Funding  Land use  News  Contact  Suomeksi
Cookie settings: This site uses necessary cookies and, with your consent, statistics cookies. Accept all  Necessary only

Front page > News > Press releases

PRESS RELEASE
14 September 2038, 10:00 | Regional Council of Kainuu, Kajaani Battery Minerals Cluster

Kainuu launches battery minerals cluster with 31 founding members

KAJAANI, 14 September 2038 – The Kajaani Battery Minerals Cluster was officially launched today at the Kajaani University of Applied Sciences (KAMK) in the presence of national and European officials. The cluster brings together 31 founding members – mining and processing companies, equipment suppliers, research organisations and municipalities – to build a responsible value chain for battery minerals from ore to cathode material in north-east Finland.

The launch event gathered 210 participants. The founding agreement was signed by the Regional Council of Kainuu, KAMK, the Geological Survey of Finland (GTK), Terrafame Ltd, Kainuu Mineral Processing Oy and 26 other organisations.

Quotes

"Kainuu has the ore, the know-how and the clean electricity. What we have lacked is a common table where companies, researchers and the public sector plan together. Today we have that table," said Pentti Kemppainen, Regional Mayor of Kainuu.

"A stronger European battery value chain needs regions that can show responsible mining in practice. The Commission will follow this cluster with great interest," said Dr. Isabel Fonseca-Matos, Deputy Head of Unit for Energy-Intensive Industries and Raw Materials at the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) of the European Commission.

"Our employees live here, our suppliers are here and our water permits are judged here. We want the cluster to make environmental data open to everyone in the region," said Johanna Heikkinen, CEO of Kainuu Mineral Processing Oy.

Antti Korhonen, State Secretary at the Ministry of Economic Affairs and Employment of Finland, added in a video greeting that the cluster fits the national battery strategy 2035–2040 and that the ministry "will look at regional pilots first" when the next round of investment aid opens.

Cluster manager and first activities
The cluster is hosted by KAMK. Its first cluster manager is Mikko Tolonen, who previously led the industrial services team of Business Kajaani Ltd. The steering group is chaired by Professor Liisa Pyykkönen of the University of Oulu.

Three working groups start in October:
- Water and environment, chaired by Dr. Sami Räsänen, GTK
- Skills and recruitment, chaired by Kirsi Lukkari, Kainuu Vocational College (KAO)
- Circular materials and recycling, chaired by Tuomas Leinonen, Fortum Battery Recycling

Upcoming events
- Tuesday, 12 October 2038, 13:00–16:00: Working group kick-off, KAMK, Kajaani
- 3–4 November 2038: Study visit to the Skellefteå battery cluster, Sweden
- Wednesday, 24 November 2038: Open information evening on mining and water for residents, Sotkamo

Key outcomes of the launch event
- Founding members committed to publish water quality data from all sites in a shared regional portal by the end of 2039
- A joint skills plan for 600 new jobs in the battery value chain will be prepared with vocational and higher education providers
- The cluster will apply for membership of the European Battery Alliance network of regional hubs
- Members agreed to hold an annual public hearing on the environmental impact of the value chain

How to join
Membership is open to any company, research organisation or public body active in the battery minerals value chain. Membership is free until the end of 2039; after that, fees will be decided by the members. Small companies from neighbouring regions, including North Ostrobothnia and North Karelia, are welcome. Applications are handled by the cluster manager, and the steering group decides on new members at each of its quarterly meetings. The first new members after the founding group are expected to join before the end of the year.

Background
Kainuu is one of Finland's main mining regions. The Regional Council of Kainuu set up the cluster preparation project in January 2037 with funding from the Just Transition Fund. The preparation phase ran until 31 August 2038 and included 46 company interviews and four regional workshops.

Photos
Photos of the launch event can be downloaded freely for editorial use from the council's image bank. Photo credit: Regional Council of Kainuu / Ville Huttunen.

Further information
Mikko Tolonen, Cluster Manager, Kajaani Battery Minerals Cluster, tel. +358 40 000 0000, mikko.tolonen@kamk.example.fi
Paula Seppänen, Director of Regional Development, Regional Council of Kainuu, tel. +358 44 000 0000
Media: Hanna Karjalainen, Communications Specialist, Regional Council of Kainuu

Share: Facebook  X  LinkedIn  Email

More press releases
13 September 2038 – Kainuu regional programme 2039–2042 sent for consultation
29 August 2038 – Regional board meeting decisions 28.8.2038
Show all

Regional Council of Kainuu | Kauppakatu 1, 87100 Kajaani | kirjaamo@kainuu.example.fi
Accessibility statement | Data protection | Cookies
"""
write(F, T)
K = "Kajaani Battery Minerals Cluster"; R = "Regional Council of Kainuu"
gold(F,
 [P("Pentti Kemppainen","Regional Mayor of Kainuu",None),
  P("Isabel Fonseca-Matos","Deputy Head of Unit for Energy-Intensive Industries and Raw Materials","DG GROW"),
  P("Johanna Heikkinen","CEO","Kainuu Mineral Processing Oy"),
  P("Antti Korhonen","State Secretary","Ministry of Economic Affairs and Employment of Finland"),
  P("Mikko Tolonen","Cluster Manager",K), P("Liisa Pyykkönen","Professor","University of Oulu"),
  P("Sami Räsänen",None,"GTK"), P("Kirsi Lukkari",None,"Kainuu Vocational College"), P("Tuomas Leinonen",None,"Fortum Battery Recycling"),
  P("Ville Huttunen",None,R), P("Paula Seppänen","Director of Regional Development",R),
  P("Hanna Karjalainen","Communications Specialist",R)],
 [O(R), O(K), O("Kajaani University of Applied Sciences","KAMK"), O("Geological Survey of Finland","GTK"),
  O("Terrafame Ltd"), O("Kainuu Mineral Processing Oy"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("European Commission"),
  O("Ministry of Economic Affairs and Employment of Finland"), O("Business Kajaani Ltd"), O("University of Oulu"),
  O("Kainuu Vocational College","KAO"), O("Fortum Battery Recycling"), O("European Battery Alliance"), O("Skellefteå battery cluster")],
 [E("launch event","2038-09-14",None,"Kajaani","Finland"),
  E("Working group kick-off","2038-10-12",None,"Kajaani","Finland"),
  E("Study visit to the Skellefteå battery cluster","2038-11-03","2038-11-04","Skellefteå","Sweden"),
  E("Regional board meeting","2038-08-28"),
  E("Open information evening on mining and water for residents","2038-11-24",None,"Sotkamo","Finland")],
 ["2038-09-14","2035/2040","2038-10","2038-10-12","2038-11-03/2038-11-04","2038-11-24","2039","2037-01","2038-08-31",
  "2038-09-13","2039/2042","2038-08-29","2038-08-28"],
 ["Founding members committed to publish water quality data from all sites in a shared regional portal by the end of 2039",
  "A joint skills plan for 600 new jobs in the battery value chain will be prepared with vocational and higher education providers",
  "The cluster will apply for membership of the European Battery Alliance network of regional hubs",
  "Members agreed to hold an annual public hearing on the environmental impact of the value chain"], "2038-09-14")
