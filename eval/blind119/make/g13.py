from h import *
F = 'g13_modena_new_managing_director.txt'
assert wd(2036,8,25)=='Monday' and wd(2036,9,9)=='Tuesday' and wd(2036,10,1)=='Wednesday'
T = """CLUSTER MECCATRONICA EMILIA – PRESS RELEASE

Modena, 26 August 2036

Francesca Dall'Olio-Brandt appointed Managing Director of the Emilia Mechatronics Cluster

At a Board meeting held in Modena on Monday 25 August 2036, the Board of Directors of Cluster Meccatronica Emilia S.c.a r.l. (CME) appointed Francesca Dall'Olio-Brandt as the cluster's new Managing Director. She will take office on Wednesday 1 October 2036 and succeeds Giorgio Ferrari, who has led the cluster since 2029 and who will become Senior Advisor for International Projects until the end of 2037.

The decision was unanimous. "We were looking for someone who understands both the factory floor and Brussels. Francesca has spent her career between the two," said the Chairman of the Board, Ing. Alberto Manzini, who is also CEO of Manzini Robotica S.p.A. in Carpi.

CAREER

Francesca Dall'Olio-Brandt, 47, was born in Bologna and grew up between Italy and Germany. Her career so far:
- 2032–2036: Head of Innovation Partnerships, ART-ER Attractiveness Research Territory (the regional development agency of Emilia-Romagna), Bologna
- 2027–2032: Project Manager and later Head of the EU Office, VDMA Robotics + Automation, Frankfurt am Main
- 2022–2027: Development engineer, Bosch Rexroth AG, Lohr am Main
She holds a degree in mechanical engineering from the University of Modena and Reggio Emilia (UNIMORE) and a master's in innovation management from the Technical University of Munich.

Between 2034 and 2036 she was one of the coordinators of the European Strategic Cluster Partnership on smart manufacturing, which links cluster organisations in seven countries.

THE CLUSTER IN BRIEF

Cluster Meccatronica Emilia was founded in 2029 as a consortium company by 18 firms, the University of Modena and Reggio Emilia and the Chamber of Commerce of Modena. It now has 142 members, of which 118 are small and medium-sized enterprises, and employs a team of nine people at the Tecnopolo di Modena. Its working groups cover robotics, hydraulics, packaging machinery and digital services. The cluster is recognised by the Emilia-Romagna Region as one of its regional clusters and holds the Gold label of the European Cluster Excellence Initiative (ECEI), awarded in 2035.

THE OUTGOING MANAGING DIRECTOR

Giorgio Ferrari led the cluster for seven years. Under his leadership membership tripled, the cluster ran eleven EU-funded projects and the Mechatronics Days in Modena became the sector's main regional event. "I am leaving an organisation that no longer depends on one person, and that is what I am most proud of," Ferrari said.

The Board also confirmed the management team that will work with the new Managing Director:
- Elisa Montanari, Head of Member Services
- Dr. Karim Benali, Head of EU Projects
- Chiara Lugli, Communication and Events Manager
- Stefan Obermayr, Industrial Liaison Officer (based in Munich)

UPCOMING

Francesca Dall'Olio-Brandt will introduce herself to members at the Mechatronics Days 2036, to be held on 9 and 10 September 2036 at the Tecnopolo di Modena, one month before she officially takes office. On the second day she will take part in the round table "Who will build the machines of 2040?" with representatives of the regional vocational schools (ITS Maker) and of Confindustria Emilia Area Centro.

Media contact
Chiara Lugli, Communication and Events Manager
Cluster Meccatronica Emilia S.c.a r.l., Via Vivarelli 2, 41125 Modena
press@cme.example.it | +39 059 000 0000

###
Note to editors: photos of Francesca Dall'Olio-Brandt and Giorgio Ferrari are available on request. This press release is also available in Italian.
"""
write(F, T)
C="Cluster Meccatronica Emilia S.c.a r.l."
gold(F,
 [P("Francesca Dall'Olio-Brandt","Managing Director",C),
  P("Giorgio Ferrari","Managing Director",C),
  P("Alberto Manzini","Chairman of the Board",C),
  P("Elisa Montanari","Head of Member Services",C),
  P("Karim Benali","Head of EU Projects",C),
  P("Chiara Lugli","Communication and Events Manager",C),
  P("Stefan Obermayr","Industrial Liaison Officer",C)],
 [O(C,"CME"), O("Manzini Robotica S.p.A."),
  O("ART-ER Attractiveness Research Territory","ART-ER"), O("VDMA Robotics + Automation"), O("Bosch Rexroth AG"),
  O("University of Modena and Reggio Emilia","UNIMORE"), O("Technical University of Munich"), O("Chamber of Commerce of Modena"),
  O("Emilia-Romagna Region"), O("ITS Maker"), O("Confindustria Emilia Area Centro")],
 [E("Board meeting","2036-08-25",None,"Modena","Italy"),
  E("Mechatronics Days 2036","2036-09-09","2036-09-10","Modena","Italy")],
 ["2036-08-26","2036-08-25","2036-10-01","2029","2037","2032/2036","2027/2032","2022/2027","2034/2036","2035","2036-09-09/2036-09-10"],
 [], pub="2036-08-26")
