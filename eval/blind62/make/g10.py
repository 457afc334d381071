from h import *
import docx
F = 'dalarna-steel-cluster-invitation-hydrogen-workshop.docx'
d = docx.Document()
paras = [
 "Dalarna Steel & Metals Cluster",
 "Borlänge, 6 February 2034",
 "INVITATION",
 "Workshop: Fossil-free steel – hydrogen, electricity and skills for Dalarna's metal industry",
 f"{wd(2034,3,15)}, 15 March 2034, 09:00–16:30 · Dalarna University, Campus Borlänge, Aula Gröna salen",
 "Dear members and partners,",
 "The Dalarna Steel & Metals Cluster (DSMC), together with Region Dalarna and the Swedish Energy Agency (Energimyndigheten), has the pleasure of inviting you to a one-day workshop on the switch to fossil-free steel production and what it means for suppliers, energy companies and training providers in our county. The large steel plants in Borlänge and Avesta plan to cut their carbon emissions by 80% before 2035, using hydrogen-based reduction and electric furnaces. For the 160 small and medium-sized suppliers in Dalarna this is both a risk and an opportunity.",
 "The workshop is the third in the series \"Green Steel Dalarna\". The first took place in Avesta on 14 September 2033 and the second in Ludvika on 23 November 2033. This time we focus on three questions: how much electricity and hydrogen the region will need, which new products and services suppliers can offer, and how to train 1,200 additional technicians by 2036.",
 "Please find the agenda below.",
]
for p in paras: d.add_paragraph(p)
rows = [("Time","Item","Speaker"),
 ("09:00","Registration and coffee",""),
 ("09:30","Welcome and aims of the day","Ulrika Hedström-Berg, Cluster Manager, DSMC"),
 ("09:45","Dalarna's road to fossil-free steel","Dr. Per-Olof Lindgren, Head of Sustainability, SSAB Borlänge"),
 ("10:30","Electricity and hydrogen demand in the county to 2040","Prof. Dr.-Ing. Katharina Oberländer-Nyström, Dalarna University"),
 ("11:15","Coffee break",""),
 ("11:30","Panel: What changes for suppliers?","Mikael Dahl (Ludvika Maskin AB), Aino Heikkilä (Avesta Industriservice AB), Jorge de la Fuente (Hydrox Nordic AB); moderator: Sara Ljungqvist, DSMC"),
 ("12:30","Lunch",""),
 ("13:30","Parallel groups: (A) energy, (B) new products, (C) skills","Group leaders from the cluster office"),
 ("15:00","Funding for the transition: national and EU instruments","Henrik Falk, Swedish Energy Agency; Malin Eriksson, Region Dalarna"),
 ("15:45","Conclusions and next steps","Lars-Erik van der Berg, Chair of the DSMC board"),
 ("16:30","End of the workshop; optional visit to the hydrogen pilot plant","")]
t = d.add_table(rows=len(rows), cols=3)
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
for p in [
 "Practical information",
 "Participation is free for members of the cluster; non-members pay SEK 950 including lunch. Please register by 8 March 2034 using the form on www.dsmc.se/green-steel or by e-mail to Sara Ljungqvist (sara.ljungqvist@dsmc.se, +46 243 555 018). The number of places is limited to 90, so please register early. Let us know about dietary requirements when you register.",
 "The visit to the hydrogen pilot plant of SSAB at 16:45 is limited to 25 people; safety shoes are provided. Participants must bring an identity document.",
 "Dalarna University can be reached on foot from Borlänge Central Station in ten minutes. Parking is available at the campus car park (P3).",
 "A short report of the day and the presentations will be sent to all participants by 29 March 2034. The fourth workshop in the series is planned for September 2034 in Falun.",
 "About the cluster: the Dalarna Steel & Metals Cluster was founded in 2012 and today brings together 74 member organisations: steel producers, engineering workshops, surface-treatment firms, logistics companies, energy utilities, Dalarna University and the upper-secondary schools with industrial programmes. The cluster runs working groups on energy efficiency, automation and skills, and represents the county in the national network of metal clusters. Its board is chaired by Lars-Erik van der Berg; its office in Borlänge has five staff.",
 "We look forward to seeing you in Borlänge!",
 "Kind regards,",
 "Ulrika Hedström-Berg",
 "Cluster Manager",
 "Dalarna Steel & Metals Cluster · Forskargatan 3, 781 70 Borlänge · www.dsmc.se",
 "The workshop is part of the project \"Green Steel Dalarna 2033–2035\", co-financed by the European Regional Development Fund and Region Dalarna."]:
    d.add_paragraph(p)
d.save(os.path.join(B, 'docs', F))
C='Dalarna Steel & Metals Cluster'
gold(F,
 [P('Ulrika Hedström-Berg','Cluster Manager',C), P('Per-Olof Lindgren','Head of Sustainability','SSAB Borlänge'),
  P('Katharina Oberländer-Nyström',None,'Dalarna University'), P('Mikael Dahl',None,'Ludvika Maskin AB'), P('Aino Heikkilä',None,'Avesta Industriservice AB'),
  P('Jorge de la Fuente',None,'Hydrox Nordic AB'), P('Sara Ljungqvist','moderator',C), P('Henrik Falk',None,'Swedish Energy Agency'),
  P('Malin Eriksson',None,'Region Dalarna'), P('Lars-Erik van der Berg','Chair of the DSMC board',C)],
 [O(C,'DSMC'), O('Region Dalarna'), O('Swedish Energy Agency'), O('Dalarna University'), O('SSAB Borlänge'), O('Ludvika Maskin AB'),
  O('Avesta Industriservice AB'), O('Hydrox Nordic AB'), O('SSAB')],
 [E("Fossil-free steel – hydrogen, electricity and skills for Dalarna's metal industry",'2034-03-15','2034-03-15','Borlänge','Sweden'),
  E('Green Steel Dalarna (first workshop)','2033-09-14','2033-09-14','Avesta','Sweden'), E('Green Steel Dalarna (second workshop)','2033-11-23','2033-11-23','Ludvika','Sweden'),
  E('Green Steel Dalarna (fourth workshop)','2034-09','2034-09','Falun','Sweden'), E('visit to the hydrogen pilot plant','2034-03-15','2034-03-15','Borlänge','Sweden')],
 ['2034-02-06','2034-03-15','2035','2033-09-14','2033-11-23','2036','2040','2034-03-08','2034-03-29','2034-09','2033/2035','2012'],
 pub='2034-02-06')
