from h import *
F = 'g07_siauliu_mechatronikos_klasteris_paskyrimas.txt'
T = """PRANEŠIMAS SPAUDAI
Šiauliai, 2037 m. birželio 5 d.

Šiaurės Lietuvos mechatronikos klasteriui vadovaus Rūta Gedvilaitė-Stankevičienė

Asociacijos „Šiaurės Lietuvos mechatronikos klasteris“ (ŠLMK) valdyba 2037 m. birželio 3 d. posėdyje naująja klasterio direktore paskyrė dr. Rūtą Gedvilaitę-Stankevičienę. Ji pareigas pradės eiti 2037 m. liepos 1 d. ir pakeis Vytautą Jankauską, kuris klasteriui vadovavo nuo jo įkūrimo 2030 metais.

Rūta Gedvilaitė-Stankevičienė pastaruosius šešerius metus dirbo UAB „Baltijos robotika“ verslo plėtros direktore, o anksčiau – Šiaulių universiteto (dabar – Šiaulių akademija prie Vilniaus universiteto) Technologijos ir gamtos mokslų fakultete, kur dėstė automatikos dalykus ir vadovavo taikomųjų tyrimų grupei. 2029 metais ji apgynė technologijos mokslų daktaro disertaciją Kauno technologijos universitete. Ji taip pat yra Lietuvos inžinerinės pramonės asociacijos LINPRA mechatronikos darbo grupės narė.

„Klasteris per septynerius metus tapo tikra regiono pramonės bendruomene. Mano tikslas – kad mūsų įmonės drąsiau eitų į Šiaurės šalių ir Vokietijos rinkas ir kartu kurtų savo produktus, o ne tik gamintų pagal užsakymus“, – sakė naujoji direktorė.

Valdybos pirmininkas Algirdas Paulauskas, AB „Šiaulių staklės“ generalinis direktorius, pabrėžė, kad konkurse dalyvavo septyni kandidatai. „Rinkomės žmogų, kuris supranta ir pramonę, ir mokslą. Dr. Rūta Gedvilaitė-Stankevičienė turi abu šiuos pranašumus ir gerai pažįsta mūsų narius“, – teigė A. Paulauskas.

Vytautas Jankauskas klasteriui vadovavo septynerius metus. Per šį laiką narių skaičius išaugo nuo 9 iki 46, klasteris gavo sidabrinį Europos klasterių valdymo kokybės ženklą ir įgyvendino penkis tarptautinius projektus. V. Jankauskas lieka klasterio valdybos nariu ir toliau kuruos bendrą mokymo centrą Radviliškyje. „Dėkoju visiems nariams už pasitikėjimą. Klasteris perduodamas į patikimas rankas“, – sakė jis.

Pirmieji darbai

Naujoji direktorė jau pirmosiomis savaitėmis ketina aplankyti visas klasterio narių įmones ir su kiekviena aptarti, kokių paslaugų jos tikisi iš klasterio. Rudenį ji planuoja pristatyti valdybai atnaujintą tarptautinės plėtros kryptį, kurioje daugiausia dėmesio bus skiriama Švedijos, Suomijos ir Bavarijos rinkoms. Kartu su Šiaulių akademija ir regiono profesinio mokymo centrais bus rengiama bendra mechatronikos specialistų rengimo programa, nes, narių apklausos duomenimis, beveik kas antra įmonė negali rasti kvalifikuotų derintojų ir programuotojų. Taip pat bus tęsiamas pasirengimas auksiniam klasterių valdymo kokybės ženklui, kurio vertinimas numatytas 2038 metų pavasarį.

Atrankos konkursą valdyba paskelbė 2037 m. kovo mėnesį. Kandidatus vertino trijų valdybos narių komisija, o paskutiniame etape pokalbiuose dalyvavo ir nepriklausoma personalo atrankos konsultantė. Valdyba sprendimą priėmė vienbalsiai.

Kiti valdybos sprendimai

Tame pačiame posėdyje valdyba patvirtino klasterio veiklos planą 2037–2039 metams ir naujų narių – UAB „Akmenės automatika“, UAB „Joniškio hidraulika“ ir VšĮ Šiaulių mokslo ir technologijų parko – priėmimą. Projektų vadove paskirta Ieva Mockutė, iki šiol dirbusi klasterio projektų specialiste.

Valdybą sudaro pirmininkas Algirdas Paulauskas (AB „Šiaulių staklės“), pirmininko pavaduotoja Dalia Rimkienė (UAB „Rimtecha“), nariai Tomas Butkus (UAB „Baltijos robotika“), doc. dr. Arūnas Vaitkevičius (Šiaulių akademija) ir Vytautas Jankauskas.

Perdavimo renginys

Oficialus vadovų pasikeitimas vyks klasterio narių susitikime 2037 m. birželio 26 d. Šiaulių mokslo ir technologijų parke. Jame dalyvaus Šiaulių miesto savivaldybės meras Kęstutis Norkus ir Ekonomikos ir inovacijų ministerijos Pramonės politikos departamento direktorė Jolanta Petrauskienė. Po susitikimo bus surengta mechatronikos įmonių technologijų paroda.

Apie ŠLMK

Asociacija „Šiaurės Lietuvos mechatronikos klasteris“ vienija 46 Šiaulių, Panevėžio ir Telšių regionų įmones, mokymo įstaigas ir tyrimų organizacijas, veikiančias automatikos, robotikos, hidraulikos ir pramoninės elektronikos srityse. Narių įmonėse dirba apie 3 400 darbuotojų, o jų bendra apyvarta 2036 metais viršijo 390 mln. eurų. Klasteris yra Europos klasterių bendradarbiavimo platformos narys. Jo nariai kartu dalyvauja tarptautinėse parodose, rengia bendrus mokymus darbuotojams, dalijasi brangia bandymų įranga ir teikia bendras paraiškas mokslinių tyrimų bei eksperimentinės plėtros projektams. Klasterio biuras veikia Šiaulių mokslo ir technologijų parke, jame dirba penki darbuotojai. Narystė atvira visoms Šiaurės Lietuvos įmonėms ir organizacijoms, kurios dirba mechatronikos srityje arba nori diegti automatizavimo sprendimus savo gamyboje.

Daugiau informacijos:
Ieva Mockutė
Projektų vadovė
Tel. +370 41 000 000
El. p. ieva.mockute@slmk.example.lt
www.slmk.example.lt
"""
write(F, T)
K = "Šiaurės Lietuvos mechatronikos klasteris"
gold(F,
 [P("Rūta Gedvilaitė-Stankevičienė", "direktore", K),
  P("Vytautas Jankauskas", "valdybos nariu", K),
  P("Algirdas Paulauskas", "Valdybos pirmininkas", K),
  P("Ieva Mockutė", "Projektų vadovė", K),
  P("Dalia Rimkienė", "pirmininko pavaduotoja", "Šiaurės Lietuvos mechatronikos klasteris"),
  P("Tomas Butkus", None, "Šiaurės Lietuvos mechatronikos klasteris"),
  P("Arūnas Vaitkevičius", None, "Šiaurės Lietuvos mechatronikos klasteris"),
  P("Kęstutis Norkus", "meras", "Šiaulių miesto savivaldybės"),
  P("Jolanta Petrauskienė", "direktorė", "Pramonės politikos departamento")],
 [O("Asociacijos „Šiaurės Lietuvos mechatronikos klasteris“", "ŠLMK"), O("UAB „Baltijos robotika“"),
  O("Šiaulių universiteto"), O("Šiaulių akademija prie Vilniaus universiteto"), O("Technologijos ir gamtos mokslų fakultete"),
  O("Kauno technologijos universitete"), O("Lietuvos inžinerinės pramonės asociacijos LINPRA", "LINPRA"),
  O("AB „Šiaulių staklės“"), O("UAB „Akmenės automatika“"), O("UAB „Joniškio hidraulika“"),
  O("VšĮ Šiaulių mokslo ir technologijų parko"), O("UAB „Rimtecha“"), O("Šiaulių miesto savivaldybės"),
  O("Ekonomikos ir inovacijų ministerijos"), O("Pramonės politikos departamento"),
  O("Europos klasterių bendradarbiavimo platformos")],
 [E("valdyba 2037 m. birželio 3 d. posėdyje", "2037-06-03"),
  E("klasterio narių susitikime", "2037-06-26", None, "Šiauliai", "Lithuania"),
],
 ["2037-06-05", "2037-06-03", "2037-07-01", "2030", "2029", "2037/2039", "2037-06-26", "2036", "2038", "2037-03"],
 [], pub="2037-06-05")
