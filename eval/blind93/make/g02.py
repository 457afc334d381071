from h import *
F = 'g02_midlands_events_archive.txt'
assert wd(2038,3,10)=='Wednesday' and wd(2037,11,18)=='Wednesday' and wd(2038,10,14)=='Thursday'
T = """MIDLANDS ENGINEERING CLUSTER  |  Home  About  Members  Projects  Events  Skills  News  Contact
Search...                                                     Member login

Home > Events > Archive

EVENTS ARCHIVE

Since 2030 the Midlands Engineering Cluster (MEC) has run two event series: the Midlands Manufacturing
Summit, our annual flagship conference that moves around the region, and the Supplier Days, a smaller
buyer-meets-supplier format held each autumn. This page lists every edition with its host town, venue
partner and a short note. Dates of editions before 2034 are given by
year only, as the exact days were lost when the cluster moved office. Photo galleries and presentations are available to members after login.

Looking for what is coming up? See Upcoming events.

----------------------------------------------------------------------
SERIES 1 - MIDLANDS MANUFACTURING SUMMIT
----------------------------------------------------------------------

9th Summit - Athlone, 10 March 2038 (Wednesday)
Host: Technological University of the Shannon (TUS), Athlone campus
Theme: "Automation without borders"
Keynote: Niamh Ó Floinn, Chief Operating Officer, Creagh Precision Ltd
320 delegates, 41 exhibitors. Summit dinner at the Hodson Bay Hotel.
Presentations (members) | Photo gallery | Press release

8th Summit - Tullamore, 25-26 March 2037
Host: Offaly County Council
Theme: "Energy-intensive, energy-smart"
Keynotes: Prof. Declan Moriarty (University of Galway) and Sabine Kräuter, Head of Energy Management,
Voith Paper GmbH
First two-day edition; day two given over to plant visits in Tullamore and Clara.
Presentations (members) | Photo gallery

7th Summit - Mullingar, 9 March 2036
Host: Westmeath County Council and Mullingar Chamber of Commerce
Theme: "People first: skills for the next decade"
Keynote: Aoife Brennan-Kilroy, Director, SOLAS
Photo gallery

6th Summit - Longford, 12 March 2035
Host: Longford County Enterprise Board
Theme: "Lean, digital, local"
290 delegates. Launch of the MEC Skills Charter.
Photo gallery

5th Summit - Portlaoise, 2034 (online)
Held online only because of flooding at the planned venue. Recordings on our YouTube channel.

4th Summit - Birr, 2033
Host: Offaly County Council
Theme: "From subcontractor to partner". The first summit with a student poster session; the prize went
to a team from the Athlone Institute of Technology, as TUS was then still called.

3rd Summit - Athlone, 2032
2nd Summit - Tullamore, 2031
1st Summit - Athlone, 2030 (founding event of the cluster, 85 participants)

----------------------------------------------------------------------
SERIES 2 - SUPPLIER DAYS
----------------------------------------------------------------------

Supplier Day No. 7 - Portlaoise, 18 November 2037 (Wednesday)
Buyers: Abbott Ireland Diagnostics, Kerry Ingredients, Bord na Móna
Matchmaking by Enterprise Europe Network Ireland. 148 pre-arranged meetings.
Organiser: Ciarán Moylan, Supply Chain Manager, MEC

Supplier Day No. 6 - Athlone, 19 November 2036
Buyers: Medtronic Galway, Alkermes Athlone, Ericsson Ireland
Opened by Minister of State Gráinne Fitzpatrick TD (Department of Enterprise, Trade and Employment)

Supplier Day No. 5 - Mullingar, 2035
Supplier Day No. 4 - Longford, 2034
Supplier Day No. 3 - Tullamore, 2033
Supplier Day No. 2 - Birr, 2032
Supplier Day No. 1 - Athlone, 2031

----------------------------------------------------------------------
ONE-OFF EVENTS
----------------------------------------------------------------------

Cluster study visit to Baden-Wurttemberg, 3-6 June 2036
Twelve member companies visited the Allianz Industrie 4.0 Baden-Wurttemberg and three
suppliers in the Stuttgart region. Led by cluster chair Martin Keegan (Keegan Fabrication Ltd).

Webinar series "Selling to MedTech", January-March 2035
Five online sessions with IDA Ireland and the Irish Medtech Association.

----------------------------------------------------------------------
TEN YEARS IN NUMBERS
----------------------------------------------------------------------

Across nine summits and seven Supplier Days the cluster has welcomed about 2,900 delegates and
arranged more than 900 buyer-supplier meetings. Three things have changed along the way. The summit
started as a half-day seminar in a hotel function room and has become a conference with an exhibition
and, since 2037, a second day of visits. The Supplier Days moved from open networking to pre-booked
meetings, which buyers told us they prefer. And the audience has widened: about a quarter of summit
delegates now come from outside the Midlands, including visitors from Northern Ireland and from
partner clusters in Wales and the Basque Country.

Members who have photographs from the early editions (2030 to 2033) are asked to send them to the
events team for the anniversary exhibition at the 10th Summit.

----------------------------------------------------------------------
NEXT EDITIONS
----------------------------------------------------------------------

10th Summit - Mullingar, 9-10 March 2039. Call for speakers closes on 15 October 2038.
Supplier Day No. 8 - Birr, autumn 2038, date to be confirmed. Buyers who wish to take part can write to
events@mec.example.ie.

Note on the 10th edition: at the request of members, the summit returns to a two-day format. Day one is
the conference; day two offers site visits to member plants and a careers fair for students of TUS and the
Longford and Westmeath Education and Training Board. The board of the cluster confirmed the dates at
its meeting on Thursday, 14 October 2038.

----------------------------------------------------------------------
Contact
Events team: Orla Keane, Events and Communications Officer
events@mec.example.ie | +353 90 000 0000
Midlands Engineering Cluster CLG, Business Park, Athlone, Co. Westmeath

Follow us: LinkedIn | YouTube
(c) 2038 Midlands Engineering Cluster CLG | Privacy | Cookies | Accessibility statement
We use cookies to understand how visitors use this archive. Accept | Reject
"""
write(F, T)
S1='Midlands Manufacturing Summit'; S2='Supplier Days'
gold(F,
 [P("Niamh Ó Floinn","Chief Operating Officer","Creagh Precision Ltd"),
  P("Declan Moriarty",None,"University of Galway"),
  P("Sabine Kräuter","Head of Energy Management","Voith Paper GmbH"),
  P("Aoife Brennan-Kilroy","Director","SOLAS"),
  P("Ciarán Moylan","Supply Chain Manager","MEC"),
  P("Gráinne Fitzpatrick","Minister of State","Department of Enterprise, Trade and Employment"),
  P("Martin Keegan","cluster chair","MEC"),
  P("Orla Keane","Events and Communications Officer","Midlands Engineering Cluster")],
 [O("Midlands Engineering Cluster CLG","MEC"), O("Technological University of the Shannon","TUS"),
  O("Creagh Precision Ltd"), O("Offaly County Council"), O("University of Galway"), O("Voith Paper GmbH"),
  O("Westmeath County Council"), O("Mullingar Chamber of Commerce"), O("SOLAS"),
  O("Longford County Enterprise Board"), O("Abbott Ireland Diagnostics"), O("Kerry Ingredients"), O("Bord na Móna"),
  O("Enterprise Europe Network Ireland"), O("Medtronic Galway"), O("Alkermes Athlone"), O("Ericsson Ireland"),
  O("Department of Enterprise, Trade and Employment"), O("Allianz Industrie 4.0 Baden-Wurttemberg"),
  O("Keegan Fabrication Ltd"), O("IDA Ireland"), O("Irish Medtech Association"),
  O("Longford and Westmeath Education and Training Board"), O("Athlone Institute of Technology")],
 [E("9th Summit","2038-03-10",None,"Athlone","Ireland"),
  E("Summit dinner","2038-03-10",None,"Athlone","Ireland"),
  E("8th Summit","2037-03-25","2037-03-26","Tullamore","Ireland"),
  E("plant visits","2037-03-26",None,"Tullamore, Clara","Ireland"),
  E("7th Summit","2036-03-09",None,"Mullingar","Ireland"),
  E("6th Summit","2035-03-12",None,"Longford","Ireland"),
  E("5th Summit","2034",None,"Portlaoise","Ireland"),
  E("4th Summit","2033",None,"Birr","Ireland"),
  E("3rd Summit","2032",None,"Athlone","Ireland"),
  E("2nd Summit","2031",None,"Tullamore","Ireland"),
  E("1st Summit","2030",None,"Athlone","Ireland"),
  E("Supplier Day No. 7","2037-11-18",None,"Portlaoise","Ireland"),
  E("Supplier Day No. 6","2036-11-19",None,"Athlone","Ireland"),
  E("Supplier Day No. 5","2035",None,"Mullingar","Ireland"),
  E("Supplier Day No. 4","2034",None,"Longford","Ireland"),
  E("Supplier Day No. 3","2033",None,"Tullamore","Ireland"),
  E("Supplier Day No. 2","2032",None,"Birr","Ireland"),
  E("Supplier Day No. 1","2031",None,"Athlone","Ireland"),
  E("Cluster study visit to Baden-Wurttemberg","2036-06-03","2036-06-06",None,"Germany"),
  E('Webinar series "Selling to MedTech"',"2035-01","2035-03",None,None),
  E("10th Summit","2039-03-09","2039-03-10","Mullingar","Ireland"),
  E("site visits","2039-03-10",None,None,None),
  E("careers fair","2039-03-10",None,None,None),
  E("Supplier Day No. 8","2038",None,"Birr","Ireland"),
  E("board meeting","2038-10-14",None,None,None)],
 ["2030","2038-03-10","2037-03-25/2037-03-26","2036-03-09","2035-03-12","2034","2033","2032","2031",
  "2037-11-18","2036-11-19","2035","2036-06-03/2036-06-06","2035-01/2035-03","2039-03-09/2039-03-10","2038-10-15","2038","2038-10-14","2037","2030/2033"],
 [], None)
