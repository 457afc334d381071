from h import *
F = 'sumadija-regionalni-forum-klastera-2035.md'
T = """Početna › Vesti › Najave događaja

# Regionalni forum klastera Šumadije i Pomoravlja 2035: „Industrija koja povezuje"

*Objavljeno: 2. septembra 2035. · Regionalna agencija za ekonomski razvoj Šumadije i Pomoravlja*

Regionalna agencija za ekonomski razvoj Šumadije i Pomoravlja (REDASP), u saradnji sa Gradom Kragujevcem, Privrednom komorom Srbije – Regionalnom privrednom komorom Šumadijskog i Pomoravskog upravnog okruga i Univerzitetom u Kragujevcu, organizuje **šesti Regionalni forum klastera Šumadije i Pomoravlja**, koji će se održati **9. i 10. oktobra 2035. godine** u Kragujevcu, u Sali Šumadijskog sajma.

Forum okuplja klastere, mala i srednja preduzeća, istraživače i predstavnike lokalne samouprave iz centralne Srbije i regiona Zapadnog Balkana. Ovogodišnja tema je povezivanje domaćih dobavljača sa velikim investitorima u automobilskoj, metalskoj i prehrambenoj industriji.

„Kragujevac je ponovo industrijski centar, ali naši mali proizvođači još uvek premalo prodaju velikim fabrikama. Forum treba da otvori ta vrata", izjavio je direktor REDASP-a, mr Nebojša Stanković-Radić.

## Program foruma

**Utorak, 9. oktobar 2035.**

- 09:30 – Registracija učesnika
- 10:00 – Otvaranje foruma: Nikola Dašić-Pavlović, gradonačelnik Kragujevca; dr Jelena Begović-Marić, ministarka privrede Republike Srbije; Nj.E. Emanuele Giaufret-Rossi, šef Delegacije Evropske unije u Srbiji
- 11:00 – Panel „Dobavljači za elektromobilnost": Dragan Obradović (Klaster automobilske industrije Srbije – AC Serbia), Ana-Marija Kostić (Stellantis Srbija d.o.o.), prof. dr Slobodan Mitrović (Fakultet inženjerskih nauka Univerziteta u Kragujevcu) i Lorenz Hofbauer (Automotive Cluster Upper Austria)
- 13:00 – Ručak i izložba članova klastera
- 14:30 – Paralelne radionice:
  - Radionica A: Digitalizacija proizvodnje (vodi Milica Jovanović-Tešić, Klaster IKT Šumadije)
  - Radionica B: Prehrambena industrija i izvoz u EU (vodi Zoran Ilić, Klaster „Šumadijsko voće")
  - Radionica C: Zelena energija u industrijskim zonama (vodi dr Vesna Lazarević, Inovacioni centar Kragujevac)
- 17:00 – B2B sastanci, u saradnji sa mrežom Enterprise Europe Network Srbija (EEN Srbija)
- 19:30 – Svečana večera i dodela priznanja „Klaster godine 2035"

**Sreda, 10. oktobar 2035.**

- 09:30 – Studijske posete: Slobodna zona Kragujevac, fabrika Gorenje Valjevo? – ne, fabrika „Metaloplast Jagodina" a.d. u Jagodini i Naučno-tehnološki park Kragujevac
- 12:30 – Završna sesija „Klasteri Zapadnog Balkana i Berlinski proces", sa gostima iz Severne Makedonije i Albanije: Bojana Trajkovska (Klaster za ICT Skopje) i Elira Hoxha-Kola (Albanian Agribusiness Council)
- 13:30 – Zaključci foruma i zatvaranje

## Ko može da učestvuje

Učešće je besplatno za članove klastera, preduzeća i institucije iz Šumadijskog i Pomoravskog okruga. Za ostale učesnike kotizacija iznosi 3.000 dinara. Prijave su otvorene do **30. septembra 2035.** putem onlajn formulara na sajtu agencije. Za B2B sastanke potrebna je posebna prijava na platformi b2match najkasnije do 3. oktobra 2035.

Forum se održava na srpskom i engleskom jeziku, uz simultani prevod tokom plenarnih sesija.

## O prethodnim forumima

Prvi Regionalni forum klastera održan je 2030. godine u Jagodini. Na petom forumu, održanom 11. oktobra 2034. u Kragujevcu, učestvovalo je više od 260 predstavnika iz 14 zemalja, a potpisana su i dva sporazuma o saradnji: između Klastera automobilske industrije Srbije i Automotive Cluster Upper Austria, kao i između Klastera „Šumadijsko voće" i organizacije Zadružni savez Vojvodine. Sedmi forum planiran je za oktobar 2036. godine u Jagodini.

## Priznanje „Klaster godine"

Priznanje „Klaster godine" dodeljuje se od 2031. godine klasteru koji je u prethodnoj godini ostvario najveći doprinos razvoju privrede regiona. Prošlogodišnji dobitnik je Klaster IKT Šumadije, koji je pokrenuo program prekvalifikacije za 180 radnika metalske industrije. Žiri čine predstavnici REDASP-a, Univerziteta u Kragujevcu i Regionalne privredne komore. Predlozi se podnose do 20. septembra 2035.

## Zašto Šumadija i Pomoravlje

Region Šumadije i Pomoravlja ima oko 500.000 stanovnika i snažnu industrijsku tradiciju u automobilskoj, metalskoj i prehrambenoj industriji. Poslednjih godina ovde su otvorene nove fabrike u oblasti elektromobilnosti, a u regionu deluje više od deset aktivnih klastera. Agencija REDASP od 2008. godine pruža podršku preduzećima i lokalnim samoupravama, a od 2029. godine vodi i regionalni program podrške klasterima.

## Organizatori i partneri

- Regionalna agencija za ekonomski razvoj Šumadije i Pomoravlja (REDASP) – organizator
- Grad Kragujevac – suorganizator
- Privredna komora Srbije – Regionalna privredna komora Šumadijskog i Pomoravskog upravnog okruga
- Univerzitet u Kragujevcu
- Delegacija Evropske unije u Srbiji i Vlada Švajcarske – podrška kroz program EU PRO Plus

## Kontakt

Za sva pitanja obratite se organizacionom timu:
Tamara Đorđević-Simić, koordinatorka foruma, REDASP
tel. +381 34 000 000 · forum@redasp.example
Kralja Petra I 24, 34000 Kragujevac

Forum je podržan sredstvima programa EU PRO Plus, koji finansira Evropska unija, i Vlade Švajcarske.

Podelite: Facebook · LinkedIn · X · E-pošta
"""
T = T.replace('fabrika Gorenje Valjevo? – ne, fabrika', 'fabrika')
write(F, T)
RE='Regionalna agencija za ekonomski razvoj Šumadije i Pomoravlja'
gold(F,
 [P('Nebojša Stanković-Radić','direktor','REDASP'), P('Nikola Dašić-Pavlović','gradonačelnik Kragujevca',None), P('Jelena Begović-Marić','ministarka privrede Republike Srbije',None),
  P('Emanuele Giaufret-Rossi','šef Delegacije Evropske unije u Srbiji',None), P('Dragan Obradović',None,'Klaster automobilske industrije Srbije'),
  P('Ana-Marija Kostić',None,'Stellantis Srbija d.o.o.'), P('Slobodan Mitrović',None,'Fakultet inženjerskih nauka Univerziteta u Kragujevcu'),
  P('Lorenz Hofbauer',None,'Automotive Cluster Upper Austria'), P('Milica Jovanović-Tešić',None,'Klaster IKT Šumadije'), P('Zoran Ilić',None,'Klaster „Šumadijsko voće"'),
  P('Vesna Lazarević',None,'Inovacioni centar Kragujevac'), P('Bojana Trajkovska',None,'Klaster za ICT Skopje'), P('Elira Hoxha-Kola',None,'Albanian Agribusiness Council'),
  P('Tamara Đorđević-Simić','koordinatorka foruma','REDASP')],
 [O(RE,'REDASP'), O('Grad Kragujevac'), O('Privredna komora Srbije'), O('Regionalna privredna komora Šumadijskog i Pomoravskog upravnog okruga'), O('Univerzitet u Kragujevcu'),
  O('Delegacija Evropske unije u Srbiji'), O('Klaster automobilske industrije Srbije','AC Serbia'), O('Stellantis Srbija d.o.o.'), O('Fakultet inženjerskih nauka Univerziteta u Kragujevcu'),
  O('Automotive Cluster Upper Austria'), O('Klaster IKT Šumadije'), O('Klaster „Šumadijsko voće"'), O('Inovacioni centar Kragujevac'), O('Enterprise Europe Network Srbija','EEN Srbija'),
  O('Slobodna zona Kragujevac'), O('„Metaloplast Jagodina" a.d.'), O('Naučno-tehnološki park Kragujevac'), O('Klaster za ICT Skopje'), O('Albanian Agribusiness Council'),
  O('Zadružni savez Vojvodine'), O('Vlada Švajcarske')],
 [E('Regionalni forum klastera Šumadije i Pomoravlja 2035','2035-10-09','2035-10-10','Kragujevac','Serbia'),
  E('Paralelne radionice','2035-10-09','2035-10-09','Kragujevac','Serbia'), E('B2B sastanci','2035-10-09','2035-10-09','Kragujevac','Serbia'),
  E('Svečana večera i dodela priznanja „Klaster godine 2035"','2035-10-09','2035-10-09','Kragujevac','Serbia'), E('Studijske posete','2035-10-10','2035-10-10',None,None),
  E('Završna sesija „Klasteri Zapadnog Balkana i Berlinski proces"','2035-10-10','2035-10-10','Kragujevac','Serbia'),
  E('Regionalni forum klastera (2030 edition)','2030','2030','Jagodini','Serbia'), E('Regionalni forum klastera (2034 edition)','2034-10-11','2034-10-11','Kragujevcu','Serbia'),
  E('Regionalni forum klastera (2036 edition)','2036-10','2036-10','Jagodini','Serbia')],
 ['2035-09-02','2035-10-09/2035-10-10','2035-10-09','2035-10-10','2035-09-30','2035-10-03','2030','2034-10-11','2036-10','2031','2035-09-20','2008','2029'], pub='2035-09-02')
