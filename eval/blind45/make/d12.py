from common import *
fn = "etna-deeptech-challenge-2033-semifinals-final.md"
t = """---
title: "Etna DeepTech Challenge 2033: 18 start-ups to the semi-finals, final in Catania"
date: 2033-04-07
author: Redazione SiciliaInnova
tags: [start-up, microelectronics, pitch, Sicily]
---

**Catania / Palermo / Messina –** The jury of the **Etna DeepTech Challenge 2033** has selected 18 of the 112 applications received for the semi-finals of the competition, which this year is open for the first time to teams from all of southern Italy. The challenge is organised by the Polo Etneo dei Microsistemi (PEM) with the incubator Vulcano Hub S.r.l. and the Camera di Commercio del Sud Est Sicilia.

> "Three years ago we received 40 applications, almost all from Catania. Today half of the teams come from outside the Etna Valley," said **Salvatore Privitera**, president of PEM.

### Format

The competition has three stages, each in a different city:

| Stage | Date | City | Venue |
|---|---|---|---|
| Semi-final 1 – Sensors & Photonics | 16 May 2033 | Palermo | Arca dell'Innovazione, Università degli Studi di Palermo |
| Semi-final 2 – Power Electronics & Energy | 23 May 2033 | Messina | Dipartimento di Ingegneria, Università degli Studi di Messina |
| Semi-final 3 – Chips for Health | 30 May 2033 | Siracusa | Ortigia Business Centre |
| Grand Final | 21 June 2033 | Catania | Monastero dei Benedettini |

Six teams pitch at each semi-final (7 minutes + 5 minutes Q&A). Two per semi-final go to the final, plus one wild card chosen by online public vote between 31 May and 6 June 2033.

### Jury

The semi-final jury is chaired by **Prof. Carmela Di Stefano**, Università degli Studi di Catania, with **Dr. Hans-Peter Ruhland**, technology scout, Bosch Sensortec GmbH; **Martina Cavallaro**, investment manager, Fondo Trinacria Ventures SGR; and **Luca Brancato**, head of open innovation, Etnaflex S.p.A. For the final the jury is joined by **Giuseppina "Pina" Lo Cascio**, managing partner, Mediterranean Deep Tech Fund, and by **Amelia Borgese**, Invitalia.

### Semi-finalists (selection)
- **Fotonix S.r.l.** (Catania) – integrated photonic gas sensors; CEO Davide Scuderi
- **Kalòs Power S.r.l.** (Ragusa) – gallium nitride chargers; founder Federica Occhipinti
- **NeuroChip Med** (Naples) – implantable neural interfaces; team leader Gennaro Esposito
- **Ionio Microsystems S.r.l.** (Reggio Calabria) – MEMS microphones; CTO Carmelo Zumbo
- **Scirocco Labs S.r.l.s.** (Palermo) – radiation-hard chips for small satellites; CEO Ilaria La Rosa

### Selection criteria
Applications were scored on technology readiness, team, market size, intellectual property and the potential to create jobs in southern Italy. Each application was reviewed by two evaluators from the jury pool; the ten teams that narrowly missed the semi-finals will receive written feedback and a free mentoring session with the incubator.

### Prizes
The winner receives €50,000 in equity-free funding, six months in the Vulcano Hub programme and a place in the Sicilian delegation to the Semicon Europa trade fair in Munich in November 2033. The second and third teams receive €20,000 and €10,000.

Last year's winner, **Termica Quantum S.r.l.**, raised €2.4 million in a seed round in February 2033 and now employs 19 people in Catania.

### Side events
On the eve of the final, 20 June 2033, the organisers host an investor dinner, and on the morning of 21 June a workshop "From lab to fab" with the IMM-CNR institute.

*Applications for the 2034 edition will open in January 2034. Contact: challenge@vulcanohub.example – press office: Giorgia Musumeci.*
"""
write_doc(fn, t)
D="Polo Etneo dei Microsistemi"
gold(fn,
 [P("Salvatore Privitera","president",D),
  P("Carmela Di Stefano",None,"Università degli Studi di Catania"),
  P("Hans-Peter Ruhland","technology scout","Bosch Sensortec GmbH"),
  P("Martina Cavallaro","investment manager","Fondo Trinacria Ventures SGR"),
  P("Luca Brancato","head of open innovation","Etnaflex S.p.A."),
  P("Giuseppina \"Pina\" Lo Cascio","managing partner","Mediterranean Deep Tech Fund"),
  P("Amelia Borgese",None,"Invitalia"),
  P("Davide Scuderi","CEO","Fotonix S.r.l."),
  P("Federica Occhipinti","founder","Kalòs Power S.r.l."),
  P("Gennaro Esposito","team leader","NeuroChip Med"),
  P("Carmelo Zumbo","CTO","Ionio Microsystems S.r.l."),
  P("Ilaria La Rosa","CEO","Scirocco Labs S.r.l.s."),
  P("Giorgia Musumeci","press office",None)],
 [O(D,"PEM"), O("Vulcano Hub S.r.l."), O("Camera di Commercio del Sud Est Sicilia"), O("Università degli Studi di Palermo"),
  O("Dipartimento di Ingegneria"), O("Università degli Studi di Messina"), O("Università degli Studi di Catania"),
  O("Bosch Sensortec GmbH"), O("Fondo Trinacria Ventures SGR"), O("Etnaflex S.p.A."), O("Mediterranean Deep Tech Fund"),
  O("Invitalia"), O("Fotonix S.r.l."), O("Kalòs Power S.r.l."), O("NeuroChip Med"), O("Ionio Microsystems S.r.l."),
  O("Scirocco Labs S.r.l.s."), O("Termica Quantum S.r.l."), O("IMM-CNR"), O("SiciliaInnova")],
 [E("Etna DeepTech Challenge 2033","2033-05-16","2033-06-21",None,None),
  E("Semi-final 1 – Sensors & Photonics","2033-05-16",None,"Palermo","Italy"),
  E("Semi-final 2 – Power Electronics & Energy","2033-05-23",None,"Messina","Italy"),
  E("Semi-final 3 – Chips for Health","2033-05-30",None,"Siracusa","Italy"),
  E("Grand Final","2033-06-21",None,"Catania","Italy"),
  E("Semicon Europa","2033-11",None,"Munich","Germany"),
  E("investor dinner","2033-06-20",None,"Catania","Italy"),
  E("workshop \"From lab to fab\"","2033-06-21",None,"Catania","Italy")],
 ["2033-04-07","2033-05-16","2033-05-23","2033-05-30","2033-06-21","2033-05-31/2033-06-06","2033-11","2033-02","2033-06-20",
  "2034-01"],
 pub="2033-04-07")
