from h import *
F = 'g12_pyrenergy_foix_consortium_meeting.txt'
assert wd(2040,5,22)=='Tuesday' and wd(2040,5,23)=='Wednesday' and wd(2040,5,24)=='Thursday' and wd(2040,11,13)=='Tuesday'
T = """PYR-ENERGY | Horizon Europe project on renewable heat for mountain industries
News > Project meetings

Fourth consortium meeting in Foix: heat pumps, hydropower and a lot of snow

Posted on 30 May 2040 by the PYR-ENERGY communication team

Foix, Ariège – From Tuesday 22 to Thursday 24 May 2040, the 14 partners of PYR-ENERGY gathered in the capital of the Ariège department for the project's fourth consortium meeting. The meeting was hosted by the Agence de développement économique de l'Ariège (AD'OCC Ariège) together with the regional energy cluster DERBI, and took place in the historic Halle aux Grains in the centre of Foix.

PYR-ENERGY (2038–2042) is funded under Horizon Europe's Cluster 5 and tests how small factories in mountain valleys – dairies, sawmills, paper and textile plants – can replace fossil heat with local renewable sources. Its partners come from France, Spain, Andorra, Italy, Austria and Slovakia and include four cluster organisations.

The programme in brief

Tuesday 22 May
14:00 Welcome by Christine Téqui, President of the Ariège Departmental Council
14:30 Work package reports (WP1–WP4)
18:00 General Assembly of the consortium
20:00 Welcome dinner at the Château de Foix restaurant terrace

Wednesday 23 May
09:00 Workshop "Replication in other valleys", led by Dr Núria Casals i Ferrer, research director at IREC – Catalonia Institute for Energy Research
11:00 Presentation of the Ariège pilot: heat pump at the Fromagerie des Trois Vallées in Saint-Girons, by the co-founders Mathieu Rouch and Élodie Rouch
14:00 Site visit to the Laparan hydropower plant in the Vicdessos valley
17:30 Meeting of the Advisory Board

Thursday 24 May
09:00 Exploitation and business models – session with the four cluster partners
11:30 Wrap-up and next steps – Prof. Stefan Grünwald, project coordinator, Montanuniversität Leoben
12:30 End of the meeting

Where does the project stand?

Half-way through, five of the eight pilot plants are running. The dairy in Saint-Girons now covers 70% of its heat demand with a high-temperature heat pump, and the sawmill in Ružomberok, Slovakia, has replaced its oil boiler with a biomass system fed by its own bark. The Andorran pilot is delayed because of a permit.

Jaume Pujol, managing director of the Andorran cluster Actua Energia, noted that "in a small country, the permit is often the slowest piece of technology". The Slovak cluster manager Zuzana Hrušková (Liptovský energetický klaster) invited the partners to see the Ružomberok plant in autumn.

Key takeaways

- Heat pumps above 120 °C are ready for dairies, but not yet for paper mills
- Small factories need a single regional adviser who follows the project from audit to commissioning
- Clusters are the best channel to reach other firms in the same valley
- The snow in May reminded everyone that mountain pilots need longer construction windows

The chair of the PYR-ENERGY Advisory Board, Helga Moser (Austrian Energy Agency), asked the consortium to publish the data of all pilots in open access by the end of 2040.

Next meetings

The fifth consortium meeting will take place in Ružomberok on 13 November 2040, combined with the visit to the sawmill. The project's mid-term review with the European Climate, Infrastructure and Environment Executive Agency (CINEA) is scheduled for January 2041 in Brussels.

Earlier consortium meetings:
- Kick-off, Leoben, 10–11 January 2039
- 2nd meeting, Andorra la Vella, 12–13 June 2039
- 3rd meeting, Bolzano, 4–5 December 2039

Photos: © PYR-ENERGY / Laurent Baylac. Share this article: LinkedIn | X | Email

This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101219876.
"""
write(F, T)
gold(F,
 [P("Christine Téqui","President","Ariège Departmental Council"),
  P("Núria Casals i Ferrer","research director","IREC – Catalonia Institute for Energy Research"),
  P("Mathieu Rouch","co-founder","Fromagerie des Trois Vallées"),
  P("Élodie Rouch","co-founder","Fromagerie des Trois Vallées"),
  P("Stefan Grünwald","project coordinator","Montanuniversität Leoben"),
  P("Jaume Pujol","managing director","Actua Energia"),
  P("Zuzana Hrušková","cluster manager","Liptovský energetický klaster"),
  P("Helga Moser","chair of the PYR-ENERGY Advisory Board",None),
  P("Laurent Baylac",None,None)],
 [O("Agence de développement économique de l'Ariège","AD'OCC Ariège"), O("DERBI"), O("Ariège Departmental Council"),
  O("IREC – Catalonia Institute for Energy Research","IREC"), O("Fromagerie des Trois Vallées"), O("Montanuniversität Leoben"),
  O("Actua Energia"), O("Liptovský energetický klaster"), O("Austrian Energy Agency"),
  O("European Climate, Infrastructure and Environment Executive Agency","CINEA"), O("European Union")],
 [E("fourth consortium meeting","2040-05-22","2040-05-24","Foix","France"),
  E("General Assembly of the consortium","2040-05-22",None,"Foix","France"),
  E("Welcome dinner","2040-05-22",None,"Foix","France"),
  E("Workshop \"Replication in other valleys\"","2040-05-23",None,"Foix","France"),
  E("Site visit to the Laparan hydropower plant","2040-05-23",None,None,"France"),
  E("Meeting of the Advisory Board","2040-05-23",None,"Foix","France"),
  E("fifth consortium meeting","2040-11-13",None,"Ružomberok","Slovakia"),
  E("mid-term review","2041-01",None,"Brussels","Belgium"),
  E("Kick-off","2039-01-10","2039-01-11","Leoben","Austria"),
  E("2nd meeting","2039-06-12","2039-06-13","Andorra la Vella","Andorra"),
  E("3rd meeting","2039-12-04","2039-12-05","Bolzano","Italy")],
 ["2040-05-30","2040-05-22/2040-05-24","2038/2042","2040-05-22","2040-05-23","2040-05-24","2040","2040-11-13","2041-01",
  "2039-01-10/2039-01-11","2039-06-12/2039-06-13","2039-12-04/2039-12-05"],
 ["Heat pumps above 120 °C are ready for dairies, but not yet for paper mills",
  "Small factories need a single regional adviser who follows the project from audit to commissioning",
  "Clusters are the best channel to reach other firms in the same valley",
  "The snow in May reminded everyone that mountain pilots need longer construction windows"],
 pub="2040-05-30")
