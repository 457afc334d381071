from common import *
fn = "AGI_contactos-por-sector_2034.txt"
write_txt(fn, """
AGI – Agencia Granadina de Innovación
Home > Services for companies > Your contact person by sector

YOUR CONTACT PERSON BY SECTOR
Last updated: 11/02/2034

The Agencia Granadina de Innovación (AGI), the innovation and investment agency of the Province of Granada, works
with one sector manager ("gestor sectorial") per priority sector of the provincial smart-specialisation strategy.
Sector managers are your first entry point for funding advice, partner search, cluster contacts and investor
aftercare. They work closely with the regional agency of the Junta de Andalucía (Agencia IDEA), with the Enterprise
Europe Network (EEN) consortium CESEAND and with the clusters listed below.

Management
  Director General: Dña. Rocío Almagro Castillejo
  Deputy Director, Business Services: Antonio J. Ruiz-Funes Padial
  Head of International Projects: Inmaculada MORENO VÍLCHEZ (also EEN contact point for Granada)

AGRI-FOOD AND SUBTROPICAL FRUIT
  Sector manager: Francisco Javier López Puertas
  Tel. +34 958 000 101 · flopez@agi-granada.example
  Cluster partner: Costa Tropical Agrofood Cluster (CTAC) – manager: Lucía Bonilla Haro
  Typical requests: export to Northern Europe, water efficiency, post-harvest technologies

HEALTH AND BIOTECHNOLOGY
  Sector manager: Dr. Marta de la Torre Ibáñez
  Tel. +34 958 000 102 · mdelatorre@agi-granada.example
  Partners: Parque Tecnológico de la Salud (PTS Granada); Granada BioHealth Cluster – executive
  director: Sergio Castellano Ruiz
  Note: Dr. de la Torre is on leave until 31 March 2034; until then please contact Pablo Écija Martos, junior
  sector manager.

DIGITAL AND AI
  Sector manager: Nuria Espigares
  Tel. +34 958 000 103 · nespigares@agi-granada.example
  Partners: Granada Digital Valley association; Universidad de Granada – DaSCI Institute (Andalusian Research
  Institute in Data Science and Computational Intelligence); director: Prof. Manuel Jesús Olmedo
  Upcoming: AI for SMEs info session, 5 March 2034, 10:00–12:00, AGI headquarters (Calle Gran Capitán 7, Granada)

TOURISM AND CULTURAL INDUSTRIES
  Sector manager: Karim Benali Ortega
  Tel. +34 958 000 104 · kbenali@agi-granada.example
  Partners: Sierra Nevada Tourism Innovation Cluster (SNTIC) – president: Carmen Zafra Molina
  Upcoming: Smart Destinations Forum, 22–23 April 2034, Palacio de Congresos de Granada

ADVANCED MANUFACTURING AND AEROSPACE
  Sector manager: Jorge Medina Alcalá
  Tel. +34 958 000 105 · jmedina@agi-granada.example
  Partners: Andalusian Aerospace Cluster (AEROSUR) – Granada delegate: Elena Rosales
  Note: a joint trade mission to Toulouse is planned for 17–19 June 2034 (places limited, register by 15 May).

SUSTAINABLE CONSTRUCTION AND ENERGY
  Sector manager: vacant – please contact the Deputy Director, Business Services
  Partners: Andalusian Energy Agency; Granada Construction Business Federation (FEGC) – secretary general:
  José Luis Martín-Carrasco

How we work
All contacts are free of charge for companies located or investing in the province. For questions about EU
funding we coordinate with the Andalusian Knowledge Agency and the CDTI office in Brussels. Requests received via
the web form are answered within three working days.

Opening hours: Monday to Friday, 8:00–15:00 (July and August 8:00–14:00).
AGI · Calle Gran Capitán 7 · 18002 Granada · info@agi-granada.example
Privacy policy | Legal notice | Accessibility | Cookie settings
""")
A="Agencia Granadina de Innovación"
gold(fn, None,
 [P("Rocío Almagro Castillejo","Director General",A),
  P("Antonio J. Ruiz-Funes Padial","Deputy Director, Business Services",A),
  P("Inmaculada MORENO VÍLCHEZ","Head of International Projects",A),
  P("Francisco Javier López Puertas","Sector manager",A),
  P("Lucía Bonilla Haro","manager","Costa Tropical Agrofood Cluster"),
  P("Marta de la Torre Ibáñez","Sector manager",A),
  P("Sergio Castellano Ruiz","executive director","Granada BioHealth Cluster"),
  P("Pablo Écija Martos","junior sector manager",A),
  P("Nuria Espigares","Sector manager",A),
  P("Manuel Jesús Olmedo","director","DaSCI Institute"),
  P("Karim Benali Ortega","Sector manager",A),
  P("Carmen Zafra Molina","president","Sierra Nevada Tourism Innovation Cluster"),
  P("Jorge Medina Alcalá","Sector manager",A),
  P("Elena Rosales","Granada delegate","Andalusian Aerospace Cluster"),
  P("José Luis Martín-Carrasco","secretary general","Granada Construction Business Federation")],
 [O(A,"AGI"), O("Province of Granada"), O("Junta de Andalucía"), O("Agencia IDEA"), O("Enterprise Europe Network","EEN"),
  O("CESEAND"), O("Costa Tropical Agrofood Cluster","CTAC"), O("Parque Tecnológico de la Salud","PTS Granada"),
  O("Granada BioHealth Cluster"), O("Granada Digital Valley"), O("Universidad de Granada"),
  O("Andalusian Research Institute in Data Science and Computational Intelligence","DaSCI"),
  O("Sierra Nevada Tourism Innovation Cluster","SNTIC"), O("Andalusian Aerospace Cluster","AEROSUR"),
  O("Andalusian Energy Agency"), O("Granada Construction Business Federation","FEGC"),
  O("Andalusian Knowledge Agency"), O("CDTI")],
 [E("AI for SMEs info session","2034-03-05","2034-03-05","Granada","Spain"),
  E("Smart Destinations Forum","2034-04-22","2034-04-23","Granada","Spain"),
  E("joint trade mission to Toulouse","2034-06-17","2034-06-19","Toulouse","France")],
 ["2034-02-11","2034-03-31","2034-03-05","2034-04-22/2034-04-23","2034-06-17/2034-06-19","2034-05-15"],
 [])
