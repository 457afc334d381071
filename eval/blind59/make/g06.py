from h import *
F = 'moselle_materials_cluster_webinar_series_2036.md'
eps = [(1,(2036,1,17)),(2,(2036,2,14)),(3,(2036,3,13)),(4,(2036,4,10)),(5,(2036,5,15)),(6,(2036,6,12))]
def d(i):
    y,m,dd = eps[i-1][1]; return f"{wd(y,m,dd)} {dd} {['January','February','March','April','May','June'][m-1]} {y}"
T = f"""[Accueil](/) / [Events](/events) / Webinar series "Materials Matter" – season 3

# "Materials Matter" – webinar series, season 3 (January–June 2036)

*Moselle Advanced Materials Cluster (MAMC) · Metz · updated on 8 January 2036*

After two seasons with more than 2,400 registrations, our lunchtime webinar series returns for a third season. Six episodes, one a month, each 45 minutes: a 20-minute talk by a member company or laboratory, a short demonstration and questions from the audience. The webinars are held in English, with French questions welcome; recordings are published on the cluster's video channel one week after each episode.

The season is prepared with the **Institut Jean Lamour** (IJL) in Nancy, the **Luxembourg Institute of Science and Technology** (LIST) and the **Saarland materials network MatSaar e.V.**, our partners in the Greater Region.

## Programme

**Episode 13 – "Steel after coal: hydrogen-reduced iron for the Lorraine mills"**
{d(1)}, 12:30–13:15 CET
Speaker: **Dr. Clémence Muller-Koenig**, R&D manager, Aciéries de Florange SAS
Moderator: Yannick Baudoin, MAMC

**Episode 14 – "Recycled carbon fibre: from aircraft scrap to bicycle frames"**
{d(2)}, 12:30–13:15 CET
Speaker: **Prof. Dr.-Ing. Stefan Weißenborn**, Saarland University, Chair of Composite Materials
Demonstration: Léa Bertrand, co-founder of ReCarbone SAS

**Episode 15 – "Coatings that heal themselves"**
{d(3)}, 12:30–13:15 CET
Speaker: **Dr. Ana Sofia Gonçalves**, senior researcher, Luxembourg Institute of Science and Technology
Moderator: Yannick Baudoin, MAMC

**Episode 16 – "Digital twins of a rolling mill"** – *postponed*
originally {d(4)}; new date: {wd(2036,6,19)} 19 June 2036
Speakers: **Thomas Schmitt** and **Julia Schmitt-Ravel**, Arcelor Digital Lab Dudelange
(The speakers asked for the postponement because the pilot line will only start in May.)

**Episode 17 – "Ceramics for batteries: what the gigafactories need"**
{d(5)}, 12:30–13:15 CET
Speaker: **Dr. Piotr Zawadzki-Leclerc**, Institut Jean Lamour, CNRS–Université de Lorraine
Guest: Morgane Kieffer, purchasing director, Batteries Est SA

**Episode 18 – "Season finale: ask the cluster anything"**
{d(6)}, 12:30–13:30 CET
With **Bernard Hoffmann**, President of MAMC, and **Isabelle Wagner-Dupont**, Cluster Manager

## The earlier seasons

Season 1 (September 2034 – February 2035) and season 2 (September 2035 – December 2035) had twelve episodes. The most watched were episode 4, "Aluminium foam in car crash boxes" (9 October 2034, 612 viewers), and episode 9, "Green steel: a reality check" (14 October 2035, 488 viewers), with Prof. Marc-Antoine Lévêque of Arts et Métiers in Metz.

## Why a webinar series?

Our members are spread across Moselle, Meurthe-et-Moselle, Saarland and Luxembourg. Many are small companies in which the engineers cannot leave the plant for a full-day event. A 45-minute session at lunchtime fits into their day, and the recordings let night-shift teams watch later. The series has also helped us to recruit eleven new members since 2034: in the registration form, one in four participants said they had not heard of the cluster before.

## Registration

Participation is free, but registration is needed for each episode. Members receive the link automatically. Non-members register on the event page; the link is sent the day before. Each webinar counts for one hour of continuing education for the engineers of the Ordre des ingénieurs du Luxembourg.

## Key takeaways of season 2

At the end of season 2 we asked the speakers for their main messages. The points they agreed on:

- Decarbonising steel will change the supply chains of every metal-processing company in the Greater Region, not only the mills.
- Recycled materials need standards and test methods that buyers trust, and the clusters can help to write them.
- Small companies gain most when they test new materials in shared pilot lines before investing.
- Cross-border projects between Lorraine, Saarland and Luxembourg should become the rule rather than the exception.

## Contact

Isabelle Wagner-Dupont, Cluster Manager – i.wagner-dupont@mamc.example
Yannick Baudoin, events and communication – y.baudoin@mamc.example

Moselle Advanced Materials Cluster · Technopôle de Metz, 4 rue Marconi, 57070 Metz
The cluster is supported by the Grand Est Region and Eurométropole de Metz.

[Privacy](/privacy) · [Legal notice](/legal) · [Newsletter](/newsletter) · [LinkedIn](https://linkedin.example/mamc)
"""
write(F, T)
gold(F,
 [P('Clémence Muller-Koenig', 'R&D manager', 'Aciéries de Florange SAS'),
  P('Yannick Baudoin', 'events and communication', 'Moselle Advanced Materials Cluster'),
  P('Stefan Weißenborn', 'Chair of Composite Materials', 'Saarland University'),
  P('Léa Bertrand', 'co-founder', 'ReCarbone SAS'),
  P('Ana Sofia Gonçalves', 'senior researcher', 'Luxembourg Institute of Science and Technology'),
  P('Thomas Schmitt', None, 'Arcelor Digital Lab Dudelange'),
  P('Julia Schmitt-Ravel', None, 'Arcelor Digital Lab Dudelange'),
  P('Piotr Zawadzki-Leclerc', None, 'Institut Jean Lamour'),
  P('Morgane Kieffer', 'purchasing director', 'Batteries Est SA'),
  P('Bernard Hoffmann', 'President', 'Moselle Advanced Materials Cluster'),
  P('Isabelle Wagner-Dupont', 'Cluster Manager', 'Moselle Advanced Materials Cluster'),
  P('Marc-Antoine Lévêque', None, 'Arts et Métiers')],
 [O('Moselle Advanced Materials Cluster', 'MAMC'), O('Institut Jean Lamour', 'IJL'), O('Luxembourg Institute of Science and Technology', 'LIST'),
  O('MatSaar e.V.'), O('Aciéries de Florange SAS'), O('Saarland University'), O('ReCarbone SAS'), O('Arcelor Digital Lab Dudelange'),
  O('CNRS'), O('Université de Lorraine'), O('Batteries Est SA'), O('Arts et Métiers'), O('Ordre des ingénieurs du Luxembourg'),
  O('Grand Est Region'), O('Eurométropole de Metz')],
 [E('"Materials Matter" – webinar series, season 3', '2036-01', '2036-06', None, None),
  E('Episode 13 – "Steel after coal: hydrogen-reduced iron for the Lorraine mills"', '2036-01-17', '2036-01-17', None, None),
  E('Episode 14 – "Recycled carbon fibre: from aircraft scrap to bicycle frames"', '2036-02-14', '2036-02-14', None, None),
  E('Episode 15 – "Coatings that heal themselves"', '2036-03-13', '2036-03-13', None, None),
  E('Episode 16 – "Digital twins of a rolling mill"', '2036-06-19', '2036-06-19', None, None),
  E('Episode 17 – "Ceramics for batteries: what the gigafactories need"', '2036-05-15', '2036-05-15', None, None),
  E('Episode 18 – "Season finale: ask the cluster anything"', '2036-06-12', '2036-06-12', None, None),
  E('Season 1', '2034-09', '2035-02', None, None),
  E('Season 2', '2035-09', '2035-12', None, None),
  E('episode 4, "Aluminium foam in car crash boxes"', '2034-10-09', '2034-10-09', None, None),
  E('episode 9, "Green steel: a reality check"', '2035-10-14', '2035-10-14', None, None)],
 ['2036-01/2036-06', '2036-01-08', '2036-01-17', '2036-02-14', '2036-03-13', '2036-04-10', '2036-06-19', '2036-05-15', '2036-06-12',
  '2034-09/2035-02', '2035-09/2035-12', '2034-10-09', '2035-10-14', '2034', '2036-05'],
 ['Decarbonising steel will change the supply chains of every metal-processing company in the Greater Region, not only the mills',
  'Recycled materials need standards and test methods that buyers trust, and the clusters can help to write them',
  'Small companies gain most when they test new materials in shared pilot lines before investing',
  'Cross-border projects between Lorraine, Saarland and Luxembourg should become the rule rather than the exception'],
 pub='2036-01-08')
