from w import *
M="Maritimes Cluster Mecklenburg-Vorpommern e.V."; MIN="Ministry of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern"
W("news_delegation-mv-to-zealand-june-2034","news_delegation-mv-to-zealand-june-2034.html","2034-06-09",
[P("Heiko Brandenburg","Managing Director",M),P("Anja Lüders-Thiel","State Secretary",MIN),P("Marie Stærke-Lund","mayor"),P("Jesper Bro Nielsen","CEO","Port of Køge"),
 P("Torben Skaarup","Director of Regional Development","Region Zealand"),P("Anne-Sofie Brandt","director","Fødevareklynge Sjælland"),P("Lisbeth Kjær Andersen","head","Kalundborg Symbiosis"),
 P("Jakob Mørch","technical director","Kalundborg Hydrogen ApS"),P("Søren Kaae-Poulsen","Project director","Femern A/S"),P("Katrin Albers","Head of Supply Chain Baltic","Nordex Energy SE"),
 P("Gernot Hasenbein","Head of Business Development","Rostock Port GmbH"),P("Ulrike Marquardt","Managing Director","Seehafen Wismar GmbH"),
 P("Christiane Möller-Sommerfeld","managing partner","Ostseewerft Möller GmbH & Co. KG"),P("Piotr Nowicki","Chief Technology Officer","Hy-Lubmin Energy GmbH"),
 P("Henning Wulff","CEO","Baltic Offshore Services GmbH"),P("Jana Kruse-Behrens","Sales Manager","Warnow Hydraulik GmbH"),P("Matthias von Ahlefeldt",None,"University of Rostock"),
 P("Ulrike Schwerin",None,"Wismar University of Applied Sciences"),P("Sebastian Krüger","adviser","Enterprise Europe Network Mecklenburg-Vorpommern"),
 P("Lea Timm","project manager international",M),P("Mette Juul Rasmussen",None,"Energy Cluster Denmark")],
[O(M),O("Region Zealand"),O("Enterprise Europe Network Mecklenburg-Vorpommern"),O("Energy Cluster Denmark"),O(MIN),O("University of Rostock"),O("Wismar University of Applied Sciences"),
 O("Port of Køge"),O("Fødevareklynge Sjælland"),O("Kalundborg Symbiosis"),O("Kalundborg Hydrogen ApS"),O("Femern A/S"),O("Business Lolland-Falster"),O("Nordex Energy SE"),
 O("Rostock Port GmbH"),O("Seehafen Wismar GmbH"),O("Ostseewerft Möller GmbH & Co. KG"),O("Hy-Lubmin Energy GmbH"),O("Baltic Offshore Services GmbH"),O("Warnow Hydraulik GmbH"),
 O("Chair of Marine Engineering")],
[E("Mecklenburg-Vorpommern delegation to Zealand","2034-06-05","2034-06-07",None,"Denmark"),E("WindEnergy Hamburg","2034-09-26","2034-09-26","Hamburg","Germany"),
 E("return visit of a Danish delegation","2035","2035","Rostock, Lubmin","Germany")],
["2034-06-09","2034-06-05/2034-06-07","2032/2036","2034-09-26","2035","2034-07"])
