from h import *
import docx
F = 'g07_kardzhali_rhodope_transition_study.docx'
assert wd(2040,2,27)=='Monday' and wd(2040,3,22)=='Thursday' and wd(2039,11,7)=='Monday'
paras = [
("h","Beyond Tobacco: Diversifying the Eastern Rhodopes Agri-food Economy"),
("p","Study summary and lessons learnt · Prepared for the Kardzhali Regional Development Council · Final draft, 27 February 2040"),
("p","Authors: Radostina Emin-Petrova (lead author), Georgi Kyosev and Dr Stella Papadimitriou · Reviewed by: Ahmed Hyusein, Secretary of the Kardzhali Regional Development Council"),
("h2","1. Background"),
("p","For over a century the small farms of the Eastern Rhodopes lived from oriental tobacco. Since the late 2020s demand has collapsed, and by 2038 fewer than 1,900 households in the Kardzhali region still grew it, against more than 14,000 in 2010. In 2037 the Association of Rhodope Municipalities asked the Regional Development Council to examine which other agri-food activities could keep young families in the villages around Kardzhali, Momchilgrad, Krumovgrad and Ardino."),
("p","The study was financed under the Interreg VI-A Greece–Bulgaria programme as part of a cross-border analysis with the Regional Unit of Xanthi, where a similar transition is under way. The terms of reference asked the team to look beyond agriculture in the narrow sense and to include processing, marketing and the services that farmers would need to change, from advice and credit to transport and storage. The team was also asked to compare the two sides of the border and to say what each could learn from the other. It was carried out between March and December 2039 by the Sofia-based Institute for Regional Economic Studies (IRES) with the Agricultural University – Plovdiv and the Democritus University of Thrace."),
("h2","2. Partners and contributors"),
("t",[["Organisation","Country","Role"],
      ["Kardzhali Regional Development Council","Bulgaria","contracting authority"],
      ["Institute for Regional Economic Studies (IRES)","Bulgaria","study lead"],
      ["Agricultural University – Plovdiv","Bulgaria","field surveys"],
      ["Democritus University of Thrace","Greece","Xanthi case study"],
      ["Rhodope Herbs and Berries Cluster","Bulgaria","company panel"],
      ["Thracian Dairy Cooperative","Greece","company panel"]]),
("h2","3. What the study looked at"),
("p","The team surveyed 412 farms and 37 processing companies and tested five alternatives to tobacco: aromatic and medicinal herbs, berries, sheep and goat milk, mountain honey, and agro-tourism. Two workshops with farmers were held, in Krumovgrad on 7 November 2039 and in Ardino two days later, and a study visit of twelve farmers to herb processors in Xanthi took place in October 2039."),
("p","Herbs and berries came out best: they fit the small, steep plots, need little machinery and already have buyers. The Rhodope Herbs and Berries Cluster, chaired by Sevginar Ali, groups 46 growers and three drying plants and has doubled its sales since 2035. Milk is profitable only where farms can share a collection point; honey and agro-tourism are useful additions but cannot replace tobacco income on their own."),
("h2","4. Lessons learnt"),
("p","The following lessons are drawn for the region and for similar transition areas:"),
("b","Farmers will change crops only when a buyer is already in place; contracts with processors must come before training"),
("b","Cooperatives and clusters are trusted far more than individual traders, especially by older farmers"),
("b","Subsidies that pay per hectare favour larger farms and miss the households that are leaving tobacco"),
("b","Cross-border exchanges with Xanthi were the most appreciated activity and should be continued"),
("h2","5. Next steps"),
("p","The findings will be presented to the Regional Development Council at its session on Thursday 22 March 2040 in Kardzhali. The Council's chair, Regional Governor Nezhdet Mollov, has asked the municipalities to propose pilot projects for the 2041 regional budget."),
("p","Contact: Radostina Emin-Petrova, IRES, 12 Tsar Boris III Blvd, Sofia · r.emin@ires.example.bg"),
("p","Draft circulated by e-mail on Monday 27 February 2040 to the members of the Council's working group for comments."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="b": d.add_paragraph(t, style='List Bullet')
    elif k=="t":
        tb = d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text = c
    else: d.add_paragraph(t)
d.save(path(F))
K = "Kardzhali Regional Development Council"; I = "Institute for Regional Economic Studies"
gold(F,
 [P("Radostina Emin-Petrova","lead author",I), P("Georgi Kyosev",None,None), P("Stella Papadimitriou",None,None),
  P("Ahmed Hyusein","Secretary",K), P("Sevginar Ali",None,"Rhodope Herbs and Berries Cluster"),
  P("Nezhdet Mollov","chair",K)],
 [O(K), O("Association of Rhodope Municipalities"), O("Regional Unit of Xanthi"), O(I,"IRES"),
  O("Agricultural University – Plovdiv"), O("Democritus University of Thrace"), O("Rhodope Herbs and Berries Cluster"),
  O("Thracian Dairy Cooperative")],
 [E("workshop with farmers","2039-11-07",None,"Krumovgrad","Bulgaria"),
  E("workshop with farmers","2039-11-09",None,"Ardino","Bulgaria"),
  E("study visit","2039-10",None,"Xanthi","Greece"),
  E("session of the Regional Development Council","2040-03-22",None,"Kardzhali","Bulgaria")],
 ["2040-02-27","2038","2010","2037","2039-03/2039-12","2039-11-07","2039-11-09","2039-10","2035","2040-03-22","2041"],
 ["Farmers will change crops only when a buyer is already in place; contracts with processors must come before training",
  "Cooperatives and clusters are trusted far more than individual traders, especially by older farmers",
  "Subsidies that pay per hectare favour larger farms and miss the households that are leaving tobacco",
  "Cross-border exchanges with Xanthi were the most appreciated activity and should be continued"],
 pub="2040-02-27")
