from h import *
F = 'g06_zemaitija_klasteris_naujienos.md'
assert wd(2040,3,27)=='Tuesday' and wd(2040,4,17)=='Tuesday' and wd(2040,5,10)=='Thursday' and wd(2040,6,6)=='Wednesday'
T = """# Klasterio naujienos – 2040 m. balandis

**Žemaitijos plastikų ir chemijos klasteris** · Naujienlaiškis nariams · Paskelbta 2040-04-19

[Pradžia](#) | [Apie klasterį](#) | [Nariai](#) | [Renginiai](#) | [Projektai](#) | [EN](#)

---

## Visuotinis narių susirinkimas išrinko naują valdybą

Kovo 27 d. (antradienį) Mažeikiuose vyko kasmetinis visuotinis klasterio narių susirinkimas. Jame dalyvavo 23 iš 31 nario. Susirinkimas patvirtino 2039 m. veiklos ataskaitą ir 2040 m. biudžetą bei išrinko naują valdybą 2040–2043 m. kadencijai.

Valdybos sudėtis:

- **Pirmininkas:** Darius Šimkus, UAB „Polimeras LT“ generalinis direktorius
- **Pirmininko pavaduotoja:** Rūta Kazlauskienė-Janssen, Telšių regiono plėtros taryba
- **Nariai:** Mindaugas Petrauskas (AB „ORLEN Lietuva“), dr. Jolanta Vaitkevičiūtė (Kauno technologijos universitetas), Andrius Norkus (UAB „Žemaitijos pakuotė“)

Klasterio koordinatore toliau dirba **Eglė Gedvilaitė**. Buvęs pirmininkas Algirdas Butkus, vadovavęs valdybai šešerius metus, sulaukė visų narių padėkos. Naujasis pirmininkas pabrėžė, kad per ateinančius trejus metus klasteris sieks padvigubinti tarptautinių projektų skaičių, daugiau dėmesio skirs žiedinei ekonomikai ir glaudžiau bendradarbiaus su kaimyniniais Latvijos regionais. Susirinkimo protokolas narių paskyrose bus paskelbtas per dvi savaites.

## Apskritasis stalas apie antrinį plastiką

Balandžio 17 d. Telšiuose įvyko apskritasis stalas „Antrinis plastikas – nauja žaliava regionui“. Renginį kartu surengė klasteris ir Žemaitijos kolegija (Telšiai). Diskusijoje dalyvavo 40 įmonių, savivaldybių ir mokslo atstovų. Pranešimą skaitė Ieva Mockutė, Aplinkos ministerijos patarėja atliekų politikos klausimais. Ji pristatė naujus reikalavimus pakuočių gamintojams, kurie įsigalios 2041 m. Aplinkos ministerija taip pat pažadėjo iki metų pabaigos parengti gaires savivaldybėms.

**Pagrindinės išvados:**

1. Regione trūksta antrinio plastiko rūšiavimo pajėgumų, todėl būtina bendra klasterio narių investicija
2. Savivaldybės turėtų pirkimuose teikti pirmenybę gaminiams iš antrinių žaliavų
3. Klasteris turi parengti bendrą paraišką tarptautiniam projektui su Latvijos partneriais

## Narių naujienos

**UAB „Polimeras LT“** Mažeikių laisvojoje ekonominėje zonoje atidarė naują liejimo cechą, kuriame dirbs 35 darbuotojai. Investicijos vertė – 6,2 mln. eurų. Pasak generalinio direktoriaus Dariaus Šimkaus, cechas gamins detales elektromobilių baterijų korpusams, o pirmieji užsakymai jau gauti iš Vokietijos ir Švedijos klientų.

**Kauno technologijos universitetas** kartu su klasteriu pradėjo mokymų programą plastiko perdirbimo technologams. Pirmoji 18 dalyvių grupė mokymus baigs 2040 m. birželio pabaigoje; antroji grupė bus renkama rudenį. Programą kuruoja dr. Jolanta Vaitkevičiūtė.

**AB „ORLEN Lietuva“** paskelbė, kad 2041–2045 m. planuoja investuoti į cheminio perdirbimo bandomąjį įrenginį. Klasterio nariai kviečiami teikti pasiūlymus dėl bendradarbiavimo.

## Nauji nariai

Klasteris džiaugiasi nauju nariu – bendrove UAB „Eko Granulė“ iš Plungės. Taip pat bendradarbiavimo sutartį pasirašė asociacija „Lietuvos plastikų perdirbėjai“. Šiuo metu klasteryje yra 32 nariai.

## Artėjantys renginiai

- **Gegužės 10 d., ketvirtadienį, 10.00 val.** – seminaras „Cheminių medžiagų reglamentas REACH: kas keičiasi?“, Mažeikiai. Lektorė – Vilma Rimkutė-Schmidt iš „Inovacijų agentūros“.
- **Birželio 6 d., trečiadienį** – klasterio narių išvyka į Liepāja (Latvija): vizitas į pramonės parką, kurį valdo Liepājas Speciālā ekonomiskā zona, ir susitikimas su partneriais iš Kurzemes plastmasu klasteris. 19.00 val. – bendra vakarienė su Latvijos partneriais.
- **Rugsėjo 22–24 d.** – paroda Plastics Baltic 2040 (Vilnius, LITEXPO). Klasteris organizuoja bendrą stendą; registracija iki liepos 1 d.

## Trumpai

- Klasterio koordinatorė Eglė Gedvilaitė dalyvavo renginyje „Europos klasterių konferencija“ (Briuselis, 2040 m. vasario 12–14 d.).
- Inovacijų agentūra paskelbė kvietimą „Klasterių vystymas 2040“; paraiškų terminas – 2040 m. gegužės 31 d.
- Klasterio interneto svetainė atnaujinta – joje dabar galima rasti visų narių kompetencijų žemėlapį.

---

*Žemaitijos plastikų ir chemijos klasteris · Kontaktai: Eglė Gedvilaitė, klasterio koordinatorė, info@plastikai-klasteris.example.lt · Tel. +370 443 00000 · Ventos g. 00, LT-89100 Mažeikiai*

*Jei nebenorite gauti šio naujienlaiškio, [atsisakykite prenumeratos](#).*
"""
write(F, T)
K = "Žemaitijos plastikų ir chemijos klasteris"
assert wd(2040,2,12)=='Sunday' or True
gold(F,
 [P("Darius Šimkus","Pirmininkas",K),
  P("Algirdas Butkus","pirmininkas",K),
  P("Rūta Kazlauskienė-Janssen","Pirmininko pavaduotoja",K),
  P("Mindaugas Petrauskas",None,"AB „ORLEN Lietuva“"),
  P("Jolanta Vaitkevičiūtė",None,"Kauno technologijos universitetas"),
  P("Andrius Norkus",None,"UAB „Žemaitijos pakuotė“"),
  P("Eglė Gedvilaitė","klasterio koordinatorė",K),
  P("Ieva Mockutė","patarėja atliekų politikos klausimais","Aplinkos ministerija"),
  P("Vilma Rimkutė-Schmidt","Lektorė","Inovacijų agentūra")],
 [O(K), O("UAB „Polimeras LT“"), O("Telšių regiono plėtros taryba"), O("AB „ORLEN Lietuva“"),
  O("Kauno technologijos universitetas"), O("UAB „Žemaitijos pakuotė“"), O("Žemaitijos kolegija"),
  O("Aplinkos ministerija"), O("UAB „Eko Granulė“"),
  O("Lietuvos plastikų perdirbėjai"), O("Inovacijų agentūra"), O("Kurzemes plastmasu klasteris"),
  O("Liepājas Speciālā ekonomiskā zona")],
 [E("visuotinis klasterio narių susirinkimas","2040-03-27",None,"Mažeikiai","Lithuania"),
  E("Antrinis plastikas – nauja žaliava regionui","2040-04-17",None,"Telšiai","Lithuania"),
  E("Cheminių medžiagų reglamentas REACH: kas keičiasi?","2040-05-10",None,"Mažeikiai","Lithuania"),
  E("klasterio narių išvyka į Liepāja","2040-06-06",None,"Liepāja","Latvia"),
  E("bendra vakarienė","2040-06-06",None,"Liepāja","Latvia"),
  E("Plastics Baltic 2040","2040-09-22","2040-09-24","Vilnius","Lithuania"),
  E("Europos klasterių konferencija","2040-02-12","2040-02-14","Briuselis","Belgium")],
 ["2040-04","2040-04-19","2040-03-27","2039","2040","2040/2043","2040-04-17","2041","2040-05-10","2040-06-06",
  "2040-09-22/2040-09-24","2040-07-01","2040-02-12/2040-02-14","2040-05-31","2040-06","2041/2045"],
 ["Regione trūksta antrinio plastiko rūšiavimo pajėgumų, todėl būtina bendra klasterio narių investicija",
  "Savivaldybės turėtų pirkimuose teikti pirmenybę gaminiams iš antrinių žaliavų",
  "Klasteris turi parengti bendrą paraišką tarptautiniam projektui su Latvijos partneriais"],
 pub="2040-04-19")
