from h import *
F = 'g11_danube_circular_events_page.md'
for y,m,d_,w in [(2035,3,13,'Tuesday'),(2035,6,7,'Thursday'),(2035,10,17,'Wednesday'),(2036,2,20,'Wednesday'),(2036,4,15,'Tuesday'),(2036,5,27,'Tuesday'),(2036,9,16,'Tuesday'),(2036,11,5,'Wednesday')]:
    assert wd(y,m,d_)==w, (y,m,d_)
T = """[Skip to content](#main)

**DANUBE-CIRCLE** · Interreg Danube Region Programme
[Home](/) | [About](/about) | [Partners](/partners) | [Pilots](/pilots) | [Library](/library) | **Events** | [News](/news) | [Contact](/contact)

# Events

*Our transnational events, partner meetings and regional workshops. All times are local time. Presentations of past
events can be downloaded from the [Library](/library). Last updated 2 April 2036.*

Filter: [All](?f=all) · [Upcoming](?f=up) · [Past](?f=past) · [Online](?f=online)

---

## Upcoming events

### Regional workshop: Circular construction in Vojvodina
**Tuesday 15 April 2036, 09:30–13:00** · Novi Sad, Serbia · Science Technology Park Novi Sad
Hosted by the Vojvodina ICT Cluster (VOICT) together with the Faculty of Technical Sciences of the University of
Novi Sad. Contractors, architects and municipal buyers discuss material passports and selective demolition.
Speakers include Dragana Milovanović (VOICT) and Prof. Zoran Stojanović (University of Novi Sad).
Language: Serbian with English summary. [Register](#)

### Webinar: Green public procurement for circular products
**Tuesday 27 May 2036, 10:00–11:30 CET** · Online
Public buyers from four countries share tender clauses that worked. Moderated by Kinga Szabó-Tóth, procurement
expert at the Pannon Business Network Association (PBN). [Register](#)

### 6th partner meeting and study visit
**16–18 September 2036** · Ruse, Bulgaria
Hosted by the Ruse Chamber of Commerce and Industry. The programme includes a study visit to the Ruse industrial
zone and the plastics recycling plant of Danube Polymers EAD on 17 September. Partners only.

### Final conference "Circular Danube: from pilots to policies"
**Wednesday 5 November 2036** · Vienna, Austria
Organised by the lead partner, the Vienna Business Agency, with the support of the Austrian Federal Ministry for
Climate Action. Save the date – programme to be published in June 2036.

---

## Past events

### Mid-term conference and 5th partner meeting
**20–21 February 2036** · Bratislava, Slovakia
About 110 participants met at the Slovak University of Technology in Bratislava. On the first day, Deputy Director
General Lucia Hrušovská (Ministry of Economy of the Slovak Republic) opened the conference and the six pilot
regions presented their results. On the second day the partners agreed on the outline of the joint circular
economy strategy for the Danube Region. [Presentations](#) · [Photo gallery](#) · [Report (PDF)](#)

### Matchmaking event "Waste is a resource"
**17 October 2035** · Osijek, Croatia
Organised by the Osijek-Baranja County Development Agency during the Osijek Business Days. 54 companies held 132
B2B meetings; 9 cooperation agreements followed. [Report](#)

### Training school on circular business models
**7–9 June 2035** · Cluj-Napoca, Romania
The three-day training for cluster managers was run by the Transylvania Furniture Cluster and the Technical
University of Cluj-Napoca. Trainers: Prof. Ioana Pop-Bălan, Andrei Moldovan and Judit Fekete. 28 participants
from eight countries received certificates. [Materials](#)

### 4th partner meeting
**13–14 March 2035** · Maribor, Slovenia
Hosted by the Štajerska Economic Chamber. Partners reviewed the regional baseline studies and visited the waste
sorting centre of Snaga Maribor. [Minutes (partners' area)](#)

### Regional workshop: Textile waste in Upper Austria
**28 November 2034** · Linz, Austria
Organised by Business Upper Austria with the regional textile industry. [Presentations](#)

### Kick-off meeting
**11–12 July 2034** · Vienna, Austria
The eleven partners met at the Vienna Business Agency to launch the project. [News item](#)

[Show older events](?page=2)

---

## Organise an event with us

Clusters, chambers and agencies in the Danube Region that would like to host a DANUBE-CIRCLE workshop in 2036 can
write to Eva Hofbauer, events coordinator, Vienna Business Agency, events@example-danubecircle.eu.

---

**Partners:** Vienna Business Agency (AT, lead) · Business Upper Austria (AT) · Pannon Business Network Association
(HU) · Slovak University of Technology in Bratislava (SK) · Štajerska Economic Chamber (SI) · Osijek-Baranja County
Development Agency (HR) · Vojvodina ICT Cluster (RS) · Transylvania Furniture Cluster (RO) · Technical University of
Cluj-Napoca (RO) · Ruse Chamber of Commerce and Industry (BG) · Moldova Circular Economy Association (MD)

*Project co-funded by the European Union (Interreg Danube Region). © 2036 DANUBE-CIRCLE ·
[Privacy](/privacy) · [Cookies](/cookies) · [Accessibility](/accessibility)*
"""
assert wd(2034,11,28)=='Tuesday' and wd(2036,9,17)=='Wednesday'
write(F, T)
gold(F,
 [P('Dragana Milovanović',None,'VOICT'), P('Zoran Stojanović',None,'University of Novi Sad'),
  P('Kinga Szabó-Tóth','procurement expert','Pannon Business Network Association'),
  P('Lucia Hrušovská','Deputy Director General','Ministry of Economy of the Slovak Republic'),
  P('Ioana Pop-Bălan','Trainer'), P('Andrei Moldovan','Trainer'), P('Judit Fekete','Trainer'),
  P('Eva Hofbauer','events coordinator','Vienna Business Agency')],
 [O('Vojvodina ICT Cluster','VOICT'), O('Faculty of Technical Sciences of the University of Novi Sad'), O('University of Novi Sad'),
  O('Pannon Business Network Association','PBN'), O('Ruse Chamber of Commerce and Industry'), O('Danube Polymers EAD'),
  O('Vienna Business Agency'), O('Austrian Federal Ministry for Climate Action'), O('Slovak University of Technology in Bratislava'),
  O('Ministry of Economy of the Slovak Republic'), O('Osijek-Baranja County Development Agency'),
  O('Transylvania Furniture Cluster'), O('Technical University of Cluj-Napoca'), O('Štajerska Economic Chamber'),
  O('Snaga Maribor'), O('Business Upper Austria'), O('Moldova Circular Economy Association')],
 [E('Regional workshop: Circular construction in Vojvodina','2036-04-15',None,'Novi Sad','Serbia'),
  E('Webinar: Green public procurement for circular products','2036-05-27',None,None,None),
  E('6th partner meeting','2036-09-16','2036-09-18','Ruse','Bulgaria'),
  E('study visit to the Ruse industrial zone','2036-09-17',None,'Ruse','Bulgaria'),
  E('Final conference "Circular Danube: from pilots to policies"','2036-11-05',None,'Vienna','Austria'),
  E('Mid-term conference and 5th partner meeting','2036-02-20','2036-02-21','Bratislava','Slovakia'),
  E('Matchmaking event "Waste is a resource"','2035-10-17',None,'Osijek','Croatia'),
  E('Osijek Business Days',None,None,'Osijek','Croatia'),
  E('Training school on circular business models','2035-06-07','2035-06-09','Cluj-Napoca','Romania'),
  E('4th partner meeting','2035-03-13','2035-03-14','Maribor','Slovenia'),
  E('Regional workshop: Textile waste in Upper Austria','2034-11-28',None,'Linz','Austria'),
  E('Kick-off meeting','2034-07-11','2034-07-12','Vienna','Austria')],
 ['2036-04-02','2036-04-15','2036-05-27','2036-09-16/2036-09-18','2036-09-17','2036-11-05','2036-06','2036-02-20/2036-02-21',
  '2035-10-17','2035-06-07/2035-06-09','2035-03-13/2035-03-14','2034-11-28','2034-07-11/2034-07-12','2036'],
 [], pub=None)
