from common import *
from email.message import EmailMessage
import os
fn = "RE_ Lux-Orbit working group kick-off and who does what.eml"
body = """Dear members of the Lux-Orbit Earth Observation working group,

Thank you all for the lively kick-off call on Tuesday. As promised, here is a short summary of who does what, so
that you know whom to contact between now and our first physical meeting.

1. Coordination of the working group
I will coordinate the group on the cluster side, with my colleague Anouk Schmit-Wagener (project officer, Lux-Orbit)
taking care of minutes, the shared folder and the member survey. Anouk will send the survey link by 21 February.

2. Chair and co-chair
As agreed, Dr Raphaël Dos Santos (Head of Data Products, Ardennes Orbital S.A.) has accepted to chair the group for
the first two years. Joanna Wróblewska-Meyer, co-founder and CTO of the start-up PixelTerra S.à r.l., will act as
co-chair and will represent the start-ups.

3. Link with the public side
Laurent Hoffmann from the Luxembourg Space Agency (LSA) will join our meetings as an observer. For questions on the
national funding programmes, please write to him directly and copy me. Thomas Kieffer of Luxinnovation is our contact
for the Fit 4 Innovation scheme and for company visits.

4. Research partners
Prof. Mireille Weber-Klein (Interdisciplinary Centre for Security, Reliability and Trust, University of Luxembourg,
SnT) and Dr. Paolo Cattaneo (LIST – Luxembourg Institute of Science and Technology) will prepare a one-page overview of
open datasets and labs that members can use.

5. European dimension
Our colleagues from the Bavarian space cluster and from Brussels will be invited to the meeting on 26 March. I spoke
last week with Ms Karin Öhlund, policy officer at DG DEFIS, who confirmed that she can present the Copernicus market
uptake measures online for 20 minutes.

Dates to keep:
- 26 March 2035, 14:00–17:30: first physical meeting of the working group, Lux-Orbit offices, Betzdorf
- 7–9 May 2035: joint Lux-Orbit stand at the Living Planet Symposium follow-up fair in Vienna (please tell Anouk by
  4 April if you want a slot on the stand)
- 30 June 2035: deadline for contributions to the cluster's Earth Observation market study

If I forgot anything, I am sure Raphaël will remind me.

Best regards,
Claude Reuter

--
Claude REUTER
Cluster Manager | Lux-Orbit – Luxembourg Space & Earth Observation Cluster
Lux-Orbit a.s.b.l.
11, rue de l'Espace · L-6815 Betzdorf · Luxembourg
T +352 26 00 00 00 | M +352 621 000 000
claude.reuter@lux-orbit.example | www.lux-orbit.example

Lux-Orbit is a member of the European Space Clusters Partnership and holds the ECEI Gold Label.
Lux-Orbit team: Claude Reuter (Cluster Manager) · Anouk Schmit-Wagener (Project Officer) · Jeff Thill (Membership &
Events) · Sara Nogueira (Communications)
Please consider the environment before printing this e-mail.

This message and any attachments are confidential and intended solely for the addressee. If you have received it in
error, please notify the sender and delete it. Lux-Orbit a.s.b.l., R.C.S. Luxembourg F 00000.

-----Original Message-----
From: Raphaël Dos Santos <r.dossantos@ardennes-orbital.example>
Sent: Tuesday, 13 February 2035 18:02
To: Claude Reuter <claude.reuter@lux-orbit.example>
Subject: Lux-Orbit working group kick-off and who does what

Hi Claude, could you circulate the roles we agreed today? Thanks, Raphaël
"""
m = EmailMessage()
m["From"] = "Claude Reuter <claude.reuter@lux-orbit.example>"
m["To"] = "eo-wg@lux-orbit.example"
m["Cc"] = "Anouk Schmit-Wagener <anouk.schmit@lux-orbit.example>"
m["Subject"] = "RE: Lux-Orbit working group kick-off and who does what"
m["Date"] = "Thu, 15 Feb 2035 09:41:12 +0100"
m.set_content(body)
open(os.path.join(B, "docs", fn), "wb").write(bytes(m))
C="Lux-Orbit"
gold(fn, "2035-02-15",
 [P("Anouk Schmit-Wagener","project officer",C),
  P("Raphaël Dos Santos","Head of Data Products","Ardennes Orbital S.A."),
  P("Joanna Wróblewska-Meyer","co-founder and CTO","PixelTerra S.à r.l."),
  P("Laurent Hoffmann",None,"Luxembourg Space Agency"),
  P("Thomas Kieffer",None,"Luxinnovation"),
  P("Mireille Weber-Klein",None,"Interdisciplinary Centre for Security, Reliability and Trust"),
  P("Paolo Cattaneo",None,"LIST – Luxembourg Institute of Science and Technology"),
  P("Karin Öhlund","policy officer","DG DEFIS"),
  P("Claude Reuter","Cluster Manager","Lux-Orbit – Luxembourg Space & Earth Observation Cluster"),
  P("Jeff Thill","Membership & Events",C),
  P("Sara Nogueira","Communications",C)],
 [O("Lux-Orbit – Luxembourg Space & Earth Observation Cluster","Lux-Orbit"),
  O("Ardennes Orbital S.A."), O("PixelTerra S.à r.l."), O("Luxembourg Space Agency","LSA"), O("Luxinnovation"),
  O("Interdisciplinary Centre for Security, Reliability and Trust","SnT"), O("University of Luxembourg"),
  O("LIST – Luxembourg Institute of Science and Technology","LIST"), O("DG DEFIS"),
  O("European Space Clusters Partnership")],
 [E("kick-off call","2035-02-13","2035-02-13",None,None),
  E("first physical meeting of the working group","2035-03-26","2035-03-26","Betzdorf","Luxembourg"),
  E("Living Planet Symposium follow-up fair","2035-05-07","2035-05-09","Vienna","Austria")],
 ["2035-02-15","2035-02-21","2035-03-26","2035-05-07/2035-05-09","2035-04-04","2035-06-30","2035-02-13"],
 [])
