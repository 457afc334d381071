from h import *
F = 'g11_ioannina_declaration_mountain_food_clusters.txt'
assert wd(2039,10,13)=='Thursday' and wd(2039,10,14)=='Friday' and wd(2039,12,1)=='Thursday' and wd(2040,5,15)=='Tuesday'
T = """EPIRUS CLUSTER SUMMIT 2039 · Ioannina, 13–14 October 2039
Home | Programme | Speakers | Declaration | Gallery | Press | Contact

THE IOANNINA DECLARATION
on Mountain Food Clusters and Cross-border Value Chains

Adopted and signed in Ioannina, Greece, on Friday 14 October 2039, at the closing session of the Epirus Cluster Summit 2039.

Preamble

We, the representatives of cluster organisations, regional authorities, universities and business support organisations from Greece, Albania, North Macedonia, Italy and Bulgaria, meeting in Ioannina on 13 and 14 October 2039 at the invitation of the Epirus Agri-Food Cluster (EpAFC) and the Region of Epirus,

recognising that mountain and less-favoured areas produce some of Europe's most valued foods – cheeses, honey, herbs, cured meats and wild fruit – while losing population faster than any other type of territory;

noting that fewer than one in five small producers in our regions sells outside its own country, and that most cross-border cooperation still ends when a project ends;

building on the Tirana Memorandum of 2036 and on the conclusions of the Adriatic-Ionian Agri-Food Forum held in Bari in May 2038;

declare our shared commitment to the following principles and actions.

Commitments

We commit to:

1. Establish, by the end of 2040, a permanent Adriatic-Ionian Mountain Food Cluster Alliance with a joint secretariat rotating every two years between the signatories.
2. Develop a common quality label for mountain products from our regions, compatible with the optional EU quality term "mountain product".
3. Organise at least one cross-border matchmaking event for producers and buyers every year, in turn in each signatory country.
4. Share market intelligence on export markets through a joint online observatory hosted by the University of Ioannina.
5. Promote vocational training in cheese-making, beekeeping and food safety through exchanges of teachers and students.
6. Speak with one voice in European and national consultations on rural and industrial policy affecting mountain areas.

We call on

- the European Commission, in particular the Directorate-General for Agriculture and Rural Development (DG AGRI) and DG GROW, to recognise mountain food clusters in future support for industrial ecosystems;
- national governments to simplify the rules for small cross-border food shipments;
- the programme bodies of Interreg IPA Greece–Albania and Interreg Greece–Italy to open a dedicated call for cluster cooperation.

Follow-up

The signatories will meet again at the first Alliance assembly in Korçë, Albania, on Tuesday 15 May 2040. The Epirus Agri-Food Cluster will circulate draft statutes of the Alliance by Thursday 1 December 2039. Further organisations may accede to this Declaration by written notice to the secretariat.

Signatories

For the Epirus Agri-Food Cluster (EpAFC): Konstantinos Papazoglou, President
For the Region of Epirus: Eleni Tsoumani-Dimou, Deputy Regional Governor for Development
For the University of Ioannina: Prof. Georgios Katsoulis, Vice-Rector for Research
For the Chamber of Ioannina: Dimitrios Lolis, President
For the Albanian Agribusiness Council (KASH): Ermira Hoxha, Executive Director
For the Korça Regional Development Agency: Arben Dervishi, Director
For the Cluster of Agriculture and Food Industry of North Macedonia: Marija Stojanovska, Cluster Coordinator
For Distretto Agroalimentare di Qualità del Metapontino S.c.a r.l.: Dott. Rocco Santangelo, President
For Agri-Food Cluster Smolyan: Petar Hadzhiev, Chairman of the Board
For Enterprise Europe Network Greece, Epirus node: Vasiliki Nika, Coordinator

Witnessed by: Dr Paolo Bernasconi-Ferri, Policy Officer, European Commission, DG GROW, and Athanasios Galanis, Secretary General for Agricultural Policy, Hellenic Ministry of Rural Development and Food.

Download the Declaration: Greek | English | Albanian | Macedonian | Italian | Bulgarian (PDF)

Press reactions

"For the first time, mountain producers from five countries have a common roadmap rather than a common problem," said Konstantinos Papazoglou after the signing. Ermira Hoxha said the KASH would bring the first twenty Albanian cheese-makers to the matchmaking in Korçë.

About the Summit

The Epirus Cluster Summit 2039 gathered 265 participants at the Ioannina Conference Centre. The programme included a session on "Young farmers and cluster membership" moderated by journalist Maria Kalogirou, visits to dairies in Metsovo and Zagori on the morning of Thursday 13 October, and a summit dinner at the Castle of Ioannina on Thursday evening.

Organisers: Epirus Agri-Food Cluster · Region of Epirus · University of Ioannina
Supported by the Interreg IPA Greece–Albania programme

Photo gallery: Christos Mavridis
© 2039 Epirus Agri-Food Cluster. All rights reserved. Privacy | Cookies | Terms of use
"""
write(F, T)
gold(F,
 [P("Konstantinos Papazoglou","President","Epirus Agri-Food Cluster"),
  P("Eleni Tsoumani-Dimou","Deputy Regional Governor for Development","Region of Epirus"),
  P("Georgios Katsoulis","Vice-Rector for Research","University of Ioannina"),
  P("Dimitrios Lolis","President","Chamber of Ioannina"),
  P("Ermira Hoxha","Executive Director","Albanian Agribusiness Council"),
  P("Arben Dervishi","Director","Korça Regional Development Agency"),
  P("Marija Stojanovska","Cluster Coordinator","Cluster of Agriculture and Food Industry of North Macedonia"),
  P("Rocco Santangelo","President","Distretto Agroalimentare di Qualità del Metapontino S.c.a r.l."),
  P("Petar Hadzhiev","Chairman of the Board","Agri-Food Cluster Smolyan"),
  P("Vasiliki Nika","Coordinator","Enterprise Europe Network Greece, Epirus node"),
  P("Paolo Bernasconi-Ferri","Policy Officer","DG GROW"),
  P("Athanasios Galanis","Secretary General for Agricultural Policy","Hellenic Ministry of Rural Development and Food"),
  P("Maria Kalogirou","journalist",None),
  P("Christos Mavridis",None,None)],
 [O("Epirus Agri-Food Cluster","EpAFC"), O("Region of Epirus"), O("University of Ioannina"),
  O("European Commission"), O("Directorate-General for Agriculture and Rural Development","DG AGRI"), O("DG GROW"),
  O("Chamber of Ioannina"), O("Albanian Agribusiness Council","KASH"), O("Korça Regional Development Agency"),
  O("Cluster of Agriculture and Food Industry of North Macedonia"),
  O("Distretto Agroalimentare di Qualità del Metapontino S.c.a r.l."), O("Agri-Food Cluster Smolyan"),
  O("Enterprise Europe Network Greece"), O("Hellenic Ministry of Rural Development and Food"),
  O("Adriatic-Ionian Mountain Food Cluster Alliance")],
 [E("Epirus Cluster Summit 2039","2039-10-13","2039-10-14","Ioannina","Greece"),
  E("Adriatic-Ionian Agri-Food Forum","2038-05",None,"Bari","Italy"),
  E("first Alliance assembly","2040-05-15",None,"Korçë","Albania"),
  E("visits to dairies in Metsovo and Zagori","2039-10-13",None,"Metsovo, Zagori","Greece"),
  E("summit dinner","2039-10-13",None,"Ioannina","Greece")],
 ["2039-10-13/2039-10-14","2039-10-14","2036","2038-05","2040","2040-05-15","2039-12-01","2039-10-13"],
 ["Establish, by the end of 2040, a permanent Adriatic-Ionian Mountain Food Cluster Alliance with a joint secretariat rotating every two years between the signatories",
  "Develop a common quality label for mountain products from our regions, compatible with the optional EU quality term \"mountain product\"",
  "Organise at least one cross-border matchmaking event for producers and buyers every year, in turn in each signatory country",
  "Share market intelligence on export markets through a joint online observatory hosted by the University of Ioannina",
  "Promote vocational training in cheese-making, beekeeping and food safety through exchanges of teachers and students",
  "Speak with one voice in European and national consultations on rural and industrial policy affecting mountain areas",
  "the European Commission, in particular the Directorate-General for Agriculture and Rural Development (DG AGRI) and DG GROW, to recognise mountain food clusters in future support for industrial ecosystems",
  "national governments to simplify the rules for small cross-border food shipments",
  "the programme bodies of Interreg IPA Greece–Albania and Interreg Greece–Italy to open a dedicated call for cluster cooperation"],
 "2039-10-14")
