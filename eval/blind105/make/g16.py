from h import *
F = 'g16_pescara_partnership_steering_decision-pdf.txt'
assert wd(2037,6,23)=='Tuesday' and wd(2037,9,29)=='Tuesday' and wd(2037,12,1)=='Tuesday'
T = """ADRIATIC BLUE FOOD CLUSTER PARTNERSHIP                     Decision GA/2037/04
General Assembly                                                     Page 1 of 4

DECISION No GA/2037/04
OF THE GENERAL ASSEMBLY OF THE ADRIATIC BLUE FOOD
CLUSTER PARTNERSHIP

of 23 June 2037

on the composition and rules of procedure of the Steering Commit-
tee for the period 2037–2040

THE GENERAL ASSEMBLY,

Having regard to the Partnership Agreement signed in Pescara on 14
March 2034 by the founding cluster organisations, and in particular
Articles 7 and 9 thereof,

Having regard to the proposal of the coordinator, Polo Agroalimentare
Abruzzo Innovazione (PAAI), presented on 2 June 2037,

Whereas:

(1) The mandate of the Steering Committee appointed by Decision GA/
2034/02 expires on 30 June 2037.

(2) Two new full partners, the Dalmatian Fisheries and Aquaculture
Cluster and the Montenegrin Food Cluster "Primorje", have joined the
partnership since 2035 and should be represented.

(3) The Steering Committee should reflect a balance between coun-
tries, between cluster organisations and research partners, and be-
tween women and men.

HAS ADOPTED THIS DECISION:

Article 1 – Composition

1. The Steering Committee of the Adriatic Blue Food Cluster Partnership
shall be composed as follows for the period from 1 July 2037 to 30
June 2040:

Chair: Francesca Di Battista, Director, Polo Agroalimentare Abruzzo
Innovazione (PAAI), Pescara, Italy

ADRIATIC BLUE FOOD CLUSTER PARTNERSHIP                     Decision GA/2037/04
General Assembly                                                     Page 2 of 4

Vice-Chair: Ivana Radić-Kovačević, Managing Director, Dalmatian
Fisheries and Aquaculture Cluster, Split, Croatia

Members:
– Nicola Santavenere, President, Consorzio Pesca Molise, Termoli,
  Italy
– Dr. Luigi D'Alessandro, Head of Technology Transfer, University of
  Teramo, Faculty of Bioscience and Technology for Food, Agriculture
  and Environment, Italy
– Marija Vukčević, Cluster Manager, Montenegrin Food Cluster
  "Primorje", Bar, Montenegro
– Ana Golob, Project Manager, Slovenian Food Processing Cluster,
  Ljubljana, Slovenia
– Eleni Kosta, Head of International Affairs, Albanian Agribusiness
  Council, Durrës, Albania
– Prof. Dražen Barić, Institute of Oceanography and Fisheries, Split,
  Croatia

Observer without voting rights: a representative of the Abruzzo Region,
Department for Economic Development, currently Stefania Ciccone.

2. The coordinator's cluster manager, Paolo Marrone, shall act as se-
cretary of the Steering Committee.

Article 2 – Tasks

The Steering Committee shall:
(a) prepare the annual work plan and budget for approval by the Gen-
eral Assembly;
(b) monitor the implementation of the partnership's internationali-
sation strategy 2036–2040;
(c) decide on the participation of the partnership in trade fairs and
missions within the approved budget;
(d) select the companies taking part in joint missions, on the basis
of the criteria in Annex II.

Article 3 – Meetings

1. The Steering Committee shall meet at least four times a year, of
which at least two meetings shall be held in person. It shall meet in
the country of each partner in rotation.

ADRIATIC BLUE FOOD CLUSTER PARTNERSHIP                     Decision GA/2037/04
General Assembly                                                     Page 3 of 4

2. The first meetings of the new Steering Committee shall take place
as follows:
– Tuesday 29 September 2037, Split (Croatia), hosted by the Dalmatian
  Fisheries and Aquaculture Cluster, on the occasion of the Adriatic
  Seafood Forum 2037 (29–30 September 2037);
– Tuesday 1 December 2037, online.

3. A quorum is reached when five members, including the Chair or the
Vice-Chair, are present. Decisions are taken by simple majority; in
case of a tie, the Chair shall have the casting vote.

Article 4 – Conflicts of interest

Members shall declare any interest in a company proposed for a joint
mission. A member who has declared such an interest shall not take
part in the vote on that selection.

Article 5 – Outgoing members

The General Assembly thanks the outgoing members of the Steering Com-
mittee for their work in the period 2034–2037, and in particular its
first Chair, Giancarlo Pomante (Polo Agroalimentare Abruzzo Innovazione),
and Dr. Tomislav Šarić (University of Zadar), who served as Vice-Chair.

Article 6 – Entry into force

This Decision shall enter into force on 1 July 2037.

Done at Pescara, 23 June 2037.

For the General Assembly
The President of the session

Giorgio Tatafiore
Polo Agroalimentare Abruzzo Innovazione

ADRIATIC BLUE FOOD CLUSTER PARTNERSHIP                     Decision GA/2037/04
General Assembly                                                     Page 4 of 4

ANNEX I – Voting record

Present or represented: 9 of 10 partners. In favour: 9. Against: 0.
Abstentions: 0. The Albanian Agribusiness Council was represented by
proxy (Slovenian Food Processing Cluster).

ANNEX II – Criteria for the selection of companies for joint missions

1. Membership in good standing of a partner cluster.
2. Export readiness (at least one product with the required certifi-
cations for the target market).
3. Commitment to attend the preparatory webinar and to report on the
results within three months.
4. Priority for companies that have not taken part in a mission of the
partnership before.

Distribution: partners; Joint Secretariat of the Interreg IPA South
Adriatic Programme (for information); ECCP profile of the partnership.

Contact: Paolo Marrone, PAAI, Via Tiburtina Valeria 300, 65129 Pesca-
ra, Italy – p.marrone@paai.it – +39 085 431 7720
"""
write(F, T)
A='Adriatic Blue Food Cluster Partnership'
gold(F,
 [P("Francesca Di Battista","Chair",A), P("Ivana Radić-Kovačević","Vice-Chair",A),
  P("Nicola Santavenere","Member",A), P("Luigi D'Alessandro","Member",A), P("Marija Vukčević","Member",A),
  P("Ana Golob","Member",A), P("Eleni Kosta","Member",A), P("Dražen Barić","Member",A),
  P("Stefania Ciccone","Observer without voting rights",A), P("Paolo Marrone","cluster manager","Polo Agroalimentare Abruzzo Innovazione"),
  P("Giancarlo Pomante","Chair",A), P("Tomislav Šarić","Vice-Chair",A),
  P("Giorgio Tatafiore","President of the session",A)],
 [O(A), O("Polo Agroalimentare Abruzzo Innovazione","PAAI"), O("Dalmatian Fisheries and Aquaculture Cluster"),
  O('Montenegrin Food Cluster "Primorje"'), O("Consorzio Pesca Molise"), O("University of Teramo"),
  O("Faculty of Bioscience and Technology for Food, Agriculture and Environment"), O("Slovenian Food Processing Cluster"),
  O("Albanian Agribusiness Council"), O("Institute of Oceanography and Fisheries"), O("Abruzzo Region"),
  O("Department for Economic Development"), O("University of Zadar"), O("Joint Secretariat of the Interreg IPA South Adriatic Programme")],
 [E("General Assembly","2037-06-23",None,"Pescara","Italy"),
  E("Steering Committee meeting","2037-09-29",None,"Split","Croatia"),
  E("Adriatic Seafood Forum 2037","2037-09-29","2037-09-30","Split","Croatia"),
  E("Steering Committee meeting","2037-12-01",None,None,None)],
 ["2037-06-23","2037/2040","2034-03-14","2037-06-02","2037-06-30","2035","2037-07-01/2040-06-30","2036/2040","2037-09-29",
  "2037-09-29/2037-09-30","2037-12-01","2034/2037","2037-07-01"], [], "2037-06-23")
