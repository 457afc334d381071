from h import *
import docx
F = 'g08_flevoland_cluster_general_assembly_minutes.docx'
assert wd(2038,6,17)=='Thursday' and wd(2038,6,24)=='Thursday' and wd(2038,9,30)=='Thursday'
paras = [
("h","Minutes of the Annual General Assembly 2038"),
("p","Flevoland Circular Construction Cluster (FC3) · Thursday 17 June 2038, 15:00–17:40 · Batavia Stad business centre, Lelystad · Draft, circulated 24 June 2038"),
("p","Present: 38 member organisations (of 61), 6 represented by proxy; quorum reached. Chair: Marloes de Vries-Brinkman (President). Minutes: Ruben Achterberg (cluster office)."),
("p","Guests: Hans van Leeuwen, deputy for economy, Provincie Flevoland; Ilse Nauta, Horizon Flevoland; Joost Kamphuis, Rijksdienst voor Ondernemend Nederland (RVO)."),
("h2","1. Opening and agenda"),
("p","The President opened the meeting at 15:05 and welcomed in particular the seven members that joined since the last General Assembly on 22 June 2037 in Almere. The agenda was adopted without changes."),
("h2","2. Annual report 2037"),
("p","The cluster manager, Wouter Verbeek, presented the annual report. Highlights: the first Circular Building Day in Almere (12 October 2037, 290 visitors), two study visits (to the Madaster platform in Utrecht on 9 March 2037 and to the timber cluster of Vorarlberg in Dornbirn, 5–7 May 2037), and the matchmaking session with Flemish builders at the Batibouw fair in Brussels. The number of members rose from 54 to 61. Sanne Hofstra (Almere Bouwt Circulair B.V.) asked why the Dronten and Zeewolde companies were less active; the cluster manager answered that a regional meeting in Dronten is planned for the autumn."),
("h2","3. Accounts 2037 and audit"),
("p","The treasurer, Erik Bos, presented the accounts: income EUR 412,000, of which 61% from membership fees and 39% from projects; result EUR +8,300. The auditors, Anja Smit and Pieter Koopman, found the accounts in order and recommended discharge."),
("h2","4. Budget and work plan 2039"),
("p","The budget 2039 (EUR 430,000) and the work plan were presented. Main new activities: a second Circular Building Day, a buyers' platform for reused building materials and an international mission to the Nordic Circular Construction Summit in Aarhus in spring 2039."),
("p","In the discussion, several members asked the Board to keep the fee for small companies unchanged, since most of the new members have fewer than ten employees. Hans van Leeuwen confirmed that the province will continue its contribution to the cluster office until the end of 2040, on condition that the cluster reports every year on the amount of building material that members reuse. The work plan was amended to include such a yearly report."),
("h2","5. Board elections"),
("p","Two seats were open. The General Assembly elected by secret ballot:"),
("p","• Fatima El Amrani (Heijmans Flevoland), as Vice-President, for the term 2038–2041 (31 votes)"),
("p","• Bart Wijnberg (Lelystad Airport Businesspark), as board member, for the term 2038–2041 (29 votes)"),
("p","Erik Bos (Bos & Zonen Installatietechniek) was re-elected as treasurer for a second term. Outgoing Vice-President Gert-Jan Rozendaal (Rozendaal Houtbouw) was thanked for six years on the Board and appointed honorary member."),
("p","The Board now consists of: Marloes de Vries-Brinkman (President, Windesheim Flevoland), Fatima El Amrani (Vice-President), Erik Bos (Treasurer), Yvonne Dijkstra (Secretary, Gemeente Lelystad) and Bart Wijnberg."),
("h2","6. Decisions"),
("p","The General Assembly decided:"),
("p","a) to adopt the annual report 2037 and the accounts 2037 and to grant the Board discharge for its management;"),
("p","b) to adopt the budget and work plan 2039;"),
("p","c) to raise the membership fee for companies with more than 50 employees by 5% from 1 January 2039;"),
("p","d) to open membership to housing corporations as a new category of members"),
("h2","7. Any other business and closing"),
("p","Ilse Nauta invited members to the Flevoland Innovation Awards on 30 September 2038 in Emmeloord. The President closed the meeting at 17:40, followed by drinks and a guided tour of the Floriade site."),
("p","Next General Assembly: June 2039, Almere."),
("p","Signed: Marloes de Vries-Brinkman, President · Yvonne Dijkstra, Secretary"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
FC="Flevoland Circular Construction Cluster"
gold(F,
 [P("Marloes de Vries-Brinkman","President",FC), P("Ruben Achterberg",None,"cluster office"),
  P("Hans van Leeuwen","deputy for economy","Provincie Flevoland"), P("Ilse Nauta",None,"Horizon Flevoland"),
  P("Joost Kamphuis",None,"Rijksdienst voor Ondernemend Nederland"), P("Wouter Verbeek","cluster manager",FC),
  P("Sanne Hofstra",None,"Almere Bouwt Circulair B.V."), P("Erik Bos","treasurer",FC),
  P("Anja Smit","auditor",FC), P("Pieter Koopman","auditor",FC),
  P("Fatima El Amrani","Vice-President",FC), P("Bart Wijnberg","board member",FC),
  P("Gert-Jan Rozendaal","honorary member",FC), P("Yvonne Dijkstra","Secretary",FC)],
 [O(FC,"FC3"), O("Provincie Flevoland"), O("Horizon Flevoland"), O("Rijksdienst voor Ondernemend Nederland","RVO"),
  O("Madaster"), O("Almere Bouwt Circulair B.V."), O("Heijmans Flevoland"), O("Lelystad Airport Businesspark"),
  O("Bos & Zonen Installatietechniek"), O("Rozendaal Houtbouw"), O("Windesheim Flevoland"), O("Gemeente Lelystad")],
 [E("Annual General Assembly 2038","2038-06-17",None,"Lelystad","Netherlands"),
  E("General Assembly","2037-06-22",None,"Almere","Netherlands"),
  E("Circular Building Day","2037-10-12",None,"Almere","Netherlands"),
  E("study visit","2037-05-05","2037-05-07","Dornbirn","Austria"),
  E("study visit","2037-03-09",None,"Utrecht","Netherlands"),
  E("matchmaking session with Flemish builders",None,None,"Brussels","Belgium"),
  E("Batibouw",None,None,"Brussels","Belgium"),
  E("regional meeting",None,None,"Dronten","Netherlands"),
  E("Nordic Circular Construction Summit","2039",None,"Aarhus","Denmark"),
  E("Flevoland Innovation Awards","2038-09-30",None,"Emmeloord","Netherlands"),
  E("guided tour of the Floriade site","2038-06-17",None,None,None),
  E("General Assembly","2039-06",None,"Almere","Netherlands")],
 ["2038-06-17","2038-06-24","2037-06-22","2037","2037-10-12","2037-05-05/2037-05-07","2037-03-09","2039","2038/2041","2039-01-01","2038-09-30","2039-06","2040"],
 ["to adopt the annual report 2037 and the accounts 2037 and to grant the Board discharge for its management",
  "to adopt the budget and work plan 2039",
  "to raise the membership fee for companies with more than 50 employees by 5% from 1 January 2039",
  "to open membership to housing corporations as a new category of members"],
 pub="2038-06-24")
