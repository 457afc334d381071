from h import *
from email.message import EmailMessage
F = 'brittany-marine-biotech-members-newsletter-2035-09.eml'
body = f"""BLUEBIO BRETAGNE – MEMBERS' NEWSLETTER No. 41 – September 2035
(If this message does not display correctly, read it online.)

Dear members,

After a busy summer, here is our news for the autumn: a new board member, three new members, good news from our companies and the dates you should keep free. As always, send your news for the next issue to Gwenaëlle by 20 October.

Yann Le Goff
Cluster manager, BlueBio Bretagne

----------------------------------------------------------------
1. CLUSTER NEWS
----------------------------------------------------------------

NEW BOARD MEMBER. At its meeting in Roscoff on {wd(2035,9,4)} 4 September 2035, the Board of BlueBio Bretagne co-opted Dr. Soizic Kerhervé-Lannuzel, R&D director of Algolia Marine SAS (Concarneau), to replace Bernard Quéméner, who has retired from Biomer Armor SA after 31 years. Our President, Prof. Annick Le Bihan-Morvan, thanked Bernard for his work since the founding of the cluster in 2024, in particular as chair of the alginates working group.

WELCOME TO OUR NEW MEMBERS. The Board approved three applications:
  - Kelp Atlantic SAS, Lorient – seaweed farming and processing (contact: Tangi Riou, CEO)
  - Laboratoire MicroAlg'Ouest, Université de Bretagne Occidentale, Brest (contact: Dr. Ewen Guivarc'h)
  - NordBlue Ingredients A/S, Hirtshals, Denmark – our first Danish member (contact: Mette Skovgaard Holm)
BlueBio Bretagne now has 96 members.

CLUSTER EXCELLENCE. We have passed the ECEI Gold Label assessment! The benchmarker, Dr. Klaus-Dieter Brenner of the European Secretariat for Cluster Analysis, visited us on 24–25 June. The full report will be presented at the general assembly.

----------------------------------------------------------------
2. MEMBERS' NEWS
----------------------------------------------------------------

* Algolia Marine SAS has opened a new extraction line for fucoidans in Concarneau, creating 18 jobs.
* Biomer Armor SA and the Station Biologique de Roscoff have signed a five-year research agreement on marine enzymes.
* Breizh Collagène SARL (Douarnenez) won the Innovation Prize of the Région Bretagne at the Breizh Bio Days in June.
* The start-up Océalis, founded by two PhD graduates of Ifremer, has raised EUR 2.4 million from the fund Bretagne Participations.

----------------------------------------------------------------
3. DATES FOR YOUR DIARY
----------------------------------------------------------------

* {wd(2035,10,9)} 9 October 2035, 14:00–16:00 – Webinar "Novel food authorisation for algae: what changes in 2036", with Maître Aurélie Cariou, lawyer, and Dr. Pieter van Houten of the Dutch North Sea Farmers association.
* {wd(2035,11,5)} 5 – {wd(2035,11,6)} 6 November 2035 – Blue Biotech Forum, Brest (Le Quartz). Day 1: conference and poster session; 19:30 forum dinner at the Océanopolis aquarium. Day 2: B2B meetings and site visits to Algolia Marine and Kelp Atlantic.
* {wd(2035,12,11)} 11 December 2035 – General assembly of BlueBio Bretagne, Quimper, 10:00.

----------------------------------------------------------------
4. FROM THE MAILBOX
----------------------------------------------------------------

Several of you asked about the joint stand at Seagriculture EU. Here is the reply our international officer sent last week:

> From: Gwenaëlle Tanguy <g.tanguy@bluebio-bretagne.fr>
> Sent: Monday, 8 September 2035 11:42
> Subject: Re: Joint stand Seagriculture EU 2036
>
> Dear Tangi,
> Thank you for your interest. The Seagriculture EU conference will take place in Trondheim on 9–10 June 2036. We have pre-booked a 36 m² stand for up to eight members, co-financed by Bretagne Commerce International. Please confirm by 15 October. Costs per member: EUR 1,900 excl. VAT.
> Best regards,
> Gwenaëlle
>
>> From: Tangi Riou <tangi@kelpatlantic.bzh>
>> Sent: Friday, 5 September 2035 16:05
>> Subject: Joint stand Seagriculture EU 2036
>>
>> Hello, is there a BlueBio stand at Seagriculture next year? Kelp Atlantic would like to join.
>> Tangi

So far five members have confirmed. There is room for three more.

----------------------------------------------------------------

BlueBio Bretagne – Association loi 1901
Technopôle Brest-Iroise, 40 rue Jim Sévellec, 29200 Brest
Gwenaëlle Tanguy, international officer and newsletter editor · +33 2 98 05 44 17
You receive this newsletter as a contact person of a member organisation. Unsubscribe | Update your details
"""
m = EmailMessage()
m['From'] = 'BlueBio Bretagne <newsletter@bluebio-bretagne.fr>'
m['To'] = 'members@bluebio-bretagne.fr'
m['Subject'] = "BlueBio Bretagne newsletter No. 41 – new board member, Gold Label, dates for the autumn"
m['Date'] = 'Tue, 16 Sep 2035 08:30:00 +0200'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
gold(F, [P('Yann Le Goff','Cluster manager','BlueBio Bretagne'), P('Soizic Kerhervé-Lannuzel','R&D director','Algolia Marine SAS'), P('Bernard Quéméner',None,'Biomer Armor SA'),
 P('Annick Le Bihan-Morvan','President','BlueBio Bretagne'), P('Tangi Riou','CEO','Kelp Atlantic SAS'), P("Ewen Guivarc'h",None,"Laboratoire MicroAlg'Ouest"),
 P('Mette Skovgaard Holm',None,'NordBlue Ingredients A/S'), P('Klaus-Dieter Brenner','benchmarker','European Secretariat for Cluster Analysis'),
 P('Aurélie Cariou','lawyer',None), P('Pieter van Houten',None,'North Sea Farmers'), P('Gwenaëlle Tanguy','international officer and newsletter editor','BlueBio Bretagne')],
 [O('BlueBio Bretagne'), O('Algolia Marine SAS'), O('Biomer Armor SA'), O('Kelp Atlantic SAS'), O("Laboratoire MicroAlg'Ouest"), O('Université de Bretagne Occidentale'),
  O('NordBlue Ingredients A/S'), O('ECEI'), O('European Secretariat for Cluster Analysis'), O('Station Biologique de Roscoff'), O('Breizh Collagène SARL'), O('Région Bretagne'),
  O('Océalis'), O('Ifremer'), O('Bretagne Participations'), O('North Sea Farmers'), O('Bretagne Commerce International'), O('Technopôle Brest-Iroise')],
 [E('Board meeting','2035-09-04','2035-09-04','Roscoff','France'), E('ECEI Gold Label assessment visit','2035-06-24','2035-06-25',None,None),
  E('Breizh Bio Days','2035-06','2035-06',None,None), E('Webinar "Novel food authorisation for algae: what changes in 2036"','2035-10-09','2035-10-09',None,None),
  E('Blue Biotech Forum','2035-11-05','2035-11-06','Brest','France'), E('forum dinner','2035-11-05','2035-11-05','Brest','France'), E('B2B meetings','2035-11-06','2035-11-06','Brest','France'),
  E('site visits','2035-11-06','2035-11-06',None,'France'), E('General assembly of BlueBio Bretagne','2035-12-11','2035-12-11','Quimper','France'),
  E('Seagriculture EU','2036-06-09','2036-06-10','Trondheim','Norway')],
 ['2035-09','2035-10-20','2035-09-04','2024','2035-06-24/2035-06-25','2035-06','2035-10-09','2036','2035-11-05/2035-11-06','2035-12-11','2035-09-08','2036-06-09/2036-06-10','2035-10-15','2035-09-05','2035-09-16'],
 pub='2035-09-16')
