from h import *
import docx
F = 'g09_podlaskie_innovation_awards.docx'
assert wd(2038,11,26)=='Friday' and wd(2038,10,14)=='Thursday'
paras = [
("h","Podlaskie Metal and Machinery Cluster"),
("p","Białystok, 29 November 2038 · Press information · For immediate release"),
("h","Cluster Innovation Awards 2038: jury names five winners"),
("p","The Podlaskie Metal and Machinery Cluster (PMMC) presented its Cluster Innovation Awards for the ninth time on Friday, 26 November 2038, at a gala evening in the Podlasie Opera and Philharmonic in Białystok. More than 280 guests from industry, universities and local government attended. The awards recognise products, processes and partnerships developed by member companies in the past two years."),
("p","A total of 37 applications were received by the deadline of 30 September 2038. The jury met on Thursday, 14 October 2038, visited the six shortlisted companies in the following weeks and took its final decisions on 5 November."),
("h2","The jury"),
("table",[("Name","Function","Organisation"),
 ("Prof. Agnieszka Wróblewska","Chair of the jury","Białystok University of Technology"),
 ("Tomasz Kalinowski","Member","Podlaskie Regional Development Foundation"),
 ("Dr. Ewa Sadowska-Nowak","Member","Polish Agency for Enterprise Development (PARP)"),
 ("Rasa Paulauskienė","Member","Lithuanian Engineering Industries Association LINPRA"),
 ("Marek Zalewski","Member, non-voting secretary","Podlaskie Metal and Machinery Cluster")]),
("p","The jury assessed novelty, market results, cooperation with other members and the effect on jobs in the region. Members of the jury did not vote in categories where their own organisation had links to an applicant."),
("h2","The winners"),
("p","Product of the Year: Agromet Łapy Sp. z o.o. for its electric compact loader for small farms. The loader was designed together with the Faculty of Mechanical Engineering of Białystok University of Technology and has been sold to 14 countries since its launch in March 2037. Accepting the prize, chief designer Paweł Gryko thanked the welders \"who rebuilt the prototype four times without complaining\"."),
("p","Process Innovation: Suwałki Foundry S.A. for a sand reclamation system that cuts new sand purchases by 70 per cent. The award was received by production director Joanna Kulesza."),
("p","Cooperation Award: the consortium of Hajnówka Steel Structures Sp. z o.o., Bielsk Coatings Sp. z o.o. and the Łomża Vocational Training Centre for a joint apprenticeship programme in welding and painting, which has trained 64 young people since 2036."),
("p","Start-up of the Year: RoboWeld Labs Sp. z o.o., Białystok, a two-year-old company making collaborative welding cells for small workshops. Founders Karolina Jaroszewicz and Michał Ostapczuk received the prize together with a mentoring package from the Białystok Science and Technology Park."),
("p","Special Prize of the Marshal of the Podlaskie Voivodeship: Grajewo Hydraulics Sp. z o.o. for returning its production of hydraulic cylinders from Asia to Grajewo. The prize was presented by the Marshal, Andrzej Sokołowski."),
("h2","Voices from the evening"),
("p","\"Five years ago most entries were about cutting costs. This year almost every application was about new markets and new skills,\" said jury chair Prof. Agnieszka Wróblewska. Cluster president Wojciech Czarnecki, owner of Metalplast Zambrów Sp. z o.o., announced that from 2039 the awards would include a category for the best product made mainly from recycled steel."),
("p","The evening was hosted by the journalist Katarzyna Mikulska. Music was provided by the string quartet of the Białystok Music Academy."),
("h2","Previous winners of Product of the Year"),
("p","2036 – Agromet Łapy Sp. z o.o. (precision seed drill); 2034 – Suwałki Foundry S.A. (lightweight manhole covers); 2032 – Grajewo Hydraulics Sp. z o.o. (telescopic cylinders)."),
("h2","About the cluster"),
("p","The Podlaskie Metal and Machinery Cluster was founded in 2029 and brings together 74 companies, three universities and four vocational schools. It is managed by the Podlaskie Regional Development Foundation."),
("p","Media contact: Marek Zalewski, cluster coordinator, m.zalewski@pmmc.example.pl, +48 85 000 31 20. Photos of the winners can be downloaded from the press area of the cluster website (credit: Łukasz Dziemian / PMMC)."),
]
d = docx.Document()
for k, v in paras:
    if k == "h": d.add_heading(v, 1)
    elif k == "h2": d.add_heading(v, 2)
    elif k == "p": d.add_paragraph(v)
    else:
        t = d.add_table(rows=len(v), cols=3)
        for i, row in enumerate(v):
            for j, c in enumerate(row): t.cell(i, j).text = c
d.save(path(F))
C = "Podlaskie Metal and Machinery Cluster"
U = "Białystok University of Technology"
gold(F,
 [P("Agnieszka Wróblewska","Chair of the jury",U), P("Tomasz Kalinowski","Member","Podlaskie Regional Development Foundation"),
  P("Ewa Sadowska-Nowak","Member","Polish Agency for Enterprise Development"),
  P("Rasa Paulauskienė","Member","Lithuanian Engineering Industries Association LINPRA"),
  P("Marek Zalewski","cluster coordinator",C), P("Paweł Gryko","chief designer","Agromet Łapy Sp. z o.o."),
  P("Joanna Kulesza","production director","Suwałki Foundry S.A."), P("Karolina Jaroszewicz","Founder","RoboWeld Labs Sp. z o.o."),
  P("Michał Ostapczuk","Founder","RoboWeld Labs Sp. z o.o."), P("Andrzej Sokołowski","Marshal of the Podlaskie Voivodeship",None),
  P("Wojciech Czarnecki","Cluster president",C), P("Katarzyna Mikulska","journalist",None), P("Łukasz Dziemian",None,None)],
 [O(C,"PMMC"), O(U), O("Podlaskie Regional Development Foundation"),
  O("Polish Agency for Enterprise Development","PARP"), O("Lithuanian Engineering Industries Association LINPRA","LINPRA"),
  O("Agromet Łapy Sp. z o.o."), O("Faculty of Mechanical Engineering"), O("Suwałki Foundry S.A."),
  O("Hajnówka Steel Structures Sp. z o.o."), O("Bielsk Coatings Sp. z o.o."), O("Łomża Vocational Training Centre"),
  O("RoboWeld Labs Sp. z o.o."), O("Białystok Science and Technology Park"), O("Grajewo Hydraulics Sp. z o.o."),
  O("Metalplast Zambrów Sp. z o.o."), O("Białystok Music Academy")],
 [E("Cluster Innovation Awards 2038","2038-11-26",None,"Białystok","Poland"),
  E("jury meeting","2038-10-14",None,None,None)],
 ["2038-11-29","2038-11-26","2038-09-30","2038-10-14","2038-11-05","2037-03","2036","2039","2034","2032","2029"],
 [], "2038-11-29")
