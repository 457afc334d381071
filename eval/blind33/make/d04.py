from g import *
N='practical-information.md'
W(N, '''[Home](/) / [Forge Forward 2034](/forge-forward-2034) / Practical information

# Practical information

**Forge Forward 2034 – Metal, data and people**
Hybrid conference of the Basque advanced-manufacturing cluster FORJAE
Bilbao and online · 8–9 November 2034

---

## Venue

The conference takes place at the **Palacio Euskalduna**, Abandoibarra Etorbidea 4, 48011 Bilbao (rooms A1 and A2; the exhibition area is on level 0). The venue is a five-minute walk from the Euskalduna tram stop and 20 minutes by taxi from Bilbao Airport.

Day 1 (Wednesday 8 November) runs from 9:30 to 18:00 and ends with a networking dinner at the Itsasmuseum. Day 2 (Thursday 9 November) runs from 9:00 to 14:00 and is followed, for registered participants only, by company visits to Aceros Nervión S.A. in Barakaldo and Mekatek Solutions S.L. in Derio.

## Livestream

All plenary sessions are streamed in English and Spanish. Online participants receive a personal link 48 hours before the start. Questions can be sent through the chat and are read out by the moderator, Itziar Goikoetxea Urrutia, communication manager at FORJAE. Parallel workshops on day 2 are **not** streamed; recordings of the plenaries will be available on the cluster's YouTube channel from 20 November 2034.

## Registration

| Ticket | On site | Online |
|---|---|---|
| FORJAE members | free | free |
| Non-members | €180 | €40 |
| Students and researchers | €60 | free |

**Registration deadline: 27 October 2034** (on-site places are limited to 350). Online registration stays open until 7 November 2034 at 12:00 CET. Cancellations received before 31 October 2034 are refunded in full.

## Accommodation

Rooms have been pre-booked at two hotels near the venue until 10 October 2034; quote "FORJAE34". Please note that the Bizkaia Industry Forum of the Provincial Council of Bizkaia (Diputación Foral de Bizkaia) takes place in the city on 7 November and hotels fill up quickly.

## Accessibility and sustainability

The venue is fully accessible. Lanyards are collected at the exit and reused; there are no printed programmes. Catering is provided by a social enterprise from Sestao.

## Contact

Organisation: Ane Etxeberria, events officer, FORJAE – Basque Advanced Manufacturing Cluster, eventos@forjae.example
Technical support for the livestream: streaming partner Bideo Zuzena S.L.

With the support of SPRI (Basque Business Development Agency) and the Enterprise Europe Network.

*Last updated: 3 September 2034*

[Programme](/forge-forward-2034/programme) · [Speakers](/forge-forward-2034/speakers) · [Register](/forge-forward-2034/register)

© FORJAE · Privacy · Cookies
''')
G(N, None,
 people=[("Itziar Goikoetxea Urrutia","communication manager","FORJAE"),
  ("Ane Etxeberria","events officer","FORJAE – Basque Advanced Manufacturing Cluster")],
 orgs=[("FORJAE – Basque Advanced Manufacturing Cluster","FORJAE"),("Aceros Nervión S.A.",None),
  ("Mekatek Solutions S.L.",None),("Provincial Council of Bizkaia",None),
  ("Bideo Zuzena S.L.",None),("Basque Business Development Agency","SPRI"),("Enterprise Europe Network",None)],
 events=[("Forge Forward 2034 – Metal, data and people","2034-11-08","2034-11-09","Bilbao","Spain"),
  ("Bizkaia Industry Forum","2034-11-07","2034-11-07","Bilbao","Spain")],
 dates=["2034-11-08/2034-11-09","2034-11-08","2034-11-09","2034-11-20","2034-10-27","2034-11-07",
  "2034-10-31","2034-10-10","2034-09-03"])
