from h import *
F = 'g03_thessaloniki_forum_speakers.md'
assert wd(2040,11,14)=='Wednesday' and wd(2040,11,15)=='Thursday'
T = """# Speakers – 6th Central Macedonia Cluster Forum

**Thessaloniki, 14–15 November 2040 · TIF-Helexpo Forum, Hall 7**
*Organised by the Thessaloniki Innovation Cluster Alliance (TICA) with the Region of Central Macedonia*

[Programme](/programme) | [Speakers](/speakers) | [Venue & travel](/venue) | [Register](/register) | [Past editions](/archive)

---

The Forum brings together cluster managers, company leaders and policy makers from south-east Europe for two days on the people side of clusters: how to recruit, keep and train the staff who run cluster organisations, and how boards should work with them. Below you will find our confirmed speakers in order of appearance. Biographies were supplied by the speakers and lightly edited.

## Day 1 – Wednesday 14 November 2040

**09:30 Welcome address**

**Eleni Papadopoulou-Stavrou** – *Deputy Regional Governor for Development, Region of Central Macedonia*
Eleni has been responsible for the regional development portfolio since 2038. An economist by training, she worked for twelve years at the Hellenic Development Bank and taught regional policy at the University of Macedonia.

**10:00 Keynote: "A cluster is only as good as its team"**

**Dr Matthias Oberleitner** – Head of Cluster Policy, ecoplus. The Business Agency of Lower Austria
Matthias leads the team that steers Lower Austria's cluster programme, from plastics to food. He chaired the European Clusters Alliance's working group on cluster management skills (2036–2039) and writes a monthly column on cluster governance.

**11:15 Panel: "Cluster managers wanted – career paths in cluster organisations"**
Moderator: **Zoe Hatzigeorgiou**, journalist, Kathimerini business section

- **Stavros Karamanlidis-Ioannou**, Cluster Manager, Thessaloniki Agri-Food Cluster. Stavros has run the cluster since its creation in 2034 and was shortlisted for the European Cluster Manager of the Year award in 2039.
- **Ana-Maria Ciobanu**, Executive Director, Transylvania Furniture Cluster (Cluj-Napoca). Ana-Maria built a team of nine and a cluster academy that has trained 240 young managers.
- **Bojan Stojanovski**, Secretary General, ICT Cluster of North Macedonia (Skopje).
- **Dr Ruth van der Heijden**, Senior Expert, European Cluster Collaboration Platform.

**14:00 Workshop: Boards that help, boards that hinder**
Facilitated by **Giorgos Lambrakis**, former President of the Hellenic Clusters Association and board member of three cluster organisations.

**19:30 Forum dinner** at the Kitchen Bar, Thessaloniki port (by invitation)

## Day 2 – Thursday 15 November 2040

**09:30 Company visits** – participants choose between the CERTH innovation campus, the Thessaloniki Port Authority and the winery Domaine Gerovassiliou in Epanomi.

**12:00 Closing session: "What we learnt"**

**Ioanna Dimitriadou** – *President, Thessaloniki Innovation Cluster Alliance*
Ioanna is CEO of the software company Pylea Systems S.A. and was elected President of TICA at its general assembly in March 2039. She sits on the Industry Advisory Board of the Aristotle University of Thessaloniki.

**Luca Ferraresi** – *Policy Officer, European Commission, DG GROW*
Luca works on cluster policy and the European Cluster Collaboration Platform. Before moving to Brussels in 2035 he was project manager at the Emilia-Romagna agency ART-ER in Bologna.

---

## Key takeaways from the 5th Forum (2039)

Last year's edition, held on 7–8 November 2039 in Thessaloniki, closed with these takeaways, which shaped this year's programme:

- Cluster teams in south-east Europe are small and overstretched; two thirds have fewer than four staff
- Staff turnover is the main risk to cluster services, more than funding gaps
- Boards spend too much time on budgets and too little on strategy
- Exchanges between cluster managers across borders are the cheapest form of training

## Past editions

- 1st Forum: Thessaloniki, 2035
- 2nd Forum: Kavala, 2036
- 3rd Forum: Serres, 2037
- 4th Forum: Veria, 2038
- 5th Forum: Thessaloniki, 2039

---

*Speaker changes are possible. Last update: 2 October 2040.*
*Contact: forum@tica.example.gr · Registration closes on 9 November 2040.*
"""
write(F, T)
T_="Thessaloniki Innovation Cluster Alliance"
gold(F,
 [P("Eleni Papadopoulou-Stavrou","Deputy Regional Governor for Development","Region of Central Macedonia"),
  P("Matthias Oberleitner","Head of Cluster Policy","ecoplus. The Business Agency of Lower Austria"),
  P("Zoe Hatzigeorgiou","journalist","Kathimerini"),
  P("Stavros Karamanlidis-Ioannou","Cluster Manager","Thessaloniki Agri-Food Cluster"),
  P("Ana-Maria Ciobanu","Executive Director","Transylvania Furniture Cluster"),
  P("Bojan Stojanovski","Secretary General","ICT Cluster of North Macedonia"),
  P("Ruth van der Heijden","Senior Expert","European Cluster Collaboration Platform"),
  P("Giorgos Lambrakis","former President","Hellenic Clusters Association"),
  P("Ioanna Dimitriadou","President",T_),
  P("Luca Ferraresi","Policy Officer","DG GROW")],
 [O(T_,"TICA"), O("Region of Central Macedonia"), O("ecoplus. The Business Agency of Lower Austria"),
  O("Hellenic Development Bank"), O("University of Macedonia"), O("European Clusters Alliance"),
  O("Kathimerini"), O("Thessaloniki Agri-Food Cluster"), O("Transylvania Furniture Cluster"),
  O("ICT Cluster of North Macedonia"), O("European Cluster Collaboration Platform"),
  O("Hellenic Clusters Association"), O("CERTH"), O("Thessaloniki Port Authority"), O("Domaine Gerovassiliou"),
  O("Pylea Systems S.A."), O("Aristotle University of Thessaloniki"), O("European Commission"), O("DG GROW"),
  O("ART-ER")],
 [E("6th Central Macedonia Cluster Forum","2040-11-14","2040-11-15","Thessaloniki","Greece"),
  E("Forum dinner","2040-11-14",None,"Thessaloniki","Greece"),
  E("Company visits","2040-11-15",None,None,"Greece"),
  E("general assembly","2039-03",None,None,None),
  E("5th Forum","2039-11-07","2039-11-08","Thessaloniki","Greece"),
  E("1st Forum","2035",None,"Thessaloniki","Greece"),
  E("2nd Forum","2036",None,"Kavala","Greece"),
  E("3rd Forum","2037",None,"Serres","Greece"),
  E("4th Forum","2038",None,"Veria","Greece")],
 ["2040-11-14/2040-11-15","2040-11-14","2038","2036/2039","2034","2039","2039-03","2040-11-15","2035","2039-11-07/2039-11-08","2036","2037","2040-10-02","2040-11-09"],
 ["Cluster teams in south-east Europe are small and overstretched; two thirds have fewer than four staff",
  "Staff turnover is the main risk to cluster services, more than funding gaps",
  "Boards spend too much time on budgets and too little on strategy",
  "Exchanges between cluster managers across borders are the cheapest form of training"])
