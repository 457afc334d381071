import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g01.txt'
team = [
 ('Aoife Cunningham', 'Cluster Manager', 'Leads the cluster since its relaunch in 2036; previously ran the medical device supplier programme at the Western Development Commission. Aoife chairs the internal management meeting every Monday and represents the cluster in the Irish Cluster Managers Forum.'),
 ('Ciarán Mac Donncha', 'Deputy Cluster Manager', 'Responsible for members, finance and the annual work plan. Ciarán joined from ATU Galway-Mayo, where he coordinated industry placements for engineering students for eight years.'),
 ('Niamh Fennelly', 'Innovation Project Officer', 'Runs the collaborative R&D pipeline, the feasibility voucher scheme and the link with the university technology transfer offices. Background in biomedical engineering (PhD, University of Galway).'),
 ('Tomasz Wierzbicki', 'Internationalisation Lead', 'Looks after the European partnerships of the cluster, including the Interreg Atlantic Area partnership and the visits of partner clusters. Speaks Polish, English and German.'),
 ('Sinéad Ó Faoláin', 'Skills and Talent Coordinator', 'Coordinates the apprenticeship taskforce with Galway and Roscommon Education and Training Board (GRETB) and the graduate fair held each spring.'),
 ('Declan Hession', 'Communications Officer', 'Edits the monthly members bulletin, the website and the social channels; photographs most of our events himself.'),
 ('Laura Brogan', 'Office and Events Administrator', 'First point of contact for members, invoices and room bookings at the Atlantic Technology Hub.'),
]
board = [('Brendan Kilkelly', 'Chair', 'Corrib Precision Moulding Ltd'),
         ('Dr. Róisín Tierney', 'Vice-Chair', 'University of Galway'),
         ('Gareth Molloy', 'Treasurer', 'Medvale Components DAC')]
t = """Skip to main content
Home | About | Members | Projects | Events | News | Team | Contact
This site uses cookies to measure traffic. Accept all | Reject | Settings

WEST OF IRELAND MEDTECH CLUSTER (WIMC)
Our team

The West of Ireland MedTech Cluster is a not-for-profit membership organisation hosted by the Atlantic Technology Hub in Galway. The cluster brings together 86 medical technology companies, their suppliers, two universities and the regional development agencies of Connacht. The executive team below works for all members; the board is elected by the members at the annual general meeting.

Page updated: 14 March 2039

--- Executive team ---
"""
for n, r, bio in team:
    t += f"\n[photo]\n{n}\n{r}\n{bio}\nE: {n.split()[0].lower()}@wimc.ie | LinkedIn\n"
t += """
--- Board of directors (2038–2041 term) ---
"""
for n, r, o in board:
    t += f"{n} – {r} ({o})\n"
t += """Ordinary directors: Padraig Noone (Enterprise Ireland), Maeve Costello (Galway County Council), Joachim Reutter (Hauser Medical Ireland Ltd)

--- Join us ---
We are recruiting! A Data and Digital Health Officer will join the team in summer 2039 (fixed-term contract until 31 December 2041, funded under the regional Smart Specialisation call). Closing date for applications: 4 April 2039. The job description is available on the Careers page.

--- Meet the team in person ---
The whole team will be at the Members' Day on """ + day(2039,4,24) + """ 24 April 2039 at the Galmont Hotel, Galway (09:30–16:00). Agenda:
09:30 Registration and coffee
10:00 Welcome – Brendan Kilkelly, Chair
10:15 The cluster in 2038: results and accounts – Ciarán Mac Donncha
11:00 Panel: hiring engineers in the West – Sinéad Ó Faoláin with three member HR managers
12:30 Lunch
14:00 Speed meetings between members and the University of Galway research groups
16:00 Close

--- From the news archive ---
> 02.02.2039 Farewell to Orla Dempsey, our first cluster manager, who retires after twelve years
> 18.11.2038 Tomasz Wierzbicki joins as Internationalisation Lead
> 07.10.2038 WIMC renews its Gold Label of the European Cluster Excellence Initiative (ECEI)

Photos: Declan Hession / WIMC
Share: Facebook | X | LinkedIn | E-mail

West of Ireland MedTech Cluster CLG · Atlantic Technology Hub, Dublin Road, Galway H91 XK2P · +353 91 555 0190 · info@wimc.ie
Privacy | Accessibility | Cookie policy | © 2039 WIMC
"""
write(F, t)
people = [P(n, r, 'West of Ireland MedTech Cluster') for n, r, _ in team]
people += [P('Brendan Kilkelly', 'Chair', 'West of Ireland MedTech Cluster'), P('Róisín Tierney', 'Vice-Chair', 'West of Ireland MedTech Cluster'),
           P('Gareth Molloy', 'Treasurer', 'West of Ireland MedTech Cluster'),
           P('Padraig Noone', 'Ordinary director', 'West of Ireland MedTech Cluster'), P('Maeve Costello', 'Ordinary director', 'West of Ireland MedTech Cluster'),
           P('Joachim Reutter', 'Ordinary director', 'West of Ireland MedTech Cluster'), P('Orla Dempsey', 'cluster manager', 'West of Ireland MedTech Cluster')]
people[0]['role'] = 'Cluster Manager'
orgs = [O('West of Ireland MedTech Cluster', 'WIMC'), O('Atlantic Technology Hub'), O('Western Development Commission'),
        O('Irish Cluster Managers Forum'), O('ATU Galway-Mayo'), O('University of Galway'),
        O('Galway and Roscommon Education and Training Board', 'GRETB'), O('Corrib Precision Moulding Ltd'),
        O('Medvale Components DAC'), O('Enterprise Ireland'), O('Galway County Council'), O('Hauser Medical Ireland Ltd'),
        O('European Cluster Excellence Initiative', 'ECEI')]
events = [E("Members' Day", '2039-04-24', None, 'Galway', 'Ireland'), E('Speed meetings', '2039-04-24', None, 'Galway', 'Ireland')]
dates = ['2036', '2039-03-14', '2038/2041', '2039', '2041-12-31', '2039-04-04', '2039-04-24', '2039-02-02', '2038-11-18', '2038-10-07', '2038']
gold(F, people, orgs, events, dates, [], pub='2039-03-14')
