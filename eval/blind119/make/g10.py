from h import *
F = 'g10_marijampole_klasteris_komanda.md'
assert wd(2037,2,18)=='Wednesday' and wd(2037,3,26)=='Thursday' and wd(2037,5,13)=='Wednesday'
T = """[Pradžia](/) | [Apie mus](/apie) | **Komanda** | [Nariai](/nariai) | [Renginiai](/renginiai) | [Kontaktai](/kontaktai) | EN

# Suvalkijos maisto inovacijų klasteris: komanda ir valdyba

*Atnaujinta 2037-02-20 · Skaitymo laikas: 3 min. · Nuotraukos: SMIK archyvas*

Suvalkijos maisto inovacijų klasteris (SMIK) – tai asociacija, vienijanti 38 maisto perdirbimo įmones, ūkininkų kooperatyvus, Marijampolės kolegiją ir savivaldybes. Klasteris įkurtas 2030 m. Marijampolėje. Šiame puslapyje pristatome žmones, kurie kasdien dirba klasterio narių labui.

## Nauja direktorė

Nuo 2037 m. kovo 1 d. klasteriui vadovaus **Rūta Jankauskaitė-Morkūnienė**. Ją išrinko valdybos posėdyje, kuris vyko 2037 m. vasario 18 d. (trečiadienį). Į konkursą buvo pateiktos septynios paraiškos.

Rūta Jankauskaitė-Morkūnienė turi 15 metų patirtį maisto pramonėje. 2029–2033 m. ji dirbo AB „Marijampolės pienas“ kokybės vadove, o nuo 2033 m. – agentūroje „Inovacijų agentūra“ projektų vadove, kur kuravo maisto sektoriaus inovacijų projektus. Išsilavinimas: Kauno technologijos universitetas (KTU), maisto technologijų magistrė. 2034 m. ji stažavosi Danijos maisto klasteryje Orhuse, o 2035–2036 m. buvo Europos Komisijos ekspertų grupės žemės ūkio maisto ekosistemai narė.

Ji pakeis ilgametį vadovą **Gintarą Vaitkų**, kuris klasteriui vadovavo nuo pat įkūrimo. Gintaras Vaitkus lieka valdybos patarėju tarptautiniais klausimais.

Per septynerius metus G. Vaitkaus vadovaujamas klasteris išaugo nuo 9 iki 38 narių, įgyvendino keturis tarptautinius projektus ir kasmet organizuoja bendrą stendą tarptautinėje maisto parodoje Berlyne. Valdybos pirmininkas Algirdas Rimkus padėkojo jam už atsidavimą ir pabrėžė, kad naujajai direktorei teks svarbus uždavinys – pritraukti daugiau jaunų ūkininkų ir mažų perdirbėjų iš Kazlų Rūdos, Šakių ir Vilkaviškio rajonų. Pirmieji naujosios direktorės susitikimai su nariais numatyti jau kovo mėnesį.

## Komanda

Mūsų komandoje dirba penki žmonės. Kiekvienas narys turi savo kontaktinį asmenį, kuris padeda rasti partnerių, parengti paraiškas ir dalyvauti parodose.


- **Rūta Jankauskaitė-Morkūnienė** – direktorė (nuo kovo 1 d.)
- **Gintaras Vaitkus** – valdybos patarėjas tarptautiniais klausimais
- **Dovilė Petrauskienė** – projektų vadovė
- **Mantas Žukauskas** – narių paslaugų koordinatorius
- **Olena Kovalenko** – komunikacijos specialistė (nuo 2036 m.)

## Valdyba (2036–2039)

Valdyba išrinkta visuotiniame narių susirinkime 2036 m. Jos sudėtis:

| Pareigos | Vardas, pavardė | Organizacija |
|---|---|---|
| Valdybos pirmininkas | Algirdas Rimkus | UAB „Sūduvos duona“ |
| Pirmininko pavaduotoja | Jolanta Baranauskienė | Marijampolės kolegija |
| Narys | Tadas Stankevičius | Kalvarijos ūkininkų kooperatyvas „Derlius“ |
| Narė | Ewa Zielińska-Bartkus | UAB „Baltic Fruit Processing“ |
| Narys | Paulius Grigas | Marijampolės savivaldybės administracija |

## Partneriai

Svarbiausi mūsų partneriai:

- Lietuvos inovacijų centras – konsultacijos dėl ES finansavimo;
- Lietuvos klasterių asociacija – nacionalinė klasterių atstovavimo organizacija;
- Palenkės maisto klasteris (Podlaski Klaster Spożywczy), Balstogė – bendri eksporto projektai su Lenkija nuo 2034 m.

Nuo 2035 m. klasteris registruotas platformoje ECCP (Europos klasterių bendradarbiavimo platforma).

## Artėjantys renginiai

- **Narių forumas** – 2037 m. kovo 26 d. (ketvirtadienis), Marijampolė. Naujoji direktorė pristatys veiklos planą.
- **Visuotinis narių susirinkimas** – 2037 m. gegužės 13 d.
- **Suvalkijos maisto dienos 2037** – 2037 m. rugsėjo 10–12 d., Marijampolė. Ankstesni renginiai: 2036 m. – Kalvarija, 2035 m. – Vilkaviškis.

## Ko išmokome per septynerius metus

Atsisveikindamas su komanda, Gintaras Vaitkus pasidalijo pamokomis:

1. Mažiems gamintojams labiausiai reikia ne dotacijų, o patikimų partnerių
2. Bendri eksporto stendai parodose atsiperka greičiau nei atskiri
3. Klasterio vertę lemia nariai, kurie dalyvauja, o ne nariai, kurie tik moka mokestį

Norite tapti nariu? Rašykite info@smik.example.lt arba skambinkite +370 343 00000.

---
© 2037 Suvalkijos maisto inovacijų klasteris · Vytauto g. 5, Marijampolė · Slapukų politika
"""
write(F, T)
C="Suvalkijos maisto inovacijų klasteris"
gold(F,
 [P("Rūta Jankauskaitė-Morkūnienė","direktorė",C),
  P("Gintaras Vaitkus","valdybos patarėjas tarptautiniais klausimais",C),
  P("Dovilė Petrauskienė","projektų vadovė",C),
  P("Mantas Žukauskas","narių paslaugų koordinatorius",C),
  P("Olena Kovalenko","komunikacijos specialistė",C),
  P("Algirdas Rimkus","Valdybos pirmininkas",C),
  P("Jolanta Baranauskienė","Pirmininko pavaduotoja",C),
  P("Tadas Stankevičius","Narys",C),
  P("Ewa Zielińska-Bartkus","Narė",C),
  P("Paulius Grigas","Narys",C)],
 [O(C,"SMIK"), O("Marijampolės kolegija"), O("AB „Marijampolės pienas“"), O("Inovacijų agentūra"), O("Kauno technologijos universitetas","KTU"), O("Europos Komisijos"),
  O("UAB „Sūduvos duona“"), O("Kalvarijos ūkininkų kooperatyvas „Derlius“"), O("UAB „Baltic Fruit Processing“"), O("Marijampolės savivaldybės administracija"),
  O("Lietuvos inovacijų centras"), O("Lietuvos klasterių asociacija"), O("Palenkės maisto klasteris"),
  O("Europos klasterių bendradarbiavimo platforma","ECCP")],
 [E("valdybos posėdis","2037-02-18",None,None,None),
  E("visuotinis narių susirinkimas","2036",None,None,None),
  E("Narių forumas","2037-03-26",None,"Marijampolė","Lithuania"),
  E("Visuotinis narių susirinkimas","2037-05-13",None,None,None),
  E("Suvalkijos maisto dienos 2037","2037-09-10","2037-09-12","Marijampolė","Lithuania"),
  E("Suvalkijos maisto dienos","2036",None,"Kalvarija","Lithuania"),
  E("Suvalkijos maisto dienos","2035",None,"Vilkaviškis","Lithuania")],
 ["2037-02-20","2030","2037-03-01","2037-02-18","2029/2033","2033","2036","2036/2039","2035","2037-03-26","2037-05-13","2037-09-10/2037-09-12","2034","2035/2036","2037-03"],
 ["Mažiems gamintojams labiausiai reikia ne dotacijų, o patikimų partnerių",
  "Bendri eksporto stendai parodose atsiperka greičiau nei atskiri",
  "Klasterio vertę lemia nariai, kurie dalyvauja, o ne nariai, kurie tik moka mokestį"], pub="2037-02-20")
