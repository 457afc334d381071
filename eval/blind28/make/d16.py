from mk import *
doc = 'list-of-participants-h2-sme-workshop-linz-2034.txt'
t = """DANUBE HYDROGEN CLUSTERS INITIATIVE
Peer-learning workshop "Hydrogen valleys and SMEs: from pilots to supply chains"
Linz, Austria – 4–5 June 2034
Venue: Tabakfabrik Linz, Peter-Behrens-Platz

LIST OF PARTICIPANTS (final, 5 June 2034)

No. | Name | Organisation | Country
1  | ACHLEITNER Veronika | Wasserstoff-Cluster Oberösterreich (H2-OÖ), cluster manager – host | AT
2  | BRANDSTETTER Klaus | Traunwerk Anlagenbau GmbH | AT
3  | DE LUCA Federica | Distretto Idrogeno Friulano S.c.a r.l. | IT
4  | DVOŘÁK Jan | Vodíková platforma Jih, z. s. | CZ
5  | EGGER-STADLER Miriam | Business Upper Austria – OÖ Wirtschaftsagentur GmbH | AT
6  | FARKAŠ Peter | H2 Tatry s.r.o. | SK
7  | HOLLÄNDER Tobias | Elektrolyse Süd GmbH & Co. KG | DE
8  | JURIŠIĆ Maja | Slovenian Hydrogen Valley Platform (SHVP), coordinator | SI
9  | KAINZ Wolfgang | Johannes Kepler University Linz, Institute of Chemical Technology | AT
10 | LENGYEL Zsófia | Pannon Gázrendszerek Zrt. | HU
11 | MAIER Stefan | Bayerische Wasserstoff-Werkstatt e.V. | DE
12 | NOVAK Andrej | Hidrogenija d.o.o. | SI
13 | PFEIFFER Lena | European Commission, DG GROW | BE
14 | RÖSSLER Helmut | Donaukraft Speicher AG | AT
15 | SCHWARZ Anna-Lena | Wasserstoff-Cluster Oberösterreich (H2-OÖ), project officer | AT
16 | TOMANOVÁ Zuzana | Slovak Innovation and Energy Agency (SIEA) | SK
17 | VAN DEN BERG Pieter | European Hydrogen SMEs Network | BE
18 | ZAHARIEVA Mila | Plovdiv Green Energy Cluster | BG

Apologies: KOVAČ Ivan (Dalmatian Hydrogen Initiative, HR); OSTERMANN Petra (Bayerische Wasserstoff-Werkstatt e.V., DE)

Rapporteur: SCHWARZ Anna-Lena
Organiser: Wasserstoff-Cluster Oberösterreich (H2-OÖ) in cooperation with Business Upper Austria
Next workshop of the series: Plovdiv, Bulgaria, autumn 2034 (date to be confirmed)

Page 1 of 1
"""
write_text(doc, t)
H='Wasserstoff-Cluster Oberösterreich'
people=[P('ACHLEITNER Veronika','cluster manager','H2-OÖ'),
 P('BRANDSTETTER Klaus',None,'Traunwerk Anlagenbau GmbH'),
 P('DE LUCA Federica',None,'Distretto Idrogeno Friulano S.c.a r.l.'),
 P('DVOŘÁK Jan',None,'Vodíková platforma Jih, z. s.'),
 P('EGGER-STADLER Miriam',None,'Business Upper Austria – OÖ Wirtschaftsagentur GmbH'),
 P('FARKAŠ Peter',None,'H2 Tatry s.r.o.'),
 P('HOLLÄNDER Tobias',None,'Elektrolyse Süd GmbH & Co. KG'),
 P('JURIŠIĆ Maja','coordinator','Slovenian Hydrogen Valley Platform'),
 P('KAINZ Wolfgang',None,'Institute of Chemical Technology'),
 P('LENGYEL Zsófia',None,'Pannon Gázrendszerek Zrt.'),
 P('MAIER Stefan',None,'Bayerische Wasserstoff-Werkstatt e.V.'),
 P('NOVAK Andrej',None,'Hidrogenija d.o.o.'),
 P('PFEIFFER Lena',None,'DG GROW'),
 P('RÖSSLER Helmut',None,'Donaukraft Speicher AG'),
 P('SCHWARZ Anna-Lena','project officer','H2-OÖ'),
 P('TOMANOVÁ Zuzana',None,'Slovak Innovation and Energy Agency'),
 P('VAN DEN BERG Pieter',None,'European Hydrogen SMEs Network'),
 P('ZAHARIEVA Mila',None,'Plovdiv Green Energy Cluster'),
 P('KOVAČ Ivan',None,'Dalmatian Hydrogen Initiative'),
 P('OSTERMANN Petra',None,'Bayerische Wasserstoff-Werkstatt e.V.')]
orgs=[O('DANUBE HYDROGEN CLUSTERS INITIATIVE'),O(H,'H2-OÖ'),O('Traunwerk Anlagenbau GmbH'),O('Distretto Idrogeno Friulano S.c.a r.l.'),
 O('Vodíková platforma Jih, z. s.'),O('Business Upper Austria – OÖ Wirtschaftsagentur GmbH'),O('H2 Tatry s.r.o.'),O('Elektrolyse Süd GmbH & Co. KG'),
 O('Slovenian Hydrogen Valley Platform','SHVP'),O('Johannes Kepler University Linz'),O('Institute of Chemical Technology'),O('Pannon Gázrendszerek Zrt.'),
 O('Bayerische Wasserstoff-Werkstatt e.V.'),O('Hidrogenija d.o.o.'),O('European Commission'),O('DG GROW'),O('Donaukraft Speicher AG'),
 O('Slovak Innovation and Energy Agency','SIEA'),O('European Hydrogen SMEs Network'),O('Plovdiv Green Energy Cluster'),O('Dalmatian Hydrogen Initiative')]
events=[E('Hydrogen valleys and SMEs: from pilots to supply chains','2034-06-04','2034-06-05','Linz','Austria'),
 E('Next workshop of the series','2034',None,'Plovdiv','Bulgaria')]
dates=['2034-06-04/2034-06-05','2034-06-05','2034']
gold(doc,None,people,orgs,events,dates,[])
