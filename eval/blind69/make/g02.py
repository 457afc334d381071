from h import *
F='east-bohemian-cluster-days-2034-report.md'
T=f'''[Home](/) / [News](/news) / Reports

# East Bohemian Cluster Days 2034: health technology meets advanced materials

*Posted on {wd(2034,5,29)} 29 May 2034 by the MedTech Klastr communication team · 7 min read*

More than 260 participants from eleven countries came to Hradec Králové on {wd(2034,5,17)} 17 and {wd(2034,5,18)} 18 May 2034 for the fourth East Bohemian Cluster Days. The conference, organised by the Medical Technology Cluster East Bohemia (MedTech Klastr) with the Hradec Králové Region and the University of Hradec Králové, took place in the Aldis congress centre by the Elbe. This report summarises the plenary sessions, the panel and the three key messages agreed by the speakers at the closing session.

## Opening

The conference was opened by **Ing. Martina Šťastná, Ph.D.**, chair of the board of MedTech Klastr, who reminded the audience that the cluster started in 2019 with nine members and now counts 74. She was followed by **Mgr. Pavel Kohout**, deputy governor of the Hradec Králové Region responsible for regional development, who announced that the region will renew its cluster support scheme for the period 2035–2038.

The keynote came from **Dr. Elisabeth Kronberger-Maier**, head of the Health Technologies Unit at the European Cluster Secretariat, on "Regional health ecosystems after the pandemic decade". She presented figures from a survey of 140 health clusters and argued that hospitals should be treated as members of clusters, not only as customers.

## Session 1: From the lab to the ward

Chaired by **doc. RNDr. Jiří Vondráček**, vice-rector for research at the University of Hradec Králové, the first session brought together three speakers:

- **Ana Lúcia Fonseca**, innovation manager at Health Cluster Portugal, on the testbeds network run by Portuguese hospitals;
- **Dr. Jakob Lindqvist**, chief technology officer of Nordisk Biomaterial AB (Lund), on regulatory pathways for implants made of resorbable polymers;
- **Ing. Radka Pokorná**, managing director of ORTOtech s.r.o., a member company based in Jaroměř, on the first clinical trial of a 3D-printed knee brace in the Czech Republic.

The questions from the floor focused on the cost of certification under the medical device rules, which several SMEs described as the single largest barrier to growth.

## Panel: Materials for the next generation of devices

The panel on the afternoon of {wd(2034,5,17)} was moderated by **Tereza Marková**, cluster manager of MedTech Klastr. Panellists were **Prof. Dr.-Ing. Hendrik van der Linde** (Fraunhofer Institute for Ceramic Technologies and Systems IKTS, Dresden), **Dr. Małgorzata Zielińska-Kos** (Silesian Medical Cluster, Katowice), **Lukas Eder** (Business Upper Austria – Medical Technology Cluster) and **Jana Dvořáková**, head of procurement at the University Hospital Hradec Králové.

The discussion turned to the question of how procurement rules can reward innovative products. Jana Dvořáková explained that her hospital had piloted a "pre-commercial dialogue" with suppliers in 2033 and that four cluster members had taken part. Hendrik van der Linde offered to host a follow-up workshop in Dresden; it has since been scheduled for {wd(2034,10,9)} 9 October 2034.

## Parallel workshops

Three workshops ran in parallel with the panel. The workshop on reimbursement of digital health applications, led by **Mgr. Kateřina Novák Holubová** of the General Health Insurance Company of the Czech Republic, was fully booked within a day of opening registration. A second workshop, on clinical evaluation for small manufacturers, was given by **Dr. Matthias Grünwald** of TÜV SÜD Czech s.r.o., who walked participants through the documents a notified body expects. The third, on recruiting international talent, was moderated by the regional office of CzechInvest and featured two engineers from India and Ukraine who now work for member companies in Náchod and Trutnov. Participants asked for the same format to be repeated next year, with more time for questions.

## Second day: company visits and matchmaking

On {wd(2034,5,18)} morning, 96 bilateral meetings took place in the B2B matchmaking organised with Enterprise Europe Network Czech Republic. In the afternoon, three groups visited member companies: ORTOtech s.r.o. in Jaroměř, the sterilisation service provider Sterimed CZ a.s. in Hradec Králové and the materials laboratory of the University of Pardubice.

## Awards

The MedTech Klastr innovation voucher prize, worth CZK 250,000, went to **Ondřej Hájek** and **Veronika Hájková**, the co-founders of the start-up Pulsera s.r.o., for a wearable sensor that monitors patients after cardiac surgery.

## Key messages

At the closing session, the speakers agreed on three key messages, which will be sent to the Ministry of Industry and Trade and to the European Commission as the conference's contribution to the consultation on the next cluster strategy:

1. Hospitals must become full members of health clusters, with a seat on their boards and a budget for joint projects.
2. Regions should pool resources for certification support so that SMEs do not face the cost of the medical device rules alone.
3. Advanced-materials and health-technology clusters should plan joint calls and exchange staff instead of working in parallel.

## What comes next

The fifth East Bohemian Cluster Days will take place on {wd(2035,5,16)} 16–17 May 2035, again in Hradec Králové. A call for speakers opens in November 2034. Photos of this year's edition are available in the [gallery](/gallery/2034), and the presentations can be downloaded by registered participants.

---
*Contact: Tereza Marková, cluster manager, MedTech Klastr, Eliščino nábřeží 12, 500 02 Hradec Králové · info@medtechklastr.example.cz*

Share: [LinkedIn](#) · [X](#) · [E-mail](#)

**Related:** [Call for speakers 2035](#) · [MedTech Klastr annual report 2033](#) · [Members' map](#)
'''
write(F,T)
C='Medical Technology Cluster East Bohemia'
UHK='University of Hradec Králové'
gold(F,[P('Martina Šťastná','chair of the board',C),P('Pavel Kohout','deputy governor','Hradec Králové Region'),
 P('Elisabeth Kronberger-Maier','head of the Health Technologies Unit','European Cluster Secretariat'),P('Jiří Vondráček','vice-rector for research',UHK),
 P('Ana Lúcia Fonseca','innovation manager','Health Cluster Portugal'),P('Jakob Lindqvist','chief technology officer','Nordisk Biomaterial AB'),
 P('Radka Pokorná','managing director','ORTOtech s.r.o.'),P('Tereza Marková','cluster manager',C),
 P('Hendrik van der Linde',None,'Fraunhofer Institute for Ceramic Technologies and Systems'),P('Małgorzata Zielińska-Kos',None,'Silesian Medical Cluster'),
 P('Lukas Eder',None,'Business Upper Austria – Medical Technology Cluster'),P('Jana Dvořáková','head of procurement','University Hospital Hradec Králové'),
 P('Kateřina Novák Holubová',None,'General Health Insurance Company of the Czech Republic'),P('Matthias Grünwald',None,'TÜV SÜD Czech s.r.o.'),P('Ondřej Hájek','co-founder','Pulsera s.r.o.'),P('Veronika Hájková','co-founder','Pulsera s.r.o.')],
 [O(C,'MedTech Klastr'),O('Hradec Králové Region'),O(UHK),O('European Cluster Secretariat'),O('Health Cluster Portugal'),O('Nordisk Biomaterial AB'),
  O('ORTOtech s.r.o.'),O('Fraunhofer Institute for Ceramic Technologies and Systems','IKTS'),O('Silesian Medical Cluster'),O('Business Upper Austria – Medical Technology Cluster'),
  O('University Hospital Hradec Králové'),O('Enterprise Europe Network Czech Republic'),O('Sterimed CZ a.s.'),O('University of Pardubice'),O('Pulsera s.r.o.'),
  O('Ministry of Industry and Trade'),O('General Health Insurance Company of the Czech Republic'),O('TÜV SÜD Czech s.r.o.'),O('CzechInvest'),O('European Commission')],
 [E('East Bohemian Cluster Days 2034','2034-05-17','2034-05-18','Hradec Králové','Czechia'),
  E('workshop on reimbursement of digital health applications','2034-05-17','2034-05-17','Hradec Králové','Czechia'),E('workshop on clinical evaluation for small manufacturers','2034-05-17','2034-05-17','Hradec Králové','Czechia'),E('workshop on recruiting international talent','2034-05-17','2034-05-17','Hradec Králové','Czechia'),E('follow-up workshop','2034-10-09','2034-10-09','Dresden','Germany'),E('B2B matchmaking','2034-05-18','2034-05-18','Hradec Králové','Czechia'),
  E('company visits','2034-05-18','2034-05-18','Jaroměř, Hradec Králové, Pardubice','Czechia'),E('fifth East Bohemian Cluster Days','2035-05-16','2035-05-17','Hradec Králové','Czechia')],
 ['2034-05-29','2034-05-17/2034-05-18','2019','2035/2038','2033','2034-10-09','2035-05-16/2035-05-17','2034-11'],
 ['Hospitals must become full members of health clusters, with a seat on their boards and a budget for joint projects',
  'Regions should pool resources for certification support so that SMEs do not face the cost of the medical device rules alone',
  'Advanced-materials and health-technology clusters should plan joint calls and exchange staff instead of working in parallel'],pub='2034-05-29')
