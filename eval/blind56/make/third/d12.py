from w import *
C="Cluster Lucano Automotive e Mobilità"
W("annual-report-2034_chapter3_governance_CLAM","annual-report-2034_chapter3_governance_CLAM.txt",None,
[P("Rocco Lo Vecchio","President",C),P("Teresa Santarsiero","Vice-President",C),P("Pierluigi De Bonis","Vice-President",C),P("Carmine Laurenzana","Treasurer",C),
 P("Anna Maria Colangelo",None,"Stellantis"),P("Vito Grieco",None,"Confindustria Basilicata"),P("Sabrina D'Andrea",None,"Elettromeccanica Bradanica S.r.l."),
 P("Michele Pace",None,"CNR"),P("Giuseppe Summa","observer without voting right","Basilicata Region"),P("Franco Vaccaro","honorary president",C),
 P("Aurelia Sole",None,"University of Basilicata"),P("Nicola Cardinale",None,"Polytechnic University of Bari"),P("Fabio Lorusso",None,"ENEA"),
 P("Matthias Weidenbach",None,"Fraunhofer Institute for Machine Tools and Forming Technology"),P("Elena Marrese",None,"Stellantis"),
 P("Giulia Carlucci","Chair","Vulture Components S.r.l."),P("Pasquale Mecca",None,"Acquedotto Lucano S.p.A."),P("Ilaria Ferrara",None,"ALSIA – Lucanian Agency for Development and Innovation in Agriculture"),
 P("Antonio Restaino","Chair"),P("Maria Rosaria Pisani"),P("Leonardo Cappiello"),P("Francesca Iacovino","Director",C)],
[O(C,"CLAM")]+[O(x) for x in ["Basilicata Region","University of Basilicata","Department of Engineering","Lucania Stampaggi S.p.A.","Vulture Components S.r.l.",
 "Banca Popolare del Materano","Stellantis","Confindustria Basilicata","Elettromeccanica Bradanica S.r.l.","CNR","Institute of Methodologies for Environmental Analysis",
 "Department for Productive Activities","Polytechnic University of Bari","ENEA","Trisaia Research Centre"]]+
 [O("Fraunhofer Institute for Machine Tools and Forming Technology","IWU"),O("Acquedotto Lucano S.p.A."),O("ALSIA – Lucanian Agency for Development and Innovation in Agriculture","ALSIA"),
  O("National Technology Cluster for Intelligent Factories","CFI"),O("Cluster Tecnologico Nazionale Trasporti Italia 2030"),O("European Automotive Cluster Network"),
  O("Automotive Cluster of Slovakia"),O("Pôle Véhicule du Futur")],
[E("extraordinary General Assembly","2033-11-29","2033-11-29",None,None),E("ordinary session of the General Assembly (April)","2034-04-26","2034-04-26","Potenza","Italy"),
 E("ordinary session of the General Assembly (December)","2034-12-13","2034-12-13","Melfi","Italy"),E("first meeting of the Sustainability Committee","2034-06-05","2034-06-05",None,None)],
["2017-07-11","2018","2033-11-29","2034","2034-12-31","2034-04-26","2033","2034/2037","2034-12-13","2035","2028/2034","2021","2034-06-05","2034-04-03","2022","2034-09","2019"],
["The 2033 accounts were approved with a surplus of EUR 41,200, carried forward to the skills fund","A Board of nine members was elected for the term 2034–2037",
 "Membership fees remain unchanged for 2035; start-ups under three years pay no fee in their first year",
 "The 2035 work plan gives priority to the conversion of the supply chain to electric powertrains and to skills"])
