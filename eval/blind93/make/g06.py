from h import *
import docx
F = 'g06_maribor_matchmaking_call.docx'
assert wd(2038,3,3)=='Wednesday' and wd(2038,3,4)=='Thursday' and wd(2038,2,10)=='Wednesday' and wd(2038,3,1)=='Monday'
assert wd(2038,2,15)=='Monday' and wd(2038,2,26)=='Friday' and wd(2038,1,12)=='Tuesday'
d = docx.Document()
d.add_paragraph("Podravje Automotive Cluster · Call for participation · Ref. PAC-CFP-2038-01")
d.add_heading("Call for participation: Maribor Mobility Matchmaking 2038", 0)
d.add_paragraph("International brokerage event for suppliers of the automotive, e-mobility and rail industries")
d.add_paragraph("Wednesday, 3 March 2038 – Thursday, 4 March 2038 · Maribor, Slovenia · Venue: Maribor Technology Park, Tehnološki park 21")
d.add_paragraph("Published: 12 January 2038")
d.add_heading("1. What is it about?", 1)
d.add_paragraph("The Podravje Automotive Cluster (PAC), the Chamber of Commerce and Industry of Štajerska and the Enterprise Europe Network Slovenia invite companies, research organisations and clusters to a day of pre-arranged bilateral meetings in Maribor. The event follows the first edition in 2036, which brought together 212 participants from 14 countries. This year the focus is on battery components, lightweight structures, power electronics and the refurbishment of rail vehicles. Buyers from Magna Steyr, Gorenje Mobility and Stadler Rail have already confirmed their participation.")
d.add_paragraph("Participation in the B2B meetings is free of charge. The networking dinner and the site visits are offered to registered participants at no cost, but places are limited and are allocated in order of registration.")
d.add_heading("2. Who can take part?", 1)
for t in ["SMEs and larger companies offering products, technologies or services in the focus areas;",
          "universities, research institutes and technology transfer offices looking for industrial partners;",
          "cluster organisations and business support organisations accompanying a group of at least three companies."]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("3. Programme", 1)
tb = d.add_table(rows=1, cols=3); tb.style = "Table Grid"
for i,h in enumerate(["Date","Time","Item"]): tb.rows[0].cells[i].text = h
for r in [("Wednesday, 3 March 2038","09:00–09:30","Registration and coffee"),
          ("","09:30–10:30","Opening: welcome by Andrej Kos, Managing Director, Podravje Automotive Cluster, and Mayor of Maribor Simona Lešnik; keynote by Dr. Helmut Prantl, Head of Purchasing Electrification, Magna Steyr"),
          ("","10:30–13:00","B2B meetings (round 1, 25-minute slots)"),
          ("","13:00–14:00","Lunch"),
          ("","14:00–17:30","B2B meetings (round 2)"),
          ("","19:00","Networking dinner, Vinag wine cellar"),
          ("Thursday, 4 March 2038","09:00–13:00","Site visits: battery testing laboratory of the University of Maribor, Faculty of Electrical Engineering and Computer Science; TAB Mobility plant in Slovenska Bistrica")]:
    c = tb.add_row().cells
    for i,v in enumerate(r): c[i].text = v
d.add_heading("4. Key dates and deadlines", 1)
for t in ["Registration and profile on the b2match platform: by Wednesday, 10 February 2038",
          "Meeting requests: from Monday, 15 February to Friday, 26 February 2038",
          "Confirmation of the personal agenda: Monday, 1 March 2038",
          "Registration for site visits: until 24 February 2038 (maximum 40 persons, ID required)"]:
    d.add_paragraph(t, style="List Bullet")
d.add_paragraph("Profiles that are incomplete or that only advertise without a clear offer or request will not be validated. Participants who do not turn up to confirmed meetings without notice may be excluded from future events of the organisers.")
d.add_paragraph("How the meetings work: after validation, every participant can browse the other profiles and send meeting requests. A meeting is scheduled only when both sides accept it. On the day, each table has a number shown in the personal agenda, and a bell marks the end of every slot. Buyers may limit the number of requests they accept; we recommend sending a short, specific message with each request.")
d.add_heading("5. Travel support", 1)
d.add_paragraph("Up to 20 SMEs from Croatia and Hungary can apply for a travel grant of EUR 300 through the Interreg Slovenia–Croatia project e-MOBIL-REG. The partner agencies – the Regional Development Agency of Međimurje (REDEA) and the Pannon Business Network Association (PBN) – select the companies. Deadline for grant applications: 10 February 2038.")
d.add_heading("6. Contacts", 1)
d.add_paragraph("Content and buyers: Nina Horvat, Project Manager, Podravje Automotive Cluster, nina.horvat@pac.example.si, +386 2 000 00 00")
d.add_paragraph("Registration and b2match support: Matej Kovačič, EEN Adviser, Chamber of Commerce and Industry of Štajerska, matej.kovacic@stajerska.example.si")
d.add_paragraph("Travel grants: Ivana Novak, REDEA, Čakovec; Zoltán Fekete, PBN, Pécs")
d.add_paragraph("The event is organised within the Enterprise Europe Network with the support of the Municipality of Maribor. The organisers reserve the right to change the programme.")
d.add_paragraph("Podravje Automotive Cluster, GIZ · Tehnološki park 21 · 2000 Maribor · www.pac.example.si")
d.save(path(F))
PAC="Podravje Automotive Cluster"
gold(F,
 [P("Andrej Kos","Managing Director",PAC), P("Simona Lešnik","Mayor of Maribor",None),
  P("Helmut Prantl","Head of Purchasing Electrification","Magna Steyr"),
  P("Nina Horvat","Project Manager",PAC),
  P("Matej Kovačič","EEN Adviser","Chamber of Commerce and Industry of Štajerska"),
  P("Ivana Novak",None,"REDEA"), P("Zoltán Fekete",None,"PBN")],
 [O(PAC,"PAC"), O("Chamber of Commerce and Industry of Štajerska"), O("Enterprise Europe Network Slovenia"),
  O("Magna Steyr"), O("Gorenje Mobility"), O("Stadler Rail"), O("University of Maribor"),
  O("Faculty of Electrical Engineering and Computer Science"), O("TAB Mobility"),
  O("Regional Development Agency of Međimurje","REDEA"), O("Pannon Business Network Association","PBN"),
  O("Enterprise Europe Network"), O("Municipality of Maribor")],
 [E("Maribor Mobility Matchmaking 2038","2038-03-03","2038-03-04","Maribor","Slovenia"),
  E("B2B meetings","2038-03-03",None,"Maribor","Slovenia"),
  E("Networking dinner","2038-03-03",None,"Maribor","Slovenia"),
  E("Site visits","2038-03-04",None,"Slovenska Bistrica","Slovenia"),
  E("Maribor Mobility Matchmaking (1st edition)","2036",None,None,None)],
 ["2038-03-03/2038-03-04","2038-01-12","2036","2038-02-10","2038-02-15/2038-02-26","2038-03-01","2038-02-24","2038-03-03","2038-03-04"],
 [], "2038-01-12")
