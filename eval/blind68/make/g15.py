from h import *
F='zmec-jaunumi-zemgales-inzenierijas-diena-2035.md'
T=f'''# Zemgales Inženierijas diena 2035: rekordliels apmeklējums un jauna sadarbība ar Lejassilēziju

*Jaunumi · Zemgales mehatronikas un inženierijas klasteris · {wd(2035,10,10,'lv')}, 2035. gada 10. oktobris*

Sākums › Jaunumi › Pasākumi

---

**{wd(2035,10,8,'lv').capitalize()}, 8. oktobrī, Jelgavas pilī notika ikgadējā Zemgales Inženierijas diena, kuru rīkoja Zemgales mehatronikas un inženierijas klasteris (ZMEC) sadarbībā ar Latvijas Biozinātņu un tehnoloģiju universitāti (LBTU) un Jelgavas valstspilsētas pašvaldību. Pasākumā piedalījās vairāk nekā 320 dalībnieku no Latvijas, Lietuvas un Polijas – līdz šim lielākais apmeklējums pasākuma vēsturē.**

Šī gada tēma bija "Roboti mazajiem: automatizācija uzņēmumiem ar mazāk nekā 50 darbiniekiem". Konferenci atklāja klastera valdes priekšsēdētājs Dr. sc. ing. Mārtiņš Liepiņš un Jelgavas valstspilsētas domes priekšsēdētāja vietniece Sandra Ločmele-Krastiņa. Liepiņš atgādināja, ka klasteris pirms gada devās savā pirmajā tirdzniecības misijā uz Vroclavu, un šodien Polijas partneri ir ieradušies Jelgavā ar atbildes vizīti.

## Poļu delegācija un sadarbības memorands

Polijas delegāciju 14 cilvēku sastāvā vadīja Lejassilēzijas industriālās automatizācijas klastera (DKAP) koordinators Pawels Grabovskis. Pēcpusdienā abi klasteri parakstīja sadarbības memorandu par kopīgām apmācībām un testēšanas infrastruktūras koplietošanu. Memorandu parakstīja ZMEC vadītāja Elīna Grīnberga un DKAP valdes priekšsēdētājs Zbigņevs Kovaļčiks.

"Mēs esam mazi, bet kopā ar Lejassilēzijas uzņēmumiem varam piedāvāt pilnu ķēdi – no sensoriem līdz gatavai robotu šūnai," sacīja Elīna Grīnberga.

Poļu viesi Zemgalē uzturējās trīs dienas. {wd(2035,10,9,'lv').capitalize()}, 9. oktobrī, delegācija apmeklēja uzņēmumus SIA Dobeles Automātika Dobelē un SIA Zemgales Metālapstrāde Jelgavā, bet 10. oktobrī tikās ar LBTU pētniekiem un Jelgavas Tehnikuma pasniedzējiem. Vizītes laikā tika noorganizētas 26 individuālas tikšanās starp Latvijas un Polijas uzņēmumiem. Abi klasteri vienojās, ka nākamā kopīgā misija notiks 2036. gada maijā uz Vroclavas industriālo izstādi, un tajā aicinās piedalīties arī Lietuvas partnerus no Šauļiem un Kauņas.

## Programma un runātāji

Plenārsesijā uzstājās:
- Dr. Agnieszka Zawadzka-Król, Vroclavas Tehnoloģiju parka Robotikas laboratorijas vadītāja, par robotu testēšanas šūnu nomas modeli;
- prof. Dace Ozoliņa, LBTU Tehniskās fakultātes dekāne, par jaunās koplietošanas testēšanas līnijas atklāšanu universitātē 2036. gada pavasarī;
- Liga Sprūde, Latvijas Investīciju un attīstības aģentūras (LIAA) eksporta konsultante, par atbalsta iespējām dalībai starptautiskās izstādēs;
- Tomass Višņevskis, SIA Baltic Drive Systems valdes loceklis, par poļu un latviešu uzņēmumu sadarbības pieredzi.

Pēcpusdienā notika četras paralēlās darbnīcas un vairāk nekā 70 B2B tikšanās. Darbnīcu tēmas bija šādas:
1. "Pirmais robots: no idejas līdz iegādei" – vadīja SIA Jelgavas Robotikas Centrs valdes locekle Dr. Katrin Vollmer-Sauka;
2. "Mašīnredze kvalitātes kontrolē" – vadīja Kauņas Tehnoloģiju universitātes pētnieks Dr. Mantas Petrauskas;
3. "Prakses un mācekļi: sadarbība ar Jelgavas Tehnikumu" – vadīja Laura Pētersone;
4. "Finansējums automatizācijai 2036.–2040. gadā" – vadīja Altum eksperts Jānis Kalnietis.

Dalībnieki īpaši atzinīgi novērtēja otro darbnīcu, kurā Lietuvas pētnieki demonstrēja, kā ar lētām kamerām un atvērtā koda programmatūru var pārbaudīt metinājuma šuves. Vairāki Zemgales uzņēmumi jau vienojās par izmēģinājuma projektiem ar Kauņas komandu. Savukārt prakses darbnīcā tika nolemts, ka no 2036. gada janvāra Jelgavas Tehnikuma audzēkņi varēs iziet praksi trīs klastera uzņēmumos vienlaikus, apgūstot gan metālapstrādi, gan programmēšanu, gan apkopi. Vakarā dalībnieki pulcējās uz kopīgām vakariņām Jelgavas pils pagrabā.

## Balva "Zemgales inženieris 2035"

Pasākuma noslēgumā tika pasniegta klastera balva "Zemgales inženieris 2035". To saņēma SIA Dobeles Automātika inženiere Kristīne Upīte par automatizētu graudu kaltēšanas vadības sistēmu, kuru jau izmanto 40 saimniecības Zemgalē un Lietuvā. Balvu pasniedza LBTU prorektore inovāciju jomā Ilze Kalniņa-Bērziņa.

## Nākamie pasākumi

- {wd(2035,11,19,'lv').capitalize()}, 19. novembris – tiešsaistes seminārs "Kā pieteikties LIAA atbalstam izstādēm 2036. gadā";
- {wd(2035,12,4,'lv').capitalize()}, 4. decembris – klastera biedru Ziemassvētku tikšanās, AS Bauskas Hidraulika, Rīgas iela 54, Bauska;
- 2036. gada marts – ZMEC biedru kopsapulce.

Pasākums tika līdzfinansēts no Eiropas Reģionālās attīstības fonda klasteru programmas.

Fotogalerija: 48 attēli · Foto: Roberts Ozols

Dalīties: Facebook · LinkedIn · E-pasts

---

*Zemgales mehatronikas un inženierijas klasteris · Lielā iela 12, Jelgava, LV-3001 · info@zmec.lv · +371 6300 4412*
'''
write(F,T)
ZM='Zemgales mehatronikas un inženierijas klasteris'
gold(F,[P('Mārtiņš Liepiņš','valdes priekšsēdētājs',ZM),P('Sandra Ločmele-Krastiņa','domes priekšsēdētāja vietniece','Jelgavas valstspilsētas pašvaldību'),
 P('Pawels Grabovskis','koordinators','DKAP'),P('Elīna Grīnberga','vadītāja','ZMEC'),P('Zbigņevs Kovaļčiks','valdes priekšsēdētājs','DKAP'),
 P('Agnieszka Zawadzka-Król','Robotikas laboratorijas vadītāja','Vroclavas Tehnoloģiju parka'),P('Dace Ozoliņa','Tehniskās fakultātes dekāne','LBTU'),
 P('Liga Sprūde','eksporta konsultante','Latvijas Investīciju un attīstības aģentūras'),P('Tomass Višņevskis','valdes loceklis','SIA Baltic Drive Systems'),
 P('Kristīne Upīte','inženiere','SIA Dobeles Automātika'),P('Ilze Kalniņa-Bērziņa','prorektore inovāciju jomā','LBTU'),P('Roberts Ozols',None,None),P('Katrin Vollmer-Sauka','valdes locekle','SIA Jelgavas Robotikas Centrs'),P('Mantas Petrauskas','pētnieks','Kauņas Tehnoloģiju universitātes'),P('Laura Pētersone',None,None),P('Jānis Kalnietis','eksperts','Altum')],
 [O(ZM,'ZMEC'),O('Latvijas Biozinātņu un tehnoloģiju universitāti','LBTU'),O('Jelgavas valstspilsētas pašvaldību'),O('Lejassilēzijas industriālās automatizācijas klastera','DKAP'),
  O('Vroclavas Tehnoloģiju parka'),O('Latvijas Investīciju un attīstības aģentūras','LIAA'),O('SIA Baltic Drive Systems'),O('SIA Dobeles Automātika'),O('SIA Jelgavas Robotikas Centrs'),O('Kauņas Tehnoloģiju universitātes'),O('Jelgavas Tehnikumu'),O('Altum'),O('AS Bauskas Hidraulika'),O('SIA Zemgales Metālapstrāde')],
 [E('Zemgales Inženierijas diena 2035','2035-10-08','2035-10-08','Jelgava','Latvia'),E('darbnīcas','2035-10-08','2035-10-08','Jelgava','Latvia'),
  E('B2B tikšanās','2035-10-08','2035-10-08','Jelgava','Latvia'),E('vakariņas','2035-10-08','2035-10-08','Jelgava','Latvia'),
  E('Balva "Zemgales inženieris 2035" pasniegšana','2035-10-08','2035-10-08','Jelgava','Latvia'),
  E('Kā pieteikties LIAA atbalstam izstādēm 2036. gadā','2035-11-19','2035-11-19',None,None),E('Ziemassvētku tikšanās','2035-12-04','2035-12-04','Bauska','Latvia'),
  E('uzņēmumu apmeklējumi','2035-10-09','2035-10-09','Dobele, Jelgava','Latvia'),E('nākamā kopīgā misija','2036-05','2036-05',None,None),E('ZMEC biedru kopsapulce','2036-03','2036-03',None,None)],
 ['2035-10-10','2035-10-08','2036','2036/2040','2036-01','2035-10-09','2036-05','2035-11-19','2035-12-04','2036-03'],pub='2035-10-10')
