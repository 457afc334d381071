from h import *
F = 'baltic-blue-bioeconomy-webinar-series.md'
T = """# Blue Bioeconomy Talks – webinar series 2034/35

**BlueBaltic Clusters Alliance** · Knowledge › Webinars · Last update: 9 January 2035

The *Blue Bioeconomy Talks* are a series of free one-hour webinars for cluster managers, SMEs and researchers working with algae, fish side-streams, mussels and other marine biomass around the Baltic Sea. The series is run by the BlueBaltic Clusters Alliance with support from the Interreg Baltic Sea Region project SEAVALUE and the Council of the Baltic Sea States (CBSS). Each episode features two or three short presentations followed by questions from the audience. All episodes are recorded; recordings and slides are published on this page within a week.

Episodes take place on Wednesdays at 10:00 CET (11:00 EET). Registration is through the Zoom link under each episode.

---

## Season 1 (autumn 2034) – recordings available

**Episode 1 – "Why the Baltic needs a blue bioeconomy strategy"**
Wednesday 13 September 2034
Speakers: Kristiina Vaher-Laan, Programme Director, BlueBaltic Clusters Alliance; Dr. Tomas Žemaitis, Klaipėda University
Moderator: Laura Ozoliņa, Kurzeme Planning Region
▶ Recording (58 min) · Slides (PDF)

**Episode 2 – "From fish heads to pet food: side-stream valorisation in practice"**
Wednesday 11 October 2034
Speakers: Henrik Asplund, CEO, Kalmar Marine Ingredients AB; Dr. Magdalena Kwiatkowska-Lis, Gdańsk University of Technology
Moderator: Kristiina Vaher-Laan
▶ Recording (61 min) · Slides (PDF)

**Episode 3 – "Seaweed farming licences: what each country requires"**
Wednesday 8 November 2034
Speakers: Jonas Vilhelmsen, Danish Shellfish Centre (DTU Aqua); Aivar Tamm, Estonian Ministry of Regional Affairs and Agriculture; Kati Mäkinen, Natural Resources Institute Finland (Luke)
Moderator: Laura Ozoliņa
▶ Recording (64 min) · Slides (PDF)

**Episode 4 – "Financing blue start-ups"** 
Wednesday 13 December 2034
Speakers: Matthias von Ahlefeldt, Investment Manager, BlueInvest Fund (European Investment Fund); Ilze Bērziņa-Krūmiņa, Latvian Investment and Development Agency (LIAA)
Moderator: Dr. Tomas Žemaitis
▶ Recording (55 min) · Slides (PDF)

Main points of season 1 (summary by the moderators):

1. Side-streams are the quickest win: processors already pay to dispose of material that has a market value.
2. Licensing rules for seaweed and mussel farms differ so much between countries that investors see them as a risk.
3. Start-ups need patient capital and pilot facilities more than grants.
4. Clusters should share one map of pilot plants around the Baltic Sea instead of each publishing its own.

---

## Season 2 (spring 2035) – open for registration

**Episode 5 – "Algae for feed: regulatory pathway and first products"**
Wednesday 24 January 2035
Speakers: Dr. Sigrid Holmqvist, RISE Research Institutes of Sweden; Andrius Petrauskas, Baltic Algae Tech UAB
Moderator: Laura Ozoliņa
→ Register

**Episode 6 – "Skills for the blue economy: what vocational schools can do"**
Wednesday 21 February 2035
Speakers: Mari-Liis Kask, Pärnu County Development Centre; Wojciech Nowicki, Pomeranian Maritime Cluster
Moderator: Kristiina Vaher-Laan
→ Register

**Episode 7 – "Blue bioeconomy in the ports of Liepāja and Klaipėda"**
Wednesday 21 March 2035
Speakers: Edgars Kalniņš, Port of Liepāja Special Economic Zone Authority; Rasa Daukšienė, Klaipėda Science and Technology Park
Moderator: Dr. Tomas Žemaitis
→ Register

**Episode 8 – Season finale: "What have we learnt?" (live from Tallinn)**
Wednesday 25 April 2035, 14:00–16:00 EET, hybrid, Tallinn University of Technology (TalTech), Tallinn
Panel with all season moderators; followed by a networking reception for participants on site.
→ Register (on site places limited to 60)

---

### About the organisers

The **BlueBaltic Clusters Alliance** brings together eleven cluster organisations from Denmark, Estonia, Finland, Germany, Latvia, Lithuania, Poland and Sweden. Its secretariat is hosted by the Pärnu County Development Centre in Estonia. The Alliance was founded in Gdańsk in 2029.

**SEAVALUE** is co-financed by the Interreg Baltic Sea Region Programme 2028–2034 and runs until June 2035.

Questions about the series: Kadri Sepp, communication officer, webinars@bluebaltic.eu

*By registering you agree that your name and organisation are shared with the speakers. We do not record the chat.*
"""
write(F, T)
gold(F, [P('Kristiina Vaher-Laan','Programme Director','BlueBaltic Clusters Alliance'),
 P('Tomas Žemaitis',None,'Klaipėda University'), P('Laura Ozoliņa','Moderator','Kurzeme Planning Region'),
 P('Henrik Asplund','CEO','Kalmar Marine Ingredients AB'), P('Magdalena Kwiatkowska-Lis',None,'Gdańsk University of Technology'),
 P('Jonas Vilhelmsen',None,'Danish Shellfish Centre'), P('Aivar Tamm',None,'Estonian Ministry of Regional Affairs and Agriculture'),
 P('Kati Mäkinen',None,'Natural Resources Institute Finland'),
 P('Matthias von Ahlefeldt','Investment Manager','BlueInvest Fund'),
 P('Ilze Bērziņa-Krūmiņa',None,'Latvian Investment and Development Agency'),
 P('Sigrid Holmqvist',None,'RISE Research Institutes of Sweden'), P('Andrius Petrauskas',None,'Baltic Algae Tech UAB'),
 P('Mari-Liis Kask',None,'Pärnu County Development Centre'), P('Wojciech Nowicki',None,'Pomeranian Maritime Cluster'),
 P('Edgars Kalniņš',None,'Port of Liepāja Special Economic Zone Authority'),
 P('Rasa Daukšienė',None,'Klaipėda Science and Technology Park'),
 P('Kadri Sepp','communication officer','BlueBaltic Clusters Alliance')],
 [O('BlueBaltic Clusters Alliance'), O('Council of the Baltic Sea States','CBSS'), O('Klaipėda University'),
  O('Kurzeme Planning Region'), O('Kalmar Marine Ingredients AB'), O('Gdańsk University of Technology'),
  O('Danish Shellfish Centre'), O('DTU Aqua'), O('Estonian Ministry of Regional Affairs and Agriculture'),
  O('Natural Resources Institute Finland','Luke'), O('BlueInvest Fund'), O('European Investment Fund'),
  O('Latvian Investment and Development Agency','LIAA'), O('RISE Research Institutes of Sweden'), O('Baltic Algae Tech UAB'),
  O('Pärnu County Development Centre'), O('Pomeranian Maritime Cluster'), O('Port of Liepāja Special Economic Zone Authority'),
  O('Klaipėda Science and Technology Park'), O('Tallinn University of Technology','TalTech')],
 [E('Episode 1 – "Why the Baltic needs a blue bioeconomy strategy"','2034-09-13','2034-09-13',None,None),
  E('Episode 2 – "From fish heads to pet food: side-stream valorisation in practice"','2034-10-11','2034-10-11',None,None),
  E('Episode 3 – "Seaweed farming licences: what each country requires"','2034-11-08','2034-11-08',None,None),
  E('Episode 4 – "Financing blue start-ups"','2034-12-13','2034-12-13',None,None),
  E('Episode 5 – "Algae for feed: regulatory pathway and first products"','2035-01-24','2035-01-24',None,None),
  E('Episode 6 – "Skills for the blue economy: what vocational schools can do"','2035-02-21','2035-02-21',None,None),
  E('Episode 7 – "Blue bioeconomy in the ports of Liepāja and Klaipėda"','2035-03-21','2035-03-21',None,None),
  E('Episode 8 – Season finale: "What have we learnt?"','2035-04-25','2035-04-25','Tallinn','Estonia'),
  E('networking reception','2035-04-25','2035-04-25','Tallinn','Estonia'),
  E('Blue Bioeconomy Talks',None,None,None,None)],
 ['2035-01-09','2034-09-13','2034-10-11','2034-11-08','2034-12-13','2035-01-24','2035-02-21','2035-03-21','2035-04-25',
  '2029','2028/2034','2035-06','2034'],
 ['Side-streams are the quickest win: processors already pay to dispose of material that has a market value',
  'Licensing rules for seaweed and mussel farms differ so much between countries that investors see them as a risk',
  'Start-ups need patient capital and pilot facilities more than grants',
  'Clusters should share one map of pilot plants around the Baltic Sea instead of each publishing its own'], pub='2035-01-09')
