from h import *
F = 'vaasa-energy-cluster-linkedin-post-wind-week-2034.txt'
assert wd(2034,3,21)=='Tuesday' and wd(2034,3,23)=='Thursday' and wd(2034,8,29)=='Tuesday', (wd(2034,8,29))
T = """LinkedIn

Johanna Mäkelä-Sundqvist • 1st
Cluster Director at Ostrobothnian Energy Cluster (Pohjanmaan energiaklusteri) | Wind, grids, storage
2d • Edited • 🌐

What a week in Vaasa! 🌬️⚡

From Tuesday 21 to Thursday 23 March 2034 we hosted the Nordic Offshore Wind Supply Chain Days at the Vaasa Congress Centre Jupiter, together with Wasa Innovation Center and the University of Vaasa. 460 participants from 14 countries, 310 pre-booked B2B meetings and – finally – a signed letter of intent between our cluster and Offshore Wind Norway for a joint supplier programme for 2034–2036.

A few highlights:

👉 Minister of Economic Affairs Ville Rantanen-Koski opened the event by reminding us that Finland wants a quarter of Baltic offshore wind components to come from Finnish suppliers by 2035.
👉 Dr. Astrid Bjørnstad (Offshore Wind Norway) and our chair Kristian Nyholm (Wärtsilä Energy) signed the letter of intent on stage on Wednesday.
👉 The site visits to Hitachi Energy's transformer factory and the Vaasa harbour test field were fully booked within a day.
👉 Our student challenge was won by a team from Novia University of Applied Sciences – congratulations Elin, Oskari and Matilda!

Huge thanks to my colleagues Petteri Hautala and Sofia Granholm, who ran the B2B programme, to the City of Vaasa and the Regional Council of Ostrobothnia (Pohjanmaan liitto) for their support, and to Business Finland for bringing the Japanese and Korean delegations.

Next stop: EnergyWeek Vaasa 2034, 29 August – 1 September. Save the date! 📅

#offshorewind #Vaasa #clusters #supplychain #EnergyVaasa

[Photo: Astrid Bjørnstad and Kristian Nyholm shake hands in front of a wind turbine nacelle model]

👍❤️👏 487 • 63 comments • 21 reposts

Like   Comment   Repost   Send

--------------------------------------------------
Most relevant ▾

Kristian Nyholm • 1st
Director, Business Development, Wärtsilä Energy | Chair of the board, Ostrobothnian Energy Cluster
2d
Great work by the whole team, Johanna. The letter of intent is only the start – now we need the first joint tenders before the summer.
Like • Reply • 14 reactions

Astrid Bjørnstad • 2nd
Head of Supply Chain Programmes at Offshore Wind Norway
2d
Tusen takk for a perfectly organised event! Looking forward to welcoming the Ostrobothnian delegation in Bergen in June.
Like • Reply • 9 reactions

    Johanna Mäkelä-Sundqvist • Author
    2d
    @Astrid Bjørnstad we'll be there with at least 15 companies! Dates coming soon.
    Like • Reply • 3 reactions

Mikko Rautiainen • 2nd
CEO at Botnia Steel Structures Oy
2d
Kiitos järjestäjille! Saimme kolme hyvää kontaktia Japanista ja yhden tarjouspyynnön Tanskasta. Ensi vuonna tulemme isommalla porukalla.
Like • Reply • 6 reactions

Satu Ylikoski-Grönlund • 3rd+
Kehitysjohtaja, Pohjanmaan liitto
1d
Hienoa työtä, Johanna ja koko klusteritiimi! Tällaiset tapahtumat näyttävät, miksi Pohjanmaa on Suomen energiateknologian keskus. Nähdään EnergyWeekillä elokuussa.
Like • Reply • 5 reactions

Hiroshi Tanabe • 3rd+
Senior Manager, Europe Business Development at Sumitomo Electric Industries, Ltd.
1d
Thank you for the warm welcome in Vaasa. Our delegation of eight companies learned a lot, especially from the harbour test field visit.
Like • Reply • 4 reactions

Petteri Hautala • 1st
Project Manager, Ostrobothnian Energy Cluster
1d
Thanks everyone who booked meetings – the matchmaking report goes out to all participants by Friday 31 March. 📊
Like • Reply • 2 reactions

Linda Sjöberg-Westerlund • 2nd
Head of Innovation Services at Wasa Innovation Center
1d
Det var ett nöje att samarbeta igen! Fint att se så många unga på plats.
Like • Reply • 2 reactions

Jae-won Park • 3rd+
Manager at Korea Offshore Wind Association (KOWA)
22h
Great event. Hope to see Finnish suppliers at Korea Offshore Wind Expo in Busan in October.
Like • Reply • 1 reaction

Load more comments

--------------------------------------------------
People also viewed
Ostrobothnian Energy Cluster · 4,812 followers
University of Vaasa · 38,904 followers
"""
write(F, T)
gold(F, [
 P("Johanna Mäkelä-Sundqvist", "Cluster Director", "Ostrobothnian Energy Cluster"),
 P("Ville Rantanen-Koski", "Minister of Economic Affairs", None),
 P("Astrid Bjørnstad", "Head of Supply Chain Programmes", "Offshore Wind Norway"),
 P("Kristian Nyholm", "Chair of the board", "Ostrobothnian Energy Cluster"),
 P("Petteri Hautala", "Project Manager", "Ostrobothnian Energy Cluster"),
 P("Sofia Granholm", None, None),
 P("Mikko Rautiainen", "CEO", "Botnia Steel Structures Oy"),
 P("Satu Ylikoski-Grönlund", "Kehitysjohtaja", "Pohjanmaan liitto"),
 P("Hiroshi Tanabe", "Senior Manager, Europe Business Development", "Sumitomo Electric Industries, Ltd."),
 P("Linda Sjöberg-Westerlund", "Head of Innovation Services", "Wasa Innovation Center"),
 P("Jae-won Park", "Manager", "Korea Offshore Wind Association"),
],[
 O("Ostrobothnian Energy Cluster"),
 O("Wasa Innovation Center"),
 O("University of Vaasa"),
 O("Offshore Wind Norway"),
 O("Wärtsilä Energy"),
 O("Hitachi Energy"),
 O("Novia University of Applied Sciences"),
 O("City of Vaasa"),
 O("Regional Council of Ostrobothnia"),
 O("Business Finland"),
 O("Botnia Steel Structures Oy"),
 O("Sumitomo Electric Industries, Ltd."),
 O("Korea Offshore Wind Association","KOWA"),
],[
 E("Nordic Offshore Wind Supply Chain Days","2034-03-21","2034-03-23","Vaasa","Finland"),
 E("Ostrobothnian delegation in Bergen","2034-06","2034-06","Bergen","Norway"),
 E("EnergyWeek Vaasa 2034","2034-08-29","2034-09-01","Vaasa","Finland"),
 E("Korea Offshore Wind Expo","2034-10","2034-10","Busan","South Korea"),
],["2034-03-21/2034-03-23","2034/2036","2035","2034-08-29/2034-09-01","2034-03-31","2034-06","2034-10","2034-08"],[])
