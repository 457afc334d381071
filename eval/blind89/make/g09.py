from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_siauliai_visuotinis_susirinkimas.eml'
assert wd(2039,5,28)=='Saturday' or True
assert wd(2039,5,26)=='Thursday' and wd(2039,5,12)=='Thursday' and wd(2039,4,28)=='Thursday' and wd(2039,5,19)=='Thursday'
body = """Gerbiami klasterio nariai,

kviečiame Jus į eilinį visuotinį Asociacijos „Šiaurės Lietuvos mechatronikos klasteris“ narių susirinkimą, kuris vyks 2039 m. gegužės 26 d. (ketvirtadienį) 14.00 val. Šiaulių universiteto technologijų parke, Vilniaus g. 141, Šiauliai, 204 salėje. Galima dalyvauti ir nuotoliniu būdu per „Teams“ (nuoroda bus išsiųsta registruotiems dalyviams).

Registracija nuo 13.30 val., kava ir užkandžiai bus patiekiami registracijos metu. Susirinkimo metu bus daromos nuotraukos klasterio naujienlaiškiui ir interneto svetainei; jei nenorite būti fotografuojami, praneškite registracijos metu. Po susirinkimo, apie 16.30 val., kviečiame į neformalią vakaronę parko terasoje.

SUSIRINKIMO DARBOTVARKĖ
1. Susirinkimo pirmininko ir sekretoriaus rinkimai.
2. Valdybos pirmininko Tomo Žukausko ataskaita apie 2038 m. veiklą.
3. 2038 m. finansinių ataskaitų rinkinio tvirtinimas (pristato buhalterė Rasa Kazlauskienė).
4. Revizoriaus išvada (revizorė Aušra Jankauskienė, UAB „Audito ratas“).
5. 2039–2041 m. veiklos strategijos tvirtinimas.
6. Naujų narių priėmimas: UAB „Robotikos sprendimai“, UAB „Elektrolinija“ ir Šiaulių valstybinė kolegija.
7. Nario mokesčio dydžio 2040 m. nustatymas.
8. Kiti klausimai.

Dokumentai (finansinės ataskaitos, strategijos projektas, revizoriaus išvada) bus išsiųsti iki 2039 m. gegužės 12 d. Pasiūlymus dėl darbotvarkės prašome pateikti raštu iki gegužės 19 d.

KODĖL SVARBU DALYVAUTI
Šiemet tvirtinsime naują trejų metų strategiją. Jos projektą valdyba parengė per tris darbo grupių susitikimus vasario–balandžio mėnesiais. Strategijoje siūlomos trys kryptys: bendri mokymai operatoriams ir technikams kartu su profesinio mokymo centrais, bendras klasterio stendas tarptautinėse parodose ir bendri bandymų stendai pramoninei robotikai. Taip pat siūloma nuo 2040 m. didinti nario mokestį mikroįmonėms nuo 300 iki 360 eurų per metus, o didelėms įmonėms – nuo 900 iki 1 100 eurų. Prašome iš anksto aptarti šiuos klausimus savo įmonėse, kad susirinkime galėtume priimti sprendimus.

PRIEDAI
– Įgaliojimo forma (DOCX)
– Registracijos forma nuotoliniam dalyvavimui
– 2038 m. veiklos ataskaitos santrauka (PDF, 6 psl.)

Jei negalite dalyvauti, galite įgalioti kitą narį – įgaliojimo forma pridedama. Kvorumui reikia, kad dalyvautų daugiau kaip pusė narių (šiuo metu klasteryje yra 34 nariai).

Primename, kad prieš susirinkimą, tą pačią dieną 12.00 val., toje pačioje vietoje vyks valdybos posėdis (valdybos nariams atskirai išsiųstas kvietimas su darbotvarke).

Taip pat informuojame, kad birželio 9–10 d. klasteris organizuoja studijų vizitą į Tamperės mechatronikos klasterį Suomijoje (Tampere, Pirkanmaa). Registracija iki gegužės 31 d.; kontaktinis asmuo – projektų vadovė Giedrė Petrauskaitė (giedre@mechatronika.example.lt).

Pagarbiai

Vaida Stankevičienė
Klasterio koordinatorė
Asociacija „Šiaurės Lietuvos mechatronikos klasteris“
Vilniaus g. 141, LT-76353 Šiauliai
Tel. +370 600 00000
www.mechatronika.example.lt

-----Original Message-----
From: Tomas Žukauskas
Sent: Thursday, April 28, 2039 9:12 AM
To: Vaida Stankevičienė
Subject: RE: susirinkimo data

Vaida, sveika,

valdyba sutarė – susirinkimas gegužės 26 d., kaip ir pernai po pietų. Prašau įtraukti į darbotvarkę strategiją ir naujus narius. Dėl revizorės išvados susisiek su UAB „Audito ratas“, Aušra žadėjo iki gegužės vidurio. Kvietime nepamiršk paminėti nuotolinio dalyvavimo galimybės – pernai keli nariai iš Telšių ir Mažeikių dalyvavo tik per internetą.

Dar vienas dalykas: prieš susirinkimą valdybos posėdyje turime aptarti biudžeto pakeitimą dėl parodos Hanoveryje ir patvirtinti naujų narių paraiškas, kad susirinkimui jau galėtume pateikti valdybos rekomendaciją. Valdybos nariams kvietimą išsiųsk atskirai, ne vėliau kaip savaitę prieš posėdį. Jei kas nors iš valdybos negalės atvykti, posėdį galime pradėti ir nuotoliniu būdu.

Tomas

Tomas Žukauskas
Valdybos pirmininkas | UAB „Mechatronų gamykla“, generalinis direktorius

Šis el. laiškas ir jo priedai gali turėti konfidencialios informacijos. Jei gavote šį laišką per klaidą, praneškite siuntėjui ir jį ištrinkite.
"""
m = EmailMessage()
m['From'] = 'Vaida Stankevičienė <koordinatore@mechatronika.example.lt>'
m['To'] = 'nariai@mechatronika.example.lt'
m['Subject'] = 'Kvietimas į visuotinį narių susirinkimą 2039-05-26'
m['Date'] = format_datetime(datetime.datetime(2039,5,2,10,41,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
K='Asociacija „Šiaurės Lietuvos mechatronikos klasteris“'
gold(F,
 [P("Vaida Stankevičienė","Klasterio koordinatorė",K),
  P("Tomas Žukauskas","Valdybos pirmininkas",K),
  P("Rasa Kazlauskienė","buhalterė",None),
  P("Aušra Jankauskienė","revizorė","UAB „Audito ratas“"),
  P("Giedrė Petrauskaitė","projektų vadovė",None)],
 [O(K), O("Šiaulių universiteto technologijų parke"), O("UAB „Audito ratas“"), O("UAB „Robotikos sprendimai“"),
  O("UAB „Elektrolinija“"), O("Šiaulių valstybinė kolegija"), O("UAB „Mechatronų gamykla“"),
  O("Tamperės mechatronikos klasterį")],
 [E("visuotinis narių susirinkimas","2039-05-26",None,"Šiauliai","Lithuania"),
  E("vakaronė","2039-05-26",None,"Šiauliai","Lithuania"),
  E("valdybos posėdis","2039-05-26",None,"Šiauliai","Lithuania"),
  E("studijų vizitas į Tamperės mechatronikos klasterį","2039-06-09","2039-06-10","Tampere","Finland")],
 ["2039-05-02","2039-05-26","2038","2039/2041","2040","2039-05-12","2039-05-19","2039-06-09/2039-06-10","2039-04-28","2039-05","2039-05-31","2039-02/2039-04"],
 [], "2039-05-02")
