from h import *
import docx
F = 'g10_mantova_general_assembly_minutes.docx'
assert wd(2036,4,29)=='Tuesday' and wd(2036,5,15)=='Thursday' and wd(2036,4,10)=='Thursday' and wd(2036,6,19)=='Thursday'
paras = [
("h","Po Valley Mechatronics Cluster"),
("p","Associazione Cluster Meccatronica Padana – PVMC · Via Principe Amedeo 30, 46100 Mantova"),
("h1","Minutes of the Ordinary General Assembly of Members"),
("p","Date and time: Tuesday 29 April 2036, 15:00–17:45"),
("p","Venue: Fondazione Università di Mantova, Aula Magna, Mantova (with remote participation via video link)"),
("p","Chair of the meeting: Federica Bonazzoli-Ricci, President of PVMC. Secretary of the meeting: Lorenzo Tagliaferri, Cluster Manager."),
("p","Present: 38 member organisations in person and 11 by proxy, out of 64 members with voting rights. The Chair declared the Assembly validly constituted at 15:10, the notice having been sent to all members on 10 April 2036 in accordance with Article 9 of the Statutes."),
("h2","Agenda"),
("p","1. Report of the President on activities in 2035"),
("p","2. Approval of the financial statements 2035 and report of the auditor"),
("p","3. Budget and activity plan 2036"),
("p","4. Election of the Board of Directors for the term 2036–2039"),
("p","5. Any other business"),
("h2","1. Report of the President"),
("p","The President reported that the cluster grew from 57 to 64 members in 2035, including two new research members, the Politecnico di Milano – Polo territoriale di Cremona and the ITS Lombardia Meccatronica Academy. Highlights of the year were the Mechatronics Open Day on 16 May 2035 in Suzzara, with 420 students visiting eleven member companies, and the cluster's first joint stand at EMO Hannover in September 2035, shared with the Upper Austrian Mechatronics Cluster."),
("p","The President also thanked Regione Lombardia and the Camera di Commercio di Mantova for their continued support and recalled the signature of a cooperation agreement with Cluster Fabbrica Intelligente Lombardia (AFIL) in Milan on 3 December 2035."),
("h2","2. Financial statements 2035"),
("p","The Treasurer, Stefano Amadei, presented the financial statements, which close with revenues of EUR 486,200 and a surplus of EUR 9,750. The statutory auditor, Dott.ssa Paola Gandolfi-Vezzani, read her report and recommended approval without reservations."),
("h2","3. Budget and activity plan 2036"),
("p","The Cluster Manager presented the budget of EUR 512,000 and the main activities for 2036:"),
("p","• the Mechatronics Open Day 2036 on Thursday 15 May 2036 in Cremona;"),
("p","• a study visit of members to the Emilia-Romagna packaging valley (Bologna) on 19 June 2036;"),
("p","• participation in the European Cluster Conference in Brussels in the autumn;"),
("p","• three workshops on cybersecurity for machine builders, in cooperation with the Digital Innovation Hub Lombardia."),
("h2","4. Election of the Board of Directors"),
("p","One list of candidates was submitted. The Assembly elected the following Board for 2036–2039 by 47 votes in favour and 2 abstentions:"),
]
board = [("Office","Name","Member organisation"),
 ("President","Federica Bonazzoli-Ricci","Bonazzoli Automazioni S.p.A."),
 ("Vice-President","Giovanni Battista Orlandini","Orlandini Robotics S.r.l."),
 ("Treasurer","Stefano Amadei","Amadei & Figli Oleodinamica S.r.l."),
 ("Board member","Chiara De Lucchi","Politecnico di Milano – Polo territoriale di Cremona"),
 ("Board member","Matteo Ferrari-Zanoni","Gruppo Zanoni Packaging S.p.A.")]
after = [
("p","Outgoing board member Renato Sforzini (CRM Sistemi S.r.l.) was thanked for nine years of service."),
("h2","Resolutions"),
("p","The Assembly resolved:"),
("p","a) to approve the financial statements 2035 and to allocate the surplus to the reserve for future activities;"),
("p","b) to approve the budget and activity plan 2036;"),
("p","c) to keep the annual membership fees unchanged for 2036;"),
("p","d) to elect the Board of Directors for the term 2036–2039 as listed above."),
("h2","5. Any other business"),
("p","Dr Lukas Hofbauer of the Upper Austrian Mechatronics Cluster, attending as a guest, invited PVMC members to the Linz Mechatronics Summit on 25–26 November 2036. No other business was raised. The Chair closed the meeting at 17:40."),
("p","Mantova, 29 April 2036"),
("p","The Chair: Federica Bonazzoli-Ricci          The Secretary: Lorenzo Tagliaferri"),
]
d = docx.Document()
def add(lst):
    for k,t in lst:
        if k=="h": d.add_heading(t,0)
        elif k=="h1": d.add_heading(t,1)
        elif k=="h2": d.add_heading(t,2)
        else: d.add_paragraph(t)
add(paras)
tb = d.add_table(rows=len(board), cols=3)
for i,r in enumerate(board):
    for j,c in enumerate(r): tb.cell(i,j).text = c
add(after)
d.save(path(F))
C = "Po Valley Mechatronics Cluster"
gold(F,
 [P("Federica Bonazzoli-Ricci","President",C),
  P("Lorenzo Tagliaferri","Cluster Manager",C),
  P("Stefano Amadei","Treasurer",C),
  P("Paola Gandolfi-Vezzani","statutory auditor",C),
  P("Giovanni Battista Orlandini","Vice-President",C),
  P("Chiara De Lucchi","Board member",C),
  P("Matteo Ferrari-Zanoni","Board member",C),
  P("Renato Sforzini","board member",C),
  P("Lukas Hofbauer",None,"Upper Austrian Mechatronics Cluster")],
 [O(C,"PVMC"), O("Fondazione Università di Mantova"),
  O("Politecnico di Milano – Polo territoriale di Cremona"), O("ITS Lombardia Meccatronica Academy"),
  O("Upper Austrian Mechatronics Cluster"), O("Regione Lombardia"), O("Camera di Commercio di Mantova"),
  O("Cluster Fabbrica Intelligente Lombardia","AFIL"), O("Digital Innovation Hub Lombardia"),
  O("Bonazzoli Automazioni S.p.A."), O("Orlandini Robotics S.r.l."), O("Amadei & Figli Oleodinamica S.r.l."),
  O("Gruppo Zanoni Packaging S.p.A."), O("CRM Sistemi S.r.l.")],
 [E("Ordinary General Assembly of Members","2036-04-29",None,"Mantova","Italy"),
  E("Mechatronics Open Day","2035-05-16",None,"Suzzara","Italy"),
  E("EMO Hannover","2035-09",None,"Hannover","Germany"),
  E("Mechatronics Open Day 2036","2036-05-15",None,"Cremona","Italy"),
  E("study visit of members to the Emilia-Romagna packaging valley","2036-06-19",None,"Bologna","Italy"),
  E("European Cluster Conference","2036",None,"Brussels","Belgium"),
  E("Linz Mechatronics Summit","2036-11-25","2036-11-26","Linz","Austria")],
 ["2036-04-29","2036-04-10","2035","2036","2036/2039","2035-05-16","2035-09","2035-12-03","2036-05-15","2036-06-19","2036-11-25/2036-11-26"],
 ["to approve the financial statements 2035 and to allocate the surplus to the reserve for future activities",
  "to approve the budget and activity plan 2036",
  "to keep the annual membership fees unchanged for 2036",
  "to elect the Board of Directors for the term 2036–2039 as listed above"])
