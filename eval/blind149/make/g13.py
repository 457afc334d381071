from h import *
F = 'g13_brussels_steering_committee_minutes.md'
assert wd(2034,11,21)=='Tuesday' and wd(2035,2,6)=='Tuesday' and wd(2035,6,5)=='Tuesday'
T = """# European Cluster Network for Textile Innovation (ECNTI)
## Steering Committee – minutes of the 9th meeting

**Date:** Tuesday 21 November 2034, 10:00–16:30
**Place:** Brussels, Covent Garden building, room 3/B and online
**Chair:** Leonor Saraiva de Almeida, Chair of the Steering Committee (CITEVE, Portugal)
**Minutes:** Pieter-Jan De Smedt, ECNTI secretariat

### 1. Participants

Steering Committee members present:

| Country | Member | Cluster organisation |
|---|---|---|
| Portugal | Leonor Saraiva de Almeida (Chair) | CITEVE – Technological Centre for the Textile and Clothing Industries of Portugal |
| France | Guillaume Leclerc-Bastide (Vice-Chair) | Techtera, Lyon |
| Italy | Francesca Moretti | Pointex – Polo di innovazione tessile, Biella |
| Germany | Dr. Hans-Jürgen Weißenborn | AFBW – Allianz Faserbasierte Werkstoffe Baden-Württemberg e.V. |
| Poland | Ewa Kamińska-Rudnik | Łódź Textile Cluster |
| Belgium | Pieter-Jan De Smedt (secretary, non-voting) | Centexbel |
| Sweden | Johanna Åkerlund | Smart Textiles, University of Borås |
| Romania | Corina Stanciu | ASTRICO North-East, Piatra Neamț |

Observers: Katarzyna Wiśniewska, policy officer, European Commission, DG GROW – Clusters Unit; Marco Ferrante, Euratex.

Apologies: Niamh O'Sullivan (Irish Fashion Tech Network).

### 2. Welcome and adoption of the agenda

The Chair welcomed the members, in particular Corina Stanciu, who replaces Bogdan Ilie as Romanian member following his move to the Ministry of Economy in Bucharest. The agenda was adopted without changes and without any additional points. The minutes of the 8th meeting (Milan, 12 June 2034) were approved.

### 3. Policy update from the European Commission

Katarzyna Wiśniewska presented the state of the EU strategy for sustainable textiles and the work of the transition pathway for the textiles ecosystem. She invited the network to nominate two experts to the stakeholder group meeting planned for February 2035.

### 4. Membership

The secretariat reported 41 member clusters from 19 countries. The committee approved the applications of the Estonian Textile Cluster (Tallinn) and Clothing Cluster Croatia (Varaždin). The application of a Turkish cluster was postponed until the statutes allow members from outside the EU and EEA.

### 5. Election of officers for 2035–2036

The mandates of the Chair and Vice-Chair end on 31 December 2034. Leonor Saraiva de Almeida was re-elected Chair for 2035–2036 by seven votes with one abstention. Francesca Moretti was elected Vice-Chair, succeeding Guillaume Leclerc-Bastide, who did not seek a further term and was thanked for four years of service.

### 6. Events 2035

- ECNTI Annual Conference 2035: Tuesday 5 June 2035, Biella, hosted by Pointex, with a visit to a wool mill in the afternoon
- Matchmaking webinar "Recycled fibres" on Tuesday 6 February 2035
- Cluster managers' study tour to Borås and Gothenburg, 23–25 September 2035

Previous annual conferences: Porto (2032), Lyon (2033), Łódź (2034).

### 7. Conclusions

The Steering Committee concluded that:

- The network will prepare a joint position on extended producer responsibility for textiles by March 2035
- Members will share their training offers in a common catalogue to be published on the network's website
- The secretariat will propose a fee scale that takes the size of each cluster into account

### 8. Next meeting

The 10th meeting will be held in Biella on 4 June 2035, the day before the annual conference.

*Minutes approved by written procedure on 5 December 2034.*
"""
write(F, T)
C="European Cluster Network for Textile Innovation"
gold(F,
 [P("Leonor Saraiva de Almeida","Chair of the Steering Committee",C),
  P("Pieter-Jan De Smedt","secretary",C),
  P("Guillaume Leclerc-Bastide","Vice-Chair",C),
  P("Francesca Moretti","Vice-Chair",C),
  P("Hans-Jürgen Weißenborn",None,"AFBW – Allianz Faserbasierte Werkstoffe Baden-Württemberg e.V."),
  P("Ewa Kamińska-Rudnik",None,"Łódź Textile Cluster"),
  P("Johanna Åkerlund",None,"Smart Textiles"),
  P("Corina Stanciu","Romanian member",C),
  P("Katarzyna Wiśniewska","policy officer","Clusters Unit"),
  P("Marco Ferrante",None,"Euratex"),
  P("Niamh O'Sullivan",None,"Irish Fashion Tech Network"),
  P("Bogdan Ilie",None,"Ministry of Economy")],
 [O(C,"ECNTI"), O("CITEVE – Technological Centre for the Textile and Clothing Industries of Portugal","CITEVE"),
  O("Techtera"), O("Pointex – Polo di innovazione tessile","Pointex"),
  O("AFBW – Allianz Faserbasierte Werkstoffe Baden-Württemberg e.V.","AFBW"), O("Łódź Textile Cluster"), O("Centexbel"),
  O("Smart Textiles"), O("University of Borås"), O("ASTRICO North-East"), O("European Commission"), O("DG GROW"),
  O("Clusters Unit"), O("Euratex"), O("Irish Fashion Tech Network"), O("Ministry of Economy"),
  O("Estonian Textile Cluster"), O("Clothing Cluster Croatia")],
 [E("9th meeting","2034-11-21",None,"Brussels","Belgium"),
  E("8th meeting","2034-06-12",None,"Milan","Italy"),
  E("stakeholder group meeting","2035-02",None,None,None),
  E("ECNTI Annual Conference 2035","2035-06-05",None,"Biella","Italy"),
  E("visit to a wool mill","2035-06-05",None,"Biella","Italy"),
  E("Recycled fibres","2035-02-06",None,None,None),
  E("Cluster managers' study tour to Borås and Gothenburg","2035-09-23","2035-09-25","Borås, Gothenburg","Sweden"),
  E("ECNTI Annual Conference (2032)","2032",None,"Porto","Portugal"),
  E("ECNTI Annual Conference (2033)","2033",None,"Lyon","France"),
  E("ECNTI Annual Conference (2034)","2034",None,"Łódź","Poland"),
  E("10th meeting","2035-06-04",None,"Biella","Italy")],
 ["2034-11-21","2034-06-12","2035-02","2035/2036","2034-12-31","2035-06-05","2035-02-06","2035-09-23/2035-09-25",
  "2032","2033","2034","2035-03","2035-06-04","2034-12-05"],
 ["The network will prepare a joint position on extended producer responsibility for textiles by March 2035",
  "Members will share their training offers in a common catalogue to be published on the network's website",
  "The secretariat will propose a fee scale that takes the size of each cluster into account"],
 pub=None)
