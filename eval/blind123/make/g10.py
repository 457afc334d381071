from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g10_inverness_agm_notice.eml'
assert wd(2041,6,12)=='Wednesday' and wd(2041,5,22)=='Wednesday' and wd(2041,5,29)=='Wednesday' and wd(2041,5,14)=='Tuesday'
body = """Dear members,

Please find below the formal notice of our Annual General Meeting and the programme of the Members' Day that follows it. Paper copies of the annual report will be available on the day; the electronic version is attached.

If you cannot attend in person, please return the proxy form to me by Wednesday 29 May 2041.

With best wishes,
Morag MacLennan-Rae
Membership and Events Coordinator
Highlands and Islands Life Sciences Cluster Ltd (HILSC)
An Lòchran, 10 Inverness Campus, Inverness IV2 5NA
Tel. 01463 000 000

----------------------------------------------------------------
NOTICE OF ANNUAL GENERAL MEETING 2041

Notice is hereby given that the seventh Annual General Meeting of Highlands and Islands Life Sciences Cluster Ltd, a company limited by guarantee, will be held on Wednesday 12 June 2041 at 10:00 at An Lòchran, Inverness Campus, for the following purposes:

1. To receive the minutes of the sixth AGM held on 6 June 2040 in Elgin.
2. To receive the Chair's report, presented by Dr Eilidh Sutherland.
3. To receive and adopt the accounts for the year ended 31 March 2041, presented by the Treasurer, Graham Munro-Fraser (Munro Fraser & Co, Chartered Accountants).
4. To re-elect directors retiring by rotation: Professor Raj Anand-Kaur (University of the Highlands and Islands) and Catriona NicLeòid (Highlands and Islands Enterprise).
5. To elect a new director: Pål Kristian Sæther, Head of Operations at Nordic Marine Biotech AS, nominated by the Board.
6. To appoint the auditors for 2041–2042.
7. Any other competent business.

By order of the Board
Alasdair Grant, Company Secretary
Inverness, 22 May 2041

MEMBERS' DAY PROGRAMME – 12 JUNE 2041
10:00  Annual General Meeting (members only)
11:00  Coffee
11:30  "From pilot to product: remote diagnostics in rural Scotland" – Dr Ewan McAllister-Jones, NHS Highland
12:15  Showcase of three member projects funded through the Cluster Innovation Fund
13:00  Networking lunch
14:00  Tour of the Centre for Health Science laboratories, led by Dr Mhairi O'Donnell
15:30  Close

The three projects in the showcase are a portable blood-testing device developed in Thurso, a seaweed-based wound dressing from Oban and a digital physiotherapy service run from Stornoway. Each team will speak for ten minutes and take questions. Members may bring one non-member guest to the afternoon sessions. Please tell us about any dietary or access needs when you reply. Free parking is available on the campus, and the number 27 bus runs from the city centre every twenty minutes.

A reminder of other dates for your diary:
- Highlands Life Sciences Conference, Aviemore, 7–8 October 2041
- Board meeting, 10 September 2041, Inverness (directors only)
- Joint webinar with the Tromsø life sciences cluster Arctic Health Norway, 25 June 2041

----------------------------------------------------------------

-----Original Message-----
From: Eilidh Sutherland
Sent: Tuesday, 14 May 2041 16:22
To: Morag MacLennan-Rae
Subject: RE: AGM notice – draft

Morag, thanks, this looks fine. Two small things: please put Pål's job title in full, and mention that the accounts were signed off by the Board on 8 May. Otherwise good to go. We should also remind people that the AGM needs 15 members present for a quorum.
E.
"""
body = body.replace("7. Any other competent business.","7. Any other competent business.\n\nThe accounts were approved by the Board on 8 May 2041. The quorum for the meeting is 15 members present in person or by proxy.")
m = EmailMessage()
m['From'] = 'Morag MacLennan-Rae <events@hilsc.example.scot>'
m['To'] = 'members@hilsc.example.scot'
m['Subject'] = 'Notice of AGM and Members\' Day – Wednesday 12 June 2041'
m['Date'] = format_datetime(datetime.datetime(2041,5,22,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
H="Highlands and Islands Life Sciences Cluster Ltd"
gold(F,
 [P("Morag MacLennan-Rae","Membership and Events Coordinator",H),
  P("Eilidh Sutherland","Chair",H),
  P("Graham Munro-Fraser","Treasurer",H),
  P("Raj Anand-Kaur","director",H),
  P("Catriona NicLeòid","director",H),
  P("Pål Kristian Sæther","Head of Operations","Nordic Marine Biotech AS"),
  P("Alasdair Grant","Company Secretary",H),
  P("Ewan McAllister-Jones",None,"NHS Highland"),
  P("Mhairi O'Donnell",None,None)],
 [O(H,"HILSC"), O("Munro Fraser & Co"), O("University of the Highlands and Islands"), O("Highlands and Islands Enterprise"),
  O("Nordic Marine Biotech AS"), O("NHS Highland"), O("Centre for Health Science"), O("Arctic Health Norway")],
 [E("Annual General Meeting","2041-06-12",None,"Inverness","United Kingdom"),
  E("Members' Day","2041-06-12",None,"Inverness","United Kingdom"),
  E("sixth AGM","2040-06-06",None,"Elgin","United Kingdom"),
  E("Networking lunch","2041-06-12",None,"Inverness","United Kingdom"),
  E("Tour of the Centre for Health Science laboratories","2041-06-12",None,"Inverness","United Kingdom"),
  E("Highlands Life Sciences Conference","2041-10-07","2041-10-08","Aviemore","United Kingdom"),
  E("Board meeting","2041-09-10",None,"Inverness","United Kingdom"),
  E("Joint webinar","2041-06-25")],
 ["2041-05-29","2041-06-12","2040-06-06","2041-03-31","2041/2042","2041-05-22","2041-10-07/2041-10-08","2041-09-10","2041-06-25","2041-05-14","2041-05-08"],
 [], pub="2041-05-22")
