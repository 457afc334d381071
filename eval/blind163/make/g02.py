from h import *
F = 'g02_segovia_agrifood_forum_series.txt'
assert wd(2039,10,19)=='Wednesday' and wd(2039,10,20)=='Thursday' and wd(2039,10,21)=='Friday'
assert wd(2038,10,20)=='Wednesday'
T = """FORO AGROTEC MESETA – the agri-food innovation forum of Segovia and Ávila
Series page | www.foroagrotec.example.es/en/editions | last update 6 June 2039

Home > The Forum > Past and future editions

About the series
The Foro Agrotec Meseta brings together the agri-food companies, cooperatives, research centres and public bodies of the two provinces every autumn. It was started in 2033 by the Clúster Agroalimentario de Castilla y León (VITARTIS) and the Diputación Provincial de Segovia, with the University of Valladolid's campus in Segovia as academic partner. Since 2036 the Diputación de Ávila co-hosts the forum, and the host city alternates between Segovia and Ávila.

Each edition has a theme, a plenary morning, thematic workshops in the afternoon and a programme of field visits on the last day. Editions since 2036 have been open to companies from Portugal through our partnership with the Portuguese agri-food cluster PortugalFoods.

Editions so far
1st edition – Segovia, 17–18 October 2033 – "Water for the plateau"
2nd edition – Segovia, 16–17 October 2034 – "Cereals and the new bakery"
3rd edition – Segovia, 22–23 October 2035 – "Digital farms"
4th edition – Ávila, 15–17 October 2036 – "Livestock and the climate"
5th edition – Segovia, 20–22 October 2037 – "Short chains, long markets"
6th edition – Ávila, 19–21 October 2038 – "Proteins of the Meseta"
7th edition – Segovia, 19–21 October 2039 – "Energy on the farm" (registration opens 1 July)

7th edition: first programme
Wednesday 19 October 2039 – Segovia, Palacio de Quintanar
16:00 Registration
17:00 Opening by the President of the Diputación Provincial de Segovia, Miguel Ángel de Frutos Sanz, and the Managing Director of VITARTIS, Beatriz Escudero Pardo
17:45 Lecture "Biogas without smell" – Dr Jorge Manzanares Gil (Instituto Tecnológico Agrario de Castilla y León, ITACyL)
19:30 Welcome reception in the cloister, offered by Caja Rural de Segovia

Thursday 20 October 2039 – Segovia, Campus María Zambrano
09:30 Plenary: energy communities in rural municipalities; with Laura Pedraza, mayor of Cantalejo, and Ricardo Olmedo (Ente Regional de la Energía de Castilla y León, EREN)
12:00 Workshops: (a) solar on cattle farms, (b) heat for cheese dairies, (c) funding and the Next Generation legacy
14:00 Lunch with products of the Mercado de Productores de Segovia
16:00 B2B meetings with Portuguese and Spanish companies
21:00 Forum dinner at the Mesón de Cándido

Friday 21 October 2039 – field visits
09:00 Visit to the biogas plant of Cooperativa Agropecuaria de Cuéllar
11:30 Visit to the solar-powered dairy Quesería Valle del Eresma in Navafría
14:00 End of the forum

Key takeaways of the 6th edition (Ávila, 2038)
The organising committee summarised the discussions of last year's forum as follows:
- Protein crops can return to the Meseta only if a local processing plant guarantees the purchase of the harvest
- Cattle farmers want advice on one page, not in a hundred-page guide
- The cooperatives of Ávila and Segovia should buy energy and inputs together instead of competing for the same suppliers
- Young farmers need land banks more than new subsidies

A note from the organisers
The 6th edition in Ávila on 20 October 2038 (Wednesday) also hosted the first meeting of the "Meseta Proteica" working group, which has since met three times in Medina del Campo. Its report will be presented at the 7th edition.

Organising committee
Beatriz Escudero Pardo (VITARTIS) – chair
Teresa GALINDO REVUELTA, head of economic development, Diputación de Ávila
Andrés Sacristán, director of the Segovia campus, University of Valladolid
Carmen del Pozo Alonso, forum secretary (VITARTIS)

Registration
Participation is free of charge for companies and students. Places for the field visits are limited to 60 and will be allocated in order of registration. The deadline for the B2B meetings is 30 September 2039.

Press and sponsorship: Carmen del Pozo Alonso, secretaria@foroagrotec.example.es

Share this page: Facebook | LinkedIn | X | WhatsApp
(c) Foro Agrotec Meseta. Legal notice | Privacy | Cookies
"""
write(F, T)
V="Clúster Agroalimentario de Castilla y León"
gold(F,
 [P("Miguel Ángel de Frutos Sanz","President","Diputación Provincial de Segovia"),
  P("Beatriz Escudero Pardo","Managing Director","VITARTIS"),
  P("Jorge Manzanares Gil",None,"Instituto Tecnológico Agrario de Castilla y León"),
  P("Laura Pedraza","mayor of Cantalejo",None),
  P("Ricardo Olmedo",None,"Ente Regional de la Energía de Castilla y León"),
  P("Teresa GALINDO REVUELTA","head of economic development","Diputación de Ávila"),
  P("Andrés Sacristán","director of the Segovia campus","University of Valladolid"),
  P("Carmen del Pozo Alonso","forum secretary","VITARTIS")],
 [O(V,"VITARTIS"), O("Diputación Provincial de Segovia"), O("University of Valladolid"), O("Diputación de Ávila"),
  O("PortugalFoods"), O("Instituto Tecnológico Agrario de Castilla y León","ITACyL"), O("Caja Rural de Segovia"),
  O("Ente Regional de la Energía de Castilla y León","EREN"), O("Cooperativa Agropecuaria de Cuéllar"),
  O("Quesería Valle del Eresma"), O("Mercado de Productores de Segovia")],
 [E("Foro Agrotec Meseta (2033 edition)","2033-10-17","2033-10-18","Segovia","Spain"),
  E("Foro Agrotec Meseta (2034 edition)","2034-10-16","2034-10-17","Segovia","Spain"),
  E("Foro Agrotec Meseta (2035 edition)","2035-10-22","2035-10-23","Segovia","Spain"),
  E("Foro Agrotec Meseta (2036 edition)","2036-10-15","2036-10-17","Ávila","Spain"),
  E("Foro Agrotec Meseta (2037 edition)","2037-10-20","2037-10-22","Segovia","Spain"),
  E("Foro Agrotec Meseta (2038 edition)","2038-10-19","2038-10-21","Ávila","Spain"),
  E("Foro Agrotec Meseta (2039 edition)","2039-10-19","2039-10-21","Segovia","Spain"),
  E("Welcome reception","2039-10-19",None,"Segovia","Spain"),
  E("B2B meetings","2039-10-20",None,"Segovia","Spain"),
  E("Forum dinner","2039-10-20",None,"Segovia","Spain"),
  E("Visit to the biogas plant of Cooperativa Agropecuaria de Cuéllar","2039-10-21",None,"Cuéllar","Spain"),
  E("Visit to the solar-powered dairy Quesería Valle del Eresma","2039-10-21",None,"Navafría","Spain"),
  E('first meeting of the "Meseta Proteica" working group',"2038-10-20",None,"Ávila","Spain")],
 ["2039-06-06","2033","2036","2033-10-17/2033-10-18","2034-10-16/2034-10-17","2035-10-22/2035-10-23",
  "2036-10-15/2036-10-17","2037-10-20/2037-10-22","2038-10-19/2038-10-21","2039-10-19/2039-10-21","2039-07-01",
  "2039-10-19","2039-10-20","2039-10-21","2038","2038-10-20","2039-09-30"],
 ["Protein crops can return to the Meseta only if a local processing plant guarantees the purchase of the harvest",
  "Cattle farmers want advice on one page, not in a hundred-page guide",
  "The cooperatives of Ávila and Segovia should buy energy and inputs together instead of competing for the same suppliers",
  "Young farmers need land banks more than new subsidies"],
 pub="2039-06-06")
