from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_lincolnshire_agritech_new_chair.eml'
assert wd(2036,3,12)=='Wednesday' and wd(2036,3,19)=='Wednesday' and wd(2036,2,13)=='Wednesday'
body = """Dear members,

I am delighted to let you know the result of the election for the chair of the Lincolnshire Agri-Tech Cluster, which closed at noon on Wednesday 12 March 2036.

Dr Harriet Oyelaran-Frost, Director of Research at Fenland Robotics Ltd in Spalding, has been elected chair of the board for a three-year term (2036–2039). She received 71 of the 104 votes cast; the other candidate, Gareth Pinchbeck, managing director of Pinchbeck Growers of Boston, received 33. Turnout was 68 per cent of member organisations, the highest since the cluster was set up.

Harriet succeeds Professor Alan Whitcombe, who chaired the board from 2030 and who steps down at the end of his second term. Alan will remain on the board as immediate past chair until the summer. Many of you will know him from the University of Lincoln's Institute for Agri-Food Technology, which he led for eleven years, and from the Holbeach Vertical Farming Summit, which he started in 2031.

Some words from our new chair:
"Our members grow, pack and move a fifth of England's vegetables. The next five years will decide whether the robots and sensors that go into our fields are made here or bought from elsewhere. I want the cluster to be the place where growers, engineers and researchers in Lincolnshire sort that out together."

Before joining Fenland Robotics in 2032, Harriet worked for eight years at the Agri-EPI Centre and spent three years as a postdoctoral researcher at Wageningen University & Research in the Netherlands.

A note on Alan
Alan joined the cluster as a founding board member and took the chair when we had fewer than thirty members. He leaves a cluster of 152 member organisations, a shared test field at Riseholme and two running Innovate UK projects. The board will mark his contribution properly at the reception below, and he has promised to keep answering the phone.

Other changes on the board
At the same meeting members confirmed two co-opted directors, Priya Mandalia (Greater Lincolnshire LEP) and Tom Dobney (National Farmers' Union East Midlands), and re-elected Susan Kettleborough of Kettleborough & Sons Chartered Accountants as treasurer.

The cluster team remains unchanged: Daniel Okafor as cluster manager, Bethany Hale as innovation officer and Will Croft as events and membership coordinator.

What happens next
- Harriet will chair her first board meeting on Wednesday 19 March 2036 in Lincoln.
- A welcome reception for the new chair and a thank-you to Alan will follow the Spring Members' Meeting at the Riseholme campus on 24 April 2036, 17:30–19:30.
- The board will present a refreshed three-year plan at the Annual General Meeting in September 2036.

Thank you to everyone who stood, nominated or voted.

Best wishes,

Daniel Okafor
Cluster Manager
Lincolnshire Agri-Tech Cluster
Boole Technology Centre, Lincoln
daniel.okafor@lincsagritech.example.org.uk

-----Original Message-----
From: Daniel Okafor
Sent: Wednesday, 13 February 2036 09:15
To: members@lincsagritech.example.org.uk
Subject: Call for nominations - chair of the board

Dear members,

Alan Whitcombe's second term as chair ends this spring and he is not eligible to stand again. Nominations for the post of chair are now open and close on 27 February 2036. Each candidate needs a proposer and a seconder from two different member organisations. Voting will be online from 3 to 12 March 2036.

Please send nominations with a short statement (no more than 300 words) to the cluster office.

Kind regards,
Daniel
"""
m = EmailMessage()
m['From'] = 'Daniel Okafor <daniel.okafor@lincsagritech.example.org.uk>'
m['To'] = 'members@lincsagritech.example.org.uk'
m['Subject'] = 'Election result: new chair of the Lincolnshire Agri-Tech Cluster'
m['Date'] = format_datetime(datetime.datetime(2036,3,13,8,40,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
L="Lincolnshire Agri-Tech Cluster"
gold(F,
 [P("Harriet Oyelaran-Frost","chair of the board",L), P("Gareth Pinchbeck","managing director","Pinchbeck Growers"),
  P("Alan Whitcombe","immediate past chair",L), P("Priya Mandalia","co-opted director",L), P("Tom Dobney","co-opted director",L),
  P("Susan Kettleborough","treasurer",L), P("Daniel Okafor","Cluster Manager",L), P("Bethany Hale","innovation officer",L),
  P("Will Croft","events and membership coordinator",L)],
 [O(L), O("Fenland Robotics Ltd"), O("Pinchbeck Growers"), O("University of Lincoln"), O("Institute for Agri-Food Technology"),
  O("Agri-EPI Centre"), O("Wageningen University & Research"), O("Greater Lincolnshire LEP"),
  O("National Farmers' Union East Midlands"), O("Kettleborough & Sons Chartered Accountants"), O("Innovate UK")],
 [E("Holbeach Vertical Farming Summit","2031",None,"Holbeach","United Kingdom"),
  E("board meeting","2036-03-19",None,"Lincoln","United Kingdom"),
  E("welcome reception","2036-04-24",None,None,None),
  E("Spring Members' Meeting","2036-04-24",None,None,None),
  E("Annual General Meeting","2036-09",None,None,None)],
 ["2036-03-12","2036/2039","2030","2031","2032","2036-03-19","2036-04-24","2036-09","2036-02-13","2036-02-27","2036-03-03/2036-03-12","2036-03-13"],
 [], pub="2036-03-13")
