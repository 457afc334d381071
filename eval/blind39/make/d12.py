from common import *
FN = "call-for-speakers_oresund-playtech-summit-2034.md"
T = """
# Call for Speakers — Öresund PlayTech Summit 2034

**Malmö, Sweden · 24–25 May 2034 · Slagthuset**
*Published 9 January 2034 by Spelkluster Syd (the southern Sweden games and interactive-media cluster)*

---

The **Öresund PlayTech Summit** is back for its sixth edition. Every spring we bring together game studios,
XR developers, serious-games companies, educators and investors from both sides of the Öresund bridge. Last year
the summit welcomed 640 participants from 19 countries at Slagthuset; this year we expect more than 700.

We are now looking for **speakers** who can share real experience — successes, failures and everything in between.
We especially welcome first-time speakers and people from under-represented groups in the games industry.

## Themes for 2034

1. **Games beyond entertainment** — serious games for health, training and public services
2. **XR in industry** — virtual commissioning, remote maintenance, training simulators
3. **Business and funding** — publishing deals, crowdfunding, public co-financing, exits
4. **Tools and pipelines** — procedural content, AI-assisted art and the ethics around it
5. **Sustainable studios** — working conditions, crunch, energy use of online games

## Formats

- **Talk** (25 minutes + 5 minutes Q&A)
- **Lightning talk** (7 minutes, no Q&A)
- **Panel** (45 minutes, 3–4 panellists and a moderator; proposals must name all panellists)
- **Hands-on workshop** (90 minutes, maximum 25 participants)

## Key dates

| What | When |
|---|---|
| Call opens | 9 January 2034 |
| Deadline for proposals | **Sunday 19 February 2034, 23:59 CET** |
| Review by the programme committee | 20 February – 10 March 2034 |
| Notification of speakers | by 15 March 2034 |
| Confirmation by speakers | by 22 March 2034 |
| Final slides due | 17 May 2034 |
| Speaker rehearsal (online) | 20 May 2034 |
| Summit | 24–25 May 2034 |

## What we offer

Accepted speakers get a free full-summit ticket, a ticket for the speakers' dinner on 24 May and, for speakers from
non-profit organisations, students and independent developers, travel support of up to SEK 6,000. Talks are
recorded and published after the event unless the speaker objects.

## Programme committee

- **Linnea Sjöberg** (chair), CEO, Spelkluster Syd
- **Mads Kjeldgaard-Holm**, studio director, Rævehule Games ApS, Copenhagen
- **Dr. Yasmin Haddad**, senior lecturer in game design, Malmö University
- **Johan Eklöf**, investment manager, Almi Invest Syd
- **Petra Nordenskjöld**, XR lead, Skåneland Simulations AB
- **Oskar Lundgren-Åberg**, community manager, Pixelfabriken AB, Helsingborg (to be confirmed)

The committee reviews all proposals anonymously against four criteria: relevance, originality, practical value for
the audience and clarity.

## How to submit

Submit through the form on playtechsummit.example/cfp. You will need: a title (max. 80 characters), a summary
(max. 200 words), three learning outcomes for the audience, a short biography and a photo. You can submit up to two
proposals. Questions? Write to our programme coordinator **Emir Karić** (emir.karic@spelklustersyd.example).

## Also at the summit

- **Pitch Arena**, 25 May: twelve start-ups pitch to publishers and investors. Separate call, deadline 31 March 2034.
- **Nordic XR Industry Meetup**, 23 May (pre-event in Lund, hosted by Ideon Science Park).
- **Student Game Jam results** from the 48-hour jam of 26–28 April 2034 will be shown in the expo area.

---

*Öresund PlayTech Summit is organised by Spelkluster Syd with the support of Region Skåne, the City of Malmö and the
Interreg Öresund-Kattegat-Skagerrak programme. Spelkluster Syd ek. för. · Stora Nygatan 31 · 211 37 Malmö*
"""
save_text(FN, T)
save_gold(FN, "2034-01-09",
 [P("Linnea Sjöberg","CEO","Spelkluster Syd"),
  P("Mads Kjeldgaard-Holm","studio director","Rævehule Games ApS"),
  P("Yasmin Haddad","senior lecturer in game design","Malmö University"),
  P("Johan Eklöf","investment manager","Almi Invest Syd"),
  P("Petra Nordenskjöld","XR lead","Skåneland Simulations AB"),
  P("Oskar Lundgren-Åberg","community manager","Pixelfabriken AB"),
  P("Emir Karić","programme coordinator","Spelkluster Syd")],
 [O("Spelkluster Syd ek. för."), O("Rævehule Games ApS"), O("Malmö University"), O("Almi Invest Syd"),
  O("Skåneland Simulations AB"), O("Pixelfabriken AB"), O("Ideon Science Park"), O("Region Skåne"),
  O("City of Malmö")],
 [E("Öresund PlayTech Summit 2034","2034-05-24","2034-05-25","Malmö","Sweden"),
  E("Pitch Arena","2034-05-25",None,"Malmö","Sweden"),
  E("Nordic XR Industry Meetup","2034-05-23",None,"Lund","Sweden"),
  E("Student Game Jam","2034-04-26","2034-04-28",None,None)],
 ["2034-05-24/2034-05-25","2034-01-09","2034-02-19","2034-02-20/2034-03-10","2034-03-15","2034-03-22","2034-05-17",
  "2034-05-20","2034-05-24","2034-05-25","2034-03-31","2034-05-23","2034-04-26/2034-04-28","2034"],
 [])
