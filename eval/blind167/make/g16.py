from h import *
F = 'g16_trebic_erasmus_alliance_press_release.txt'
assert wd(2040,1,24)=='Tuesday' and wd(2040,1,25)=='Wednesday' and wd(2040,2,29)=='Wednesday'
T = """PRESS RELEASE
For immediate release

Třebíč, 30 January 2040

Nuclear skills alliance starts work in Třebíč: fourteen partners, seven countries, one shortage

A new Erasmus+ Alliance for Innovation, NUCLEAR-SKILLS, held its kick-off meeting in Třebíč on 24 and 25 January 2040. The alliance, coordinated by the Vysočina Energy Cluster (Energetický klastr Vysočina, z.s.), will spend three years designing short training courses for the technicians, welders and engineers that Europe's nuclear and small modular reactor projects will need in the 2040s.

The alliance has fourteen partners from the Czech Republic, Slovakia, Hungary, Finland, France, Romania and Slovenia. Besides the coordinator they include the Brno University of Technology, the Slovak University of Technology in Bratislava, the Paks Nuclear Training Centre in Hungary, the Finnish vocational college Sataedu in Rauma, the French cluster Nuclear Valley in Chalon-sur-Saône, the Romanian energy cluster Romcluster Energie from Pitești and the Jožef Stefan Institute in Ljubljana.

Two days in Vysočina

The meeting opened on Tuesday morning at the Třebíč Business Innovation Centre with a welcome from the mayor of Třebíč, Pavel Janoušek-Malý, and from Mgr. Hana Doležalová, deputy governor of the Vysočina Region responsible for education. The project's coordinator, Ing. Radek KUBÍČEK, director of the Vysočina Energy Cluster, presented the work plan; the project officer of the European Education and Culture Executive Agency (EACEA), Ms Lucía Moreno Ibáñez, joined online to explain the reporting rules.

In the afternoon the partners visited the training centre of the Dukovany nuclear power plant, where head of training Jiří Polák showed the simulator used for operator courses. A dinner for the partners followed in the Jewish Quarter of Třebíč.

On Wednesday 25 January the consortium held its first General Assembly and elected its Steering Committee: Prof. Mikko Rantala of Sataedu as chair, Dr. Eszter Bakonyi-Fehér (Paks Nuclear Training Centre) as vice-chair. The afternoon was reserved for the work packages on curricula and on recognition of qualifications.

"The reactors are being planned now, but the people who will build and run them are still at school," said Kubíček. "If we do not start the courses in 2041, we will be too late."

Background

Europe's nuclear industry expects to need tens of thousands of new skilled workers in the coming decades, as existing plants are extended and new ones are built. The Czech Republic plans new units at Dukovany in the 2030s and 2040s, and the region around Třebíč has a long tradition of energy-related vocational training, going back to the start of the Dukovany plant in 1985.

NUCLEAR-SKILLS has a budget of EUR 4 million and runs from 1 January 2040 to 31 December 2042. Its first courses, on welding for nuclear components and on radiation protection for construction workers, will be piloted in Třebíč and in Rauma in autumn 2041.

Next steps

A first information day for companies will take place at the Třebíč Business Innovation Centre on Wednesday 29 February 2040. The second consortium meeting is planned for Rauma in September 2040.

About the Vysočina Energy Cluster
The Vysočina Energy Cluster (Energetický klastr Vysočina) brings together 58 companies, schools and research organisations in the energy sector of the Vysočina Region. It was founded in 2012 and is based in Třebíč.

Media contact:
Klára Novotná
communication officer, Vysočina Energy Cluster
+420 568 000 000 | media@ekv.example.cz

NUCLEAR-SKILLS is co-funded by the European Union. Views and opinions expressed are those of the author(s) only.

###
"""
write(F, T)
V="Vysočina Energy Cluster"
gold(F,
 [P("Pavel Janoušek-Malý","mayor of Třebíč",None),
  P("Hana Doležalová","deputy governor of the Vysočina Region responsible for education","Vysočina Region"),
  P("Radek KUBÍČEK","director",V),
  P("Lucía Moreno Ibáñez","project officer","European Education and Culture Executive Agency"),
  P("Jiří Polák","head of training","Dukovany nuclear power plant"),
  P("Mikko Rantala","chair",None),
  P("Eszter Bakonyi-Fehér","vice-chair",None),
  P("Klára Novotná","communication officer",V)],
 [O(V), O("Brno University of Technology"), O("Slovak University of Technology in Bratislava"),
  O("Paks Nuclear Training Centre"), O("Sataedu"), O("Nuclear Valley"), O("Romcluster Energie"), O("Jožef Stefan Institute"),
 O("Vysočina Region"), O("European Education and Culture Executive Agency","EACEA"),
  O("Dukovany nuclear power plant")],
 [E("kick-off meeting","2040-01-24","2040-01-25","Třebíč","Czech Republic"),
  E("visited the training centre of the Dukovany nuclear power plant","2040-01-24",None,None,"Czech Republic"),
  E("dinner","2040-01-24",None,"Třebíč","Czech Republic"),
  E("first General Assembly","2040-01-25",None,"Třebíč","Czech Republic"),
  E("information day for companies","2040-02-29",None,"Třebíč","Czech Republic"),
  E("second consortium meeting","2040-09",None,"Rauma","Finland")],
 ["2040-01-30","2040-01-24/2040-01-25","2040-01-25","2041","1985","2040-01-01/2042-12-31","2040-02-29","2040-09","2012"],
 [], pub="2040-01-30")
