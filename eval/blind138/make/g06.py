from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g06_ayrshire_board_invitation.eml'
assert wd(2040,2,13)=='Monday' and wd(2040,2,27)=='Monday' and wd(2039,11,28)=='Monday' and wd(2040,3,20)=='Tuesday' and wd(2040,6,4)=='Monday'
assert wd(2040,1,23)=='Monday' and wd(2040,1,26)=='Thursday' and wd(2040,2,9)=='Thursday' and wd(2040,2,20)=='Monday'
body = """Dear Board members,

You are invited to the first Board meeting of 2040 of the Ayrshire Advanced Engineering Cluster, which will be held on Monday 27 February 2040 from 14:00 to 16:30 in the Boardroom of the i3 Innovation Centre, Irvine. Dial-in details are at the bottom of this message for those who cannot travel.

Please confirm your attendance by Monday 20 February. Papers for items 3 to 6 will follow by the end of this week.

DRAFT AGENDA

14:00  1. Welcome, apologies and declarations of interest (Chair)
14:10  2. Minutes of the Board meeting of Monday 28 November 2039 and matters arising
14:25  3. Report on the trade mission to Bremen and Hamburg, 23–26 January 2040 (Callum McIlwraith)
14:55  4. Financial position at 31 January 2040 and draft budget 2040–2041 (Treasurer)
15:25  5. Ayrshire Supplier Day, Tuesday 20 March 2040, Prestwick: programme, buyers and sponsors
15:50  6. Date and agenda of the Annual General Meeting
16:15  7. Any other business

For item 6, the officers propose to hold the Annual General Meeting on Monday 4 June 2040 at 17:00 at Kilmarnock College campus, followed by a members' barbecue. Three Board seats are up for election this year: those held by our Vice-Chair Hamish Dunlop (Irvine Composites Ltd), Morag Sinclair (Prestwick Aero Services plc) and Dr Tomasz Wiśniewski (University of the West of Scotland). All three may stand again.

For item 5, we have so far confirmed eight buyers for the Supplier Day, including Spirit of Ayr Aerostructures, the Glasgow-based rail builder CaleRail Ltd and the Defence Equipment procurement team of Babcock Marine at Rosyth. Scottish Enterprise and North Ayrshire Council have each agreed to cover a third of the venue costs. Colleagues from Scottish Development International (SDI) will run an export clinic in the afternoon.

Observers at this meeting: Lorna Galbraith, Account Manager at Scottish Enterprise, and Councillor Iain Crawford-Boyd, Cabinet Member for Economic Development at North Ayrshire Council.

Callum has asked me to circulate his first note on the mission below, ahead of the full report.

With best wishes,
Agnieszka Nowicka-Shaw
Treasurer and acting Company Secretary
Ayrshire Advanced Engineering Cluster Ltd (company limited by guarantee, SC000000)
on behalf of Fiona MacAulay-Reid, Chair

Dial-in: Teams link in the calendar invitation · Meeting ID 000 000 000
This e-mail and any attachments are confidential and intended solely for the addressee.

-----Original Message-----
From: Callum McIlwraith <cluster.manager@aaec.example.org.uk>
Sent: Thursday, 9 February 2040 11:42
To: Agnieszka Nowicka-Shaw
Subject: Bremen/Hamburg mission - first note for the Board

Hi Agnieszka,

Short version for the Board pack. Nine member companies joined the mission from Monday 23 to Thursday 26 January. We opened on the Monday morning with a briefing by video from the Scottish Government's office in Berlin, then spent two days in Bremen with the aerospace cluster AVIASPACE BREMEN e.V. and a visit to the Airbus site, and a last day at the Hamburg Aviation cluster with a supplier workshop at ZAL Center of Applied Aeronautical Research. The companies held 58 one-to-one meetings in total.

Recommendations for the next mission:
- Send company profiles to the host cluster at least six weeks in advance
- Keep the group to ten companies or fewer so every firm gets a full meeting plan
- Budget for an interpreter on factory visits; not every shop floor speaks English
- Agree follow-up actions with each company within two weeks of returning

Thanks to Heike Brandtstätter of AVIASPACE BREMEN e.V. for the excellent arrangements.

Best,
Callum
Cluster Manager, AAEC
"""
m = EmailMessage()
m['From'] = 'Agnieszka Nowicka-Shaw <secretary@aaec.example.org.uk>'
m['To'] = 'board@aaec.example.org.uk'
m['Subject'] = 'Invitation: AAEC Board meeting, Monday 27 February 2040, Irvine'
m['Date'] = format_datetime(datetime.datetime(2040,2,13,9,5,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A = "Ayrshire Advanced Engineering Cluster"
gold(F,
 [P("Callum McIlwraith","Cluster Manager","AAEC"),
  P("Hamish Dunlop","Vice-Chair",A),
  P("Morag Sinclair",None,"Prestwick Aero Services plc"),
  P("Tomasz Wiśniewski",None,"University of the West of Scotland"),
  P("Lorna Galbraith","Account Manager","Scottish Enterprise"),
  P("Iain Crawford-Boyd","Cabinet Member for Economic Development","North Ayrshire Council"),
  P("Agnieszka Nowicka-Shaw","Treasurer and acting Company Secretary","Ayrshire Advanced Engineering Cluster Ltd"),
  P("Fiona MacAulay-Reid","Chair",A),
  P("Heike Brandtstätter",None,"AVIASPACE BREMEN e.V.")],
 [O("Ayrshire Advanced Engineering Cluster Ltd","AAEC"), O("Irvine Composites Ltd"), O("Prestwick Aero Services plc"),
  O("University of the West of Scotland"), O("Kilmarnock College"), O("Spirit of Ayr Aerostructures"), O("CaleRail Ltd"),
  O("Babcock Marine"), O("Scottish Enterprise"), O("North Ayrshire Council"),
  O("Scottish Development International","SDI"), O("Scottish Government"), O("AVIASPACE BREMEN e.V."), O("Airbus"),
  O("Hamburg Aviation"), O("ZAL Center of Applied Aeronautical Research")],
 [E("Board meeting","2040-02-27",None,"Irvine","United Kingdom"),
  E("Board meeting","2039-11-28",None,None,None),
  E("trade mission to Bremen and Hamburg","2040-01-23","2040-01-26","Bremen, Hamburg","Germany"),
  E("Ayrshire Supplier Day","2040-03-20",None,"Prestwick","United Kingdom"),
  E("Annual General Meeting","2040-06-04",None,"Kilmarnock","United Kingdom"),
  E("members' barbecue","2040-06-04",None,"Kilmarnock","United Kingdom"),
  E("export clinic","2040-03-20",None,"Prestwick","United Kingdom"),
  E("briefing","2040-01-23",None,None,None),
  E("visit to the Airbus site",None,None,"Bremen","Germany"),
  E("supplier workshop","2040-01-26",None,"Hamburg","Germany")],
 ["2040-02-13","2040-02-27","2040-02-20","2039-11-28","2040-01-23/2040-01-26","2040-01-31","2040/2041","2040-03-20",
  "2040-06-04","2040-02-09","2040"],
 ["Send company profiles to the host cluster at least six weeks in advance",
  "Keep the group to ten companies or fewer so every firm gets a full meeting plan",
  "Budget for an interpreter on factory visits; not every shop floor speaks English",
  "Agree follow-up actions with each company within two weeks of returning"],
 pub="2040-02-13")
