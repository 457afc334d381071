from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_eitfood_chelm_invitation.eml'
assert wd(2039,6,3)=='Friday' and wd(2039,6,16)=='Thursday' and wd(2039,6,17)=='Friday' and wd(2039,5,20)=='Friday' and wd(2039,6,6)=='Monday'
body = """Dear partners,

As promised at our last call, here is the invitation and the draft programme for the regional showcase of the GRAIN-HUB project in Chełm. Please forward it to the SMEs and farmers' groups you work with. Registration is open until Monday 6 June 2039.

Best regards,
Magdalena Kowalczyk
Project Coordinator, GRAIN-HUB
Lubelski Klaster Rolno-Spożywczy
ul. Lubelska 21, 22-100 Chełm, Poland
+48 82 000 00 00 | m.kowalczyk@lkrs.example.pl

----------------------------------------------------------------
INVITATION

GRAIN-HUB Regional Showcase: "From Field to Flour – Innovation in Eastern Poland's Cereal Chain"
Chełm, 16–17 June 2039

GRAIN-HUB is a two-year project supported by EIT Food under its Regional Innovation Scheme (RIS). It helps small mills, bakeries and grain cooperatives in the Lublin and Podlaskie regions to test new varieties, reduce energy use and reach new markets. Partners: Lubelski Klaster Rolno-Spożywczy (Poland, lead), Uniwersytet Przyrodniczy w Lublinie (Poland), Państwowa Akademia Nauk Stosowanych w Chełmie (Poland), Lithuanian Agri-Food Cluster "Žalgiris Grain" (Lithuania), and the Center for Innovation in Cereals, University of Novi Sad (Serbia).

Draft programme

Thursday 16 June 2039 – Państwowa Akademia Nauk Stosowanych w Chełmie, Auditorium A

10:00 Registration and coffee
10:30 Welcome – Prof. Tadeusz Nowosad, Rector of Państwowa Akademia Nauk Stosowanych w Chełmie; Agata Wiśniewska, Deputy Marshal of the Lubelskie Voivodeship
11:00 "Why the RIS matters for Eastern Poland" – Dr Elena Martínez Vidal, RIS Programme Lead, EIT Food
11:40 Results of the first pilot year – Magdalena Kowalczyk (Lubelski Klaster Rolno-Spożywczy) and Dr hab. Piotr Szymański, Uniwersytet Przyrodniczy w Lublinie
13:00 Lunch
14:00 "Ancient grains on Lithuanian farms" – Vaida Jankauskaitė, manager, Žalgiris Grain
14:40 Pitches of eight start-ups from the EIT Food RisingFoodStars network
16:30 B2B meetings with buyers (pre-booked)
19:00 Networking dinner at the Hotel Kamena

Friday 17 June 2039 – field day

08:30 Bus from the hotel
09:30 Visit to the demonstration fields of the Experimental Station in Uhrusk
12:00 Visit to Młyn Rejowiec, a family mill that installed a heat-recovery system with project support
14:30 Return to Chełm; end of the showcase

Practical information
Participation is free of charge; travel costs of SMEs from the two regions can be reimbursed up to EUR 150. Interpretation Polish–English will be provided on the first day. Places on the bus for the field day are limited to 45 and will be given in order of registration; please bring boots suitable for walking on the fields, as the weather in June can change quickly. Please register through the form on the project website by 6 June 2039.

Contact: Magdalena Kowalczyk, m.kowalczyk@lkrs.example.pl
----------------------------------------------------------------

-----Original Message-----
From: Elena Martínez Vidal <e.martinez@eitfood.example.eu>
Sent: Friday, 20 May 2039 09:14
To: Magdalena Kowalczyk <m.kowalczyk@lkrs.example.pl>
Cc: Jonas Petraitis <j.petraitis@zalgiris.example.lt>
Subject: RE: GRAIN-HUB showcase – date and speakers

Dear Magdalena,

Thank you for the update. I can confirm that I will be in Chełm on 16 June and am happy to give the opening talk; I will need to leave after lunch on the second day. Could you also invite a colleague from the EIT Food Hub in Warsaw? They are preparing the 2040 call and would benefit from meeting the mills.

One request: please make sure the project's mid-term report is uploaded before Friday 3 June, so that I can refer to the figures in my talk.

Kind regards,
Elena

Elena Martínez Vidal
RIS Programme Lead
EIT Food
"""
m = EmailMessage()
m['From'] = 'Magdalena Kowalczyk <m.kowalczyk@lkrs.example.pl>'
m['To'] = 'grainhub-partners@lkrs.example.pl'
m['Subject'] = 'Invitation: GRAIN-HUB Regional Showcase, Chełm, 16-17 June 2039'
m['Date'] = format_datetime(datetime.datetime(2039,5,24,14,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
L="Lubelski Klaster Rolno-Spożywczy"; PA="Państwowa Akademia Nauk Stosowanych w Chełmie"
gold(F,
 [P("Magdalena Kowalczyk","Project Coordinator",L),
  P("Tadeusz Nowosad","Rector",PA),
  P("Agata Wiśniewska","Deputy Marshal","Lubelskie Voivodeship"),
  P("Elena Martínez Vidal","RIS Programme Lead","EIT Food"),
  P("Piotr Szymański",None,"Uniwersytet Przyrodniczy w Lublinie"),
  P("Vaida Jankauskaitė","manager","Žalgiris Grain"),
  P("Jonas Petraitis",None,None)],
 [O(L), O("EIT Food"), O("Uniwersytet Przyrodniczy w Lublinie"), O(PA),
  O('Lithuanian Agri-Food Cluster "Žalgiris Grain"'), O("Center for Innovation in Cereals"), O("University of Novi Sad"),
  O("Lubelskie Voivodeship"), O("RisingFoodStars"), O("Experimental Station in Uhrusk"), O("Młyn Rejowiec"),
  O("EIT Food Hub in Warsaw")],
 [E("GRAIN-HUB Regional Showcase","2039-06-16","2039-06-17","Chełm","Poland"),
  E("B2B meetings","2039-06-16",None,"Chełm","Poland"),
  E("Networking dinner","2039-06-16",None,"Chełm","Poland"),
  E("field day","2039-06-17",None,None,"Poland"),
  E("Visit to the demonstration fields of the Experimental Station in Uhrusk","2039-06-17",None,"Uhrusk","Poland"),
  E("Visit to Młyn Rejowiec","2039-06-17",None,None,"Poland")],
 ["2039-06-06","2039-06-16/2039-06-17","2039-06-16","2039-06-17","2039-05-20","2039-06-03","2039-05-24","2040"],
 [], pub="2039-05-24")
