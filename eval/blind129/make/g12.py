from h import *
F = 'g12_koprivnica_klaster_izborna_skupstina.txt'
assert wd(2034,11,23)=='Thursday' and wd(2034,12,7)=='Thursday' and wd(2035,2,20)=='Tuesday'
T = """KLASTER HRANE PODRAVINE
Naslovnica | O klasteru | Članovi | Projekti | Novosti | Kontakt

Novosti > Iz rada klastera

Održana izborna skupština: Klaster hrane Podravine ima novu predsjednicu
Objavljeno: 27. studenoga 2034. | Autor: Ured klastera

U četvrtak, 23. studenoga 2034. u dvorani Gospodarske komore u Koprivnici održana je izborna sjednica Skupštine udruge Klaster hrane Podravine. Sjednici je prisustvovalo 29 od ukupno 41 člana klastera, čime je ostvaren kvorum za pravovaljano odlučivanje. Skupštinu je otvorio dosadašnji predsjednik klastera Zvonimir Horvat-Bregović, a za zapisničarku je izabrana Ivana Kolarić.

Dnevni red:
1. Otvaranje sjednice i utvrđivanje kvoruma
2. Izbor radnog predsjedništva, zapisničara i dvaju ovjerovitelja zapisnika
3. Izvješće o radu klastera za razdoblje 2030. – 2034.
4. Izvješće Nadzornog odbora
5. Izbor predsjednika, potpredsjednika te članova Upravnog i Nadzornog odbora
6. Prijedlog plana rada za 2035. godinu
7. Razno

Nova predsjednica

Za predsjednicu klastera na mandat od četiri godine jednoglasno je izabrana mr. sc. Maja Šestak-Lovrić, direktorica tvrtke Mlinar Đurđevac d.o.o., a za potpredsjednika Davor Kos iz OPG-a Kos iz Virja. Predsjednica klastera ujedno je i predsjednica Upravnog odbora.

Upravni odbor (2034. – 2038.):
- Maja Šestak-Lovrić, Mlinar Đurđevac d.o.o. – predsjednica
- Davor Kos, OPG Kos – potpredsjednik
- Tihana Novak, Podravka d.d.
- Goran Matijević, Mljekara Bilogora d.o.o.
- Dražen Pintarić, Sveučilište Sjever, Koprivnica
- Ana-Marija Fabijanec, Razvojna agencija PORA Koprivničko-križevačke županije
- Krešimir Đuras, Vinarija Đuras, Križevci

U Nadzorni odbor izabrani su Renata Blažeković (predsjednica), Marko Lacković i Snježana Car.

Zahvala dosadašnjem predsjedniku

Zvonimir Horvat-Bregović vodio je klaster od njegova osnivanja 2026. godine. U tom razdoblju klaster je narastao s devet na 41 člana, pokrenuo zajedničku robnu marku „Okus Podravine” i sudjelovao u dva projekta Interreg Mađarska – Hrvatska s partnerima iz Kaposvára. Skupština mu je dodijelila status počasnog člana, a članovi su ga pozdravili dugim pljeskom. Horvat-Bregović ostaje član klastera kao predstavnik tvrtke Bregović Meso d.o.o.

„Naši su članovi uglavnom mali proizvođači koji sami ne mogu na police velikih trgovačkih lanaca. Klaster im to mora omogućiti, a pritom ne smijemo zaboraviti ni mlade koji žele ostati na selu,” rekla je nova predsjednica nakon izbora.

Ured klastera

Stručne poslove klastera i dalje obavlja voditeljica klastera Lana Grgić, a projektna suradnica Ivana Kolarić zadužena je za rad s članovima i za pripremu novih projektnih prijava. Od siječnja 2035. ured će se preseliti u Podravski poduzetnički centar u Koprivnici.

Zaključci Skupštine

Skupština je donijela sljedeće zaključke:
1. Prihvaća se Izvješće o radu klastera za razdoblje 2030. – 2034.
2. Prihvaća se Izvješće Nadzornog odbora bez primjedbi
3. Usvaja se plan rada za 2035. godinu s naglaskom na zajednički nastup na sajmovima i edukaciju o izvozu
4. Članarina za 2035. godinu ostaje nepromijenjena
5. Zadužuje se Upravni odbor da do 31. ožujka 2035. pripremi prijedlog novog Statuta

Sljedeći koraci

Prva sjednica novog Upravnog odbora održat će se u četvrtak, 7. prosinca 2034. u Koprivnici. Podravski dani hrane održat će se od 16. do 18. veljače 2035. u Đurđevcu i klaster će na njima imati zajednički štand. Članovi su pozvani i na radionicu „Kako do izvoznog tržišta” u utorak, 20. veljače 2035. u prostorijama Razvojne agencije PORA.

Klaster će u ožujku 2035. s partnerima iz Somogyja organizirati i posjet sajmu hrane (Kaposvár, Mađarska), o čemu će članovi biti naknadno obaviješteni.

Kontakt: Lana Grgić, voditeljica klastera, info@klaster-podravina.example.hr, 048 000 000
Klaster hrane Podravine, Trg bana Jelačića 0, 48000 Koprivnica

Podijeli: Facebook | LinkedIn | E-pošta
Politika privatnosti | Kolačići
"""
write(F, T)
K="Klaster hrane Podravine"
gold(F,
 [P("Zvonimir Horvat-Bregović","predsjednik",K),
  P("Ivana Kolarić","projektna suradnica",K),
  P("Maja Šestak-Lovrić","predsjednica",K),
  P("Davor Kos","potpredsjednik",K),
  P("Tihana Novak",None,"Podravka d.d."),
  P("Goran Matijević",None,"Mljekara Bilogora d.o.o."),
  P("Dražen Pintarić",None,"Sveučilište Sjever"),
  P("Ana-Marija Fabijanec",None,"Razvojna agencija PORA Koprivničko-križevačke županije"),
  P("Krešimir Đuras",None,"Vinarija Đuras"),
  P("Renata Blažeković","predsjednica",K),
  P("Marko Lacković",None,None),
  P("Snježana Car",None,None),
  P("Lana Grgić","voditeljica klastera",K)],
 [O(K), O("Mlinar Đurđevac d.o.o."), O("OPG Kos"), O("Podravka d.d."),
  O("Mljekara Bilogora d.o.o."), O("Sveučilište Sjever"), O("Razvojna agencija PORA Koprivničko-križevačke županije","PORA"),
  O("Vinarija Đuras"), O("Bregović Meso d.o.o.")],
 [E("izborna sjednica Skupštine","2034-11-23",None,"Koprivnica","Croatia"),
  E("Prva sjednica novog Upravnog odbora","2034-12-07",None,"Koprivnica","Croatia"),
  E("Podravski dani hrane","2035-02-16","2035-02-18","Đurđevac","Croatia"),
  E("Kako do izvoznog tržišta","2035-02-20",None,None,"Croatia"),
  E("posjet sajmu hrane","2035-03",None,"Kaposvár","Hungary")],
 ["2034-11-27","2034-11-23","2030/2034","2035","2034/2038","2026","2035-01","2035-03-31","2034-12-07","2035-02-16/2035-02-18","2035-02-20","2035-03"],
 ["Prihvaća se Izvješće o radu klastera za razdoblje 2030. – 2034",
  "Prihvaća se Izvješće Nadzornog odbora bez primjedbi",
  "Usvaja se plan rada za 2035. godinu s naglaskom na zajednički nastup na sajmovima i edukaciju o izvozu",
  "Članarina za 2035. godinu ostaje nepromijenjena",
  "Zadužuje se Upravni odbor da do 31. ožujka 2035. pripremi prijedlog novog Statuta"],
 pub="2034-11-27")
