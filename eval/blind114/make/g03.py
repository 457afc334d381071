from h import *
F = 'g03_marijampole_klasteris_susirinkimas.md'
assert wd(2037,5,27)=='Wednesday' and wd(2037,6,4)=='Thursday'
T = """# Suvalkijos maisto inovacijų klasteris: išrinkta nauja valdyba

*Naujienos · 2037-05-29 · Parengė Rūta Kazlauskaitė, klasterio komunikacijos vadovė*

[Pradžia](/) › [Apie klasterį](/apie) › [Naujienos](/naujienos)

---

Gegužės 27 d., trečiadienį, Marijampolėje, Marijampolės kolegijos konferencijų salėje, įvyko **Suvalkijos maisto inovacijų klasterio (SMIK)** visuotinis narių susirinkimas. Jame dalyvavo 23 iš 29 klasterio narių, todėl kvorumas buvo užtikrintas. Susirinkimo pirmininku išrinktas Vytautas Jankauskas, UAB „Sūduvos grūdai“ direktorius, sekretore – Eglė Petrauskienė.

Susirinkime buvo patvirtinta klasterio 2036 m. veiklos ataskaita ir finansinių ataskaitų rinkinys, aptartas 2037–2038 m. veiklos planas ir išrinkti nauji valdymo organai dvejų metų kadencijai.

## Veiklos ataskaita

Klasterio koordinatorius Paulius Grigas pristatė 2036 m. rezultatus. Per metus klasteris surengė 11 renginių, kuriuose dalyvavo daugiau kaip 400 žmonių, o jo nariai kartu pateikė penkias paraiškas inovacijų projektams. Dvi iš jų jau gavo finansavimą: bendras pieno išrūgų perdirbimo tyrimas su universitetu ir naujų produktų bandomoji linija vienoje iš įmonių. Klasteris taip pat dalyvavo tarptautinėje maisto parodoje Berlyne ir priėmė delegaciją iš Latvijos Zemgalės regiono. Koordinatorius pažymėjo, kad didžiausias iššūkis išlieka mažų ūkių įtraukimas: jiems trūksta laiko ir darbuotojų, todėl klasteris ketina daugiau renginių organizuoti vakarais ir rajonų centruose, o ne tik Marijampolėje.

## Nauja valdyba (2037–2039)

Valdybos pirmininke išrinkta **dr. Aušra Žemaitytė-Baranauskienė**, Kauno technologijos universiteto Maisto instituto mokslo darbuotoja. Kiti valdybos nariai:

- Mindaugas Šimkus – valdybos pirmininko pavaduotojas, AB „Marijampolės pieno konservai“ gamybos direktorius;
- Jolanta Venckienė – valdybos narė, Marijampolės savivaldybės administracija;
- Tomas O'Brien-Vaitkus – valdybos narys, UAB „Agrovizija“ vadovas;
- Laura Bendžiūtė – valdybos narė, Lietuvos sveikatos mokslų universitetas, Veterinarijos akademija.

Revizore paskirta Danutė Kriaučiūnienė (UAB „Apskaitos centras“).

Kadenciją baigęs valdybos pirmininkas **Kęstutis Rimkus**, klasteriui vadovavęs nuo 2031 m., padėkojo nariams už pasitikėjimą. Jis liks valdybos patarėju tarptautinio bendradarbiavimo klausimais.

## Pagrindiniai sprendimai

Visuotinis narių susirinkimas nusprendė:

1. Priimti į klasterį tris naujus narius: UAB „Kalvarijos uogos“, Kazlų Rūdos verslo inkubatorių ir Vilkaviškio rajono ūkininkų sąjungą
2. Nario mokestį 2038 m. palikti nepakeistą
3. Teikti paraišką Euroklasterio statusui gauti kartu su Lenkijos Palenkės maisto klasteriu

## Klasterio nariai (2037 m. gegužės mėn.)

Gamintojai: AB „Marijampolės pieno konservai“, UAB „Sūduvos grūdai“, UAB „Agrovizija“, UAB „Kalvarijos uogos“, UAB „Šakių mėsa“, ŽŪB „Liudvinavo ūkis“, UAB „Sasnavos kepykla“ ir dar 14 įmonių.
Mokslas ir mokymas: Kauno technologijos universitetas (Maisto institutas), Lietuvos sveikatos mokslų universitetas, Marijampolės kolegija, Marijampolės profesinio rengimo centras.
Viešasis sektorius ir paramos organizacijos: Marijampolės savivaldybės administracija, Kazlų Rūdos verslo inkubatorius, VšĮ Marijampolės verslo inkubatorius, Vilkaviškio rajono ūkininkų sąjunga.

## Klasterio komanda

Kasdienę klasterio veiklą organizuoja klasterio koordinatorius **Paulius Grigas** ir projektų vadovė **Ieva Mickutė**. Klasterio buveinė – VšĮ Marijampolės verslo inkubatoriuje.

> „Turime daug mažų gamintojų, kurie puikiai moka gaminti, bet neturi laiko inovacijoms. Klasterio užduotis – atvesti pas juos mokslininkus ir pirkėjus“, – po rinkimų sakė dr. A. Žemaitytė-Baranauskienė.

## Artimiausi renginiai

- Valdybos posėdis – birželio 4 d., ketvirtadienį, 10 val., Marijampolėje
- Klasterio narių išvyka į Lenkiją (Balstogė) – 2037 m. rugsėjo 15–17 d.
- Tarptautinė konferencija „Maistas ir regionas 2037“ – spalio mėn., Marijampolė

Klasterio veiklą remia Lietuvos Respublikos ekonomikos ir inovacijų ministerija, o klasterių programą administruoja Inovacijų agentūra. Daugiau informacijos apie narystę suteikia klasterio koordinatorius; paraiškas tapti nariu valdyba svarsto kiekviename posėdyje, o nario mokestis priklauso nuo įmonės dydžio. Partneris Lenkijoje – Palenkės maisto klasteris (Podlaski Klaster Spożywczy) Balstogėje.

---

*Suvalkijos maisto inovacijų klasteris · Vytauto g. 00, LT-68000 Marijampolė · info@smik.example.lt*
*Dalintis: Facebook · LinkedIn · El. paštas*
*Šioje svetainėje naudojami slapukai. [Sutinku](#)*
"""
write(F, T)
S="Suvalkijos maisto inovacijų klasteris"
gold(F,
 [P("Rūta Kazlauskaitė","klasterio komunikacijos vadovė",S),
  P("Vytautas Jankauskas","direktorius","UAB „Sūduvos grūdai“"),
  P("Eglė Petrauskienė","sekretore",None),
  P("Aušra Žemaitytė-Baranauskienė","Valdybos pirmininke",S),
  P("Mindaugas Šimkus","valdybos pirmininko pavaduotojas",S),
  P("Jolanta Venckienė","valdybos narė",S),
  P("Tomas O'Brien-Vaitkus","valdybos narys",S),
  P("Laura Bendžiūtė","valdybos narė",S),
  P("Danutė Kriaučiūnienė","Revizore",S),
  P("Kęstutis Rimkus","valdybos pirmininkas",S),
  P("Paulius Grigas","klasterio koordinatorius",S),
  P("Ieva Mickutė","projektų vadovė",S)],
 [O(S,"SMIK"), O("Marijampolės kolegija"), O("UAB „Sūduvos grūdai“"), O("Maisto institutas"),
  O("Kauno technologijos universitetas"),
  O("AB „Marijampolės pieno konservai“"), O("Marijampolės savivaldybės administracija"), O("UAB „Agrovizija“"),
  O("Lietuvos sveikatos mokslų universitetas"), O("Veterinarijos akademija"), O("UAB „Apskaitos centras“"), O("UAB „Šakių mėsa“"), O("ŽŪB „Liudvinavo ūkis“"), O("UAB „Sasnavos kepykla“"), O("Marijampolės profesinio rengimo centras"),
  O("UAB „Kalvarijos uogos“"), O("Kazlų Rūdos verslo inkubatorius"), O("Vilkaviškio rajono ūkininkų sąjunga"),
  O("Palenkės maisto klasteris"), O("VšĮ Marijampolės verslo inkubatorius"),
  O("Lietuvos Respublikos ekonomikos ir inovacijų ministerija"), O("Inovacijų agentūra")],
 [E("visuotinis narių susirinkimas","2037-05-27",None,"Marijampolė","Lithuania"),
  E("Valdybos posėdis","2037-06-04",None,"Marijampolė","Lithuania"),
  E("Klasterio narių išvyka į Lenkiją","2037-09-15","2037-09-17","Balstogė","Poland"),
  E("Maistas ir regionas 2037","2037-10",None,"Marijampolė","Lithuania")],
 ["2037-05-29","2037-05-27","2036","2037/2038","2037/2039","2031","2038","2037-06-04","2037-09-15/2037-09-17","2037-10","2037-05"],
 ["Priimti į klasterį tris naujus narius: UAB „Kalvarijos uogos“, Kazlų Rūdos verslo inkubatorių ir Vilkaviškio rajono ūkininkų sąjungą",
  "Nario mokestį 2038 m. palikti nepakeistą",
  "Teikti paraišką Euroklasterio statusui gauti kartu su Lenkijos Palenkės maisto klasteriu"],
 pub="2037-05-29")
