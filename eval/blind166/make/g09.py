from h import *
import docx
F = 'g09_braila_danube_cluster_bulletin.docx'
assert wd(2034,9,26)=='Tuesday' and wd(2034,10,9)=='Monday' and wd(2034,10,31)=='Tuesday' and wd(2034,11,20)=='Monday' and wd(2034,12,4)=='Monday' and wd(2034,9,18)=='Monday'
paras = [
("h","Members' Bulletin No. 7 – October 2034"),
("p","Lower Danube Shipbuilding and Logistics Cluster (LDSL) · Brăila, 2 October 2034 · For members only – please do not forward outside your company"),
("h2","From the cluster manager"),
("p","Dear members, the autumn is busy: our general assembly has chosen a new board, two calls close before December, and the port of Brăila will host the first Danube river-cruise suppliers' fair. Below you will find everything in one place. As always, reply to this bulletin if you want us to include your news in the next issue. – Ioana Stănescu, cluster manager"),
("h2","1. General assembly: a new board for 2034–2037"),
("p","The ordinary general assembly of the cluster met on Tuesday 26 September 2034 at the headquarters of the Brăila Chamber of Commerce, Industry and Agriculture, with 27 of our 38 members present or represented. The assembly approved the 2033 financial statements and the work plan for 2035, and elected the board for the next three years:"),
("p","• President – Mihai Dobrescu, general manager, Șantierul Naval Brăila S.A."),
("p","• Vice-Presidents – Elena Vasilache (Dunărea de Jos University of Galați) and Cristian Ionescu-Toma (Port Logistic Center Brăila S.R.L.)"),
("p","• Treasurer – Adriana Munteanu, Banca Transilvania, Brăila branch"),
("p","• Member of the board – Radu Petrache, Brăila County Council"),
("p","The outgoing president, Gheorghe ANDREI, was thanked for six years of service and elected honorary member. The assembly also admitted three new members: Navrom Delta S.A. (Tulcea), Marine Paints Galați S.R.L. and the vocational school Colegiul Tehnic „Edmond Nicolau” Brăila."),
("h2","2. Calls and deadlines"),
("p","Two calls are open for members. The cluster office can read your draft before you submit it."),
("p","• Green Danube Fleet vouchers – the Ministry of Transport and Infrastructure offers grants of up to EUR 50,000 for retrofitting river vessels with cleaner engines. Deadline: Tuesday 31 October 2034, 16:00 (Bucharest time)."),
("p","• Partner search for inland waterway projects – Enterprise Europe Network Romania, through the ADR Sud-Est regional development agency in Brăila, collects offers and requests for the next brokerage event in Vienna. Profiles must be sent by Monday 20 November 2034 to Florin Bălan, EEN adviser at ADR Sud-Est."),
("h2","3. Danube Cruise Suppliers' Fair, Brăila"),
("p","On Monday 9 October 2034 the first Danube Cruise Suppliers' Fair will open on the Brăila riverfront, organised by the cluster and the Brăila City Hall with the support of the Danube Competence Center (DCC, Serbia). Around 40 buyers from river-cruise operators in Austria, Germany and Hungary are expected. Confirmed guests:"),
("p","– Katharina Hölzl (viadonau, Austria)"),
("p","– Dr. Zoltán Farkas (Hungarian Shipbuilding Association, Hungary)"),
("p","– Marin Ivanov (Ruse Chamber of Commerce and Industry, Bulgaria)"),
("p","The programme includes a boat trip to the shipyard and a networking dinner at 19:30 on the same day."),
("h2","4. Calendar"),
("t",[["Date","Event","Place"],
      ["9 October 2034","Danube Cruise Suppliers' Fair","Brăila"],
      ["20 November 2034","Deadline for EEN profiles","online"],
      ["4 December 2034","Board meeting","Galați"],
      ["December 2034","Danube inland navigation brokerage event","Vienna"]]),
("h2","5. Member news"),
("p","Șantierul Naval Brăila S.A. launched its second hybrid pusher tug on 18 September 2034, built for a Dutch operator. Port Logistic Center Brăila S.R.L. opened a new grain terminal. The Dunărea de Jos University of Galați will start a master's programme in naval architecture for working engineers in February 2035."),
("p","Contact: LDSL secretariat, Str. Vapoarelor 3, Brăila · office@ldsl.example.ro · +40 239 000 000"),
("p","This bulletin is sent to members of the Lower Danube Shipbuilding and Logistics Cluster. To stop receiving it, write to the secretariat."),
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
L = "Lower Danube Shipbuilding and Logistics Cluster"
gold(F,
 [P("Ioana Stănescu","cluster manager",L),
  P("Mihai Dobrescu","President",L),
  P("Elena Vasilache","Vice-President",L),
  P("Cristian Ionescu-Toma","Vice-President",L),
  P("Adriana Munteanu","Treasurer",L),
  P("Radu Petrache","Member of the board",L),
  P("Gheorghe ANDREI","honorary member",L),
  P("Florin Bălan","EEN adviser","ADR Sud-Est"),
  P("Katharina Hölzl",None,"viadonau"),
  P("Zoltán Farkas",None,"Hungarian Shipbuilding Association"),
  P("Marin Ivanov",None,"Ruse Chamber of Commerce and Industry")],
 [O(L,"LDSL"), O("Brăila Chamber of Commerce, Industry and Agriculture"), O("Șantierul Naval Brăila S.A."),
  O("Dunărea de Jos University of Galați"), O("Port Logistic Center Brăila S.R.L."), O("Banca Transilvania"),
  O("Brăila County Council"), O("Navrom Delta S.A."), O("Marine Paints Galați S.R.L."),
  O("Colegiul Tehnic „Edmond Nicolau” Brăila"), O("Ministry of Transport and Infrastructure"),
  O("Enterprise Europe Network Romania","EEN"), O("ADR Sud-Est"), O("Brăila City Hall"),
  O("Danube Competence Center","DCC"), O("viadonau"), O("Hungarian Shipbuilding Association"),
  O("Ruse Chamber of Commerce and Industry")],
 [E("ordinary general assembly","2034-09-26",None,"Brăila","Romania"),
  E("Danube Cruise Suppliers' Fair","2034-10-09",None,"Brăila","Romania"),
  E("boat trip to the shipyard","2034-10-09",None,"Brăila","Romania"),
  E("networking dinner","2034-10-09",None,"Brăila","Romania"),
  E("Board meeting","2034-12-04",None,"Galați","Romania"),
  E("Danube inland navigation brokerage event","2034-12",None,"Vienna","Austria")],
 ["2034-10","2034-10-02","2034/2037","2034-09-26","2033","2035","2034-10-31","2034-11-20","2034-10-09","2034-12-04",
  "2034-12","2034-09-18","2035-02"],
 [], pub="2034-10-02")
