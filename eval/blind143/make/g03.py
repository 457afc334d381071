from h import *
F = 'g03_humber_offshore_wind_meet_the_buyer.txt'
assert wd(2039,5,18)=='Wednesday' and wd(2039,5,17)=='Tuesday' and wd(2039,4,29)=='Friday'
T = """HUMBER ENERGY SUPPLY CHAIN NETWORK
Offshore Wind Meet the Buyer 2039
Wednesday 18 May 2039 | The Deep Business Centre, Hull

FINAL PROGRAMME (version 3, issued 11 May 2039)

Organised by the Humber Energy Supply Chain Network (HESCN) in partnership with Hull and East Yorkshire Local Enterprise Partnership, the Offshore Wind Industry Council and the Port of Grimsby East operators. Supported by Enterprise Europe Network Yorkshire and the Humber.

Registration for B2B meetings closed on Friday 29 April 2039. 146 suppliers and 19 buyers are confirmed. Your personal meeting schedule is attached to your confirmation e-mail and can also be viewed in the matchmaking app.

-----------------------------------------------------------------
Tuesday 17 May 2039 (optional)
-----------------------------------------------------------------
16:00   Port tour: Green Port Hull and the Siemens Gamesa blade factory
        (coach from Hull Paragon Interchange, max. 40 people, pre-booking required)
19:00   Buyers' and speakers' dinner, Hull Minster (by invitation)

-----------------------------------------------------------------
Wednesday 18 May 2039
-----------------------------------------------------------------
08:15   Registration and coffee
09:00   Welcome
        Councillor Margaret Oyelaran-Smith, Leader, Hull City Council
        Dale Featherstonhaugh, Chair, Humber Energy Supply Chain Network
09:20   Keynote: "The next ten gigawatts - what the East Coast pipeline means for local firms"
        Ingrid Solheim-Berg, Head of Supply Chain Development, Ørsted UK
09:50   Panel 1 - Operations and maintenance: where are the gaps?
        Moderator: Priya Raghunathan, Business Development Manager, HESCN
        Panellists: Tomasz Wiśniewski (Port Operations Manager, Associated British Ports),
        Claire O'Donoghue-Watts (Procurement Lead, RWE Renewables UK),
        Hamish McAllister (Managing Director, Saltend Marine Services Ltd)
10:40   Coffee and exhibition
11:00   B2B meetings - first block (20-minute slots, tables 1-40)
12:45   Networking lunch
13:45   Panel 2 - Decommissioning and the circular economy
        Moderator: Dr Jonathan Ekwueme, Senior Lecturer, Aura Innovation Centre, University of Hull
        Panellists: Sophie Lindqvist (Sustainability Director, Vattenfall),
        Gareth Pryce-Jenkins (Head of Engineering, Able UK)
14:30   B2B meetings - second block
16:30   Skills corner: Hull College and East Riding College present new wind technician apprenticeships
17:15   Close and drinks reception

-----------------------------------------------------------------
PRACTICAL INFORMATION
-----------------------------------------------------------------
Venue: The Deep Business Centre, Tower Street, Hull HU1 4BG. Parking is limited; please use the Humber Street car park.
Exhibition: each supplier may bring one pop-up banner. Tables are allocated by the organisers.
Dress code: business casual. PPE is required on the port tour (boots and hi-vis provided).
Cancellations: please tell us at least 48 hours in advance so that buyers can be offered a replacement meeting.

LAST YEAR IN NUMBERS
The 2038 edition, held on 8 June 2038 at Bridlington Spa, brought together 121 suppliers and 16 buyers. 512 B2B meetings took place and 34 companies reported follow-up contracts within six months.

WHAT PARTICIPANTS SAID
"Twenty minutes with the right buyer is worth more than a year of cold e-mails." - Natalie Brough, Sales Director, Brough Fabrication Ltd, Goole

ABOUT HESCN
The Humber Energy Supply Chain Network is a not-for-profit membership organisation of some 310 engineering, marine, logistics and training companies on both banks of the Humber. It runs supplier development programmes, a jobs board and an annual series of buyer events, and represents the estuary's supply chain in national discussions on port investment and skills. Membership is free for companies with fewer than ten employees in the first year.

CONTACT
Priya Raghunathan, Business Development Manager
Humber Energy Supply Chain Network, Bridgehead Business Park, Hessle
events@hescn.example.org.uk | +44 1482 000 000

Please note: photographs and video will be taken during the day for HESCN promotional use. If you do not wish to appear, tell the registration desk.
"""
write(F, T)
H="Humber Energy Supply Chain Network"
gold(F,
 [P("Margaret Oyelaran-Smith","Leader","Hull City Council"),
  P("Dale Featherstonhaugh","Chair",H),
  P("Ingrid Solheim-Berg","Head of Supply Chain Development","Ørsted UK"),
  P("Priya Raghunathan","Business Development Manager",H),
  P("Tomasz Wiśniewski","Port Operations Manager","Associated British Ports"),
  P("Claire O'Donoghue-Watts","Procurement Lead","RWE Renewables UK"),
  P("Hamish McAllister","Managing Director","Saltend Marine Services Ltd"),
  P("Jonathan Ekwueme","Senior Lecturer","Aura Innovation Centre"),
  P("Sophie Lindqvist","Sustainability Director","Vattenfall"),
  P("Gareth Pryce-Jenkins","Head of Engineering","Able UK"),
  P("Natalie Brough","Sales Director","Brough Fabrication Ltd")],
 [O(H,"HESCN"), O("Hull and East Yorkshire Local Enterprise Partnership"), O("Offshore Wind Industry Council"),
  O("Enterprise Europe Network Yorkshire and the Humber"), O("Siemens Gamesa"), O("Hull City Council"), O("Ørsted UK"),
  O("Associated British Ports"), O("RWE Renewables UK"), O("Saltend Marine Services Ltd"), O("Aura Innovation Centre"),
  O("University of Hull"), O("Vattenfall"), O("Able UK"), O("Hull College"), O("East Riding College"),
  O("Brough Fabrication Ltd")],
 [E("Offshore Wind Meet the Buyer 2039","2039-05-18",None,"Hull","United Kingdom"),
  E("Port tour","2039-05-17",None,"Hull","United Kingdom"),
  E("Buyers' and speakers' dinner","2039-05-17",None,"Hull","United Kingdom"),
  E("B2B meetings","2039-05-18",None,"Hull","United Kingdom"),
  E("Networking lunch","2039-05-18",None,"Hull","United Kingdom"),
  E("drinks reception","2039-05-18",None,"Hull","United Kingdom"),
  E("Offshore Wind Meet the Buyer (2038 edition)","2038-06-08",None,"Bridlington","United Kingdom")],
 ["2039-05-18","2039-05-11","2039-04-29","2039-05-17","2038-06-08"],
 [], pub="2039-05-11")
