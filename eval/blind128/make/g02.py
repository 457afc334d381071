from h import *
F = 'g02_achterhoek_ledenvergadering.md'
assert wd(2039,3,23)=='Wednesday' and wd(2039,3,30)=='Wednesday' and wd(2039,5,12)=='Thursday' and wd(2039,10,6)=='Thursday'
T = """# Verslag Algemene Ledenvergadering 2039

**Vereniging Smart Industry Cluster Achterhoek (SICA)**
Datum: woensdag 23 maart 2039, 16.00–18.30 uur
Locatie: Technologiecentrum Achterhoek, Doetinchem
Verslag: Ineke Bosch-Lammers, clustersecretariaat · vastgesteld door het bestuur op 30 maart 2039

[Home](/) > [Leden](/leden) > [Vergaderstukken](/leden/stukken) > ALV 2039

---

## Aanwezig

47 stemgerechtigde leden (van de 112), waarvan 9 bij volmacht. Namens het bestuur: Gerrit-Jan te Brake (voorzitter), Maaike van den Heuvel-Ooms (penningmeester), Esra Yıldız (secretaris) en Bart Wissink (lid). Gasten: wethouder Economie Henk ter Haar van de Gemeente Winterswijk en Lotte Ribbers, accountmanager van de Oost NL (Ontwikkelingsmaatschappij Oost Nederland).

Afwezig met kennisgeving: Rob Hulshof (bestuurslid, Hulshof Kunststoffen B.V.).

## 1. Opening

De voorzitter opent om 16.05 uur de vergadering en heet in het bijzonder de elf nieuwe leden welkom die sinds de vorige ALV zijn toegetreden, onder wie Achterhoek Precisie B.V. uit Lichtenvoorde en de Stichting Groen Gas Achterhoek. Hij herinnert aan het overlijden van erelid Johan Rouwmaat, oprichter van de cluster in 2029; de vergadering neemt een minuut stilte in acht.

## 2. Jaarverslag 2038

De secretaris licht het jaarverslag toe. De cluster organiseerde in 2038 veertien bijeenkomsten met in totaal 1.260 deelnemers. Hoogtepunten waren de Achterhoekse Maakdag op 22 september 2038 in Winterswijk, de handelsmissie naar Baden-Württemberg in mei en de gezamenlijke stand op de Hannover Messe. Het programma Vakkrachten van Morgen, samen met het Graafschap College, leverde 86 leerwerkplekken op.

Een lid vraagt waarom er geen bijeenkomst in Oost-Gelre was. De secretaris zegt toe dat in 2039 ten minste één ledenavond buiten Doetinchem en Winterswijk wordt gehouden.

## 3. Financiën

De penningmeester presenteert de jaarrekening 2038. Het resultaat is een overschot van € 38.400, vooral door hogere sponsoring van de Rabobank Graafschap en lagere huurkosten. De kascommissie, bestaande uit Dirk-Willem Nijenhuis (Nijenhuis Techniek) en Anouk Seesing (Seesing Accountants), heeft de stukken gecontroleerd en adviseert decharge te verlenen.

De begroting 2039 gaat uit van € 612.000 aan inkomsten. De contributie stijgt met 3 procent; voor leden met minder dan tien medewerkers blijft zij gelijk.

## 4. Bestuursverkiezing

Bart Wissink is aftredend en herkiesbaar. Namens de leden is Chantal Oude Luttikhuis (directeur Oude Luttikhuis Metaalbewerking) kandidaat gesteld voor de vacature van Rob Hulshof, die na twee termijnen afscheid neemt. Beide kandidaten worden bij acclamatie gekozen voor de periode 2039–2043.

## 5. Werkplan 2039

De clustermanager, Thijs Nieuwenhuis, presenteert het werkplan. Nieuwe onderdelen zijn een reeks van vier kennissessies over kunstmatige intelligentie in de productie, een studiereis naar de Brainport-regio en een matchmakingdag met Duitse toeleveranciers uit het Münsterland samen met de IHK Nord Westfalen.

Vastgestelde data:

- Kennissessie AI in de fabriek (1): donderdag 12 mei 2039, Doetinchem
- Studiereis Brainport Eindhoven: 14 en 15 juni 2039
- Achterhoekse Maakdag 2039: donderdag 6 oktober 2039, Winterswijk
- Grensoverschrijdende matchmakingdag: november 2039, Bocholt (Duitsland)

## Besluiten

- De jaarrekening 2038 wordt vastgesteld en het bestuur krijgt decharge voor het gevoerde financiële beleid
- De begroting 2039 en de contributieverhoging van 3 procent worden goedgekeurd
- Bart Wissink wordt herbenoemd en Chantal Oude Luttikhuis wordt benoemd als bestuurslid
- Het werkplan 2039 wordt vastgesteld, met de toezegging van een ledenavond in Oost-Gelre

## 6. Rondvraag en sluiting

Wethouder ter Haar dankt de cluster voor de samenwerking bij de aanleg van het bedrijventerrein Misterweg. Lotte Ribbers wijst op de nieuwe innovatieregeling van Oost NL, waarvoor aanvragen tot 1 juli 2039 kunnen worden ingediend.

De voorzitter sluit de vergadering om 18.25 uur en nodigt de aanwezigen uit voor de borrel in de foyer.

---

*Bijlagen: presentatie jaarverslag, jaarrekening 2038, begroting 2039, werkplan 2039. Alleen voor leden; niet doorsturen.*
"""
write(F, T)
S = "Vereniging Smart Industry Cluster Achterhoek"
gold(F,
 [P("Ineke Bosch-Lammers",None,S),
  P("Gerrit-Jan te Brake","voorzitter",S),
  P("Maaike van den Heuvel-Ooms","penningmeester",S),
  P("Esra Yıldız","secretaris",S),
  P("Bart Wissink","lid",S),
  P("Henk ter Haar","wethouder Economie","Gemeente Winterswijk"),
  P("Lotte Ribbers","accountmanager","Oost NL"),
  P("Rob Hulshof","bestuurslid",S),
  P("Johan Rouwmaat","oprichter",S),
  P("Dirk-Willem Nijenhuis",None,"Nijenhuis Techniek"),
  P("Anouk Seesing",None,"Seesing Accountants"),
  P("Chantal Oude Luttikhuis","directeur","Oude Luttikhuis Metaalbewerking"),
  P("Thijs Nieuwenhuis","clustermanager",S)],
 [O(S,"SICA"), O("Gemeente Winterswijk"), O("Ontwikkelingsmaatschappij Oost Nederland","Oost NL"),
  O("Hulshof Kunststoffen B.V."), O("Achterhoek Precisie B.V."), O("Stichting Groen Gas Achterhoek"), O("Graafschap College"),
  O("Rabobank Graafschap"), O("Nijenhuis Techniek"), O("Seesing Accountants"), O("Oude Luttikhuis Metaalbewerking"),
  O("IHK Nord Westfalen")],
 [E("Algemene Ledenvergadering 2039","2039-03-23",None,"Doetinchem","Netherlands"),
  E("Achterhoekse Maakdag","2038-09-22",None,"Winterswijk","Netherlands"),
  E("handelsmissie naar Baden-Württemberg","2038-05",None,None,"Germany"),
  E("Hannover Messe","2038",None,"Hannover","Germany"),
  E("Kennissessie AI in de fabriek (1)","2039-05-12",None,"Doetinchem","Netherlands"),
  E("Studiereis Brainport Eindhoven","2039-06-14","2039-06-15","Eindhoven","Netherlands"),
  E("Achterhoekse Maakdag 2039","2039-10-06",None,"Winterswijk","Netherlands"),
  E("Grensoverschrijdende matchmakingdag","2039-11",None,"Bocholt","Germany")],
 ["2039-03-23","2039-03-30","2038","2029","2038-09-22","2038-05","2039","2039/2043","2039-05-12","2039-06-14/2039-06-15","2039-10-06","2039-11","2039-07-01"],
 ["De jaarrekening 2038 wordt vastgesteld en het bestuur krijgt decharge voor het gevoerde financiële beleid",
  "De begroting 2039 en de contributieverhoging van 3 procent worden goedgekeurd",
  "Bart Wissink wordt herbenoemd en Chantal Oude Luttikhuis wordt benoemd als bestuurslid",
  "Het werkplan 2039 wordt vastgesteld, met de toezegging van een ledenavond in Oost-Gelre"],
 pub=None)
