from mk import *
F = 'space-supply-chain-summit-2032-programme-at-a-glance.md'
text(F, '''
# Occitanie Space Supply Chain Summit 2032 — Programme at a glance

**Toulouse, Centre de Congrès Pierre Baudis · 7–8 October 2032**
Organised by Orbitalis Cluster with AD'Occ and the Toulouse School of Space Engineering (TSSE)

_Last update: 22/09/2032 — subject to change_

## Day 1 — Thursday 7 October

| Time | Session | Room | Speakers |
|---|---|---|---|
| 08:30 | Registration and coffee | Foyer | |
| 09:15 | Welcome | Auditorium | Hélène LAFFARGUE, President, Orbitalis Cluster; Jean-Baptiste Rouquette, vice-president for economy, Région Occitanie |
| 09:45 | Keynote: New Space and the supplier base | Auditorium | Dr Anders Lindqvist, head of unit, DG DEFIS |
| 10:30 | Panel: qualifying SMEs for constellations | Auditorium | moderator: Camille Nguyen-Baptiste (TSSE); Pierre-Marie DOUCET, CEO, Satelec Composites SAS; Giulia Marchetti, procurement director, Stellaria SpA; Bartosz Wąsik, CTO, OrbiTech Sp. z o.o. |
| 12:00 | Lunch and B2B meetings | Hall B | |
| 14:00 | Workshop A: radiation testing for COTS parts | Room 3 | Lab team of TSSE |
| 14:00 | Workshop B: export control in practice | Room 4 | Sophie Castaing, lawyer, Cabinet Castaing & Associés |
| 16:30 | Start-up pitches | Auditorium | jury chaired by Olivier Mas, partner, Garonne Space Ventures |
| 19:30 | Summit dinner | Cité de l'espace | by invitation |

## Day 2 — Friday 8 October

| Time | Session | Room | Speakers |
|---|---|---|---|
| 09:00 | Plenary: ESA procurement rules after 2030 | Auditorium | Fernando Ruiz de la Torre, ESA |
| 10:15 | Parallel tracks: manufacturing / software / ground segment | Rooms 2–4 | track chairs from Orbitalis Cluster |
| 12:30 | Closing and announcement of the 2033 host city | Auditorium | Hélène LAFFARGUE |
| 14:00 | Site visit (optional, 40 places) | Satelec Composites, Colomiers | bus from the Centre de Congrès |

Registration closes on 30 September 2032. Fees: members €90, non-members €190, students free.
Contact: events@orbitalis.example
''')
gold(F, None,
 [P('Hélène LAFFARGUE', 'President', 'Orbitalis Cluster'), P('Jean-Baptiste Rouquette', 'vice-president for economy', 'Région Occitanie'),
  P('Anders Lindqvist', 'head of unit', 'DG DEFIS'), P('Camille Nguyen-Baptiste', None, 'TSSE'),
  P('Pierre-Marie DOUCET', 'CEO', 'Satelec Composites SAS'), P('Giulia Marchetti', 'procurement director', 'Stellaria SpA'),
  P('Bartosz Wąsik', 'CTO', 'OrbiTech Sp. z o.o.'), P('Sophie Castaing', 'lawyer', 'Cabinet Castaing & Associés'),
  P('Olivier Mas', 'partner', 'Garonne Space Ventures'), P('Fernando Ruiz de la Torre', None, 'ESA')],
 [O('Orbitalis Cluster'), O("AD'Occ"), O('Toulouse School of Space Engineering', 'TSSE'), O('Région Occitanie'), O('DG DEFIS'),
  O('Satelec Composites SAS'), O('Stellaria SpA'), O('OrbiTech Sp. z o.o.'), O('Cabinet Castaing & Associés'),
  O('Garonne Space Ventures'), O('ESA')],
 [E('Occitanie Space Supply Chain Summit 2032', '2032-10-07', '2032-10-08', 'Toulouse', 'France'),
],
 ['2032-10-07/2032-10-08', '2032-09-22', '2032-10-07', '2032-10-08', '2032-09-30', '2030'])
