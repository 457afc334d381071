from h import *
F = 'g03_polesine_agrifood_matchmaking.md'
assert wd(2038,6,10)=='Thursday' and wd(2038,6,11)=='Friday' and wd(2038,5,21)=='Friday' and wd(2038,6,9)=='Wednesday'
T = """# Polesine AgriFood Matchmaking 2038 – call for participants

*Rovigo, 3 May 2038 – posted by the secretariat of Distretto Agroalimentare del Delta (DAD)*

**When:** Thursday 10 and Friday 11 June 2038
**Where:** CenSer – Centro Servizi, Viale Porta Adige, Rovigo (Italy)
**Languages:** English and Italian, with interpretation in the plenary
**Fee:** free for SMEs; EUR 90 for large companies and consultants

The Distretto Agroalimentare del Delta, the food cluster of the Po Delta and the Polesine plain, invites food producers, packaging and machinery suppliers, retailers and researchers to the fourth Polesine AgriFood Matchmaking. The two-day brokerage event is organised with the Camera di Commercio Venezia Rovigo, the Enterprise Europe Network partner Unioncamere Veneto and the Consorzio di Bonifica Delta del Po, and it is part of the regional programme for the rice, horticulture and shellfish supply chains.

Last year's edition in Adria brought together 118 organisations from nine countries and led to 297 bilateral meetings. This year we expect delegations from the Hajdú-Bihar food cluster in Hungary, from Agro-Food Cluster Brăila in Romania and from the Andalusian cluster Agroalimentario Almería Tech.

Companies that have not used a matchmaking platform before can ask the secretariat for a short telephone briefing; in previous years about a third of the participants were first-timers, and many of them told us afterwards that the preparation of the profile was the most useful part of the exercise.

## Who should take part?

- producers of rice, vegetables, clams and mussels looking for buyers or co-packers
- suppliers of cold-chain, sorting and packaging technology
- retail chains and importers searching for regional and organic products
- laboratories and universities offering tests, shelf-life studies and joint projects

## Programme

**Wednesday 9 June 2038**

- 19:30 – Welcome dinner for foreign delegations, Trattoria Al Ponte, Rovigo (by invitation)

**Thursday 10 June 2038**

- 09:00 – Registration and coffee
- 09:30 – Opening: Giulia Bellinazzo, President of Distretto Agroalimentare del Delta; Alberto Ferrarese, councillor for agriculture, Regione del Veneto
- 10:00 – Keynote "Rice, water and salt: farming the Delta in a warmer climate" – prof. Matteo Zanella, Università degli Studi di Padova, Department of Agronomy
- 10:45 – Pitches of the foreign delegations (five minutes each)
- 11:30–17:30 – B2B meetings (20 minutes each, pre-scheduled on the matchmaking platform)
- 18:00 – Aperitif on the terrace of CenSer

**Friday 11 June 2038**

- 08:30 – Study visit to the Po Delta: the clam cooperative Cooperativa Pescatori Scardovari and the rice mill Riseria Delta Bianco in Porto Viro (bus from CenSer; return by 14:00)
- 09:00–12:00 – B2B meetings continue for those not on the visit

## How to register

1. Create a profile on the matchmaking platform and describe what you offer and what you are looking for.
2. Browse the other profiles and send meeting requests from 18 May 2038.
3. Your personal agenda will be sent on 8 June 2038.

**Registration deadline: Friday 21 May 2038.** Places on the study visit are limited to 40 and are allocated in order of registration.

## Earlier editions

- 2035 – Rovigo, 14 May 2035
- 2036 – Chioggia, 8–9 June 2036
- 2037 – Adria, 3–4 June 2037

## Contacts

Event organisation: Elisa Crepaldi, project officer, Distretto Agroalimentare del Delta – eventi@dad-delta.example.it
Matchmaking platform and EEN services: Marco Tosato (Unioncamere Veneto)
Press: Lucia Bergamin, tel. +39 0425 000000

The matchmaking is co-funded by the Regione del Veneto under the Rural Development Programme. The organisers are not responsible for agreements made between participants.

[Back to news](#) · Share: LinkedIn · Facebook · WhatsApp
"""
write(F, T)
D = "Distretto Agroalimentare del Delta"
gold(F,
 [P("Giulia Bellinazzo","President",D), P("Alberto Ferrarese","councillor for agriculture","Regione del Veneto"),
  P("Matteo Zanella",None,"Università degli Studi di Padova"), P("Elisa Crepaldi","project officer",D),
  P("Marco Tosato",None,"Unioncamere Veneto"), P("Lucia Bergamin","Press",None)],
 [O(D,"DAD"), O("Camera di Commercio Venezia Rovigo"), O("Enterprise Europe Network"), O("Unioncamere Veneto"),
  O("Consorzio di Bonifica Delta del Po"), O("Agro-Food Cluster Brăila"), O("Agroalimentario Almería Tech"),
  O("Regione del Veneto"), O("Università degli Studi di Padova"), O("Department of Agronomy"),
  O("Cooperativa Pescatori Scardovari"), O("Riseria Delta Bianco")],
 [E("Polesine AgriFood Matchmaking 2038","2038-06-10","2038-06-11","Rovigo","Italy"),
  E("Welcome dinner for foreign delegations","2038-06-09",None,"Rovigo","Italy"),
  E("Rice, water and salt: farming the Delta in a warmer climate","2038-06-10",None,"Rovigo","Italy"),
  E("B2B meetings","2038-06-10","2038-06-11","Rovigo","Italy"),
  E("Study visit to the Po Delta","2038-06-11",None,"Porto Viro","Italy"),
  E("Polesine AgriFood Matchmaking","2035-05-14",None,"Rovigo","Italy"),
  E("Polesine AgriFood Matchmaking","2036-06-08","2036-06-09","Chioggia","Italy"),
  E("Polesine AgriFood Matchmaking","2037-06-03","2037-06-04","Adria","Italy")],
 ["2038-05-03","2038-06-10/2038-06-11","2038-06-09","2038-06-10","2038-06-11","2038-05-18","2038-06-08","2038-05-21",
  "2035","2035-05-14","2036","2036-06-08/2036-06-09","2037","2037-06-03/2037-06-04"],
 [], pub="2038-05-03")
