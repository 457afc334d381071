from h import *
F = 'g13_sughero_days_nuoro_series.md'
assert wd(2038,10,6)=='Wednesday' and wd(2038,10,7)=='Thursday' and wd(2038,10,8)=='Friday' and wd(2038,7,15)=='Thursday'
T = """# Mediterranean Cork & Forest Cluster Days

**Nuoro, Sardinia · 6–8 October 2038 · 6th edition**

[Home](/) · [About the series](/about) · [Programme](/programme) · [Register](/register) · [Past editions](/editions) · [Contact](/contact)

> Registration for the 6th edition is open until **Thursday 15 July 2038**. Early-bird fee for SMEs: EUR 90.

## About the Cluster Days

The Mediterranean Cork & Forest Cluster Days bring together cluster organisations, companies, researchers and public authorities working with cork, oak forests and other Mediterranean forest products. The series was launched in 2033 by three clusters that had worked together in the European Strategic Cluster Partnership "MED-FOREST" and has since travelled around the Mediterranean. Since 2036 the Cluster Days have been listed as an official side event of the European Cluster Collaboration Platform, and the 2038 edition is co-organised with the Eurocluster CORK-EU.

The 6th edition is hosted by the Distretto del Sughero della Gallura e del Nuorese with the support of the Regione Autonoma della Sardegna and the Camera di Commercio di Nuoro. The organising committee is led by Dr Gavino Mele, director of the district, and by Sofia Carta, its international officer.

## Programme at a glance

**Wednesday 6 October 2038 – Nuoro, Auditorium of the Museo MAN**
- 15:00 Registration
- 16:00 Opening: Gavino Mele; Alessandra Todde Sanna, regional councillor for productive activities; Ricardo Amorim, President of APCOR – Associação Portuguesa da Cortiça
- 17:00 Keynote "Cork in a warmer Mediterranean" – Prof. Maria Helena Almeida, Instituto Superior de Agronomia, Lisbon
- 19:30 Welcome reception at the Piazza Satta

**Thursday 7 October 2038 – Nuoro**
- 09:00–13:00 Parallel workshops: cork in construction; certification and traceability; wildfire prevention
- 14:30–18:00 B2B meetings (on the ECCP matchmaking tool)
- 20:00 Cluster Days dinner at the agriturismo Su Gologone, Oliena

**Friday 8 October 2038 – Calangianus and Tempio Pausania**
- 08:30 Departure by bus
- 10:00 Company visit to a cork stopper plant in Calangianus
- 12:30 Visit to the Stazione Sperimentale del Sughero in Tempio Pausania
- 16:00 Return to Nuoro and Olbia airport

## Speakers confirmed so far

- Gavino Mele, Director, Distretto del Sughero della Gallura e del Nuorese
- Ricardo Amorim, President, APCOR
- Maria Helena Almeida, Professor, Instituto Superior de Agronomia
- Dr Karim Benali, cluster manager, Cluster Liège et Forêt (Morocco)
- Montserrat Vilà Puig, Director, Catalan Cork Institute (Institut Català del Suro)
- Yannick DUPRAT, project officer, European Innovation Council and SMEs Executive Agency

## Past editions

- 1st edition – Palafrugell (Catalonia), 16–17 May 2033
- 2nd edition – Coruche (Portugal), 12–14 June 2034
- 3rd edition – Mont-de-Marsan (Nouvelles-Aquitaine), 2–3 October 2035
- 4th edition – online, 24 November 2036
- 5th edition – San Vicente de Alcántara (Extremadura), 17–19 May 2037

Each edition has attracted between 120 and 260 participants. Proceedings of the earlier editions can be downloaded from the [archive](/editions).

## Practical information

Venue: Museo MAN, Via Satta 27, Nuoro. The nearest airports are Olbia (100 km) and Cagliari (180 km); a shuttle bus from Olbia will run on 6 October. Hotel rooms at reduced rates are available until 31 August 2038. Interpretation between Italian, English, Spanish and Portuguese will be provided in the plenary sessions.

Contact: Sofia Carta, international officer, corkdays@distrettosughero.example.it

*Share:* [LinkedIn](#) · [X](#) · [Email](#)

---
© Distretto del Sughero della Gallura e del Nuorese · Privacy · Cookie settings
"""
write(F, T)
DS="Distretto del Sughero della Gallura e del Nuorese"
gold(F,
 [P("Gavino Mele","director",DS),
  P("Sofia Carta","international officer",DS),
  P("Alessandra Todde Sanna","regional councillor for productive activities",None),
  P("Ricardo Amorim","President","APCOR"),
  P("Maria Helena Almeida","Professor","Instituto Superior de Agronomia"),
  P("Karim Benali","cluster manager","Cluster Liège et Forêt"),
  P("Montserrat Vilà Puig","Director","Catalan Cork Institute"),
  P("Yannick DUPRAT","project officer","European Innovation Council and SMEs Executive Agency")],
 [O(DS), O("Regione Autonoma della Sardegna"), O("Camera di Commercio di Nuoro"),
  O("Associação Portuguesa da Cortiça","APCOR"), O("Instituto Superior de Agronomia"), O("Cluster Liège et Forêt"),
  O("Catalan Cork Institute"), O("European Innovation Council and SMEs Executive Agency"),
  O("European Cluster Collaboration Platform","ECCP"), O("Stazione Sperimentale del Sughero")],
 [E("Mediterranean Cork & Forest Cluster Days","2038-10-06","2038-10-08","Nuoro","Italy"),
  E("Welcome reception","2038-10-06",None,"Nuoro","Italy"),
  E("Parallel workshops","2038-10-07",None,"Nuoro","Italy"),
  E("B2B meetings","2038-10-07",None,"Nuoro","Italy"),
  E("Cluster Days dinner","2038-10-07",None,"Oliena","Italy"),
  E("Company visit to a cork stopper plant","2038-10-08",None,"Calangianus","Italy"),
  E("Visit to the Stazione Sperimentale del Sughero","2038-10-08",None,"Tempio Pausania","Italy"),
  E("Mediterranean Cork & Forest Cluster Days","2033-05-16","2033-05-17","Palafrugell","Spain"),
  E("Mediterranean Cork & Forest Cluster Days","2034-06-12","2034-06-14","Coruche","Portugal"),
  E("Mediterranean Cork & Forest Cluster Days","2035-10-02","2035-10-03","Mont-de-Marsan","France"),
  E("Mediterranean Cork & Forest Cluster Days","2036-11-24",None,None,None),
  E("Mediterranean Cork & Forest Cluster Days","2037-05-17","2037-05-19","San Vicente de Alcántara","Spain")],
 ["2038-10-06/2038-10-08","2038-07-15","2033","2036","2038-10-06","2038-10-07","2038-10-08","2033-05-16/2033-05-17",
  "2034-06-12/2034-06-14","2035-10-02/2035-10-03","2036-11-24","2037-05-17/2037-05-19","2038-08-31"],
 [])
