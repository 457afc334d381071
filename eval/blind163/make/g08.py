from h import *
F = 'g08_olot_meat_innovation_days_invitation.md'
assert wd(2040,9,26)=='Wednesday' and wd(2040,9,27)=='Thursday' and wd(2040,9,28)=='Friday' and wd(2040,9,12)=='Wednesday'
T = """# Invitation: Olot Meat Innovation Days 2040

*Organised by the Clúster Carni Garrotxa with the Olot Town Council and the Diputació de Girona*

**26–28 September 2040 · Olot (La Garrotxa, Catalonia, Spain)**

Dear colleague,

The meat-processing companies of La Garrotxa produce a large share of the cured sausages eaten in Catalonia, from fuet to the *llonganissa* that gave the valley its name in the food trade. They also face the same questions as every food cluster in Europe: less salt, less energy, fewer young workers and more demanding retailers. For the third year we open the doors of our members to cluster managers, researchers and companies from other European regions.

This year's theme is **"Cured, smoked, fermented – and sustainable"**. The Days are part of the European Food Clusters Week and are open to 80 guests.

## Why attend?

- See how family firms of 20 to 400 employees are cutting salt and nitrites without losing their customers
- Meet the researchers of IRTA's food technology programme and the University of Girona
- Find partners for Horizon Europe and Interreg proposals with a strong industry side
- Taste the results

## Programme

**Wednesday 26 September 2040**
- 17:00 Arrival and registration at the Casal dels Volcans
- 18:00 Walk through the Croscat volcano area with a geologist of the Garrotxa Volcanic Zone Natural Park
- 20:30 Welcome dinner with products of the cluster members

**Thursday 27 September 2040**
- 09:00 Opening: Pere Llongarriu i Soler, mayor of Olot; Marta Fontdevila Torres, vice-president of the Diputació de Girona
- 09:30 "The Garrotxa meat cluster in numbers" – Núria Ferrer, cluster manager, Clúster Carni Garrotxa
- 10:00 "Salt reduction in dry-cured products: what works in the factory" – Dr Pere Casadevall (IRTA, Monells)
- 11:00 Coffee
- 11:30 Company visits in three groups: Embotits Planagumà S.A., Casademont Fuets S.L. and La Pruna Cooperativa
- 14:00 Lunch at the Escola d'Hostaleria de la Garrotxa
- 15:30 B2B meetings with the visiting cluster organisations
- 18:00 Free time
- 20:30 Dinner in the old Hospici

**Friday 28 September 2040**
- 09:00 Visit to the wastewater and biogas plant of the Olot industrial estate
- 11:00 Round table: young people in the meat industry – with students of the Institut Montsacopa and the heads of HR of two member companies
- 12:30 Farewell lunch and departures (bus to Girona airport at 14:30)

## Who is already coming?

Confirmed delegations (as of 12 September 2040):
- Vendée Agroalimentaire cluster (France)
- Food Valley Emilia, Parma (Italy)
- Klaster Mięsny Wielkopolska (Poland)
- Flanders' FOOD (Belgium)
- Westphalian Meat Network, Rheda-Wiedenbrück (Germany)

## Practical information

Participation is free for cluster organisations and companies; travel and hotel are at your own cost. We have reserved rooms at the Hotel Borrell and the Hotel Riu Fluvià until 12 September 2040 (Wednesday). Olot has no train station: the easiest way to arrive is the direct bus from Barcelona Nord or from Girona.

Please register by **Wednesday 12 September 2040** at days@carnigarrotxa.example.cat. For questions about the programme, write to Núria Ferrer; for hotels and transport, to our office assistant Jordi Vila de la Fuente.

## Previous Olot Meat Innovation Days

- 1st edition: 29–30 September 2038, theme "Energy from the smokehouse"
- 2nd edition: 25–27 September 2039, theme "Fewer additives"

We look forward to welcoming you in Olot.

Núria Ferrer
cluster manager
Clúster Carni Garrotxa · Carrer de la Indústria 12, 17800 Olot
"""
write(F, T)
C="Clúster Carni Garrotxa"
gold(F,
 [P("Pere Llongarriu i Soler","mayor of Olot",None),
  P("Marta Fontdevila Torres","vice-president","Diputació de Girona"),
  P("Núria Ferrer","cluster manager",C),
  P("Pere Casadevall",None,"IRTA"),
  P("Jordi Vila de la Fuente","office assistant",C)],
 [O(C), O("Olot Town Council"), O("Diputació de Girona"), O("IRTA"), O("University of Girona"),
  O("Garrotxa Volcanic Zone Natural Park"), O("Embotits Planagumà S.A."), O("Casademont Fuets S.L."),
  O("La Pruna Cooperativa"), O("Escola d'Hostaleria de la Garrotxa"), O("Institut Montsacopa"),
  O("Vendée Agroalimentaire"), O("Food Valley Emilia"), O("Klaster Mięsny Wielkopolska"), O("Flanders' FOOD"),
  O("Westphalian Meat Network")],
 [E("Olot Meat Innovation Days 2040","2040-09-26","2040-09-28","Olot","Spain"),
  E("European Food Clusters Week",None,None,None,None),
  E("Walk through the Croscat volcano area","2040-09-26",None,"Olot","Spain"),
  E("Welcome dinner","2040-09-26",None,"Olot","Spain"),
  E("Company visits","2040-09-27",None,"Olot","Spain"),
  E("B2B meetings","2040-09-27",None,"Olot","Spain"),
  E("Dinner in the old Hospici","2040-09-27",None,"Olot","Spain"),
  E("Visit to the wastewater and biogas plant of the Olot industrial estate","2040-09-28",None,"Olot","Spain"),
  E("Olot Meat Innovation Days (2038 edition)","2038-09-29","2038-09-30","Olot","Spain"),
  E("Olot Meat Innovation Days (2039 edition)","2039-09-25","2039-09-27","Olot","Spain")],
 ["2040-09-26/2040-09-28","2040-09-26","2040-09-27","2040-09-28","2040-09-12","2038-09-29/2038-09-30","2039-09-25/2039-09-27"],
 [], pub=None)
