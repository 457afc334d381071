from h import *
import docx
F = 'g12_ventspils_logistics_board_minutes.docx'
assert wd(2038,1,20)=='Wednesday' and wd(2038,2,3)=='Wednesday' and wd(2038,2,4)=='Thursday' and wd(2038,3,11)=='Thursday'
d = docx.Document()
d.add_heading("Minutes of the Board Meeting No. 1/2038", 0)
d.add_paragraph("Kurzeme Maritime and Logistics Cluster Association (KMLC)")
d.add_paragraph("Date and time: Wednesday, 20 January 2038, 10:00–12:30")
d.add_paragraph("Place: Ventspils High Technology Park, meeting room 3, Ventspils; two members joined online")
d.add_heading("Present", 1)
t = d.add_table(rows=1, cols=3)
for i, h_ in enumerate(("Name", "Board office", "Organisation")): t.rows[0].cells[i].text = h_
for row in [("Ilze Bērziņa-Kalniņa", "Chair", "Freeport of Ventspils Authority"),
            ("Jānis Ozoliņš", "Deputy Chair", "Baltic Rail Terminals SIA"),
            ("Kristjan Saar", "Board member", "Saar Shipping OÜ, Pärnu"),
            ("Dace Grīnberga", "Board member", "Ventspils University of Applied Sciences"),
            ("Mārtiņš Vītols", "Board member", "Liepāja Special Economic Zone Authority")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph("In attendance: Anda Liepiņa, Cluster Manager; Rolands Štrauss, project assistant (minutes).")
d.add_paragraph("Guest for item 3: Anders Ekström, senior adviser, Region Gotland (online).")
d.add_heading("1. Opening and agenda", 1)
d.add_paragraph("The Chair opened the meeting at 10:05, welcomed the members and noted that the Board had a quorum. The agenda was adopted as circulated on 13 January 2038. The minutes of the Board meeting of 25 November 2037 were approved without changes.")
d.add_heading("2. Report of the Cluster Manager", 1)
d.add_paragraph("A. Liepiņa reported on the results of 2037. The association has 39 members, four more than a year earlier; the new members are two freight forwarders from Liepāja, the Lithuanian port operator Klaipėdos Jūrų Krovinių Kompanija AB and the training centre of the Latvian Maritime Academy. The cluster organised nine events, among them the Kurzeme Port Day in Liepāja on 14 September 2037, which was attended by 160 people. The Silver Label of the European Secretariat for Cluster Analysis (ESCA) was renewed in November 2037 and is valid until 2039.")
d.add_paragraph("The Cluster Manager also informed the Board that the Investment and Development Agency of Latvia (LIAA) has opened the call for the national cluster programme 2038–2041; the application deadline is 27 February 2038.")
d.add_heading("3. Cooperation with Gotland", 1)
d.add_paragraph("A. Ekström presented the idea of a joint short-sea shipping pilot between Ventspils and Visby, prepared with the Swedish cluster Gotland Logistics Network. The Board discussed the costs and the interest of members. J. Ozoliņš warned that the pilot must be driven by cargo owners, not by the ports. K. Saar suggested inviting the port of Pärnu as a third partner.")
d.add_heading("4. Events in the first half of 2038", 1)
d.add_paragraph("The Board took note of the planned events:")
d.add_paragraph("– Baltic Sea Logistics Forum, 3–4 February 2038, Klaipėda (cluster delegation of six members; B2B meetings on the second day);")
d.add_paragraph("– General Meeting of Members, Thursday 11 March 2038, 14:00, Ventspils, followed by a visit to the new LNG bunkering berth;")
d.add_paragraph("– study visit to the Port of Rotterdam, May 2038, jointly with the Liepāja Special Economic Zone Authority.")
d.add_heading("5. Decisions", 1)
for x in ["The Board approves the draft application to the national cluster programme 2038–2041 and authorises the Chair to sign it",
          "The Cluster Manager will prepare, together with Region Gotland, a concept note for the Ventspils–Visby pilot by 30 April 2038",
          "The membership fee for micro-enterprises remains at EUR 300 for 2038",
          "The General Meeting of Members is convened for 11 March 2038 in Ventspils"]:
    d.add_paragraph(x, style="List Number")
d.add_heading("6. Any other business", 1)
d.add_paragraph("D. Grīnberga informed the Board that Ventspils University of Applied Sciences will open a master's programme in port logistics in September 2038 and asked members to offer internships. The next Board meeting will take place on 11 March 2038 before the General Meeting. The Chair closed the meeting at 12:25.")
d.add_paragraph("Minutes taken by: Rolands Štrauss          Approved by: Ilze Bērziņa-Kalniņa, Chair of the Board")
d.add_paragraph("Ventspils, 22 January 2038")
d.save(path(F))
K = "Kurzeme Maritime and Logistics Cluster Association"
gold(F,
 [P("Ilze Bērziņa-Kalniņa","Chair",K), P("Jānis Ozoliņš","Deputy Chair",K), P("Kristjan Saar","Board member",K),
  P("Dace Grīnberga","Board member",K), P("Mārtiņš Vītols","Board member",K),
  P("Anda Liepiņa","Cluster Manager",K), P("Rolands Štrauss","project assistant",K),
  P("Anders Ekström","senior adviser","Region Gotland")],
 [O(K,"KMLC"), O("Freeport of Ventspils Authority"), O("Baltic Rail Terminals SIA"), O("Saar Shipping OÜ"),
  O("Ventspils University of Applied Sciences"), O("Liepāja Special Economic Zone Authority"), O("Region Gotland"),
  O("Klaipėdos Jūrų Krovinių Kompanija AB"), O("Latvian Maritime Academy"),
  O("European Secretariat for Cluster Analysis","ESCA"), O("Investment and Development Agency of Latvia","LIAA"),
  O("Gotland Logistics Network"), O("Port of Rotterdam")],
 [E("Board Meeting No. 1/2038","2038-01-20",None,"Ventspils","Latvia"),
  E("Board meeting","2037-11-25",None,None,None),
  E("Kurzeme Port Day","2037-09-14",None,"Liepāja","Latvia"),
  E("Baltic Sea Logistics Forum","2038-02-03","2038-02-04","Klaipėda","Lithuania"),
  E("B2B meetings","2038-02-04",None,"Klaipėda","Lithuania"),
  E("General Meeting of Members","2038-03-11",None,"Ventspils","Latvia"),
  E("visit to the new LNG bunkering berth","2038-03-11",None,"Ventspils","Latvia"),
  E("study visit to the Port of Rotterdam","2038-05",None,"Rotterdam","Netherlands"),
  E("next Board meeting","2038-03-11",None,None,None)],
 ["2038-01-20","2038-01-13","2037-11-25","2037","2037-09-14","2037-11","2039","2038/2041","2038-02-27",
  "2038-02-03/2038-02-04","2038-03-11","2038-05","2038-04-30","2038","2038-09","2038-01-22"],
 ["The Board approves the draft application to the national cluster programme 2038–2041 and authorises the Chair to sign it",
  "The Cluster Manager will prepare, together with Region Gotland, a concept note for the Ventspils–Visby pilot by 30 April 2038",
  "The membership fee for micro-enterprises remains at EUR 300 for 2038",
  "The General Meeting of Members is convened for 11 March 2038 in Ventspils"],
 pub="2038-01-22")
