from h import *
F = 'g05_tayside_games_cluster_appointment.txt'
assert wd(2037,6,8)=='Monday' and wd(2037,7,1)=='Wednesday' and wd(2037,6,25)=='Thursday'
T = """PRESS RELEASE
FOR IMMEDIATE RELEASE

Interactive Tayside appoints Dr Morag Fairbairn as Chief Executive

DUNDEE, 8 June 2037 – Interactive Tayside, the industry association and cluster organisation for the games and interactive media sector in Dundee and the wider Tayside region, today announced the appointment of Dr Morag Fairbairn as its new Chief Executive. She will take up the post on Wednesday 1 July 2037.

Dr Fairbairn succeeds Alasdair Guthrie, who has led the association since it was formed out of the former Dundee Games Network in 2029. Mr Guthrie announced in January that he would step down this summer; he will remain with the association as a non-executive adviser until the end of 2037 to ensure a smooth handover, with a particular focus on the association's work with the Scottish Government on the games tax relief review.

Dr Fairbairn joins from Abertay University, where she has been Dean of the School of Design and Informatics since 2032. Before returning to Dundee she spent nine years in industry, including five as Studio Operations Director at Lumen Forge Games in Edinburgh and three as a producer with a Montreal-based studio. She holds a PhD in human–computer interaction from the University of Dundee and chairs the skills advisory group of UK Interactive Entertainment (Ukie) for Scotland.

The appointment was made by the association's board following an open recruitment process supported by Scottish Enterprise.

Announcing the appointment, Chair of the Board Euan Matheson said:

"Morag knows this cluster from every side – as a developer, as a manager and as the person who has trained a good share of the people now working in our studios. Tayside has around 160 games and interactive companies and more than 1,900 people working in them, and the next step for us is to turn that into a cluster that wins more of the big co-development contracts. Morag is the right person to lead that.

"On behalf of the board and all our members, I also want to thank Alasdair. He took a loose network of studios meeting in a pub and built an association with 118 members, a skills academy and an international profile. We are very glad he is staying on to help with the transition."

Dr Morag Fairbairn said:

"I am delighted and a little daunted to be taking on this role. Dundee punches well above its weight in games, but our studios are telling us they need help with three things: access to talent, access to finance and access to international markets. Those will be my priorities from day one."

Alasdair Guthrie added:

"It has been a privilege to lead Interactive Tayside for eight years. I am leaving the association in excellent hands and look forward to cheering Morag on from the sidelines – and, for the next six months, from the desk next door."

Dr Fairbairn will be introduced to members at the association's annual summer reception on Thursday 25 June 2037 at the V&A Dundee, where Mr Guthrie will also be thanked formally for his service. Members can register through the members' portal.

The association also confirmed that Deputy Chief Executive Kirsty McInnes will act as interim lead between 12 June and 30 June.

ENDS

Notes to editors

About Interactive Tayside
Interactive Tayside is a not-for-profit membership association for games, interactive media and immersive technology companies in Dundee, Angus, Perth and Kinross and north-east Fife. It was founded in 2029 and today has 118 member organisations, from two-person start-ups to large studios. Its programmes include the Tayside Games Skills Academy, the annual Dundee Games Week and trade missions with Scottish Development International. It is part of the Scottish Cluster Forum.

Board of Directors (from 1 July 2037)
Euan Matheson (Chair) – Managing Director, Tay Bridge Interactive Ltd
Priya Ramaswamy (Vice-Chair) – Founder, Pixel Foundry Dundee
Callum Strachan – Partner, Thorntons Law LLP
Dr Helen Ogilvie – Reader in Games Technology, University of Dundee
Gareth Lloyd-Pryce – Head of Creative Industries, Dundee and Angus College
Dr Morag Fairbairn – Chief Executive (ex officio)

Photo available on request: Dr Morag Fairbairn (Photo: Kenneth Duthie Photography)

Media contact
Lorna Baxter, Communications Manager, Interactive Tayside
press@interactivetayside.example.co.uk | +44 (0)1382 000 000

Interactive Tayside is a company limited by guarantee registered in Scotland, SC000000.
Registered office: Seabraes Yards, Perth Road, Dundee DD1 4XX
"""
write(F, T)
I = "Interactive Tayside"
gold(F,
 [P("Morag Fairbairn","Chief Executive",I), P("Alasdair Guthrie","non-executive adviser",I),
  P("Euan Matheson","Chair of the Board",I), P("Kirsty McInnes","Deputy Chief Executive",I),
  P("Priya Ramaswamy","Vice-Chair",I), P("Callum Strachan","Partner","Thorntons Law LLP"),
  P("Helen Ogilvie","Reader in Games Technology","University of Dundee"),
  P("Gareth Lloyd-Pryce","Head of Creative Industries","Dundee and Angus College"),
  P("Lorna Baxter","Communications Manager",I)],
 [O(I), O("Dundee Games Network"), O("Scottish Government"), O("Abertay University"),
  O("School of Design and Informatics"), O("Lumen Forge Games"), O("University of Dundee"),
  O("UK Interactive Entertainment","Ukie"), O("Scottish Enterprise"),
  O("Scottish Development International"), O("Scottish Cluster Forum"),
  O("Tay Bridge Interactive Ltd"), O("Pixel Foundry Dundee"), O("Thorntons Law LLP"), O("Dundee and Angus College"),
  O("Kenneth Duthie Photography")],
 [E("annual summer reception","2037-06-25",None,"Dundee","United Kingdom"),
  E("Dundee Games Week",None,None,"Dundee","United Kingdom")],
 ["2037-06-08","2037-07-01","2029","2037","2037-01","2032","2037-06-25","2037-06-12/2037-06-30"],
 [], "2037-06-08")
