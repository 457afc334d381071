from g import save
from email.message import EmailMessage
body='''Liebe Mitglieder des Netzwerks, dear members,

(English version below)

wir laden Sie herzlich zu unserem nächsten Mitgliederfrühstück ein:

Mitgliederfrühstück „Wasserstoff im Stahl – was heißt das für Zulieferer?"
Dienstag, 9. März 2032, 8:00–10:00 Uhr
Saarbrücken, Starterzentrum der Universität des Saarlandes, Campus A1 1, Raum 0.12

Zu Gast ist Dr. Annegret Schwarz-Lambert, Leiterin Transformation bei der HüttenWerkstoff GmbH in Völklingen. Sie erläutert, welche Anforderungen die Umstellung der Hochöfen auf Direktreduktion an Lieferanten von Feuerfestmaterialien, Sensorik und Instandhaltung stellt. Danach stellt Jonas Ecker, Gründer von Thermolog UG (haftungsbeschränkt), sein System zur Überwachung von Pfannen vor.

Bitte melden Sie sich bis Mittwoch, 3. März 2032, per Antwort auf diese E-Mail an. Die Plätze sind auf 35 begrenzt; Nichtmitglieder zahlen 25 Euro.

Im Anschluss an das Frühstück laden wir interessierte Mitglieder zu einem Arbeitstreffen der Gruppe „Green Steel Suppliers" am Donnerstag, 25. März 2032, 14:00–17:00 Uhr, beim ZeMA in Saarbrücken ein (Anmeldung bis 18. März). Außerdem bitten wir Sie, sich schon jetzt die Mitgliederversammlung am 6. Mai 2032 in Völklingen vorzumerken. Die Tagesordnung mit den Wahlen zum Vorstand folgt fristgerecht vier Wochen vorher.

---

ENGLISH

Dear members,

We warmly invite you to our next members' breakfast:

Members' breakfast "Hydrogen in steel – what does it mean for suppliers?"
Tuesday, 9 March 2032, 8:00–10:00
Saarbrücken, Starterzentrum of Saarland University, Campus A1 1, room 0.12

Our guest is Dr. Annegret Schwarz-Lambert, Head of Transformation at HüttenWerkstoff GmbH. She will explain what the switch from blast furnaces to direct reduction demands from suppliers of refractory materials, sensors and maintenance services. Jonas Ecker, founder of Thermolog UG (haftungsbeschränkt), will then present his ladle-monitoring system.

RSVP: please reply to this e-mail by Wednesday, 3 March 2032. Places are limited to 35; non-members pay EUR 25. Coffee and Saarland pastries from 7:45.

Follow-up working meeting
For members who want to go deeper, we will hold a working meeting of the "Green Steel Suppliers" group on Thursday, 25 March 2032, 14:00–17:00, at the premises of the Zentrum für Mechatronik und Automatisierungstechnik (ZeMA) in Saarbrücken. On the agenda: a joint application to the state programme "Saar.Transformation 2030–2035", and a visit to the hydrogen test rig. Please register separately by 18 March.

Save the date as well: our annual general meeting will take place on 6 May 2032 in Völklingen, followed by the summer party of the network.

Programme of the breakfast:
7:45 Coffee and arrival
8:00 Welcome by Dr. Heiko Brill, chair of the network
8:10 Keynote by Dr. Annegret Schwarz-Lambert, followed by questions
8:50 Pitch by Jonas Ecker (Thermolog)
9:10 Open networking until 10:00

Looking back: our last breakfast on 2 February 2032 with Matthias Quint, managing director of Saar Logistik Partner GmbH, brought 29 members together – the slides are in the members' area.

With kind regards / Mit freundlichen Grüßen

Lea Marschall
Netzwerkmanagerin | Network Manager
Werkstoffnetzwerk Saar e.V. (WNS)
Franz-Josef-Röder-Straße 9, 66119 Saarbrücken
Tel. +49 681 0000000 | lea.marschall@werkstoffnetzwerk-saar.example

Vorstand: Dr. Heiko Brill (Vorsitzender), Sabine Kerner-Mees (stellv. Vorsitzende)
Registergericht: Amtsgericht Saarbrücken, VR 0000

Diese E-Mail wurde an alle Mitglieder des Werkstoffnetzwerk Saar e.V. versandt. Abmelden: Antwort mit „Abmelden".
'''
m=EmailMessage()
m['From']='Lea Marschall <lea.marschall@werkstoffnetzwerk-saar.example>'
m['To']='mitglieder@werkstoffnetzwerk-saar.example'
m['Subject']='Einladung / Invitation: Mitgliederfrühstück 9. März 2032 – Wasserstoff im Stahl'
m['Date']='Mon, 16 Feb 2032 09:12:44 +0100'
m['Message-ID']='<20320215091244.4711@werkstoffnetzwerk-saar.example>'
m.set_content(body)
import g
open(g.B+'docs/einladung-mitgliederfruehstueck-maerz-2032.eml','wb').write(bytes(m))
save('einladung-mitgliederfruehstueck-maerz-2032.eml',None,'2032-02-16',
[('Lea Marschall','Network Manager','Werkstoffnetzwerk Saar e.V.'),
 ('Annegret Schwarz-Lambert','Head of Transformation','HüttenWerkstoff GmbH'),
 ('Jonas Ecker','founder','Thermolog UG (haftungsbeschränkt)'),
 ('Matthias Quint','managing director','Saar Logistik Partner GmbH'),
 ('Heiko Brill','chair','Werkstoffnetzwerk Saar e.V.'),
 ('Sabine Kerner-Mees','stellv. Vorsitzende','Werkstoffnetzwerk Saar e.V.')],
[('Werkstoffnetzwerk Saar e.V.','WNS'),('Universität des Saarlandes',None),('HüttenWerkstoff GmbH',None),
 ('Thermolog UG (haftungsbeschränkt)',None),('Zentrum für Mechatronik und Automatisierungstechnik','ZeMA'),
 ('Saar Logistik Partner GmbH',None),('Amtsgericht Saarbrücken',None)],
[('Members\' breakfast "Hydrogen in steel – what does it mean for suppliers?"','2032-03-09','2032-03-09','Saarbrücken','Germany'),
 ('working meeting of the "Green Steel Suppliers" group','2032-03-25','2032-03-25','Saarbrücken','Germany'),
 ('annual general meeting','2032-05-06','2032-05-06','Völklingen','Germany'),
 ('summer party of the network','2032-05-06','2032-05-06','Völklingen','Germany'),
 ('members\' breakfast','2032-02-02','2032-02-02',None,None)],
['2032-02-16','2032-03-09','2032-03-03','2032-03-25','2030/2035','2032-03-18','2032-05-06','2032-02-02'],[])
