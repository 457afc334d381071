from h import *
F = 'g01_northwest_agritech_newsletter-pdf.txt'
assert wd(2038,3,12)=='Friday' and wd(2038,4,23)=='Friday' and wd(2038,6,10)=='Thursday'
T = """AGRI-TECH NORTH WEST  |  Cluster Newsletter  |  Issue 14 – Spring 2038
Leitrim · Sligo · Donegal

In this issue
1  Word from the Chair
2  Members' corner
3  Looking back: the Spring Members' Day
4  Coming up
5  Who is who in the cluster office

1  WORD FROM THE CHAIR
Dear members, twelve months ago we had 58 companies on our list. This
spring we passed 80, and for the first time more than half of them are
farm-level technology firms rather than machinery dealers. That change
did not happen by itself. It came from the hard work of our small
office in Carrick-on-Shannon and from partners such as Atlantic Technological
University and the Western Development Commission (WDC), who
kept faith with a cluster that many people thought was too rural to
work.
– Máire Ní Fhloinn, Chair of the Board, Agri-Tech North West CLG

2  MEMBERS' CORNER
Grassometer Ltd, the Manorhamilton start-up that measures grass cover
with drones, has closed a seed round led by the Western Investment Fund.
Founder and CEO Declan McGettigan told the newsletter that the money
will pay for six new engineers in Sligo.
Lough Allen Dairy Co-operative Society Ltd has joined the cluster as its
first co-operative member; its General Manager, Siobhán O'Rourke-Keane,
now sits on the cluster's working group on data sharing.
Welcome also to Bia Glas Teoranta (Gweedore) and to the Dutch sensor
company AgroSens B.V., which opened a sales office in Ballymote in
January 2038.

AGRI-TECH NORTH WEST  |  Cluster Newsletter  |  Issue 14 – Spring 2038  |  page 2

3  LOOKING BACK: THE SPRING MEMBERS' DAY
More than 90 people came to the Spring Members' Day on Friday 12
March 2038 at The Landmark Hotel in Carrick-on-Shannon. The morning
opened with a keynote by Dr Henrik van der Bijl, Senior Policy Officer
at DG AGRI of the European Commission, on the data rules that will
apply to farm machinery from 2040. A round table on skills followed,
moderated by Aoife Brennan-Doyle of Leitrim County Council, with
speakers from Teagasc, ATU and two member companies.
In the afternoon members visited the dairy research farm of Teagasc
at Ballyhaise, where Paddy Gallagher, farm manager, showed the new
low-emission slurry system.
Key takeaways from the day, as summed up by the cluster office:
• Data from farm machines must follow the farmer, not the manufacturer
• Small firms need shared test fields before they can sell to co-ops
• Skills courses should be shorter, modular and held in the evening
• The cluster should speak with one voice to the county councils on
broadband in the uplands
The presentations are available in the members' area.

4  COMING UP
• Friday 23 April 2038, 10:00–13:00 – webinar "Selling agri-tech into
the Netherlands", with Enterprise Ireland and the Netherlands
Enterprise Agency (RVO); registra-
tion closes two days before
• 7–9 May 2038 – cluster stand at the National Ploughing Lab Days,
Athenry, Co. Galway (deadline for co-exhibitors: 16 April 2038)
• Thursday 10 June 2038 – Annual General Meeting of Agri-Tech North
West CLG, Sligo, followed by the summer barbecue
• 14–16 September 2038 – matchmaking mission to the Smart Farming
Week in Wageningen, organised together with the Dutch cluster Food
Valley NL (places for eight companies)
Our past missions took members to Aarhus (2035), Rennes (2036) and
Tartu (2037); reports are in the members' area.

AGRI-TECH NORTH WEST  |  Cluster Newsletter  |  Issue 14 – Spring 2038  |  page 3

5  WHO IS WHO IN THE CLUSTER OFFICE
Cluster Manager: Eoghan Mac Suibhne (since 2034)
Innovation Adviser: Dr Katarzyna Wróblewska-Hughes
Events and Communication: Niamh Feeney
Board: Máire Ní Fhloinn (Chair), Declan McGettigan
(Vice-Chair), Siobhán O'Rourke-Keane (Treasurer), Colm Ó Dálaigh
(Secretary), Prof. Ruairí Duignan (ATU)
The cluster office thanks the Department of Enterprise, Trade and
Employment for its support through the regional cluster scheme
2036–2039.

Agri-Tech North West CLG is a company limited by guarantee, registered
in Ireland. Registered office: The Hub, Summerhill, Carrick-on-Shannon,
Co. Leitrim. You receive this newsletter because you are a member or
partner of the cluster. To unsubscribe, reply with "unsub-
scribe" in the subject line.
AGRI-TECH NORTH WEST  |  Cluster Newsletter  |  Issue 14 – Spring 2038  |  page 4
"""
write(F, T)
A = "Agri-Tech North West CLG"
gold(F,
 [P("Máire Ní Fhloinn","Chair of the Board",A),
  P("Declan McGettigan","Vice-Chair",A),
  P("Siobhán O'Rourke-Keane","Treasurer",A),
  P("Henrik van der Bijl","Senior Policy Officer","DG AGRI"),
  P("Aoife Brennan-Doyle",None,"Leitrim County Council"),
  P("Paddy Gallagher","farm manager","Teagasc"),
  P("Eoghan Mac Suibhne","Cluster Manager",A),
  P("Katarzyna Wróblewska-Hughes","Innovation Adviser",A),
  P("Niamh Feeney","Events and Communication",A),
  P("Colm Ó Dálaigh","Secretary",A),
  P("Ruairí Duignan",None,"ATU")],
 [O(A), O("Atlantic Technological University","ATU"), O("Western Development Commission","WDC"),
  O("Grassometer Ltd"), O("Western Investment Fund"), O("Lough Allen Dairy Co-operative Society Ltd"),
  O("Bia Glas Teoranta"), O("AgroSens B.V."), O("DG AGRI"), O("European Commission"),
  O("Leitrim County Council"), O("Teagasc"), O("Enterprise Ireland"), O("Netherlands Enterprise Agency","RVO"),
  O("Food Valley NL"), O("Department of Enterprise, Trade and Employment")],
 [E("Spring Members' Day","2038-03-12",None,"Carrick-on-Shannon","Ireland"),
  E("visited the dairy research farm of Teagasc","2038-03-12",None,"Ballyhaise","Ireland"),
  E("Selling agri-tech into the Netherlands","2038-04-23",None,None,None),
  E("National Ploughing Lab Days","2038-05-07","2038-05-09","Athenry","Ireland"),
  E("Annual General Meeting of Agri-Tech North West CLG","2038-06-10",None,"Sligo","Ireland"),
  E("summer barbecue","2038-06-10",None,"Sligo","Ireland"),
  E("matchmaking mission to the Smart Farming Week in Wageningen","2038-09-14","2038-09-16","Wageningen","Netherlands"),
  E("Smart Farming Week","2038-09-14","2038-09-16","Wageningen","Netherlands"),
  E("mission","2035",None,"Aarhus","Denmark"), E("mission","2036",None,"Rennes","France"),
  E("mission","2037",None,"Tartu","Estonia")],
 ["2038","2038-01","2038-03-12","2040","2038-04-23","2038-05-07/2038-05-09","2038-04-16","2038-06-10",
  "2038-09-14/2038-09-16","2035","2036","2037","2034","2036/2039"],
 ["Data from farm machines must follow the farmer, not the manufacturer",
  "Small firms need shared test fields before they can sell to co-ops",
  "Skills courses should be shorter, modular and held in the evening",
  "The cluster should speak with one voice to the county councils on broadband in the uplands"],
 pub="2038")
