from h import *
F = 'islecirc-project-events.md'
T = '''[ISLE-CIRC](#) | About | Partners | Pilots | **Events** | Results | News | Contact

# Events

*ISLE-CIRC – Circular tourism and food systems on Mediterranean islands* is an Interreg Euro-MED project (2032–2035) led by the **University of the Aegean** in Mytilene (Lesbos) with nine partners from Greece, Cyprus, Italy, Spain, Croatia and Malta. On this page you find the project's public events. Partner meetings are listed at the end. All times are local.

Filter: [All](#) · [Workshops](#) · [Webinars](#) · [Conferences](#) · [Partner meetings](#)

---

## Upcoming

### Living Lab Lesbos #4: "Food waste from hotels to farms"
**Thursday 5 October 2034, 09:30–15:30 · Mytilene, University of the Aegean, Department of Environment**

Hands-on workshop with hotel managers, farmers and the municipality. Presentations by **Dr. Marianna Vlachou-Kouris**, Associate Professor, University of the Aegean, and **Stelios Fragkoulis**, Director, North Aegean Hotel Association. Greek with English summaries. Registration by 28 September 2034.

### Webinar: Deposit-return systems on small islands
**Tuesday 17 October 2034, 11:00–12:30 CET · online**

With **Dr. Joseph Camilleri**, Head of Operations, BCRS Malta Ltd, and **Ana Petrić-Bašić**, Circular Economy Officer, Split-Dalmatia County. Moderation: **Giovanna Lo Presti**, communication manager of the project, Sicindustria (Palermo).

### Transnational workshop: Islands' water and energy nexus
**Wednesday 8 – Thursday 9 November 2034 · Palma (Mallorca), Fundació Balears Innovació**

Two-day workshop with site visits to a desalination plant and a hotel solar-cooling pilot. Hosted by **Bartomeu Ferrer Salvà**, Project Manager, Fundació Balears Innovació. Travel support is available for 15 participants from islands outside Spain; apply by 6 October 2034.

### ~~Study visit Vis island (Croatia)~~ – CANCELLED
~~23–24 November 2034~~ – cancelled because the ferry timetable changes in winter. The content will be covered in the final conference instead.

### ISLE-CIRC Final Conference
**15–16 May 2035 · Limassol, Cyprus** – *save the date*

Results of the eight island pilots, launch of the *Island Circularity Toolbox* and a policy roundtable with the Euro-MED Tourism and Green Living Mission. Hosted by the **Cyprus University of Technology**. Programme to follow in February 2035.

---

## Past events

- **Mid-term conference**, 12 June 2034, Catania (Sicily) – 140 participants; conclusions available on the Results page. Opening by **Prof. Salvatore Distefano-Russo**, Vice-Rector, University of Catania.
- **Living Lab Lesbos #3**, 18 April 2034, Mytilene – compost from olive-mill waste.
- **Webinar: Circular procurement for island municipalities**, 7 March 2034, online – recording on YouTube; speaker **Eva Lindqvist-Moreno**, Senior Expert, ICLEI Europe.
- **Living Lab Mallorca #2**, 22 February 2034, Palma.
- **Kick-off conference**, 26–27 January 2033, Mytilene – with **Dr. Nikos Papageorgiou-Lemonis**, Secretary General of the Region of North Aegean.

## Partner meetings (internal)

| Meeting | Date | Place |
|---|---|---|
| 1st partner meeting (kick-off) | 26–27 January 2033 | Mytilene |
| 2nd partner meeting | 19–20 October 2033 | Split |
| 3rd partner meeting | 11 June 2034 | Catania |
| 4th partner meeting | 7 November 2034 | Palma |
| 5th partner meeting | 14 May 2035 | Limassol |

## How our events work

Living Labs are local, practical and mostly in the language of the island; webinars and transnational workshops are in English. Participation is free. Presentations are published on the Results page within two weeks, and every event ends with a short feedback form whose results feed into the pilots. If you run an island business, a municipality or a research group and want to host a Living Lab session in 2035, write to the events team before the end of January 2035.

## Contact for events

**Giovanna Lo Presti**, Communication Manager, Sicindustria – events@islecirc.example
Project coordinator: **Prof. Dr. Konstantinos Alexiou**, University of the Aegean

---

*The ISLE-CIRC project is co-funded by the European Union through the Interreg Euro-MED Programme 2021–2027.*

[Privacy](#) · [Cookie settings](#) · [Accessibility](#) · [Project partners' logos](#)
'''
write_text(F, T)
UA = 'University of the Aegean'
gold(F, None,
 [P('Marianna Vlachou-Kouris','Associate Professor',UA),
  P('Stelios Fragkoulis','Director','North Aegean Hotel Association'),
  P('Joseph Camilleri','Head of Operations','BCRS Malta Ltd'),
  P('Ana Petrić-Bašić','Circular Economy Officer','Split-Dalmatia County'),
  P('Giovanna Lo Presti','Communication Manager','Sicindustria'),
  P('Bartomeu Ferrer Salvà','Project Manager','Fundació Balears Innovació'),
  P('Salvatore Distefano-Russo','Vice-Rector','University of Catania'),
  P('Eva Lindqvist-Moreno','Senior Expert','ICLEI Europe'),
  P('Nikos Papageorgiou-Lemonis','Secretary General','Region of North Aegean'),
  P('Konstantinos Alexiou','Project coordinator',UA)],
 [O(UA),O('Department of Environment'),O('North Aegean Hotel Association'),O('BCRS Malta Ltd'),O('Split-Dalmatia County'),O('Sicindustria'),
  O('Fundació Balears Innovació'),O('Cyprus University of Technology'),O('University of Catania'),O('ICLEI Europe'),O('Region of North Aegean'),
  O('Euro-MED Tourism and Green Living Mission')],
 [E('Living Lab Lesbos #4: "Food waste from hotels to farms"','2034-10-05',None,'Mytilene','Greece'),
  E('Webinar: Deposit-return systems on small islands','2034-10-17'),
  E("Transnational workshop: Islands' water and energy nexus",'2034-11-08','2034-11-09','Palma','Spain'),
  E('ISLE-CIRC Final Conference','2035-05-15','2035-05-16','Limassol','Cyprus'),
  E('Mid-term conference','2034-06-12',None,'Catania','Italy'),
  E('Living Lab Lesbos #3','2034-04-18',None,'Mytilene','Greece'),
  E('Webinar: Circular procurement for island municipalities','2034-03-07'),
  E('Living Lab Mallorca #2','2034-02-22',None,'Palma','Spain'),
  E('Kick-off conference','2033-01-26','2033-01-27','Mytilene','Greece'),
  E('2nd partner meeting','2033-10-19','2033-10-20','Split','Croatia'),
  E('3rd partner meeting','2034-06-11',None,'Catania','Italy'),
  E('4th partner meeting','2034-11-07',None,'Palma','Spain'),
  E('5th partner meeting','2035-05-14',None,'Limassol','Cyprus')],
 ['2032/2035','2034-10-05','2034-09-28','2034-10-17','2034-11-08/2034-11-09','2034-10-06','2034-11-23/2034-11-24','2035-05-15/2035-05-16','2035-02',
  '2034-06-12','2034-04-18','2034-03-07','2034-02-22','2033-01-26/2033-01-27','2033-10-19/2033-10-20','2034-06-11','2034-11-07','2035-05-14','2021/2027','2035','2035-01'],
 [])
