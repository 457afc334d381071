from h import *
F = 'g08_taurage_klasterio_valdyba.txt'
assert wd(2042,2,27)=='Thursday' and wd(2042,4,16)=='Wednesday' and wd(2042,4,17)=='Thursday' and wd(2042,3,12)=='Wednesday'
T = """Pradžia / Naujienos / Klasterio veikla

Tauragės energetikos klasteris išsirinko naują valdybą ir priėmė šešis naujus narius

Tauragė, 2042-03-03 | Klasterio veikla | Spausdinti | Dalintis: Facebook, LinkedIn

2042 m. vasario 27 d., ketvirtadienį, Tauragėje vyko asociacijos „Tauragės energetikos klasteris“ (TEK) visuotinis narių susirinkimas. Susirinkimą savo patalpose priėmė VšĮ Tauragės verslo inkubatorius. Jame dalyvavo 34 iš 41 klasterio nario, todėl kvorumas buvo užtikrintas.

Susirinkimą pradėjo ilgametis valdybos pirmininkas Algirdas Mockus, klasteriui vadovavęs nuo jo įkūrimo 2036 metais. Jis pristatė šešerių metų veiklos apžvalgą: klasteris išaugo nuo devynių steigėjų iki 41 nario, įgyvendino keturis bendrus projektus ir padėjo regiono įmonėms pritraukti daugiau kaip 12 mln. eurų investicijų į vėjo ir saulės energetiką. A. Mockus nusprendė daugiau nekandidatuoti. Nariai jam padėkojo ilgais plojimais ir išrinko jį klasterio garbės nariu. Savo kalboje jis priminė, kad pirmieji klasterio susitikimai vyko mokyklos aktų salėje, o pirmąjį bendrą projektą rengė vos trys įmonės.

Nauja valdyba 2042–2045 m. kadencijai

Susirinkimas slaptu balsavimu išrinko penkių narių valdybą:
- Mindaugas Petrauskas, UAB „Jūros vėjas“ – valdybos pirmininkas
- Rūta Jankauskienė, Tauragės rajono savivaldybės administracija – pirmininko pavaduotoja
- doc. dr. Vytautas Žemaitis, Kauno technologijos universitetas – valdybos narys
- Eglė Stankevičiūtė-Bryant, UAB „Saulės laukai“ – valdybos narė
- Tadas Kazlauskas, Tauragės profesinio rengimo centras – valdybos narys

„Per ateinančius trejus metus norime, kad Tauragės kraštas taptų vieta, kur energija ne tik gaminama, bet ir kaupiama bei naudojama pramonėje“, – po rinkimų sakė naujasis pirmininkas M. Petrauskas.

Klasterio kasdienę veiklą ir toliau koordinuos klasterio vadovė Jurgita Valančienė, šias pareigas einanti nuo 2039 m. Jai talkina projektų vadovas Rokas Baranauskas.

Darbo grupės

Valdyba taip pat patvirtino, kad ir toliau veiks trys klasterio darbo grupės. Vėjo energetikos darbo grupei vadovaus inžinierius Paulius Grinius iš UAB „Jūros vėjas“, energijos kaupimo grupei – dr. Ieva Butkutė-Schmidt (Lietuvos energetikos institutas), o kvalifikacijų ir mokymų grupei – Tadas Kazlauskas. Darbo grupės susitinka kartą per ketvirtį, o jų posėdžiai atviri visiems nariams. Nariai, norintys prisijungti prie darbo grupių, kviečiami kreiptis į klasterio vadovę.

Nauji klasterio nariai

Susirinkimas patvirtino šešių naujų narių prašymus. Prie klasterio prisijungė:
1. UAB „Biokuras LT“ (Jurbarkas) – biokuro gamyba
2. UAB „Geo-Termas“ (Klaipėda) – geoterminės šilumos sprendimai
3. Klaipėdos universitetas
4. Lietuvos energetikos institutas (LEI)
5. UAB „Pagėgių saulė“ – saulės parkų statyba
6. Šilalės rajono savivaldybė

Svečių žodis

Susirinkime kalbėjo Dalia Rimkutė, Klasterių programos vadovė (Inovacijų agentūra). Ji pristatė naują klasterių plėtros kvietimą, kurio paraiškų priėmimas baigsis 2042 m. kovo 31 d. Taip pat kalbėjo Tauragės rajono savivaldybės meras Darius Vaitkus, kuris pabrėžė klasterio vaidmenį rengiant regiono energetikos planą 2042–2050 m.

Susirinkimo nutarimai

Visuotinis narių susirinkimas nutarė:
- patvirtinti 2041 m. veiklos ataskaitą ir finansinių ataskaitų rinkinį
- išrinkti naują valdybą 2042–2045 m. kadencijai
- priimti į asociaciją šešis naujus narius
- palikti nario mokestį 2042 m. nepakeistą – 300 eurų per metus
- suteikti Algirdui Mockui klasterio garbės nario vardą

Artimiausi renginiai

Pirmasis naujos valdybos posėdis vyks kovo 12 d., trečiadienį. Balandžio 16–17 d. klasterio nariai dalyvaus Lietuvos klasterių forume (Vilnius), kur TEK pristatys savo patirtį kaupimo projektuose. Gegužės mėnesį planuojamas studijų vizitas į Esbjergo uostą (Esbjerg, Danija), kurį organizuoja klasteris kartu su partneriais iš Danijos „Energy Cluster Denmark“.

Klasterio veiklą remia Tauragės rajono savivaldybė ir Inovacijų agentūra.

Daugiau informacijos: Jurgita Valančienė, klasterio vadovė, tel. +370 600 00000, info@tek.example.lt

Susiję straipsniai:
> Klasteris ir Klaipėdos laisvoji ekonominė zona pasirašė bendradarbiavimo sutartį
> Vėjo energetikos dienos Tauragėje – pranešimų medžiaga
"""
write(F, T)
K="Tauragės energetikos klasteris"
gold(F,
 [P("Algirdas Mockus","valdybos pirmininkas",K),
  P("Mindaugas Petrauskas","valdybos pirmininkas",K),
  P("Rūta Jankauskienė","pirmininko pavaduotoja",K),
  P("Vytautas Žemaitis","valdybos narys",K),
  P("Eglė Stankevičiūtė-Bryant","valdybos narė",K),
  P("Tadas Kazlauskas","valdybos narys",K),
  P("Jurgita Valančienė","klasterio vadovė",K),
  P("Rokas Baranauskas","projektų vadovas",K),
  P("Dalia Rimkutė","Klasterių programos vadovė","Inovacijų agentūra"),
  P("Darius Vaitkus","meras","Tauragės rajono savivaldybė"),
  P("Paulius Grinius","inžinierius","UAB „Jūros vėjas“"),
  P("Ieva Butkutė-Schmidt",None,"Lietuvos energetikos institutas")],
 [O(K,"TEK"), O("VšĮ Tauragės verslo inkubatorius"), O("UAB „Jūros vėjas“"), O("Tauragės rajono savivaldybės administracija"),
  O("Kauno technologijos universitetas"), O("UAB „Saulės laukai“"), O("Tauragės profesinio rengimo centras"),
  O("UAB „Biokuras LT“"), O("UAB „Geo-Termas“"), O("Klaipėdos universitetas"), O("Lietuvos energetikos institutas","LEI"),
  O("UAB „Pagėgių saulė“"), O("Šilalės rajono savivaldybė"), O("Inovacijų agentūra"), O("Tauragės rajono savivaldybė"),
  O("Energy Cluster Denmark"), O("Klaipėdos laisvoji ekonominė zona")],
 [E("visuotinis narių susirinkimas","2042-02-27",None,"Tauragė","Lithuania"),
  E("valdybos posėdis","2042-03-12",None,None,None),
  E("Lietuvos klasterių forumas","2042-04-16","2042-04-17","Vilnius","Lithuania"),
  E("Vėjo energetikos dienos",None,None,"Tauragė","Lithuania"),
  E("studijų vizitas į Esbjergo uostą","2042-05",None,"Esbjerg","Denmark")],
 ["2042-03-03","2042-02-27","2036","2042/2045","2039","2042-03-31","2042/2050","2041","2042","2042-03-12","2042-04-16/2042-04-17","2042-05"],
 ["patvirtinti 2041 m. veiklos ataskaitą ir finansinių ataskaitų rinkinį",
  "išrinkti naują valdybą 2042–2045 m. kadencijai",
  "priimti į asociaciją šešis naujus narius",
  "palikti nario mokestį 2042 m. nepakeistą – 300 eurų per metus",
  "suteikti Algirdui Mockui klasterio garbės nario vardą"],
 pub="2042-03-03")
