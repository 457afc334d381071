from h import *
import docx
F = 'g07_limassol_general_assembly_minutes.docx'
assert wd(2040,10,16)=='Tuesday' and wd(2040,10,17)=='Wednesday' and wd(2041,4,24)=='Wednesday'
paras = [
("h","BLUE-SKILLS-MED – Minutes of the 3rd General Assembly"),
("p","Horizon Europe Coordination and Support Action · Deliverable D1.6 (internal) · Version 2.0, approved by written procedure on 15/12/2040"),
("p","Place: Cyprus Marine and Maritime Institute (CMMI), Limassol, Cyprus · Dates: 16–17 October 2040 · Minutes taken by: Eleni Charalambous (CMMI)"),
("h2","1. Participants"),
("p","The General Assembly was attended by representatives of all eleven beneficiaries, listed in the table below. The project officer of the European Research Executive Agency (REA), Dr. Sébastien Delacroix-Martin, joined online on the morning of 17 October."),
("table",[("Beneficiary","Representative","Function"),
 ("Cyprus Marine and Maritime Institute (CMMI) – coordinator","Andreas Georgiou Kyriakides","Project Coordinator"),
 ("Cyprus Shipping Chamber","Maria-Elena Ioannou","Policy Officer"),
 ("Cluster Marittimo della Sicilia (CMS)","Salvatore Di Benedetto","Cluster Manager"),
 ("Hellenic Blue Growth Cluster (HBGC)","Dimitra Papadopoulou-Stavrou","Managing Director"),
 ("Clúster Marítimo de Canarias","Yeray Hernández del Castillo","Innovation Manager"),
 ("Université de Toulon","Claire Duval-Arnaud","Associate Professor"),
 ("Malta Maritime Forum","Keith Azzopardi","Executive Director"),
 ("Fundação Oceano Azul – Centro de Formação","Ricardo Almeida Figo","Head of Training"),
 ("Hrvatski klaster pomorske industrije","Ivana Perić","Project Manager"),
 ("Mediterranean Universities Union (UNIMED)","Luca Marchetti","Senior Project Officer"),
 ("Atlantic & Mediterranean Skills Alliance (AMSA)","Nadia El Amrani","Secretary General")]),
("h2","2. Opening"),
("p","The coordinator, Andreas Georgiou Kyriakides, opened the meeting at 09:30 on Tuesday 16 October and welcomed the partners to Limassol. He recalled that the project runs from 1 January 2039 to 31 December 2041 and that the General Assembly is its highest decision-making body. The agenda was adopted without changes. The minutes of the second General Assembly, held in Palermo on 24–25 April 2040, were approved."),
("h2","3. State of play of the work packages"),
("p","Salvatore Di Benedetto reported on WP2 (skills needs analysis). The survey of 1,140 maritime SMEs in nine countries has been completed; the analysis shows the largest gaps in digital navigation, offshore wind maintenance and port electrification. Dimitra Papadopoulou-Stavrou presented the WP3 training curricula: six modules are ready and the first pilot course was held in Piraeus in September 2040 with 34 trainees."),
("p","Claire Duval-Arnaud explained that the micro-credential framework agreed with the Université de Toulon's continuing education office still needs recognition in three partner countries. Keith Azzopardi proposed to use the Malta Maritime Forum's contacts with the national qualifications authority as a test case."),
("h2","4. Study visit and networking"),
("p","In the afternoon of 16 October the partners took part in a study visit to the port of Limassol and the offshore training facility of a local ship management company. A networking dinner with the Cyprus Shipping Chamber was held the same evening."),
("h2","5. Budget and reporting"),
("p","Ricardo Almeida Figo, chair of the financial committee, presented the budget consumption (52 % after 22 months). Two partners are below 35 % and were asked to submit a spending plan. The periodic report for the first reporting period was accepted by REA in July 2040 without cuts."),
("h2","6. Decisions"),
("p","The General Assembly took the following decisions:"),
("li","The amendment request moving two pilot courses from Split to Rijeka is approved and will be submitted to REA by 30 November 2040."),
("li","Ivana Perić is appointed leader of WP5 (exploitation) from 1 November 2040, replacing the previous WP leader who has left the partner organisation."),
("li","The final conference will be held in Valletta in October 2041, organised by the Malta Maritime Forum."),
("li","Partners with a budget consumption below 35 % submit a spending plan to the coordinator by 15 November 2040."),
("h2","7. Next meetings"),
("p","The 4th General Assembly will take place in Split on 22–23 January 2041, hosted by the Hrvatski klaster pomorske industrije. A webinar on micro-credentials for the advisory board is planned for early December."),
("p","The meeting closed at 13:00 on Wednesday 17 October 2040."),
("p","Signed: Andreas Georgiou Kyriakides, Project Coordinator · Eleni Charalambous, secretary of the meeting"),
]
d = docx.Document()
for item in paras:
    k,t = item
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="li": d.add_paragraph(t, style='List Number')
    elif k=="table":
        tb = d.add_table(rows=0, cols=3)
        for row in t:
            cells = tb.add_row().cells
            for i,v in enumerate(row): cells[i].text = v
    else: d.add_paragraph(t)
d.save(path(F))
C="Cyprus Marine and Maritime Institute"
gold(F,
 [P("Eleni Charalambous","secretary of the meeting","CMMI"),
  P("Sébastien Delacroix-Martin","project officer","European Research Executive Agency"),
  P("Andreas Georgiou Kyriakides","Project Coordinator",C),
  P("Maria-Elena Ioannou","Policy Officer","Cyprus Shipping Chamber"),
  P("Salvatore Di Benedetto","Cluster Manager","Cluster Marittimo della Sicilia"),
  P("Dimitra Papadopoulou-Stavrou","Managing Director","Hellenic Blue Growth Cluster"),
  P("Yeray Hernández del Castillo","Innovation Manager","Clúster Marítimo de Canarias"),
  P("Claire Duval-Arnaud","Associate Professor","Université de Toulon"),
  P("Keith Azzopardi","Executive Director","Malta Maritime Forum"),
  P("Ricardo Almeida Figo","Head of Training","Fundação Oceano Azul – Centro de Formação"),
  P("Ivana Perić","Project Manager","Hrvatski klaster pomorske industrije"),
  P("Luca Marchetti","Senior Project Officer","Mediterranean Universities Union"),
  P("Nadia El Amrani","Secretary General","Atlantic & Mediterranean Skills Alliance")],
 [O(C,"CMMI"), O("European Research Executive Agency","REA"), O("Cyprus Shipping Chamber"),
  O("Cluster Marittimo della Sicilia","CMS"), O("Hellenic Blue Growth Cluster","HBGC"), O("Clúster Marítimo de Canarias"),
  O("Université de Toulon"), O("Malta Maritime Forum"), O("Fundação Oceano Azul – Centro de Formação"),
  O("Hrvatski klaster pomorske industrije"), O("Mediterranean Universities Union","UNIMED"),
  O("Atlantic & Mediterranean Skills Alliance","AMSA")],
 [E("3rd General Assembly","2040-10-16","2040-10-17","Limassol","Cyprus"),
  E("second General Assembly","2040-04-24","2040-04-25","Palermo","Italy"),
  E("pilot course","2040-09",None,"Piraeus","Greece"),
  E("study visit","2040-10-16",None,"Limassol","Cyprus"),
  E("networking dinner","2040-10-16",None,"Limassol","Cyprus"),
  E("final conference","2041-10",None,"Valletta","Malta"),
  E("4th General Assembly","2041-01-22","2041-01-23","Split","Croatia"),
  E("webinar on micro-credentials","2040-12",None,None,None)],
 ["2040-12-15","2040-10-16/2040-10-17","2040-10-17","2040-10-16","2039-01-01/2041-12-31","2040-04-24/2040-04-25","2040-09",
  "2040-07","2040-11-30","2040-11-01","2041-10","2040-11-15","2041-01-22/2041-01-23","2040-12"],
 ["The amendment request moving two pilot courses from Split to Rijeka is approved and will be submitted to REA by 30 November 2040",
  "Ivana Perić is appointed leader of WP5 (exploitation) from 1 November 2040, replacing the previous WP leader who has left the partner organisation",
  "The final conference will be held in Valletta in October 2041, organised by the Malta Maritime Forum",
  "Partners with a budget consumption below 35 % submit a spending plan to the coordinator by 15 November 2040"],
 pub=None)
