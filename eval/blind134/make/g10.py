from h import *
F = 'g10_puglia_aerospace_speakers.txt'
assert wd(2040,5,23)=='Wednesday' and wd(2040,5,24)=='Thursday'
T = """APULIAN AEROSPACE DAYS 2040 – SPEAKERS AND PROGRAMME
Bari and Grottaglie, 23–24 May 2040
Organised by Distretto Tecnologico Aerospaziale S.c.a r.l. (DTA) with Regione Puglia and Enterprise Europe Network Italy (BRIDGEconomies consortium)

Home | Programme | Speakers | B2B registration | Venue & travel | Contact
----------------------------------------------------------------------

DAY 1 – WEDNESDAY 23 MAY 2040 – Fiera del Levante, Bari

09:00  Registration and welcome coffee
09:30  Opening
       - Giuseppe Lorusso-Ferrante, President, DTA
       - Alessandra De Pascale, Regional Councillor for Economic Development, Regione Puglia
10:00  Keynote: "Small satellites, big supply chains"
       - Dr. Ingrid Halvorsen, Head of Commercialisation, European Space Agency (ESA), Noordwijk
10:45  Panel: Who builds Europe's next launchers?
       Moderator: Marco Venneri, journalist, Il Sole 24 Ore
       - Fabienne Lacoste-Mbeki, Supply Chain Director, ArianeGroup SAS
       - Oskar Lindqvist, CEO, Nordic Small Launch AB
       - Ing. Teresa Scarano, CTO, Sitael S.p.A.
12:30  Lunch and exhibition
14:00  B2B meetings (pre-scheduled, 25 minutes each)
20:00  Gala dinner at Castello Svevo, Bari (by invitation)

DAY 2 – THURSDAY 24 MAY 2040 – Grottaglie

09:00  Bus transfer from Bari to Grottaglie
10:30  Site visit: Taranto-Grottaglie Spaceport test area, guided by ENAC – Italian Civil Aviation Authority
13:00  Light lunch
14:00  Round table "Skills for the space economy in Southern Italy"
       with Politecnico di Bari, ITS Academy Aerospazio Puglia and the University of Salento
16:00  Departures

----------------------------------------------------------------------
SPEAKERS

GIUSEPPE LORUSSO-FERRANTE
President of the Distretto Tecnologico Aerospaziale since 2037. An aeronautical engineer by training, he spent 22 years at Leonardo S.p.A., latterly as head of the Grottaglie plant that produces fuselage sections for civil aircraft. Between 2031 and 2036 he also chaired Confindustria Taranto.

ALESSANDRA DE PASCALE
Regional Councillor for Economic Development of Regione Puglia since 2039. Lawyer. Previously Mayor of Monopoli (2030–2039). She leads the regional working table on the space economy.

DR. INGRID HALVORSEN
Head of Commercialisation in the Directorate of Technology, Engineering and Quality of the European Space Agency. Norwegian, born in Tromsø. Before joining ESA in 2033 she built up the space cluster of Norwegian Space Industry Association in Oslo and worked for Kongsberg Defence & Aerospace.

MARCO VENNERI
Science and industry journalist with Il Sole 24 Ore in Milan, author of a book on the European space race. He has moderated the Apulian Aerospace Days since the first edition.

FABIENNE LACOSTE-MBEKI
Supply Chain Director at ArianeGroup in Les Mureaux. French-Cameroonian engineer, graduated from ISAE-SUPAERO in Toulouse. Since 2038 she has also been a board member of the French aerospace cluster Aerospace Valley.

OSKAR LINDQVIST
Co-founder and CEO of Nordic Small Launch AB, a Kiruna-based start-up developing a micro-launcher. Former researcher at the Swedish Institute of Space Physics (IRF).

TERESA SCARANO
Chief Technology Officer of Sitael S.p.A. in Mola di Bari, the largest private small-satellite manufacturer in Italy. She holds a PhD from Politecnico di Bari and sits on the technical committee of DTA.

----------------------------------------------------------------------
PREVIOUS EDITIONS
Apulian Aerospace Days 2036 – Brindisi
Apulian Aerospace Days 2038 – Lecce

PRACTICAL INFORMATION
Registration for the conference is free. B2B meetings can be booked on the matchmaking platform until 16 May 2040. The bus to Grottaglie must be booked by 18 May. Places for the site visit are limited to 60 participants; an ID document is required at the gate.

Contact: Chiara Lomuscio, International Projects Manager, DTA
events@dta.example.it · +39 080 000 0000

DTA – Distretto Tecnologico Aerospaziale S.c.a r.l. · Cittadella della Ricerca, Brindisi · VAT IT00000000000
Follow us: LinkedIn | YouTube | Newsletter
"""
write(F, T)
D_="Distretto Tecnologico Aerospaziale S.c.a r.l."
gold(F,
 [P("Giuseppe Lorusso-Ferrante","President","DTA"),
  P("Alessandra De Pascale","Regional Councillor for Economic Development","Regione Puglia"),
  P("Ingrid Halvorsen","Head of Commercialisation","European Space Agency"),
  P("Marco Venneri","journalist","Il Sole 24 Ore"),
  P("Fabienne Lacoste-Mbeki","Supply Chain Director","ArianeGroup SAS"),
  P("Oskar Lindqvist","CEO","Nordic Small Launch AB"),
  P("Teresa Scarano","CTO","Sitael S.p.A."),
  P("Chiara Lomuscio","International Projects Manager","DTA")],
 [O(D_,"DTA"), O("Regione Puglia"), O("Enterprise Europe Network Italy"), O("BRIDGEconomies consortium"),
  O("European Space Agency","ESA"), O("Il Sole 24 Ore"), O("ArianeGroup SAS"), O("Nordic Small Launch AB"), O("Sitael S.p.A."),
  O("ENAC – Italian Civil Aviation Authority","ENAC"), O("Politecnico di Bari"), O("ITS Academy Aerospazio Puglia"),
  O("University of Salento"), O("Leonardo S.p.A."), O("Confindustria Taranto"),
  O("Directorate of Technology, Engineering and Quality"), O("Norwegian Space Industry Association"),
  O("Kongsberg Defence & Aerospace"), O("ISAE-SUPAERO"), O("Aerospace Valley"), O("Swedish Institute of Space Physics","IRF")],
 [E("APULIAN AEROSPACE DAYS 2040","2040-05-23","2040-05-24","Bari, Grottaglie","Italy"),
  E("B2B meetings","2040-05-23",None,"Bari","Italy"),
  E("Gala dinner","2040-05-23",None,"Bari","Italy"),
  E("Site visit","2040-05-24",None,"Grottaglie","Italy"),
  E("Apulian Aerospace Days 2036","2036",None,"Brindisi","Italy"),
  E("Apulian Aerospace Days 2038","2038",None,"Lecce","Italy")],
 ["2040-05-23/2040-05-24","2040-05-23","2040-05-24","2037","2031/2036","2039","2030/2039","2033","2038","2040-05-16","2040-05-18"],
 [], pub=None)
