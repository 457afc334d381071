from h import *
F = 'g15_murcia_agrotech_brokerage_event.txt'
assert wd(2040,4,17)=='Tuesday' and wd(2040,4,18)=='Wednesday' and wd(2040,4,19)=='Thursday' and wd(2040,3,27)=='Tuesday'
T = """Agrotech Murcia Cluster
Home | About | Members | Services | Projects | News & Events | Contact         ES | EN
Search...

We use our own and third-party cookies to analyse browsing and show you personalised content. ACCEPT | CONFIGURE | REJECT

News & Events > Upcoming events > Agrotech Brokerage Event Murcia 2040

AGROTECH BROKERAGE EVENT MURCIA 2040
Water, soil and digital farming for a drier Europe
17–19 April 2040 · Murcia (Spain) · IFEPA exhibition centre, Torre-Pacheco

Posted on 8 February 2040 by Agrotech Murcia Cluster

Registration is open for the fifth edition of the Agrotech Brokerage Event Murcia, the international matchmaking event of the Agrotech Murcia Cluster (AMC). Over three days, companies, research centres, farmers' cooperatives and investors from Europe and the Mediterranean will meet to discuss technologies for farming with less water: precision irrigation, desalination for agriculture, soil sensors, satellite data and decision-support software.

The event is organised by the Agrotech Murcia Cluster together with the Instituto de Fomento de la Región de Murcia (INFO), the Enterprise Europe Network Murcia and the Centro Tecnológico Nacional de la Conserva y Alimentación (CTNC), with the support of the European Cluster Collaboration Platform, which lists it as part of the European Cluster Weeks.

"Last year 310 participants held 780 meetings here, and a fifth of them ended with a concrete proposal within six months," says cluster manager Alberto Sánchez-Meseguer. "This year we are opening the event to partners from North Africa and the Middle East, because that is where many of the water technologies are tested first."

PROGRAMME

Tuesday 17 April 2040
15:00 Registration and badge collection
16:00 Opening session
– Welcome by Francisca Martínez-Egea, Regional Minister for Water, Agriculture, Livestock and Fisheries, Región de Murcia
– Welcome by Dr. Lorenzo Vicente Abellán, President, Agrotech Murcia Cluster
16:45 Keynote: "The Segura basin in 2050 – scenarios for agriculture", Prof. Ana Belén Navarro, Universidad Politécnica de Cartagena (UPCT)
17:30 Panel: Reusing every drop – treated wastewater in irrigation
with Pierre Lambrecht (Flanders Water Technology Cluster), Dr. Yael Ben-Haim (Arava Water Institute) and Khalid El Mansouri (Souss-Massa Agropole)
20:30 Welcome dinner at the Casino de Murcia (by invitation)

Wednesday 18 April 2040
09:00–13:30 B2B meetings (session 1)
09:30–12:30 Technology showroom: 40 exhibitors
14:30–18:00 B2B meetings (session 2)
15:00 Pitch session: 15 agrotech start-ups, jury chaired by Sofía Ruiz-Carrasco, Investment Director, Mediterranean AgriVentures Fund
18:30 Award ceremony: Agrotech Murcia Start-up Award 2040

Thursday 19 April 2040
08:30–14:00 Field visits (choose one):
A) Precision irrigation demo farm of the Comunidad de Regantes del Campo de Cartagena
B) Desalination plant of Torrevieja and the experimental station of IMIDA
C) Greenhouse robotics at Hortofrutícola del Mar Menor S.Coop.
14:00 Closing lunch

WHO SHOULD ATTEND?
- SMEs offering or looking for water, soil and digital farming technologies
- Farmers' cooperatives and irrigation communities
- Research and technology organisations
- Investors and corporate venture units
- Cluster organisations and regional development agencies

HOW THE B2B MEETINGS WORK
Participants register on the b2match platform, publish a short cooperation profile and book 20-minute meetings in advance. Meetings are held face to face at numbered tables in Hall 2; online meetings are possible for registered participants who cannot travel. Profiles published before 27 March 2040 (Tuesday) will be featured in the printed catalogue.

FEES
Participation is free of charge for SMEs, research organisations and cooperatives. The welcome dinner is by invitation. Field visits are free but places are limited to 40 per visit.

TRAVEL AND ACCOMMODATION
The IFEPA exhibition centre is about 35 minutes by car from the centre of Murcia and 25 minutes from the Región de Murcia International Airport at Corvera. Free shuttle buses will run from the Plaza Circular in Murcia every morning at 08:00 and return after the last session. A limited number of rooms at reduced rates has been reserved at two hotels in Murcia until 20 March 2040; quote the code AGROTECH40 when booking.

KEY DATES
- 27 March 2040: deadline for the printed catalogue
- 10 April 2040: registration closes
- 12 April 2040: meeting requests close
- 17–19 April 2040: event

PARTNERS
Agrotech Murcia Cluster · INFO Murcia · Enterprise Europe Network Murcia · CTNC · UPCT · IMIDA – Instituto Murciano de Investigación y Desarrollo Agrario y Medioambiental · Cajamar Innova · Flanders Water Technology Cluster

ABOUT THE AGROTECH MURCIA CLUSTER
The Agrotech Murcia Cluster brings together 112 companies and organisations working in agricultural technology in the Region of Murcia. It was founded in 2030 and holds the Silver Label of the European Cluster Excellence Initiative.

CONTACT
Irene López-Valcárcel
International Project Manager
Agrotech Murcia Cluster
events@agrotechmurcia.example.es
+34 968 000 000

Share: Facebook · LinkedIn · X · WhatsApp · E-mail

RELATED NEWS
- Agrotech Brokerage Event 2039: 780 meetings and 14 new projects (30 April 2039)
- Cluster joins the Interreg MED project AQUAFARM (15 January 2040)
- Call for start-ups: Agrotech Murcia Start-up Award 2040 (1 February 2040)

Legal notice | Privacy policy | Cookie policy | Accessibility
© Agrotech Murcia Cluster 2040 · Co-financed by the European Regional Development Fund
"""
write(F, T)
A='Agrotech Murcia Cluster'
gold(F,
 [P("Alberto Sánchez-Meseguer","cluster manager",A),
  P("Francisca Martínez-Egea","Regional Minister for Water, Agriculture, Livestock and Fisheries","Región de Murcia"),
  P("Lorenzo Vicente Abellán","President",A),
  P("Ana Belén Navarro",None,"Universidad Politécnica de Cartagena"),
  P("Pierre Lambrecht",None,"Flanders Water Technology Cluster"),
  P("Yael Ben-Haim",None,"Arava Water Institute"),
  P("Khalid El Mansouri",None,"Souss-Massa Agropole"),
  P("Sofía Ruiz-Carrasco","Investment Director","Mediterranean AgriVentures Fund"),
  P("Irene López-Valcárcel","International Project Manager",A)],
 [O(A,"AMC"), O("Instituto de Fomento de la Región de Murcia","INFO"), O("Enterprise Europe Network Murcia"),
  O("Centro Tecnológico Nacional de la Conserva y Alimentación","CTNC"), O("European Cluster Collaboration Platform"),
  O("Región de Murcia"), O("Universidad Politécnica de Cartagena","UPCT"), O("Flanders Water Technology Cluster"),
  O("Arava Water Institute"), O("Souss-Massa Agropole"), O("Mediterranean AgriVentures Fund"),
  O("Comunidad de Regantes del Campo de Cartagena"),
  O("IMIDA – Instituto Murciano de Investigación y Desarrollo Agrario y Medioambiental","IMIDA"),
  O("Hortofrutícola del Mar Menor S.Coop."), O("Cajamar Innova"), O("European Cluster Excellence Initiative")],
 [E("Agrotech Brokerage Event Murcia 2040","2040-04-17","2040-04-19","Torre-Pacheco","Spain"),
  E("European Cluster Weeks",None,None,None,None),
  E("Welcome dinner","2040-04-17",None,"Murcia","Spain"),
  E("B2B meetings","2040-04-18",None,"Torre-Pacheco","Spain"),
  E("Pitch session","2040-04-18",None,"Torre-Pacheco","Spain"),
  E("Award ceremony: Agrotech Murcia Start-up Award 2040","2040-04-18",None,"Torre-Pacheco","Spain"),
  E("Field visits","2040-04-19",None,None,"Spain"),
  E("Closing lunch","2040-04-19",None,"Torre-Pacheco","Spain"),
  E("Agrotech Brokerage Event 2039",None,None,None,None)],
 ["2040-04-17/2040-04-19","2040-02-08","2040-04-17","2040-04-18","2040-04-19","2040-03-27","2040-04-10","2040-04-12","2030","2040-03-20",
  "2039-04-30","2040-01-15","2040-02-01"],
 [], pub="2040-02-08")
