from h import *
from email.message import EmailMessage
F = 'Fwd_Change-of-project-manager_ARCTIC-DC-GREEN.eml'
body = '''Dear all,

forwarding below the message from our Kajaani partners, for your information and for the contact lists. Please update
the project's shared drive and the partner table in the next report (deadline 30 November 2032).

Two practical points from my side:
- Anni's first meeting with us will be the online steering group on Tuesday 9 November 2032 at 10:00 CET.
- Joonas will still present the Kainuu pilot at the mid-term review in Tromsø on 1–2 December 2032; after that Anni takes
  over the pilot reporting as well.

I have also asked Terje Mikkelsen, our communication officer at ADIC, to add a short welcome note about Anni to the
December newsletter, together with a thank-you to Joonas. If any of you have photos from the Tromsø kick-off or the
Umeå workshop in May 2032 that show Joonas at work, please send them to Terje by 15 November. Anni's e-mail address
and phone number are in the signature below; the partner table on the drive will be updated by Friday.

Best regards,
Ingrid

--
Ingrid Solbakken Haugen
Prosjektleder / Project Coordinator, ARCTIC-DC-GREEN
Arctic Data Industry Cluster (ADIC)
c/o UiT The Arctic University of Norway, Tromsø
+47 77 00 00 00 | ingrid.haugen@adic.example

---------- Forwarded message ----------
From: Joonas Kemppainen <joonas.kemppainen@kainuudatacluster.example>
Date: Thu, 28 Oct 2032 at 14:12
Subject: Change of project manager – ARCTIC-DC-GREEN / Kainuu Data Centre Cluster
To: ARCTIC-DC-GREEN partners <partners@arctic-dc-green.example>
Cc: Outi Heikkinen <outi.heikkinen@kainuudatacluster.example>

Dear partners,

I would like to let you know that I will leave the Kainuu Data Centre Cluster at the end of November. From 1 December 2032
I will join Business Finland's Kajaani office as a senior adviser for digital investments, so our paths will surely cross
again.

My successor as project manager for ARCTIC-DC-GREEN is Anni Pikkarainen, who joined our team on 18 October 2032 from the
Kajaani University of Applied Sciences (KAMK), where she coordinated the data centre engineering degree programme for five
years. Anni will be your contact for all work package 3 matters (waste heat reuse) and for the Kainuu pilot. She will take part
in the steering group from November and will attend the partner meeting in Luleå in March 2033.

Our executive director, Outi Heikkinen, remains responsible for the partnership agreement and signs the progress reports on
behalf of the cluster. Financial matters continue to be handled by our controller, Sari Moilanen (sari.moilanen@kainuudatacluster.example).

A short summary of where things stand in WP3:
- the heat-reuse feasibility study for the Renforsin Ranta industrial area is finished and will be shared with partners this week;
- the district heating company Kajaanin Lämpö Oy has signed a letter of intent for the pilot;
- the second workshop with municipalities is planned for January 2033 in Kajaani (date to be confirmed with Kainuun liitto).

It has been a pleasure to work with all of you since the kick-off in Tromsø in April 2031. Special thanks to Ingrid and to
Magnus Lindqvist at Lule Data Hub Network for the many late calls on budget revisions.

Kind regards / Ystävällisin terveisin

Joonas Kemppainen
Project Manager (until 30 Nov 2032)
Kainuu Data Centre Cluster ry
Ketunpolku 3, FI-87100 Kajaani
+358 44 000 0000

Anni Pikkarainen
projektipäällikkö / Project Manager from 1 Dec 2032
anni.pikkarainen@kainuudatacluster.example
+358 44 000 0001

Outi Heikkinen
toiminnanjohtaja / Executive Director
Kainuu Data Centre Cluster ry

---------- End of forwarded message ----------

This project is co-funded by the Interreg Aurora programme. The content of this e-mail is confidential and intended for the
recipients only.
'''
m = EmailMessage()
m['From'] = 'Ingrid Solbakken Haugen <ingrid.haugen@adic.example>'
m['To'] = 'ARCTIC-DC-GREEN steering group <steering@arctic-dc-green.example>'
m['Cc'] = 'Magnus Lindqvist <magnus.lindqvist@luledatahub.example>'
m['Subject'] = 'Fwd: Change of project manager – ARCTIC-DC-GREEN / Kainuu Data Centre Cluster'
m['Date'] = 'Mon, 01 Nov 2032 09:41:07 +0100'
m['Message-ID'] = '<20321101094107.adic.4711@adic.example>'
m.set_content(body)
open('../docs/' + F, 'wb').write(bytes(m))
KDC='Kainuu Data Centre Cluster ry'
gold(F, [
 P('Ingrid Solbakken Haugen','Prosjektleder / Project Coordinator','Arctic Data Industry Cluster'),
 P('Joonas Kemppainen','Project Manager',KDC),
 P('Outi Heikkinen','executive director',KDC),
 P('Anni Pikkarainen',None,KDC),
 P('Sari Moilanen','controller',KDC),
 P('Terje Mikkelsen','communication officer','Arctic Data Industry Cluster'),
 P('Magnus Lindqvist',None,'Lule Data Hub Network'),
],[
 O('Arctic Data Industry Cluster','ADIC'), O('UiT The Arctic University of Norway'), O(KDC), O('Business Finland'),
 O('Kajaani University of Applied Sciences','KAMK'), O('Kajaanin Lämpö Oy'), O('Kainuun liitto'), O('Lule Data Hub Network'),
],[
 E('online steering group','2032-11-09','2032-11-09',None,None),
 E('mid-term review','2032-12-01','2032-12-02','Tromsø','Norway'),
 E('partner meeting','2033-03','2033-03','Luleå','Sweden'),
 E('second workshop with municipalities','2033-01','2033-01','Kajaani','Finland'),
 E('Umeå workshop','2032-05','2032-05','Umeå','Sweden'),
 E('kick-off','2031-04','2031-04','Tromsø','Norway'),
],['2032-11-30','2032-11-09','2032-12-01/2032-12-02','2032-10-28','2032-11','2032-12-01','2032-10-18','2033-03','2033-01','2031-04','2032-11-01','2032-05','2032-11-15','2032-12'],
 pub='2032-11-01')
