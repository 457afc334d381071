from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_luneburg_logistics_cluster_new_md.eml'
assert wd(2037,2,26)=='Thursday' and wd(2037,3,2)=='Monday' and wd(2037,3,19)=='Thursday' and wd(2037,2,18)=='Wednesday'
body = """Dear members and partners of the Logistics Cluster Lüneburg Heath,

on behalf of the Supervisory Board I am pleased to inform you that Dr. Anja Hollmann-Petersen will become Managing Director (Geschäftsführerin) of Logistikcluster Lüneburger Heide e.V. on Monday 2 March 2037. The Supervisory Board took the decision unanimously at its meeting in Lüneburg on Thursday 26 February 2037.

Anja Hollmann-Petersen is 44 and grew up in Winsen (Luhe). She studied business logistics at the Hamburg University of Technology (TUHH) and wrote her doctoral thesis on rail freight in the port hinterland. From 2026 to 2031 she worked at Hamburg Port Authority, then moved to the Fraunhofer Center for Maritime Logistics and Services (CML) in Hamburg, where she led the group for intermodal transport until this year. She is a member of the advisory council of the Bundesvereinigung Logistik (BVL) for the region Hamburg and has taught as a lecturer at Leuphana Universität Lüneburg since 2034.

She succeeds Hans-Werner Brockmann, who founded the office of the cluster in 2027 and has managed it for ten years. Hans-Werner will retire at the end of March and will stay available to the team until then. Many of you know him from the Heide Logistics Day, from the round tables with the Chamber of Industry and Commerce and from countless truck-parking debates in the district council. We owe him a great deal.

What changes for you? Very little in the short term. Your contacts in the office remain the same:
- Friederike Stöver, project manager for digital freight and the "Heide Data Hub"
- Mehmet Aydın, project manager for skills and the driver academy
- Lena Marquardt, membership and events

The new Managing Director will introduce herself at the members' evening on Thursday 19 March 2037 at 18:00 in the Kulturforum Lüneburg (Wienebütteler Weg 1). We will also say goodbye to Hans-Werner on that evening. Please register by 12 March 2037 via the members' area or by replying to Lena Marquardt.

The annual general meeting of the association, with the election of the Supervisory Board, will take place on 11 June 2037 in Uelzen. The formal invitation follows in April.

With best regards

Ulrike Behrens
Chair of the Supervisory Board
Logistikcluster Lüneburger Heide e.V.
(Managing Partner, Behrens Spedition GmbH & Co. KG, Bardowick)

Logistikcluster Lüneburger Heide e.V. · Am Sande 12 · 21335 Lüneburg
Register of associations: Amtsgericht Lüneburg VR 000000
www.logistikcluster-heide.example.de

You receive this message because you are a member or partner of the cluster. To unsubscribe, reply with "unsubscribe".

-------- Forwarded message --------
From: Hans-Werner Brockmann <brockmann@logistikcluster-heide.example.de>
Date: Wednesday, 18 February 2037, 16:42
To: Supervisory Board <aufsichtsrat@logistikcluster-heide.example.de>
Subject: Handover – proposal for the board meeting

Dear Ulrike, dear members of the Supervisory Board,

as agreed, here is my short note for the meeting on 26 February.

> The selection committee (Ulrike Behrens, Dr. Karsten Oelkers of the Landkreis Lüneburg and Sabine Rauch of Lüneburger Heide Holz & Transport GmbH) interviewed four candidates on 9 and 10 February. It recommends Dr. Hollmann-Petersen.
> I propose a handover of four weeks, so that I can introduce her to the Ministry for Economic Affairs in Hanover, the Metropolregion Hamburg and the partners of our Interreg project in Denmark.
> The Heide Logistics Day 2037 (planned for 24 September in Soltau) should be prepared by the new Managing Director from the start.

Thank you for ten good years.
Hans-Werner
"""
m = EmailMessage()
m['From'] = 'Ulrike Behrens <vorsitz@logistikcluster-heide.example.de>'
m['To'] = 'mitglieder@logistikcluster-heide.example.de'
m['Subject'] = 'New Managing Director of the Logistics Cluster Lüneburg Heath from 2 March 2037'
m['Date'] = format_datetime(datetime.datetime(2037,2,27,9,15,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
L="Logistikcluster Lüneburger Heide e.V."
gold(F,
 [P("Anja Hollmann-Petersen","Managing Director",L),
  P("Hans-Werner Brockmann",None,L),
  P("Friederike Stöver","project manager for digital freight",L),
  P("Mehmet Aydın","project manager for skills and the driver academy",L),
  P("Lena Marquardt","membership and events",L),
  P("Ulrike Behrens","Chair of the Supervisory Board",L),
  P("Karsten Oelkers",None,"Landkreis Lüneburg"),
  P("Sabine Rauch",None,"Lüneburger Heide Holz & Transport GmbH")],
 [O(L), O("Hamburg University of Technology","TUHH"), O("Hamburg Port Authority"),
  O("Fraunhofer Center for Maritime Logistics and Services","CML"), O("Bundesvereinigung Logistik","BVL"),
  O("Leuphana Universität Lüneburg"), O("Chamber of Industry and Commerce"), O("Behrens Spedition GmbH & Co. KG"),
  O("Amtsgericht Lüneburg"), O("Landkreis Lüneburg"), O("Lüneburger Heide Holz & Transport GmbH"),
  O("Ministry for Economic Affairs"), O("Metropolregion Hamburg")],
 [E("meeting","2037-02-26",None,"Lüneburg","Germany"),
  E("members' evening","2037-03-19",None,"Lüneburg","Germany"),
  E("annual general meeting","2037-06-11",None,"Uelzen","Germany"),
  E("Heide Logistics Day 2037","2037-09-24",None,"Soltau","Germany")],
 ["2037-03-02","2037-02-26","2026/2031","2034","2027","2037-03","2037-03-19","2037-03-12","2037-06-11","2037-04",
  "2037-02-18","2037-02-09/2037-02-10","2037-09-24","2037-02-27"],
 [], pub="2037-02-27")
