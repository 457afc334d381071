from h import *
F = 'dzukijos-medienos-klasterio-studijos-santrauka.md'
T = """# Dzūkijos medienos ir baldų klasterio poveikio studija: santrauka

*Alytus, 2033 m. spalio 17 d.* | Kategorija: Studijos | Parengė: VšĮ „Regioninių tyrimų centras"

---

**Užsakovas:** Asociacija „Dzūkijos medienos klasteris" (DMK)
**Finansavimas:** Alytaus regiono plėtros taryba, Inovacijų agentūra
**Tyrimo laikotarpis:** 2033 m. sausio–rugpjūčio mėn.
**Autoriai:** dr. Rūta Jakštaitė-Vaitkienė (vadovė), doc. dr. Mindaugas Petrauskas, Ieva Žemaitytė

## Apie studiją

Dzūkijos medienos ir baldų klasteris buvo įkurtas 2026 m. Alytuje. Šiandien jis vienija 37 narius: 29 įmones, Alytaus kolegiją, Kauno technologijos universiteto Medienos technologijų laboratoriją, Varėnos ir Druskininkų savivaldybes bei kelias asociacijas. Klasterio valdybos pirmininkas yra UAB „Nemuno baldai" generalinis direktorius Vytautas Račkauskas, o klasterio vadovė – Gintarė Sabaliauskienė.

Studija siekta įvertinti, ką klasteris davė savo nariams per 2028–2032 m. laikotarpį, ir pasiūlyti kryptis naujam klasterio strategijos etapui. Tyrėjai apklausė 31 narį, atliko 14 giluminių interviu, išanalizavo įmonių finansinius duomenis ir palygino juos su kontroline grupe iš 60 panašių Pietų Lietuvos įmonių, kurios klasteriui nepriklauso.

Studijos rezultatai pristatyti 2033 m. rugsėjo 28 d. Alytaus verslo centre vykusiame klasterio narių forume. Jame dalyvavo Ekonomikos ir inovacijų ministerijos Pramonės politikos skyriaus vedėjas Arūnas Mickevičius ir Lietuvos klasterių asociacijos prezidentė Laima Stankevičiūtė.

## Kaip atliktas tyrimas

Apklausa vyko internetu 2033 m. vasario–kovo mėnesiais, o interviu – balandį ir gegužę. Kalbinti ne tik įmonių vadovai, bet ir gamybos meistrai, dizaineriai bei savivaldybių atstovai. Finansiniai duomenys paimti iš Registrų centro ir Valstybinės mokesčių inspekcijos viešų šaltinių, o kontrolinė grupė sudaryta pagal įmonių dydį, veiklos sritį ir vietą. Tyrėjai pažymi, kad penkerių metų laikotarpis apima ir 2030 m. statybų rinkos nuosmukį, todėl kai kurių įmonių rezultatai svyravo labiau nei įprastai.

Vertinant klasterio veiklą, remtasi Europos klasterių analizės sekretoriato (ESCA) vadybos kokybės kriterijais, tačiau jie pritaikyti mažesnei regiono organizacijai. Be to, tyrėjai peržiūrėjo klasterio veiklos planus, susirinkimų protokolus ir projektų ataskaitas, o rezultatų projektą aptarė su klasterio valdyba dar prieš forumą. Studijos rengėjai dėkoja visiems nariams, kurie skyrė laiko apklausai ir pasidalijo savo duomenimis, nes be jų tokio išsamaus vertinimo nebūtų buvę galima atlikti.

## Pagrindinės išvados

Studija nustatė, kad:

- klasterio narių pardavimai per penkerius metus išaugo vidutiniškai 38 proc., o kontrolinės grupės – 21 proc.;
- eksporto dalis klasterio įmonių pajamose padidėjo nuo 46 iki 61 proc., daugiausia dėl bendrų išvykų į parodas Kelne ir Milane;
- bendri klasterio projektai sutrumpino naujų gaminių kūrimo laiką vidutiniškai trimis mėnesiais;
- mažosios įmonės klasteriu naudojasi daugiausia mokymams ir informacijai, o bendruose inovacijų projektuose dalyvauja tik kas penkta iš jų;
- didžiausia kliūtis tolesniam augimui – kvalifikuotų darbuotojų, ypač CNC staklių operatorių ir dizainerių, trūkumas;
- klasterio biudžeto priklausomybė nuo viešojo finansavimo tebėra didelė: 2032 m. narių mokesčiai sudarė tik 27 proc. pajamų.

## Rekomendacijos

Autoriai siūlo klasteriui:

1. parengti 2034–2038 m. strategiją, kurioje pagrindinis dėmesys būtų skiriamas žiedinei ekonomikai ir medienos atliekų panaudojimui;
2. kartu su Alytaus kolegija įsteigti praktinio mokymo centrą baldų gamybos specialistams;
3. sukurti mažosioms įmonėms skirtą inovacijų čekių schemą;
4. palaipsniui didinti narių mokesčius ir paslaugų pajamas, kad iki 2038 m. jos sudarytų bent pusę biudžeto.

## Kas toliau

Klasterio valdyba rekomendacijas svarstys 2033 m. lapkričio 9 d. posėdyje. Strategijos projektas nariams bus pateiktas iki 2034 m. kovo mėn., o visuotinis narių susirinkimas jį tvirtins 2034 m. balandį. Dalis studijos rekomendacijų bus aptarta ir tarptautiniame seminare „Medis ir dizainas", kurį klasteris kartu su Lenkijos Podlasės baldų klasteriu rengia Druskininkuose 2034 m. vasario 15–16 d.

Pilną studijos tekstą (84 psl.) klasterio nariai gali rasti vidiniame tinklalapyje. Kitiems suinteresuotiems asmenims jį atsiųsime paprašius el. paštu info@dzukijosmediena.lt.

---

*Nuotraukoje: studijos pristatymas forume, iš kairės – Gintarė Sabaliauskienė, dr. Rūta Jakštaitė-Vaitkienė, Vytautas Račkauskas. Nuotr. Dariaus Bružo.*

Pasidalinti: Facebook | LinkedIn | El. paštas

© 2033 Asociacija „Dzūkijos medienos klasteris" · Pramonės g. 8, LT-62175 Alytus
"""
write(F, T)
gold(F, [P('Rūta Jakštaitė-Vaitkienė','vadovė',None), P('Mindaugas Petrauskas',None,None), P('Ieva Žemaitytė',None,None),
 P('Vytautas Račkauskas','generalinis direktorius','UAB „Nemuno baldai"'), P('Gintarė Sabaliauskienė','klasterio vadovė','Dzūkijos medienos klasteris'),
 P('Arūnas Mickevičius','Pramonės politikos skyriaus vedėjas','Ekonomikos ir inovacijų ministerijos'),
 P('Laima Stankevičiūtė','prezidentė','Lietuvos klasterių asociacijos')],
 [O('VšĮ „Regioninių tyrimų centras"'), O('Asociacija „Dzūkijos medienos klasteris"','DMK'), O('Alytaus regiono plėtros taryba'),
  O('Inovacijų agentūra'), O('Alytaus kolegija'), O('Kauno technologijos universiteto Medienos technologijų laboratoriją'),
  O('Varėnos ir Druskininkų savivaldybes'), O('UAB „Nemuno baldai"'), O('Ekonomikos ir inovacijų ministerijos'), O('Pramonės politikos skyriaus'),
  O('Lietuvos klasterių asociacijos'), O('Alytaus verslo centre'), O('Lenkijos Podlasės baldų klasteriu'), O('Registrų centro'), O('Valstybinės mokesčių inspekcijos'), O('Europos klasterių analizės sekretoriato','ESCA')],
 [E('klasterio narių forume','2033-09-28','2033-09-28','Alytaus','Lithuania'),
  E('klasterio valdybos posėdis','2033-11-09','2033-11-09',None,None),
  E('visuotinis narių susirinkimas','2034-04',None,None,None),
  E('Medis ir dizainas','2034-02-15','2034-02-16','Druskininkuose','Lithuania')],
 ['2033-10-17','2033-01/2033-08','2033-02/2033-03','2033-04','2033-05','2030','2026','2028/2032','2033-09-28','2032','2034/2038','2038','2033-11-09','2034-03','2034-04','2034-02-15/2034-02-16'],
 ['klasterio narių pardavimai per penkerius metus išaugo vidutiniškai 38 proc., o kontrolinės grupės – 21 proc.',
  'eksporto dalis klasterio įmonių pajamose padidėjo nuo 46 iki 61 proc., daugiausia dėl bendrų išvykų į parodas Kelne ir Milane',
  'bendri klasterio projektai sutrumpino naujų gaminių kūrimo laiką vidutiniškai trimis mėnesiais',
  'mažosios įmonės klasteriu naudojasi daugiausia mokymams ir informacijai, o bendruose inovacijų projektuose dalyvauja tik kas penkta iš jų',
  'didžiausia kliūtis tolesniam augimui – kvalifikuotų darbuotojų, ypač CNC staklių operatorių ir dizainerių, trūkumas',
  'klasterio biudžeto priklausomybė nuo viešojo finansavimo tebėra didelė: 2032 m. narių mokesčiai sudarė tik 27 proc. pajamų',
  'parengti 2034–2038 m. strategiją, kurioje pagrindinis dėmesys būtų skiriamas žiedinei ekonomikai ir medienos atliekų panaudojimui',
  'kartu su Alytaus kolegija įsteigti praktinio mokymo centrą baldų gamybos specialistams',
  'sukurti mažosioms įmonėms skirtą inovacijų čekių schemą',
  'palaipsniui didinti narių mokesčius ir paslaugų pajamas, kad iki 2038 m. jos sudarytų bent pusę biudžeto'],
 pub='2033-10-17')
