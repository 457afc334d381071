from h import *
F = 'g16_cuenca_water_forum_announcement.txt'
assert wd(2042,4,23)=='Wednesday' and wd(2042,4,24)=='Thursday' and wd(2042,4,22)=='Tuesday' and wd(2042,3,7)=='Friday' and wd(2042,4,25)=='Friday'
T = """EUROPEAN FORUM ON WATER IN DRY INLAND REGIONS – 5th EDITION
Cuenca (Spain), 23–24 April 2042

ANNOUNCEMENT AND CALL FOR CONTRIBUTIONS
Issued 20 January 2042 by the organising committee

Organised by Clúster del Agua de Castilla-La Mancha (AGUACLM), together with the Confederación Hidrográfica del Júcar, the Universidad de Castilla-La Mancha (UCLM) and the European Water Regions Network (EWRN).

WHY THIS FORUM
Inland regions in southern Europe face longer droughts, aquifers under pressure and farms that still use most of the available water. At the same time, their small towns are losing people. The forum brings together cluster organisations, water utilities, technology companies, farmers' cooperatives and regional governments to exchange solutions that work outside large cities. This year's theme is "Every drop twice: water reuse in small towns and farms".

PRACTICAL DETAILS
Venue: Teatro-Auditorio José Luis Perales, Cuenca
Languages: English and Spanish, with interpretation
Fee: 150 euros (members of AGUACLM and EWRN: 90 euros), including lunches and the forum dinner
Registration opens on 1 February 2042 and closes on 11 April 2042.

DRAFT PROGRAMME

Tuesday 22 April
19:00 Welcome reception at the Casas Colgadas, offered by the Mayor of Cuenca, Ángel Mariscal Huete

Wednesday 23 April
09:00 Registration
09:30 Opening: Rosa Valverde Checa, President of AGUACLM; representative of the Junta de Comunidades de Castilla-La Mancha
10:00 Keynote "Water reuse rules after the 2040 revision: what changes for small utilities" – Dr. Kostas Papadakis (Hellenic Agricultural Organisation DEMETER, Greece)
11:00 Session 1 – Reuse for irrigation: cases from Murcia, Alentejo and Sicily
   Speakers: Inês Carvalho (EDIA, Portugal); Salvatore Gambino (Consorzio di Bonifica della Sicilia Orientale, Italy); Juan Antonio López-Tarazona (Comunidad de Regantes de la Mancha Oriental, Spain)
13:00 Lunch
14:30 Session 2 – Digital water: sensors and leakage in towns under 5,000 inhabitants
16:30 International matchmaking for companies (pre-arranged meetings)
20:30 Forum dinner

Thursday 24 April
09:30 Session 3 – Financing water reuse: EU funds, tariffs and private capital
11:30 Lessons from the network: presentation of the EWRN working group on reuse, chaired by Dr. Margarethe Olsson-Berg (Region Gotland, Sweden)
13:00 Closing and hand-over to the next host region
15:00 Technical visit to the water reclamation plant of Tarancón (bus from the venue, return at 19:00)

CALL FOR CONTRIBUTIONS
We invite short presentations (10 minutes) for Sessions 1 to 3. Send a title, a 300-word abstract and the name and organisation of the speaker to forum@aguaclm.example.es by Friday 7 March 2042. The programme committee, chaired by Prof. Lucía Moya Serrano (UCLM), will reply by 21 March 2042.

PAST EDITIONS
2034 – Zaragoza (Spain), 9–10 November
2036 – Évora (Portugal), 18–19 May
2038 – Foggia (Italy), 12–13 October
2040 – Larissa (Greece), 3–4 April

LESSONS LEARNT FROM THE 2040 EDITION
In the closing session at Larissa the participants agreed on the following:
- Water reuse projects fail more often for lack of trust among farmers than for technical reasons
- Small utilities need shared technical staff, for example through intermunicipal associations or clusters
- Regional clusters should exchange their project pipelines before each EU call to build stronger consortia

CONTACT
Forum secretariat: Marta Ruiz Lozano, project coordinator, AGUACLM, Parque Científico y Tecnológico de Castilla-La Mancha, Albacete – forum@aguaclm.example.es, +34 967 00 00 00

Accommodation: a block of rooms is reserved at three hotels in the old town until 25 March 2042; please quote "Water Forum" when booking.
"""
write(F, T)
C = "Clúster del Agua de Castilla-La Mancha"
ed = [("2034-11-09","2034-11-10","Zaragoza","Spain"),("2036-05-18","2036-05-19","Évora","Portugal"),
      ("2038-10-12","2038-10-13","Foggia","Italy"),("2040-04-03","2040-04-04","Larissa","Greece")]
gold(F,
 [P("Ángel Mariscal Huete","Mayor of Cuenca",None),
  P("Rosa Valverde Checa","President",C),
  P("Kostas Papadakis",None,"Hellenic Agricultural Organisation DEMETER"),
  P("Inês Carvalho",None,"EDIA"),
  P("Salvatore Gambino",None,"Consorzio di Bonifica della Sicilia Orientale"),
  P("Juan Antonio López-Tarazona",None,"Comunidad de Regantes de la Mancha Oriental"),
  P("Margarethe Olsson-Berg",None,"Region Gotland"),
  P("Lucía Moya Serrano",None,"UCLM"),
  P("Marta Ruiz Lozano","project coordinator",C)],
 [O(C,"AGUACLM"), O("Confederación Hidrográfica del Júcar"), O("Universidad de Castilla-La Mancha","UCLM"),
  O("European Water Regions Network","EWRN"), O("Junta de Comunidades de Castilla-La Mancha"),
  O("Hellenic Agricultural Organisation DEMETER"), O("EDIA"), O("Consorzio di Bonifica della Sicilia Orientale"),
  O("Comunidad de Regantes de la Mancha Oriental"), O("Region Gotland"), O("Parque Científico y Tecnológico de Castilla-La Mancha")],
 [E("European Forum on Water in Dry Inland Regions","2042-04-23","2042-04-24","Cuenca","Spain"),
  E("Welcome reception","2042-04-22",None,"Cuenca","Spain"),
  E("International matchmaking for companies","2042-04-23",None,"Cuenca","Spain"),
  E("Forum dinner","2042-04-23",None,"Cuenca","Spain"),
  E("Technical visit to the water reclamation plant of Tarancón","2042-04-24",None,"Tarancón","Spain")]
 + [E("European Forum on Water in Dry Inland Regions",s,e,c,k) for s,e,c,k in ed],
 ["2042-04-23/2042-04-24","2042-01-20","2042-02-01","2042-04-11","2042-04-22","2042-04-23","2042-04-24","2040","2042-03-07","2042-03-21"]
 + [f"{s}/{e}" for s,e,c,k in ed] + ["2042-03-25"],
 ["Water reuse projects fail more often for lack of trust among farmers than for technical reasons",
  "Small utilities need shared technical staff, for example through intermunicipal associations or clusters",
  "Regional clusters should exchange their project pipelines before each EU call to build stronger consortia"],
 pub="2042-01-20")
