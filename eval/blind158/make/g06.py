from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g06_novo_mesto_automotive_matchmaking.eml'
assert wd(2041,3,14)=='Thursday' and wd(2041,3,13)=='Wednesday' and wd(2041,1,29)=='Tuesday' and wd(2041,2,28)=='Thursday'
body = """Dear members and friends of the cluster,

We are pleased to invite you to the Dolenjska Automotive Matchmaking 2041, which will take place on Thursday 14 March 2041 at the Rudolfovo Science and Technology Centre in Novo mesto, Slovenia.

The event is organised by the Automotive Cluster of Slovenia (ACS) together with the Chamber of Commerce and Industry of Dolenjska and Bela krajina and the Enterprise Europe Network Slovenia. It is the fourth edition of our matchmaking day for suppliers of the automotive and electric mobility industries, and the first one held in Novo mesto.

Why take part?
Last year in Celje, 118 companies from nine countries held 410 pre-arranged meetings. This year we expect purchasing teams from Revoz d.d., Hella Saturnus Slovenija and two German tier-1 suppliers, as well as clusters from Croatia, Austria and Hungary.

Draft agenda – Thursday 14 March 2041
08:30 Registration and coffee
09:15 Welcome: Gregor Kovačič, Mayor of Novo mesto, and Dr Tanja Mohorič, managing director of the Automotive Cluster of Slovenia
09:45 Keynote "Battery supply chains in Central Europe after 2040" – Stefan Weinzierl, AC Styria Mobilitätscluster GmbH (Austria)
10:30 – 16:30 B2B meetings (30 minutes each), in parallel:
11:00 Company visit to Revoz d.d. (limited to 40 participants, first come, first served)
14:00 Workshop "Public funding for e-mobility projects" with SPIRIT Slovenia
17:00 Networking reception

On the evening before, Wednesday 13 March 2041, at 19:00 there will be an informal dinner for international guests at Gostilna Loka on the bank of the Krka river (registration required).

Registration for the B2B meetings is open until Thursday 28 February 2041 on the event website. Participation is free of charge for members of the cluster; non-members pay 90 EUR.

Accommodation: a limited number of rooms has been reserved at Hotel Krka and Hotel Situla in the town centre at a reduced rate until 1 March 2041; please mention the cluster when booking. Novo mesto can be reached by train from Ljubljana in about 90 minutes, and a shuttle bus will run from the station to the venue in the morning.

If you have questions, do not hesitate to contact me.

Best regards,

Maja Zupančič
Project Manager | International Cooperation
Automotive Cluster of Slovenia – ACS
Dunajska cesta 156, 1000 Ljubljana
T +386 1 000 00 00 | maja.zupancic@acs-slovenia.example.si

-------- Forwarded message --------
From: Tanja Mohorič <tanja.mohoric@acs-slovenia.example.si>
Date: Tue, 29 Jan 2041 at 16:42
Subject: Re: Matchmaking 2041 – venue
To: Maja Zupančič <maja.zupancic@acs-slovenia.example.si>

Maja,

thank you, Rudolfovo is fine with me. Please also invite the Croatian Automotive Cluster (HKAI) – I met their director, Ivan Barić, at the cluster conference in Zagreb and he wants to bring a group.

Lessons learnt from last year's evaluation, to keep in mind:
> - publish the list of buyers at least three weeks before the event, otherwise companies do not book
> - keep meetings to 30 minutes; the 20-minute slots in Celje were too short
> - send the final meeting schedule the day before, not on the morning

Tanja

> On 28 Jan 2041, Maja Zupančič wrote:
> Dear Tanja, attached is the offer from Rudolfovo for 14 March. The hall has room for 60 tables. Shall I confirm?
"""
m = EmailMessage()
m['From'] = 'Maja Zupančič <maja.zupancic@acs-slovenia.example.si>'
m['To'] = 'members@acs-slovenia.example.si'
m['Subject'] = 'Invitation: Dolenjska Automotive Matchmaking 2041, Novo mesto, 14 March'
m['Date'] = format_datetime(datetime.datetime(2041,2,4,9,30,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A="Automotive Cluster of Slovenia"
gold(F,
 [P("Gregor Kovačič","Mayor of Novo mesto",None), P("Tanja Mohorič","managing director",A),
  P("Stefan Weinzierl",None,"AC Styria Mobilitätscluster GmbH"),
  P("Maja Zupančič","Project Manager",A), P("Ivan Barić","director","Croatian Automotive Cluster")],
 [O(A,"ACS"), O("Chamber of Commerce and Industry of Dolenjska and Bela krajina"), O("Enterprise Europe Network Slovenia"),
  O("Revoz d.d."), O("Hella Saturnus Slovenija"), O("AC Styria Mobilitätscluster GmbH"), O("SPIRIT Slovenia"),
  O("Croatian Automotive Cluster","HKAI")],
 [E("Dolenjska Automotive Matchmaking 2041","2041-03-14",None,"Novo mesto","Slovenia"),
  E("B2B meetings","2041-03-14",None,"Novo mesto","Slovenia"),
  E("Company visit to Revoz d.d.","2041-03-14",None,"Novo mesto","Slovenia"),
  E('Workshop "Public funding for e-mobility projects"',"2041-03-14",None,"Novo mesto","Slovenia"),
  E("Networking reception","2041-03-14",None,"Novo mesto","Slovenia"),
  E("informal dinner for international guests","2041-03-13",None,"Novo mesto","Slovenia"),
  E("matchmaking day",None,None,"Celje","Slovenia"),
  E("cluster conference",None,None,"Zagreb","Croatia")],
 ["2041-03-14","2041-03-13","2041-02-28","2041-01-29","2041-01-28","2041-02-04","2041-03-01"],
 ["publish the list of buyers at least three weeks before the event, otherwise companies do not book",
  "keep meetings to 30 minutes; the 20-minute slots in Celje were too short",
  "send the final meeting schedule the day before, not on the morning"],
 pub="2041-02-04")
