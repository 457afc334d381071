from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_uppsala_roundtable_takeaways.eml'
assert wd(2035,3,14)=='Wednesday' and wd(2035,3,21)=='Wednesday' and wd(2035,4,25)=='Wednesday' and wd(2035,3,9)=='Friday'
body = """Dear round table participants,

Thank you again for joining us in Uppsala last Wednesday. As promised, here is a short summary of the discussion and the key takeaways, which we will also feed into the regional life science strategy. Please send any corrections by Wednesday 21 March 2035; after that the note will be published on our website.

Round table "From lab to plant: scaling up biopharma manufacturing in the Uppsala region"
Uppsala, 14 March 2035, 13:00–16:30, Uppsala Science Park

Chair: Dr Linnea Sjöberg-Akhtar, CEO, Uppsala BioCluster ekonomisk förening
Rapporteur: Tobias Engström, Policy Officer, Region Uppsala

Participants (22) included representatives of Cytiva Sweden AB, Uppsala University, the Swedish Medical Products Agency (Läkemedelsverket), Almi Företagspartner Uppsala, RISE Research Institutes of Sweden, Vinnova and eleven biotech SMEs. Guest speakers were Dr Henrik Ó Súilleabháin of the National Institute for Bioprocessing Research and Training (NIBRT) in Dublin, who presented the Irish experience of shared training facilities, and Katarzyna Zielińska-Berg, Head of Manufacturing at the start-up CellVektor AB.

Context
Uppsala has a strong base in bioprocess tools and early-stage biotech, but most companies move production abroad when they reach clinical phase II. The round table looked at what it would take to keep more of that manufacturing in the region. A mapping presented by Region Uppsala showed 41 companies with products in clinical development, of which only six manufacture their own clinical material in Sweden. Several participants pointed out that the same question had been raised at the regional innovation council in 2033 without a concrete follow-up, and asked that this time the conclusions be tied to named owners and a budget.

Key takeaways
1. The bottleneck is not capital alone but access to GMP-certified pilot capacity at a price SMEs can pay
2. Skills are the second constraint: the region lacks around 300 process technicians and quality specialists, and training takes too long
3. Shared facilities work when they are run by a neutral operator with clear rules on IP and booking, as the Dublin example shows
4. Regulators want to be involved earlier; Läkemedelsverket offered quarterly open dialogue sessions for SMEs
5. Uppsala should position itself in the European biotech and biomanufacturing partnership rather than compete with Stockholm and Södertälje alone

Follow-up
- Region Uppsala and Uppsala BioCluster will commission a feasibility study for a shared GMP pilot plant (tender spring 2035).
- Uppsala University and the vocational school Uppsala Yrkeshögskola will present a fast-track technician course in the autumn.
- The next round table, on digital quality systems, is planned for Wednesday 25 April 2035 at the same venue.

The slides of Dr Ó Súilleabháin and Ms Zielińska-Berg are attached (2 PDF files). Please treat them as internal material and do not forward them outside the group without asking the speakers first.

Best regards,

Tobias Engström
Policy Officer – Life Science and Innovation
Region Uppsala, Regional Development Department
+46 18 000 00 00 | tobias.engstrom@regionuppsala.example.se

-----Original Message-----
From: Linnea Sjöberg-Akhtar <linnea@uppsalabiocluster.example.se>
Sent: Friday, 9 March 2035 08:47
To: Tobias Engström <tobias.engstrom@regionuppsala.example.se>
Subject: RE: round table 14 March – final list

Hi Tobias,
Final list attached – 22 confirmed, two on the waiting list. Henrik lands at Arlanda at 10:40, I will pick him up. Could you print the name badges?
Thanks,
Linnea

> Linnea, could you send me the final participants list by Friday? /T
"""
m = EmailMessage()
m['From'] = 'Tobias Engström <tobias.engstrom@regionuppsala.example.se>'
m['To'] = 'roundtable-participants@regionuppsala.example.se'
m['Subject'] = 'Key takeaways – round table on biopharma manufacturing, 14 March'
m['Date'] = format_datetime(datetime.datetime(2035,3,19,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
B="Uppsala BioCluster ekonomisk förening"
gold(F,
 [P("Linnea Sjöberg-Akhtar","CEO",B),
  P("Tobias Engström","Policy Officer","Region Uppsala"),
  P("Henrik Ó Súilleabháin",None,"National Institute for Bioprocessing Research and Training"),
  P("Katarzyna Zielińska-Berg","Head of Manufacturing","CellVektor AB")],
 [O(B), O("Region Uppsala"), O("Cytiva Sweden AB"), O("Uppsala University"),
  O("Swedish Medical Products Agency"), O("Almi Företagspartner Uppsala"),
  O("RISE Research Institutes of Sweden"), O("Vinnova"),
  O("National Institute for Bioprocessing Research and Training","NIBRT"), O("CellVektor AB"),
  O("Uppsala Yrkeshögskola"), O("Regional Development Department")],
 [E("From lab to plant: scaling up biopharma manufacturing in the Uppsala region","2035-03-14",None,"Uppsala","Sweden"),
  E("round table","2035-04-25",None,"Uppsala","Sweden")],
 ["2035-03-21","2035-03-14","2033","2035","2035-04-25","2035-03-09","2035-03-19"],
 ["The bottleneck is not capital alone but access to GMP-certified pilot capacity at a price SMEs can pay",
  "Skills are the second constraint: the region lacks around 300 process technicians and quality specialists, and training takes too long",
  "Shared facilities work when they are run by a neutral operator with clear rules on IP and booking, as the Dublin example shows",
  "Regulators want to be involved earlier; Läkemedelsverket offered quarterly open dialogue sessions for SMEs",
  "Uppsala should position itself in the European biotech and biomanufacturing partnership rather than compete with Stockholm and Södertälje alone"],
 pub="2035-03-19")
