from h import *
F = 'g07_visaginas_interreg_seminaras.txt'
assert wd(2037,9,16)=='Wednesday' and wd(2037,9,17)=='Thursday'
T = """Utenos regiono plėtros agentūra | Naujienos | Projektai | Renginiai | Kontaktai
Pradžia / Naujienos / Projektai

Visagine aptarta, kaip klasteriai gali padėti regionui po atominės elektrinės uždarymo

2037-09-22 | Parengė: Rūta Jakštaitė-Bendorienė

Rugsėjo 16–17 d. Visagine vyko Interreg Latvijos ir Lietuvos programos projekto ENERGY-SHIFT tarptautinis seminaras „Energetikos klasteriai pereinamojo laikotarpio regionuose“. Seminarą surengė Utenos regiono plėtros agentūra (URPA) kartu su Latgalos plėtros agentūra (Latgales plānošanas reģions) ir Visagino savivaldybe. Renginyje dalyvavo daugiau kaip 90 įmonių, mokslo įstaigų ir savivaldybių atstovų iš Lietuvos, Latvijos, Lenkijos ir Suomijos.

Projektas ENERGY-SHIFT įgyvendinamas nuo 2036 m. kovo 1 d. iki 2038 m. rugpjūčio 31 d. Jo tikslas – padėti mažoms ir vidutinėms energetikos įmonėms bendradarbiauti per sienas ir pasiruošti naujoms rinkoms: saulės ir vėjo energetikai, energijos kaupimui ir šilumos tinklų modernizavimui.

Visagino miestas buvo pastatytas kartu su Ignalinos atomine elektrine, todėl po jos uždarymo regionas neteko tūkstančių darbo vietų. Šiandien savivaldybė ieško naujų galimybių ir tikisi, kad energetikos žinios bei patirtis padės pritraukti naujų investuotojų.

Seminarą atidarė Visagino savivaldybės meras Dmitrijus Šapovalovas ir URPA direktorė dr. Jurgita Vaičiulytė-Mockienė. „Visaginas dešimtmečius gyveno iš vienos įmonės. Dabar turime išmokti gyventi iš daugelio mažų“, – sakė meras.

Seminaro programa
Trečiadienis, rugsėjo 16 d.
10:00 Registracija ir kava
10:30 Sveikinimo žodžiai
11:00 Pranešimas „Ignalinos AE uždarymo patirtis ir regiono ekonomika“ – Aurimas Kazakevičius, Valstybės įmonės Ignalinos atominės elektrinės generalinio direktoriaus pavaduotojas
12:00 Latvijos patirtis: Latgalos energetikos klasteris – Inese Kalniņa, klasterio vadovė
14:00 Diskusija su įmonių atstovais
16:30 Apsilankymas Visagino technologijų parke
19:00 Bendra partnerių vakarienė

Ketvirtadienis, rugsėjo 17 d.
09:00 Dirbtuvės: bendrų projektų idėjos
11:30 Projekto partnerių susitikimas
13:00 Uždarymas

Diskusijoje dalyvavo UAB „Saulės laukai“ direktorius Tomas Grigaliūnas, Lietuvos energetikos agentūros atstovė Justina Paulauskienė, Kauno technologijos universiteto profesorius Vytautas Martinaitis ir Suomijos klasterio Energy Vaasa vadovas Henrik Sjöholm. Kalbėta apie tai, kad regione trūksta elektrikų ir šilumos inžinierių, o mažoms įmonėms sunku dalyvauti dideliuose konkursuose.

Antrąją dieną vykusiose dirbtuvėse dalyviai dirbo keturiose grupėse ir aptarė konkrečias bendrų projektų idėjas. Daugiausia dėmesio sulaukė pasiūlymas sukurti bendrą saulės elektrinių priežiūros tarnybą, kuri aptarnautų Utenos, Zarasų ir Daugpilio apylinkių ūkius ir įmones. Kita grupė siūlė bendradarbiauti su Latvijos profesinėmis mokyklomis ir rengti jaunus šilumos tinklų specialistus abiejose sienos pusėse. Dirbtuvių rezultatai bus apibendrinti ir pateikti projekto partneriams iki metų pabaigos, o geriausios idėjos bus teikiamos kitam Interreg programos kvietimui.

Partnerių susitikime aptartas projekto biudžetas ir kitų metų veiklos planas. Projekto vadovė iš URPA Gintarė Lapinskė pristatė, kad per pirmuosius metus parengtos 12 įmonių eksporto strategijos, o 7 Lietuvos ir Latvijos įmonės pasirašė bendradarbiavimo sutartis.

Rekomendacijos
Seminaro dalyviai parengė šias rekomendacijas regiono ir nacionalinėms institucijoms:
1. Įsteigti Utenos regiono energetikos klasterį, kuris jungtų įmones, Utenos kolegiją ir savivaldybes
2. Parengti bendrą Lietuvos ir Latvijos pasienio regionų mokymo programą elektrikams ir šilumos inžinieriams
3. Supaprastinti viešųjų pirkimų sąlygas mažoms įmonėms, leidžiant joms teikti pasiūlymus konsorciumuose
4. Europos klasterių bendradarbiavimo platformoje paskelbti regiono įmonių profilius ir ieškoti partnerių

Kitas projekto renginys – baigiamoji konferencija – numatytas 2038 m. birželio mėn. Daugpilyje (Daugavpils, Latvija). Iki to laiko partneriai planuoja surengti dar dvi verslo misijas: į Vazą (Vaasa, Suomija) 2037 m. lapkričio mėn. ir į Liubliną (Lublin, Lenkija) 2038 m. pradžioje.

Daugiau informacijos: Gintarė Lapinskė, projekto vadovė, tel. +370 389 00000, el. p. energyshift@urpa.example.lt

Projektą bendrai finansuoja Europos Sąjunga pagal Interreg VI-A Latvijos ir Lietuvos programą.

Dalintis: Facebook | LinkedIn | Spausdinti
© Utenos regiono plėtros agentūra | Privatumo politika | Slapukai
"""
write(F, T)
U = "Utenos regiono plėtros agentūra"
gold(F,
 [P("Rūta Jakštaitė-Bendorienė",None,None),
  P("Dmitrijus Šapovalovas","meras","Visagino savivaldybės"),
  P("Jurgita Vaičiulytė-Mockienė","direktorė","URPA"),
  P("Aurimas Kazakevičius","generalinio direktoriaus pavaduotojas","Valstybės įmonės Ignalinos atominės elektrinės"),
  P("Inese Kalniņa","klasterio vadovė","Latgalos energetikos klasteris"),
  P("Tomas Grigaliūnas","direktorius","UAB „Saulės laukai“"),
  P("Justina Paulauskienė","atstovė","Lietuvos energetikos agentūros"),
  P("Vytautas Martinaitis","profesorius","Kauno technologijos universiteto"),
  P("Henrik Sjöholm","vadovas","Energy Vaasa"),
  P("Gintarė Lapinskė","projekto vadovė","URPA")],
 [O(U,"URPA"), O("Latgalos plėtros agentūra"), O("Visagino savivaldybe"),
  O("Valstybės įmonės Ignalinos atominės elektrinės"), O("Latgalos energetikos klasteris"), O("UAB „Saulės laukai“"),
  O("Lietuvos energetikos agentūros"), O("Kauno technologijos universiteto"), O("Energy Vaasa"),
  O("Utenos kolegiją"), O("Europos klasterių bendradarbiavimo platformoje")],
 [E("Energetikos klasteriai pereinamojo laikotarpio regionuose","2037-09-16","2037-09-17","Visaginas","Lithuania"),
  E("Apsilankymas Visagino technologijų parke","2037-09-16",None,"Visaginas","Lithuania"),
  E("Bendra partnerių vakarienė","2037-09-16",None,"Visaginas","Lithuania"),
  E("Dirbtuvės: bendrų projektų idėjos","2037-09-17",None,"Visaginas","Lithuania"),
  E("Projekto partnerių susitikimas","2037-09-17",None,"Visaginas","Lithuania"),
  E("baigiamoji konferencija","2038-06",None,"Daugavpils","Latvia"),
  E("verslo misija","2037-11",None,"Vaasa","Finland"),
  E("verslo misija","2038",None,"Lublin","Poland")],
 ["2037-09-22","2037-09-16/2037-09-17","2036-03-01/2038-08-31","2037-09-16","2037-09-17","2038-06","2037-11","2038"],
 ["Įsteigti Utenos regiono energetikos klasterį, kuris jungtų įmones, Utenos kolegiją ir savivaldybes",
  "Parengti bendrą Lietuvos ir Latvijos pasienio regionų mokymo programą elektrikams ir šilumos inžinieriams",
  "Supaprastinti viešųjų pirkimų sąlygas mažoms įmonėms, leidžiant joms teikti pasiūlymus konsorciumuose",
  "Europos klasterių bendradarbiavimo platformoje paskelbti regiono įmonių profilius ir ieškoti partnerių"],
 pub="2037-09-22")
