from h import *
F = 'g09_letterkenny_agrifood_hackathon.txt'
assert wd(2041,3,29)=='Friday' and wd(2041,3,30)=='Saturday' and wd(2041,3,31)=='Sunday' and wd(2041,3,15)=='Friday' and wd(2041,3,20)=='Wednesday'
T = """Skip to main content
North West Food & Drink Cluster   Home | About | Members | Programmes | Hackathon 2041 | News | Contact

HACK THE FARM GATE 2041
The North West agri-food hackathon
Friday 29 - Sunday 31 March 2041 | Atlantic Technological University, Letterkenny campus, Co. Donegal

[ Register your team ]   [ Become a mentor ]   [ Sponsor the hackathon ]

48 hours. 12 teams. Real data from real farms and food companies.

What is it?
Hack the Farm Gate is a weekend hackathon where students, developers, farmers, designers and food
scientists work in teams of three to five on challenges set by companies of the North West Food &
Drink Cluster. It is organised by the cluster with the Atlantic Technological University (ATU) and
Donegal County Council's Local Enterprise Office, with the support of the Western Development
Commission. This is the third edition: the first took place in Sligo in 2039, the second in Derry in
2040 together with Ulster University.

The challenges for 2041
 1. Milk to market - Donegal Creameries plc wants to predict daily milk intake per farm from weather and
    herd data, to plan tanker routes. Challenge owner: Seán McGettigan, Logistics Manager.
 2. Less waste in the bakery - Harvest Moon Bakeries Ltd asks for a tool that reduces unsold bread in
    rural shops. Challenge owner: Bríd Ní Bhaoill, Operations Director.
 3. Seaweed traceability - Atlantic Kelp Co-operative needs a simple way for harvesters to record
    harvesting areas and quantities offline. Challenge owner: Pádraig Gallagher, Chairperson.
 4. Open challenge - bring your own idea for the region's food system.

Schedule
Friday 29 March 2041
  17:00  Registration and team check-in, ATU main building
  18:00  Kick-off: welcome by Dr. Úna McBride, Head of School of Science, ATU, and by Cathal Doherty,
         Cluster Manager, North West Food & Drink Cluster
  18:45  Challenge pitches by the challenge owners
  19:30  Team formation and pizza
  20:00  Hacking starts (building open all night)
Saturday 30 March 2041
  09:00  Breakfast
  10:00  Mentor sessions (data, business model, design)
  13:00  Lunch
  16:00  Checkpoint presentations, 3 minutes per team
  19:00  Hackathon dinner and ceilí at the Station House Hotel
Sunday 31 March 2041
  12:00  Code freeze
  13:00  Final pitches, 5 minutes plus 3 minutes of questions
  15:30  Award ceremony and closing
  16:30  End

Jury
 - Mairéad Sweeney, Head of Innovation, Bord Bia
 - Dr. Ronan Kelly, Lecturer in Computing, ATU
 - Gráinne Ní Cholla, Investment Manager, Western Development Commission
 - Thomas Friel, dairy farmer and board member of the cluster
 - Lisa Hegarty, Senior Enterprise Development Officer, Local Enterprise Office Donegal

Mentors confirmed so far
Colm Bonner (Microsoft Ireland), Aisling Kerr (Teagasc), Eoin Boyle (Donegal Digital Hub),
Nadia Kowalski (Pobal), Róisín Mac Giolla Bhríde (UX designer, freelance)

Prizes
 - First prize: EUR 3,000 and a place in the ATU Innovation Hub's pre-accelerator
 - Second prize: EUR 1,500
 - Best student team: a study visit to the Food Valley in Wageningen, offered by the cluster
 - Challenge prizes: each challenge owner may award a paid pilot of up to EUR 5,000

Who can take part?
Anyone aged 18 or over. You do not need to code: teams with a farmer or a food scientist tend to win.
Participation is free and includes meals and a place to sleep in the sports hall (bring a sleeping
bag). Teams can register until Friday 15 March 2041; individuals without a team can register until
Wednesday 20 March 2041 and will be placed in a team on Friday evening.

Rules in short
 - All code must be written during the hackathon; open-source libraries are allowed.
 - Data provided by the challenge owners may be used only for the hackathon.
 - Teams keep the rights to their work.

FAQ
Is there parking? Yes, free parking at the campus.
Can I join online? No, Hack the Farm Gate is an on-site event.
Is there a Code of Conduct? Yes, read it here.

Questions? Contact Niamh Gallen, Programme Coordinator, hackathon@nwfdc.example.ie

Share this page: Facebook | LinkedIn | WhatsApp
(c) North West Food & Drink Cluster CLG, Port Road, Letterkenny, Co. Donegal. Privacy. Cookies.
"""
write(F, T)
NW="North West Food & Drink Cluster"; ATU="Atlantic Technological University"
gold(F,
 [P("Seán McGettigan","Logistics Manager","Donegal Creameries plc"),
  P("Bríd Ní Bhaoill","Operations Director","Harvest Moon Bakeries Ltd"),
  P("Pádraig Gallagher","Chairperson","Atlantic Kelp Co-operative"),
  P("Úna McBride","Head of School of Science","ATU"),
  P("Cathal Doherty","Cluster Manager",NW),
  P("Mairéad Sweeney","Head of Innovation","Bord Bia"),
  P("Ronan Kelly","Lecturer in Computing","ATU"),
  P("Gráinne Ní Cholla","Investment Manager","Western Development Commission"),
  P("Thomas Friel","board member",NW),
  P("Lisa Hegarty","Senior Enterprise Development Officer","Local Enterprise Office Donegal"),
  P("Colm Bonner",None,"Microsoft Ireland"), P("Aisling Kerr",None,"Teagasc"), P("Eoin Boyle",None,"Donegal Digital Hub"),
  P("Nadia Kowalski",None,"Pobal"), P("Róisín Mac Giolla Bhríde","UX designer",None),
  P("Niamh Gallen","Programme Coordinator",NW)],
 [O("North West Food & Drink Cluster CLG"), O(ATU,"ATU"), O("Donegal County Council"), O("Local Enterprise Office Donegal"),
  O("Western Development Commission"), O("Ulster University"), O("Donegal Creameries plc"), O("Harvest Moon Bakeries Ltd"),
  O("Atlantic Kelp Co-operative"), O("Bord Bia"), O("Microsoft Ireland"), O("Teagasc"), O("Donegal Digital Hub"), O("Pobal"),
  O("ATU Innovation Hub")],
 [E("Hack the Farm Gate 2041","2041-03-29","2041-03-31","Letterkenny","Ireland"),
  E("Hackathon dinner and ceilí","2041-03-30",None,"Letterkenny","Ireland"),
  E("Award ceremony","2041-03-31",None,"Letterkenny","Ireland"),
  E("Hack the Farm Gate (1st edition)","2039",None,"Sligo","Ireland"),
  E("Hack the Farm Gate (2nd edition)","2040",None,"Derry","United Kingdom")],
 ["2041-03-29/2041-03-31","2039","2040","2041","2041-03-29","2041-03-30","2041-03-31","2041-03-15","2041-03-20"],
 [], None)
