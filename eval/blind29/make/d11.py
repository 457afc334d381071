from mk import *
F = 'hackathon-results-banat-mobility-hack-2035.md'
text(F, '''
# And the winners are… results of Banat Mobility Hack 2035

*Posted on 27 October 2035 by the AutoSoft Banat team · 4 min read*

Forty-eight hours, 23 teams, 117 participants and a lot of coffee: the fourth Banat Mobility Hack took place on 24–26 October 2035 at the Politehnica University Timișoara (UPT), organised by the AutoSoft Banat cluster with Continentalis Software Romania SRL and the Timiș County Council.

The challenges were set by cluster members: predictive maintenance for city buses (STPT, the Timișoara public transport company), an in-cabin assistant for truck drivers (Vektor Fleet SRL) and a charging-queue optimiser for the new Freidorf e-bus depot.

## Winners

**1st place (EUR 5,000): team "BusWhisperer"** — Ioana Crăciun, Radu Mihăilescu and Paul Szabó (students, UPT), with a model that warns of door failures three days ahead.

**2nd place (EUR 3,000): team "KiloWattch"** — Andrei Popovici and Réka Farkas (Lumina Grid SRL), for a depot charging scheduler.

**3rd place (EUR 1,500): team "CabinMate"** — Bogdan Ilie (West University of Timișoara) and Dragoș Nedelcu (freelance developer).

**Special prize of the jury (internship):** team "RoadRadar", Milica Jovanović from the University of Novi Sad.

The jury was chaired by **Sorin Dumitrescu**, engineering director of Continentalis Software Romania SRL, with **Prof. Adriana Lungu** (UPT) and **Cristian Bota**, cluster manager of AutoSoft Banat.

"Two of the three winning ideas will go into pilots with STPT before summer," said Cristian Bota.

## What happens next

The three winning teams are invited to pitch at the AutoSoft Banat annual meeting on 4 December 2035. Applications for the cluster's incubation track open on 15 January 2036.

Photos: AutoSoft Banat / Vlad Munteanu

Tags: hackathon, mobility, Timișoara · Share · ← Previous post | Next post →
''')
gold(F, '2035-10-27',
 [P('Ioana Crăciun', 'students', 'UPT'), P('Radu Mihăilescu', 'students', 'UPT'), P('Paul Szabó', 'students', 'UPT'),
  P('Andrei Popovici', None, 'Lumina Grid SRL'), P('Réka Farkas', None, 'Lumina Grid SRL'),
  P('Bogdan Ilie', None, 'West University of Timișoara'), P('Dragoș Nedelcu', 'freelance developer', None),
  P('Milica Jovanović', None, 'University of Novi Sad'),
  P('Sorin Dumitrescu', 'engineering director', 'Continentalis Software Romania SRL'), P('Adriana Lungu', None, 'UPT'),
  P('Cristian Bota', 'cluster manager', 'AutoSoft Banat'), P('Vlad Munteanu', None, 'AutoSoft Banat')],
 [O('AutoSoft Banat'), O('Politehnica University Timișoara', 'UPT'), O('Continentalis Software Romania SRL'), O('Timiș County Council'),
  O('STPT'), O('Vektor Fleet SRL'), O('Lumina Grid SRL'), O('West University of Timișoara'), O('University of Novi Sad')],
 [E('Banat Mobility Hack 2035', '2035-10-24', '2035-10-26', 'Timișoara', 'Romania'),
  E('AutoSoft Banat annual meeting', '2035-12-04', '2035-12-04', None, None)],
 ['2035-10-27', '2035-10-24/2035-10-26', '2035-12-04', '2036-01-15'])
