from h import *
import docx
F = 'g07_annecy_mechatronics_general_assembly.docx'
assert wd(2042,3,13)=='Thursday' and wd(2042,2,26)=='Wednesday' and wd(2042,3,6)=='Thursday'
paras = [
("h","Invitation to the Annual General Assembly 2042"),
("p","Mont-Blanc Mechatronics Cluster (MBMC) · association under the law of 1901 · 10 rue de l'Industrie, 74000 Annecy"),
("p","Annecy, 11 February 2042"),
("p","To: all member organisations (one voting delegate per member) · Copy: associate members, partners and funders"),
("p","Dear members,"),
("p","On behalf of the Board I am pleased to invite you to the Annual General Assembly of the Mont-Blanc Mechatronics Cluster, which will take place on Thursday 13 March 2042 at the Cran-Gevrier site of our member Somfy Activités SA, Annecy. As in previous years, the statutory part is followed by an afternoon open to all members and by the Cluster Evening."),
("p","The assembly will vote on the activity report and accounts for 2041, on the budget for 2042 and on the renewal of four seats on the Board. For the first time, members may also vote online; the link will be sent with the meeting documents."),
("p","2041 was a year of growth for the cluster: 19 new members joined, a joint stand brought 18 companies to the Hannover Messe in April 2041, and in October 2041 we hosted in Annecy the partner meeting of the Euroclusters project REACH-MECH, with delegations from Piedmont, Baden-Württemberg and Upper Austria. The activity report gives the details."),
("h2","Draft agenda"),
("p","09:00  Arrival and coffee"),
("p","09:30  Opening and welcome by the host company – Clémence Bouvier-Duclos, Site Director, Somfy Activités SA"),
("p","09:45  Statutory part: 1. Approval of the minutes of the General Assembly of 14 March 2041 · 2. Activity report 2041 (Jean-Baptiste Rey, Managing Director) · 3. Financial report and auditor's statement (Hélène Perrissin, Treasurer) · 4. Budget and membership fees 2042 · 5. Election of Board members · 6. Any other business"),
("p","11:30  Keynote: \"Robots for small series – lessons from the Arve valley\", by Prof. Luca Bianchi-Morand, Université Savoie Mont Blanc, SYMME laboratory"),
("p","12:30  Lunch buffet"),
("p","14:00  Plant visit: the motor assembly line of Somfy (groups of 15, safety shoes provided)"),
("p","15:30  Workshops for members: Euroclusters project REACH-MECH; recruitment of technicians with the Haute-Savoie employment service"),
("p","19:00  Cluster Evening at the Impérial Palace, Annecy – dinner and award of the MBMC Innovation Trophy"),
("h2","Candidates for the Board"),
("p","Four seats are up for renewal. The following candidates have been proposed by the Board and by members (list closed on Wednesday 26 February 2042):"),
("t",[["Office","Candidate","Member organisation"],
      ["Chair (renewal)","Marc-Antoine Dufour","Fournier Décolletage SAS, Cluses"],
      ["Vice-Chair","Anke Vogelsang-Mercier","Staubli-Ferney Robotics SARL"],
      ["Board member","Thi Lan Nguyen-Girod","Cetim Savoie"],
      ["Board member","Paolo Ferraris","Ferraris Automazione S.r.l., Aosta"]]),
("p","Members who cannot attend may give a proxy to another member. A member may hold no more than two proxies. Proxy forms must reach the cluster office by Thursday 6 March 2042."),
("h2","Practical details"),
("p","Registration for the afternoon programme and the Cluster Evening is required by 6 March 2042 through the members' area. The Cluster Evening costs EUR 75 per person; the statutory part, lunch and plant visit are free for members. Parking is available on site; from Annecy railway station, line 2 stops in front of the plant."),
("p","The meeting documents (activity report, accounts, budget, candidates' statements) will be sent by e-mail on 27 February 2042."),
("p","I look forward to seeing many of you in Cran-Gevrier."),
("p","Marc-Antoine Dufour"),
("p","Chair of the Board, Mont-Blanc Mechatronics Cluster"),
("p","Contact: Sandrine Tissot, Member Relations Officer, +33 4 50 00 00 00, assemblee@mbmc.example.fr"),
("p","The Mont-Blanc Mechatronics Cluster brings together 212 companies, research laboratories and schools in Haute-Savoie and Savoie in precision turning, robotics and mechatronics. It is supported by the Auvergne-Rhône-Alpes Region and the Departmental Council of Haute-Savoie."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="t":
        tb = d.add_table(rows=len(t), cols=3)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text = c
    else: d.add_paragraph(t)
d.save(path(F))
C="Mont-Blanc Mechatronics Cluster"
gold(F,
 [P("Clémence Bouvier-Duclos","Site Director","Somfy Activités SA"),
  P("Jean-Baptiste Rey","Managing Director",C),
  P("Hélène Perrissin","Treasurer",C),
  P("Luca Bianchi-Morand",None,"Université Savoie Mont Blanc"),
  P("Marc-Antoine Dufour","Chair of the Board",C),
  P("Anke Vogelsang-Mercier","Vice-Chair",C),
  P("Thi Lan Nguyen-Girod","Board member",C),
  P("Paolo Ferraris","Board member",C),
  P("Sandrine Tissot","Member Relations Officer",C)],
 [O(C,"MBMC"), O("Somfy Activités SA"), O("Université Savoie Mont Blanc"), O("SYMME laboratory"),
  O("Haute-Savoie employment service"), O("Fournier Décolletage SAS"), O("Staubli-Ferney Robotics SARL"),
  O("Cetim Savoie"), O("Ferraris Automazione S.r.l."), O("Auvergne-Rhône-Alpes Region"),
  O("Departmental Council of Haute-Savoie")],
 [E("Annual General Assembly 2042","2042-03-13",None,"Annecy","France"),
  E("Plant visit","2042-03-13",None,"Annecy","France"),
  E("Cluster Evening","2042-03-13",None,"Annecy","France"),
  E("award of the MBMC Innovation Trophy","2042-03-13",None,"Annecy","France"),
  E("General Assembly","2041-03-14",None,None,None),
  E("Hannover Messe","2041-04",None,"Hannover","Germany"),
  E("partner meeting of the Euroclusters project REACH-MECH","2041-10",None,"Annecy","France")],
 ["2042-02-11","2042-03-13","2041","2042","2041-03-14","2042-02-26","2042-03-06","2042-02-27","2041-04","2041-10"],
 [], pub="2042-02-11")
