from h import *
F = 'slavonski-drvni-klaster-zapisnik-uo-2035-03.txt'
D = ["Usvaja se Izvješće o radu Klastera za 2034. godinu i financijsko izvješće za 2034. godinu te se upućuju Skupštini na potvrđivanje",
 "U članstvo Klastera primaju se Drvodjelac Našice d.o.o., Parketi Orahovica j.d.o.o. i Veleučilište u Požegi",
 "Zadužuje se voditeljica Klastera da do 30. travnja 2035. pripremi prijavu projekta WOODCIRCLE u programu Interreg Hrvatska – Srbija",
 "Članarina za 2035. godinu ostaje nepromijenjena",
 "Redovna godišnja Skupština Klastera održat će se 22. svibnja 2035. u Đakovu"]
T = f"""SLAVONSKI DRVNI KLASTER
udruga za razvoj drvne i namještajne industrije
Trg Ante Starčevića 4, 31000 Osijek · OIB 48120955317

Broj: UO-03/2035
Osijek, 19. ožujka 2035.

ZAPISNIK
s 14. sjednice Upravnog odbora Slavonskog drvnog klastera,
održane u {wd(2035,3,17,'hr')} 17. ožujka 2035. godine s početkom u 10:00 sati
u prostorijama Hrvatske gospodarske komore – Županijske komore Osijek, Europska avenija 13, Osijek

Prisutni članovi Upravnog odbora:
1. Tomislav Matić, predsjednik Upravnog odbora (Spačva d.d., Vinkovci)
2. mr. sc. Ivana Jurić-Petrović, potpredsjednica (Jelen Namještaj d.o.o., Slavonski Brod)
3. Dražen Kovač (Slavonija Pelet d.o.o., Donji Miholjac)
4. prof. dr. sc. Zvonimir Babić (Fakultet agrobiotehničkih znanosti Osijek)
5. Marija Šimunović (Osječko-baranjska županija, Upravni odjel za gospodarstvo)
6. Krunoslav Vuković (Stolarija Vuković, obrt, Đakovo)

Odsutni (opravdano): Damir Horvatinčić (Hrvatske šume d.o.o., Uprava šuma Podružnica Osijek)

Ostali prisutni:
– Sanja Radić-Vidaković, voditeljica Klastera
– Luka Perić, stručni suradnik za projekte
– Dr. Matthias Oberhuber, Holzcluster Steiermark GmbH, Graz (gost, točka 5.)

Sjednicom je predsjedao predsjednik Upravnog odbora Tomislav Matić. Utvrđeno je da je sjednici prisutno šest od sedam članova Upravnog odbora te da Upravni odbor može pravovaljano odlučivati. Zapisnik vodi Luka Perić.

DNEVNI RED:
1. Usvajanje zapisnika s 13. sjednice Upravnog odbora
2. Izvješće o radu Klastera za 2034. godinu
3. Financijsko izvješće za 2034. godinu
4. Prijem novih članova
5. Projekt WOODCIRCLE – suradnja sa Štajerskom i Vojvodinom
6. Članarina za 2035. godinu
7. Priprema redovne godišnje Skupštine
8. Razno

Ad 1.
Zapisnik s 13. sjednice Upravnog odbora, održane 9. prosinca 2034., usvojen je jednoglasno bez primjedbi.

Ad 2. i 3.
Voditeljica Klastera Sanja Radić-Vidaković podnijela je izvješće o radu za 2034. godinu. Klaster je na kraju godine imao 47 članova, od čega 39 poduzeća. Organizirano je 17 događanja, među kojima Dani slavonskog hrasta u Vinkovcima i zajednički nastup na sajmu namještaja u Kölnu. Prihodi su iznosili 186.400 eura, a rashodi 179.950 eura. Prof. Babić je istaknuo dobru suradnju s Fakultetom i predložio zajedničku ljetnu školu za studente drvne tehnologije. Gđa Šimunović je najavila da će Županija i u 2035. sufinancirati rad Klastera s 40.000 eura.

Ad 4.
Upravnom odboru pristigle su tri pristupnice: Drvodjelac Našice d.o.o. (proizvodnja građevne stolarije), Parketi Orahovica j.d.o.o. (proizvodnja parketa) i Veleučilište u Požegi. Sva tri zahtjeva ispunjavaju uvjete iz Statuta.

Ad 5.
Dr. Matthias Oberhuber predstavio je iskustva štajerskog drvnog klastera s kružnim gospodarstvom u preradi drva. Predložena je zajednička projektna prijava WOODCIRCLE s partnerima iz Štajerske i s Klasterom drvoprerađivača Vojvodine iz Novog Sada. Dražen Kovač upozorio je na kratak rok za prijavu.

Ad 6.
Predloženo je da članarina ostane ista kao u 2034. godini (300 eura za mikropoduzeća, 600 eura za mala i 1.200 eura za srednja i velika poduzeća).

Ad 7.
Dogovoreno je da se Skupština održi u Đakovu, u prostorijama Stolarije Vuković, uz posjet pogonu poslije sjednice.

Ad 8.
Gđa Jurić-Petrović izvijestila je o pripremama za sajam Ambienta u Zagrebu u listopadu 2035. i pozvala članove na zajednički štand.

ODLUKE
Upravni odbor jednoglasno je donio sljedeće odluke:

{chr(10).join(f'{i+1}. {d}.' for i, d in enumerate(D))}

Sljedeća sjednica Upravnog odbora održat će se u {wd(2035,6,16,'hr')} 16. lipnja 2035. u 10:00 sati u Vinkovcima.

Sjednica je završena u 12:15 sati.

Zapisničar:                      Predsjednik Upravnog odbora:
Luka Perić, v.r.                 Tomislav Matić, v.r.
"""
write(F, T)
gold(F, [P('Tomislav Matić','predsjednik Upravnog odbora','SLAVONSKI DRVNI KLASTER'), P('Ivana Jurić-Petrović','potpredsjednica','SLAVONSKI DRVNI KLASTER'),
 P('Dražen Kovač',None,'Slavonija Pelet d.o.o.'), P('Zvonimir Babić',None,'Fakultet agrobiotehničkih znanosti Osijek'),
 P('Marija Šimunović',None,'Osječko-baranjska županija'), P('Krunoslav Vuković',None,'Stolarija Vuković'),
 P('Damir Horvatinčić',None,'Hrvatske šume d.o.o.'), P('Sanja Radić-Vidaković','voditeljica Klastera','SLAVONSKI DRVNI KLASTER'),
 P('Luka Perić','stručni suradnik za projekte','SLAVONSKI DRVNI KLASTER'), P('Matthias Oberhuber','gost','Holzcluster Steiermark GmbH')],
 [O('SLAVONSKI DRVNI KLASTER'), O('Hrvatska gospodarska komora – Županijska komora Osijek') if False else O('Hrvatske gospodarske komore – Županijske komore Osijek'),
  O('Spačva d.d.'), O('Jelen Namještaj d.o.o.'), O('Slavonija Pelet d.o.o.'), O('Fakultet agrobiotehničkih znanosti Osijek'), O('Osječko-baranjska županija'),
  O('Upravni odjel za gospodarstvo'), O('Stolarija Vuković'), O('Hrvatske šume d.o.o.'), O('Uprava šuma Podružnica Osijek'), O('Holzcluster Steiermark GmbH'),
  O('Drvodjelac Našice d.o.o.'), O('Parketi Orahovica j.d.o.o.'), O('Veleučilište u Požegi'), O('Klasterom drvoprerađivača Vojvodine')],
 [E('14. sjednica Upravnog odbora','2035-03-17','2035-03-17','Osijek','Croatia'), E('13. sjednica Upravnog odbora','2034-12-09','2034-12-09',None,None),
  E('Dani slavonskog hrasta','2034','2034','Vinkovci','Croatia'), E('sajam namještaja','2034','2034','Köln','Germany'), E('Skupština','2035-05-22','2035-05-22','Đakovo','Croatia'), E('posjet pogonu','2035-05-22','2035-05-22','Đakovo','Croatia'),
  E('Ambienta','2035-10','2035-10','Zagreb','Croatia'), E('sjednica Upravnog odbora','2035-06-16','2035-06-16','Vinkovci','Croatia')],
 ['2035-03-19','2035-03-17','2034','2035','2034-12-09','2035-04-30','2035-05-22','2035-10','2035-06-16'], km=D, pub='2035-03-19')
