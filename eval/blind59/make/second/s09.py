import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
C = "Clúster Agroalimentario del Alto Aragón"
W("huesca_pyrenees_agrifood_conference_2034_news", "huesca_pyrenees_agrifood_conference_2034_news.md", "2034-11-21",
 [P("María Pilar Lasierra Bescós", "Regional Minister for Agriculture, Livestock and Environment", "Government of Aragón"),
  P("Jean-Christophe Etcheverry", "Vice-President", "Occitanie Region"), P("Ignacio Ruiz de Gopegui", "researcher", "Agrifood Research and Technology Centre of Aragón"),
  P("Pauline Lacaze-Darrigrand"), P("Montserrat Ferrer i Sallán", "president", C), P("José Antonio Buil Loscertales", "honorary president", C),
  P("Lucía Arnal Gracia", "rapporteur", "University of Zaragoza"), P("Alejandro Sanz Pueyo")],
 [O(C, "CAAA"), O("Agri Sud-Ouest Innovation"), O("University of Zaragoza"), O("Higher Polytechnic School"), O("Government of Aragón"), O("Occitanie Region"),
  O("Agrifood Research and Technology Centre of Aragón", "CITA"), O("Riegos del Alto Aragón"), O("Enterprise Europe Network Aragón"), O("Jamones del Somontano S.L."),
  O("Almazara Sierra de Guara S.Coop."), O("Lácteos Ribagorza S.A.")],
 [E("Pyrenees Agrifood Conference 2034", "2034-11-13", "2034-11-14", "Huesca", "Spain"), E("matchmaking session", "2034-11-14", "2034-11-14", "Huesca", "Spain"),
  E("general assembly", "2034-11-13", "2034-11-13", "Huesca", "Spain"), E("seventh Pyrenees Agrifood Conference", "2036-11-18", "2036-11-19", "Pau", "France"),
  E("joint trade mission to the SIAL fair", "2036-10", "2036-10", "Paris", "France"), E("SIAL", "2036-10", "2036-10", "Paris", "France"),
  E("seminar on water management", "2035", "2035", "Jaca", "Spain")],
 ["2034-11-21", "2034-11-13/2034-11-14", "2035/2039", "2034-11-13", "2033", "2035", "2034/2038", "2026", "2036-11-18/2036-11-19", "2036-10"],
 ["Irrigation modernisation must go together with advice to farmers on crop choice, or the water saved will be used up by more intensive crops",
  "Cross-border short supply chains need a common label and shared logistics on both sides of the Pyrenees",
  "Generational renewal is the first condition for a living agrifood sector in mountain areas; training and access to land must be part of every regional strategy"])
