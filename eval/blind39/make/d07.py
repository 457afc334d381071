from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
FN = "Invitation_AGM_Munster-Food-Cluster_2035.eml"
BODY = """Dear Member,

On behalf of the Board of Directors, I am pleased to invite you to the Annual General Meeting of Munster Food &
Drink Cluster CLG (MFDC), which will take place on

    Thursday, 21 June 2035, 14:00 to 16:30
    Nano Nagle Place, Douglas Street, Cork T12 X70A
    (online participation via Zoom is possible for members who register in advance)

The AGM is followed at 17:00 by our summer networking reception in the garden, hosted this year by our member
Garryvoe Seafood Kitchen Ltd. Partners and guests are welcome at the reception.

AGENDA

1.  Welcome and opening by the Chair, Siobhán Ní Bhriain
2.  Confirmation of quorum and approval of the agenda
3.  Approval of the minutes of the AGM held on 22 June 2034 in Killarney
4.  Chair's report on the year 2034
5.  Presentation of the audited financial statements for the year ended 31 December 2034
    - Treasurer: Dermot Mac Cárthaigh, FCA
    - Auditor's statement: Breen O'Leary & Co., Chartered Accountants
6.  Membership fees for 2036 (the Board proposes no change)
7.  Election of Directors
    Three Directors retire by rotation: Pádraig Ó Súilleabháin (see note below),
    Maeve Fitzgerald (Bride Valley Distillers Ltd) and Conor de Búrca (UCC Food Innovation Hub).
    Maeve Fitzgerald and Conor de Búrca offer themselves for re-election.
    One nomination has been received for the vacant seat: Aoife Kingston, Operations Director, Inchydoney Craft
    Meats Ltd.
8.  Strategy 2036–2040: presentation by the CEO, Gearóid Ó Murchú, and discussion
9.  Report from the Food Innovation Working Group — Dr. Niamh Twomey, Teagasc Moorepark
10. Any other business

Note on item 7: Pádraig Ó Súilleabháin (Lough Léin Dairy Co-operative Society) has served two full terms and is not
eligible for re-election. The Board thanks him for six years of service, including three as Vice-Chair.

DOCUMENTS

The minutes of the 2034 AGM, the annual report and the financial statements are available in the members' area.
Amendments to the agenda must reach the secretariat in writing by Thursday, 7 June 2035.

PROXY VOTING

Each full member has one vote. If your company cannot attend, you may appoint a proxy using the attached form,
to be returned by 17 June 2035 at the latest.

DATES FOR YOUR DIARY

- 10 July 2035 — Export Readiness Bootcamp, Tralee (with Enterprise Ireland)
- 25–27 September 2035 — Regional study tour for new members (West Cork producers; details to follow)
- 7–11 October 2035 — Irish pavilion at Anuga, Cologne, organised by Bord Bia; MFDC members have six places
- 14 November 2035 — Munster Food Innovation Awards, City Hall Cork

Please confirm your attendance by replying to this e-mail or via the registration link by 14 June 2035.

Le meas,

Orla Keohane-Barrett
Company Secretary & Membership Manager
Munster Food & Drink Cluster CLG
Unit 4, Cork Food Hub, Kinsale Road, Cork
T +353 21 000 0000 | www.munsterfoodcluster.example

Munster Food & Drink Cluster CLG is a company limited by guarantee registered in Ireland (No. 700000).
This e-mail and any attachments are confidential and intended solely for the addressee.
"""
m = EmailMessage()
m['From'] = 'Orla Keohane-Barrett <secretariat@munsterfoodcluster.example>'
m['To'] = 'members@munsterfoodcluster.example'
m['Subject'] = 'Invitation: Annual General Meeting 2035 – Thursday 21 June, Cork'
m['Date'] = format_datetime(datetime.datetime(2035, 5, 24, 10, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m['Message-ID'] = '<agm2035.0524@munsterfoodcluster.example>'
m.set_content(BODY)
open(f"{B}/docs/{FN}", "wb").write(bytes(m))
save_gold(FN, "2035-05-24",
 [P("Siobhán Ní Bhriain","Chair","Munster Food & Drink Cluster CLG"),
  P("Dermot Mac Cárthaigh","Treasurer","Munster Food & Drink Cluster CLG"),
  P("Pádraig Ó Súilleabháin","Director","Munster Food & Drink Cluster CLG"),
  P("Maeve Fitzgerald","Director","Munster Food & Drink Cluster CLG"),
  P("Conor de Búrca","Director","Munster Food & Drink Cluster CLG"),
  P("Aoife Kingston","Operations Director","Inchydoney Craft Meats Ltd"),
  P("Gearóid Ó Murchú","CEO","Munster Food & Drink Cluster CLG"),
  P("Niamh Twomey",None,"Teagasc Moorepark"),
  P("Orla Keohane-Barrett","Company Secretary & Membership Manager","Munster Food & Drink Cluster CLG")],
 [O("Munster Food & Drink Cluster CLG","MFDC"), O("Garryvoe Seafood Kitchen Ltd"),
  O("Breen O'Leary & Co."), O("Bride Valley Distillers Ltd"),
  O("UCC Food Innovation Hub"), O("Inchydoney Craft Meats Ltd"), O("Teagasc Moorepark"),
  O("Lough Léin Dairy Co-operative Society"), O("Enterprise Ireland"), O("Bord Bia")],
 [E("Annual General Meeting of Munster Food & Drink Cluster CLG","2035-06-21",None,"Cork","Ireland"),
  E("summer networking reception","2035-06-21",None,"Cork","Ireland"),
  E("AGM held on 22 June 2034","2034-06-22",None,"Killarney","Ireland"),
  E("Export Readiness Bootcamp","2035-07-10",None,"Tralee","Ireland"),
  E("Regional study tour for new members","2035-09-25","2035-09-27",None,"Ireland"),
  E("Anuga","2035-10-07","2035-10-11","Cologne","Germany"),
  E("Munster Food Innovation Awards","2035-11-14",None,"Cork","Ireland")],
 ["2035-05-24","2035-06-21","2034-06-22","2034","2034-12-31","2036","2036/2040","2035-06-07","2035-06-17",
  "2035-07-10","2035-09-25/2035-09-27","2035-10-07/2035-10-11","2035-11-14","2035-06-14"],
 [])
