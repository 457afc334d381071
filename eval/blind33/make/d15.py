from g import *
N='OrbitCamp-2033-daily-schedule.md'
W(N, '''# OrbitCamp 2033 – Daily schedule

**Innovation camp for early-stage space start-ups · Belval, Luxembourg · 5–9 September 2033**
Organised by the Luxembourg NewSpace Cluster (LNC) with the University of Luxembourg's Interdisciplinary Centre for Security, Reliability and Trust (SnT) · Version of 29/08/2033

All sessions in the Maison du Savoir, room 3.380, unless stated otherwise. Breakfast from 08:15 in the foyer.

## Monday 5 September – Problem

| Time | Session | Lead |
|---|---|---|
| 09:00 | Welcome and team introductions | Camille Reuter-Schmit, programme manager, LNC |
| 10:00 | What the space market really buys | Dr. Arvid Nyström, partner, Kiruna Orbital Capital |
| 14:00 | Customer interviews (teams out in the field) | coaches |
| 18:30 | Icebreaker dinner | |

## Tuesday 6 September – Technology

| Time | Session | Lead |
|---|---|---|
| 09:00 | Satellite data pipelines in practice | Tiago Moura Antunes, head of ground segment, Tejo Orbital Lda. |
| 11:00 | Lab tours at SnT | Prof. Véronique Hoffmann, SnT |
| 14:00 | Team work and 1:1 coaching | |

## Wednesday 7 September – Regulation and funding

| Time | Session | Lead |
|---|---|---|
| 09:00 | Space law for start-ups | Maître Joëlle Kremer, Kremer & Thill Avocats |
| 11:00 | ESA BIC and national support schemes | Luxembourg Space Agency (LSA) |
| 15:00 | Visit to SatFold S.à r.l. in Betzdorf | |

## Thursday 8 September – Pitch training

| Time | Session | Lead |
|---|---|---|
| 09:00 | Pitch clinic | Hannah O'Sullivan, founder, Pitchcraft Ltd |
| 14:00 | Dry runs in front of the coaches | |
| 19:00 | Networking evening with the cluster members at the Rockhal | |

## Friday 9 September – Demo Day

| Time | Session | Lead |
|---|---|---|
| 10:00 | Demo Day: ten team pitches to investors and the jury | jury chair Paul Weyland, president, LNC |
| 12:30 | Awards and closing | |

Last year's camp, OrbitCamp 2032, in numbers: 9 teams, 3 pilots with Luxembourg operators, 2 teams admitted to the ESA BIC Luxembourg incubator in January 2033.

Questions during the camp: camp@lnc.example or call Camille on +352 xx xx xx.
''')
G(N, None,
 people=[("Camille Reuter-Schmit","programme manager","LNC"),
  ("Arvid Nyström","partner","Kiruna Orbital Capital"),
  ("Tiago Moura Antunes","head of ground segment","Tejo Orbital Lda."),
  ("Véronique Hoffmann",None,"SnT"),
  ("Joëlle Kremer",None,"Kremer & Thill Avocats"),
  ("Hannah O'Sullivan","founder","Pitchcraft Ltd"),
  ("Paul Weyland","president","LNC")],
 orgs=[("Luxembourg NewSpace Cluster","LNC"),("University of Luxembourg",None),
  ("Interdisciplinary Centre for Security, Reliability and Trust","SnT"),("Kiruna Orbital Capital",None),
  ("Tejo Orbital Lda.",None),("Kremer & Thill Avocats",None),("Luxembourg Space Agency","LSA"),
  ("SatFold S.à r.l.",None),("Pitchcraft Ltd",None),("ESA BIC Luxembourg",None)],
 events=[("OrbitCamp 2033","2033-09-05","2033-09-09","Belval","Luxembourg"),
  ("OrbitCamp 2032","2032","2032",None,None)],
 dates=["2033-09-05/2033-09-09","2033-08-29","2033-09-05","2033-09-06","2033-09-07","2033-09-08","2033-09-09","2033-01"])
