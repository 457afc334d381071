from common import *
FN = "news_20-editions-elbe-halbleiterforum.txt"
T = """
Sächsischer Mikroelektronik-Verbund e.V. (SMV)  |  Home  |  Über uns  |  Mitglieder  |  News  |  Termine  |  EN

News  ›  Twenty editions of the Elbe Semiconductor Forum — a look back before the anniversary

Posted on 12 February 2036 by Redaktion SMV

When about sixty engineers met in a lecture hall of TU Dresden in November 2016 to talk about 300-millimetre
wafers and the shortage of clean-room technicians, nobody called it a series. Twenty years later — the forum has
been held every year and paused only once — the Elbe Semiconductor Forum (Elbe-Halbleiterforum) has
become the meeting place of the Saxon chip community, with more than 1,400 participants last year.

Before the 20th edition opens its doors on 23–24 June 2036 in Dresden, we look back at the editions, the hosts
and some of the people who shaped them.

THE EDITIONS AT A GLANCE

 1st   November 2016   Dresden, TU Dresden              "300 mm and people"
 2nd   October 2017    Dresden, TU Dresden              first exhibition, 14 stands
 3rd   2018            Freiberg, TU Bergakademie        materials and wafers
 4th   2019            Chemnitz                         sensors for mobility
 5th   2020            online only                      "Chips in the crisis"
 6th   2021            online / Dresden (hybrid)
 7th   2022            Dresden, Internationales Congress Center
 8th   2023            Dresden                          EU Chips Act special
 9th   2024            Dresden                          first start-up award
10th   2025            Dresden                          anniversary edition, 900 participants
11th   2026            Leipzig                          — 
       2027            no forum (replaced by the SEMICON Europa side programme in Munich)
12th   2028            Dresden
13th   2029            Dresden
14th   2030            Görlitz / Zgorzelec              first cross-border edition with Lower Silesia
15th   2031            Dresden
16th   2032            Dresden
17th   2033            Dresden                          "Chips and water"
18th   2034            Dresden, 17–18 June 2034
19th   2035            Dresden, 24–25 June 2035         1,420 participants
20th   2036            Dresden, 23–24 June 2036         (upcoming)

(The numbering skips 2027; the edition count has been corrected since our 2030 brochure.)

THE PEOPLE BEHIND IT

The forum was launched by Prof. Dr. Wolfram Kühnel, then chair of semiconductor technology at TU Dresden, and by
Ursula Brenninkmeyer-Saß, at the time head of the Dresden office of the Saxon Economic Development Corporation
(WFS). Kühnel chaired the programme committee until 2029; since 2030 the committee has been chaired by Dr. Anh Thu
Nguyen-Richter, Vice President Technology at Elbwafer GmbH.

"The forum has always been a place where the fab manager and the vocational teacher sit in the same room," says
Dr. Jens-Uwe Pfeiffer, managing director of SMV since 2024. "That is why it has survived four crises."

Among the guests who are remembered: the keynote of Maarten van der Velde, then CTO of Lithonova B.V., at the 10th
edition; the panel with students from the Berufliches Schulzentrum Elbaue Dresden at the 16th; and the
cross-border edition in Görlitz, co-hosted by the Lower Silesian cluster Dolnośląski Klaster Półprzewodników
(DKP).

THE 20TH EDITION

The anniversary forum will be opened by the Saxon State Minister for Economic Affairs, Labour and Transport,
Katrin Ohlendorf-Weiß, and will close with the Elbe Chip Award ceremony on the evening of 23 June 2036. The call for
posters is open until 15 March 2036; the programme will be published in April 2036.

We are also collecting photos and memories from all editions for an exhibition in the foyer. Please send them
to forum@smv-sachsen.example by 30 April 2036.

Related: Save the date — SMV general assembly, 21 April 2036, Dresden

© 2036 Sächsischer Mikroelektronik-Verbund e.V. · Impressum · Datenschutz
"""
save_text(FN, T)
save_gold(FN, "2036-02-12",
 [P("Wolfram Kühnel","chair of semiconductor technology","TU Dresden"),
  P("Ursula Brenninkmeyer-Saß","head of the Dresden office","Saxon Economic Development Corporation"),
  P("Anh Thu Nguyen-Richter","Vice President Technology","Elbwafer GmbH"),
  P("Jens-Uwe Pfeiffer","managing director","SMV"),
  P("Maarten van der Velde","CTO","Lithonova B.V."),
  P("Katrin Ohlendorf-Weiß","Saxon State Minister for Economic Affairs, Labour and Transport",None)],
 [O("Sächsischer Mikroelektronik-Verbund e.V.","SMV"), O("TU Dresden"), O("TU Bergakademie"),
  O("Saxon Economic Development Corporation","WFS"), O("Elbwafer GmbH"), O("Lithonova B.V."),
  O("Berufliches Schulzentrum Elbaue Dresden"), O("Dolnośląski Klaster Półprzewodników","DKP")],
 [E("Elbe Semiconductor Forum (1st edition)","2016-11",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (2nd edition)","2017-10",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (3rd edition)","2018",None,"Freiberg","Germany"),
  E("Elbe Semiconductor Forum (4th edition)","2019",None,"Chemnitz","Germany"),
  E("Elbe Semiconductor Forum (5th edition)","2020",None,None,None),
  E("Elbe Semiconductor Forum (6th edition)","2021",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (7th edition)","2022",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (8th edition)","2023",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (9th edition)","2024",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (10th edition)","2025",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (11th edition)","2026",None,"Leipzig","Germany"),
  E("SEMICON Europa","2027",None,"Munich","Germany"),
  E("Elbe Semiconductor Forum (12th edition)","2028",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (13th edition)","2029",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (14th edition)","2030",None,"Görlitz, Zgorzelec",None),
  E("Elbe Semiconductor Forum (15th edition)","2031",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (16th edition)","2032",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (17th edition)","2033",None,"Dresden","Germany"),
  E("Elbe Semiconductor Forum (18th edition)","2034-06-17","2034-06-18","Dresden","Germany"),
  E("Elbe Semiconductor Forum (19th edition)","2035-06-24","2035-06-25","Dresden","Germany"),
  E("Elbe Semiconductor Forum (20th edition)","2036-06-23","2036-06-24","Dresden","Germany"),
  E("Elbe Chip Award ceremony","2036-06-23",None,"Dresden","Germany"),
  E("SMV general assembly","2036-04-21",None,"Dresden","Germany")],
 ["2036-02-12","2016-11","2036-06-23/2036-06-24","2017-10","2018","2019","2020","2021","2022","2023","2024","2025","2026",
  "2027","2028","2029","2030","2031","2032","2033","2034","2035","2036","2034-06-17/2034-06-18","2035-06-24/2035-06-25",
  "2036-06-23","2036-03-15","2036-04","2036-04-30","2036-04-21"],
 [])
