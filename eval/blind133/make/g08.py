from h import *
import docx
F = 'g08_arnhem_board_minutes.docx'
assert wd(2042,1,16)=='Thursday' and wd(2042,3,12)=='Wednesday' and wd(2042,1,23)=='Thursday' and wd(2042,4,24)=='Thursday'
paras = [
("h","Minutes of the Board Meeting – Energy Valley Gelderland Cluster Association"),
("p","Meeting no. 2042/1 · Thursday 16 January 2042, 14:00–16:30 · IPKW Industrial Park Kleefse Waard, Arnhem, meeting room 'De Rijn' and online"),
("p","Status: approved by written procedure on 23 January 2042"),
("h2","Present"),
("p","Ir. Maarten de Wit-Hoogland (Chair; Alliander N.V.), Dr. Ingrid Schouten (Vice-Chair; HAN University of Applied Sciences), Bas ter Horst (Treasurer; Rabobank Arnhem en Omstreken), Fatima El Idrissi (Board member; Oost NL), Joost van 't Veer (Board member; Tennet TSO B.V.)"),
("p","In attendance: Karel Verbeek, Cluster Manager; Mirthe Lammers, Events and Communication Officer (minutes)"),
("p","Apologies: Prof. Dr. Hendrik Jan Boersma (Wageningen University & Research)"),
("h2","1. Opening and agenda"),
("p","The Chair opened the meeting at 14:05 and welcomed Joost van 't Veer, who joined the board after the General Assembly of 28 November 2041. The agenda was adopted without changes."),
("h2","2. Minutes of the previous meeting"),
("p","The minutes of the board meeting of 24 October 2041 were approved. Action point 3 (membership fee study) remains open."),
("h2","3. Events calendar 2042"),
("p","The Cluster Manager presented the draft events calendar for 2042. The main items are:"),
("p","• Energy Valley Gelderland Annual Conference, 12 March 2042, Musis Sacrum, Arnhem (expected 350 participants)"),
("p","• Hydrogen Matchmaking Day with the Cluster Energy Ruhr network, 24 April 2042, Nijmegen"),
("p","• study visit of the Norwegian cluster Ocean Hyway Cluster to Arnhem and Nijmegen, 2–4 June 2042"),
("p","• General Assembly, November 2042 (date to be fixed in May)"),
("p","Ms El Idrissi asked whether the conference could move to Nijmegen in alternate years. The Cluster Manager explained that the 2041 edition in Nijmegen had lower attendance from the Achterhoek companies. The board agreed to keep Arnhem for 2042 and to review the location for later editions in the autumn."),
("h2","4. Financial report and budget"),
("p","The Treasurer reported a surplus of EUR 41,200 for 2041, mainly due to sponsorship of the annual conference by Alliander N.V. and Tennet TSO B.V. He presented the budget 2042 of EUR 1.18 million, of which 62 per cent is covered by membership fees and 25 per cent by the Province of Gelderland."),
("h2","5. Hydrogen Matchmaking Day"),
("p","Dr. Schouten reported on the preparation with Cluster Energy Ruhr and the Enterprise Europe Network Netherlands. Forty companies from Gelderland and North Rhine-Westphalia have pre-registered. The board discussed whether to charge a fee; members will participate free of charge, non-members pay EUR 95."),
("h2","6. Any other business"),
("p","Mr ter Horst announced that he will step down as Treasurer at the General Assembly in November 2042 after eight years on the board (2034–2042)."),
("h2","Decisions"),
("p","1. The board approves the events calendar 2042 as presented, with the Annual Conference in Arnhem"),
("p","2. The board approves the budget 2042 and submits it to the General Assembly for ratification"),
("p","3. Non-members pay a fee of EUR 95 for the Hydrogen Matchmaking Day; members participate free of charge"),
("p","4. The Cluster Manager will propose a candidate for the post of Treasurer by the board meeting of June 2042"),
("h2","Action points"),
("p","Karel Verbeek – venue contract Musis Sacrum – 31 January 2042 · Mirthe Lammers – save-the-date for the Annual Conference – 6 February 2042 · Ingrid Schouten – speaker list Matchmaking Day – 20 March 2042"),
("p","Next meeting: Thursday 10 April 2042, 14:00, Oost NL offices, Arnhem"),
("p","Signed: Maarten de Wit-Hoogland, Chair · Mirthe Lammers, secretary to the meeting"),
]
assert wd(2042,4,10)=='Thursday'
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
C="Energy Valley Gelderland Cluster Association"
gold(F,
 [P("Maarten de Wit-Hoogland","Chair",C), P("Ingrid Schouten","Vice-Chair",C), P("Bas ter Horst","Treasurer",C),
  P("Fatima El Idrissi","Board member",C), P("Joost van 't Veer","Board member",C),
  P("Karel Verbeek","Cluster Manager",C), P("Mirthe Lammers","Events and Communication Officer",C),
  P("Hendrik Jan Boersma",None,"Wageningen University & Research")],
 [O(C), O("Alliander N.V."), O("HAN University of Applied Sciences"), O("Rabobank Arnhem en Omstreken"), O("Oost NL"),
  O("Tennet TSO B.V."), O("Wageningen University & Research"), O("Cluster Energy Ruhr"), O("Ocean Hyway Cluster"),
  O("Province of Gelderland"), O("Enterprise Europe Network Netherlands")],
 [E("Board Meeting","2042-01-16",None,"Arnhem","Netherlands"),
  E("General Assembly","2041-11-28",None,None,None),
  E("board meeting","2041-10-24",None,None,None),
  E("Energy Valley Gelderland Annual Conference","2042-03-12",None,"Arnhem","Netherlands"),
  E("Hydrogen Matchmaking Day","2042-04-24",None,"Nijmegen","Netherlands"),
  E("study visit of the Norwegian cluster Ocean Hyway Cluster","2042-06-02","2042-06-04","Arnhem, Nijmegen","Netherlands"),
  E("General Assembly","2042-11",None,None,None),
  E("Energy Valley Gelderland Annual Conference","2041",None,"Nijmegen","Netherlands"),
  E("board meeting","2042-06",None,None,None),
  E("Next meeting","2042-04-10",None,"Arnhem","Netherlands")],
 ["2042-01-16","2042-01-23","2041-11-28","2041-10-24","2042","2042-03-12","2042-04-24","2042-06-02/2042-06-04","2042-11","2042-05",
  "2041","2034/2042","2042-06","2042-01-31","2042-02-06","2042-03-20","2042-04-10"],
 ["The board approves the events calendar 2042 as presented, with the Annual Conference in Arnhem",
  "The board approves the budget 2042 and submits it to the General Assembly for ratification",
  "Non-members pay a fee of EUR 95 for the Hydrogen Matchmaking Day; members participate free of charge",
  "The Cluster Manager will propose a candidate for the post of Treasurer by the board meeting of June 2042"],
 pub=None)
