from h import *
F = 'saimaa_bioeconomy_forum_editions.md'
T = f"""[Saimaa Bioeconomy Forum](/) · [About](/about) · [Editions](/editions) · [Partners](/partners) · [Press](/press) · [FI](/fi) | [EN](/en)

# Saimaa Bioeconomy Forum – all editions

The **Saimaa Bioeconomy Forum** is the annual meeting place of the forest, wood and bio-based chemistry industries of Eastern Finland. It is organised by the South Savo bioeconomy cluster **Biotalous Etelä-Savo ry** (BioSavo) together with the **South-Eastern Finland University of Applied Sciences** (Xamk) and the **Regional Council of South Savo**. Since the first edition in Mikkeli the forum has moved between the lake towns of the region and, twice, across the border to partner regions in Sweden and Estonia.

## Next edition

**Saimaa Bioeconomy Forum Savonlinna, {wd(2035,6,5)} 5 – {wd(2035,6,7)} 7 June 2035**
Venue: Savonlinna Hall and Olavinlinna Castle (gala dinner). Theme: "Wood in the water cycle". Call for posters open until 28 February 2035. Registration opens on 15 January 2035.

## Past editions

Saimaa Bioeconomy Forum Mikkeli, 3–5 June 2031
Saimaa Bioeconomy Forum Varkaus, 2–4 June 2032
Saimaa Bioeconomy Forum Karlstad, 8–10 June 2033 (joint edition with Paper Province)
Saimaa Bioeconomy Forum Pieksämäki, 4–6 June 2034

Before 2031 the meeting was held as the one-day "Mikkeli Wood Day" (2026–2030), organised by Xamk alone.

## Edition 2034 in numbers

- 412 participants from 14 countries
- 61 speakers in 12 sessions
- 38 exhibitors, 9 of them start-ups
- 146 bilateral meetings in the matchmaking lounge

## Chairs of the programme committee

| Edition | Chair | Organisation |
|---|---|---|
| 2031 Mikkeli | Prof. Helena Räsänen | LUT University |
| 2032 Varkaus | Dr. Antti-Jussi Kettunen | Stora Enso Varkaus Mill |
| 2033 Karlstad | Ingrid Lindqvist-Berg | Paper Province |
| 2034 Pieksämäki | Mikko Hyvärinen | Xamk |
| 2035 Savonlinna | Dr. Riikka Nieminen-Oksanen | Natural Resources Institute Finland (Luke) |

## Keynote speakers of recent editions

The forum has hosted keynote speakers from industry, research and the European institutions. In 2034 in Pieksämäki, **Jean-Marc de Villiers**, Deputy Head of Unit in the European Commission's Directorate-General for Research and Innovation, spoke on the bio-based industries partnership; **Sanna Kauppinen**, CEO of Kauppinen Biochem Oy, presented her company's lignin resins; and **Kalev Tamm**, Chairman of the Estonian Forest and Wood Industries Association (EMPL), discussed wood supply in the Baltic Sea region.

In 2033 in Karlstad, **Anders Öhman**, Managing Director of Paper Province, opened the joint edition together with **Päivi Laitinen-Rossi**, Executive Director of BioSavo. The closing lecture was given by **Prof. Dr. Wolfgang zu Stolberg** of the Thünen Institute in Hamburg.

## Side events

Every edition includes side events on the days before and after the forum:

- the BioSavo members' meeting (held on the eve of the forum);
- a student pitching competition organised by Xamk's Fiber Laboratory;
- site visits to a mill or a biorefinery in the host town;
- the "Saimaa Sauna Talks", an informal evening discussion for speakers and partners.

At the 2034 edition the BioSavo annual general meeting was held in Pieksämäki on {wd(2034,6,3)} 3 June 2034, the day before the forum. It elected **Päivi Laitinen-Rossi** for a further term as Executive Director (2034–2037) and **Tuomas Heikkilä** (Metsä Wood Mikkeli) as Chair of the Board.

## Hosting the forum

Towns and regions interested in hosting an edition from 2036 onwards can contact the forum office. The organisers look for a venue with a plenary hall for 400 people, rooms for parallel sessions, space for an exhibition and at least one industrial site that can be visited. The host region is expected to contribute to the costs of the gala dinner and the site visits. Decisions on the host for 2036 will be taken by the steering group in autumn 2035.

*Forum office: Biotalous Etelä-Savo ry, Patteristonkatu 3, 50100 Mikkeli · forum@biosavo.example*

---
© BioSavo · Privacy · Accessibility statement · Follow us: LinkedIn · YouTube
"""
write(F, T)
gold(F,
 [P('Helena Räsänen', 'Chair', 'LUT University'),
  P('Antti-Jussi Kettunen', 'Chair', 'Stora Enso Varkaus Mill'),
  P('Ingrid Lindqvist-Berg', 'Chair', 'Paper Province'),
  P('Mikko Hyvärinen', 'Chair', 'Xamk'),
  P('Riikka Nieminen-Oksanen', 'Chair', 'Natural Resources Institute Finland'),
  P('Jean-Marc de Villiers', 'Deputy Head of Unit', "Directorate-General for Research and Innovation"),
  P('Sanna Kauppinen', 'CEO', 'Kauppinen Biochem Oy'),
  P('Kalev Tamm', 'Chairman', 'Estonian Forest and Wood Industries Association'),
  P('Anders Öhman', 'Managing Director', 'Paper Province'),
  P('Päivi Laitinen-Rossi', 'Executive Director', 'Biotalous Etelä-Savo ry'),
  P('Wolfgang zu Stolberg', None, 'Thünen Institute'),
  P('Tuomas Heikkilä', 'Chair of the Board', 'Biotalous Etelä-Savo ry')],
 [O('Biotalous Etelä-Savo ry', 'BioSavo'), O('South-Eastern Finland University of Applied Sciences', 'Xamk'),
  O('Regional Council of South Savo'), O('Paper Province'), O('LUT University'), O('Stora Enso Varkaus Mill'),
  O('Natural Resources Institute Finland', 'Luke'), O('European Commission'), O("Directorate-General for Research and Innovation"),
  O('Kauppinen Biochem Oy'), O('Estonian Forest and Wood Industries Association', 'EMPL'), O('Thünen Institute'),
  O("Fiber Laboratory"), O('Metsä Wood Mikkeli')],
 [E('Saimaa Bioeconomy Forum Savonlinna', '2035-06-05', '2035-06-07', 'Savonlinna', 'Finland'),
  E('Saimaa Bioeconomy Forum Mikkeli', '2031-06-03', '2031-06-05', 'Mikkeli', 'Finland'),
  E('Saimaa Bioeconomy Forum Varkaus', '2032-06-02', '2032-06-04', 'Varkaus', 'Finland'),
  E('Saimaa Bioeconomy Forum Karlstad', '2033-06-08', '2033-06-10', 'Karlstad', 'Sweden'),
  E('Saimaa Bioeconomy Forum Pieksämäki', '2034-06-04', '2034-06-06', 'Pieksämäki', 'Finland'),
  E('Mikkeli Wood Day', '2026', '2030', 'Mikkeli', 'Finland'),
  E('BioSavo annual general meeting', '2034-06-03', '2034-06-03', 'Pieksämäki', 'Finland')],
 ['2035-06-05/2035-06-07', '2035-02-28', '2035-01-15', '2031-06-03/2031-06-05', '2032-06-02/2032-06-04', '2033-06-08/2033-06-10',
  '2034-06-04/2034-06-06', '2031', '2026/2030', '2034', '2033', '2034-06-03', '2034/2037', '2036', '2035'],
 [])
