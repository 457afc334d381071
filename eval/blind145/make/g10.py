from h import *
F = 'g10_jonava_chemijos_klasteris_studija.txt'
assert wd(2040,5,10)=='Thursday' and wd(2040,6,12)=='Tuesday'
T = """Naujienos | Lietuvos chemijos pramonės klasteris „ChemLT“
Pradžia > Naujienos > Renginiai

Visuotiniame narių susirinkime pristatyta žaliosios pertvarkos studija: išvados ir rekomendacijos

2040-05-17 | Parengė: Laura Petrauskaitė, komunikacijos vadovė

2040 m. gegužės 10 d., ketvirtadienį, Jonavoje įvyko Lietuvos chemijos pramonės klasterio „ChemLT“ visuotinis narių susirinkimas. Jame dalyvavo 31 narys iš 38: chemijos ir trąšų gamintojai, plastikų perdirbėjai, logistikos įmonės, mokslo ir studijų institucijos. Posėdį pradėjęs valdybos pirmininkas priminė, kad per pastaruosius metus klasteris įgyvendino du tarptautinius projektus, surengė 14 renginių ir priėmė šešis naujus narius, tarp jų pirmąją biotechnologijų įmonę. Susirinkimas patvirtino 2039 m. veiklos ataskaitą, 2040 m. biudžetą ir išrinko naują valdybą 2040–2043 m. kadencijai. Valdybos pirmininku perrinktas AB „Achema“ gamybos direktorius Darius Jankauskas.

Pagrindinis susirinkimo klausimas – studija „Chemijos pramonės žalioji pertvarka Jonavos ir Kėdainių regione iki 2050 m.“, kurią klasterio užsakymu 2039 m. rugsėjo–2040 m. kovo mėnesiais parengė Kauno technologijos universiteto (KTU) Cheminės technologijos fakulteto mokslininkų grupė. Studiją pristatė grupės vadovas prof. dr. Vytautas Mickevičius ir tyrėja dr. Eglė Norkūnaitė-Brazdė.

Tyrėjai apklausė 27 įmones, išanalizavo jų energijos ir žaliavų srautus ir palygino regioną su Antverpeno ir Liudvigshafeno chemijos klasteriais. Studijoje vertinamos trys pertvarkos kryptys: žaliasis vandenilis amoniako gamybai, pramoninė simbiozė (šilumos, CO2 ir šalutinių produktų mainai tarp įmonių) bei perdirbtų žaliavų naudojimas plastikų gamyboje.

Pagrindinės išvados

– Regiono chemijos pramonė išmeta apie 2,1 mln. tonų CO2 per metus; daugiau nei 80 proc. šių išmetimų susiję su amoniako ir trąšų gamyba
– Žaliojo vandenilio gamyba Jonavoje gali būti konkurencinga po 2035 m. tik tuo atveju, jei bus užtikrinta pakankama atsinaujinančios elektros energijos pasiūla
– Tarp Jonavos ir Kėdainių įmonių jau vyksta 11 šilumos ir šalutinių produktų mainų atvejų, tačiau jie nėra sistemingai koordinuojami
– Mažosios ir vidutinės įmonės pertvarkos planų dažniausiai neturi ir laukia didžiųjų gamintojų sprendimų

Rekomendacijos

1. Įsteigti pramoninės simbiozės koordinatoriaus pareigybę klasteryje ir sukurti bendrą srautų duomenų bazę
2. Kartu su Jonavos ir Kėdainių rajonų savivaldybėmis parengti bendrą pramoninės zonos infrastruktūros planą (elektros tinklai, vandenilio ir CO2 vamzdynai)
3. Pateikti paraišką į Europos vandenilio slėnių iniciatyvą kartu su Latvijos ir Estijos partneriais
4. Su Jonavos politechnikos mokykla ir KTU sukurti perkvalifikavimo programą chemijos operatoriams

Diskusijoje dalyvavo Jonavos rajono savivaldybės meras Mindaugas Šimkus, Ekonomikos ir inovacijų ministerijos Pramonės politikos skyriaus vedėja Jurgita Valantinaitė ir Inovacijų agentūros atstovas Tomas Ražanskas. Ministerijos atstovė pabrėžė, kad studijos rekomendacijos bus svarstomos rengiant nacionalinį pramonės dekarbonizacijos planą.

Klasterio direktorė Rūta Kazlauskienė-Bartkė pažymėjo: „Studija parodė, kad pertvarka vyks arba kartu, arba jos nebus. Nė viena įmonė viena pati nepastatys vandenilio vamzdyno.“

Kiti žingsniai

Valdybos posėdis, kuriame bus aptartas rekomendacijų įgyvendinimo planas, vyks birželio 12 d., antradienį. Studijos santrauka anglų kalba bus pristatyta Baltijos chemijos klasterių forume 2040 m. rugsėjį. Forumo vieta – Ryga, Latvija. Visa studija (96 psl.) prieinama klasterio nariams vidiniame tinklapyje, o ne nariams ją galima užsakyti el. paštu.

Apie klasterį

Klasteris įsteigtas 2031 m. Jo nariai – AB „Achema“, UAB „Kėdainių biochemija“, UAB „Plastrena“, Kauno technologijos universitetas, Jonavos politechnikos mokykla, Jonavos rajono savivaldybė, Kėdainių rajono savivaldybė ir dar 31 įmonė. Studijos rengimą iš dalies finansavo Ekonomikos ir inovacijų ministerija, o paramą administravo Inovacijų agentūra. Studijos mokslinę dalį koordinavo KTU Cheminės technologijos fakultetas.

Susirinkimas baigėsi ekskursija po AB „Achema“ naujai atidarytą nuotekų valymo įrenginį.

Dalintis: Facebook | LinkedIn | El. paštas
« Atgal į naujienas

Lietuvos chemijos pramonės klasteris „ChemLT“ · Žaliosios g. 1, Jonava · info@chemlt.example.lt
© 2040 ChemLT. Svetainėje naudojami slapukai.
"""
write(F, T)
C="Lietuvos chemijos pramonės klasteris „ChemLT“"
gold(F,
 [P("Laura Petrauskaitė","komunikacijos vadovė",C),
  P("Darius Jankauskas","gamybos direktorius","AB „Achema“"),
  P("Vytautas Mickevičius","grupės vadovas","Kauno technologijos universitetas"),
  P("Eglė Norkūnaitė-Brazdė","tyrėja","Kauno technologijos universitetas"),
  P("Mindaugas Šimkus","meras","Jonavos rajono savivaldybė"),
  P("Jurgita Valantinaitė","Pramonės politikos skyriaus vedėja","Ekonomikos ir inovacijų ministerija"),
  P("Tomas Ražanskas","atstovas","Inovacijų agentūra"),
  P("Rūta Kazlauskienė-Bartkė","direktorė",C)],
 [O(C,"ChemLT"), O("AB „Achema“"), O("Kauno technologijos universitetas","KTU"),
  O("Cheminės technologijos fakultetas"), O("Jonavos rajono savivaldybė"), O("Kėdainių rajono savivaldybė"),
  O("Ekonomikos ir inovacijų ministerija"), O("Inovacijų agentūra"), O("UAB „Kėdainių biochemija“"), O("UAB „Plastrena“"),
  O("Jonavos politechnikos mokykla")],
 [E("visuotinis narių susirinkimas","2040-05-10",None,"Jonava","Lithuania"),
  E("Valdybos posėdis","2040-06-12",None,None,None),
  E("Baltijos chemijos klasterių forumas","2040-09",None,"Ryga","Latvia"),
  E("ekskursija","2040-05-10",None,"Jonava","Lithuania")],
 ["2040-05-17","2040-05-10","2039","2040","2040/2043","2039-09/2040-03","2035","2040-06-12","2040-09","2031"],
 ["Regiono chemijos pramonė išmeta apie 2,1 mln. tonų CO2 per metus; daugiau nei 80 proc. šių išmetimų susiję su amoniako ir trąšų gamyba",
  "Žaliojo vandenilio gamyba Jonavoje gali būti konkurencinga po 2035 m. tik tuo atveju, jei bus užtikrinta pakankama atsinaujinančios elektros energijos pasiūla",
  "Tarp Jonavos ir Kėdainių įmonių jau vyksta 11 šilumos ir šalutinių produktų mainų atvejų, tačiau jie nėra sistemingai koordinuojami",
  "Mažosios ir vidutinės įmonės pertvarkos planų dažniausiai neturi ir laukia didžiųjų gamintojų sprendimų",
  "Įsteigti pramoninės simbiozės koordinatoriaus pareigybę klasteryje ir sukurti bendrą srautų duomenų bazę",
  "Kartu su Jonavos ir Kėdainių rajonų savivaldybėmis parengti bendrą pramoninės zonos infrastruktūros planą (elektros tinklai, vandenilio ir CO2 vamzdynai)",
  "Pateikti paraišką į Europos vandenilio slėnių iniciatyvą kartu su Latvijos ir Estijos partneriais",
  "Su Jonavos politechnikos mokykla ir KTU sukurti perkvalifikavimo programą chemijos operatoriams"],
 pub="2040-05-17")
