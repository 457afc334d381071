from h import *
from email.message import EmailMessage
F = 'g08_utena_klasteris_visuotinis_susirinkimas.eml'
acc = lambda s: s[:-2] + 'į'
body = f"""Gerbiami klasterio nariai,

kviečiame Jus į asociacijos „Aukštaitijos pramonės klasteris" (APK) eilinį visuotinį narių susirinkimą, kuris vyks 2035 m. birželio 14 d. ({acc(w(2035,6,14,'lt'))}) 14.00 val. Utenos verslo informacijos centre (Utenio a. 4, Utena). Registracija nuo 13.30 val.

Šiais metais susirinkimas ypatingas: baigiasi dabartinės valdybos kadencija (2031–2035), todėl rinksime naują valdybą ir valdybos pirmininką ketverių metų kadencijai. Be to, aptarsime klasterio strategiją 2036–2040 m. ir jungtinį stendą parodoje „Balttechnika 2036".

DARBOTVARKĖ

14.00–14.10 Susirinkimo atidarymas, susirinkimo pirmininko ir sekretoriaus rinkimai
14.10–14.30 Valdybos pirmininko Mindaugo Petrausko ataskaita už 2034 m. veiklą
14.30–14.45 2034 m. finansinių ataskaitų rinkinio tvirtinimas (pristato finansininkė Vilma Jankauskienė)
14.45–15.00 Revizorės išvados (pristato revizorė Danutė Stankevičienė)
15.00–15.20 Klasterio strategijos 2036–2040 m. projekto pristatymas – klasterio vadovė Rūta Kazlauskienė
15.20–15.40 Kavos pertrauka
15.40–16.20 Valdybos narių ir valdybos pirmininko rinkimai
16.20–16.40 Svečio pranešimas: „Klasterių parama 2035–2037 m." – Tomas Žilinskas, Inovacijų agentūros Klasterių skyriaus vadovas
16.40–17.00 Einamieji klausimai, 2036 m. nario mokesčio dydžio tvirtinimas
17.00–19.00 Neformalus bendravimas prie taurės vyno Utenos alaus daryklos kiemelyje (Pramonės g. 12)

KĄ NUVEIKĖME PER KADENCIJĄ

Per ketverius metus klasteris išaugo nuo 19 iki 34 narių. Kartu dalyvavome keturiose tarptautinėse parodose, surengėme tris verslo misijas į Suomiją, Lenkiją ir Vokietiją, o narių įmonės kartu su mokslo partneriais pateikė aštuonias paraiškas bendriems projektams. Praėjusių metų rudenį Utenoje surengtas klasterio forumas sulaukė daugiau nei 150 dalyvių. Valdybos pirmininkas savo ataskaitoje pristatys ir tai, kas nepavyko: bendrų pirkimų platforma kol kas neveikia, o narių įsitraukimas į darbo grupes yra nevienodas.

Naujoji valdyba turės tris pagrindines užduotis: įgyvendinti strategiją, parengti klasterio paraišką naujam klasterių plėtros kvietimui ir sustiprinti bendradarbiavimą su Latvijos ir Lenkijos klasteriais. Todėl labai svarbu, kad susirinkime dalyvautų kuo daugiau narių. Kviečiame atsivesti ir kolegas, atsakingus už gamybą, eksportą ar personalą – jie galės dalyvauti diskusijoje apie strategiją, nors balsuoti gali tik įgalioti narių atstovai.

KANDIDATAI Į VALDYBĄ

Iki gegužės 30 d. gauti šie pasiūlymai (kandidatai sutiko būti renkami):
• Mindaugas Petrauskas, UAB „Utenos metalas" generalinis direktorius (kandidatuoja į valdybos pirmininkus antrai kadencijai)
• Dr. Aistė Žukauskaitė, Kauno technologijos universiteto Panevėžio fakulteto docentė
• Jonas Vaitkus, UAB „Ąžuolo baldai" direktorius
• Ingrida Šimkūnaitė-Bernotienė, AB „Aukštaitijos tekstilė" gamybos vadovė
• Paulius Maceina, Utenos kolegijos Verslo ir technologijų fakulteto dekanas
• Laura Grigaitė, UAB „Grigo elektronika" savininkė

Papildomus kandidatus galima siūlyti iki 2035 m. birželio 7 d. el. paštu info@apk-utena.example.lt. Balsavimas vyks slaptai, balsavimo biuleteniais.

SVARBU

– Jei negalite dalyvauti, galite įgalioti kitą asmenį arba balsuoti raštu iš anksto. Išankstinio balsavimo biuletenius atsiųsime iki birželio 9 d. Užpildytus biuletenius prašome grąžinti iki birželio 13 d. 12.00 val.
– Susirinkimas yra teisėtas, jei jame dalyvauja daugiau kaip pusė narių. Kiekvienas narys turi vieną balsą, nepriklausomai nuo įmonės dydžio. Jei kvorumo nebus, pakartotinis susirinkimas vyks 2035 m. birželio 28 d. tuo pačiu laiku ir toje pačioje vietoje.
– Susirinkimo medžiagą (finansinių ataskaitų rinkinį, veiklos ataskaitą ir strategijos projektą) rasite narių paskyroje iki birželio 6 d.

Dalyvavimą prašome patvirtinti iki birželio 10 d. atsakant į šį laišką arba užpildant registracijos formą. Nurodykite, ar dalyvausite neformaliame susitikime po susirinkimo.

Po susirinkimo apie 17.15 val. Utenos alaus daryklos technologas Arūnas Baranauskas parodys naująją gamybos liniją (ekskursija trunka apie 30 min., dalyvių skaičius ribotas – iki 25).

Primename, kad birželio 27–28 d. Utenoje vyks ir tarptautinis seminaras „Mediena ir metalas modulinėje statyboje", kurį organizuojame kartu su Latvijos partneriais iš Latgale Industrial Cluster. Daugiau informacijos – kitame naujienlaiškyje.

KAIP ATVYKTI

Utenos verslo informacijos centras yra miesto centre, prie Utenio aikštės. Automobilius galima palikti nemokamoje aikštelėje už pastato. Nariams iš Molėtų, Anykščių ir Zarasų siūlome važiuoti kartu – jei reikia pavėžėjimo, parašykite mums, ir suderinsime. Į neformalų susitikimą alaus daryklos kiemelyje nuo informacijos centro nueisite pėsčiomis per dešimt minučių.

Susirinkimo metu bus daromos nuotraukos klasterio svetainei ir socialiniams tinklams. Jei nenorite, kad Jūsų atvaizdas būtų skelbiamas, praneškite registruodamiesi. Susirinkimo protokolą išsiųsime visiems nariams per dvi savaites, o naujosios valdybos pirmasis posėdis vyks iškart po rinkimų, kol svečiai vaišinsis kiemelyje.

Laukiame Jūsų!

Pagarbiai
Rūta Kazlauskienė
Klasterio vadovė
Asociacija „Aukštaitijos pramonės klasteris"
Utenio a. 4, LT-28248 Utena
Tel. +370 389 00 000 | www.apk-utena.example.lt

Šiame laiške esanti informacija skirta tik adresatui. Jei laišką gavote per klaidą, prašome pranešti siuntėjui ir jį ištrinti.

-----Original Message-----
Nuo: Rūta Kazlauskienė <ruta.kazlauskiene@apk-utena.example.lt>
Išsiųsta: 2035 m. balandžio 22 d. 09:14
Kam: APK nariai <nariai@apk-utena.example.lt>
Tema: Išsaugokite datą: visuotinis narių susirinkimas birželio 14 d.

> Gerbiami nariai,
>
> iš anksto pranešame, kad visuotinis narių susirinkimas numatomas 2035 m. birželio 14 d. Utenoje. Šiais metais vyks valdybos rinkimai, todėl kviečiame jau dabar apgalvoti kandidatūras. Pasiūlymus kandidatams į valdybą prašome siųsti iki gegužės 30 d.
>
> Taip pat primename, kad gegužės 15 d. Vilniuje vyks Inovacijų agentūros renginys „Klasterių forumas 2035", į kurį vyksime kartu – nemokamas autobusas iš Utenos išvyks 7.00 val.
>
> Pagarbiai
> Rūta Kazlauskienė
"""
m = EmailMessage()
m['From'] = 'Rūta Kazlauskienė <ruta.kazlauskiene@apk-utena.example.lt>'
m['To'] = 'APK nariai <nariai@apk-utena.example.lt>'
m['Subject'] = 'KVIETIMAS: visuotinis narių susirinkimas 2035-06-14 ir valdybos rinkimai'
m['Date'] = 'Mon, 28 May 2035 10:02:00 +0300'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
assert w(2035,5,28) == 'Monday'
gold(F,
 [P("Rūta Kazlauskienė", "Klasterio vadovė", "Aukštaitijos pramonės klasteris"),
  P("Mindaugas Petrauskas", "generalinis direktorius", "UAB „Utenos metalas\""),
  P("Vilma Jankauskienė", "finansininkė", None),
  P("Danutė Stankevičienė", "revizorė", None),
  P("Tomas Žilinskas", "Klasterių skyriaus vadovas", "Inovacijų agentūros"),
  P("Aistė Žukauskaitė", "docentė", "Kauno technologijos universiteto Panevėžio fakulteto"),
  P("Jonas Vaitkus", "direktorius", "UAB „Ąžuolo baldai\""),
  P("Ingrida Šimkūnaitė-Bernotienė", "gamybos vadovė", "AB „Aukštaitijos tekstilė\""),
  P("Paulius Maceina", "dekanas", "Utenos kolegijos Verslo ir technologijų fakulteto"),
  P("Laura Grigaitė", "savininkė", "UAB „Grigo elektronika\""),
  P("Arūnas Baranauskas", "technologas", "Utenos alaus daryklos")],
 [O("Aukštaitijos pramonės klasteris", "APK"), O("Utenos verslo informacijos centre"), O("Inovacijų agentūros"),
  O("Utenos alaus daryklos"), O("UAB „Utenos metalas\""), O("Kauno technologijos universiteto Panevėžio fakulteto"),
  O("UAB „Ąžuolo baldai\""), O("AB „Aukštaitijos tekstilė\""), O("Utenos kolegijos Verslo ir technologijų fakulteto"),
  O("UAB „Grigo elektronika\""), O("Latgale Industrial Cluster")],
 [E("visuotinis narių susirinkimas", "2035-06-14", None, "Utena", "Lithuania"),
  E("Neformalus bendravimas prie taurės vyno", "2035-06-14", None, "Utena", "Lithuania"),
  E("pakartotinis susirinkimas", "2035-06-28", None, "Utena", "Lithuania"),
  E("naujosios valdybos pirmasis posėdis", "2035-06-14", None, "Utena", "Lithuania"),
  E("ekskursija", "2035-06-14", None, "Utena", "Lithuania"),
  E("Mediena ir metalas modulinėje statyboje", "2035-06-27", "2035-06-28", "Utenoje", "Lithuania"),
  E("Klasterių forumas 2035", "2035-05-15", None, "Vilniuje", "Lithuania"),
  E("klasterio forumas", None, None, "Utenoje", "Lithuania"),
  E("Balttechnika 2036")],
 ["2035-06-14", "2031/2035", "2036/2040", "2034", "2035/2037", "2036", "2035-05-30", "2035-06-07", "2035-06-09", "2035-06-13",
  "2035-06-28", "2035-06-06", "2035-06-10", "2035-06-27/2035-06-28", "2035-04-22", "2035-05-15", "2035-05-28"],
 [], pub="2035-05-28")
