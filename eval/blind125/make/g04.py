from h import *
F = 'g04_panevezys_klasteriu_pozicija.txt'
assert wd(2037,2,24)=='Tuesday' and wd(2037,3,17)=='Tuesday'
T = """Lietuvos klasterių asociacija | Naujienos | Pozicijos | Nariai | Kontaktai
Pradžia » Pozicijos » 2037

LIETUVOS KLASTERIŲ ASOCIACIJOS POZICIJA DĖL 2035–2041 M. REGIONINĖS PLĖTROS PROGRAMOS VIDURIO PERŽIŪROS

Paskelbta: 2037-03-02 | Autorius: Asociacijos sekretoriatas

Lietuvos klasterių asociacija (LKA) vienija 38 klasterių organizacijas iš visų šalies regionų. Ši pozicija parengta po asociacijos narių susitikimo Panevėžyje, kuris vyko 2037 m. vasario 24 d., antradienį, Panevėžio mokslo ir technologijų parke. Susitikime dalyvavo 46 klasterių vadovai, Ekonomikos ir inovacijų ministerijos bei Inovacijų agentūros atstovai.

Susitikimo programa (Panevėžys, 2037-02-24):
10:00 Registracija ir kava
10:30 Sveikinimo žodis – Algirdas Paulauskas-Norkus, Panevėžio prekybos, pramonės ir amatų rūmų prezidentas
10:45 Įžanginis pranešimas – dr. Rasa Žemaitytė-Kairienė, LKA prezidentė
11:15 Regionų klasterių patirtis: Aukštaitija, Žemaitija, Dzūkija
13:00 Pietūs
14:00 Diskusija "Kokios klasterių politikos reikia regionams?"
15:30 Išvados ir pozicijos gairės
16:00 Vizitas į UAB "Aukštaitijos staklės" gamyklą

Susitikimą atidarė LKA prezidentė dr. Rasa Žemaitytė-Kairienė. Ji priminė, kad per pastaruosius penkerius metus Lietuvos klasteriai pritraukė daugiau kaip 60 mln. eurų tarptautinių projektų lėšų, tačiau dauguma šių projektų įgyvendinami Vilniuje ir Kaune. "Regionų klasteriai turi idėjų ir partnerių, bet jiems trūksta žmonių, kurie galėtų tas idėjas paversti projektais," sakė ji.

Apie Panevėžio regiono patirtį kalbėjo Aukštaitijos pramonės klasterio vadovas Mindaugas Vaitkevičius. Klasteris per trejus metus padėjo dvylikai metalo apdirbimo įmonių įsidiegti robotizuotas linijas. Inovacijų agentūros Klasterių skyriaus vedėjas Darius Jankauskas pristatė naujos klasterių plėtros priemonės gaires, o Panevėžio kolegijos direktorė Jūratė Bagdonienė papasakojo apie bendras su įmonėmis vykdomas mechatronikos studijas. Pasak jos, pernai pirmieji 24 studentai baigė praktiką klasterio įmonėse, o pusė jų jau dirba tose pačiose gamyklose. Kolegija norėtų tokį modelį pritaikyti ir maisto pramonei bei logistikai, tačiau tam reikia stabilaus klasterių finansavimo.

Diskusijoje dalyvavo ir LKA valdybos narys, Lietuvos lazerių ir inžinerinių technologijų klasterio LITEK direktorius Aleksandras Šimkus. Jis pabrėžė, kad klasteriams reikia ilgalaikio finansavimo, o ne trumpų kvietimų, kurie keičiasi kiekvienais metais.

Asociacijos siūlymai

Remdamasi narių diskusija, LKA siūlo Ekonomikos ir inovacijų ministerijai:

1. Skirti ne mažiau kaip 30 proc. klasterių plėtros priemonės lėšų klasteriams, kurių būstinė yra už Vilniaus ir Kauno ribų.
2. Finansuoti klasterių vadybininkų darbo vietas ne trumpiau kaip trejus metus.
3. Supaprastinti ataskaitų teikimą: vietoj ketvirtinių ataskaitų – viena metinė ataskaita.
4. Sukurti bendrą regionų klasterių tarptautiškumo biurą Briuselyje kartu su Lietuvos verslo konfederacija.
5. Įtraukti klasterių atstovus į regionų plėtros tarybas patariamojo balso teise.

Kiti žingsniai

Pozicija nusiųsta ministerijai 2037 m. kovo 2 d. LKA prašo ją aptarti Regioninės plėtros komisijos posėdyje, kuris numatytas 2037 m. kovo 17 d. Vilniuje (vieta: Vilnius, Gedimino pr. 38). Asociacija taip pat planuoja surengti regionų klasterių forumą Šiauliuose 2037 m. rudenį.

Narių susitikimą Panevėžyje padėjo organizuoti Panevėžio regiono plėtros taryba ir Panevėžio prekybos, pramonės ir amatų rūmai. Asociacija dėkoja rūmų prezidentui Algirdui Paulauskui-Norkui už svetingumą.

Istorinė nuoroda: ankstesni LKA narių susitikimai regionuose vyko 2035 m. Klaipėdoje ir 2036 m. Alytuje (2035 – Klaipėda, 2036 – Alytus, 2037 – Panevėžys, 2037 m. ruduo – Šiauliai, forumas). Abiejų susitikimų išvados buvo įtrauktos į asociacijos 2036–2038 m. veiklos planą.

Kontaktai spaudai: Eglė Mikalauskaitė, komunikacijos vadovė, egle@klasteriai.example.lt, +370 600 00000

Daugiau skaityti: Ankstesnės pozicijos | Nariai | Apie asociaciją
Vizito metu dalyviai apžiūrėjo naują robotizuotą suvirinimo liniją, kurią įmonė įsirengė kartu su klasterio partneriais. Gamyklos direktorius Vytautas Rimkus pasakojo, kad be klasterio pagalbos įmonė nebūtų radusi nei tiekėjų, nei mokymų darbuotojams.

Dalintis: Facebook | LinkedIn
© 2037 Lietuvos klasterių asociacija. Visos teisės saugomos. Svetainėje naudojami slapukai.
"""
write(F, T)
L="Lietuvos klasterių asociacija"
gold(F,
 [P("Rasa Žemaitytė-Kairienė","prezidentė",L),
  P("Mindaugas Vaitkevičius","vadovas","Aukštaitijos pramonės klasterio"),
  P("Darius Jankauskas","Klasterių skyriaus vedėjas","Inovacijų agentūros"),
  P("Jūratė Bagdonienė","direktorė","Panevėžio kolegijos"),
  P("Aleksandras Šimkus","valdybos narys",L),
  P("Algirdas Paulauskas-Norkus","prezidentas","Panevėžio prekybos, pramonės ir amatų rūmai"),
  P("Vytautas Rimkus","direktorius","UAB \"Aukštaitijos staklės\""),
  P("Eglė Mikalauskaitė","komunikacijos vadovė",L)],
 [O(L,"LKA"), O("Ekonomikos ir inovacijų ministerijos"),
  O("Inovacijų agentūros"), O("Klasterių skyriaus"), O("Aukštaitijos pramonės klasterio"), O("Panevėžio kolegijos"),
  O("Lietuvos lazerių ir inžinerinių technologijų klasterio LITEK","LITEK"), O("Lietuvos verslo konfederacija"),
  O("Regioninės plėtros komisijos"), O("Panevėžio regiono plėtros taryba"),
  O("Panevėžio prekybos, pramonės ir amatų rūmai"), O("UAB \"Aukštaitijos staklės\"")],
 [E("narių susitikimas","2037-02-24",None,"Panevėžys","Lithuania"),
  E("Regioninės plėtros komisijos posėdis","2037-03-17",None,"Vilnius","Lithuania"),
  E("regionų klasterių forumas","2037",None,"Šiauliai","Lithuania"),
  E("Vizitas į UAB \"Aukštaitijos staklės\" gamyklą","2037-02-24",None,"Panevėžys","Lithuania"),
  E("narių susitikimas (2035)","2035",None,"Klaipėda","Lithuania"),
  E("narių susitikimas (2036)","2036",None,"Alytus","Lithuania")],
 ["2035/2041","2037-03-02","2037-02-24","2037-03-17","2037","2035","2036","2036/2038"],
 ["Skirti ne mažiau kaip 30 proc. klasterių plėtros priemonės lėšų klasteriams, kurių būstinė yra už Vilniaus ir Kauno ribų",
  "Finansuoti klasterių vadybininkų darbo vietas ne trumpiau kaip trejus metus",
  "Supaprastinti ataskaitų teikimą: vietoj ketvirtinių ataskaitų – viena metinė ataskaita",
  "Sukurti bendrą regionų klasterių tarptautiškumo biurą Briuselyje kartu su Lietuvos verslo konfederacija",
  "Įtraukti klasterių atstovus į regionų plėtros tarybas patariamojo balso teise"],
 pub="2037-03-02")
