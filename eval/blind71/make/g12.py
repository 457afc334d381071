from common import *
doc='12_blue_port_hackathon_2036.md'
t='''**NEWS · 15 January 2036**

# Blue Port Hackathon 2036: applications open, jury announced

*Valletta, Malta – The Malta Maritime Cluster and the Malta Council for Science and Technology (MCST) today opened applications for the second Blue Port Hackathon, a 48-hour challenge for teams of developers, engineers, designers and students who want to make Mediterranean ports cleaner, safer and more efficient.*

The hackathon will take place from **Friday 14 to Sunday 16 March 2036** at the Mediterranean Maritime Hub in Marsa, with a final pitch and award ceremony on Sunday afternoon. It is co-organised by Transport Malta and the University of Malta, and supported by Infrastructure Malta and the Port of Valencia's innovation hub, Opentop.

"Our ports are at the heart of the Maltese economy, but they are also next to where people live," said **Dr. Karl Agius Ferrante**, Chief Executive Officer of the Malta Maritime Cluster. "We want young people to help us solve real problems – shore power, traffic in the Grand Harbour, the tracking of containers – and to show the industry what they can do in a weekend."

## The challenges

Teams will choose one of four challenges, each proposed by a partner organisation:

1. **Shore power planning** – a tool to plan the connection of cruise ships to onshore electricity, proposed by Enemalta plc.
2. **Harbour traffic** – predicting congestion of ferries, tugs and yachts in the Grand Harbour, proposed by Transport Malta.
3. **Smart containers** – using open data to reduce the dwell time of containers at the Malta Freeport, proposed by Malta Freeport Terminals Ltd.
4. **Clean water** – low-cost monitoring of water quality inside marinas, proposed by the University of Malta's Department of Geosciences.

Mentors from the partner organisations will be available throughout the weekend. Each team will receive access to anonymised data sets prepared for the event.

## Who can apply

The hackathon is open to teams of three to five people aged 18 or over. At least one member of each team must live or study in Malta or Gozo; mixed international teams are welcome. Individuals without a team can apply and will be matched with others at the opening on Friday evening. Participation is free, and meals are provided during the weekend. Teams should bring their own laptops; power, Wi-Fi, a quiet room and cloud credits offered by the sponsors will be available on site throughout.

## The jury

The winners will be chosen by a jury of six:

- **Prof. Maria Azzopardi-Spiteri**, University of Malta (chair of the jury)
- **Ing. Joseph Borg Cardona**, Director General, Transport Malta
- **Dr. Elena Rossi-Cutajar**, Head of Research and Innovation Programmes, MCST
- **Javier Martínez de la Fuente**, Director, Opentop, Valenciaport Foundation
- **Leah Micallef**, founder, Harbourlytics Ltd (winner of the 2035 edition)
- **Dr. Karl Agius Ferrante**, Malta Maritime Cluster

Projects will be judged on relevance to the challenge (30 %), technical quality (25 %), feasibility and business potential (25 %) and the quality of the pitch (20 %). The jury's decision is final.

## Prizes

- First prize: €5,000 and a place in the MCST FUSION commercialisation programme
- Second prize: €3,000
- Third prize: €1,500
- Special prize of the Malta Maritime Cluster for the best solution by a student team: a study trip to Valenciaport in May 2036

## Programme

**Friday 14 March 2036**
- 17:00 Registration
- 18:00 Opening and presentation of the challenges – Hon. Chris Grech Sant, Parliamentary Secretary for Maritime Affairs
- 19:30 Team formation and dinner
- 20:30 Hacking starts

**Saturday 15 March 2036**
- 09:00 Mentoring rounds
- 14:00 Workshop on pitching, led by Rebecca Zammit (Malta Enterprise)
- 20:00 Hacking continues through the night

**Sunday 16 March 2036**
- 12:00 Submission of projects
- 14:00 Final pitches (5 minutes + 3 minutes Q&A per team)
- 17:30 Award ceremony and closing reception

## Looking back at the first edition

The first Blue Port Hackathon was held on 9–11 March 2035 with 17 teams and 74 participants. The winning team, Harbourlytics, developed a model to forecast berth occupancy; it has since been founded as a company and is running a pilot with a shipping agent in Birżebbuġa.

The organisers say the second edition will put more emphasis on follow-up. Each of the winning teams will be offered three months of coaching by the Cluster's member companies and a meeting with the partner that proposed its challenge, to discuss whether the prototype can be tested in a real port environment.

## Deadlines

- Applications close on **Wednesday 20 February 2036** at 23:59 CET.
- Selected teams will be informed by **Sunday 2 March 2036**.
- Teams must confirm their participation by **Wednesday 5 March 2036**.

Apply through the form on the Cluster's website. For questions contact **Daniela Vella Bonnici**, Events Coordinator, Malta Maritime Cluster, events@maltamaritimecluster.example, +356 2100 0000.

---
*Share: [Facebook](#) · [LinkedIn](#) · [X](#)* · Tags: hackathon, ports, innovation, MCST
'''
write(doc,t)
MMC='Malta Maritime Cluster'; UM='University of Malta'; TM='Transport Malta'
gold(doc,[P('Karl Agius Ferrante','Chief Executive Officer',MMC),P('Maria Azzopardi-Spiteri','chair of the jury',UM),P('Joseph Borg Cardona','Director General',TM),
 P('Elena Rossi-Cutajar','Head of Research and Innovation Programmes','MCST'),P('Javier Martínez de la Fuente','Director','Opentop'),
 P('Leah Micallef','founder','Harbourlytics Ltd'),P('Chris Grech Sant','Parliamentary Secretary for Maritime Affairs',None),
 P('Rebecca Zammit',None,'Malta Enterprise'),P('Daniela Vella Bonnici','Events Coordinator',MMC)],
 [O(MMC),O('Malta Council for Science and Technology','MCST'),O(TM),O(UM),O('Infrastructure Malta'),O('Opentop'),O('Port of Valencia'),O('Enemalta plc'),
  O('Malta Freeport Terminals Ltd'),O("Department of Geosciences"),O('Valenciaport Foundation'),O('Harbourlytics Ltd'),O('Malta Enterprise'),O('Mediterranean Maritime Hub')],
 [E('Blue Port Hackathon 2036','2036-03-14','2036-03-16','Marsa','Malta'),E('award ceremony','2036-03-16',None,'Marsa','Malta'),
  E('Team formation and dinner','2036-03-14',None,'Marsa','Malta'),E('Workshop on pitching','2036-03-15',None,'Marsa','Malta'),
  E('closing reception','2036-03-16',None,'Marsa','Malta'),E('study trip to Valenciaport','2036-05',None,None,None),
  E('first Blue Port Hackathon','2035-03-09','2035-03-11',None,'Malta')],
 ['2036-01-15','2036-03-14/2036-03-16','2036-05','2036-03-14','2036-03-15','2036-03-16','2035-03-09/2035-03-11','2036-02-20','2036-03-02','2036-03-05'],pub='2036-01-15')
