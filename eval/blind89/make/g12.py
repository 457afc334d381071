from h import *
F = 'g12_kosice_study_visit_tallinn-pdf.txt'
assert wd(2038,3,15)=='Monday' and wd(2038,3,16)=='Tuesday' and wd(2038,3,17)=='Wednesday' and wd(2038,4,8)=='Thursday'
H1 = "Košice IT Valley · Study visit report: Tallinn and Tartu, 15–17 March 2038"
T = f"""KOŠICE IT VALLEY
Study Visit Report
Digital public services and the Estonian start-up ecosystem
Tallinn and Tartu, Estonia, 15–17 March 2038

Prepared by: Martin Kováč, Project Manager, Košice IT Valley
Reviewed by: Zuzana Horňáková, Executive Director
Date: 8 April 2038

{H1}                                   1

Contents
1 Background and participants ........................... 2
2 Programme of the visit ................................ 2
3 Main findings .......................................... 3
4 Next steps ............................................. 4

{H1}                                   2

1 Background and participants

The visit was organised within the DigiRegions project, co-fund-
ed by the Interreg Europe programme, in which Košice IT Valley
and the Košice Self-governing Region are partners together with
the Estonian ICT cluster, run by the
Estonian Association of Information Technology and Telecommunications (ITL). Its aim was
to learn how Estonia built its digital public services and how
its start-up support system is organised, and to identify ideas
for the regional action plan.

The delegation of 14 people included representatives of six
member companies (among them
Deutsche Telekom IT Solutions Slovakia, Ness KE and Cloudfix s.r.o.), the Technical University of
Košice (TUKE), the Košice Self-governing Region and the city of
Košice. The delegation was led by Zuzana Horňáková. Ján Bartoš,
Head of the Department of Regional Development of the Košice
Self-governing Region, joined on the first two days.

2 Programme of the visit

Monday, 15 March 2038 – Tallinn
09:30 Welcome at the ITL office; introduction to the Estonian
ICT sector by Kadri Tamm, Cluster Manager, ITL
11:00 Visit to the e-Estonia Briefing Centre: presentation of
the X-Road data exchange layer
13:00 Lunch
14:30 Meeting at the Ministry of Economic Affairs and
Communications with Rein Kask, Deputy Secretary-General for
Digital Development
19:00 Dinner with members of ITL in the Old Town

Tuesday, 16 March 2038 – Tallinn
09:00 Visit to Tehnopol Science and Business Park; meeting with
start-ups from the Tehnopol incubator
11:30 Visit to the Tallinn University of Technology (TalTech),
Centre for Digital Forensics and Cyber Security
14:00 Round table with Startup Estonia on visas, talent attrac-
tion and the start-up database; speaker: Marek Kuusk
16:30 Company visit: Bolt headquarters

Wednesday, 17 March 2038 – Tartu
08:00 Train to Tartu
10:30 Visit to Tartu Science Park and the University of Tartu
Institute of Computer Science; talk by Prof. Liis Rebane on
public–private data projects
13:00 Lunch and closing discussion of the delegation
15:30 Train to Tallinn; flights to Košice on 18 March

{H1}                                   3

3 Main findings

The delegation agreed on the following findings at the closing
discussion in Tartu:

• Digital services succeed when the state sets common standards
  and lets private companies build on them
• A single data exchange layer matters more than individual
  e-services
• Start-up support in Estonia is simple: one agency, one
  database, one contact point for foreign talent
• Universities and the cluster cooperate through shared labs, not
  only through projects
• Košice has comparable technical skills but lacks a common
  story to attract foreign specialists

Participants were particularly struck by the speed of decisions
in the Estonian ministries. Kadri Tamm explained that most new
services start as small pilots of three to six months with one
municipality before they are scaled up. Several company repre-
sentatives noted that a similar approach could be tested in Ko-
šice with the city's parking and permit services.

The delegation also noted differences. Estonia's small size makes
coordination between ministries easier than in Slovakia, and
some Estonian services rely on a level of public trust in the
state that cannot be assumed elsewhere. Participants therefore
recommended starting with services where the region itself is
responsible, such as school enrolment and regional transport.

Photo: The delegation at the e-Estonia Briefing Centre (photo:
Peter Novák, Košice IT Valley)

{H1}                                   4

4 Next steps

The following actions were agreed and will be discussed at the
board meeting of Košice IT Valley on 22 April 2038:

- Present the findings to the Košice Self-governing Region for
  the regional action plan (responsible: Martin Kováč)
- Invite ITL and Startup Estonia to the Košice IT Valley
  Conference in October 2038
- Prepare a pilot "Work in Košice" web portal for foreign IT
  specialists with the city of Košice
- Explore a joint lab between TUKE and TalTech on cyber security

Costs of the visit were covered by the DigiRegions project bud-
get (travel and accommodation) and by the participating organ-
isations (staff time).

Annex: list of participants (available on request)

Košice IT Valley, z.p.o. · Hlavná 6, 040 01 Košice · www.itvalley.example.sk
{H1}                                   4
"""
write(F, T)
K='Košice IT Valley'
gold(F,
 [P("Martin Kováč","Project Manager",K), P("Zuzana Horňáková","Executive Director",K),
  P("Ján Bartoš","Head of the Department of Regional Development","Košice Self-governing Region"),
  P("Kadri Tamm","Cluster Manager","ITL"),
  P("Rein Kask","Deputy Secretary-General for Digital Development","Ministry of Economic Affairs and Communications"),
  P("Marek Kuusk",None,"Startup Estonia"),
  P("Liis Rebane",None,None),
  P("Peter Novák",None,K)],
 [O("Košice Self-governing Region"), O("Estonian ICT cluster"),
  O("Estonian Association of Information Technology and Telecommunications","ITL"),
  O("Deutsche Telekom IT Solutions Slovakia"), O("Ness KE"), O("Cloudfix s.r.o."),
  O("Technical University of Košice","TUKE"), O("Department of Regional Development"),
  O("e-Estonia Briefing Centre"), O("Ministry of Economic Affairs and Communications"),
  O("Tehnopol Science and Business Park"), O("Tallinn University of Technology","TalTech"),
  O("Centre for Digital Forensics and Cyber Security"), O("Startup Estonia"), O("Bolt"),
  O("Tartu Science Park"), O("University of Tartu"), O("Institute of Computer Science"), O("Košice IT Valley, z.p.o.")],
 [E("Study visit","2038-03-15","2038-03-17","Tallinn, Tartu","Estonia"),
  E("Visit to the e-Estonia Briefing Centre","2038-03-15",None,"Tallinn","Estonia"),
  E("Meeting at the Ministry of Economic Affairs and Communications","2038-03-15",None,"Tallinn","Estonia"),
  E("Dinner with members of ITL","2038-03-15",None,"Tallinn","Estonia"),
  E("Visit to Tehnopol Science and Business Park","2038-03-16",None,"Tallinn","Estonia"),
  E("Visit to the Tallinn University of Technology","2038-03-16",None,"Tallinn","Estonia"),
  E("Round table with Startup Estonia","2038-03-16",None,"Tallinn","Estonia"),
  E("Company visit: Bolt headquarters","2038-03-16",None,"Tallinn","Estonia"),
  E("Visit to Tartu Science Park and the University of Tartu Institute of Computer Science","2038-03-17",None,"Tartu","Estonia"),
  E("board meeting","2038-04-22"),
  E("Košice IT Valley Conference","2038-10",None,"Košice","Slovakia")],
 ["2038-03-15/2038-03-17","2038-04-08","2038-03-15","2038-03-16","2038-03-17","2038-03-18","2038-04-22","2038-10"],
 ["Digital services succeed when the state sets common standards and lets private companies build on them",
  "A single data exchange layer matters more than individual e-services",
  "Start-up support in Estonia is simple: one agency, one database, one contact point for foreign talent",
  "Universities and the cluster cooperate through shared labs, not only through projects",
  "Košice has comparable technical skills but lacks a common story to attract foreign specialists"],
 "2038-04-08")
