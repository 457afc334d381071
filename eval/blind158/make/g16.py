from h import *
F = 'g16_rokiskis_baldu_klasteris_forumas.txt'
assert wd(2042,5,14)=='Wednesday' and wd(2042,5,15)=='Thursday' and wd(2042,4,30)=='Wednesday' and wd(2042,6,18)=='Wednesday' and wd(2042,9,10)=='Wednesday'
T = """Rokiškio regiono plėtros agentūra | Naujienos | Renginiai | Kontaktai | EN

Pagrindinis > Naujienos > 2042 m. gegužė

Rokiškyje – jau penktasis Šiaurės Lietuvos medienos forumas

2042-05-19 | Autorė: Gintarė Žukauskienė | Dalintis: Facebook · LinkedIn · El. paštu

Gegužės 14–15 d. Rokiškio kultūros centre vyko penktasis Šiaurės Lietuvos medienos forumas, kurį organizavo Šiaurės Lietuvos baldų ir medienos klasteris „Medžio kelias“ kartu su Rokiškio regiono plėtros agentūra (RRPA). Forume dalyvavo daugiau kaip 140 baldų gamintojų, miškininkų, dizainerių ir savivaldybių atstovų iš Lietuvos, Latvijos ir Lenkijos.

Forumą atidarė Rokiškio rajono savivaldybės meras Ramūnas Godeliauskas-Vaitkus ir klasterio valdybos pirmininkė Rasa Baranauskienė (UAB „Rokiškio baldai“). Pagrindinį pranešimą „Medis – ne tik baldams: statybos iš CLT plokščių Baltijos šalyse“ skaitė Kauno technologijos universiteto Statybos ir architektūros fakulteto profesorius dr. Andrius Juodagalvis. Apie Latvijos medienos klasterių patirtį pasakojo Latvijos medienos perdirbėjų asociacijos vadovė Ilze Bērziņa.

Pirmosios dienos diskusijoje daug dėmesio skirta medienos tiekimui. Pasak dalyvių, per pastaruosius dvejus metus beržo ir uosio žaliavos kainos išaugo beveik trečdaliu, o mažosioms įmonėms vis sunkiau sudaryti ilgalaikes sutartis su miškų savininkais. Valstybinių miškų urėdijos atstovas Mindaugas Paulauskas pristatė naują aukcionų tvarką, kuri turėtų palengvinti smulkiųjų pirkėjų padėtį. Latvijos svečiai pasiūlė steigti bendrą Lietuvos ir Latvijos pirkėjų grupę, kuri galėtų derėtis dėl didesnių kiekių. Šiai idėjai pritarė dauguma diskusijos dalyvių, todėl klasteris iki rudens parengs bendradarbiavimo sutarties projektą.

Forumo programa
Gegužės 14 d., trečiadienis
10.00 Registracija, kava
10.30 Atidarymas
11.00 Pranešimai ir diskusija apie medienos tiekimą
14.00 Verslo kontaktų mugė (B2B susitikimai) – įvyko 84 susitikimai
18.30 Iškilminga vakarienė Rokiškio dvare ir klasterio apdovanojimų „Metų medžio gaminys“ įteikimas

Gegužės 15 d., ketvirtadienis
9.00 Įmonių lankymas: UAB „Rokiškio baldai“ ir UAB „Obelių medis“ (Obeliai)
13.00 Uždarymas

Apdovanojimus „Metų medžio gaminys 2042“ pelnė UAB „Kupiškio drožlė“ (lenkta kėdė mokykloms), UAB „Pandėlio stalius“ (modulinė virtuvė) ir jaunoji dizainerė Emilija Stankevičiūtė iš Vilniaus dailės akademijos.

Ankstesni forumai
2038 – Panevėžys, gegužės 19–20 d.
2039 – Biržai, gegužės 12 d.
2040 – Utena, gegužės 16–17 d.
2041 – Zarasai, gegužės 14–15 d.

Klasterio valdybos pirmininkė R. Baranauskienė sakė, kad šiemet forumas pirmą kartą surinko daugiau dalyvių iš užsienio nei iš kitų Lietuvos regionų. „Latvijos ir Lenkijos gamintojai ieško partnerių, kurie galėtų greitai pagaminti nedideles serijas. Tai mūsų stiprybė“, – teigė ji.

RRPA direktorius Vytautas Kazlauskas pridūrė, kad agentūra kitais metais planuoja forumą papildyti studijų vizitu į Lenkijos Podlasės vaivadijos baldų įmones.

Forumo dalyviai taip pat galėjo apžiūrėti jaunųjų dizainerių darbų parodą kultūros centro fojė. Joje buvo eksponuota dvidešimt baldų prototipų, kuriuos sukūrė Vilniaus dailės akademijos ir Panevėžio kolegijos studentai kartu su klasterio įmonėmis.

Artimiausi renginiai
- Balandžio 30 d. (trečiadienį) vykęs seminaras apie Europos medienos reglamentą sulaukė didelio susidomėjimo, todėl jis bus kartojamas birželio 18 d. (trečiadienį) Rokiškio verslo centre.
- Rugsėjo 10 d. (trečiadienį) – klasterio narių visuotinis susirinkimas ir naujos valdybos rinkimai.
- Spalio mėn. – bendras Lietuvos stendas parodoje „Baldai 2042“ Vilniaus parodų ir kongresų centre LITEXPO (Vilnius).

Apie klasterį
Šiaurės Lietuvos baldų ir medienos klasteris „Medžio kelias“ įkurtas 2034 m. Jį sudaro 32 nariai: baldų ir medienos įmonės, Rokiškio technologijos, verslo ir žemės ūkio mokykla, Panevėžio kolegija ir keturios savivaldybės. Klasteris yra Lietuvos inovacijų klasterių asociacijos narys.

Kontaktai: Rokiškio regiono plėtros agentūra, Respublikos g. 94, LT-42136 Rokiškis · klasterio koordinatorė Laura Jurkienė · tel. +370 458 00000 · info@rrpa.example.lt

© 2042 Rokiškio regiono plėtros agentūra. Projektą finansuoja Europos Sąjunga.
"""
write(F, T)
M="Šiaurės Lietuvos baldų ir medienos klasteris „Medžio kelias“"; R="Rokiškio regiono plėtros agentūra"
gold(F,
 [P("Gintarė Žukauskienė",None,None),
  P("Ramūnas Godeliauskas-Vaitkus","Rokiškio rajono savivaldybės meras",None),
  P("Rasa Baranauskienė","klasterio valdybos pirmininkė",M),
  P("Andrius Juodagalvis","profesorius","Statybos ir architektūros fakulteto"),
  P("Ilze Bērziņa","vadovė","Latvijos medienos perdirbėjų asociacijos"),
  P("Emilija Stankevičiūtė","dizainerė","Vilniaus dailės akademijos"),
  P("Vytautas Kazlauskas","direktorius","RRPA"),
  P("Mindaugas Paulauskas","atstovas","Valstybinių miškų urėdijos"),
  P("Laura Jurkienė","klasterio koordinatorė",M)],
 [O(M), O(R,"RRPA"), O("UAB „Rokiškio baldai“"), O("Kauno technologijos universiteto"), O("Statybos ir architektūros fakulteto"),
  O("Latvijos medienos perdirbėjų asociacijos"), O("UAB „Obelių medis“"), O("UAB „Kupiškio drožlė“"), O("UAB „Pandėlio stalius“"),
  O("Vilniaus dailės akademijos"), O("Rokiškio technologijos, verslo ir žemės ūkio mokykla"), O("Panevėžio kolegija"),
  O("Lietuvos inovacijų klasterių asociacijos"), O("Europos Sąjunga"), O("Rokiškio rajono savivaldybės"), O("Valstybinių miškų urėdijos")],
 [E("Šiaurės Lietuvos medienos forumas","2042-05-14","2042-05-15","Rokiškis","Lithuania"),
  E("Verslo kontaktų mugė (B2B susitikimai)","2042-05-14",None,"Rokiškis","Lithuania"),
  E("Iškilminga vakarienė","2042-05-14",None,"Rokiškis","Lithuania"),
  E("apdovanojimų „Metų medžio gaminys“ įteikimas","2042-05-14",None,"Rokiškis","Lithuania"),
  E("Įmonių lankymas","2042-05-15",None,"Rokiškis, Obeliai","Lithuania"),
  E("Šiaurės Lietuvos medienos forumas","2038-05-19","2038-05-20","Panevėžys","Lithuania"),
  E("Šiaurės Lietuvos medienos forumas","2039-05-12",None,"Biržai","Lithuania"),
  E("Šiaurės Lietuvos medienos forumas","2040-05-16","2040-05-17","Utena","Lithuania"),
  E("Šiaurės Lietuvos medienos forumas","2041-05-14","2041-05-15","Zarasai","Lithuania"),
  E("seminaras apie Europos medienos reglamentą","2042-04-30"),
  E("seminaras apie Europos medienos reglamentą","2042-06-18",None,"Rokiškis","Lithuania"),
  E("klasterio narių visuotinis susirinkimas","2042-09-10"),
  E("Baldai 2042","2042-10",None,"Vilnius","Lithuania")],
 ["2042-05","2042-05-19","2042-05-14/2042-05-15","2042-05-14","2042-05-15","2038","2038-05-19/2038-05-20","2039","2039-05-12",
  "2040","2040-05-16/2040-05-17","2041","2041-05-14/2041-05-15","2042-04-30","2042-06-18","2042-09-10","2042-10","2034"],
 [], pub="2042-05-19")
