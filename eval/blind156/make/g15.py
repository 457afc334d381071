from h import *
F = 'g15_taurage_energetikos_klasteris_naujienos.txt'
assert wd(2041,3,14)=='Thursday' and wd(2041,3,27)=='Wednesday' and wd(2041,4,9)=='Tuesday' and wd(2041,4,30)=='Tuesday' and wd(2041,5,20)=='Monday' and wd(2041,5,21)=='Tuesday' and wd(2041,3,20)=='Wednesday'
T = """TAURAGĖS ŽALIOSIOS ENERGETIKOS KLASTERIS
Naujienlaiškis Nr. 9 | 2041 m. kovas

Sveiki,

kviečiame susipažinti su svarbiausiomis klasterio naujienomis: išrinkta nauja valdyba, paskelbtas kvietimas teikti paraiškas inovacijų čekiams, o gegužę vėl susitiksime Tauragės energetikos dienose.

Nuoširdžiai,
Rasa Jankauskaitė-Vaitkienė
Klasterio koordinatorė

==================================================

1. VISUOTINIS NARIŲ SUSIRINKIMAS IŠRINKO NAUJĄ VALDYBĄ

2041 m. kovo 14 d. (ketvirtadienį) Tauragės verslo inkubatoriuje vyko asociacijos „Tauragės žaliosios energetikos klasteris“ (TŽEK) visuotinis narių susirinkimas. Jame dalyvavo 26 iš 33 narių. Susirinkimas patvirtino 2040 m. veiklos ataskaitą ir finansinę atskaitomybę, 2041–2043 m. veiklos planą ir išrinko naują valdybą trejų metų kadencijai.

Naujoji valdyba:
Pirmininkas – Mindaugas Petrauskas, UAB „Jūros vėjas“ direktorius
Pirmininko pavaduotoja – dr. Eglė Butkienė, Klaipėdos universitetas
Valdybos narys – Tomas Kazlauskas, UAB „Tauragės šilumos tinklai“
Valdybos narė – Vida Norkienė, Tauragės rajono savivaldybės administracija
Valdybos narys – Paulius Sabaliauskas, UAB „Saulės parkai LT“

Ilgametis klasterio vadovas Algirdas Stonkus, valdybai pirmininkavęs 2035–2041 m., toliau liks klasterio nariu ir kuruos jaunimo praktikų programą.

Susirinkimo nutarimai:
– didinti narių mokestį pramonės įmonėms nuo 300 iki 450 eurų per metus;
– steigti darbo grupę vandenilio projektams Tauragės pramonės parke;
– pasirašyti bendradarbiavimo sutartį su Latvijos atsinaujinančios energijos klasteriu.

==================================================

2. KVIETIMAS: INOVACIJŲ ČEKIAI ENERGETIKOS ĮMONĖMS

Inovacijų agentūra paskelbė kvietimą teikti paraiškas inovacijų čekiams. Paraiškas gali teikti labai mažos, mažos ir vidutinės įmonės, kurios nori išbandyti naują technologiją kartu su mokslo institucija. Paraiškų pateikimo terminas – 2041 m. balandžio 30 d. (antradienis), 16 val.

Klasteris kartu su Tauragės regiono plėtros taryba balandžio 9 d. (antradienį) 10 val. rengia nuotolinį informacinį seminarą. Pranešėjas – Darius Mockus, Inovacijų agentūros projektų vadovas. Registracija – iki balandžio 2 d.

==================================================

3. TAURAGĖS ENERGETIKOS DIENOS 2041

Šeštosios Tauragės energetikos dienos vyks 2041 m. gegužės 20–21 d. Tauragės kultūros centre. Pirmąją dieną – konferencija apie vėjo ir saulės energetiką regionuose, vakare – narių ir svečių vakarienė Tauragės pilyje. Antrąją dieną – išvyka į Pagėgių vėjo jėgainių parką ir dvišaliai susitikimai su įmonėmis iš Latvijos ir Lenkijos.

Ankstesni renginiai:
2040 m. – Tauragė, gegužės 22–23 d.
2039 m. – Jurbarkas, gegužės 16 d.
2038 m. – Tauragė, birželio 7 d.

==================================================

4. VIZITAS Į ESBJERGĄ: PAGRINDINĖS IŠVADOS

Kovo 20 d. (trečiadienį) septynių klasterio narių grupė lankėsi Esbjerge (Danija), kur susitiko su klasterio „Energy Cluster Denmark“ atstovais ir aplankė jūrinio vėjo uostą.

Pagrindinės išvados:
• Lietuvos įmonės gali tapti jūrinio vėjo parkų tiekėjomis, jei turės tarptautinius sertifikatus
• Danijos patirtis rodo, kad savivaldybės ir uosto bendradarbiavimas yra būtinas
• Reikia rengti specialistus jau profesinėse mokyklose

==================================================

5. NARIŲ SĖKMĖS ISTORIJA

UAB „Tauragės šilumos tinklai“ per pastaruosius dvejus metus perėjo nuo gamtinių dujų prie biokuro ir saulės kolektorių. Šilumos kaina gyventojams sumažėjo beveik penktadaliu, o įmonė dabar pati konsultuoja kitų Žemaitijos miestų šilumos tiekėjus. Pasak bendrovės vadovo, didžiausias iššūkis buvo ne technologija, o finansavimo paieška ir leidimų procedūros. Klasteris padėjo surasti partnerius Danijoje ir parengti paraišką. Šią patirtį įmonė pristatys energetikos dienose gegužės mėnesį.

==================================================

6. TRUMPAI

• Į klasterį įstojo UAB „Biokuras Šilalė“ ir Tauragės profesinio rengimo centras.
• 2041 m. balandį klasterio biure vyks nemokamos konsultacijos apie energijos vartojimo auditus mažoms įmonėms. Konsultacijas ves energetikos ekspertas Vytautas Rimkus iš UAB „Energijos auditas“. Registruotis galima el. paštu arba telefonu.
• Kovo 27 d. klasterio koordinatorė dalyvavo Lietuvos inovacijų klasterių asociacijos susitikime Vilniuje.

Asociacija „Tauragės žaliosios energetikos klasteris“, Dariaus ir Girėno g. 1, LT-72211 Tauragė | info@tzek.example.lt
Jei nebenorite gauti naujienlaiškio, atsakykite į šį laišką.
"""
write(F, T)
K = "Tauragės žaliosios energetikos klasteris"
gold(F,
 [P("Rasa Jankauskaitė-Vaitkienė", "Klasterio koordinatorė", K),
  P("Mindaugas Petrauskas", "Pirmininkas", K),
  P("Eglė Butkienė", "Pirmininko pavaduotoja", K),
  P("Tomas Kazlauskas", "Valdybos narys", K),
  P("Vida Norkienė", "Valdybos narė", K),
  P("Paulius Sabaliauskas", "Valdybos narys", K),
  P("Algirdas Stonkus", "klasterio vadovas", K),
  P("Vytautas Rimkus", "energetikos ekspertas", "UAB „Energijos auditas“"),
  P("Darius Mockus", "projektų vadovas", "Inovacijų agentūra")],
 [O(K, "TŽEK"), O("UAB „Jūros vėjas“"), O("Klaipėdos universitetas"),
  O("UAB „Tauragės šilumos tinklai“"), O("Tauragės rajono savivaldybės administracija"), O("UAB „Saulės parkai LT“"),
  O("Latvijos atsinaujinančios energijos klasteriu"), O("Inovacijų agentūra"), O("Tauragės regiono plėtros taryba"),
  O("Energy Cluster Denmark"), O("UAB „Biokuras Šilalė“"), O("Tauragės profesinio rengimo centras"),
  O("Lietuvos inovacijų klasterių asociacijos"), O("UAB „Energijos auditas“")],
 [E("visuotinis narių susirinkimas", "2041-03-14", None, "Tauragė", "Lithuania"),
  E("informacinis seminaras", "2041-04-09", None, None, None),
  E("Tauragės energetikos dienos 2041", "2041-05-20", "2041-05-21", "Tauragė", "Lithuania"),
  E("konferencija", "2041-05-20", None, "Tauragė", "Lithuania"),
  E("narių ir svečių vakarienė", "2041-05-20", None, "Tauragė", "Lithuania"),
  E("išvyka į Pagėgių vėjo jėgainių parką", "2041-05-21", None, None, "Lithuania"),
  E("dvišaliai susitikimai", "2041-05-21", None, "Tauragė", "Lithuania"),
  E("Tauragės energetikos dienos", "2040-05-22", "2040-05-23", "Tauragė", "Lithuania"),
  E("Tauragės energetikos dienos", "2039-05-16", None, "Jurbarkas", "Lithuania"),
  E("Tauragės energetikos dienos", "2038-06-07", None, "Tauragė", "Lithuania"),
  E("VIZITAS Į ESBJERGĄ", "2041-03-20", None, "Esbjerg", "Denmark"),
  E("Lietuvos inovacijų klasterių asociacijos susitikimas", "2041-03-27", None, "Vilniuje", "Lithuania")],
 ["2041-03", "2041-05", "2041-03-14", "2040", "2041/2043", "2035/2041", "2041-04-30", "2041-04-09", "2041-04-02",
  "2041-05-20/2041-05-21", "2040-05-22/2040-05-23", "2039-05-16", "2038-06-07", "2041-03-20", "2041-03-27", "2041-04"],
 ["didinti narių mokestį pramonės įmonėms nuo 300 iki 450 eurų per metus",
  "steigti darbo grupę vandenilio projektams Tauragės pramonės parke",
  "pasirašyti bendradarbiavimo sutartį su Latvijos atsinaujinančios energijos klasteriu",
  "Lietuvos įmonės gali tapti jūrinio vėjo parkų tiekėjomis, jei turės tarptautinius sertifikatus",
  "Danijos patirtis rodo, kad savivaldybės ir uosto bendradarbiavimas yra būtinas",
  "Reikia rengti specialistus jau profesinėse mokyklose"])
