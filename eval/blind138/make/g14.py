from h import *
F = 'g14_cavan_monaghan_events_review-pdf.txt'
for s_,w in [('2038-01-21','Thursday'),('2038-03-04','Thursday'),('2038-04-22','Thursday'),('2038-06-16','Wednesday'),('2038-10-13','Wednesday'),('2038-12-02','Thursday'),('2039-03-10','Thursday'),('2039-02-10','Thursday')]:
    y,m,d = map(int,s_.split('-')); assert wd(y,m,d)==w, s_
T = """Border Agri-Engineering Cluster CLG
Annual Review 2038

3. Events and activities

In 2038 the cluster organised or co-organised eleven events, three more
than in 2037, with a total of 1,140 participants. This chapter sum-
marises the main ones in date order. Attendance figures come from the
registration lists; the satisfaction scores from the short online sur-
vey sent after each event.

3.1 New Year members' breakfast – Thursday 21 January, Monaghan
Seventy members met at the Hillgrove Hotel for the traditional break-
fast. The cluster manager, Niamh McCaffrey-Boyle, presented the work
plan for the year and Pádraig Ó Dónaill, Development Adviser at Enter-
prise Ireland, outlined the new lean and digital grants.

3.2 Lean Manufacturing Masterclass – 4 March, Cavan
A full-day masterclass for production managers, delivered with the
Local Enterprise Office Cavan and held at Cavan Institute. Trainer:
Dr Gráinne Nic Gabhann (Dundalk Institute of Technology, DkIT).
Score 4.6/5. Because of the waiting list, a second masterclass was
added in the autumn for companies from the Monaghan side of the county
border.

Border Agri-Engineering Cluster – Annual Review 2038                 page 7

3.3 Annual General Meeting – Thursday 22 April, Carrickmacross
The AGM approved the accounts and elected the Board for 2038–2040.
Chair: Seamus Ó Flannagáin (Ó Flannagáin Trailers Ltd); Vice-Chair:
Ewa Kowalczyk-Brennan (Agri-Steel Monaghan Ltd); Secretary: Hugh
McEntee (Cavan County Council). Thirty-eight member companies voted.

3.4 Agri-Engineering Expo Day – Wednesday 16 June, Ballyjamesduff
Our largest event of the year: 42 exhibitors, 520 visitors and a
demonstration field for precision slurry spreaders. Opened by Cllr
Sarah Keogh-Mulligan, Cathaoirleach of Cavan County Council. The
Expo was supported by Monaghan County Council and InterTradeIreland.

3.5 Trade mission to Agritechnica, Hanover – 14–17 November
Eight member companies visited the world's largest farm machinery
fair with Enterprise Ireland's office in Düsseldorf. The group was led by
Board member Colm Duffy-Reilly of Lakeland Tillage Systems Ltd and met
German and Dutch dealers on the Irish pavilion. See chapter 4 for the
results of the mission.

3.6 Cross-border supplier matchmaking – Wednesday 13 October, Newry
Held with Invest Northern Ireland and the Northern Ireland cluster
AgriTech NI. 31 buyers and suppliers, 118 pre-booked meetings. Sup-
ported under the PEACEPLUS programme. Score 4.4/5; two joint
tenders have since been submitted by cross-border pairs.

Border Agri-Engineering Cluster – Annual Review 2038                 page 8

3.7 Board meeting and Christmas networking evening – Thursday 2
December, Cavan
The Board met in the afternoon to approve the 2039 work plan; mem-
bers, partners and guests joined the networking evening at the Cavan
Crystal Hotel afterwards.

3.8 Lessons learnt
The Board reviewed the year's events at its meeting in December and
noted the following lessons learnt:
- Practical, hands-on formats (masterclass, expo, matchmaking) score
  higher than presentations
- Events in Monaghan draw fewer Cavan members and vice versa;
  alternating venues should continue
- Cross-border events bring the most new contacts and should be held
  twice a year
- Registration should close one week before each event to allow
  meetings to be planned

3.9 Looking ahead to 2039
The cluster's first annual conference, the Border Agri-Engineering
Summit 2039, will be held on Thursday 10 March 2039 in Monaghan, fol-
lowed by a study visit to engineering clusters in Flanders in May
2039. Registration for the Summit opens on 10 February 2039.

Border Agri-Engineering Cluster – Annual Review 2038                 page 9
"""
write(F, T)
B_ = "Border Agri-Engineering Cluster CLG"
gold(F,
 [P("Niamh McCaffrey-Boyle","cluster manager",B_),
  P("Pádraig Ó Dónaill","Development Adviser","Enterprise Ireland"),
  P("Gráinne Nic Gabhann",None,"Dundalk Institute of Technology"),
  P("Seamus Ó Flannagáin","Chair",B_),
  P("Ewa Kowalczyk-Brennan","Vice-Chair",B_),
  P("Hugh McEntee","Secretary",B_),
  P("Colm Duffy-Reilly","Board member",B_),
  P("Sarah Keogh-Mulligan","Cathaoirleach","Cavan County Council")],
 [O(B_), O("Enterprise Ireland"), O("Local Enterprise Office Cavan"), O("Cavan Institute"),
  O("Dundalk Institute of Technology","DkIT"), O("Ó Flannagáin Trailers Ltd"), O("Agri-Steel Monaghan Ltd"),
  O("Cavan County Council"), O("Monaghan County Council"), O("InterTradeIreland"), O("Invest Northern Ireland"),
  O("AgriTech NI"), O("Lakeland Tillage Systems Ltd")],
 [E("New Year members' breakfast","2038-01-21",None,"Monaghan","Ireland"),
  E("Lean Manufacturing Masterclass","2038-03-04",None,"Cavan","Ireland"),
  E("second masterclass","2038",None,None,None),
  E("Annual General Meeting","2038-04-22",None,"Carrickmacross","Ireland"),
  E("Agri-Engineering Expo Day","2038-06-16",None,"Ballyjamesduff","Ireland"),
  E("Trade mission to Agritechnica","2038-11-14","2038-11-17","Hanover","Germany"),
  E("Agritechnica",None,None,"Hanover","Germany"),
  E("Cross-border supplier matchmaking","2038-10-13",None,"Newry","United Kingdom"),
  E("Board meeting","2038-12-02",None,"Cavan","Ireland"),
  E("Christmas networking evening","2038-12-02",None,"Cavan","Ireland"),
  E("Border Agri-Engineering Summit 2039","2039-03-10",None,"Monaghan","Ireland"),
  E("study visit to engineering clusters in Flanders","2039-05",None,None,"Belgium")],
 ["2038","2037","2038-01-21","2038-03-04","2038-04-22","2038/2040","2038-06-16","2038-11-14/2038-11-17","2038-10-13",
  "2038-12-02","2038-12","2039-03-10","2039-05","2039-02-10","2039"],
 ["Practical, hands-on formats (masterclass, expo, matchmaking) score higher than presentations",
  "Events in Monaghan draw fewer Cavan members and vice versa; alternating venues should continue",
  "Cross-border events bring the most new contacts and should be held twice a year",
  "Registration should close one week before each event to allow meetings to be planned"])
