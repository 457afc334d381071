from h import *
F = 'g05_pula_sajam_izvjestaj.txt'
assert wd(2041,10,8)=='Tuesday' and wd(2041,10,9)=='Wednesday' and wd(2041,10,14)=='Monday'
T = """Istarska razvojna agencija (IDA) d.o.o. | Novosti | Događanja

Naslovnica > Novosti > 2041

Održan 3. Dan istarskih klastera u Puli: nautika i pametna proizvodnja u fokusu
Objavljeno: 14.10.2041. | Autor: Ured za odnose s javnošću | Kategorija: Klasteri

Više od 230 sudionika okupilo se u utorak 8. listopada 2041. u pulskom Domu hrvatskih branitelja na trećem Danu istarskih klastera, koji Istarska razvojna agencija organizira svake godine u suradnji s Istarskom županijom i Hrvatskom gospodarskom komorom – Županijskom komorom Pula. Ovogodišnje izdanje bilo je posvećeno povezivanju nautičkog sektora s proizvođačima opreme i softvera.

Skup je otvorio direktor IDA-e, mr. sc. Dario Matošević-Benčić, koji je podsjetio da u Istri danas djeluju četiri klasterske organizacije s ukupno 186 članova. "Prije pet godina klasteri su bili popis članova na papiru. Danas zajedno prijavljuju projekte i izlaze na strana tržišta," rekao je. Pozdravne riječi uputili su i županica Istarske županije Loredana Šuran-Perić te Ivo Bašić, predsjednik Županijske komore Pula.

U uvodnom izlaganju Martina Radolović, voditeljica Klastera nautičke industrije Istre, predstavila je rezultate ankete među članovima: dvije trećine brodogradilišta i servisera planira u iduće tri godine uvesti električne pogone, ali samo petina ima zaposlenike s potrebnim znanjima. Predstavnica Ministarstva gospodarstva, Ana-Marija Knežević, najavila je novi nacionalni poziv za klasterske projekte u prvom tromjesečju 2042.

Poslijepodne su održani B2B sastanci: ukupno 147 razgovora između 62 tvrtke iz Hrvatske, Slovenije i Italije. Partneri iz Italije došli su u organizaciji klastera mare FVG iz Trsta, a slovenske tvrtke predvodio je Gregor Kos iz Obalno-kraške razvojne agencije iz Kopra.

Drugog dana, u srijedu 9. listopada, za dvadesetak sudionika organiziran je studijski posjet brodogradilištu Uljanik Yachts u Puli i Tehnološkom parku Rovinj, gdje ih je dočekao voditelj parka Marko Zoričić-Poropat.

Zaključci skupa
Na završnoj raspravi sudionici su se složili oko sljedećeg:
- Klasteri trebaju zajednički ponuditi programe prekvalifikacije za električne i hibridne pogone, u suradnji sa strukovnim školama
- IDA će do kraja 2041. izraditi katalog istarskih dobavljača za nautiku na hrvatskom, engleskom i talijanskom jeziku
- Prekogranična suradnja s Trstom i Koprom treba dobiti stalni oblik, primjerice godišnji sastanak triju klastera
- Dan istarskih klastera ubuduće treba trajati dva puna dana

Prethodna izdanja
- 1. Dan istarskih klastera – Poreč, 12. listopada 2039. (oko 110 sudionika, tema: turizam i hrana)
- 2. Dan istarskih klastera – Labin, 10. listopada 2040. (oko 140 sudionika, tema: metalna industrija i energetika)
Oba prethodna izdanja organizirana su u jednom danu, bez B2B programa.

Sljedeći koraci
Sljedeći sastanak upravnih odbora istarskih klastera zakazan je za siječanj 2042. u Pazinu. Četvrti Dan istarskih klastera planira se za listopad 2042.

Organizatori i partneri: Istarska razvojna agencija, Istarska županija, Hrvatska gospodarska komora – Županijska komora Pula, Klaster nautičke industrije Istre, Obalno-kraška razvojna agencija (Koper), klaster mare FVG (Trst), Tehnološki park Rovinj i brodogradilište Uljanik Yachts kao domaćini studijskog posjeta. Sudjelovanje je bilo besplatno za članove klastera, a troškove B2B programa sufinancirala je Istarska županija.

Prezentacije s konferencije dostupne su na zahtjev. Fotografije: IDA / Tihana Rakovac

Kontakt: Odjel za poduzetništvo i klastere, klasteri@ida.example.hr, tel. 052 000 000

Podijeli: Facebook | LinkedIn | E-mail

Pročitajte još:
- Otvoren javni poziv za potpore klasterima 2041. – rok 30.11.2041.
- Europski tjedan regija i gradova: IDA predstavila istarske klastere u Bruxellesu
- Održana radionica o pametnoj specijalizaciji u Pazinu

Istarska razvojna agencija d.o.o., Mletačka 12, 52100 Pula | O nama | Zaštita osobnih podataka | Kolačići
"""
write(F, T)
I="Istarska razvojna agencija (IDA) d.o.o."
gold(F,
 [P("Dario Matošević-Benčić","direktor","IDA"),
  P("Loredana Šuran-Perić","županica","Istarska županija"),
  P("Ivo Bašić","predsjednik","Hrvatska gospodarska komora – Županijska komora Pula"),
  P("Martina Radolović","voditeljica","Klaster nautičke industrije Istre"),
  P("Ana-Marija Knežević","Predstavnica","Ministarstva gospodarstva"),
  P("Gregor Kos",None,"Obalno-kraška razvojna agencija"),
  P("Marko Zoričić-Poropat","voditelj parka","Tehnološki park Rovinj"),
  P("Tihana Rakovac",None,None)],
 [O(I,"IDA"), O("Istarska županija"), O("Hrvatska gospodarska komora – Županijska komora Pula"),
  O("Klaster nautičke industrije Istre"), O("Ministarstva gospodarstva"), O("mare FVG"),
  O("Obalno-kraška razvojna agencija"), O("Uljanik Yachts"), O("Tehnološki park Rovinj")],
 [E("3. Dan istarskih klastera","2041-10-08","2041-10-09","Pula","Croatia"),
  E("B2B sastanci","2041-10-08",None,"Pula","Croatia"),
  E("studijski posjet","2041-10-09",None,"Pula, Rovinj","Croatia"),
  E("1. Dan istarskih klastera","2039-10-12",None,"Poreč","Croatia"),
  E("2. Dan istarskih klastera","2040-10-10",None,"Labin","Croatia"),
  E("sastanak upravnih odbora istarskih klastera","2042-01",None,"Pazin","Croatia"),
  E("Četvrti Dan istarskih klastera","2042-10"),
  E("Europski tjedan regija i gradova",None,None,"Bruxelles","Belgium"),
  E("radionica o pametnoj specijalizaciji",None,None,"Pazin","Croatia")],
 ["2041","2041-10-14","2041-10-08","2041-10-09","2042-01","2042","2039-10-12","2040-10-10","2042-10","2041-11-30"],
 ["Klasteri trebaju zajednički ponuditi programe prekvalifikacije za električne i hibridne pogone, u suradnji sa strukovnim školama",
  "IDA će do kraja 2041. izraditi katalog istarskih dobavljača za nautiku na hrvatskom, engleskom i talijanskom jeziku",
  "Prekogranična suradnja s Trstom i Koprom treba dobiti stalni oblik, primjerice godišnji sastanak triju klastera",
  "Dan istarskih klastera ubuduće treba trajati dva puna dana"], pub="2041-10-14")
