"""12: a hackathon page (Markdown) of a Zadar blue-economy cluster: a kick-off, a mentoring day and a final pitch, with
challenges, mentors, jury and prizes."""
from h import *
K, M, F = (2034,3,3), (2034,3,18), (2034,4,1)
t = f"""# Adriatic Blue Hack 2034

**Four weeks. Three challenges. One coast.**
*Organised by the Zadar Blue Economy Cluster (ZBEC) with the University of Zadar and ZADRA NOVA – Zadar County Development Agency*

[Apply now](#apply) · [Challenges](#challenges) · [Timeline](#timeline) · [FAQ](#faq)

---

The Adriatic Blue Hack is back for its third edition. Teams of three to five students, developers, designers and young
professionals have four weeks to build a working prototype for a real problem of the Adriatic coast, with data and
mentoring from the cluster's member companies. The best three teams share EUR 15,000 in prizes and the winning team
joins the cluster's incubation programme for six months.

## Timeline {{#timeline}}

| Step | Date | Where |
|---|---|---|
| Applications close | {wd(2034,2,24)} 24 February 2034, 23:59 | online |
| **Kick-off** | {wd(*K)} 3 March 2034, 16:00–21:00 | University of Zadar, Rector's Palace |
| Hacking weeks | 4 – 31 March 2034 | remote, with weekly check-ins |
| **Mentoring day** | {wd(*M)} 18 March 2034, 10:00–17:00 | Tehnološko-inovacijski centar Zadar (TIC) |
| Submission of prototypes | {wd(2034,3,29)} 29 March 2034, 12:00 | online |
| **Final pitch and awards** | {wd(*F)} 1 April 2034, 17:00 | Zadar, Arsenal |

At the **kick-off** the challenge owners present their problems and data sets, teams are formed and confirmed, and everyone
gets access to the cloud credits and the data room. The evening ends with pizza and a short talk by last year's winners.

The **mentoring day** is the halfway point: each team books four 30-minute sessions with mentors of its choice and shows a
first demo to the challenge owner. Attendance in person is expected; teams from outside Dalmatia can join online.

At the **final pitch**, the eight teams selected after the submission have five minutes each to present, followed by five
minutes of questions from the jury. The awards are presented the same evening, followed by a networking reception with
the members of the cluster.

## Challenges {{#challenges}}

1. **Smart anchoring** – *challenge owner: Marina Dalmacija d.o.o.* – Reduce damage to seagrass meadows from anchoring of
   leisure boats around the Kornati islands, using booking data and sonar maps.
2. **Catch to table** – *challenge owner: Cromaris d.d.* – Trace farmed sea bass and sea bream from the cage to the
   restaurant plate in a way a tourist can read in ten seconds.
3. **Ferry peaks** – *challenge owner: Jadrolinija* – Predict summer queues at the Zadar–Preko ferry line and suggest
   travel times to passengers.

## Data and tools

Each challenge comes with a data room that opens at the kick-off: anonymised booking and AIS data of leisure boats for
2031–2033 from Marina Dalmacija, production and logistics records from two Cromaris farms, and three summers of ticket and
queue data from the Zadar–Preko line. Teams also receive cloud credits, access to the maker lab of the Tehnološko-inovacijski
centar Zadar during opening hours, and a set of LoRaWAN sensors to borrow. All data stays in the data room and is deleted
after the final pitch; teams sign a short data agreement at the kick-off. Open data from the Croatian Hydrographic Institute
and the city's open data portal may be used freely and combined with the challenge data.

## Mentors

- Ivana Perić-Matošić, data scientist, Infobip
- Dr. Marko Šimunić, Department of Maritime Sciences, University of Zadar
- Ante Jurjević, founder, SeaSense Labs
- Lena Vogt-Kovačević, UX designer (Berlin / Zadar)
- Tomislav Bilić, product owner, Jadrolinija
- Mia Rossi, business coach, Venice Startup Hub (online)

## Jury

- **Prof. Dr. Josip Faričić**, Rector, University of Zadar (chair)
- **Katarina Grgurević**, Director, ZADRA NOVA
- **Nikola Radovani**, President of the Board, Zadar Blue Economy Cluster
- **Sandra Vuković Kalebić**, Head of Innovation, Cromaris d.d.
- **Dr. Pietro Colonna**, programme officer, Interreg Italy–Croatia Joint Secretariat

## Prizes

1st place EUR 7,000 and six months in the ZBEC incubation programme · 2nd place EUR 5,000 · 3rd place EUR 3,000 ·
special prize of the city of Zadar for the best solution for residents: a stand at the Zadar Blue Days festival in June 2034.

## Who can apply? {{#apply}}

Anyone aged 18 or over. You can apply as a team or alone; individuals are matched into teams at the kick-off. At least one
team member must attend the kick-off, the mentoring day and the final pitch in person. Participation is free. Travel
support of up to EUR 200 per team is available for teams from outside Zadar County.

## Past editions

- **2032** – 14 teams, winner: *BuraAlert* (wind warnings for small boats)
- **2033** – 19 teams, winner: *NetCycle* (collection of lost fishing nets), now a start-up with four employees

## FAQ {{#faq}}

**Who owns the code?** The teams. Challenge owners receive a free licence to test the prototype for twelve months.
**Do I need to know Croatian?** No, the hackathon runs in English.
**Contact:** hack@zbec.hr · Ivan Knežević, project coordinator, ZBEC

---
*Zadar Blue Economy Cluster · Obala kneza Branimira 6, 23000 Zadar · co-financed by the Interreg Italy–Croatia programme*
"""
fn = 'blind65_12_adriatic_blue_hack.md'
write(fn, t)
Z = "Zadar Blue Economy Cluster"
gold(fn,
 [P("Ivana Perić-Matošić", "data scientist", "Infobip"), P("Marko Šimunić", None, "University of Zadar"),
  P("Ante Jurjević", "founder", "SeaSense Labs"), P("Lena Vogt-Kovačević", "UX designer", None), P("Tomislav Bilić", "product owner", "Jadrolinija"),
  P("Mia Rossi", "business coach", "Venice Startup Hub"), P("Josip Faričić", "Rector", "University of Zadar"),
  P("Katarina Grgurević", "Director", "ZADRA NOVA"), P("Nikola Radovani", "President of the Board", Z),
  P("Sandra Vuković Kalebić", "Head of Innovation", "Cromaris d.d."), P("Pietro Colonna", "programme officer", "Interreg Italy–Croatia Joint Secretariat"),
  P("Ivan Knežević", "project coordinator", "ZBEC")],
 [O(Z, "ZBEC"), O("University of Zadar"), O("ZADRA NOVA – Zadar County Development Agency", "ZADRA NOVA"), O("Tehnološko-inovacijski centar Zadar", "TIC"),
  O("Marina Dalmacija d.o.o."), O("Cromaris d.d."), O("Jadrolinija"), O("Infobip"), O("Department of Maritime Sciences"), O("SeaSense Labs"),
  O("Venice Startup Hub"), O("Interreg Italy–Croatia Joint Secretariat"),
  O("Croatian Hydrographic Institute")],
 [E("Adriatic Blue Hack 2034", "2034-03-03", "2034-04-01", "Zadar", "Croatia"),
  E("Kick-off", "2034-03-03", "2034-03-03", "Zadar", "Croatia"),
  E("Mentoring day", "2034-03-18", "2034-03-18", "Zadar", "Croatia"),
  E("Final pitch and awards", "2034-04-01", "2034-04-01", "Zadar", "Croatia"),
  E("networking reception", "2034-04-01", "2034-04-01", "Zadar", "Croatia"),
  E("Zadar Blue Days festival", "2034-06", "2034-06", "Zadar", "Croatia"),
  E("Adriatic Blue Hack (2032 edition)", "2032", "2032", None, None),
  E("Adriatic Blue Hack (2033 edition)", "2033", "2033", None, None)],
 ["2034-02-24", "2034-03-03", "2034-03-04/2034-03-31", "2034-03-18", "2034-03-29", "2034-04-01", "2034-06", "2032", "2033", "2031/2033"])
