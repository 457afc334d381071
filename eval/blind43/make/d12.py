from common import *
T = """# HACK THE FORGE 2034 – Industrial AI Hackathon in Gijón

*Posted on 16 January 2034 by the METALASTUR communication team · News, Events*

**48 hours, 5 real challenges, EUR 15,000 in prizes.** METALASTUR – Clúster del Metal de Asturias invites developers, data scientists, engineering students and designers to the third edition of Hack the Forge, our hackathon on artificial intelligence for heavy industry. The event takes place from Friday 10 March (18:00) to Sunday 12 March 2034 (18:00) at the Laboral Ciudad de la Cultura in Gijón, in partnership with the University of Oviedo and the regional development agency SEKUENS.

"Our member companies sit on huge amounts of process data that nobody has time to look at. A weekend with 120 motivated people can move a project further than six months of meetings," says Covadonga Fernández-Miranda, general manager of METALASTUR.

## The challenges and their owners

Each challenge is presented by a company that provides data, a mentor on site and a dedicated prize.

**1. Predicting refractory wear in a ladle furnace**
Challenge owner: Acerías del Nalón S.A. – mentor: Íñigo Suárez Quirós, head of process digitalisation.

**2. Vision-based detection of surface defects on galvanised coils**
Challenge owner: Recubrimientos Cantábricos S.L. – mentor: Lorena Menéndez, quality engineer.

**3. Energy scheduling for an electric arc furnace under variable power prices**
Challenge owner: Energía Verde Asturiana S.A. together with the steel recycler Chatarras del Caudal S.L. – mentor: Pablo Arias Valdés, energy manager.

**4. Reducing idle time of overhead cranes in a fabrication hall**
Challenge owner: Talleres Navales del Musel S.L. – mentor: Beatriz Ordóñez, production director.

**5. A safety assistant for maintenance teams (open challenge)**
Challenge owner: the Asturian Institute for Occupational Safety and Health (IAPRL) – mentor: Dr. Xuan Carlos Álvarez, head of prevention programmes.

## Jury

The winning teams will be chosen by a jury of five:
- Mónica Rodríguez Villa, President of METALASTUR and CEO of Forjas del Narcea S.A. (chair of the jury)
- Prof. Ángel Cuervo Lastra, Polytechnic School of Engineering of Gijón, University of Oviedo
- Henrike Vogelsang, Head of AI Programmes, Fraunhofer Institute for Production Technology IPT (Aachen)
- Roberto Llaneza, investment manager, Asturias Capital Riesgo
- Noelia García Pando, director of innovation, SEKUENS

## Programme

Friday 10 March
18:00 Registration and welcome dinner
19:00 Opening by the Regional Minister for Science, Industry and Employment, Marcos Fueyo Buylla
19:30 Presentation of the challenges by the challenge owners, team building
21:00 Hacking starts

Saturday 11 March
09:00–19:00 Hacking with mentor sessions every two hours
13:00 Workshop "Industrial data in 30 minutes" by Zenobia Analytics
20:00 Asturian espicha (cider evening)

Sunday 12 March
12:00 Submission deadline
13:00–15:30 Pitches (5 minutes + 3 minutes Q&A)
17:00 Award ceremony

## Prizes

- Overall winner: EUR 5,000, offered by METALASTUR
- Five challenge prizes of EUR 2,000 each, offered by the challenge owners
- Special prize "Best student team": a two-week stay at Fraunhofer IPT in Aachen in summer 2034

## Who can take part

Teams of three to five people, or individuals who will be matched into teams on Friday evening. At least one team member must be over 18. Participation is free; meals and accommodation for participants from outside Asturias are covered. Registration closes on 20 February 2034, or earlier if the 120 places are filled.

## Online info session

Questions? Join our online info session on Thursday 9 February 2034 at 17:00 with Daniel Prieto Alonso, innovation manager at METALASTUR, and the organising team.

## Past editions

Hack the Forge started in 2032 with 60 participants; the 2033 edition, held in Avilés, had 95 participants and the winning team's defect-detection tool is now in production at a member company.

Contact: Daniel Prieto Alonso – hackathon@metalastur.example | Tags: hackathon, AI, steel, Gijón
"""
gold("metalastur_news_hack-the-forge-2034.md", "2034-01-16",
 [P("Covadonga Fernández-Miranda","general manager","METALASTUR"),
  P("Íñigo Suárez Quirós","head of process digitalisation","Acerías del Nalón S.A."),
  P("Lorena Menéndez","quality engineer","Recubrimientos Cantábricos S.L."),
  P("Pablo Arias Valdés","energy manager",None),
  P("Beatriz Ordóñez","production director","Talleres Navales del Musel S.L."),
  P("Xuan Carlos Álvarez","head of prevention programmes","IAPRL"),
  P("Mónica Rodríguez Villa","President","METALASTUR"),
  P("Ángel Cuervo Lastra",None,"Polytechnic School of Engineering of Gijón"),
  P("Henrike Vogelsang","Head of AI Programmes","Fraunhofer Institute for Production Technology IPT"),
  P("Roberto Llaneza","investment manager","Asturias Capital Riesgo"),
  P("Noelia García Pando","director of innovation","SEKUENS"),
  P("Marcos Fueyo Buylla","Regional Minister for Science, Industry and Employment",None),
  P("Daniel Prieto Alonso","innovation manager","METALASTUR")],
 [O("METALASTUR – Clúster del Metal de Asturias","METALASTUR"), O("University of Oviedo"), O("SEKUENS"),
  O("Acerías del Nalón S.A."), O("Recubrimientos Cantábricos S.L."), O("Energía Verde Asturiana S.A."),
  O("Chatarras del Caudal S.L."), O("Talleres Navales del Musel S.L."),
  O("Asturian Institute for Occupational Safety and Health","IAPRL"),
  O("Forjas del Narcea S.A."), O("Polytechnic School of Engineering of Gijón"),
  O("Fraunhofer Institute for Production Technology IPT","Fraunhofer IPT"), O("Asturias Capital Riesgo"),
  O("Zenobia Analytics")],
 [E("Hack the Forge 2034","2034-03-10","2034-03-12","Gijón","Spain"),
  E("Award ceremony","2034-03-12",None,"Gijón","Spain"),
  E("online info session","2034-02-09",None,None,None),
  E("Hack the Forge 2032","2032",None,None,None),
  E("Hack the Forge 2033","2033",None,"Avilés","Spain")],
 ["2034-01-16","2034-03-10/2034-03-12","2034-03-10","2034-03-11","2034-03-12","2034","2034-02-20","2034-02-09","2032","2033"],
 [], T)
