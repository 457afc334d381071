from h import *
import docx
F = 'g11_wallonia_board_minutes_events.docx'
assert wd(2036,1,22)=='Tuesday' and wd(2036,3,13)=='Thursday' and wd(2036,2,5)=='Tuesday'
paras = [
("h","MecaTech Cluster – Minutes of the Board of Directors meeting"),
("p","Meeting no. 2036/01 · Tuesday 22 January 2036, 14:00–16:45 · Namur, Maison de l'Industrie, and online"),
("p","Draft for approval at the next meeting · Drafted by: Sophie Vandenberghe-Lambert, Events and Communication Manager"),
("h2","Present"),
("p","Bernard Dehon (Chair, Groupe Dehon SA), Katrien De Smet-Wouters (Vice-Chair), Olivier Mathieu (Treasurer), Rachida El Amrani (Safran Aero Boosters), Pierre-Yves Lallemand (University of Liège), Thibault d'Ursel (Walloon Agency for Export and Foreign Investment, AWEX; observer), Frédéric Gobbe (Cluster Director, MecaTech)."),
("p","Excused: Anne-Marie Nkulu Kabila (UCLouvain). Guest for item 4: Henrik Jørgensen, Danish Technological Institute (DTI)."),
("h2","1. Approval of the agenda and of the minutes of 12 December 2035"),
("p","The agenda and the minutes of the meeting of 12 December 2035 were approved without changes."),
("h2","2. Events programme 2036"),
("p","Frédéric Gobbe presented the draft events calendar for the year. The Board discussed each item:"),
("b","MecaTech Innovation Day, Thursday 13 March 2036, Charleroi (Aéropole). Theme: additive manufacturing for aerospace. Expected 300 participants. A factory visit to Safran Aero Boosters in Herstal is planned for the next morning, subject to security clearance."),
("b","General Assembly of MecaTech, Tuesday 24 June 2036 in Liège, followed by the summer barbecue for members."),
("b","Participation in Hannover Messe (20–24 April 2036) on the Wallonia pavilion organised by AWEX, with eight member companies."),
("b","A round table on skills in the metal industry with the unions and Le Forem, 5 February 2036 in Namur – moved forward at the request of the regional minister's office."),
("b","Mission to Denmark with DTI and the Danish cluster MADE, 7–9 October 2036 (Aarhus and Odense)."),
("p","Rachida El Amrani asked that the Innovation Day include a session for start-ups. Pierre-Yves Lallemand offered the University of Liège's laboratories for a visit during the General Assembly."),
("h2","3. Budget"),
("p","Olivier Mathieu presented the events budget of EUR 186,000, of which EUR 72,000 is covered by the Walloon Region through the SPW Économie, Emploi, Recherche (SPW EER) and EUR 40,000 by sponsorship. The Board asked for a reserve of 10%."),
("h2","4. European cooperation"),
("p","Henrik Jørgensen presented the Danish experience with cluster-led 'manufacturing academies'. He suggested a joint application with MecaTech to the Single Market Programme call on cluster internationalisation; the deadline is 15 April 2036."),
("h2","5. Review of the 2035 Innovation Day"),
("p","Last year's Innovation Day (Mons, 14 March 2035) gathered 264 participants. The evaluation report gives the following lessons learnt:"),
("b","Company speakers were rated higher than academic ones; the balance should be shifted towards companies"),
("b","The B2B slots after lunch were too short and should last 30 minutes"),
("b","Students of the engineering faculties should be invited free of charge"),
("h2","6. Any other business"),
("p","Katrien De Smet-Wouters reported that the Flemish cluster Flanders Make has proposed a joint stand at a trade fair in 2037; the Board will come back to this in the autumn. Thibault d'Ursel reminded members that AWEX support for trade fair participation must be requested at least three months in advance."),
("h2","Decisions"),
("n","The events programme 2036 is approved as presented, with the round table moved to 5 February."),
("n","The events budget of EUR 186,000 is approved with a reserve of 10%."),
("n","The Cluster Director is mandated to prepare the joint application with DTI."),
("h2","Next meeting"),
("p","Tuesday 18 March 2036, 14:00, at the University of Liège (Sart Tilman)."),
("p","Signed: Bernard Dehon, Chair · Sophie Vandenberghe-Lambert, secretary of the meeting"),
]
assert wd(2036,6,24)=='Tuesday' and wd(2036,3,18)=="Tuesday"
d = docx.Document()
for k, t in paras:
    if k == 'h': d.add_heading(t, 0)
    elif k == 'h2': d.add_heading(t, 1)
    elif k == 'b': d.add_paragraph(t, style='List Bullet')
    elif k == 'n': d.add_paragraph(t, style='List Number')
    else: d.add_paragraph(t)
d.save(path(F))
M = "MecaTech Cluster"
gold(F,
 [P("Sophie Vandenberghe-Lambert","Events and Communication Manager",M),
  P("Bernard Dehon","Chair",M),
  P("Katrien De Smet-Wouters","Vice-Chair",M),
  P("Olivier Mathieu","Treasurer",M),
  P("Rachida El Amrani",None,"Safran Aero Boosters"),
  P("Pierre-Yves Lallemand",None,"University of Liège"),
  P("Thibault d'Ursel","observer","Walloon Agency for Export and Foreign Investment"),
  P("Frédéric Gobbe","Cluster Director",M),
  P("Anne-Marie Nkulu Kabila",None,"UCLouvain"),
  P("Henrik Jørgensen",None,"Danish Technological Institute")],
 [O(M,"MecaTech"), O("Groupe Dehon SA"), O("Safran Aero Boosters"), O("University of Liège"),
  O("Walloon Agency for Export and Foreign Investment","AWEX"), O("UCLouvain"), O("Danish Technological Institute","DTI"),
  O("Le Forem"), O("Flanders Make"), O("MADE"), O("Walloon Region"), O("SPW Économie, Emploi, Recherche","SPW EER")],
 [E("Board of Directors meeting","2036-01-22",None,"Namur","Belgium"),
  E("meeting","2035-12-12",None,None,None),
  E("MecaTech Innovation Day","2036-03-13",None,"Charleroi","Belgium"),
  E("factory visit to Safran Aero Boosters","2036-03-14",None,"Herstal","Belgium"),
  E("General Assembly of MecaTech","2036-06-24",None,"Liège","Belgium"),
  E("summer barbecue","2036-06-24",None,"Liège","Belgium"),
  E("Hannover Messe","2036-04-20","2036-04-24","Hannover","Germany"),
  E("round table on skills in the metal industry","2036-02-05",None,"Namur","Belgium"),
  E("Mission to Denmark","2036-10-07","2036-10-09","Aarhus, Odense","Denmark"),
  E("Innovation Day","2035-03-14",None,"Mons","Belgium"),
  E("Next meeting","2036-03-18",None,None,None)],
 ["2036-01-22","2035-12-12","2036-03-13","2036-06-24","2036-04-20/2036-04-24","2036-02-05","2036-10-07/2036-10-09","2036-04-15","2035-03-14","2036-03-18","2037"],
 ["Company speakers were rated higher than academic ones; the balance should be shifted towards companies",
  "The B2B slots after lunch were too short and should last 30 minutes",
  "Students of the engineering faculties should be invited free of charge",
  "The events programme 2036 is approved as presented, with the round table moved to 5 February",
  "The events budget of EUR 186,000 is approved with a reserve of 10%",
  "The Cluster Director is mandated to prepare the joint application with DTI"])
