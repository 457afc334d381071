from h import *
F = 'g16_perpignan_partners_contacts.txt'
assert wd(2035,9,20)=='Thursday' and wd(2035,9,21)=='Friday' and wd(2035,11,15)=='Thursday' and wd(2035,9,5)=='Wednesday'
T = """CATPYR AGRIFOOD ALLIANCE – Partners and contacts
Home · About the alliance · Partners and contacts · Activities · News · Documents · FR · CA · ES · EN

Last updated: 24/09/2035

The Catalan-Pyrenean Agrifood Alliance (CATPYR) links four cluster organisations and two public bodies on both sides of the French-Spanish border, from Perpignan to Girona. Since January 2034 the partners have run a joint programme on water-saving irrigation, short supply chains and seasonal work. This page lists the partners and the people to contact. For general questions, write to the alliance coordinator.

COORDINATION

Coordinator (from 1 October 2035): Núria Puigdemont i Serra
Agrifood Cluster of the Girona Counties (Clúster Agroalimentari de les Comarques Gironines, CAGI), Girona
coordination@catpyr.example.eu

Outgoing coordinator: Pierre-Étienne Vidal-Roca, who led the alliance during its first two years from the offices of Terra Rossello in Perpignan, moves on to become Director of International Affairs at the Chambre d'agriculture des Pyrénées-Orientales. The partners thanked him at the partner meeting in Perpignan on Thursday 20 September 2035.

PARTNERS

1. Terra Rossello – Cluster agroalimentaire du Roussillon (Perpignan, France)
   Contact: Céline Bosch, cluster manager · c.bosch@terrarossello.example.fr
   President: Jordi Sabaté, wine grower in Banyuls-sur-Mer

2. Clúster Agroalimentari de les Comarques Gironines (CAGI) (Girona, Spain)
   Contact: Núria Puigdemont i Serra (see above)
   Project officer: Arnau Vilanova Prats

3. Fruits Catalans du Nord, cooperative group (Elne, France)
   Contact: Mathilde Sarda-Oliveres, Head of Innovation

4. IRTA – Institut de Recerca i Tecnologia Agroalimentàries, Mas Badia station (La Tallada d'Empordà, Spain)
   Contact: Dr Oriol Camps, researcher in irrigation engineering

5. Occitanie Region – Directorate for Agriculture, Agrifood and Fisheries (Montpellier/Perpignan, France)
   Contact: Sandrine Laffont-Ginestet, policy officer for clusters

6. Diputació de Girona (Girona, Spain)
   Contact: Marc Ribas i Coll, Head of Economic Promotion

Associated partners: the University of Perpignan Via Domitia (UPVD), the Universitat de Girona, and the Eurodistrict de l'Espace Catalan Transfrontalier, which hosts the alliance's website.

PARTNER MEETING IN PERPIGNAN – SHORT REPORT

The sixth partner meeting took place on 20–21 September 2035 at the Chambre d'agriculture des Pyrénées-Orientales in Perpignan, with 23 participants. On Thursday the partners reviewed the first two years and appointed the new coordinator. On Friday morning the programme continued with a visit to the irrigation test plots of Fruits Catalans du Nord in Elne.

Lessons learnt after two years, agreed by the partners:
- A joint programme needs one coordinator with time set aside for it, not a rotating task
- Seasonal work is the topic that brings companies to the table; irrigation brings researchers
- Meetings must alternate between French and Catalan sides and be bilingual, with Catalan as the common language
- Small producers join when the first meeting is on a farm, not in an office

NEXT DATES
- 11 October 2035: webinar "Drip irrigation for orchards", online, with IRTA
- 15 November 2035 (Thursday): cross-border job fair for seasonal workers, Figueres
- Spring 2036: seventh partner meeting, Girona
- Deadline for the joint call for small cooperation projects between members: 5 December 2035

PAST PARTNER MEETINGS
Girona (March 2034), Perpignan (September 2034), Olot (February 2035), Céret (May 2035), La Jonquera (July 2035), Perpignan (September 2035).

CONTACT
CATPYR Agrifood Alliance · c/o CAGI · Carrer de la Indústria 00 · 17005 Girona
The alliance receives support from the Occitanie Region and the Generalitat de Catalunya.
Legal notice · Privacy · Accessibility
"""
assert wd(2035,10,11)=='Thursday'
write(F, T)
A = "Catalan-Pyrenean Agrifood Alliance"
CG = "Agrifood Cluster of the Girona Counties"
TR = "Terra Rossello – Cluster agroalimentaire du Roussillon"
gold(F,
 [P("Núria Puigdemont i Serra","Coordinator",A),
  P("Pierre-Étienne Vidal-Roca","Director of International Affairs","Chambre d'agriculture des Pyrénées-Orientales"),
  P("Céline Bosch","cluster manager",TR),
  P("Jordi Sabaté","President",TR),
  P("Arnau Vilanova Prats","Project officer",CG),
  P("Mathilde Sarda-Oliveres","Head of Innovation","Fruits Catalans du Nord"),
  P("Oriol Camps","researcher in irrigation engineering","Institut de Recerca i Tecnologia Agroalimentàries"),
  P("Sandrine Laffont-Ginestet","policy officer for clusters","Directorate for Agriculture, Agrifood and Fisheries"),
  P("Marc Ribas i Coll","Head of Economic Promotion","Diputació de Girona")],
 [O(A,"CATPYR"), O(CG,"CAGI"), O(TR,None), O("Chambre d'agriculture des Pyrénées-Orientales"),
  O("Fruits Catalans du Nord"), O("Institut de Recerca i Tecnologia Agroalimentàries","IRTA"),
  O("Occitanie Region"), O("Directorate for Agriculture, Agrifood and Fisheries"), O("Diputació de Girona"),
  O("University of Perpignan Via Domitia","UPVD"), O("Universitat de Girona"),
  O("Eurodistrict de l'Espace Catalan Transfrontalier"), O("Generalitat de Catalunya")],
 [E("sixth partner meeting","2035-09-20","2035-09-21","Perpignan","France"),
  E("visit to the irrigation test plots of Fruits Catalans du Nord","2035-09-21",None,"Elne","France"),
  E("Drip irrigation for orchards","2035-10-11",None,None,None),
  E("cross-border job fair for seasonal workers","2035-11-15",None,"Figueres","Spain"),
  E("seventh partner meeting","2036",None,"Girona","Spain"),
  E("partner meeting (March 2034)","2034-03",None,"Girona","Spain"),
  E("partner meeting (September 2034)","2034-09",None,"Perpignan","France"),
  E("partner meeting (February 2035)","2035-02",None,"Olot","Spain"),
  E("partner meeting (May 2035)","2035-05",None,"Céret","France"),
  E("partner meeting (July 2035)","2035-07",None,"La Jonquera","Spain")],
 ["2035-09-24","2034-01","2035-10-01","2035-09-20","2035-09-20/2035-09-21","2035-10-11","2035-11-15","2036","2035-12-05",
  "2034-03","2034-09","2035-02","2035-05","2035-07","2035-09"],
 ["A joint programme needs one coordinator with time set aside for it, not a rotating task",
  "Seasonal work is the topic that brings companies to the table; irrigation brings researchers",
  "Meetings must alternate between French and Catalan sides and be bilingual, with Catalan as the common language",
  "Small producers join when the first meeting is on a farm, not in an office"],
 pub="2035-09-24")
