from h import *
from email.message import EmailMessage
F = 'kainuu_project_coordinator_meeting_dates.eml'
body = f'''Dear partners,

Thank you all for your quick replies. Below you find the confirmed dates for the coming months of the NORDWOOD-CIRC
project (Interreg Aurora) and the tasks agreed in our online call on {wd(2036,1,22)} 22 January 2036. Please check
the tasks marked with your organisation and let me know by {wd(2036,2,6)} 6 February 2036 if anything is not realistic.

CONFIRMED MEETINGS

1) Steering Group meeting (online, Teams)
   {wd(2036,2,19)} 19 February 2036, 13:00–15:00 (Finnish time)
   Chair: Riikka Heikkinen-Ojala (Kainuu Wood Cluster, Lead Partner)

2) Partner meeting and study visit, Kajaani
   {wd(2036,3,24)} 24 to {wd(2036,3,26)} 26 March 2036
   Venue: Kajaani University of Applied Sciences (KAMK), Ketunpolku 1
   Day 3: visits to the sawmill of Kuhmo Oy and the CLT plant of Puu-Kainuu Oy in Sotkamo

3) Workshop "Residual wood streams", Luleå
   {wd(2036,5,12)} 12 May 2036, hosted by Luleå University of Technology (LTU) and Norrbotten Wood Network
   Local contact: Dr. Johan Nyström, LTU

4) Final conference of the first project phase, Tromsø
   {wd(2036,9,16)} 16–{wd(2036,9,17)} 17 September 2036, hosted by the Arctic Timber Cluster Norway (ATCN)

TASKS AGREED ON 22 JANUARY

- Kainuu Wood Cluster (Lead Partner): send the draft agenda for Kajaani by 13 February; prepare the progress report
  for the Joint Secretariat, deadline 31 March 2036 (responsible: Antti Keränen).
- Kajaani University of Applied Sciences: finish the mapping of residual wood streams in Kainuu (WP2) by the end
  of April 2036; Prof. Mervi Tolonen will present first results in Kajaani.
- Norrbotten Wood Network: collect the case studies from Swedish members for the good-practice catalogue; first
  draft by 30 April 2036 (Sofia Lindgren-Pekkala).
- Arctic Timber Cluster Norway: draft the communication plan for the final conference and book the venue
  (Kristian Ødegård).
- Sámi Business Association Sápmi Ealáhus: propose two speakers for the Tromsø conference (Elle Márjá Somby).
- All partners: update the partner pages on the project website by 28 February 2036.

Two more points:
- The mid-term review of the programme takes place in autumn 2036. The Managing Authority, the Regional Council of
  Lapland, asks all projects to fill in a short survey on cross-border results; I will send the link separately.
- The Joint Secretariat has confirmed that our change request (budget shift of EUR 18,000 from WP4 to WP2) was
  approved on 15 January 2036.
- Our project officer at the Joint Secretariat is now Ms Helena Rautio; Mikael Sundqvist has moved to another
  programme.

Regarding Kristian's question about travel costs for the study visit: the Lead Partner covers bus transport on
day 3 and the dinner on 25 March; everything else is paid by each partner from its own travel budget.

Best regards,
Riikka

--
Riikka Heikkinen-Ojala
Project Coordinator, NORDWOOD-CIRC
Kainuu Wood Cluster / Kainuun Puuklusteri ry
Kauppakatu 1, 87100 Kajaani, Finland
+358 40 000 0000 · riikka.heikkinen-ojala@kainuuwood.example


-----Original Message-----
From: Kristian Ødegård <kristian@arctictimber.example>
Sent: {wd(2036,1,23)}, 23 January 2036 10:47
To: Riikka Heikkinen-Ojala <riikka.heikkinen-ojala@kainuuwood.example>
Cc: Sofia Lindgren-Pekkala <sofia.lp@norrbottenwood.example>
Subject: RE: NORDWOOD-CIRC dates and tasks after the call

Hi Riikka,

Thanks for the minutes. Tromsø on 16–17 September works for us, the Scandic hotel has confirmed a room for 120
people. Our managing director Ingrid Haugland will open the conference.

One question: does the project pay the bus and meals during the Kajaani visit, or should we budget them
ourselves? Our financial officer needs to know before our board meeting on 4 February.

Also, Sofia asked me to say that Norrbotten Wood Network would be happy to host the partner meeting in spring 2037.

Best,
Kristian

Kristian Ødegård
Senior Adviser, Arctic Timber Cluster Norway
Tromsø
'''
m = EmailMessage()
m['From'] = 'Riikka Heikkinen-Ojala <riikka.heikkinen-ojala@kainuuwood.example>'
m['To'] = 'nordwood-circ-partners@lists.example'
m['Cc'] = 'Antti Keränen <antti.keranen@kainuuwood.example>, Mervi Tolonen <mervi.tolonen@kamk.example>'
m['Subject'] = 'NORDWOOD-CIRC: confirmed meeting dates and tasks (Feb–Sep 2036)'
m['Date'] = 'Mon, 28 Jan 2036 14:32:00 +0200'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
KWC = 'Kainuu Wood Cluster'
gold(F,
 [P('Riikka Heikkinen-Ojala', 'Project Coordinator', KWC),
  P('Johan Nyström', 'Local contact', 'LTU'),
  P('Antti Keränen', None, KWC),
  P('Mervi Tolonen', None, 'Kajaani University of Applied Sciences'),
  P('Sofia Lindgren-Pekkala', None, 'Norrbotten Wood Network'),
  P('Kristian Ødegård', 'Senior Adviser', 'Arctic Timber Cluster Norway'),
  P('Elle Márjá Somby', None, 'Sámi Business Association Sápmi Ealáhus'),
  P('Helena Rautio', 'project officer', 'Joint Secretariat'),
  P('Mikael Sundqvist', None, None),
  P('Ingrid Haugland', 'managing director', 'Arctic Timber Cluster Norway')],
 [O('Kainuu Wood Cluster'), O('Kajaani University of Applied Sciences', 'KAMK'), O('Kuhmo Oy'), O('Puu-Kainuu Oy'),
  O('Luleå University of Technology', 'LTU'), O('Norrbotten Wood Network'), O('Arctic Timber Cluster Norway', 'ATCN'),
  O('Joint Secretariat'), O('Regional Council of Lapland'), O('Sámi Business Association Sápmi Ealáhus')],
 [E('online call', '2036-01-22', '2036-01-22', None, None),
  E('Steering Group meeting', '2036-02-19', '2036-02-19', None, None),
  E('Partner meeting and study visit', '2036-03-24', '2036-03-26', 'Kajaani', 'Finland'),
  E('Workshop "Residual wood streams"', '2036-05-12', '2036-05-12', 'Luleå', 'Sweden'),
  E('Final conference of the first project phase', '2036-09-16', '2036-09-17', 'Tromsø', 'Norway'),
  E('board meeting', '2036-02-04', '2036-02-04', None, None)],
 ['2036-01-22', '2036-02-06', '2036-02-19', '2036-03-24/2036-03-26', '2036-05-12', '2036-09-16/2036-09-17', '2036-02-13', '2036-03-31',
  '2036-04', '2036-04-30', '2036-02-28', '2036-01-15', '2036-03-25', '2036', '2036-01-23', '2036-01-28', '2036-02-04', '2037'], [], pub='2036-01-28')
