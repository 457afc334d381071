from h import *
F = 'g04_fermfood_kickoff_zaandam.md'
assert wd(2039,2,7)=='Monday' and wd(2039,2,8)=='Tuesday' and wd(2039,6,14)=='Tuesday'
T = """FERMFOOD · Horizon Europe · [Over het project](/over) · [Consortium](/consortium) · [Nieuws](/nieuws) · [Resultaten](/resultaten) · [Contact](/contact)

# Aftrap in Zaandam: FERMFOOD-consortium gaat van start

**Nieuws | 10 februari 2039 | door Joost Kalverdijk, communicatie**

Met een tweedaagse kick-off-meeting op **maandag 7 en dinsdag 8 februari 2039** is in Zaandam het Horizon Europe-project FERMFOOD officieel van start gegaan. Het project ontwikkelt in vier jaar tijd (1 januari 2039 – 31 december 2042) fermentatieprocessen waarmee reststromen uit de levensmiddelenindustrie worden omgezet in eiwitrijke ingrediënten. De Europese Unie draagt 7,8 miljoen euro bij.

Gastheer was de coördinator, **Stichting Voedselinnovatie Noord-Holland (VINH)**, die de 34 deelnemers ontving in haar proeffabriek aan de Zaan. Projectcoördinator **dr. ir. Marieke van der Zwaag-Bos** heette iedereen welkom: "De Zaanstreek verwerkt al driehonderd jaar granen, cacao en oliezaden. Wat vroeger afval was, is vandaag onze grondstof."

## Het consortium

Aan FERMFOOD nemen elf partners uit zeven landen deel:

1. Stichting Voedselinnovatie Noord-Holland (VINH), Zaandam – coördinator
2. Ontwikkelingsbedrijf Noord-Holland Noord (NHN), Alkmaar
3. Wageningen University & Research (WUR)
4. VTT Technical Research Centre of Finland Ltd, Espoo
5. Teknologisk Institut, Aarhus
6. Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny, Poznań
7. Universitat de Lleida, Lleida
8. Zaans Meelbedrijf B.V., Wormerveer
9. ProteoFerm ApS, Skive
10. EUFIC – European Food Information Council, Brussel
11. Food Cluster Noord-Holland, Alkmaar

## Programma

**Maandag 7 februari**

- 09:30 Ontvangst en koffie
- 10:00 Welkomstwoord door wethouder Economie **Rutger Haasnoot-Kramer** (gemeente Zaanstad)
- 10:20 Doelen, planning en governance van FERMFOOD (VINH)
- 11:15 De rol van de projectadviseur: **Sophie Lambrecht-Dubois**, Research Executive Agency (REA)
- 12:30 Lunch
- 13:30 Werkpakketten 1–3: grondstoffen, fermentatie en opschaling
- 15:30 Werkpakketten 4–6: veiligheid, consumentenacceptatie en verspreiding
- 17:30 Rondleiding door de proeffabriek
- 19:00 Diner in restaurant De Hoop op d'Swarte Walvis, Zaanse Schans

**Dinsdag 8 februari**

- 09:00 Vergadering van de General Assembly (alleen partners)
- 10:30 Data-management en open access
- 11:30 Bedrijfsbezoek aan Zaans Meelbedrijf B.V. in Wormerveer
- 13:00 Afsluitende lunch

## Wat er gezegd werd

Namens de Research Executive Agency benadrukte Lambrecht-Dubois dat de Commissie van FERMFOOD vooral "zichtbare resultaten bij bedrijven" verwacht. **Prof. Jukka-Pekka Heikkinen** (VTT) lichtte de fermentatieproeven toe die in het eerste jaar in Espoo plaatsvinden. **Ewa Nowak-Kowalczyk**, projectleider bij het Poznański Instytut Technologiczny, vertelde over de proeven met bietenpulp die Poolse suikerfabrieken aanleveren.

Tijdens de General Assembly werd **Henrik Søndergaard** (Teknologisk Institut) gekozen tot voorzitter van de General Assembly. **Aïcha El Idrissi** van het Ontwikkelingsbedrijf Noord-Holland Noord wordt innovatiemanager van het project en verbindt de onderzoekers met het mkb in de regio.

## Conclusies van de kick-off

De partners sloten de bijeenkomst af met vier conclusies:

- Elke fermentatieroute krijgt vanaf het begin een industriële partner die de grondstof levert
- Consumentenonderzoek start al in het eerste jaar, niet pas na de opschaling
- De resultaten worden uiterlijk zes maanden na afronding van een werkpakket openbaar gemaakt
- Het mkb uit de deelnemende regio's wordt via de clusters betrokken bij een jaarlijkse open dag

## Volgende stappen

Het eerste FERMFOOD Stakeholder Forum vindt plaats op **dinsdag 14 juni 2039** in Alkmaar. De tweede consortiumvergadering is gepland in oktober 2039 in Lleida.

*Contact: Joost Kalverdijk, communicatieadviseur VINH · info@fermfood.example.eu*

---
*Dit project heeft financiering ontvangen van het onderzoeks- en innovatieprogramma Horizon Europe van de Europese Unie. [Privacyverklaring](/privacy) · [Cookies](/cookies) · Delen: [LinkedIn](#) [Bluesky](#)*
"""
write(F, T)
V="Stichting Voedselinnovatie Noord-Holland"
gold(F,
 [P("Joost Kalverdijk","communicatieadviseur",V),
  P("Marieke van der Zwaag-Bos","Projectcoördinator",V),
  P("Rutger Haasnoot-Kramer","wethouder Economie","gemeente Zaanstad"),
  P("Sophie Lambrecht-Dubois","projectadviseur","Research Executive Agency"),
  P("Jukka-Pekka Heikkinen",None,"VTT"),
  P("Ewa Nowak-Kowalczyk","projectleider","Poznański Instytut Technologiczny"),
  P("Henrik Søndergaard","voorzitter van de General Assembly",None),
  P("Aïcha El Idrissi","innovatiemanager","Ontwikkelingsbedrijf Noord-Holland Noord")],
 [O(V,"VINH"), O("Ontwikkelingsbedrijf Noord-Holland Noord","NHN"), O("Wageningen University & Research","WUR"),
  O("VTT Technical Research Centre of Finland Ltd","VTT"), O("Teknologisk Institut"),
  O("Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny"), O("Universitat de Lleida"),
  O("Zaans Meelbedrijf B.V."), O("ProteoFerm ApS"), O("European Food Information Council","EUFIC"),
  O("Food Cluster Noord-Holland"), O("gemeente Zaanstad"), O("Research Executive Agency","REA"),
  O("Europese Unie"), O("Commissie")],
 [E("kick-off-meeting","2039-02-07","2039-02-08","Zaandam","Netherlands"),
  E("Rondleiding door de proeffabriek","2039-02-07",None,"Zaandam","Netherlands"),
  E("Diner","2039-02-07",None,"Zaandam","Netherlands"),
  E("Vergadering van de General Assembly","2039-02-08",None,"Zaandam","Netherlands"),
  E("Bedrijfsbezoek aan Zaans Meelbedrijf B.V.","2039-02-08",None,"Wormerveer","Netherlands"),
  E("FERMFOOD Stakeholder Forum","2039-06-14",None,"Alkmaar","Netherlands"),
  E("tweede consortiumvergadering","2039-10",None,"Lleida","Spain")],
 ["2039-02-10","2039-02-07/2039-02-08","2039-01-01/2042-12-31","2039-02-07","2039-02-08","2039-06-14","2039-10"],
 ["Elke fermentatieroute krijgt vanaf het begin een industriële partner die de grondstof levert",
  "Consumentenonderzoek start al in het eerste jaar, niet pas na de opschaling",
  "De resultaten worden uiterlijk zes maanden na afronding van een werkpakket openbaar gemaakt",
  "Het mkb uit de deelnemende regio's wordt via de clusters betrokken bij een jaarlijkse open dag"],
 pub="2039-02-10")
