from common import *
doc='10_breizh_clusters_newsletter_events-pdf.txt'
t='''BREIZH CLUSTERS NETWORK · NEWSLETTER No. 42 · MARCH 2034                                   7

EVENTS & DATES

Your diary for the spring. All events are open to mem-
bers of the network's clusters unless marked otherwise.
Details and registration on the network's website.
Dates marked "tbc" may still change; we recom-
mend checking the online calendar, which is up-
dated every Friday, before booking travel. Clusters
that want their own event listed in the next issue
should send a short text of no more than 80 words
to the secretariat two weeks before publication.

OCEAN TECH DAYS                                      
4 April 2034, Brest, Océanopolis                     
The yearly meeting of the marine technology com-
munity, organised by Pôle Mer Bretagne Atlantique.
Keynote by Dr. Yann Le Goff, director of research at
Ifremer, on autonomous underwater vehicles. After-
noon workshops on offshore wind maintenance and
on port decarbonisation. Registration closes 28 March.

FOOD PACKAGING WORKSHOP
Thursday 13 April 2034, Rennes
Valorial, the Breton food innovation cluster, invites
SMEs to a hands-on workshop on compostable packag-
ing with Sophie Kerhervé (Valorial) and Prof.
Martin Lindgren of Chalmers University of Technology.
Max. 25 participants; fee €60 for non-members.

CYBERSECURITY MEETUP
25–26 April 2034, Rennes, Couvent des Jacobins
Two days of talks and a capture-the-flag contest for
students. Organised by the Pôle d'excellence cyber
with the support of Rennes Métropole. Speakers in-
clude Col. Hervé Martineau (Pôle d'excellence cyber)
and Ewa Zielińska-Morel, CISO of Orange Business.

BREIZH CLUSTERS NETWORK · NEWSLETTER No. 42 · MARCH 2034                                   8

WEBINAR: FUNDING FOR CLUSTER INTERNATIONALI-
SATION
9 May 2034, 10:00–11:00, online
Presented by Gwenaëlle Tanguy, international
project manager, Bretagne Commerce International,
and Luis Ortega Blanco of the European Cluster
Collaboration Platform. The recording will be sent to
all registered participants.

GENERAL ASSEMBLY OF THE NETWORK
16 May 2034, Saint-Brieuc
Members are reminded that the general assembly of
the Breizh Clusters Network will elect a new board.
Candidacies must reach the secretariat by 2 May
2034. The assembly will be followed by a buffet din-
ner at the Maison de l'Agriculture.

CLUSTERS AT THE REGIONAL
INNOVATION FAIR
18 May 2034, Lorient
The network has a joint stand at the Salon Breizh
Innov. Members wishing to present a product or pro-
totype on the stand should contact Erwan Le Bihan
(e.le-bihan@breizhclusters.example).

SAVE THE DATE: EUROPEAN
CLUSTER CONFERENCE
6–8 June 2034, Brussels
The European Commission has confirmed the dates
of the next European Cluster Conference. The net-
work plans a joint delegation from Brittany; details
will follow in the April newsletter.

HYDROGEN BREAKFAST
Tuesday 23 May 2034, 8:00–9:30, Saint-Nazaire
A breakfast meeting of the hydrogen working group
hosted by the Neopolia network at its offices. Pre-
sentation of the BreizH2 refuelling corridor by
Katell Morvan, project lead at Neopolia, followed
by a discussion on shared procurement of electro-
lysers. Free, but places are limited to 30.

TRAINING FOR CLUSTER MANAGERS
30–31 May 2034, Quimper
Two-day training on measuring cluster impact, led by
Dr. Ingrid Vogt-Hansen (Clusterland Oberösterreich)
and organised by France Clusters. The training is
recognised for the ESCA label renewal. Fee: €480.

LOOKING BACK
The Breizh Clusters Annual Meeting on 24 Febru-
ary 2034 in Vannes brought together 210 partici-
pants. Loïg Chesnais, President of the Regional
Council of Brittany, announced a new call for
cluster projects. Photos and presentations are avail-
able in the members' area.

BREIZH CLUSTERS NETWORK · NEWSLETTER No. 42 · MARCH 2034                                   9

IN BRIEF
- The network welcomes two new members: the ag-
  ritech cluster Vegepolys Valley (Brittany office)
  and the photonics cluster Photonics Bretagne.
- Anne-Sophie Le Roux has joined the secretariat as
  communications officer.
- Next newsletter: 24 April 2034.

Editor: Breizh Clusters Network, 1 rue du Général
Guillaudot, 35000 Rennes. Editorial director: Marc
Guillou. Unsubscribe at any time.
'''
write(doc,t)
gold(doc,[P('Yann Le Goff','director of research','Ifremer'),P('Sophie Kerhervé',None,'Valorial'),P('Martin Lindgren',None,'Chalmers University of Technology'),
 P('Hervé Martineau',None,"Pôle d'excellence cyber"),P('Ewa Zielińska-Morel','CISO','Orange Business'),
 P('Gwenaëlle Tanguy','international project manager','Bretagne Commerce International'),P('Luis Ortega Blanco',None,'European Cluster Collaboration Platform'),
 P('Katell Morvan','project lead','Neopolia'),P('Ingrid Vogt-Hansen',None,'Clusterland Oberösterreich'),P('Erwan Le Bihan',None,None),P('Loïg Chesnais','President','Regional Council of Brittany'),
 P('Anne-Sophie Le Roux','communications officer',None),P('Marc Guillou','Editorial director',None)],
 [O('Breizh Clusters Network'),O('Pôle Mer Bretagne Atlantique'),O('Ifremer'),O('Valorial'),O('Chalmers University of Technology'),
  O("Pôle d'excellence cyber"),O('Rennes Métropole'),O('Orange Business'),O('Bretagne Commerce International'),
  O('European Cluster Collaboration Platform'),O('European Commission'),O('Regional Council of Brittany'),O('Vegepolys Valley'),O('Photonics Bretagne'),O('Neopolia'),O('Clusterland Oberösterreich'),O('France Clusters'),O('ESCA')],
 [E('OCEAN TECH DAYS','2034-04-04',None,'Brest','France'),E('FOOD PACKAGING WORKSHOP','2034-04-13',None,'Rennes','France'),
  E('CYBERSECURITY MEETUP','2034-04-25','2034-04-26','Rennes','France'),E('WEBINAR: FUNDING FOR CLUSTER INTERNATIONALISATION','2034-05-09'),
  E('GENERAL ASSEMBLY OF THE NETWORK','2034-05-16',None,'Saint-Brieuc','France'),E('buffet dinner','2034-05-16',None,'Saint-Brieuc','France'),
  E('Salon Breizh Innov','2034-05-18',None,'Lorient','France'),E('HYDROGEN BREAKFAST','2034-05-23',None,'Saint-Nazaire','France'),E('TRAINING FOR CLUSTER MANAGERS','2034-05-30','2034-05-31','Quimper','France'),E('European Cluster Conference','2034-06-06','2034-06-08','Brussels','Belgium'),
  E('Breizh Clusters Annual Meeting','2034-02-24',None,'Vannes','France')],
 ['2034-03','2034-04-04','2034-03-28','2034-04-13','2034-04-25/2034-04-26','2034-05-09','2034-05-16','2034-05-02','2034-05-18','2034-06-06/2034-06-08','2034-02-24','2034-04-24','2034-05-23','2034-05-30/2034-05-31'],pub=None)
