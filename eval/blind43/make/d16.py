from common import *
T = """HIDROAGRO MURCIA – Clúster de Tecnologías del Agua para la Agricultura
Inicio > Actualidad > Save the date

SAVE THE DATE: Water-Smart Farming Summit 2036, Murcia, 13–14 February 2036
Posted on 25 September 2035 | Category: Events | 3 min read

Mark your calendars: the fourth Water-Smart Farming Summit will take place on Wednesday 13 and Thursday 14 February 2036 at the Auditorio y Centro de Congresos Víctor Villegas in Murcia. The summit is organised by HIDROAGRO Murcia, the cluster of water technologies for agriculture of the Region of Murcia, with the Universidad Politécnica de Cartagena (UPCT) and the Murcia Institute of Agri-Food Research and Development (IMIDA). It is held one week after Fruit Logistica in Berlin (4–6 February 2036), so that exporters can follow up on the contacts they made at the fair.

This year's theme is "Every drop counts: digital irrigation, reuse and desalination for a drier Europe". We expect around 600 participants from farming cooperatives, irrigation communities, technology providers, water utilities and public authorities from Spain, Portugal, Italy, Greece and Morocco.

"The Segura basin has learned to farm with less water than almost anywhere in Europe. The summit is where we share what worked – and what did not," says Encarna Sánchez-Ayala, president of HIDROAGRO Murcia and managing director of Riegos del Segura S.L.

PROVISIONAL AGENDA (subject to change)

Wednesday 13 February 2036

09:00 Registration and coffee
09:45 Welcome: Encarna Sánchez-Ayala, HIDROAGRO Murcia; the Regional Minister of Water, Agriculture, Livestock and Fisheries of the Region of Murcia (tbc)
10:15 Keynote "Water resilience in EU agriculture" – speaker from the European Commission, DG AGRI (tbc)
11:00 Panel 1: Reclaimed water in irrigation – what the new EU rules mean for growers
Moderator: Dr. José Antonio Sandoval Piñero, UPCT. Panellists: Carmela Ruiz de Alarcón, technical director of the Comunidad de Regantes del Campo de Cartagena; Matteo Lombardini, CEO of AcquaCampi S.r.l. (Bologna); a representative of the Confederación Hidrográfica del Segura (tbc)
12:30 Lunch and technology exhibition
14:00 Parallel workshops: (a) soil moisture sensors and AI irrigation scheduling; (b) small-scale solar desalination; (c) financing water-efficiency investments with the EIB and regional funds
16:00 Pitch session: 10 start-ups of the HIDROAGRO Accelerator
17:30 Visit to the IMIDA experimental farm in La Alberca (optional, bus provided)
20:30 Summit dinner (by invitation)

Thursday 14 February 2036

09:30 Panel 2: Cooperatives as drivers of digital irrigation
Panellists: Juan Pedro Mula Abellán, president of Cooperativa Hortofrutícola Vega Media; Dr. Sofía Antunes Vaz, researcher, Instituto Superior de Agronomia (Lisbon); Eleni Papathanasiou, cluster manager, Thessaly Agritech Cluster
11:00 B2B matchmaking with the Enterprise Europe Network (pre-booked meetings of 20 minutes)
13:00 Closing: presentation of the "Murcia Declaration on Water-Smart Farming" and announcement of the host of the 2037 summit
13:30 Farewell lunch

WHY THIS SUMMIT MATTERS

Agriculture in the Region of Murcia produces a large share of Spain's fresh vegetable exports with some of the lowest water allocations in the country. Over the past decade, growers, irrigation communities and technology companies have invested in drip irrigation, sensors, reclaimed water and desalination, often together. The summit was created to show these solutions to other European regions facing drought, and to discuss openly the problems that remain: the cost of desalinated water, the brine it leaves behind, the pressure on aquifers and the need for young farmers who can work with data.

This year, for the first time, the summit will include a session organised by and for young farmers, and a short programme for secondary-school students from agricultural vocational schools. Interpretation between Spanish and English will be available in the main hall throughout the two days.

PREVIOUS EDITIONS

The summit was first held in 2033 in Cartagena (250 participants), then in 2034 in Lorca and in 2035 in Murcia, when it attracted 480 participants and the first international delegation from the Souss-Massa region of Morocco.

KEY DATES

- Call for start-up pitches: open until 30 November 2035
- Early-bird registration: until 15 December 2035
- B2B profiles: until 3 February 2036
- Full programme published: mid-January 2036

Registration opens on 1 October 2035. Fee: EUR 120 (early bird EUR 90); members of HIDROAGRO Murcia and of the Enterprise Europe Network participate free of charge.

Contact: Alejandro Meroño, project manager, HIDROAGRO Murcia – summit@hidroagro.example, +34 968 000 000

Share: LinkedIn | X | Facebook | WhatsApp
© HIDROAGRO Murcia · Avenida de la Fama 15, Murcia · Legal notice · Cookies
"""
gold("hidroagro_save-the-date_water-smart-farming-summit-2036.txt", "2035-09-25",
 [P("Encarna Sánchez-Ayala","president","HIDROAGRO Murcia"),
  P("José Antonio Sandoval Piñero",None,"UPCT"),
  P("Carmela Ruiz de Alarcón","technical director","Comunidad de Regantes del Campo de Cartagena"),
  P("Matteo Lombardini","CEO","AcquaCampi S.r.l."),
  P("Juan Pedro Mula Abellán","president","Cooperativa Hortofrutícola Vega Media"),
  P("Sofía Antunes Vaz","researcher","Instituto Superior de Agronomia"),
  P("Eleni Papathanasiou","cluster manager","Thessaly Agritech Cluster"),
  P("Alejandro Meroño","project manager","HIDROAGRO Murcia")],
 [O("HIDROAGRO MURCIA – Clúster de Tecnologías del Agua para la Agricultura","HIDROAGRO Murcia"),
  O("Universidad Politécnica de Cartagena","UPCT"),
  O("Murcia Institute of Agri-Food Research and Development","IMIDA"),
  O("Riegos del Segura S.L."), O("European Commission"), O("DG AGRI"),
  O("Comunidad de Regantes del Campo de Cartagena"), O("AcquaCampi S.r.l."),
  O("Confederación Hidrográfica del Segura"), O("EIB"), O("Cooperativa Hortofrutícola Vega Media"),
  O("Instituto Superior de Agronomia"), O("Thessaly Agritech Cluster"), O("Enterprise Europe Network")],
 [E("Water-Smart Farming Summit 2036","2036-02-13","2036-02-14","Murcia","Spain"),
  E("Fruit Logistica","2036-02-04","2036-02-06","Berlin","Germany"),
  E("Water-Smart Farming Summit 2033","2033",None,"Cartagena","Spain"),
  E("Water-Smart Farming Summit 2034","2034",None,"Lorca","Spain"),
  E("Water-Smart Farming Summit 2035","2035",None,"Murcia","Spain")],
 ["2036-02-13/2036-02-14","2035-09-25","2036-02-13","2036-02-14","2036-02-04/2036-02-06","2033","2034","2035","2035-11-30","2035-12-15",
  "2036-02-03","2036-01","2035-10-01"],
 [], T)
