from h import *
from email.message import EmailMessage
F='mechelen-logistics-matchmaking-meeting-schedule.eml'
body=f'''Dear Ms Van den Eynde,

Thank you for your registration and for the quick reply to our questions. I am pleased to confirm your participation in the Logistics & Packaging Matchmaking Mechelen 2036, which takes place on {wd(2036,11,13)} 13 November 2036 at the Lamot Congress Centre, Van Beethovenstraat 8, Mechelen, from 09:00 to 17:30.

Your personal meeting schedule (all meetings at table 14, 25 minutes each):

10:00  Tobias Grünewald, head of procurement, Rhein-Ruhr Verpackung GmbH (Duisburg, Germany) – returnable crates for food logistics
10:30  Marieke Jansen-de Groot, innovation manager, Brabant Logistics Cluster (Tilburg, Netherlands) – joint Interreg project on urban freight
11:00  Aurélie Desmarais, CEO, Emballages Verts du Nord SAS (Lille, France) – moulded fibre trays
11:30  Free slot (you may book spontaneous meetings at the meeting desk)
13:30  Piotr Nowicki, sales director, Poznań Pallet Pool Sp. z o.o. – pallet pooling in Central Europe
14:00  Dr. Luca Ferraresi, researcher, Politecnico di Milano, Department of Management Engineering – digital twins of warehouses
14:30  Siobhán Kearney, business development, Enterprise Ireland (Brussels office) – Irish companies seeking Belgian distribution partners

Please note that Mr Ferraresi will join the meeting online; a screen and camera are available at your table.

The day starts at 09:00 with a welcome by Koen Verhaegen, cluster manager of the Flemish Logistics & Packaging Cluster (Logipack Vlaanderen), and a short keynote by Prof. Dr. Sarah De Clercq (University of Antwerp) on "Packaging after the new EU rules". Lunch is served from 12:00 to 13:30 in the foyer, where 18 members of the cluster present their products. The day ends with a networking drink at 17:00.

If you need to cancel a meeting, please do so in the platform at least 48 hours in advance so that your partner can be informed. For any questions on the day itself, you can reach me on my mobile number below.

We also remind you of two follow-up activities for participants:
- Webinar "How to follow up a matchmaking" on {wd(2036,11,27)} 27 November 2036, 10:00–11:00 CET, led by Nathalie Peeters of Enterprise Europe Network Flanders
- Site visit to the Port of Antwerp-Bruges automated container terminal on {wd(2036,12,4)} 4 December 2036 (limited to 25 places, first come, first served)

Kind regards,

Jeroen Mertens
Business Adviser, Enterprise Europe Network Flanders
Flanders Innovation & Entrepreneurship (VLAIO)
Koning Albert II-laan 35, 1030 Brussels
T +32 2 000 00 00 | M +32 470 00 00 00

This message was sent on behalf of the organisers: Logipack Vlaanderen, VLAIO / Enterprise Europe Network Flanders and the City of Mechelen.

-----Original Message-----
From: Els Van den Eynde <els.vandeneynde@boxline.example.be>
Sent: {wd(2036,10,30)}, 30 October 2036 16:42
To: Jeroen Mertens <jeroen.mertens@vlaio.example.be>
Subject: RE: Matchmaking Mechelen – questions on your profile

Dear Mr Mertens,

Thanks for your call this morning. To answer your questions:

1. Yes, I will attend in person together with my colleague Bram Willems, our logistics engineer. Could you please register him as well?
2. We are mainly interested in partners for reusable packaging in the food sector and in research partners for a project on digital tracking of crates.
3. We cannot attend before 10:00 because of the train connection from Ghent, so please do not plan meetings before that time.

For your information, Boxline NV was founded in 2019 in Ghent and now employs 38 people. We took part in the first edition of the matchmaking in 2034 and found two of our current customers there.

Best regards,

Els Van den Eynde
Managing Director
Boxline NV
Dok Noord 7, 9000 Ghent, Belgium
'''
m=EmailMessage()
m['From']='Jeroen Mertens <jeroen.mertens@vlaio.example.be>'
m['To']='Els Van den Eynde <els.vandeneynde@boxline.example.be>'
m['Cc']='Bram Willems <bram.willems@boxline.example.be>'
m['Subject']='Confirmation and meeting schedule – Logistics & Packaging Matchmaking Mechelen, 13 November 2036'
m['Date']='Thu, 06 Nov 2036 11:20:05 +0100'
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
EEN='Enterprise Europe Network Flanders'
gold(F,[P('Els Van den Eynde','Managing Director','Boxline NV'),P('Tobias Grünewald','head of procurement','Rhein-Ruhr Verpackung GmbH'),
 P('Marieke Jansen-de Groot','innovation manager','Brabant Logistics Cluster'),P('Aurélie Desmarais','CEO','Emballages Verts du Nord SAS'),
 P('Piotr Nowicki','sales director','Poznań Pallet Pool Sp. z o.o.'),P('Luca Ferraresi','researcher','Politecnico di Milano'),
 P('Siobhán Kearney','business development','Enterprise Ireland'),P('Koen Verhaegen','cluster manager','Flemish Logistics & Packaging Cluster'),
 P('Sarah De Clercq',None,'University of Antwerp'),P('Nathalie Peeters',None,EEN),P('Jeroen Mertens','Business Adviser',EEN),P('Bram Willems','logistics engineer','Boxline NV')],
 [O('Boxline NV'),O('Rhein-Ruhr Verpackung GmbH'),O('Brabant Logistics Cluster'),O('Emballages Verts du Nord SAS'),O('Poznań Pallet Pool Sp. z o.o.'),O('Politecnico di Milano'),
  O('Department of Management Engineering'),O('Enterprise Ireland'),O('Flemish Logistics & Packaging Cluster','Logipack Vlaanderen'),O('University of Antwerp'),O(EEN),
  O('Flanders Innovation & Entrepreneurship','VLAIO'),O('City of Mechelen'),O('Port of Antwerp-Bruges')],
 [E('Logistics & Packaging Matchmaking Mechelen 2036','2036-11-13','2036-11-13','Mechelen','Belgium'),
  E('networking drink','2036-11-13','2036-11-13','Mechelen','Belgium'),E('Webinar "How to follow up a matchmaking"','2036-11-27','2036-11-27',None,None),
  E('Site visit to the Port of Antwerp-Bruges automated container terminal','2036-12-04','2036-12-04',None,None),
  E('first edition of the matchmaking','2034','2034',None,None)],
 ['2036-11-13','2036-11-27','2036-12-04','2036-10-30','2019','2034','2036-11-06'],pub='2036-11-06')
