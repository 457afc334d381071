from h import *
F = 'g05_carinthia_timber_days_report-pdf.txt'
assert wd(2041,3,13)=='Wednesday' and wd(2041,3,14)=='Thursday' and wd(2041,3,15)=='Friday'
H = "Alpe-Adria Timber Construction Days 2041 – Event report                    Holzbau Cluster Kärnten\n"
def foot(n): return f"\nwww.holzbau-cluster.example.at                                              page {n} of 3\n\f"
T = H + """
ALPE-ADRIA TIMBER CONSTRUCTION DAYS 2041
Wolfsberg and Spittal an der Drau, 13–15 March 2041
Event report prepared by the Holzbau Cluster Kärnten (HCK)
Published: 2 April 2041

1. Overview

The eighth Alpe-Adria Timber Construction Days brought 212 participants from Austria,
Slovenia, Italy and Croatia to Carinthia. The event was organised by the Holzbau Clus-
ter Kärnten together with the Wood Industry Cluster of Slovenia (Lesarski grozd) and
the Consorzio Legno Friuli, with funding from the Interreg Italia-Österreich pro-
gramme and the Land Kärnten.

For the first time the Days were held in two towns: the conference in the Lavanttal
town of Wolfsberg and the practical day in Spittal an der Drau, where the Carinthia
University of Applied Sciences runs its timber engineering laboratory.

2. Programme in brief

Wednesday 13 March 2041, Wolfsberg – opening evening. Welcome by Mag. Hannes Pucher,
Mayor of Wolfsberg, and by the cluster's chairwoman Dipl.-Ing. Verena Kogler-Stros-
SEGGER (managing director, Kogler Holzbau GmbH). Keynote "Building five storeys
with local spruce" by Prof. Dr. Matteo Zanin, University of Udine. The evening
closed with a reception offered by the Carinthian Chamber of Commerce (WKK).

Thursday 14 March 2041, Wolfsberg – conference day. Four sessions on supply chains,
fire safety, public procurement and skills, with 19 speakers. In the afternoon 84
pre-arranged B2B meetings took place between 41 companies. In the evening the
Alpe-Adria Timber Award was presented to the Slovenian company Lesnina Gradnje d.o.o.
for a kindergarten in Slovenj Gradec.

""" + foot(1) + H + """
Friday 15 March 2041, Spittal an der Drau – practical day. Morning visit to the tim-
ber engineering laboratory of the Carinthia University of Applied Sciences, with
demonstrations of fire tests on cross-laminated timber. Afternoon site visit to the
construction of the new school campus in Seeboden, led by site manager
Klemens Oberrauner (Hasslacher Norica Timber).

3. Participants

Companies: 61 % · Research and education: 18 % · Public authorities: 12 % ·
Cluster organisations and associations: 9 %
By country: Austria 118, Slovenia 47, Italy 36, Croatia 11

4. Key findings

The organisers and the session chairs summarised the discussions in five findings:
- Public clients in the region still write tenders that exclude timber in practice,
  for example through fire rules that go beyond the national standards
- The shortage of carpenters is now a bigger obstacle than the price of wood
- Small sawmills need a shared certification service to sell structural timber
  across borders
- Companies from the three countries hardly know each other's building codes
- Digital planning tools are used by large firms but rarely by craft businesses

5. Recommendations

For the next edition and for the regional authorities the cluster recommends:
1. A cross-border helpdesk for building codes, hosted in turn by the three clusters
2. A joint training module for carpenters, recognised in Austria, Slovenia and Italy
3. Model tender texts for public timber buildings, to be presented to the
municipalities in autumn 2041
""" + foot(2) + H + """
4. Keep the two-town format, but reduce bus transfers to a minimum

6. Past editions

2034 – Klagenfurt
2035 – Villach
2036 – Velenje (Slovenia)
2037 – Tolmezzo (Italy)
2038 – Feldkirchen
2039 – Maribor (Slovenia)
2040 – Pordenone (Italy)

The ninth edition will take place in the Friulian town of Gemona del Friuli on
11–13 March 2042, hosted by the Consorzio Legno Friuli.

7. Organising team

Dipl.-Ing. Verena Kogler-Strossegger, chairwoman of the cluster
Mag.a Theresa Lindner, cluster manager, Holzbau Cluster Kärnten
Tadej Kovačič, project coordinator, Lesarski grozd
Giulia Candotti, Consorzio Legno Friuli

Photos: HCK / Lukas Rainer. The presentations can be downloaded from the members' area.
""" + foot(3)
write(F, T)
C="Holzbau Cluster Kärnten"
gold(F,
 [P("Hannes Pucher","Mayor of Wolfsberg",None),
  P("Verena Kogler-Strossegger","chairwoman",C),
  P("Matteo Zanin",None,"University of Udine"),
  P("Klemens Oberrauner","site manager","Hasslacher Norica Timber"),
  P("Theresa Lindner","cluster manager",C),
  P("Tadej Kovačič","project coordinator","Lesarski grozd"),
  P("Giulia Candotti",None,"Consorzio Legno Friuli"),
  P("Lukas Rainer",None,None)],
 [O(C,"HCK"), O("Wood Industry Cluster of Slovenia (Lesarski grozd)"), O("Consorzio Legno Friuli"), O("Land Kärnten"),
  O("Carinthia University of Applied Sciences"), O("Kogler Holzbau GmbH"), O("University of Udine"),
  O("Carinthian Chamber of Commerce","WKK"), O("Lesnina Gradnje d.o.o."), O("Hasslacher Norica Timber")],
 [E("Alpe-Adria Timber Construction Days 2041","2041-03-13","2041-03-15","Wolfsberg, Spittal an der Drau","Austria"),
  E("opening evening","2041-03-13",None,"Wolfsberg","Austria"),
  E("reception","2041-03-13",None,"Wolfsberg","Austria"),
  E("conference day","2041-03-14",None,"Wolfsberg","Austria"),
  E("Alpe-Adria Timber Award","2041-03-14",None,"Wolfsberg","Austria"),
  E("practical day","2041-03-15",None,"Spittal an der Drau","Austria"),
  E("visit to the timber engineering laboratory of the Carinthia University of Applied Sciences","2041-03-15",None,"Spittal an der Drau","Austria"),
  E("site visit to the construction of the new school campus in Seeboden","2041-03-15",None,"Seeboden","Austria"),
  E("Alpe-Adria Timber Construction Days (2034 edition)","2034",None,"Klagenfurt","Austria"),
  E("Alpe-Adria Timber Construction Days (2035 edition)","2035",None,"Villach","Austria"),
  E("Alpe-Adria Timber Construction Days (2036 edition)","2036",None,"Velenje","Slovenia"),
  E("Alpe-Adria Timber Construction Days (2037 edition)","2037",None,"Tolmezzo","Italy"),
  E("Alpe-Adria Timber Construction Days (2038 edition)","2038",None,"Feldkirchen","Austria"),
  E("Alpe-Adria Timber Construction Days (2039 edition)","2039",None,"Maribor","Slovenia"),
  E("Alpe-Adria Timber Construction Days (2040 edition)","2040",None,"Pordenone","Italy"),
  E("Alpe-Adria Timber Construction Days (2042 edition)","2042-03-11","2042-03-13","Gemona del Friuli","Italy")],
 ["2041-03-13/2041-03-15","2041-04-02","2041-03-13","2041-03-14","2041-03-15","2041","2034","2035","2036","2037",
  "2038","2039","2040","2042-03-11/2042-03-13"],
 ["Public clients in the region still write tenders that exclude timber in practice, for example through fire rules that go beyond the national standards",
  "The shortage of carpenters is now a bigger obstacle than the price of wood",
  "Small sawmills need a shared certification service to sell structural timber across borders",
  "Companies from the three countries hardly know each other's building codes",
  "Digital planning tools are used by large firms but rarely by craft businesses",
  "A cross-border helpdesk for building codes, hosted in turn by the three clusters",
  "A joint training module for carpenters, recognised in Austria, Slovenia and Italy",
  "Model tender texts for public timber buildings, to be presented to the municipalities in autumn 2041",
  "Keep the two-town format, but reduce bus transfers to a minimum"],
 pub="2041-04-02")
