"""14: an event report in Lithuanian on an industry forum of a Šiauliai mechatronics cluster, with conclusions, a study
visit, B2B meetings and the next event."""
from h import *
t = f"""Pradžia › Naujienos › Renginiai

# Šiaurės Lietuvos pramonės forume – apie automatizaciją, darbo jėgą ir bendrą eksportą

2033-10-24 · Šiaulių mechatronikos klasteris · Nuotraukos: Gintaras Butkus

{wd(2033,10,20,'lt').capitalize()}, 2033 m. spalio 20 d., Šiaulių „Šiaulių arenos“ konferencijų salėje įvyko jau trečiasis
**Šiaurės Lietuvos pramonės forumas**, kurį organizavo Šiaulių mechatronikos klasteris (ŠMK) kartu su Šiaulių prekybos,
pramonės ir amatų rūmais bei Šiaulių valstybine kolegija. Forume dalyvavo daugiau nei 230 pramonės įmonių, mokslo ir viešojo
sektoriaus atstovų iš Lietuvos, Latvijos ir Lenkijos.

**Organizatoriai:** Šiaulių mechatronikos klasteris (ŠMK), Šiaulių prekybos, pramonės ir amatų rūmai, Šiaulių valstybinė
kolegija. **Partneriai:** Inovacijų agentūra, Enterprise Europe Network Lietuva, Šiaulių miesto savivaldybė, Jelgavos biznio
inkubatorius (Latvija), Podlaskie metalo klasteris (Lenkija). **Vieta:** Šiaulių arena, Jono Basanavičiaus g. 63, Šiauliai.

Forumą atidarė klasterio valdybos pirmininkė **Rasa Jankauskienė** ir Šiaulių miesto savivaldybės mero pavaduotojas
**Mindaugas Petrauskas**. „Prieš penkerius metus kalbėjome apie tai, ar verta investuoti į robotus. Šiandien klausimas
kitas – kas juos prižiūrės ir programuos“, – sakė R. Jankauskienė.

## Pranešimai ir diskusijos

Pagrindinį pranešimą skaitė Vokietijos Fraunhoferio gamybos sistemų ir projektavimo technologijų instituto (IPK) mokslininkas
**dr. Friedrich von Randow**, pristatęs, kaip vidutinės įmonės gali automatizuoti gamybą etapais, nepirkdamos brangių
sprendimų iš karto. Inovacijų agentūros Klasterių skyriaus vadovė **Dalia Žukauskaitė-Norkienė** apžvelgė 2034 m.
planuojamas finansavimo priemones klasteriams ir priminė, kad kvietimas tarptautiškumo projektams bus paskelbtas
2034 m. sausio mėnesį.

Diskusijoje „Darbo jėga 2030–2035: iš kur ateis specialistai?“ dalyvavo UAB „Baltijos robotika“ generalinis direktorius
**Tomas Venckus**, Šiaulių valstybinės kolegijos direktorė **doc. dr. Eglė Kazlauskaitė-Norvilienė**, Jelgavos biznio
inkubatoriaus (Latvija) vadovas **Jānis Ozoliņš** ir Užimtumo tarnybos Šiaulių klientų aptarnavimo departamento atstovė
**Irena Grigaliūnienė**. Diskusiją moderavo žurnalistas **Andrius Tapinas-Jonaitis**.

Po pietų vyko dvi teminės sesijos: apie skaitmeninius dvynius gamyboje ir apie energijos sąnaudų mažinimą metalo apdirbimo
įmonėse. Sesijose savo patirtimi dalijosi klasterio narės – UAB „Stansta“, AB „Šiaulių plienas“ ir UAB „Tekmetas“.

## Verslo susitikimai ir vizitas į gamyklą

Forumo metu vyko **B2B susitikimai**: 48 įmonės surengė 112 dvišalių susitikimų. Juos padėjo organizuoti Enterprise Europe
Network Lietuva. Kitą dieną, {wd(2033,10,21,'lt')}, spalio 21 d., 35 forumo dalyviai lankėsi UAB „Baltijos robotika“ naujoje
gamykloje Šiaulių laisvojoje ekonominėje zonoje, kur pamatė automatizuotą suvirinimo liniją.

## Pagrindinės forumo išvados

Forumo pabaigoje klasterio vadovas **Darius Mickevičius** pristatė išvadas, kurios bus perduotos Šiaulių regiono plėtros tarybai:

1. Regiono įmonėms reikia bendro mokymo centro robotų operatoriams ir programuotojams, kurį galėtų įkurti klasteris kartu su kolegija.
2. Automatizacijos projektams būtinos mažesnės, greičiau vertinamos paramos priemonės smulkioms ir vidutinėms įmonėms.
3. Klasterio įmonės turėtų kartu dalyvauti tarptautinėse parodose, pirmiausia Skandinavijos rinkose.
4. Bendradarbiavimas su Latvijos ir Lenkijos klasteriais turi tapti nuolatinis, o ne pavienis.

## Dalyvių vertinimai

Po forumo klasteris apklausė dalyvius: 87 proc. respondentų forumą įvertino gerai arba labai gerai, o daugiau nei pusė
nurodė, kad užmezgė bent vieną naują verslo kontaktą. Dalyviai labiausiai vertino diskusiją apie darbo jėgą ir verslo
susitikimus, tačiau pageidavo daugiau laiko klausimams po pranešimų ir trumpesnių pertraukų. Kitais metais organizatoriai
žada daugiau dėmesio skirti jaunimui: planuojama, kad forume dalyvaus ir profesinių mokyklų moksleiviai, kurie galės
susipažinti su regiono pramonės įmonėmis ir jų siūlomomis praktikos vietomis. Taip pat svarstoma forumą pratęsti iki
dviejų dienų, kad liktų laiko ir daugiau vizitų į įmones.

## Kitas renginys

Kitas klasterio renginys – **Mechatronikos inovacijų diena** – vyks 2034 m. kovo 16 d. Šiauliuose, o ketvirtasis Šiaurės Lietuvos
pramonės forumas numatytas 2034 m. spalio mėnesį Panevėžyje (Panevėžys), kartu su Panevėžio pramonininkų asociacija.

Forumas surengtas įgyvendinant projektą „Šiaurės Lietuvos pramonės konkurencingumas“, finansuojamą Lietuvos Respublikos
ekonomikos ir inovacijų ministerijos lėšomis. Forumo pranešimų skaidrės skelbiamos klasterio svetainės narių zonoje.

Dalintis: Facebook · LinkedIn · El. paštu

**Susiję įrašai:** Klasterio narių visuotinis susirinkimas (2033-06-08) · Misija į Švediją (2033-05-15) · Kvietimas į forumą (2033-09-12)

*Šiaulių mechatronikos klasteris · Vilniaus g. 88, LT-76285 Šiauliai · info@smk.lt*
"""
fn = 'blind65_14_siauliai_forumas_lt.md'
write(fn, t)
S = "Šiaulių mechatronikos klasteris"
gold(fn,
 [P("Gintaras Butkus", None, None), P("Rasa Jankauskienė", "valdybos pirmininkė", S), P("Mindaugas Petrauskas", "mero pavaduotojas", "Šiaulių miesto savivaldybė"),
  P("Friedrich von Randow", "mokslininkas", None), P("Dalia Žukauskaitė-Norkienė", "Klasterių skyriaus vadovė", "Inovacijų agentūra"),
  P("Tomas Venckus", "generalinis direktorius", "UAB „Baltijos robotika“"), P("Eglė Kazlauskaitė-Norvilienė", "direktorė", "Šiaulių valstybinė kolegija"),
  P("Jānis Ozoliņš", "vadovas", "Jelgavos biznio inkubatorius"), P("Irena Grigaliūnienė", "atstovė", None), P("Andrius Tapinas-Jonaitis", "žurnalistas", None),
  P("Darius Mickevičius", "klasterio vadovas", S)],
 [O(S, "ŠMK"), O("Šiaulių prekybos, pramonės ir amatų rūmai"), O("Šiaulių valstybinė kolegija"),
  O("Šiaulių miesto savivaldybė"), O("Fraunhoferio gamybos sistemų ir projektavimo technologijų instituto", "IPK"), O("Inovacijų agentūra"),
  O("UAB „Baltijos robotika“"), O("Jelgavos biznio inkubatorius"), O("Podlaskie metalo klasteris"), O("Užimtumo tarnybos"), O("UAB „Stansta“"), O("AB „Šiaulių plienas“"),
  O("UAB „Tekmetas“"), O("Enterprise Europe Network Lietuva"), O("Šiaulių regiono plėtros tarybai"), O("Panevėžio pramonininkų asociacija"),
  O("Lietuvos Respublikos ekonomikos ir inovacijų ministerijos")],
 [E("Šiaurės Lietuvos pramonės forumas", "2033-10-20", "2033-10-20", "Šiauliai", "Lithuania"),
  E("B2B susitikimai", "2033-10-20", "2033-10-20", "Šiauliai", "Lithuania"),
  E("vizitas į UAB „Baltijos robotika“ gamyklą", "2033-10-21", "2033-10-21", "Šiauliai", "Lithuania"),
  E("Mechatronikos inovacijų diena", "2034-03-16", "2034-03-16", "Šiauliai", "Lithuania"),
  E("ketvirtasis Šiaurės Lietuvos pramonės forumas", "2034-10", "2034-10", "Panevėžys", "Lithuania"),
  E("Klasterio narių visuotinis susirinkimas", "2033-06-08", "2033-06-08", None, None),
  E("Misija į Švediją", "2033-05-15", "2033-05-15", None, "Sweden")],
 ["2033-10-24", "2033-10-20", "2034", "2034-01", "2030/2035", "2033-10-21", "2034-03-16", "2034-10", "2033-06-08", "2033-05-15", "2033-09-12"],
 km=["Regiono įmonėms reikia bendro mokymo centro robotų operatoriams ir programuotojams, kurį galėtų įkurti klasteris kartu su kolegija",
     "Automatizacijos projektams būtinos mažesnės, greičiau vertinamos paramos priemonės smulkioms ir vidutinėms įmonėms",
     "Klasterio įmonės turėtų kartu dalyvauti tarptautinėse parodose, pirmiausia Skandinavijos rinkose",
     "Bendradarbiavimas su Latvijos ir Lenkijos klasteriais turi tapti nuolatinis, o ne pavienis"],
 pub="2033-10-24")
