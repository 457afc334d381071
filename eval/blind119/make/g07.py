from h import *
import docx
F = 'g07_namur_kickoff_partners.docx'
assert wd(2034,1,24)=='Tuesday' and wd(2034,1,25)=='Wednesday' and wd(2034,6,13)=='Tuesday'
paras = [
("h","AGRI-LINK kick-off meeting – minutes and partner list"),
("p","Namur, 24–25 January 2034 · Prepared by the Lead Partner, BioWin Wallonie Agrifood Cluster ASBL · Draft 2, 2 February 2034"),
("h2","1. Welcome and introductions"),
("p","The kick-off meeting of the Interreg North-West Europe project AGRI-LINK opened on Tuesday 24 January 2034 at 13:30 at the Namur Expo conference rooms. Géraldine Vanderstraeten, Director of BioWin Wallonie Agrifood Cluster ASBL and project coordinator, welcomed 31 participants from the eight partner organisations. She was followed by Didier Lambotte-Mertens, Head of the Economic Policy Department at the Public Service of Wallonia (SPW Économie, Emploi, Recherche), who reminded partners that Wallonia had made agrifood one of its five strategic innovation areas for 2034–2040."),
("p","Each partner then introduced its team. The table below lists the partners and their contact persons, as agreed at the meeting."),
("t",[("Partner","Organisation","Country","Contact person(s)"),
      ("LP","BioWin Wallonie Agrifood Cluster ASBL","Belgium","Géraldine Vanderstraeten (coordinator); Mathis Hoebeke (financial manager)"),
      ("PP2","Wageningen Food Valley Foundation","Netherlands","Dr. Joost van Kampen"),
      ("PP3","Pôle Vitagora","France","Élodie Marchand-Lévy"),
      ("PP4","Agrarcluster Rheinland e.V.","Germany","Dr. Friederike von Ahlefeldt"),
      ("PP5","Teagasc – Agriculture and Food Development Authority","Ireland","Ciarán Ó Dálaigh"),
      ("PP6","Luxinnovation GIE","Luxembourg","Nadia Ferreira-Schmit"),
      ("PP7","University of Liège – Gembloux Agro-Bio Tech","Belgium","Prof. Benoît Delvaux"),
      ("PP8","Scottish Agritech Cluster Ltd","United Kingdom (associated)","Fiona McAllister")]),
("h2","2. Programme of the two days"),
("p","Tuesday 24 January: 13:30 welcome and introductions; 14:30 work package presentations; 17:00 Steering Committee; 19:30 partner dinner at the Citadel of Namur."),
("p","Wednesday 25 January: 09:00 financial and reporting rules (Mathis Hoebeke and the Joint Secretariat in Lille); 11:00 communication plan (Élodie Marchand-Lévy); 14:00 study visit to the Agricultural Research Centre of Wallonia (CRA-W) in Gembloux; 17:00 close."),
("p","The work package leaders presented their plans in the afternoon session. Work package 1 (management) is led by the Lead Partner; work package 2 (mapping of regional agrifood value chains) by Wageningen Food Valley Foundation; work package 3 (pilot actions with small farms) by Teagasc; work package 4 (digital tools for traceability) by Agrarcluster Rheinland e.V.; and work package 5 (policy learning and transfer) by Luxinnovation GIE. Prof. Benoît Delvaux explained how the Gembloux campus will host the shared data laboratory and offered places for two PhD students funded by the project. Several partners asked for a simpler template for the six-monthly activity reports, and the Lead Partner promised a proposal before the end of February 2034."),
("h2","3. Steering Committee"),
("p","The first Steering Committee elected Dr. Joost van Kampen as its chair and Nadia Ferreira-Schmit as vice-chair for the first reporting period. It approved the rules of procedure and appointed Fiona McAllister as communication manager of the project."),
("h2","4. Conclusions"),
("p","The partners agreed on the following conclusions:"),
("p","Every partner names a deputy contact person by 15 February 2034"),
("p","Each regional cluster runs at least two matchmaking events for small farms and food companies per year"),
("p","The first partner meeting after the kick-off takes place in Gembloux or Cork, depending on the pilot schedule"),
("p","Communication materials use one shared visual identity from the first month"),
("h2","5. Next meetings"),
("p","Second partner meeting: Tuesday 13 June 2034 in Cork, hosted by Teagasc. Online Steering Committee calls are held on the first Monday of each month. The final conference is planned for autumn 2036 in Brussels."),
("p","Minutes taken by Mathis Hoebeke. Comments to the Lead Partner by 9 February 2034."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="t":
        tb = d.add_table(rows=0, cols=4)
        for row in t:
            cells = tb.add_row().cells
            for i,v in enumerate(row): cells[i].text = v
    else: d.add_paragraph(t)
d.save(path(F))
LP="BioWin Wallonie Agrifood Cluster ASBL"
gold(F,
 [P("Géraldine Vanderstraeten","Director",LP),
  P("Didier Lambotte-Mertens","Head of the Economic Policy Department","Public Service of Wallonia"),
  P("Mathis Hoebeke","financial manager",LP),
  P("Joost van Kampen","chair","Wageningen Food Valley Foundation"),
  P("Élodie Marchand-Lévy",None,"Pôle Vitagora"),
  P("Friederike von Ahlefeldt",None,"Agrarcluster Rheinland e.V."),
  P("Ciarán Ó Dálaigh",None,"Teagasc – Agriculture and Food Development Authority"),
  P("Nadia Ferreira-Schmit","vice-chair","Luxinnovation GIE"),
  P("Benoît Delvaux",None,"University of Liège – Gembloux Agro-Bio Tech"),
  P("Fiona McAllister","communication manager","Scottish Agritech Cluster Ltd")],
 [O(LP), O("Public Service of Wallonia","SPW Économie, Emploi, Recherche"), O("Wageningen Food Valley Foundation"), O("Pôle Vitagora"),
  O("Agrarcluster Rheinland e.V."), O("Teagasc – Agriculture and Food Development Authority","Teagasc"), O("Luxinnovation GIE"),
  O("University of Liège – Gembloux Agro-Bio Tech"), O("Scottish Agritech Cluster Ltd"), O("Joint Secretariat"),
  O("Agricultural Research Centre of Wallonia","CRA-W")],
 [E("kick-off meeting","2034-01-24","2034-01-25","Namur","Belgium"),
  E("Steering Committee","2034-01-24",None,"Namur","Belgium"),
  E("partner dinner","2034-01-24",None,"Namur","Belgium"),
  E("study visit","2034-01-25",None,"Gembloux","Belgium"),
  E("Second partner meeting","2034-06-13",None,"Cork","Ireland"),
  E("final conference","2036",None,"Brussels","Belgium")],
 ["2034-01-24/2034-01-25","2034-02-02","2034-01-24","2034/2040","2034-01-25","2034-02-15","2034-06-13","2036","2034-02-09","2034-02"],
 ["Every partner names a deputy contact person by 15 February 2034",
  "Each regional cluster runs at least two matchmaking events for small farms and food companies per year",
  "The first partner meeting after the kick-off takes place in Gembloux or Cork, depending on the pilot schedule",
  "Communication materials use one shared visual identity from the first month"], pub="2034-02-02")
