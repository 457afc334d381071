from common import *
T = """Lundaslätt Health Tech Cluster  |  About  |  Members  |  Projects  |  Webinars  |  News  |  Contact      [Bli medlem / Join]

Home > Activities > Webinars > HealthTech Fika Talks

# HealthTech Fika Talks – webinar series 2034/2035

Thirty minutes, one topic, one coffee. HealthTech Fika Talks is our free lunchtime webinar series for members and friends of Lundaslätt Health Tech Cluster (LHTC). Each session starts at 12:15 CET and runs on Teams; recordings are published here within a week. The series is run together with Region Skåne's innovation office and the Lund University medical faculty's collaboration unit, Kliniknära Connect.

Series coordinator: **Hanna Bergqvist**, programme manager, LHTC – hanna.bergqvist@lhtc.example

---

## Upcoming sessions

**#9 – Procurement of innovation in Swedish regions: what changes in 2035?**
Tuesday 13 March 2035, 12:15–12:45
Speaker: Anders Nyholm, head of procurement development, Region Skåne
With a short Q&A moderated by Hanna Bergqvist. [Register]

**#10 – MDR certification without tears: lessons from three start-ups**
Wednesday 11 April 2035, 12:15–12:45
Speakers: Lina Al-Khatib, co-founder and CEO of Pulsvik AB; Erik Sandström, regulatory affairs consultant, Öresund Regulatory Partners AB
Note: this session will be held in English. [Register]

**#11 – AI in radiology: from pilot to routine**
8 May 2035, 12:15–12:45
Speaker: Dr. Johanna Ekelund, senior consultant radiologist, Skåne University Hospital
[Register opens in March]

**Special edition: Fika Talks live at Medicon Village**
Tuesday 12 June 2035, 15:00–17:00, Lund
Our first in-person Fika Talk, held during the Lund Life Science Week. Three short talks by member companies and a demo corner. Organised with Ideon Science Park. Places are limited to 80. [Register]

---

## Past sessions (recordings)

| # | Date | Title | Speaker(s) | Recording |
|---|------|-------|-----------|-----------|
| 1 | 19 Sep 2034 | Welcome to Fika Talks: what the cluster does for you | Magnus Håkansson, CEO, LHTC | [Watch, 28 min] |
| 2 | 3 Oct 2034 | Reimbursement in the Nordic countries | Sigrid Holm Eriksen, health economist, Nordic Health Access ApS | [Watch, 31 min] |
| 3 | 17 Oct 2034 | Clinical validation with small budgets | Prof. Peter Almkvist, Lund University | [Watch, 30 min] |
| 4 | 7 Nov 2034 | EU funding for health tech SMEs: EIC and beyond | Marta Oliveira Santos, EEN adviser, Almi Företagspartner Skåne | [Watch, 34 min] |
| 5 | 21 Nov 2034 | Cybersecurity for connected medical devices | Tobias Wahlberg, CTO, Kardiolink AB | [Watch, 29 min] |
| 6 | 12 Dec 2034 | Christmas special: investor Q&A | panel with Ebba Lönnqvist (Söderslätt Life Ventures) and Mikkel Rask (Amager Health Angels) | [Watch, 45 min] |
| 7 | 23 Jan 2035 | Home care technologies for an ageing Skåne | Fatima Osmanović, development strategist, Helsingborg municipality | [Watch, 30 min] |
| 8 | 13 Feb 2035 | Data access under the European Health Data Space | Dr. Karl-Johan Strömberg, legal counsel, Swedish eHealth Agency | [Recording available soon] |

The recording of session 6 is available to members only (log in). All other recordings are public.

---

## Why Fika Talks?

When the series started in September 2034, we asked members what kept them from coming to our events. The answer was time: a half-day workshop in Malmö is hard to fit around clinical trials and investor meetings. Thirty minutes at lunch is not. After eight sessions the series has reached 640 live participants from 150 organisations, and the recordings have been viewed more than 2,300 times.

"Fika Talks gives our small team a way to learn from people we would never get a meeting with," says Lina Al-Khatib of Pulsvik AB, who has attended all sessions and will speak in April.

## Suggest a topic

Do you have a topic or speaker for the autumn 2035 season? Send us a short proposal by 30 April 2035. The autumn programme will be announced at the cluster's annual meeting on 28 May 2035 in Malmö.

---

Lundaslätt Health Tech Cluster · c/o Medicon Village, Scheeletorget 1, 223 81 Lund · Org.nr 802500-0000
Newsletter | LinkedIn | Privacy policy | Cookie settings
"""
gold("lhtc_webinars_healthtech-fika-talks.md", None,
 [P("Hanna Bergqvist","programme manager","LHTC"),
  P("Anders Nyholm","head of procurement development","Region Skåne"),
  P("Lina Al-Khatib","co-founder and CEO","Pulsvik AB"),
  P("Erik Sandström","regulatory affairs consultant","Öresund Regulatory Partners AB"),
  P("Johanna Ekelund","senior consultant radiologist","Skåne University Hospital"),
  P("Magnus Håkansson","CEO","LHTC"),
  P("Sigrid Holm Eriksen","health economist","Nordic Health Access ApS"),
  P("Peter Almkvist",None,"Lund University"),
  P("Marta Oliveira Santos","EEN adviser","Almi Företagspartner Skåne"),
  P("Tobias Wahlberg","CTO","Kardiolink AB"),
  P("Ebba Lönnqvist",None,"Söderslätt Life Ventures"),
  P("Mikkel Rask",None,"Amager Health Angels"),
  P("Fatima Osmanović","development strategist","Helsingborg municipality"),
  P("Karl-Johan Strömberg","legal counsel","Swedish eHealth Agency")],
 [O("Lundaslätt Health Tech Cluster","LHTC"), O("Region Skåne"), O("Lund University"), O("Kliniknära Connect"),
  O("Pulsvik AB"), O("Öresund Regulatory Partners AB"), O("Skåne University Hospital"), O("Ideon Science Park"),
  O("Nordic Health Access ApS"), O("EEN"), O("Almi Företagspartner Skåne"), O("Kardiolink AB"),
  O("Söderslätt Life Ventures"), O("Amager Health Angels"), O("Helsingborg municipality"), O("Swedish eHealth Agency")],
 [E("Procurement of innovation in Swedish regions: what changes in 2035?","2035-03-13",None,None,None),
  E("MDR certification without tears: lessons from three start-ups","2035-04-11",None,None,None),
  E("AI in radiology: from pilot to routine","2035-05-08",None,None,None),
  E("Fika Talks live at Medicon Village","2035-06-12",None,"Lund","Sweden"),
  E("Lund Life Science Week","2035-06",None,"Lund","Sweden"),
  E("Welcome to Fika Talks: what the cluster does for you","2034-09-19",None,None,None),
  E("Reimbursement in the Nordic countries","2034-10-03",None,None,None),
  E("Clinical validation with small budgets","2034-10-17",None,None,None),
  E("EU funding for health tech SMEs: EIC and beyond","2034-11-07",None,None,None),
  E("Cybersecurity for connected medical devices","2034-11-21",None,None,None),
  E("Christmas special: investor Q&A","2034-12-12",None,None,None),
  E("Home care technologies for an ageing Skåne","2035-01-23",None,None,None),
  E("Data access under the European Health Data Space","2035-02-13",None,None,None),
  E("annual meeting","2035-05-28",None,"Malmö","Sweden")],
 ["2035-03-13","2035-04-11","2035-05-08","2035-03","2035-06-12","2034-09-19","2034-10-03","2034-10-17","2034-11-07",
  "2034-11-21","2034-12-12","2035-01-23","2035-02-13","2034-09","2035","2035-04-30","2035-05-28","2034/2035"],
 [], T)
