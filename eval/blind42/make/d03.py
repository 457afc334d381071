from common import *
t = """NAVAWIND – Asociación Clúster de Componentes Eólicos de Navarra                    Acta AGE 02/2032
MINUTES OF THE EXTRAORDINARY GENERAL MEETING
held on Thursday, 16 September 2032, at 10:00, Sala Iruña, Centro Europeo de Empresas e Innovación de Navarra
(CEIN), Noáin (Navarra)

Present: 41 of the 63 member entities (29 in person, 12 represented by proxy). The quorum required by Article
14 of the Statutes (one half of the members) is reached.
Chair of the meeting: Iñaki Echeverría Goñi, President of NAVAWIND
Secretary of the meeting: Maite Arbizu Lasa, Cluster Manager
Also present without vote: Javier Oroz, Head of Service for Industrial Promotion, Departamento de Desarrollo
Económico y Empresarial del Gobierno de Navarra

Agenda
1. Communication of resignations from the Governing Board
2. Ratification of the co-optation of two Board members
3. Amendment of Article 22 of the Statutes (number of vice-presidents)
4. Any other business

Item 1 – Resignations
The Chair in-
formed the meeting that the following members of the Governing Board had resigned by letter:
– Ainhoa Zabalza Iriarte, Vice-President, on 30 June 2032, following her appointment as general manager of a
wind-farm operator outside Navarra. She leaves Torres Metálicas Ribera S.L., which she represented on the Board.
– Pedro Lacarra Mendía, member of the Board representing Palas Composites Tudela S.A., on 15 July 2032, for
retirement.
The meeting thanked both for their work. Ms Zabalza was acknowledged in particular for launching the suppliers'
programme "Eólica 4.0" in 2029.

                                                                                          – 1 –
NAVAWIND                                                                               Acta AGE 02/2032
Item 2 – Ratification of co-optations
At its meeting of 21 July 2032, the Governing Board co-opted, in accordance with Article 19 of the Statutes:
– Leire Goikoetxea Azcona, Chief Operating Officer of Torres Metálicas Ribera S.L., to replace Ms Zabalza for
the remainder of her term (until the Ordinary General Assembly of spring 2034);
– Santiago Elizalde Urra, Director of Engineering of Bujes y Rodamientos del Ebro S.A.U., to fill the seat
left vacant by Mr Lacarra.
The meeting ratified both co-optations by 39 votes in favour, 0 against and 2 abstentions.

Item 3 – Amendment of Article 22
The Board proposed that the Association have two vice-presidents instead of one, one of them representing
the technology centres and universities. After discussion (interventions by Ramón Ustárroz, Electroeólica
Baztán S.L., and by Dra. Nerea Iturralde, Universidad Pública de Navarra), the amendment was approved by 38
votes in favour, 1 against and 2 abstentions.
In application of the new Article 22, the meeting appointed as Vice-Presidents:
– Leire Goikoetxea Azcona (Torres Metálicas Ribera S.L.), for the industrial members;
– Dr. Mikel Aranguren Sola, Director of the Wind Energy Department of CENER (Centro Nacional de Energías
Renovables), for the technology centres and universities.

Item 4 – Any other business
The Cluster Manager reported that the cluster will lead the Navarre dele-
gation at WindEurope 2033 in Copenhagen
(April 2033) and will organise its Suppliers' Day on 24 November 2032 in Pamplona together with the
Enterprise Europe Network. The Chair recalled that the Ordinary General Assembly will be held in March 2033.

There being no further business, the meeting closed at 11:45.

Noáin, 16 September 2032
The Secretary                                                  Approved: the President
Maite Arbizu Lasa                                              Iñaki Echeverría Goñi
                                                                                          – 2 –
"""
save("Acta_AGE_02-2032_NAVAWIND_EN-pdf.txt", t, None,
 people=[P("Iñaki Echeverría Goñi","President","NAVAWIND – Asociación Clúster de Componentes Eólicos de Navarra"),
  P("Maite Arbizu Lasa","Cluster Manager","NAVAWIND – Asociación Clúster de Componentes Eólicos de Navarra"),
  P("Javier Oroz","Head of Service for Industrial Promotion","Departamento de Desarrollo Económico y Empresarial del Gobierno de Navarra"),
  P("Ainhoa Zabalza Iriarte","Vice-President","NAVAWIND – Asociación Clúster de Componentes Eólicos de Navarra"),
  P("Pedro Lacarra Mendía",None,"Palas Composites Tudela S.A."),
  P("Leire Goikoetxea Azcona","Chief Operating Officer","Torres Metálicas Ribera S.L."),
  P("Santiago Elizalde Urra","Director of Engineering","Bujes y Rodamientos del Ebro S.A.U."),
  P("Ramón Ustárroz",None,"Electroeólica Baztán S.L."),
  P("Nerea Iturralde",None,"Universidad Pública de Navarra"),
  P("Mikel Aranguren Sola","Director of the Wind Energy Department","Centro Nacional de Energías Renovables")],
 orgs=[O("NAVAWIND – Asociación Clúster de Componentes Eólicos de Navarra","NAVAWIND"),
  O("Centro Europeo de Empresas e Innovación de Navarra","CEIN"),
  O("Departamento de Desarrollo Económico y Empresarial del Gobierno de Navarra"),
  O("Torres Metálicas Ribera S.L."),O("Palas Composites Tudela S.A."),O("Bujes y Rodamientos del Ebro S.A.U."),
  O("Electroeólica Baztán S.L."),O("Universidad Pública de Navarra"),O("Wind Energy Department"),
  O("Centro Nacional de Energías Renovables","CENER"),O("Enterprise Europe Network")],
 events=[E("Extraordinary General Meeting","2032-09-16",None,"Noáin","Spain"),
  E("Governing Board meeting","2032-07-21"),
  E("WindEurope 2033","2033-04",None,"Copenhagen","Denmark"),
  E("Suppliers' Day","2032-11-24",None,"Pamplona","Spain"),
  E("Ordinary General Assembly","2033-03"),
],
 dates=["2032-09-16","2032-06-30","2032-07-15","2029","2032-07-21","2034","2033-04","2032-11-24","2033-03"])
