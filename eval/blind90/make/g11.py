from h import *
F = 'g11_wg_meeting_note_aalborg_robotics.md'
assert wd(2041,2,6)=='Wednesday' and wd(2041,3,20)=='Wednesday' and wd(2041,4,10)=='Wednesday'
T = """# North Denmark Robotics Cluster – Working Group "Collaborative Robots in SMEs"

## Meeting note – 4th meeting

**Date:** Wednesday 6 February 2041, 13:00–16:15
**Place:** Aalborg University, Fibigerstræde 16, room 1.108, Aalborg (and online)
**Chair:** Mette Kjærgaard-Holm, Head of Innovation, North Denmark Robotics Cluster (NDRC)
**Note taker:** Rasmus Vinther, project officer, NDRC
**Circulated:** 11 February 2041 – comments by 18 February 2041

### Present
- Mette Kjærgaard-Holm (NDRC, chair)
- Rasmus Vinther (NDRC)
- Prof. Jonas Skovgaard Bech, Department of Materials and Production, Aalborg University (AAU)
- Line Damgaard, Production Manager, Nordjysk Metalvarefabrik A/S
- Henrik Østergaard, CEO, GripTech ApS
- Sara Lindqvist, Business Developer, Business Region North Denmark
- Anders Møller Nielsen, Danish Technological Institute (DTI), Odense – online
- Katja Brandt, Innovationsfonden Danmark – online, items 3–4 only

### Apologies
- Peter Juul (Vestas Aircoil A/S)
- Birgitte Hald (UCN – University College of Northern Denmark)

### Agenda
1. Welcome and approval of the note of the 3rd meeting (14 November 2040)
2. Results of the SME readiness survey
3. Pilot call "Cobot First Step" – draft criteria
4. Cooperation with the Danish Technological Institute test centre
5. Events in spring 2041
6. Any other business

### 1. Welcome and note of the previous meeting
The chair welcomed the members, in particular Sara Lindqvist, who replaces Thomas Krogh as the representative of Business Region North Denmark. The note of the 3rd meeting of 14 November 2040 was approved without changes.

### 2. Results of the SME readiness survey
Rasmus Vinther presented the results of the survey sent to 184 manufacturing SMEs in the region in December 2040. 71 companies replied. 38 % already use at least one robot, but only 9 % use a collaborative robot. The main barriers named were the cost of integration (61 %), lack of in-house skills (54 %) and uncertainty about safety rules (40 %). Prof. Bech noted that the answers on safety matched the experience of the university's learning factory, where most requests from companies concern risk assessment rather than programming. Line Damgaard said that for a company of her size the bottleneck was the time of the one engineer who could run a project.

### 3. Pilot call "Cobot First Step"
The working group discussed the draft criteria of the pilot call, which will offer up to 20 SMEs a feasibility study of DKK 50,000 each, paid for by the cluster from its grant from the Danish Board of Business Development. Katja Brandt explained that Innovationsfonden Danmark could later support the best projects through its InnoBooster scheme. Henrik Østergaard warned that integrators should not be allowed to write the feasibility studies for companies they will later sell to.

### 4. Cooperation with the DTI test centre
Anders Møller Nielsen presented the robot test centre of the Danish Technological Institute in Odense and proposed that companies from the pilot could test solutions there at a reduced rate. The group welcomed the offer and asked for a written proposal.

### 5. Events in spring 2041
- **Cobot Day North Denmark**, Wednesday 20 March 2041, 09:00–15:00, at Aalborg University's learning factory – demonstrations, short talks, and a company visit to Nordjysk Metalvarefabrik in Nørresundby in the afternoon.
- **Information webinar on the pilot call**, Wednesday 10 April 2041, 10:00–11:00, online.
- **Automatica 2041**, Munich, 24–27 June 2041 – the cluster will organise a joint stand if at least eight members sign up.

### Decisions
1. The note of the 3rd meeting is approved.
2. The pilot call "Cobot First Step" opens on 1 April 2041 and closes on 15 May 2041; at least half of the studies go to companies with fewer than 50 employees.
3. Integrators may not carry out feasibility studies for companies that are their customers.
4. NDRC asks DTI for a written offer for reduced test rates by 1 March 2041.
5. The working group will publish a short guide on risk assessment for cobots, drafted by AAU, before the summer.

### Actions
| # | Action | Who | By |
|---|---|---|---|
| 1 | Finalise call text and send to the board | R. Vinther | 28 February 2041 |
| 2 | Written offer on test rates | A. Møller Nielsen | 1 March 2041 |
| 3 | First draft of the risk assessment guide | J. Skovgaard Bech | 30 April 2041 |
| 4 | Programme of Cobot Day | M. Kjærgaard-Holm, L. Damgaard | 1 March 2041 |
| 5 | Collect sign-ups for Automatica | S. Lindqvist | 15 March 2041 |

### 6. Any other business
Henrik Østergaard informed the group that GripTech ApS has been accepted into the EU-funded AI-on-Demand pilot for small integrators. The chair thanked the university for hosting.

**Next meeting:** Wednesday 8 May 2041, 13:00, at GripTech ApS, Hjørring.

---
*North Denmark Robotics Cluster · Niels Jernes Vej 10, 9220 Aalborg Ø · ndrc.example.dk · This note is internal to the working group and its members; please do not forward outside the member organisations.*
"""
write(F, T)
C = "North Denmark Robotics Cluster"
assert wd(2041,5,8)=='Wednesday'
gold(F,
 [P("Mette Kjærgaard-Holm","Head of Innovation",C), P("Rasmus Vinther","project officer","NDRC"),
  P("Jonas Skovgaard Bech",None,"Department of Materials and Production, Aalborg University"),
  P("Line Damgaard","Production Manager","Nordjysk Metalvarefabrik A/S"), P("Henrik Østergaard","CEO","GripTech ApS"),
  P("Sara Lindqvist","Business Developer","Business Region North Denmark"),
  P("Anders Møller Nielsen",None,"Danish Technological Institute"), P("Katja Brandt",None,"Innovationsfonden Danmark"),
  P("Peter Juul",None,"Vestas Aircoil A/S"), P("Birgitte Hald",None,"UCN – University College of Northern Denmark"),
  P("Thomas Krogh","representative","Business Region North Denmark")],
 [O(C,"NDRC"), O("Aalborg University","AAU"), O("Department of Materials and Production"), O("Nordjysk Metalvarefabrik A/S"),
  O("GripTech ApS"), O("Business Region North Denmark"), O("Danish Technological Institute","DTI"),
  O("Innovationsfonden Danmark"), O("Vestas Aircoil A/S"), O("University College of Northern Denmark","UCN"),
  O("Danish Board of Business Development")],
 [E("Working Group \"Collaborative Robots in SMEs\" 4th meeting","2041-02-06",None,"Aalborg","Denmark"),
  E("3rd meeting","2040-11-14"),
  E("Cobot Day North Denmark","2041-03-20",None,"Aalborg","Denmark"),
  E("company visit to Nordjysk Metalvarefabrik","2041-03-20",None,"Nørresundby","Denmark"),
  E("Information webinar on the pilot call","2041-04-10"),
  E("Automatica 2041","2041-06-24","2041-06-27","Munich","Germany"),
  E("Next meeting","2041-05-08",None,"Hjørring","Denmark")],
 ["2041-02-06","2041-02-11","2041-02-18","2040-11-14","2041","2040-12","2041-03-20","2041-04-10","2041-06-24/2041-06-27",
  "2041-04-01","2041-05-15","2041-03-01","2041-02-28","2041-04-30","2041-03-15","2041-05-08"],
 ["The note of the 3rd meeting is approved",
  "The pilot call \"Cobot First Step\" opens on 1 April 2041 and closes on 15 May 2041; at least half of the studies go to companies with fewer than 50 employees",
  "Integrators may not carry out feasibility studies for companies that are their customers",
  "NDRC asks DTI for a written offer for reduced test rates by 1 March 2041",
  "The working group will publish a short guide on risk assessment for cobots, drafted by AAU, before the summer"], "2041-02-11")
