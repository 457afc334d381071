from g import *
A="Centro di Ricerca Acque Alpine"
G("CRAA_new-scientific-director_Chiara-Dallapiccola.txt","2036-02-05",[
P("Chiara Dallapiccola","professor of hydraulic engineering","University of Trento"),
P("Hubert Oberrauch","Scientific Director",A),
P("Renzo Tomasi","President",A),
P("Ingeborg Lechner",None,"ETH Zürich"),
P("Paolo Zanoni",None,"Autonomous Province of Trento"),
P("Aurélie Fontaine",None,"INRAE Grenoble"),
P("Michela Pedrotti","Head of the Hydropower and Energy Systems unit",A),
P("Matteo Giovannini","Communication Office",A),
],[O(A,"CRAA"),O("University of Innsbruck"),O("Autonomous Province of Trento"),O("ETH Zürich"),O("INRAE Grenoble"),O("University of Trento"),
O("Department of Civil, Environmental and Mechanical Engineering","DICAM"),O("Swiss Federal Institute for Forest, Snow and Landscape Research","WSL"),
O("Alpine Convention"),O("Trentino Idroenergia"),O("Adige Drought Observatory"),O("Eurac Research"),
O("Agenzia provinciale per la protezione dell'ambiente","APPA Trento"),O("Fondazione Cassa di Risparmio di Trento e Rovereto")],
[E("Board meeting","2036-01-30","2036-01-30",None,None),
 E("Acque di Montagna","2036-03-19","2036-03-20","Rovereto","Italy"),
 E("CRAA Partners' Day","2036-05-21","2036-05-21",None,None)],
["2036-02-05","2036-04-01","2026","2036-01-30","2030/2034","2029","2036-03-19/2036-03-20","2036-03-31","2036-04-08","2036-05-21","2012"])
