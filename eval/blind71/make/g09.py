from common import *
doc='09_izvjesce_studijski_posjet_juzni_tirol.txt'
t='''KLASTER PREHRAMBENE INDUSTRIJE SLAVONIJE
Trg Ante Starčevića 7, 31000 Osijek

IZVJEŠĆE SA STUDIJSKOG POSJETA
Južni Tirol (Italija), 6. – 8. lipnja 2033.

Pripremila: Marija Jurić-Bošnjak, voditeljica projekata
Osijek, 20. lipnja 2033.

1. SVRHA POSJETA

Studijski posjet Južnom Tirolu organiziran je u sklopu projekta AGRI-LINK koji Klaster prehrambene industrije Slavonije provodi s partnerima iz Mađarske i Italije. Cilj je bio upoznati model suradnje između zadruga, prerađivača i istraživačkih centara u regiji koja je, unatoč malim gospodarstvima, postala jedan od najuspješnijih izvoznika jabuka, vina i mliječnih proizvoda u Europi. Delegaciju od četrnaest članova činili su predstavnici devet članica Klastera, Osječko-baranjske županije i Prehrambeno-tehnološkog fakulteta Osijek. Delegaciju je vodio predsjednik Klastera Dražen Kovačević.

Domaćin posjeta bio je NOI Techpark iz Bolzana, a program je pripremljen u suradnji s južnotirolskim klasterom za prehranu Lebensmittelcluster Südtirol.

2. TIJEK POSJETA PO DANIMA

1. dan – ponedjeljak, 6. lipnja 2033.

Delegacija je u Bolzano stigla zrakoplovom preko Verone u prijepodnevnim satima. Nakon ručka uslijedio je uvodni sastanak u NOI Techparku. Goste je pozdravio dr. Stefan Pichler, voditelj odjela za prehrambene tehnologije u NOI Techparku, koji je predstavio ulogu parka kao spone između 40 istraživačkih laboratorija i oko 100 tvrtki. Zatim je Martina Gasser-Lanz, menadžerica Lebensmittelcluster Südtirol, izložila kako klaster financiraju članice i pokrajina te kako se odlučuje o zajedničkim projektima.

Posebno zanimljivo izlaganje održao je prof. dr. Matteo Scarpellini sa Slobodnog sveučilišta u Bolzanu. Predstavio je laboratorij za senzornu analizu koji mali proizvođači sira i voćnih sokova koriste kao uslugu po satu. Dan je završio zajedničkom večerom s domaćinima u Bolzanu, na kojoj se razgovaralo o mogućoj razmjeni studenata.

2. dan – utorak, 7. lipnja 2033.

Drugi dan bio je posvećen posjetima tvrtkama i zadrugama. Ujutro je delegacija posjetila voćarsku zadrugu VOG u Terlanu, gdje je direktor prodaje Andreas Unterhofer predstavio sustav skladištenja u kontroliranoj atmosferi i zajednički marketing pod jednom robnom markom. Zadruga okuplja više od 4.000 proizvođača. Članovi delegacije posebno su se zanimali za pravila o raspodjeli prihoda među članovima.

Poslijepodne je uslijedio posjet mljekari Mila u Bolzanu. Voditeljica kvalitete Ingrid Mair objasnila je kako se mlijeko s planinskih gospodarstava posebno prikuplja i označava. Na kraju dana održan je kratki radni sastanak delegacije u hotelu, na kojem su članice Klastera raspravile koje bi se prakse mogle primijeniti u Slavoniji.

3. dan – srijeda, 8. lipnja 2033.

Posljednjeg dana delegacija je posjetila Laimburg, pokrajinski istraživački centar za poljoprivredu, u Vadeni kraj Ora. Dr. Walter Gufler-Reiterer prikazao je program selekcije novih sorti jabuka otpornih na bolesti, koji se financira dijelom iz licencnih naknada. Nakon toga održan je okrugli stol o suradnji s hrvatskim partnerima. Sudjelovali su Dražen Kovačević, Martina Gasser-Lanz, doc. dr. sc. Ivana Flanjak s Prehrambeno-tehnološkog fakulteta Osijek te Damir Šarić, pročelnik Upravnog odjela za poljoprivredu Osječko-baranjske županije. Dogovoreno je da Lebensmittelcluster Südtirol u jesen uzvrati posjet Osijeku. Delegacija se u Hrvatsku vratila u večernjim satima.

3. GLAVNI ZAKLJUČCI

Članovi delegacije složili su se oko sljedećih zaključaka:

- Zajednička robna marka i zajednički marketing ključni su za izvoz malih proizvođača; Klaster će ispitati interes članica za zajedničku marku slavonskih prerađevina.
- Usluge istraživačkih laboratorija trebaju biti dostupne po satu i po cijeni prihvatljivoj malim tvrtkama; s Prehrambeno-tehnološkim fakultetom Osijek treba dogovoriti sličan model.
- Klaster treba jasna pravila financiranja i odlučivanja, po uzoru na Lebensmittelcluster Südtirol, prije nego što pokrene veće zajedničke investicije.

4. SLJEDEĆI KORACI

- Predstavljanje izvješća na sjednici Upravnog odbora Klastera 14. rujna 2033.
- Uzvratni posjet delegacije iz Južnog Tirola Osijeku, okvirno 10. studenoga 2033., uz sudjelovanje na sajmu hrane u Osijeku.
- Priprema zajedničkog projektnog prijedloga s NOI Techparkom do kraja 2033.

Troškovi putovanja i smještaja pokriveni su iz projekta AGRI-LINK, sufinanciranog iz programa Interreg. Fotografije s posjeta dostupne su članicama na zahtjev.

Marija Jurić-Bošnjak
voditeljica projekata
Klaster prehrambene industrije Slavonije
tel. +385 31 000 000, e-pošta: marija.juric@kpis.example
'''
write(doc,t)
K='Klaster prehrambene industrije Slavonije'
gold(doc,[P('Marija Jurić-Bošnjak','voditeljica projekata',K),P('Dražen Kovačević','predsjednik Klastera',K),
 P('Stefan Pichler','voditelj odjela za prehrambene tehnologije','NOI Techpark'),P('Martina Gasser-Lanz','menadžerica','Lebensmittelcluster Südtirol'),
 P('Matteo Scarpellini',None,'Slobodnog sveučilišta u Bolzanu'),P('Andreas Unterhofer','direktor prodaje','VOG'),
 P('Ingrid Mair','Voditeljica kvalitete','Mila'),P('Walter Gufler-Reiterer',None,'Laimburg'),
 P('Ivana Flanjak',None,'Prehrambeno-tehnološkog fakulteta Osijek'),P('Damir Šarić','pročelnik Upravnog odjela za poljoprivredu','Osječko-baranjske županije')],
 [O(K),O('Osječko-baranjske županije'),O('Prehrambeno-tehnološkog fakulteta Osijek'),O('NOI Techpark'),O('Lebensmittelcluster Südtirol'),
  O('Slobodnog sveučilišta u Bolzanu'),O('VOG'),O('Mila'),O('Laimburg'),O('Upravnog odjela za poljoprivredu')],
 [E('Studijski posjet Južnom Tirolu','2033-06-06','2033-06-08',None,'Italy'),E('zajedničkom večerom','2033-06-06',None,'Bolzano','Italy'),
  E('posjet mljekari Mila','2033-06-07',None,'Bolzano','Italy'),E('posjetila voćarsku zadrugu VOG','2033-06-07',None,'Terlan','Italy'),
  E('okrugli stol o suradnji s hrvatskim partnerima','2033-06-08',None,None,'Italy'),
  E('sjednici Upravnog odbora Klastera','2033-09-14',None,None,None),E('Uzvratni posjet','2033-11-10',None,'Osijek','Croatia'),
  E('sajmu hrane u Osijeku','2033-11-10',None,'Osijek','Croatia')],
 ['2033-06-06/2033-06-08','2033-06-20','2033-06-06','2033-06-07','2033-06-08','2033-09-14','2033-11-10','2033'],
 km=['Zajednička robna marka i zajednički marketing ključni su za izvoz malih proizvođača; Klaster će ispitati interes članica za zajedničku marku slavonskih prerađevina',
 'Usluge istraživačkih laboratorija trebaju biti dostupne po satu i po cijeni prihvatljivoj malim tvrtkama; s Prehrambeno-tehnološkim fakultetom Osijek treba dogovoriti sličan model',
 'Klaster treba jasna pravila financiranja i odlučivanja, po uzoru na Lebensmittelcluster Südtirol, prije nego što pokrene veće zajedničke investicije'],pub='2033-06-20')
