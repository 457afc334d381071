from h import *
import docx
F = 'g10_arezzo_board_minutes.docx'
assert wd(2038,11,17)=='Wednesday' and wd(2039,1,26)=='Wednesday' and wd(2038,12,2)=='Thursday'
paras = [
("h","Minutes of the 14th Board of Directors meeting"),
("p","Tuscan Jewellery and Fashion Cluster – Consorzio Distretto Orafo e Moda di Arezzo (TJFC)"),
("p","Wednesday 17 November 2038, 15:00–18:10 · Arezzo, TJFC offices, Via Fiorentina 12, and by video link · Minutes taken by: Chiara Bellandi, Office Manager · Status: approved by written procedure on 2 December 2038"),
("h2","Attendance"),
("table",[["Name","Organisation","Board office"],
  ["Lorenzo Mazzi Guidotti","UnoAErre Italia S.p.A.","Chair"],
  ["Francesca Del Vecchio","Confartigianato Imprese Arezzo","Vice-Chair"],
  ["Paolo Landucci","Banca Valdichiana Credito Cooperativo","Treasurer"],
  ["Giada Occhini","Università degli Studi di Siena, Arezzo campus","Board member"],
  ["Stefano Rinaldi-Fabbri","Fabbri Gioielli S.r.l.","Board member"]]),
("p","Also present: Marco Cesarini (Cluster Manager, TJFC); Dr. Ilaria Santori (Regione Toscana, Directorate for Economic Development, as observer). Apologies: Andrea Bianchini (Camera di Commercio di Arezzo-Siena)."),
("h2","1. Opening and approval of the agenda"),
("p","The Chair opened the meeting at 15:05, noted that five of six board members were present and that the quorum was reached. The minutes of the 13th meeting (22 September 2038) were approved without changes."),
("h2","2. Cluster Manager's report"),
("p","Marco Cesarini reported on activities since September. Highlights: the participation of 19 member companies in the Vicenzaoro fair in September; the Jewellery Traceability Day held in Arezzo on 20 October 2038 with 150 participants; and the visit of a delegation from the Pforzheim jewellery cluster (Germany) on 5–6 November 2038, led by Ursula Brenninkmeyer, managing director of Schmuck- und Uhrenverband Pforzheim e.V."),
("p","He informed the Board that the application for the ESCP-4x partnership \"Precious Circular\", with partners from Pforzheim, Valenza and Gondomar (Portugal), passed the first evaluation stage. The consortium agreement must be signed by 31 January 2039."),
("h2","3. Budget 2039"),
("p","The Treasurer presented the draft budget 2039 (EUR 612,000; membership fees 38 %, regional funds 41 %, EU projects 21 %). Ms Del Vecchio asked that the budget line for training be increased; the Board agreed to move EUR 15,000 from communication to training."),
("h2","4. Membership"),
("p","Applications from Orafi Valdarno S.r.l., the start-up Lumina Lab S.r.l.s. and the Istituto d'Istruzione Superiore \"Margaritone\" were examined. The Board noted that the cluster now has 146 members. Ms Occhini recalled that the Arezzo campus of the University already hosts two laboratories used by member companies for alloy testing."),
("h2","5. Events 2039"),
("p","The Cluster Manager proposed the calendar: the General Assembly on 26 January 2039 (Wednesday) in Arezzo; the 4th Arezzo Jewellery Innovation Forum on 8–9 May 2039; and a study visit to Gondomar and Porto in October 2039. Dr. Santori indicated that the Region could co-finance the forum under its cluster support measure for 2039–2041."),
("h2","Decisions"),
("p","The Board of Directors decided to:"),
("p","• approve the draft budget 2039 as amended and submit it to the General Assembly"),
("p","• admit Orafi Valdarno S.r.l., Lumina Lab S.r.l.s. and the Istituto d'Istruzione Superiore \"Margaritone\" as members from 1 January 2039"),
("p","• authorise the Chair to sign the consortium agreement of the \"Precious Circular\" partnership"),
("p","• mandate the Cluster Manager to prepare, with the University of Siena, a proposal for a short course in jewellery traceability"),
("p","• hold the next Board meeting on 12 January 2039"),
("h2","6. Any other business"),
("p","Mr Landucci informed the Board that he will not stand for re-election as Treasurer at the General Assembly. The Chair thanked him for eight years of service. The meeting closed at 18:10."),
("p","Lorenzo Mazzi Guidotti, Chair                Chiara Bellandi, Secretary of the meeting"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="table":
        tb=d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text=c
    else: d.add_paragraph(t)
d.save(path(F))
assert wd(2039,1,12)=='Wednesday'
T_ = "Tuscan Jewellery and Fashion Cluster"
gold(F,
 [P("Chiara Bellandi","Office Manager",T_),
  P("Lorenzo Mazzi Guidotti","Chair",T_),
  P("Francesca Del Vecchio","Vice-Chair",T_),
  P("Paolo Landucci","Treasurer",T_),
  P("Giada Occhini","Board member",T_),
  P("Stefano Rinaldi-Fabbri","Board member",T_),
  P("Marco Cesarini","Cluster Manager",T_),
  P("Ilaria Santori",None,"Directorate for Economic Development"),
  P("Andrea Bianchini",None,"Camera di Commercio di Arezzo-Siena"),
  P("Ursula Brenninkmeyer","managing director","Schmuck- und Uhrenverband Pforzheim e.V.")],
 [O(T_,"TJFC"), O("UnoAErre Italia S.p.A."),
  O("Confartigianato Imprese Arezzo"), O("Banca Valdichiana Credito Cooperativo"),
  O("Università degli Studi di Siena"), O("Regione Toscana"), O("Directorate for Economic Development"),
  O("Camera di Commercio di Arezzo-Siena"), O("Schmuck- und Uhrenverband Pforzheim e.V."),
  O("Fabbri Gioielli S.r.l."), O("Orafi Valdarno S.r.l."), O("Lumina Lab S.r.l.s."),
  O("Istituto d'Istruzione Superiore \"Margaritone\"")],
 [E("14th Board of Directors meeting","2038-11-17",None,"Arezzo","Italy"),
  E("13th meeting","2038-09-22",None,None,None),
  E("Vicenzaoro fair","2038-09",None,None,None),
  E("Jewellery Traceability Day","2038-10-20",None,"Arezzo","Italy"),
  E("visit of a delegation from the Pforzheim jewellery cluster","2038-11-05","2038-11-06",None,None),
  E("General Assembly","2039-01-26",None,"Arezzo","Italy"),
  E("4th Arezzo Jewellery Innovation Forum","2039-05-08","2039-05-09",None,None),
  E("study visit to Gondomar and Porto","2039-10",None,"Gondomar, Porto","Portugal"),
  E("Board meeting","2039-01-12",None,None,None)],
 ["2038-11-17","2038-12-02","2038-09-22","2038-09","2038-10-20","2038-11-05/2038-11-06","2039-01-31","2039","2039-01-26","2039-05-08/2039-05-09","2039-10","2039/2041","2039-01-01","2039-01-12"],
 ["approve the draft budget 2039 as amended and submit it to the General Assembly",
  "admit Orafi Valdarno S.r.l., Lumina Lab S.r.l.s. and the Istituto d'Istruzione Superiore \"Margaritone\" as members from 1 January 2039",
  "authorise the Chair to sign the consortium agreement of the \"Precious Circular\" partnership",
  "mandate the Cluster Manager to prepare, with the University of Siena, a proposal for a short course in jewellery traceability",
  "hold the next Board meeting on 12 January 2039"],
 pub=None)
