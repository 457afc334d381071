from mk import *
doc = 'press-release-agrifood-clusters-merge-northern-netherlands.md'
t = """# PRESS RELEASE

**FoodTech Noord and Agri Innovatie Drenthe join forces as Noorderzon Agrifood Cluster**

*Groningen / Assen, 4 February 2032 – for immediate release*

The members of **FoodTech Noord** (Groningen) and **Agri Innovatie Drenthe** (Assen) have voted to merge the two
organisations into a single cluster for the agri-food chain of the northern Netherlands. The new association,
**Noorderzon Agrifood Cluster (NAC-NL)**, will start operating on 1 April 2032 and brings together 212 companies,
four knowledge institutions and the provinces of Groningen and Drenthe as supporting partners.

The decision was taken at two extraordinary general meetings held in parallel on 29 January 2032, in Groningen and
in Assen, which were connected by video link. In Groningen 94% of the votes were in favour; in Assen 88%.

## Why merge?

Both clusters were founded in 2014 and grew up serving overlapping members: potato and starch processors, dairy
suppliers, greenhouse growers and the machine builders who supply them. "Our members were paying two fees and
sitting in two sets of working groups on the same topics," said Hendrika Wolters, outgoing chair of FoodTech Noord.
"A single cluster with one team will be stronger when we talk to The Hague and to Brussels."

## The new leadership

- **Chair:** Jan-Willem Bakker, until now chair of Agri Innovatie Drenthe and director of the cooperative
  Veenkoloniale Zetmeel U.A., becomes chair of the Board of NAC-NL for an initial term of three years.
- **Vice-chair:** Hendrika Wolters steps down as chair of FoodTech Noord and becomes vice-chair of the new Board.
- **Managing director:** Marloes van der Veen, managing director of FoodTech Noord since 2027, takes up the same
  position at NAC-NL.
- **Deputy director and head of programmes:** Sjoerd Hoekstra, until now director of Agri Innovatie Drenthe, becomes
  deputy director and head of programmes.
- **Treasurer:** Anneke Dijkhuis-Post (finance director, Grasland Dairy Tech B.V.).

Gerrit Oosting, who co-founded Agri Innovatie Drenthe and served as its treasurer for seventeen years, steps down
from all functions on 31 March 2032. "Gerrit kept this organisation solvent through two crises," said Jan-Willem
Bakker. "We owe him a great deal."

The other Board members are Esra Yıldız (Kas & Kiem B.V.), Prof. Rutger ten Brink (Hanze University of Applied
Sciences) and Lieke Hofstede (Province of Groningen, observer).

## What changes for members

The two offices, at the Zernike Campus in Groningen and in Assen, remain open. Membership fees for 2032 will be
harmonised at the lower of the two levels. The first joint event will be the **Noorderzon Agrifood Day** on 11 June
2032 at the Martiniplaza in Groningen.

*About NAC-NL:* Noorderzon Agrifood Cluster is a non-profit association under Dutch law. It supports innovation,
internationalisation and skills in the agri-food chain of Groningen and Drenthe.

**Press contact:** Femke Nijenhuis, communications officer, +31 50 000 0000, press@noorderzon-agrifood.example

###
"""
write_text(doc, t)
people=[P('Hendrika Wolters','outgoing chair','FoodTech Noord'),
 P('Jan-Willem Bakker','Chair','NAC-NL'),
 P('Marloes van der Veen','managing director','NAC-NL'),
 P('Sjoerd Hoekstra','deputy director and head of programmes','NAC-NL'),
 P('Anneke Dijkhuis-Post','Treasurer','NAC-NL'),
 P('Gerrit Oosting','treasurer','Agri Innovatie Drenthe'),
 P('Esra Yıldız',None,'Kas & Kiem B.V.'),
 P('Rutger ten Brink',None,'Hanze University of Applied Sciences'),
 P('Lieke Hofstede','observer','Province of Groningen'),
 P('Femke Nijenhuis','communications officer','NAC-NL')]
orgs=[O('FoodTech Noord'),O('Agri Innovatie Drenthe'),O('Noorderzon Agrifood Cluster','NAC-NL'),O('Veenkoloniale Zetmeel U.A.'),
 O('Grasland Dairy Tech B.V.'),O('Kas & Kiem B.V.'),O('Hanze University of Applied Sciences'),O('Province of Groningen')]
events=[E('Extraordinary general meeting of FoodTech Noord','2032-01-29',None,'Groningen','Netherlands'),
 E('Extraordinary general meeting of Agri Innovatie Drenthe','2032-01-29',None,'Assen','Netherlands'),
 E('Noorderzon Agrifood Day','2032-06-11',None,'Groningen','Netherlands')]
dates=['2032-02-04','2032-04-01','2032-01-29','2014','2027','2032-03-31','2032','2032-06-11']
gold(doc,'2032-02-04',people,orgs,events,dates,[])
