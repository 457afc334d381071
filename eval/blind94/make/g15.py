from h import *
F = 'g15_north_karelia_woodbuild_outcome_report-pdf.txt'
assert wd(2038,2,24)=='Wednesday' and wd(2037,10,13)=='Tuesday' and wd(2038,4,20)=='Tuesday'
T = """WOODBUILD NORTH – Final outcome report                                         1
______________________________________________________________________________

WOODBUILD NORTH
Industrial wood construction in sparsely populated regions
Final outcome report · Interreg Northern Periphery and Arctic 2031–2037

Lead partner: North Karelia Wood Cluster (Pohjois-Karjalan puuklusteri), Joensuu
Report date: 24 February 2038
Prepared by: Riikka Pesonen, project manager, and Olli-Pekka Turunen, communications officer

Partners
1. North Karelia Wood Cluster, Joensuu (FI) – lead partner
2. Karelia University of Applied Sciences, Joensuu (FI)
3. Natural Resources Institute Finland (Luke), Joensuu (FI)
4. Skellefteå Wood Construction Network (Träbyggnadsnätverket Skellefteå), Skellefteå (SE)
5. Norwegian Institute of Wood Technology (Treteknisk), Oslo (NO)
6. Western Development Commission, Ballaghaderreen (IE)
7. Icelandic Innovation Agency, Reykjavík (IS)

1. Summary

Between 1 March 2034 and 31 December 2037, WOODBUILD NORTH helped small
sawmills, joinery companies and construction firms in five countries to enter
the market for industrial wood construction – prefabricated timber elements,
modules and cross-laminated timber (CLT) components. The project had a total
budget of EUR 1.84 million, of which 65 % came from the programme. It ad-
dressed a common problem: the raw material is in the periphery, but the know-
ledge, the design offices and the big customers are in the cities.

Over four years, the partners ran 31 workshops, organised four study trips and
supported 58 companies with expert services. Eleven companies introduced a new
product or production line during the project.

2. Activities

2.1 Capacity building. Each partner organised regional workshops on design
for manufacture, fire safety and building regulations. The most popular format
was the "factory clinic", in which an expert spent two days in a company's
production hall.

2.2 Study trips. The partners organised study trips to Skellefteå (June 2035),
Trondheim (September 2035), County Mayo (May 2036) and Joensuu and Kuopio
(October 2036). In total, 124 entrepreneurs took part.

WOODBUILD NORTH – Final outcome report                                         2
______________________________________________________________________________

2.3 Pilot buildings. Three pilot buildings were completed: a two-storey day-
care centre in Lieksa, a row-house block in Norsjö and a community centre in
Gaoth Dobhair. The day-care centre was opened on 18 August 2036 by Minister
Hanna Kosonen-Räty.

2.4 Final conference. The project's final conference "Building with Wood at the
Edge" took place in Joensuu on Tuesday, 13 October 2037 at the Joensuu Science
Park, with 186 participants. Keynote speakers were Prof. Anne Toppinen
(University of Helsinki), Magnus Lindgren, CEO of Norrträ Modul AB, and Dr.
Áine Ní Fhlannagáin of the Western Development Commission. The conference
ended with a com-
pany visit to the CLT plant of Karjalan Elementti Oy in Kontiolahti.

3. Main outcomes

- 58 SMEs received tailored expert support, and 11 of them launched a new
  wood construction product or production line.
- Three pilot buildings demonstrate that industrial wood construction is
  feasible and competitive in remote municipalities.
- A joint online toolkit for design for manufacture is available in five
  languages and has been downloaded more than 4,300 times.
- The partners set up a permanent Northern Wood Construction Alliance,
  which will continue the cooperation after the project.

Indicators                                  Target     Achieved
Enterprises receiving support                   50           58
Enterprises introducing new products            10           11
Participants in study trips                    100          124
Pilot buildings                                  3            3
Jobs created in supported enterprises            –           37

Of the total budget, 41 % was spent on staff, 27 % on external expertise, 18 %
on travel and study trips and 14 % on the pilot buildings and communication.
The underspend of EUR 62,000 was returned to the programme.

4. Lessons learned

Working across five countries with very different building codes was harder
than planned. The partners underestimated the time needed to translate and
adapt material. On the other hand, the study trips proved to be the single most
effective activity: almost every company that introduced a new product had
visited at least one factory abroad.

WOODBUILD NORTH – Final outcome report                                         3
______________________________________________________________________________

5. Recommendations

For regional authorities and programme bodies, the partners recommend:
- Fund factory clinics and study trips as a standard service for rural wood
  SMEs, not only as project activities.
- Include wood construction in public procurement criteria for municipal
  buildings.
- Support shared testing of fire safety and acoustics, which is too expensive
  for individual SMEs.

6. After the project

The Northern Wood Construction Alliance held its founding meeting online on
Tuesday, 20 April 2038. It elected Riikka Pesonen as chair and Johan
Sundström (Skellefteå Wood Construction Network) as vice-chair. The alliance
will meet twice a year; its first physical meeting is planned in Skellefteå in
September 2038.

The partners have also submitted a follow-up proposal, WOODBUILD NORTH II,
to the Interreg Northern Periphery and Arctic programme 2038–2044; a decision
is expected in June 2038.

Contact
Riikka Pesonen, North Karelia Wood Cluster
Länsikatu 15, 80110 Joensuu, Finland
riikka.pesonen@puuklusteri.example.fi

Photo credits: Lieksa day-care centre – Ville Kärkkäinen; final conference –
Henna Lappi.

This report reflects the authors' views only. The programme authorities are not
liable for any use of the information it contains.
                                                                               3
"""
write(F, T)
C = "North Karelia Wood Cluster"
gold(F,
 [P("Riikka Pesonen","project manager",C),
  P("Olli-Pekka Turunen","communications officer",C),
  P("Hanna Kosonen-Räty","Minister",None),
  P("Anne Toppinen",None,"University of Helsinki"),
  P("Magnus Lindgren","CEO","Norrträ Modul AB"),
  P("Áine Ní Fhlannagáin",None,"Western Development Commission"),
  P("Ville Kärkkäinen"), P("Henna Lappi"),
  P("Johan Sundström","vice-chair","Northern Wood Construction Alliance")],
 [O(C), O("Karelia University of Applied Sciences"), O("Natural Resources Institute Finland","Luke"),
  O("Skellefteå Wood Construction Network"), O("Norwegian Institute of Wood Technology","Treteknisk"), O("Western Development Commission"),
  O("Icelandic Innovation Agency"), O("Joensuu Science Park"), O("Norrträ Modul AB"), O("University of Helsinki"), O("Karjalan Elementti Oy"), O("Northern Wood Construction Alliance")],
 [E("study trip to Skellefteå","2035-06",None,"Skellefteå","Sweden"),
  E("study trip to Trondheim","2035-09",None,"Trondheim","Norway"),
  E("study trip to County Mayo","2036-05",None,None,"Ireland"),
  E("study trip to Joensuu and Kuopio","2036-10",None,"Joensuu, Kuopio","Finland"),
  E("opening of the day-care centre","2036-08-18",None,"Lieksa","Finland"),
  E("Building with Wood at the Edge","2037-10-13",None,"Joensuu","Finland"),
  E("company visit to the CLT plant of Karjalan Elementti Oy","2037-10-13",None,"Kontiolahti","Finland"),
  E("founding meeting","2038-04-20"),
  E("first physical meeting","2038-09",None,"Skellefteå","Sweden")],
 ["2031/2037","2038-02-24","2034-03-01/2037-12-31","2035-06","2035-09","2036-05","2036-10","2036-08-18","2037-10-13",
  "2038-04-20","2038-09","2038/2044","2038-06"],
 ["58 SMEs received tailored expert support, and 11 of them launched a new wood construction product or production line",
  "Three pilot buildings demonstrate that industrial wood construction is feasible and competitive in remote municipalities",
  "A joint online toolkit for design for manufacture is available in five languages and has been downloaded more than 4,300 times",
  "The partners set up a permanent Northern Wood Construction Alliance, which will continue the cooperation after the project",
  "Fund factory clinics and study trips as a standard service for rural wood SMEs, not only as project activities",
  "Include wood construction in public procurement criteria for municipal buildings",
  "Support shared testing of fire safety and acoustics, which is too expensive for individual SMEs"],
 "2038-02-24")
