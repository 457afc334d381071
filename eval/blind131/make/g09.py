from h import *
import docx
F = 'g09_kildare_cluster_board_minutes.docx'
assert wd(2034,11,14)=='Tuesday' and wd(2034,12,5)=='Tuesday' and wd(2035,1,23)=='Tuesday' and wd(2035,3,1)=='Thursday'
paras = [
("h","Mid-East Engineering Cluster CLG"),
("p","Minutes of the Board Meeting held on Tuesday 14 November 2034 at 10:00, Naas Enterprise Centre, Naas, Co. Kildare, and online"),
("p","DRAFT v2 – for approval at the next meeting. Circulated 21 November 2034."),
("h2","Present"),
("p","Orla Fitzgerald (Kerrigan Precision Ltd), Chairperson"),
("p","Dr. Seán Ó Murchú (Maynooth University), Vice-Chairperson"),
("p","Brendan McNamee (Naas Toolmakers Ltd), Treasurer"),
("p","Agnieszka Kowalczyk-Byrne (Intel Ireland, Leixlip)"),
("p","Cllr. Fionnuala Doyle (Kildare County Council)"),
("p","In attendance: Declan Roche, Cluster Manager; Niamh Kavanagh, Enterprise Ireland (Development Adviser, Regional Development); Ruth Geraghty, minutes"),
("p","Apologies: Paul de Búrca (Kildare Local Enterprise Office)"),
("h2","1. Welcome and conflicts of interest"),
("p","The Chairperson welcomed members, in particular Agnieszka Kowalczyk-Byrne, attending her first meeting since being co-opted in October. No conflicts of interest were declared for items on the agenda."),
("h2","2. Minutes of the previous meeting"),
("p","The minutes of the meeting of 12 September 2034 were approved, proposed by B. McNamee and seconded by F. Doyle. Matters arising: the letter to the Department of Enterprise, Trade and Employment on the Regional Technology Clustering Fund was sent on 3 October; no reply yet."),
("h2","3. Cluster Manager's report"),
("p","Declan Roche reported that membership had risen to 46 companies, with four new members since September: Curragh Composites Ltd, Athy Metal Fabrication, Straffan Robotics and the Kildare Wicklow Education and Training Board (KWETB). The autumn site visit to Kerrigan Precision Ltd in Newbridge on 17 October 2034 attracted 38 participants. The joint supplier day with the Irish Medtech Association in Galway on 26–27 October produced 52 buyer meetings."),
("p","He noted that two large members are reducing their engineering graduate intake in 2035, and that smaller firms struggle to compete for apprentices with the multinationals in the Leixlip–Maynooth corridor."),
("h2","4. Finance"),
("p","The Treasurer presented the accounts to 31 October 2034. Income is 4% ahead of budget, mainly from membership fees; expenditure is on budget. The reserve stands at just over three months of operating costs, which the Treasurer considers adequate but not comfortable. The auditors will be appointed at the Annual Members' Meeting. The cluster's grant from Enterprise Ireland covers the period 2033–2036, with a mid-term review due in spring 2035."),
("h2","5. Work plan 2035"),
("p","The Board discussed the draft work plan. Dr. Ó Murchú proposed that the cluster apply to join the European Cluster Collaboration Platform's partnership on advanced manufacturing. Cllr. Doyle asked that at least one event be held in the south of the county, in Athy or Kildare town. Ms Kavanagh confirmed that Enterprise Ireland would co-fund an international visit if it is linked to a clear export objective."),
("h2","6. Decisions"),
("p","a) The work plan 2035 is approved, with an event in Athy added to the second quarter"),
("p","b) The cluster will launch a shared apprenticeship scheme with KWETB from September 2035"),
("p","c) Membership fees for 2035 remain at 2034 levels"),
("p","d) The Cluster Manager will prepare an application to the Regional Technology Clustering Fund by 31 January 2035"),
("h2","7. Upcoming events"),
("p","Christmas networking lunch, Tuesday 5 December 2034, 12:30, Killashee Hotel, Naas."),
("p","Annual Members' Meeting, Tuesday 23 January 2035, Maynooth University."),
("p","Study visit to the Basque Country (Bilbao and San Sebastián) with the cluster association Basque Industry 4.0, planned for 1–3 March 2035 (to be confirmed)."),
("h2","8. Any other business"),
("p","None. The meeting closed at 12:15. Next Board meeting: Tuesday 23 January 2035, after the Annual Members' Meeting."),
("p","Signed: ____________________ Orla Fitzgerald, Chairperson          Date: ____________"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
C="Mid-East Engineering Cluster CLG"
gold(F,
 [P("Orla Fitzgerald","Chairperson",C), P("Seán Ó Murchú","Vice-Chairperson",C), P("Brendan McNamee","Treasurer",C),
  P("Agnieszka Kowalczyk-Byrne",None,"Intel Ireland"), P("Fionnuala Doyle",None,"Kildare County Council"),
  P("Declan Roche","Cluster Manager",C), P("Niamh Kavanagh","Development Adviser","Enterprise Ireland"),
  P("Ruth Geraghty","minutes",None), P("Paul de Búrca",None,"Kildare Local Enterprise Office")],
 [O(C), O("Kerrigan Precision Ltd"), O("Maynooth University"), O("Naas Toolmakers Ltd"), O("Intel Ireland"),
  O("Kildare County Council"), O("Enterprise Ireland"), O("Kildare Local Enterprise Office"),
  O("Department of Enterprise, Trade and Employment"), O("Curragh Composites Ltd"), O("Athy Metal Fabrication"),
  O("Straffan Robotics"), O("Kildare Wicklow Education and Training Board","KWETB"), O("Irish Medtech Association"),
  O("European Cluster Collaboration Platform"), O("Basque Industry 4.0")],
 [E("Board Meeting","2034-11-14",None,"Naas","Ireland"),
  E("meeting of 12 September 2034","2034-09-12",None,None,None),
  E("site visit to Kerrigan Precision Ltd","2034-10-17",None,"Newbridge","Ireland"),
  E("joint supplier day","2034-10-26","2034-10-27","Galway","Ireland"),
  E("Christmas networking lunch","2034-12-05",None,"Naas","Ireland"),
  E("Annual Members' Meeting","2035-01-23",None,"Maynooth","Ireland"),
  E("Study visit to the Basque Country","2035-03-01","2035-03-03","Bilbao, San Sebastián","Spain"),
  E("Next Board meeting","2035-01-23",None,"Maynooth","Ireland")],
 ["2034-11-14","2034-11-21","2034-10","2034-09-12","2034-10-03","2034-09","2034-10-17","2034-10-26/2034-10-27","2035",
  "2034-10-31","2033/2036","2035-09","2034","2035-01-31","2034-12-05","2035-01-23","2035-03-01/2035-03-03"],
 ["The work plan 2035 is approved, with an event in Athy added to the second quarter",
  "The cluster will launch a shared apprenticeship scheme with KWETB from September 2035",
  "Membership fees for 2035 remain at 2034 levels",
  "The Cluster Manager will prepare an application to the Regional Technology Clustering Fund by 31 January 2035"],
 pub=None)
