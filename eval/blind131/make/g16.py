from h import *
F = 'g16_cluster_policy_labs_series_page.txt'
assert wd(2042,3,12)=='Wednesday' and wd(2042,5,6)=='Tuesday' and wd(2042,5,7)=='Wednesday' and wd(2042,9,23)=='Tuesday'
T = """European Cluster Policy Labs – series page
[pasted from the network website on 14 May 2042]

Home › Activities › Policy Labs
Language: EN | FR | DE
Log in | Register

EUROPEAN CLUSTER POLICY LABS

The European Cluster Policy Labs are a series of small, hands-on meetings in which regional and national cluster policy makers work on one question together with cluster managers. The series is run by the European Network of Cluster Agencies (ENCA) on behalf of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), with support from the European Innovation Council and SMEs Executive Agency (EISMEA). Each Lab is hosted by a member region and limited to 40 participants.

PAST LABS

Lab 1 – "Who funds cluster organisations after the start-up phase?"
25–26 November 2039, Ghent (Belgium), hosted by Flanders Innovation & Entrepreneurship (VLAIO)

Lab 2 – "Cluster labels: useful or bureaucratic?"
3 March 2040, online

Lab 3 – "Clusters and the twin transition in rural regions"
16–17 September 2040, Alexandroupoli (Greece), hosted by the Region of Eastern Macedonia and Thrace

Lab 4 – "Measuring cluster impact"
February 2041, Tallinn (Estonia), hosted by Enterprise Estonia (EAS)

Lab 5 – "Cross-border cluster cooperation"
12 March 2042, Esch-sur-Alzette (Luxembourg), hosted by Luxinnovation

LATEST LAB: LAB 6, ZARAGOZA, 6–7 MAY 2042

"Clusters and skills: who does what?" brought together 38 participants from 17 countries at the Instituto Aragonés de Fomento (IAF) in Zaragoza on Tuesday 6 and Wednesday 7 May 2042. The Lab was opened by Dr. Isabel Sancho Lafuente, Director-General for Industry of the Government of Aragon, and by Jan-Willem de Graaf, Policy Officer in the Clusters Unit of DG GROW. Facilitator was Kristiina Mäkelä-Brandt from ENCA.

On the first afternoon, participants made a study visit to the Aragon automotive cluster CAAR and to the training centre of Stellantis in Figueruelas, where apprentices showed how they train on the same robots used on the assembly line. On the second day, they worked in groups on three cases: Styria, Aragon and Western Pomerania.

Main outcomes of Lab 6:
- Cluster organisations should act as brokers between companies and training providers, not as training providers themselves
- Regions should fund skills partnerships for at least four years, not through one-year calls
- Cluster managers need training too: a European cluster manager academy should be revived
- Data on skills needs should be collected once and shared between the cluster, the region and the employment service

"The message is clear: clusters are good at bringing people around a table, but they cannot replace the education system," said Heinrich Pöltl of the Styrian business promotion agency SFG, one of the case presenters.

NEXT LAB

Lab 7 – "Clusters in defence and security supply chains"
Tuesday 23 September 2042, Rzeszów (Poland), hosted by the Marshal's Office of the Podkarpackie Voivodeship
Applications: by 30 June 2042, through the ENCA website. Regions that have not yet hosted a Lab are invited to express interest for 2043.

REPORTS
All Lab reports are published within six weeks of the meeting. The synthesis report of Labs 1–5 (ENCA, January 2042) is available for download (PDF, 2.1 MB).

CONTACT
ENCA secretariat, Rue du Trône 00, 1000 Brussels
Coordinator of the Policy Labs: Hélène Dufour-Mbeki
policylabs@enca.example.eu

This activity is funded by the European Union under the Single Market Programme. Views expressed are those of the participants only.

Cookie settings | Privacy | Legal notice | Accessibility
"""
write(F, T)
E_="European Network of Cluster Agencies"
gold(F,
 [P("Isabel Sancho Lafuente","Director-General for Industry","Government of Aragon"),
  P("Jan-Willem de Graaf","Policy Officer","Clusters Unit"),
  P("Kristiina Mäkelä-Brandt","Facilitator",E_),
  P("Heinrich Pöltl",None,"SFG"),
  P("Hélène Dufour-Mbeki","Coordinator of the Policy Labs",E_)],
 [O(E_,"ENCA"), O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Flanders Innovation & Entrepreneurship","VLAIO"),
  O("Region of Eastern Macedonia and Thrace"), O("Enterprise Estonia","EAS"), O("Luxinnovation"),
  O("Instituto Aragonés de Fomento","IAF"), O("Government of Aragon"), O("Clusters Unit"), O("CAAR"), O("Stellantis"),
  O("SFG"), O("Marshal's Office of the Podkarpackie Voivodeship"), O("European Union")],
 [E("Who funds cluster organisations after the start-up phase?","2039-11-25","2039-11-26","Ghent","Belgium"),
  E("Cluster labels: useful or bureaucratic?","2040-03-03",None,None,None),
  E("Clusters and the twin transition in rural regions","2040-09-16","2040-09-17","Alexandroupoli","Greece"),
  E("Measuring cluster impact","2041-02",None,"Tallinn","Estonia"),
  E("Cross-border cluster cooperation","2042-03-12",None,"Esch-sur-Alzette","Luxembourg"),
  E("Clusters and skills: who does what?","2042-05-06","2042-05-07","Zaragoza","Spain"),
  E("study visit","2042-05-06",None,"Figueruelas","Spain"),
  E("Clusters in defence and security supply chains","2042-09-23",None,"Rzeszów","Poland")],
 ["2042-05-14","2039-11-25/2039-11-26","2040-03-03","2040-09-16/2040-09-17","2041-02","2042-03-12","2042-05-06/2042-05-07",
  "2042-05-06","2042-05-07","2042-09-23","2042-06-30","2043","2042-01"],
 ["Cluster organisations should act as brokers between companies and training providers, not as training providers themselves",
  "Regions should fund skills partnerships for at least four years, not through one-year calls",
  "Cluster managers need training too: a European cluster manager academy should be revived",
  "Data on skills needs should be collected once and shared between the cluster, the region and the employment service"],
 pub=None)
