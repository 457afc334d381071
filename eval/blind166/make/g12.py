from h import *
F = 'g12_anyksciai_turizmo_klasteris_naujienlaiskis.txt'
assert wd(2038,4,8)=='Thursday' and wd(2038,3,25)=='Thursday' and wd(2038,4,28)=='Wednesday' and wd(2038,5,4)=='Tuesday' and wd(2038,5,29)=='Saturday' and wd(2038,6,28)=='Monday'
T = """ANYKŠČIŲ TURIZMO IR AMATŲ KLASTERIS
Naujienlaiškis Nr. 4 (2038 m. balandis)
Anykščiai, 2038 m. balandžio 16 d.

Sveiki, klasterio nariai ir bičiuliai,

pavasaris Anykščiuose prasidėjo darbingai: turime naują valdybą, atviro kvietimo terminas jau visai netoli, o gegužės pabaigoje vėl kviečiame į amatų mugę. Trumpai apie viską – žemiau.

Klasterio koordinatorė Rūta Kazlauskaitė

==========================================================
1. VISUOTINIS NARIŲ SUSIRINKIMAS IŠRINKO NAUJĄ VALDYBĄ

Visuotinis narių susirinkimas įvyko 2038 m. kovo 25 d., ketvirtadienį, Anykščių menų inkubatoriuje. Dalyvavo 31 iš 40 klasterio narių. Susirinkimas patvirtino 2037 m. veiklos ataskaitą ir išrinko valdybą 2038–2041 m. kadencijai:

- valdybos pirmininkas – Tomas Juodelis, UAB „Šilelio poilsis“ direktorius
- pirmininko pavaduotoja – Dalia Vaitkevičiūtė-Bružė, Anykščių regioninio parko direkcija
- valdybos narys – Arūnas Mačiulis, Anykščių rajono savivaldybės administracija
- valdybos narė – Gintarė Pakalnienė, amatų studija „Verpstė“

Ilgametis pirmininkas Vytautas BALČIŪNAS į valdybą nebekandidatavo. Jam už aštuonerius darbo metus padėkojo Anykščių rajono meras Kęstutis Jakštas. Susirinkime taip pat nutarta iki metų pabaigos parengti klasterio plėtros strategiją iki 2045 m. ir kreiptis į Utenos regiono plėtros tarybą dėl bendro turizmo rinkodaros projekto. Strategijos darbo grupei vadovaus pirmininko pavaduotoja.

==========================================================
2. KVIETIMAS: SKAITMENINIAI SPRENDIMAI TURIZMO ĮMONĖMS

Inovacijų agentūra paskelbė kvietimą smulkiosioms turizmo ir amatų įmonėms diegti skaitmeninius sprendimus – internetines rezervacijos sistemas, virtualias ekskursijas, elektronines parduotuves. Didžiausia finansavimo suma – 15 000 eurų.

Paraiškų pateikimo terminas – 2038 m. gegužės 4 d. 16 val.
Informacinis seminaras – 2038 m. balandžio 28 d. (trečiadienį) 10 val., nuotoliniu būdu.
Klasterio konsultantas: Mindaugas Survila, projektų vadovas, mindaugas@anyksciuklasteris.example.lt

==========================================================
3. DISKUSIJA „LAJŲ TAKAS PO DEŠIMTMEČIO“ – PAGRINDINĖS IŠVADOS

2038 m. balandžio 8 d. Anykščių kultūros centre vyko klasterio ir Anykščių turizmo ir verslo informacijos centro diskusija apie lankytojų srautus. Pranešimus skaitė doc. dr. Jurgita Mikalauskienė (Vilniaus universitetas, Kauno fakultetas), Latvijos kolegė Ilze Bērziņa (Vidzemes tūrisma asociācija, Latvija) ir Dainius Paškevičius iš Valstybinės saugomų teritorijų tarnybos.

Pagrindinės išvados:
- Lankytojų srautai sutelkti į tris mėnesius, todėl nariai turi kurti žiemos ir rudens pasiūlymus
- Vietiniai amatininkai dar per mažai įtraukti į didžiųjų objektų lankytojų maršrutus
- Reikia bendro visų narių bilieto ar kortelės, kuri skatintų ilgesnį buvimą rajone

==========================================================
4. RENGINIŲ KALENDORIUS

2038 m. gegužės 29 d. (šeštadienis) – Anykščių amatų mugė, Dainuvos slėnis
2038 m. birželio 28 d. (pirmadienis) – valdybos posėdis, Anykščiai
2038 m. rugpjūčio mėn. – pažintinė kelionė į Cėsis (Latvija) kartu su Vidzemes tūrisma asociācija

Ankstesnės Anykščių amatų mugės:
2035 m. – gegužės 30 d., Dainuvos slėnis
2036 m. – gegužės 28 d., Anykščių Šv. Mato bažnyčios aikštė
2037 m. – gegužės 29 d., Dainuvos slėnis

Šių metų mugės programoje – amatininkų dirbtuvės vaikams, liaudies muzikos koncertas ir vietos gamintojų degustacijos. Mugę globoja Anykščių rajono savivaldybė. Mugėje dar yra laisvų prekybos vietų – registruokitės iki gegužės 14 d.

==========================================================
5. NARIŲ SĖKMĖS

Amatų studija „Verpstė“ kovo mėnesį Kaziuko mugėje buvo apdovanota už geriausią tradicinių audinių ekspoziciją. UAB „Šilelio poilsis“ atnaujino poilsio kompleksą ir nuo šios vasaros siūlys žmonėms su negalia pritaikytą pasivaikščiojimo maršrutą pušyne. Sveikiname ir dėkojame, kad garsinate Anykščių vardą!

==========================================================
6. TRUMPAI

- Klasterį papildė du nauji nariai: kaimo turizmo sodyba „Šventosios vingis“ ir UAB „Anykščių vynas“.
- Klasterio biuras nuo gegužės persikelia į naujas patalpas J. Biliūno g. 12.
- Nariams primename, kad metinis nario mokestis turi būti sumokėtas iki birželio 30 d.

Anykščių turizmo ir amatų klasteris · info@anyksciuklasteris.example.lt · tel. +370 381 00000
Jei nebenorite gauti naujienlaiškio, atsakykite žodžiu „ATSISAKYTI“.
"""
write(F, T)
K = "Anykščių turizmo ir amatų klasteris"
gold(F,
 [P("Rūta Kazlauskaitė","Klasterio koordinatorė",K),
  P("Tomas Juodelis","valdybos pirmininkas",K),
  P("Dalia Vaitkevičiūtė-Bružė","pirmininko pavaduotoja",K),
  P("Arūnas Mačiulis","valdybos narys",K),
  P("Gintarė Pakalnienė","valdybos narė",K),
  P("Vytautas BALČIŪNAS","pirmininkas",K),
  P("Kęstutis Jakštas","Anykščių rajono meras",None),
  P("Mindaugas Survila","projektų vadovas",K),
  P("Jurgita Mikalauskienė",None,"Vilniaus universitetas"),
  P("Ilze Bērziņa",None,"Vidzemes tūrisma asociācija"),
  P("Dainius Paškevičius",None,"Valstybinės saugomų teritorijų tarnybos")],
 [O(K), O("UAB „Šilelio poilsis“"), O("Anykščių regioninio parko direkcija"),
  O("Anykščių rajono savivaldybės administracija"), O("amatų studija „Verpstė“"), O("Inovacijų agentūra"),
  O("Anykščių turizmo ir verslo informacijos centro"), O("Vilniaus universitetas"), O("Kauno fakultetas"),
  O("Vidzemes tūrisma asociācija"), O("Valstybinės saugomų teritorijų tarnybos"),
  O("kaimo turizmo sodyba „Šventosios vingis“"), O("UAB „Anykščių vynas“"), O("Utenos regiono plėtros tarybą"), O("Anykščių rajono savivaldybė")],
 [E("Visuotinis narių susirinkimas","2038-03-25",None,"Anykščiai","Lithuania"),
  E("Informacinis seminaras","2038-04-28",None,None,None),
  E("Lajų takas po dešimtmečio","2038-04-08",None,"Anykščiai","Lithuania"),
  E("Anykščių amatų mugė","2038-05-29",None,"Anykščiai","Lithuania"),
  E("valdybos posėdis","2038-06-28",None,"Anykščiai","Lithuania"),
  E("pažintinė kelionė į Cėsis","2038-08",None,"Cėsis","Latvia"),
  E("Anykščių amatų mugė","2035-05-30",None,"Anykščiai","Lithuania"),
  E("Anykščių amatų mugė","2036-05-28",None,"Anykščiai","Lithuania"),
  E("Anykščių amatų mugė","2037-05-29",None,"Anykščiai","Lithuania"),
  E("Kaziuko mugė","2038-03",None,None,None)],
 ["2038-04","2038-04-16","2038-03-25","2037","2038/2041","2038-05-04","2038-04-28","2038-04-08","2038-05-29","2038-06-28",
  "2038-08","2035","2035-05-30","2036","2036-05-28","2037-05-29","2038-05-14","2038-05","2038-06-30","2045","2038-03"],
 ["Lankytojų srautai sutelkti į tris mėnesius, todėl nariai turi kurti žiemos ir rudens pasiūlymus",
  "Vietiniai amatininkai dar per mažai įtraukti į didžiųjų objektų lankytojų maršrutus",
  "Reikia bendro visų narių bilieto ar kortelės, kuri skatintų ilgesnį buvimą rajone"],
 pub="2038-04-16")
