from h import *
F = 'g02_muehlviertel_timber_cluster_new_manager.txt'
assert wd(2039,2,16)=='Wednesday' and wd(2039,3,1)=='Tuesday' and wd(2039,3,18)=='Friday'
T = """PRESS RELEASE
Freistadt, 21 February 2039

Theresa Hinterleitner to lead the Mühlviertel Timber Construction Cluster

Embargo: none · Photo: Theresa Hinterleitner at the cluster's test wall in Freistadt (credit: HCM / Florian Mayrhofer)

The board of the Holzbau-Cluster Mühlviertel (HCM), the association of timber construction companies, sawmills, joiners and architects in the north of Upper Austria, has appointed Dipl.-Ing. Theresa HINTERLEITNER as its new cluster manager. The decision was taken at a board meeting in Freistadt on Wednesday 16 February 2039. She takes up the post on Tuesday 1 March 2039.

Hinterleitner, 41, grew up on a farm near Bad Leonfelden and studied wood technology at the University of Natural Resources and Life Sciences, Vienna (BOKU). Her career so far:

2023–2027: research assistant, Institute of Wood Technology and Renewable Materials, BOKU, Tulln
2027–2033: project engineer at Wimberger Holzbau GmbH, Lasberg
2033–2039: head of the prefabrication plant of Haslinger Massivholz GmbH in Rohrbach-Berg

She succeeds Ing. Gerald Pammer, who has managed the cluster since it was founded in 2029 and is retiring at the end of February. Pammer built the association from eleven founding members to 96 member companies today and launched the cluster's best-known activity, the annual Holzbautag Mühlviertel.

"Gerald leaves big shoes and a very well organised office," Hinterleitner said. "Our members are good at building. What we need to get better at is building together: shared tenders for public housing, joint training of apprentices and a common answer to the question of where our timber will come from in twenty years."

The chairman of the board, Franz Leitner-Haslinger, managing director of Leitner Fenster & Türen GmbH in Perg, said the board had chosen from 23 applicants. "We wanted someone who has stood on a building site and in a factory hall, and who can explain to a mayor why a timber school costs what it costs. Theresa can do all three."

Changes in the team and on the board

With the change at the top, the cluster office in Freistadt is also growing. Mag. Lukas Freudenthaler, until now project assistant, becomes deputy cluster manager and will remain responsible for the "Holz baut Schule" programme with the Upper Austrian municipalities. Johanna Eder joins on 1 April 2039 as training coordinator; she previously worked for the Chamber of Commerce of Upper Austria (WKOÖ) in Linz.

The board itself was renewed at the general assembly in November. Besides the chairman it now comprises vice-chair Dr. Martina Hofstadler (Private University of Applied Sciences Upper Austria, Wels campus), treasurer Karl Haider (Raiffeisenbank Region Freistadt) and three members representing the sawmills, joiners and planners.

Farewell and welcome

The cluster will say goodbye to Gerald Pammer and welcome his successor at the 10th Holzbautag Mühlviertel on Friday 18 March 2039 in the Messehalle Freistadt. Upper Austria's Regional Minister for Economic Affairs, Mag. Doris Wakolbinger, and the mayor of Freistadt, Christian Jachs, have confirmed their attendance. The day opens at 9:00 with a keynote by Prof. Hermann Kaufmann-Berger on "Timber in the city — lessons from Vorarlberg", followed at 11:00 by guided tours of three building sites in the district and, at 18:00, a farewell evening for Gerald Pammer in the Salzhof.

Earlier editions of the Holzbautag Mühlviertel took place in Freistadt (2030, 2032, 2034, 2036, 2038), Rohrbach (2031, 2035), Perg (2033) and Bad Leonfelden (2037).

About the Holzbau-Cluster Mühlviertel

The Holzbau-Cluster Mühlviertel is a non-profit association founded in 2029 with the support of the Regionalmanagement Mühlviertel and Business Upper Austria. Its 96 members employ about 3,400 people. The cluster organises joint tenders, training and trade fair stands and represents the sector in regional planning. It is a member of the Austrian timber industry network proHolz Oberösterreich.

Press contact:
Lukas Freudenthaler
Deputy Cluster Manager
Holzbau-Cluster Mühlviertel
Salzgasse 15, 4240 Freistadt
+43 7942 000 00 · presse@holzbau-cluster.example.at

###
"""
write(F, T)
H = "Holzbau-Cluster Mühlviertel"
gold(F,
 [P("Theresa Hinterleitner","cluster manager",H),
  P("Florian Mayrhofer",None,None),
  P("Gerald Pammer",None,H),
  P("Franz Leitner-Haslinger","chairman of the board",H),
  P("Lukas Freudenthaler","Deputy Cluster Manager",H),
  P("Johanna Eder","training coordinator",H),
  P("Martina Hofstadler","vice-chair",H),
  P("Karl Haider","treasurer",H),
  P("Doris Wakolbinger","Regional Minister for Economic Affairs",None),
  P("Christian Jachs","mayor of Freistadt",None),
  P("Hermann Kaufmann-Berger",None,None)],
 [O(H,"HCM"), O("University of Natural Resources and Life Sciences, Vienna","BOKU"),
  O("Institute of Wood Technology and Renewable Materials"), O("Wimberger Holzbau GmbH"),
  O("Haslinger Massivholz GmbH"), O("Leitner Fenster & Türen GmbH"),
  O("Chamber of Commerce of Upper Austria","WKOÖ"), O("Private University of Applied Sciences Upper Austria"),
  O("Raiffeisenbank Region Freistadt"), O("Regionalmanagement Mühlviertel"), O("Business Upper Austria"),
  O("proHolz Oberösterreich")],
 [E("board meeting","2039-02-16",None,"Freistadt","Austria"),
  E("general assembly","2038-11",None,None,None),
  E("Holzbautag Mühlviertel","2039-03-18",None,"Freistadt","Austria"),
  E("Timber in the city — lessons from Vorarlberg","2039-03-18",None,"Freistadt","Austria"),
  E("guided tours of three building sites","2039-03-18",None,None,None),
  E("farewell evening for Gerald Pammer","2039-03-18",None,"Freistadt","Austria"),
  E("Holzbautag Mühlviertel","2030",None,"Freistadt","Austria"),
  E("Holzbautag Mühlviertel","2031",None,"Rohrbach","Austria"),
  E("Holzbautag Mühlviertel","2032",None,"Freistadt","Austria"),
  E("Holzbautag Mühlviertel","2033",None,"Perg","Austria"),
  E("Holzbautag Mühlviertel","2034",None,"Freistadt","Austria"),
  E("Holzbautag Mühlviertel","2035",None,"Rohrbach","Austria"),
  E("Holzbautag Mühlviertel","2036",None,"Freistadt","Austria"),
  E("Holzbautag Mühlviertel","2037",None,"Bad Leonfelden","Austria"),
  E("Holzbautag Mühlviertel","2038",None,"Freistadt","Austria")],
 ["2039-02-21","2039-02-16","2039-03-01","2023/2027","2027/2033","2033/2039","2029","2039-02","2039-04-01","2038-11",
  "2039-03-18","2030","2031","2032","2033","2034","2035","2036","2037","2038"],
 [], pub="2039-02-21")
