from h import *
F = 'g15_tournai_general_assembly_minutes.md'
assert wd(2041,6,18)=='Tuesday' and wd(2041,6,26)=='Wednesday' and wd(2040,6,12)=='Tuesday' and wd(2041,5,28)=='Tuesday'
assert wd(2041,9,23)=='Monday' and wd(2041,10,7)=='Monday' and wd(2041,10,9)=='Wednesday' and wd(2041,11,18)=='Monday'
T = """# Minutes of the Ordinary General Assembly

**Wallonie picarde Textiles & Advanced Materials Cluster ASBL (WaTeMa)**
Tuesday 18 June 2041, 17:30–19:45 · Auditorium of the Maison de l'Entreprise, Tournai
Approved by the Board on Wednesday 26 June 2041 · English version for international members

---

## Present

- 29 members present and 7 represented by proxy, out of 48 members with voting rights; the quorum is reached
- Board: Géraldine Van Hoorebeke (Chair), Jean-Baptiste Delcourt (Vice-Chair), Fatima Zahra Ouali (Treasurer), Piet De Vriendt, Dr. Claire Lemaire-Dubois
- Staff: Laurent Verhaegen, cluster manager; Sofie Maes, project officer
- Guests: Frédéric Wauters, adviser at the Walloon Agency for Export and Foreign Investment (AWEX), and Marie-Hélène Doutrelepont, Director of IDETA, the development agency of Wallonie picarde

Apologies: Marc Vandenabeele (Filature de l'Escaut SA), Prof. Anne-Sophie Lefebvre (University of Mons, UMONS)

## 1. Opening

The Chair opened the meeting at 17:35 and welcomed the four new members admitted since the last General Assembly of Tuesday 12 June 2040, among them the recycling start-up Fibre Circulaire SRL from Mouscron and the Belgian research centre Centexbel.

## 2. Activity report 2040

The cluster manager presented the activity report. Highlights:

- 14 events with 870 participants, including the Tournai Textile Innovation Day on 5 October 2040 and a matchmaking day with the French competitiveness cluster Up-tex in Roubaix
- a study visit to the Prato textile district in Tuscany with nine members in March 2040
- 3 collaborative projects submitted, of which 2 funded by the Walloon Region

In the discussion, several members regretted that only a third of the events took place outside Tournai and asked for more activities in the Mouscron and Comines area, where most weaving and finishing companies are located. Others stressed the need to involve schools, since companies cannot find enough textile technicians. The cluster manager agreed to present a proposal at the next Board meeting.

## 3. Accounts 2040 and budget 2041

The Treasurer presented the accounts for 2040, closing with a surplus of EUR 12,400, and the budget for 2041. The auditor, Benoît Carlier of Carlier & Associés SRL, confirmed that the accounts give a true and fair view.

## 4. Decisions

After discussion, the General Assembly took the following decisions:

1. The activity report 2040 is approved unanimously
2. The accounts for 2040 are approved and discharge is given to the directors and the auditor
3. The budget 2041 is approved with 34 votes for and 2 abstentions
4. Membership fees remain unchanged for 2042
5. Piet De Vriendt (Vandewiele Smart Weaving NV) is re-elected to the Board for a term of three years

## 5. Calendar of coming events

Laurent Verhaegen presented the autumn calendar:

- Monday 23 September 2041, Mouscron – workshop on textile recycling with Fibre Circulaire SRL
- Monday 7 to Wednesday 9 October 2041 – trade mission to Techtextil North America? No: to the A+A fair in Düsseldorf, jointly with AWEX
- Monday 18 November 2041, Tournai – Tournai Textile Innovation Day 2041

Members asked for a joint stand at the 2042 edition of Techtextil in Frankfurt. The Board will examine the request.

## 6. Any other business

Jean-Baptiste Delcourt announced that he will not stand again as Vice-Chair in 2042. The Chair thanked the members and closed the meeting at 19:45. The meeting was followed by a drink offered by IDETA.

*Secretary of the meeting: Sofie Maes · Signed: Géraldine Van Hoorebeke, Chair*
"""
T = T.replace("trade mission to Techtextil North America? No: to the A+A fair in Düsseldorf", "trade mission to the A+A fair in Düsseldorf")
write(F, T)
W_ = "Wallonie picarde Textiles & Advanced Materials Cluster ASBL"
gold(F,
 [P("Géraldine Van Hoorebeke","Chair",W_),
  P("Jean-Baptiste Delcourt","Vice-Chair",W_),
  P("Fatima Zahra Ouali","Treasurer",W_),
  P("Piet De Vriendt",None,"Vandewiele Smart Weaving NV"),
  P("Claire Lemaire-Dubois",None,None),
  P("Laurent Verhaegen","cluster manager",W_),
  P("Sofie Maes","project officer",W_),
  P("Frédéric Wauters","adviser","Walloon Agency for Export and Foreign Investment"),
  P("Marie-Hélène Doutrelepont","Director","IDETA"),
  P("Marc Vandenabeele",None,"Filature de l'Escaut SA"),
  P("Anne-Sophie Lefebvre",None,"University of Mons"),
  P("Benoît Carlier","auditor","Carlier & Associés SRL")],
 [O(W_,"WaTeMa"), O("Walloon Agency for Export and Foreign Investment","AWEX"), O("IDETA"),
  O("Filature de l'Escaut SA"), O("University of Mons","UMONS"), O("Fibre Circulaire SRL"), O("Centexbel"),
  O("Up-tex"), O("Walloon Region"), O("Carlier & Associés SRL"), O("Vandewiele Smart Weaving NV")],
 [E("Ordinary General Assembly","2041-06-18",None,"Tournai","Belgium"),
  E("General Assembly","2040-06-12",None,None,None),
  E("Tournai Textile Innovation Day","2040-10-05",None,"Tournai","Belgium"),
  E("matchmaking day","2040",None,"Roubaix","France"),
  E("study visit to the Prato textile district","2040-03",None,"Prato","Italy"),
  E("workshop on textile recycling","2041-09-23",None,"Mouscron","Belgium"),
  E("trade mission to the A+A fair in Düsseldorf","2041-10-07","2041-10-09","Düsseldorf","Germany"),
  E("A+A",None,None,"Düsseldorf","Germany"),
  E("Tournai Textile Innovation Day 2041","2041-11-18",None,"Tournai","Belgium"),
  E("2042 edition of Techtextil","2042",None,"Frankfurt","Germany"),
  ],
 ["2041-06-18","2041-06-26","2040-06-12","2040","2040-10-05","2040-03","2041","2042","2041-09-23","2041-10-07/2041-10-09","2041-11-18"],
 ["The activity report 2040 is approved unanimously",
  "The accounts for 2040 are approved and discharge is given to the directors and the auditor",
  "The budget 2041 is approved with 34 votes for and 2 abstentions",
  "Membership fees remain unchanged for 2042",
  "Piet De Vriendt (Vandewiele Smart Weaving NV) is re-elected to the Board for a term of three years"],
 pub=None)
