from h import *
F = 'g16_fife_textiles_lodz_mission_report.txt'
assert [wd(2037,9,d) for d in (22,23,24)]==['Tuesday','Wednesday','Thursday'] and wd(2037,10,7)=='Wednesday' and wd(2037,11,18)=='Wednesday'
T = """FIFE & TAYSIDE TECHNICAL TEXTILES CLUSTER
Mission report: Technical textiles study visit to Łódź, Poland
22–24 September 2037

Prepared by: Callum Baird-Nowicki, International Projects Officer
Version: final, 7 October 2037 · Distribution: cluster members, Scottish Enterprise, Fife Council

1. PURPOSE AND PARTICIPANTS

The visit was the cluster's first mission to Central and Eastern Europe. Its purpose was to learn how the Łódź region rebuilt a textile industry around technical and medical textiles, and to test interest in joint projects among cluster members. Twelve people from nine organisations took part, led by the cluster chair, Moira Henderson-Kaur (Managing Director, Tayweave Ltd, Dundee). Participants came from Tayweave Ltd, Kirkcaldy Coated Fabrics Ltd, Glenrothes Medical Textiles plc, Heriot-Watt University (School of Textiles and Design, Galashiels), Fife College and four further member companies.

The programme was prepared with the Łódź Special Economic Zone (ŁSSE) and the Polish Technical Textiles Cluster (Klaster Tekstyliów Technicznych), whose coordinator, Dr Agnieszka Wróblewska-Kurek, accompanied the group throughout.

2. PROGRAMME

Tuesday 22 September – Łódź
09:30 Welcome at the Łódź Special Economic Zone; presentation by Marek Zawadzki, Vice-President of the Management Board of ŁSSE
11:00 Presentation of the regional smart specialisation strategy by the Marshal's Office of the Łódź Voivodeship
14:00 Site visit to Lodz University of Technology, Institute of Architecture of Textiles
19:00 Welcome dinner hosted by the Polish Technical Textiles Cluster

Wednesday 23 September – Łódź and Zgierz
09:00 Company visit: Mediplast Textiles Sp. z o.o., Zgierz (compression garments)
13:00 B2B meetings with 17 Polish companies at the Technopark Łódź
17:00 Round table "Skills for the textile industry of 2045" with Łukasz Pietrzak, director of the regional vocational training centre

Wednesday's round table was moderated by Prof. Ewa Skrzypczak of the Lodz University of Technology.

Thursday 24 September – Pabianice
09:30 Visit to the dyeing and finishing plant of Pabianickie Zakłady Tkanin Technicznych S.A.
12:00 Closing debrief; departure from Łódź Airport at 16:40

3. RESULTS

- 41 bilateral meetings during the B2B session
- two letters of intent signed (Kirkcaldy Coated Fabrics Ltd with Mediplast Textiles Sp. z o.o.; Fife College with the regional vocational training centre)
- an invitation to the cluster to join the Polish partners in a Horizon Europe consortium on recyclable medical textiles

4. LESSONS LEARNT

- A special economic zone can act as a neutral broker between companies and universities when the cluster itself is young
- Polish companies expect a second meeting within three months; a first visit without follow-up is seen as tourism
- Members should bring physical samples: two of the letters of intent started with a fabric on the table, not with a slide
- The cluster needs a Polish-speaking contact point, at least part-time, if the partnership is to grow

5. NEXT STEPS

A return visit of a Polish delegation to Fife and Dundee is planned for 17–19 March 2038. The cluster will present the results of the mission at its members' meeting on Wednesday 18 November 2037 in Kirkcaldy. Members interested in the Horizon Europe consortium should contact the cluster office by 30 October 2037.

The cluster thanks Scottish Development International for co-funding the travel costs, and Karolina Mazur of the Polish Investment and Trade Agency (PAIH) for her help in preparing the programme.

Contact: Callum Baird-Nowicki, International Projects Officer, Fife & Tayside Technical Textiles Cluster, Fife Renewables Innovation Centre, Methil · callum@fttc.example.scot
"""
write(F, T)
N="Fife & Tayside Technical Textiles Cluster"
gold(F,
 [P("Callum Baird-Nowicki","International Projects Officer",N),
  P("Moira Henderson-Kaur","chair",N),
  P("Agnieszka Wróblewska-Kurek","coordinator","Polish Technical Textiles Cluster"),
  P("Marek Zawadzki","Vice-President of the Management Board","Łódź Special Economic Zone"),
  P("Łukasz Pietrzak","director",None),
  P("Ewa Skrzypczak","Prof.","Lodz University of Technology"),
  P("Karolina Mazur",None,"Polish Investment and Trade Agency")],
 [O(N), O("Scottish Enterprise"), O("Fife Council"), O("Tayweave Ltd"), O("Kirkcaldy Coated Fabrics Ltd"),
  O("Glenrothes Medical Textiles plc"), O("Heriot-Watt University"), O("School of Textiles and Design"), O("Fife College"),
  O("Łódź Special Economic Zone","ŁSSE"), O("Polish Technical Textiles Cluster"),
  O("Marshal's Office of the Łódź Voivodeship"), O("Lodz University of Technology"), O("Institute of Architecture of Textiles"),
  O("Mediplast Textiles Sp. z o.o."), O("Pabianickie Zakłady Tkanin Technicznych S.A."),
  O("Scottish Development International"), O("Polish Investment and Trade Agency","PAIH")],
 [E("Technical textiles study visit to Łódź, Poland","2037-09-22","2037-09-24","Łódź, Zgierz, Pabianice","Poland"),
  E("Welcome at the Łódź Special Economic Zone","2037-09-22",None,"Łódź","Poland"),
  E("Site visit to Lodz University of Technology, Institute of Architecture of Textiles","2037-09-22",None,"Łódź","Poland"),
  E("Welcome dinner","2037-09-22",None,"Łódź","Poland"),
  E("Company visit: Mediplast Textiles Sp. z o.o.","2037-09-23",None,"Zgierz","Poland"),
  E("B2B meetings","2037-09-23",None,"Łódź","Poland"),
  E("Round table \"Skills for the textile industry of 2045\"","2037-09-23",None,"Łódź","Poland"),
  E("Visit to the dyeing and finishing plant of Pabianickie Zakłady Tkanin Technicznych S.A.","2037-09-24",None,"Pabianice","Poland"),
  E("return visit of a Polish delegation","2038-03-17","2038-03-19","Dundee","United Kingdom"),
  E("members' meeting","2037-11-18",None,"Kirkcaldy","United Kingdom")],
 ["2037-09-22/2037-09-24","2037-10-07","2037-09-22","2037-09-23","2037-09-24","2038-03-17/2038-03-19","2037-11-18","2037-10-30"],
 ["A special economic zone can act as a neutral broker between companies and universities when the cluster itself is young",
  "Polish companies expect a second meeting within three months; a first visit without follow-up is seen as tourism",
  "Members should bring physical samples: two of the letters of intent started with a fabric on the table, not with a slide",
  "The cluster needs a Polish-speaking contact point, at least part-time, if the partnership is to grow"],
 pub="2037-10-07")
