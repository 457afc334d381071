from h import *
F = 'g13_lincolnshire_food_cluster_contact.txt'
assert wd(2035,6,12)=='Tuesday' and wd(2035,7,3)=='Tuesday' and wd(2035,9,24)=='Monday'
T = """Greater Lincolnshire Food & Farming Cluster
Skip to content | Accessibility | Text size A A A

Home > About > Contact us

CONTACT US

Whether you are a grower, a food manufacturer, a researcher or a student, our team is here to help. Please choose the right person below, or write to our general inbox and we will pass your message on within two working days.

General enquiries
Greater Lincolnshire Food & Farming Cluster CIC (GLFFC)
Riseholme Park, Lincoln LN2 2LG
Telephone: 01522 000 000 (Monday to Friday, 9am to 5pm)
Email: hello@glffc.example.org.uk

Our people

Cluster Director
Dr Harpreet Kaur-Whitfield
Strategy, partnerships with government and the University of Lincoln, media requests.
harpreet.kaur-whitfield@glffc.example.org.uk

Head of Innovation
Tomasz Brzęczyszczykiewicz
Innovation vouchers, the Food Robotics Network and links to the Lincoln Institute for Agri-food Technology (LIAT).

Skills and Careers Lead
Joanne O'Rourke-Bell
Apprenticeships, the "Grow Your Future" schools programme and the partnership with Boston College and Grimsby Institute.

Membership and Events Officer
Callum Dempsey
Joining the cluster, invoices, the annual conference and breakfast briefings.

Export Adviser (seconded from the Department for Business and Trade)
Fenella Ashworth-Grey
Trade missions, export documents, the Netherlands and Poland desks.

Data Protection Officer
Please contact the Cluster Director.

Board of Directors
The cluster is led by a volunteer board drawn from its members:
  Chair – Sir Robert Lindley-Hart, former chief executive of Fenland Fresh Produce plc
  Vice-Chair – Priya Ramaswamy, Operations Director, Bakkavor Spalding
  Treasurer – Mark Wetherall, Partner, Duncan & Toplis
  Directors – Professor Elena Marchetti (University of Lincoln), Hannah Jo Pickering (National Farmers' Union East Midlands), Councillor David Oakes (Lincolnshire County Council)

NEWS FROM THE TEAM

New Chair appointed (posted 12 June 2035)
Sir Robert Lindley-Hart was appointed Chair of the cluster at the board meeting on Tuesday 12 June 2035. He succeeds Margaret Holloway-Twigg, who chaired the cluster for six years and steps down to concentrate on her role as High Sheriff of Lincolnshire. Margaret led the cluster through the merger of the former Lincolnshire Food Partnership and the South Holland Growers' Network in 2031 and launched the annual Greater Lincolnshire Food Innovation Conference.

Farewell to Graham (posted 3 July 2035)
After 14 years with the cluster and its predecessor organisations, our Membership Manager Graham Tuplin retired at the end of June. The board and team said goodbye to him at a garden party at Riseholme Park on Tuesday 3 July. Callum Dempsey takes over his responsibilities.

Meet us
  - Lincolnshire Show, 20–21 June 2035, Lincolnshire Showground – stand 214
  - Breakfast briefing "Labour and automation in field vegetables", 10 September 2035, 7.45–9.30am, Holbeach
  - Greater Lincolnshire Food Innovation Conference 2035 (7th edition), Monday 24 September 2035, Lincoln; previous conferences took place in Grantham (2033) and Boston (2034)

Key messages from our members' survey
In spring 2035 we asked members what they want from the cluster. The board agreed the following priorities in response:
  * More help with recruitment and automation, especially for seasonal work
  * Shorter, practical events close to where members work
  * One named contact for every member company

Complaints
If you are not happy with our service, write to the Cluster Director. If we cannot resolve your complaint, you may refer it to the Chair of the board.

Follow us on LinkedIn | Sign up to our newsletter

(c) 2035 Greater Lincolnshire Food & Farming Cluster CIC. Registered in England and Wales, company no. 00000000. Privacy notice | Cookie settings
"""
write(F, T)
G="Greater Lincolnshire Food & Farming Cluster CIC"
gold(F,
 [P("Harpreet Kaur-Whitfield","Cluster Director",G),
  P("Tomasz Brzęczyszczykiewicz","Head of Innovation",G),
  P("Joanne O'Rourke-Bell","Skills and Careers Lead",G),
  P("Callum Dempsey","Membership and Events Officer",G),
  P("Fenella Ashworth-Grey","Export Adviser",G),
  P("Robert Lindley-Hart","Chair",G),
  P("Priya Ramaswamy","Vice-Chair",G),
  P("Mark Wetherall","Treasurer",G),
  P("Elena Marchetti","Director",G),
  P("Hannah Jo Pickering","Director",G),
  P("David Oakes","Director",G),
  P("Margaret Holloway-Twigg","High Sheriff of Lincolnshire",None),
  P("Graham Tuplin","Membership Manager",G)],
 [O(G,"GLFFC"), O("University of Lincoln"), O("Food Robotics Network"), O("Lincoln Institute for Agri-food Technology","LIAT"),
  O("Boston College"), O("Grimsby Institute"), O("Department for Business and Trade"), O("Fenland Fresh Produce plc"),
  O("Bakkavor Spalding"), O("Duncan & Toplis"), O("National Farmers' Union East Midlands"), O("Lincolnshire County Council"),
  O("Lincolnshire Food Partnership"), O("South Holland Growers' Network")],
 [E("board meeting","2035-06-12",None,None,None),
  E("garden party","2035-07-03",None,"Lincoln","United Kingdom"),
  E("Lincolnshire Show","2035-06-20","2035-06-21",None,"United Kingdom"),
  E("Labour and automation in field vegetables","2035-09-10",None,"Holbeach","United Kingdom"),
  E("Greater Lincolnshire Food Innovation Conference 2035 (7th edition)","2035-09-24",None,"Lincoln","United Kingdom"),
  E("Greater Lincolnshire Food Innovation Conference (2033)","2033",None,"Grantham","United Kingdom"),
  E("Greater Lincolnshire Food Innovation Conference (2034)","2034",None,"Boston","United Kingdom")],
 ["2035-06-12","2035","2031","2035-07-03","2035-06","2035-06-20/2035-06-21","2035-09-10","2035-09-24","2033","2034"],
 ["More help with recruitment and automation, especially for seasonal work",
  "Shorter, practical events close to where members work",
  "One named contact for every member company"],
 pub=None)
