from h import *
F='zemaitijos-baldu-klasteris-nauja-valdyba.txt'
T='''Žemaitijos baldų ir medienos klasteris | Naujienos

Pradžia > Naujienos > Klasterio naujienos

Išrinkta nauja klasterio valdyba: pirmininke tapo Rasa Jonušienė

2035 m. gegužės 18 d. | Klasterio naujienos | Skaityti 4 min.

Telšiai. Asociacijos „Žemaitijos baldų ir medienos klasteris“ (ŽBMK) narių visuotinis susirinkimas, įvykęs 2035 m. gegužės 16 d. Telšiuose, Žemaitijos kolegijos salėje, išrinko naują klasterio valdybą trejų metų kadencijai (2035–2038 m.). Susirinkime dalyvavo 41 iš 52 klasterio narių.

Naująja valdybos pirmininke išrinkta Rasa Jonušienė, UAB „Masčio baldai“ generalinė direktorė. Ji pakeitė Algirdą Petrauską (AB „Žemaitijos mediena“), kuris valdybai vadovavo nuo 2029 m. ir klasterį kūrė nuo pat jo įkūrimo 2026 m. A. Petrauskas lieka valdybos nariu ir toliau atstovaus klasteriui Lietuvos baldų pramonės asociacijoje.

Naujoji valdyba:

• Rasa Jonušienė – valdybos pirmininkė, UAB „Masčio baldai“, Telšiai
• Dr. Vytautas Šliogeris – pirmininko pavaduotojas, Kauno technologijos universitetas, Medienos technologijų katedra
• Algirdas Petrauskas – valdybos narys, AB „Žemaitijos mediena“, Plungė
• Ieva Norkutė-Mažeikienė – valdybos narė, UAB „Rietavo interjeras“, Rietavas
• Tomas Budrys – valdybos narys, MB „Kretingos stalius“, Kretinga
• Jolanta Stonkienė – valdybos narė, Telšių rajono savivaldybės administracija, Investicijų ir plėtros skyrius
• Darius Gedvilas – valdybos narys, VšĮ Žemaitijos verslo inkubatorius

Susirinkimas taip pat patvirtino revizijos komisiją: ją sudaro Laima Vaitkevičiūtė (UAB „Telšių apskaitos centras“) ir Marius Jankauskas (UAB „Plungės lentpjūvė“).

„Per artimiausius trejus metus norime, kad Žemaitijos baldai būtų žinomi ne tik Skandinavijoje, bet ir Vokietijoje bei Prancūzijoje, o mūsų įmonės dirbtų su perdirbta ir sertifikuota mediena,“ po rinkimų sakė R. Jonušienė. Jos teigimu, didžiausi iššūkiai – darbuotojų trūkumas ir energijos kainos.

Klasterio vadovė Agnė Kazlauskaitė-Berg pristatė 2034 m. veiklos ataskaitą. Per metus klasteris suorganizavo 14 renginių, du bendrus stendus parodose „Baldai 2034“ (Vilnius) ir „Stockholm Furniture Fair“ (Stokholmas), o keturios narių įmonės kartu pradėjo projektą „Žiedinė mediena“, finansuojamą Inovacijų agentūros. Klasteris taip pat įstojo į Europos medienos klasterių tinklą „Wood Cluster Alliance“.

Susirinkime pasveikinti ir penki nauji klasterio nariai: UAB „Skuodo medis“, UAB „Nordic Panels LT“, Vilniaus Gedimino technikos universitetas, MB „Medžio dizaino studija“ ir Mažeikių politechnikos mokykla.

Visuotinis susirinkimas pritarė klasterio strategijai 2035–2040 m. Joje numatyti trys prioritetai: žiedinė ekonomika ir medienos atliekų panaudojimas, skaitmeninė gamyba bei eksportas į naujas rinkas. Strategijos įgyvendinimą koordinuos klasterio vadovė A. Kazlauskaitė-Berg kartu su projektų vadove Giedre Ramanauskiene.

Pirmasis naujosios valdybos posėdis numatytas 2035 m. birželio 6 d. Plungėje. Artimiausi klasterio renginiai:

– 2035 m. birželio 19 d. – seminaras „Medienos atliekų panaudojimas gamyboje“, Telšiai, Žemaitijos kolegija, 10.00 val.;
– 2035 m. rugsėjo 24–26 d. – verslo misija į Jönköpingą (Švedija) kartu su „Smålands Trä- och Möbelkluster“;
– 2035 m. spalio 15 d. – „Žemaitijos medienos diena“ Plungėje, Oginskių dvaro sodyboje.

Apie klasterį

„Žemaitijos baldų ir medienos klasteris“ įkurtas 2026 m. Telšiuose kaip asociacija. Šiandien jį sudaro 52 nariai: baldų gamintojai, lentpjūvės, interjero dizaino studijos, mokymo įstaigos ir savivaldybės iš Telšių, Plungės, Rietavo, Mažeikių, Kretingos ir Skuodo rajonų. Klasterio narių įmonėse dirba apie 3 100 žmonių, o dauguma jų produkcijos eksportuojama į Švediją, Norvegiją, Daniją ir Vokietiją. Klasteris padeda nariams kartu dalyvauti parodose, rengia mokymus darbuotojams, ieško partnerių Europos projektams ir atstovauja regiono medienos pramonei derybose su valdžios institucijomis.

Klasterio partneriai: Lietuvos baldų pramonės asociacija, Inovacijų agentūra, Telšių rajono savivaldybė ir Žemaitijos kolegija. Klasterio profilį galima rasti Europos klasterių bendradarbiavimo platformoje (angl. European Cluster Collaboration Platform, ECCP). Klasteris turi bronzinį klasterių vadybos kokybės ženklą nuo 2032 m.

Kontaktai žiniasklaidai ir projektams: projektų vadovė Giedrė Ramanauskienė, tel. +370 444 55 212.

Daugiau informacijos: Agnė Kazlauskaitė-Berg, klasterio vadovė, tel. +370 444 55 210, el. p. info@zbmk.lt

Žymos: valdyba, visuotinis susirinkimas, baldai, Telšiai

Dalintis: Facebook | LinkedIn | El. paštu

© 2035 Asociacija „Žemaitijos baldų ir medienos klasteris“ · Respublikos g. 32, LT-87333 Telšiai · Slapukų politika
'''
write(F,T)
C='Žemaitijos baldų ir medienos klasteris'
gold(F,[P('Rasa Jonušienė','valdybos pirmininkė','Žemaitijos baldų ir medienos klasteris'),P('Algirdas Petrauskas','valdybos narys','Žemaitijos baldų ir medienos klasteris'),
 P('Vytautas Šliogeris','pirmininko pavaduotojas','Žemaitijos baldų ir medienos klasteris'),P('Ieva Norkutė-Mažeikienė','valdybos narė','Žemaitijos baldų ir medienos klasteris'),
 P('Tomas Budrys','valdybos narys','Žemaitijos baldų ir medienos klasteris'),P('Jolanta Stonkienė','valdybos narė','Žemaitijos baldų ir medienos klasteris'),
 P('Darius Gedvilas','valdybos narys','Žemaitijos baldų ir medienos klasteris'),P('Laima Vaitkevičiūtė',None,'UAB „Telšių apskaitos centras“'),
 P('Marius Jankauskas',None,'UAB „Plungės lentpjūvė“'),P('Agnė Kazlauskaitė-Berg','klasterio vadovė',C),P('Giedrė Ramanauskienė','projektų vadovė',C)],
 [O(C,'ŽBMK'),O('Žemaitijos kolegija'),O('UAB „Masčio baldai“'),O('AB „Žemaitijos mediena“'),O('Lietuvos baldų pramonės asociacija'),O('Kauno technologijos universitetas'),
  O('UAB „Rietavo interjeras“'),O('MB „Kretingos stalius“'),O('Telšių rajono savivaldybės administracija'),
  O('VšĮ Žemaitijos verslo inkubatorius'),O('UAB „Telšių apskaitos centras“'),O('UAB „Plungės lentpjūvė“'),O('Inovacijų agentūra'),O('Telšių rajono savivaldybė'),O('European Cluster Collaboration Platform','ECCP'),O('Wood Cluster Alliance'),
  O('UAB „Skuodo medis“'),O('UAB „Nordic Panels LT“'),O('Vilniaus Gedimino technikos universitetas'),O('MB „Medžio dizaino studija“'),O('Mažeikių politechnikos mokykla'),
  O('Smålands Trä- och Möbelkluster')],
 [E('visuotinis susirinkimas','2035-05-16','2035-05-16','Telšiai','Lithuania'),E('Baldai 2034',None,None,'Vilnius','Lithuania'),E('Stockholm Furniture Fair',None,None,'Stockholm','Sweden'),
  E('Pirmasis naujosios valdybos posėdis','2035-06-06','2035-06-06','Plungė','Lithuania'),E('seminaras „Medienos atliekų panaudojimas gamyboje“','2035-06-19','2035-06-19','Telšiai','Lithuania'),
  E('verslo misija į Jönköpingą','2035-09-24','2035-09-26','Jönköping','Sweden'),E('Žemaitijos medienos diena','2035-10-15','2035-10-15','Plungė','Lithuania')],
 ['2035-05-18','2035-05-16','2035/2038','2029','2026','2034','2035/2040','2035-06-06','2035-06-19','2035-09-24/2035-09-26','2035-10-15','2035','2032'],pub='2035-05-18')
