from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt
F='dalarna-metals-cluster-newsletter.eml'
NL=f'''Bergslagen Metals & Minerals Cluster – Members' newsletter no. 3/2035

Dear members,

spring has finally reached Falun, and with it a busy season for the cluster. In this issue: new faces in the team, the results of the members' survey, and the dates you need for the autumn.

NEW FACES IN THE TEAM

Since our last newsletter three new colleagues have joined the office in Falun and Borlänge:

* Dr. Henrik Öberg-Nilsson started on 2 May 2035 as Project Manager for Green Steel and Hydrogen. Henrik comes from Swerim AB in Luleå, where he led pilot trials on hydrogen direct reduction. He will coordinate the cluster's working group with SSAB Borlänge, Outokumpu Stainless AB in Avesta and the Dalarna University.
* Aleksandra Nowak-Lindberg joined on 15 April 2035 as Skills and Talent Coordinator. She previously worked at Arbetsförmedlingen in Borlänge and will run our programme with the upper secondary schools and the vocational college Yrkeshögskolan Dalarna.
* Mikael Persson is our new Communications Officer from 1 June 2035. Mikael was a reporter at the local newspaper Dalarnas Tidningar for eight years. You will find him behind this newsletter from the next issue.

We also say goodbye: Karin Wessman, who built up our export services since 2029, has moved to Business Sweden in Stockholm as Trade Commissioner for the Nordic and Baltic countries. We thank her warmly and wish her every success. Her tasks are taken over by Johan Ekdahl, Head of International Cooperation.

And a change at the top of the board: at the annual meeting on {wd(2035,4,24)} 24 April 2035 the members elected Ulrika Sjöberg (CEO, Falu Gruvteknik AB) as new chair of the board. She succeeds Bengt Alm of Stora Kopparbergs Bergslags Ingenjörer AB, who chaired the board from 2029 to 2035 and remains a board member. Lena Karlsson-Zetterberg (Region Dalarna) was re-elected vice-chair.

RESULTS OF THE MEMBERS' SURVEY

Sixty-two of our 118 members answered the survey in March. Most of you asked for more help with permits for new plants, with finding skilled staff and with EU funding. The board has decided to set up a permit help desk together with Länsstyrelsen Dalarna from September.

DATES FOR THE AUTUMN

- {wd(2035,9,10)} 10 September 2035: Members' breakfast on hydrogen logistics, Borlänge, 8:00–9:30
- 24–25 September 2035: Bergslagen Mining and Metals Days, Falun (Lugnet conference centre), with a site visit to the Falun copper mine on 25 September
- {wd(2035,10,16)} 16 October 2035: Webinar "Horizon Europe calls for raw materials", 10:00–11:30, with the National Contact Point at Vinnova
- 19–21 November 2035: Joint stand at the Elmia Subcontractor fair in Jönköping

Register at www.bergslagenmetals.se/events.

Best regards,
Anna-Karin Hedlund
Cluster Manager
Bergslagen Metals & Minerals Cluster ek. för.
Slaggatan 12, 791 71 Falun · +46 23 555 80 10
www.bergslagenmetals.se

You receive this newsletter as a contact person of a member organisation. Unsubscribe | Update your details
'''
body='Hi Tomas,\n\nforwarding the cluster newsletter, see the part about Henrik Öberg-Nilsson: he would be the right person for our hydrogen pilot. Could you get in touch before the Mining and Metals Days? I will be at the breakfast in Borlänge on 10 September, so we could also meet there.\n\n/Sara\n\n--\nSara Lindgren\nHead of R&D\nDalaHärd Industri AB\nTel. +46 243 555 120\n\n'
q='\n'.join(('> '+l) if l else '>' for l in NL.split('\n'))
body+=f'---------- Forwarded message ----------\nFrom: Bergslagen Metals & Minerals Cluster <newsletter@bergslagenmetals.se>\nDate: {wd(2035,6,4)}, 4 June 2035 09:12\nSubject: Newsletter 3/2035 – new faces, survey results, autumn dates\nTo: sara.lindgren@dalahard.se\n\n'+q+'\n'
m=EmailMessage()
m['From']='Sara Lindgren <sara.lindgren@dalahard.se>'
m['To']='Tomas Wikström <tomas.wikstrom@dalahard.se>'
m['Subject']='Fwd: Newsletter 3/2035 – new faces, survey results, autumn dates'
m['Date']=format_datetime(dt.datetime(2035,6,5,8,47,tzinfo=dt.timezone(dt.timedelta(hours=2))))
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
C='Bergslagen Metals & Minerals Cluster ek. för.'
gold(F,[P('Tomas Wikström',None,None),P('Sara Lindgren','Head of R&D','DalaHärd Industri AB'),
 P('Henrik Öberg-Nilsson','Project Manager for Green Steel and Hydrogen',C),P('Aleksandra Nowak-Lindberg','Skills and Talent Coordinator',C),
 P('Mikael Persson','Communications Officer',C),P('Karin Wessman','Trade Commissioner for the Nordic and Baltic countries','Business Sweden'),
 P('Johan Ekdahl','Head of International Cooperation',C),P('Ulrika Sjöberg','chair of the board',C),P('Bengt Alm','board member',C),
 P('Lena Karlsson-Zetterberg','vice-chair',C),P('Anna-Karin Hedlund','Cluster Manager',C)],
 [O(C),O('DalaHärd Industri AB'),O('Swerim AB'),O('SSAB Borlänge'),O('Outokumpu Stainless AB'),O('Dalarna University'),
  O('Arbetsförmedlingen'),O('Yrkeshögskolan Dalarna'),O('Dalarnas Tidningar'),O('Business Sweden'),O('Falu Gruvteknik AB'),O('Stora Kopparbergs Bergslags Ingenjörer AB'),
  O('Region Dalarna'),O('Länsstyrelsen Dalarna'),O('Vinnova')],
 [E('annual meeting','2035-04-24','2035-04-24',None,None),E("Members' breakfast on hydrogen logistics",'2035-09-10','2035-09-10','Borlänge','Sweden'),
  E('Bergslagen Mining and Metals Days','2035-09-24','2035-09-25','Falun','Sweden'),E('site visit to the Falun copper mine','2035-09-25','2035-09-25','Falun','Sweden'),
  E('Webinar "Horizon Europe calls for raw materials"','2035-10-16','2035-10-16',None,None),E('Elmia Subcontractor fair','2035-11-19','2035-11-21','Jönköping','Sweden')],
 ['2035-06-05','2035-06-04','2035-05-02','2035-04-15','2035-06-01','2029','2035-04-24','2029/2035','2035-03','2035-09','2035-09-10','2035-09-24/2035-09-25','2035-09-25','2035-10-16','2035-11-19/2035-11-21'],pub='2035-06-05')
