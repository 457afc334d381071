from h import *
F = 'g15_rostock_maritime_people_news.txt'
assert wd(2038,11,6)=='Saturday' and wd(2038,11,7)=='Sunday' and wd(2038,12,3)=='Friday' and wd(2039,1,19)=='Wednesday'
T = """MARITIME CLUSTER NORTHERN GERMANY – MV OFFICE
Newsletter No. 11/2038 · 18 November 2038
View this e-mail in your browser | Forward to a colleague

In this issue:
1. People: new faces, new roles and a farewell
2. Board retreat in Warnemünde – key takeaways
3. Dates for your diary
--------------------------------------------------------------

1. PEOPLE

New head of the Rostock office
On 1 November 2038, Dr. Friederike von Alvensleben took over as head of the Mecklenburg-Western Pomerania office of the Maritime Cluster Northern Germany (MCN) in Rostock. She was previously deputy director of the Fraunhofer Institute for Large Structures in Production Engineering (IGP) and has worked on offshore steel structures for fifteen years. She follows Knut Behrendt, who has moved to the MCN head office in Hamburg as director for international affairs.

Farewell to a founding member
After 24 years, Heinz-Dieter Rabe, managing director of the Neptun Werft supplier Ostseestahl Rabe GmbH & Co. KG in Wismar, is stepping down from the MCN working group on shipbuilding, which he co-founded in 2014 and chaired from 2030 to 2038. His son Malte Rabe now runs the family company. The working group elected Agnieszka Nowicka-Brandt (Liebherr-MCCtec Rostock GmbH) as its new chair and Jan-Ole Petersen of the University of Rostock as deputy chair.

New on the team
Sina Oyelaran joined the Rostock office on 15 October as project manager for maritime hydrogen. She comes from the port of Rostock operator ROSTOCK PORT GmbH, where she prepared the port's ammonia bunkering concept. Trainee Lukas Marquardt supports the office until March 2039.

Congratulations
Captain Ebba Lindholm, head of the maritime simulation centre at Hochschule Wismar, has been appointed to the European Maritime Safety Agency's advisory group on crew training for alternative fuels.

--------------------------------------------------------------

2. BOARD RETREAT IN WARNEMÜNDE

On Saturday 6 and Sunday 7 November 2038 the regional board of the MV office met for its annual retreat at the Hotel Neptun in Warnemünde. Chair Prof. Dr. Christoph Hasselbeck (Center for Maritime Technologies e.V.) opened the retreat with a look back at ten years of the office. Guest speaker Dr. Petra Sommerfeld, State Secretary at the Ministry of Economics, Infrastructure, Tourism and Labour of Mecklenburg-Western Pomerania, presented the state's new maritime strategy 2039–2045.

Key takeaways from the retreat:
- The office should concentrate on three topics – offshore wind supply chains, green shipping fuels and naval repair – instead of seven
- Suppliers in the region need help to qualify for defence orders, and MCN will set up a contact point for this in 2039
- The board wants at least two new members from the start-up scene by the next election
- Cooperation with the Polish and Danish maritime clusters should move from study trips to joint projects

--------------------------------------------------------------

3. DATES FOR YOUR DIARY

03.12.2038 (Friday), 16:00 – MCN Christmas get-together, Rostock, Speicher am Stadthafen
19.01.2039 (Wednesday), 10:00–15:00 – Workshop "Naval repair as a business", Wolgast
22.–24.02.2039 – Joint stand of MCN members at the WindEnergy fair, Husum
Deadline for stand registration: 10.01.2039

For registrations and questions please contact the MV office:
Maritime Cluster Northern Germany e.V. – Office Mecklenburg-Western Pomerania
Dr. Friederike von Alvensleben, Head of Office
Am Strande 00, 18055 Rostock · +49 381 000 000 · mv@mcn.example.de

You are receiving this newsletter because you are a member or partner of MCN. Unsubscribe | Update your preferences
Imprint: Maritime Cluster Northern Germany e.V., Hamburg · Register of associations Hamburg VR 00000
"""
write(F, T)
M="Maritime Cluster Northern Germany e.V."
gold(F,
 [P("Friederike von Alvensleben","Head of Office",M),
  P("Knut Behrendt","director for international affairs",M),
  P("Heinz-Dieter Rabe","managing director","Ostseestahl Rabe GmbH & Co. KG"),
  P("Malte Rabe",None,"Ostseestahl Rabe GmbH & Co. KG"),
  P("Agnieszka Nowicka-Brandt","chair",M),
  P("Jan-Ole Petersen","deputy chair",M),
  P("Sina Oyelaran","project manager for maritime hydrogen",M),
  P("Lukas Marquardt","Trainee",M),
  P("Ebba Lindholm","head of the maritime simulation centre","Hochschule Wismar"),
  P("Christoph Hasselbeck","Chair",M),
  P("Petra Sommerfeld","State Secretary","Ministry of Economics, Infrastructure, Tourism and Labour of Mecklenburg-Western Pomerania")],
 [O(M,"MCN"),
  O("Fraunhofer Institute for Large Structures in Production Engineering","IGP"), O("Neptun Werft"),
  O("Ostseestahl Rabe GmbH & Co. KG"), O("Liebherr-MCCtec Rostock GmbH"), O("University of Rostock"), O("ROSTOCK PORT GmbH"),
  O("Hochschule Wismar"), O("European Maritime Safety Agency"),
  O("Center for Maritime Technologies e.V."),
  O("Ministry of Economics, Infrastructure, Tourism and Labour of Mecklenburg-Western Pomerania")],
 [E("annual retreat","2038-11-06","2038-11-07","Warnemünde","Germany"),
  E("MCN Christmas get-together","2038-12-03",None,"Rostock","Germany"),
  E("Naval repair as a business","2039-01-19",None,"Wolgast","Germany"),
  E("WindEnergy fair","2039-02-22","2039-02-24","Husum","Germany")],
 ["2038-11-18","2038-11-01","2014","2030/2038","2038-10-15","2039-03","2038-11-06/2038-11-07","2039/2045","2039",
  "2038-12-03","2039-01-19","2039-02-22/2039-02-24","2039-01-10"],
 ["The office should concentrate on three topics – offshore wind supply chains, green shipping fuels and naval repair – instead of seven",
  "Suppliers in the region need help to qualify for defence orders, and MCN will set up a contact point for this in 2039",
  "The board wants at least two new members from the start-up scene by the next election",
  "Cooperation with the Polish and Danish maritime clusters should move from study trips to joint projects"],
 pub="2038-11-18")
