from h import *
import email.message, email.utils
F = 'g05_tipperary_agritech_email_newsletter.eml'
assert wd(2039,11,6)=='Sunday'
assert wd(2039,11,23)=='Wednesday' and wd(2039,12,1)=='Thursday' and wd(2040,1,26)=='Thursday' and wd(2039,10,19)=='Wednesday'
BODY = """View this email in your browser

TIPPERARY AGRI-TECH CLUSTER
Members' Newsletter | November 2039 | Issue 58

In this issue: Message from the CEO · New members · People · Dates for your diary · Event report · Brussels
briefing · Dairy automation survey · Opportunities · Member voice

----------------------------------------------------------------------
MESSAGE FROM THE CEO
----------------------------------------------------------------------
Dear members,

It has been a busy autumn. Our stand at the National Ploughing Championships was visited by more than 3,000
people, and four of our members signed distribution deals on the spot. At the same time, milk prices have fallen
for the third month in a row, and I know that several of you are postponing investment decisions. The board
discussed this at length in October. We have decided to keep membership fees frozen for 2040 and to use our
reserves to co-fund trade missions for smaller members.
Details of the mission support scheme will be sent to all members in a separate e-mail before Christmas.

One more thing: the cluster turns ten next year. If you have photos from the early days in the old creamery
at Thurles, please send them to Orla – we are planning an exhibition for the anniversary.

Warm regards,
Eamon Fitzgerald-Ryan
Chief Executive Officer

----------------------------------------------------------------------
NEW MEMBERS
----------------------------------------------------------------------
A warm welcome to:
* Suir Valley Sensors Ltd, Cahir – soil moisture probes and farm IoT
* Galtee Robotics DAC, Mitchelstown – automated feed pushers
* Knockgraffon Farm Energy CLG, Cashel – a community anaerobic digestion co-operative
* Technological University of the Shannon (TUS), Thurles campus – as an academic member

Member investment: Clonmel Milking Systems Ltd has broken ground on a EUR 5.6 million assembly plant at
Carrigeen Business Park. Production is due to start in the third quarter of 2040 with 45 new jobs.

----------------------------------------------------------------------
PEOPLE
----------------------------------------------------------------------
* Siobhra Kennedy has joined the cluster as Innovation Manager. She was previously with Teagasc at Moorepark.
* Dr Fiachra Ó Murchú has been elected chair of the cluster's Research Committee.
* After 22 years, Michael "Mick" Hogan retires as managing director of Clonmel Milking Systems Ltd. His daughter,
  Ciara Hogan, takes over on 1 January 2040.
* Tipperary County Council has appointed Bernadette Walsh as Head of Enterprise; she will sit on our board as
  the council's nominee.

----------------------------------------------------------------------
DATES FOR YOUR DIARY
----------------------------------------------------------------------
Wed 23 November 2039, 10:00-13:00
  Precision Dairy Workshop: what the data really tells you
  Venue: TUS Thurles campus, Nenagh Road
  Speakers: Dr Fiachra Ó Murchú (TUS), Lars Vinding Holm (SEGES Innovation, Denmark)
  Free for members; register by 18 November

Thu 1 December 2039, 18:30
  Christmas networking evening, Hotel Minella, Clonmel
  EUR 35 per person, includes dinner

Thu 26 January 2040, 09:00-17:00
  Agri-Tech Investor Day, Limerick
  Pitch applications close 5 January 2040

----------------------------------------------------------------------
EVENT REPORT: FARM ENERGY DAY
----------------------------------------------------------------------
On Wednesday 19 October 2039, 164 farmers and 21 exhibitors came to the Farm Energy Day at the Knockgraffon
digester site near Cashel. Minister of State Declan Furlong opened the day and announced a new pilot for
on-farm battery storage. The most visited session was the panel on grid connections chaired by Aisling Treacy of
the Sustainable Energy Authority of Ireland (SEAI).

----------------------------------------------------------------------
BRUSSELS BRIEFING
----------------------------------------------------------------------
The European Commission's Directorate-General for Agriculture and Rural Development has opened a consultation on
digital farming data spaces, open until 15 January 2040. Through Cluster Ireland, the national cluster association,
we will submit a joint response; please send your comments to Siobhra by 10 December 2039. Separately, the
European Cluster Collaboration Platform has listed our cluster among the 30 "bronze-labelled" agri-food clusters
renewed this year.

----------------------------------------------------------------------
SURVEY: DAIRY AUTOMATION IN TIPPERARY
----------------------------------------------------------------------
Our survey of 212 dairy farmers, run with Tipperary County Council's Local Enterprise Office, is now published.
Key findings:
- 37% of farms with more than 100 cows already use at least one robot
- Broadband quality is the most common reason for not automating
- Farmers trust advice from neighbours more than advice from suppliers
- Half of the farmers under 40 plan to invest before 2042

Full report (PDF, 28 pages) in the members' area.

----------------------------------------------------------------------
OPPORTUNITIES
----------------------------------------------------------------------
* Enterprise Ireland Agile Innovation Fund: rolling call, up to EUR 300,000 per project.
* Cluster internship: Galtee Robotics DAC is looking for an engineering intern from March 2040 for six
  months. Contact Tomás Ryan, tomas.ryan@galtee-robotics.example.ie.

----------------------------------------------------------------------
MEMBER VOICE
----------------------------------------------------------------------
"We came for the networking breakfast and left with a pilot farm and a university partner."
- Nuala Brophy, co-founder, Suir Valley Sensors Ltd

----------------------------------------------------------------------
Tipperary Agri-Tech Cluster CLG | Unit 4, Thurles Technology Park, Thurles, Co. Tipperary E41 X000
Registered in Ireland, Company No. 000000 | Contact: Orla Kiely-Hayes, Communications Officer
You are receiving this e-mail as a member contact. Unsubscribe | Update your preferences
"""
msg = email.message.EmailMessage()
msg['From'] = 'Tipperary Agri-Tech Cluster <news@tipperaryagritech.example.ie>'
msg['To'] = 'members@tipperaryagritech.example.ie'
msg['Subject'] = 'Members\' Newsletter November 2039 - Precision Dairy Workshop, new members, survey results'
msg['Date'] = 'Thu, 03 Nov 2039 08:15:00 +0000'
assert wd(2039,11,3)=='Thursday'
msg.set_content(BODY)
open(path(F),'wb').write(bytes(msg))
TC="Tipperary Agri-Tech Cluster"
gold(F,
 [P("Eamon Fitzgerald-Ryan","Chief Executive Officer",TC),
  P("Siobhra Kennedy","Innovation Manager",TC),
  P("Fiachra Ó Murchú","chair",TC),
  P('Michael "Mick" Hogan',"managing director","Clonmel Milking Systems Ltd"),
  P("Ciara Hogan",None,"Clonmel Milking Systems Ltd"),
  P("Bernadette Walsh","Head of Enterprise","Tipperary County Council"),
  P("Lars Vinding Holm",None,"SEGES Innovation"),
  P("Declan Furlong","Minister of State",None),
  P("Aisling Treacy",None,"Sustainable Energy Authority of Ireland"),
  P("Tomás Ryan",None,"Galtee Robotics DAC"),
  P("Nuala Brophy","co-founder","Suir Valley Sensors Ltd"),
  P("Orla Kiely-Hayes","Communications Officer",TC)],
 [O("Tipperary Agri-Tech Cluster CLG"), O("Suir Valley Sensors Ltd"), O("Galtee Robotics DAC"),
  O("Knockgraffon Farm Energy CLG"), O("Technological University of the Shannon","TUS"),
  O("Clonmel Milking Systems Ltd"), O("Teagasc"), O("Tipperary County Council"), O("SEGES Innovation"),
  O("Sustainable Energy Authority of Ireland","SEAI"), O("European Commission"),
  O("Directorate-General for Agriculture and Rural Development"), O("Cluster Ireland"),
  O("European Cluster Collaboration Platform"), O("Local Enterprise Office"), O("Enterprise Ireland")],
 [E("National Ploughing Championships",None,None,None,None),
  E("Precision Dairy Workshop","2039-11-23",None,"Thurles","Ireland"),
  E("Christmas networking evening","2039-12-01",None,"Clonmel","Ireland"),
  E("Agri-Tech Investor Day","2040-01-26",None,"Limerick","Ireland"),
  E("Farm Energy Day","2039-10-19",None,"Cashel","Ireland")],
 ["2039-11","2039-11-03","2040","2039-10","2040-01-01","2039-11-23","2039-11-18","2039-12-01","2040-01-26","2040-01-05",
  "2039-10-19","2040-01-15","2039-12-10","2042","2040-03"],
 ["37% of farms with more than 100 cows already use at least one robot",
  "Broadband quality is the most common reason for not automating",
  "Farmers trust advice from neighbours more than advice from suppliers",
  "Half of the farmers under 40 plan to invest before 2042"], "2039-11-03")
