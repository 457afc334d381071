from h import *
import docx
F = 'g09_palermo_horizon_final_conference_report.docx'
assert wd(2041,11,19)=='Tuesday' and wd(2041,11,20)=='Wednesday' and wd(2041,11,21)=='Thursday'
assert wd(2041,11,21)=="Thursday"
paras = [
("h","AGRI-MED-CIRCLE – Final Conference Report"),
("p","Deliverable D7.6 · Work Package 7 (Dissemination and Exploitation) · Version 1.0 · Submitted 12/12/2041"),
("p","Prepared by: Distretto Agroalimentare di Sicilia Occidentale S.c.a r.l. (DASO), Palermo · Reviewed by: Wageningen University & Research (coordinator)"),
("h2","1. Summary"),
("p","The final conference of the Horizon Europe project AGRI-MED-CIRCLE took place in Palermo on Tuesday 19 and Wednesday 20 November 2041 at the Palazzo Steri of the University of Palermo. It closed four years of work (1 December 2037 – 30 November 2041) by 16 partners from nine countries on circular business models for Mediterranean agri-food clusters. The conference gathered 212 participants on site and 340 online: cluster managers, farmers' cooperatives, researchers, regional authorities and officials of the European Commission."),
("p","The event was organised by DASO with the University of Palermo and the Regione Siciliana – Assessorato dell'Agricoltura. It was followed on Thursday 21 November by a field trip for partners only."),
("h2","2. Programme and speakers"),
("h3","Day 1 – Tuesday 19 November 2041"),
("p","10:00 Opening. Welcome by Prof. Massimo Cordaro-Vitale, Rector of the University of Palermo, and by Salvatore Li Causi-Ferrante, President of DASO. Keynote by Dr. Hanne Vestergaard, Deputy Head of Unit, Research Executive Agency (REA)."),
("p","11:30 Presentation of project results by the coordinator, Dr. Joost van den Berg-Hoekstra (Wageningen University & Research)."),
("p","14:30 Parallel sessions: (a) citrus and olive by-products; (b) water reuse in greenhouses; (c) business models for cooperatives."),
("p","17:00 Award ceremony of the AGRI-MED-CIRCLE Circular Pioneer Award, won by the Cooperativa Agricola Val di Mazara from Mazara del Vallo."),
("p","20:00 Conference dinner at Villa Niscemi."),
("h3","Day 2 – Wednesday 20 November 2041"),
("p","09:30 Policy session with regional authorities from Sicily, Andalusia, Crete and the Algarve, moderated by Elena Castro Ibáñez (Andalusian Agrifood Cluster)."),
("p","11:30 Matchmaking session between pilot SMEs and investors (48 pre-arranged meetings)."),
("p","13:00 Closing remarks by Dr. Hanne Vestergaard."),
("p","In his presentation the coordinator recalled that the project had started from a simple observation: in the Mediterranean regions, tonnes of citrus peel, olive pomace and greenhouse plastics are still treated as waste, while cosmetics, packaging and feed producers in the same regions buy similar raw materials from abroad. The 11 regional pilots tested how cluster organisations can bring the two sides together. By the end of the project, 63 SMEs had signed supply agreements for by-products, and three new companies had been founded."),
("h2","3. Participants by type"),
("t",[("Type","On site","Online"),("Cluster organisations","41","56"),("SMEs and cooperatives","77","102"),("Research and universities","52","118"),("Public authorities","35","49"),("Other","7","15")]),
("h2","4. Conclusions"),
("p","The partners and speakers agreed on the following conclusions:"),
("p","• Circular models pay off for SMEs only when the cluster organises shared logistics for by-products"),
("p","• The 11 regional pilots show that public procurement can create the first stable market for recycled materials"),
("p","• Farmers' cooperatives should be full partners, not only test sites, in future Horizon Europe projects"),
("p","• Clusters in southern Europe need longer funding cycles than three years to change business practices"),
("h2","5. Follow-up"),
("p","The Mediterranean Circular Agrifood Network, set up by eight partners in May 2041, will continue the work after the project. Its first general assembly is planned for March 2042 in Heraklion, hosted by the Hellenic Mediterranean University. A policy brief based on the conclusions will be presented to the Committee of the Regions in February 2042."),
("p","Contact: Giuseppina Maniscalco, communication manager, DASO · comunicazione@daso.example.it"),
("p","This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101999999. The content reflects only the authors' view."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    elif k=="t":
        tb = d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text = c
    else: d.add_paragraph(t)
d.save(path(F))
D_ = "Distretto Agroalimentare di Sicilia Occidentale S.c.a r.l."
gold(F,
 [P("Massimo Cordaro-Vitale","Rector","University of Palermo"),
  P("Salvatore Li Causi-Ferrante","President","DASO"),
  P("Hanne Vestergaard","Deputy Head of Unit","Research Executive Agency"),
  P("Joost van den Berg-Hoekstra","coordinator","Wageningen University & Research"),
  P("Elena Castro Ibáñez",None,"Andalusian Agrifood Cluster"),
  P("Giuseppina Maniscalco","communication manager","DASO")],
 [O(D_,"DASO"), O("Wageningen University & Research"), O("University of Palermo"), O("European Commission"),
  O("Regione Siciliana"), O("Assessorato dell'Agricoltura"), O("Research Executive Agency","REA"),
  O("Cooperativa Agricola Val di Mazara"), O("Andalusian Agrifood Cluster"),
  O("Mediterranean Circular Agrifood Network"), O("Hellenic Mediterranean University"), O("Committee of the Regions")],
 [E("final conference of the Horizon Europe project AGRI-MED-CIRCLE","2041-11-19","2041-11-20","Palermo","Italy"),
  E("field trip","2041-11-21",None,None,None),
  E("Award ceremony of the AGRI-MED-CIRCLE Circular Pioneer Award","2041-11-19",None,"Palermo","Italy"),
  E("Conference dinner","2041-11-19",None,"Palermo","Italy"),
  E("Matchmaking session","2041-11-20",None,"Palermo","Italy"),
  E("general assembly","2042-03",None,"Heraklion","Greece")],
 ["2041-12-12","2041-11-19/2041-11-20","2037-12-01/2041-11-30","2041-11-21","2041-11-19","2041-11-20","2041-05","2042-03","2042-02"],
 ["Circular models pay off for SMEs only when the cluster organises shared logistics for by-products",
  "The 11 regional pilots show that public procurement can create the first stable market for recycled materials",
  "Farmers' cooperatives should be full partners, not only test sites, in future Horizon Europe projects",
  "Clusters in southern Europe need longer funding cycles than three years to change business practices"],
 pub="2041-12-12")
