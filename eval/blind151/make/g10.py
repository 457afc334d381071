from h import *
import docx
F = 'g10_legnica_copper_cluster_board_minutes.docx'
assert wd(2039,1,20)=='Thursday' and wd(2039,2,16)=='Wednesday' and wd(2039,3,17)=='Thursday' and wd(2039,3,18)=='Friday' and wd(2039,4,21)=='Thursday' and wd(2039,1,28)=='Friday'
paras = [
("h","Copper Valley Cluster Association – Minutes of the Board meeting No. 1/2039"),
("p","Date: Thursday 20 January 2039, 10:00–13:20"),
("p","Place: Legnica Special Economic Zone (LSSE) office, ul. Złotoryjska 144, Legnica, and online"),
("p","Status: DRAFT v2 – for approval at the next meeting. Prepared by Łukasz Ząbek, Cluster Secretary, 26 January 2039."),
("h2","Present"),
("p","Board: Krzysztof Wójcik-Zalewski (KGHM Polska Miedź S.A.), President; Dr hab. Ewa Sobczak-Lis (Wrocław University of Science and Technology), Vice-President; Tomasz Jabłoński (Legnica Chamber of Commerce), Treasurer; Agnieszka Pruś (Metal-Tech Chojnów Sp. z o.o.), Member; Rafał Nowicki (City of Legnica), Member."),
("p","In attendance: Łukasz Ząbek, Cluster Secretary; Monika Dziedzic, cluster manager; Anna Maria von Rennenkampff, Sächsischer Rohstoffcluster e.V. (item 5 only, online)."),
("p","Apologies: none."),
("h2","1. Opening and approval of the agenda"),
("p","The President opened the meeting at 10:05, confirmed the quorum (five of five members) and proposed the agenda as circulated on 13 January. The agenda was approved without changes. The minutes of the meeting of 2 December 2038 were approved."),
("h2","2. Report of the cluster manager"),
("p","Monika Dziedzic reported on the second half of 2038. The cluster has 57 members (up from 49), of which 38 are SMEs. Activities included the Copper Valley Forum in Lubin on 14–15 November 2038 (260 participants), two training cycles on recycling of electronic scrap and a trade mission to Hamburg. The application for the national Key Cluster status was submitted on 30 November 2038; the result is expected in the spring."),
("p","She drew the Board's attention to the low participation of members from the Głogów area and proposed to hold the next members' meeting there."),
("h2","3. Financial matters"),
("p","The Treasurer presented the preliminary result for 2038 (surplus of PLN 84,300) and the draft budget for 2039. The Board discussed the level of membership fees. Ms Pruś pointed out that a rise would be hard for micro-companies; Mr Nowicki suggested a reduced fee for members under five employees."),
("h2","4. Events in the first half of 2039"),
("p","The Board reviewed the events calendar. The members' meeting will be held in Głogów on Wednesday 16 February 2039 at 14:00, hosted by the Głogów Copper Smelter. A workshop on critical raw materials with the Polish Geological Institute is planned for Thursday 17 March 2039 in Legnica, followed on Friday 18 March by a visit to the Polkowice recycling plant. The General Assembly of the association is convened for Thursday 21 April 2039 in Lubin. The fifth Copper Valley Forum will take place in autumn 2039; the date is to be fixed by the end of March."),
("h2","5. Cooperation with Saxony"),
("p","Anna Maria von Rennenkampff, project manager at the Sächsischer Rohstoffcluster e.V. in Freiberg, presented a proposal for a joint cross-border project on the recovery of metals from mine tailings for the years 2040–2043. The Board welcomed the proposal. Prof. Sobczak-Lis offered the involvement of her faculty's laboratory."),
("h2","6. Any other business"),
("p","The Secretary informed the Board that the cluster's website will move to a new provider by 28 January 2039. Mr Jabłoński announced that he will not stand for re-election as Treasurer in April."),
("h2","Decisions"),
("p","1. The draft budget for 2039 is approved and will be submitted to the General Assembly"),
("p","2. Members with fewer than five employees will pay a reduced annual fee of PLN 600 from 2039"),
("p","3. The cluster manager will prepare a letter of intent with the Sächsischer Rohstoffcluster by the next Board meeting"),
("p","4. The members' meeting of February 2039 will be held in Głogów"),
("h2","Action points"),
("p","– M. Dziedzic: invitations to the members' meeting by 2 February 2039"),
("p","– T. Jabłoński: final accounts for 2038 to the auditor by 28 February 2039"),
("p","– Ł. Ząbek: publish the approved minutes on the members' intranet"),
("p","Next Board meeting: Wednesday 9 March 2039, 10:00, Legnica."),
("p","Signed: Krzysztof Wójcik-Zalewski, President · Łukasz Ząbek, Secretary"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
assert wd(2039,3,9)=='Wednesday'
C="Copper Valley Cluster Association"
gold(F,
 [P("Łukasz Ząbek","Cluster Secretary",C),
  P("Krzysztof Wójcik-Zalewski","President",C),
  P("Ewa Sobczak-Lis","Vice-President",C),
  P("Tomasz Jabłoński","Treasurer",C),
  P("Agnieszka Pruś","Member",C),
  P("Rafał Nowicki","Member",C),
  P("Monika Dziedzic","cluster manager",C),
  P("Anna Maria von Rennenkampff","project manager","Sächsischer Rohstoffcluster e.V.")],
 [O(C), O("Legnica Special Economic Zone","LSSE"), O("KGHM Polska Miedź S.A."), O("Wrocław University of Science and Technology"),
  O("Legnica Chamber of Commerce"), O("Metal-Tech Chojnów Sp. z o.o."), O("City of Legnica"), O("Sächsischer Rohstoffcluster e.V."),
  O("Głogów Copper Smelter"), O("Polish Geological Institute")],
 [E("Board meeting","2039-01-20",None,"Legnica","Poland"),
  E("meeting","2038-12-02",None,None,None),
  E("Copper Valley Forum","2038-11-14","2038-11-15","Lubin","Poland"),
  E("trade mission to Hamburg",None,None,"Hamburg","Germany"),
  E("members' meeting","2039-02-16",None,"Głogów","Poland"),
  E("workshop on critical raw materials","2039-03-17",None,"Legnica","Poland"),
  E("visit to the Polkowice recycling plant","2039-03-18",None,"Polkowice","Poland"),
  E("General Assembly","2039-04-21",None,"Lubin","Poland"),
  E("Copper Valley Forum","2039",None,None,None),
  E("Board meeting","2039-03-09",None,"Legnica","Poland")],
 ["2039-01-20","2039-01-26","2039-01-13","2038-12-02","2038","2038-11-14/2038-11-15","2038-11-30","2039","2039-02-16",
  "2039-03-17","2039-03-18","2039-04-21","2039-03","2040/2043","2039-01-28","2039-02","2039-02-02","2039-02-28","2039-03-09","2039-04"],
 ["The draft budget for 2039 is approved and will be submitted to the General Assembly",
  "Members with fewer than five employees will pay a reduced annual fee of PLN 600 from 2039",
  "The cluster manager will prepare a letter of intent with the Sächsischer Rohstoffcluster by the next Board meeting",
  "The members' meeting of February 2039 will be held in Głogów"],
 pub="2039-01-26")
