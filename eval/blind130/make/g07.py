from h import *
F = 'g07_zasavje_razvojni_forum_sklepi.txt'
assert wd(2040,3,15)=='Thursday'
T = """Regionalni razvojni center Zasavje
Domov | O nas | Razvojni program | Projekti | Dogodki | Novice | Kontakt

Novice > Dogodki
Objavljeno: 22. 3. 2040

SKLEPI 3. ZASAVSKEGA RAZVOJNEGA FORUMA
»Zasavje po premogu: od prestrukturiranja k novim verigam vrednosti«

Regionalni razvojni center Zasavje (RRC Zasavje) je v četrtek, 15. marca 2040, v Delavskem domu Trbovlje pripravil 3. Zasavski razvojni forum. Udeležilo se ga je 186 predstavnikov podjetij, občin, šol in raziskovalnih organizacij iz Trbovelj, Hrastnika in Zagorja ob Savi ter gostje iz Šaleške doline in iz Češke.

Forum je odprla direktorica RRC Zasavje mag. Nataša Žibert Kovač, ki je spomnila, da je regija v zadnjih desetih letih izgubila skoraj tretjino industrijskih delovnih mest, hkrati pa je v letih 2036–2039 nastalo 41 novih podjetij v krožnem gospodarstvu in predelavi stekla. Zbrane so pozdravili tudi župan Občine Trbovlje Jure Kolenc, državni sekretar na Ministrstvu za gospodarstvo, turizem in šport (MGTŠ) dr. Matej Lah ter Jan de Groot iz Generalnega direktorata za regionalno in mestno politiko (DG REGIO) Evropske komisije.

Program

8.30   Registracija udeležencev
9.00   Uvodni pozdravi
9.30   Predstavitev Območnega razvojnega programa Zasavje 2041–2046 (osnutek)
10.30  Okrogla miza »Kdo bo delal v novi industriji?« – sodelujejo Urška Prašnikar (Zasavski grozd za krožno gospodarstvo), Tomaž Bervar (Steklarna Hrastnik d.o.o.), Mojca Vozelj (Šolski center Zagorje) in dr. Luka Kralj (Institut »Jožef Stefan«)
12.00  Kosilo
13.00  Delavnice v treh skupinah: steklo in novi materiali, krožno gospodarstvo, turizem na degradiranih območjih
15.30  Ogled obnovljenega rudniškega kompleksa in inkubatorja v Hrastniku
17.00  Zaključek

Sklepi foruma

Udeleženci so ob koncu foruma sprejeli naslednje sklepe:

1. Zasavje naj v Območni razvojni program 2041–2046 vključi steklarstvo in nove materiale kot prvo razvojno prioriteto regije.
2. Občine, RRC Zasavje in šolski centri naj do konca leta 2040 pripravijo skupni načrt štipendiranja za deficitarne poklice.
3. Zasavski grozd za krožno gospodarstvo naj prevzame vlogo regionalnega koordinatorja za industrijsko simbiozo med podjetji.
4. Degradirana rudniška območja naj se prednostno namenijo za nove proizvodne dejavnosti in ne le za stanovanjsko gradnjo.
5. Regija naj se poveže z drugimi premogovnimi regijami v EU in si izmenja izkušnje s Šaleško dolino in regijo Ústí.

V delavnicah so udeleženci pripravili seznam 23 projektnih idej. Skupina za steklo in nove materiale je predlagala skupni laboratorij za recikliranje odpadnega stekla, skupina za krožno gospodarstvo izmenjavo odpadne toplote med podjetji v industrijski coni Hrastnik, turistična skupina pa kolesarsko pot po nekdanjih rudniških objektih. Ideje bodo vključene v delovno gradivo za osnutek programa.

Po besedah Urške Prašnikar, vodje Zasavskega grozda za krožno gospodarstvo, je največ razprave sprožilo vprašanje kadrov: »Podjetja imajo naročila, nimajo pa ljudi. Brez štipendij in stanovanj za mlade tega ne bomo rešili.«

Kaj sledi

Sklepi bodo obravnavani na seji Sveta regije Zasavje aprila 2040. Javna razprava o osnutku Območnega razvojnega programa bo potekala od 2. aprila do 15. maja 2040. Pripombe je mogoče poslati na razvoj@rrc-zasavje.example.si.

Zasavski razvojni forum poteka vsako leto: 1. forum je bil leta 2038 v Trbovljah, 2. forum leta 2039 v Hrastniku. Naslednji, 4. Zasavski razvojni forum bo spomladi 2041 v občini Zagorje ob Savi.

Fotogalerija (48 fotografij) | Predstavitve govorcev (PDF) | Posnetek okrogle mize

Sorodne novice:
- Podpisan dogovor o sodelovanju s Šaleško dolino
- Javni poziv za podjetniške vavčerje – rok 30. 4. 2040

Regionalni razvojni center Zasavje, Grajska 2, 1420 Trbovlje · T: 03 000 00 00 · info@rrc-zasavje.example.si
Piškotki | Varstvo osebnih podatkov | Izjava o dostopnosti
"""
write(F, T)
R = "Regionalni razvojni center Zasavje"
G = "Zasavski grozd za krožno gospodarstvo"
gold(F,
 [P("Nataša Žibert Kovač", "direktorica", "RRC Zasavje"),
  P("Jure Kolenc", "župan", "Občine Trbovlje"),
  P("Matej Lah", "državni sekretar", "Ministrstvu za gospodarstvo, turizem in šport"),
  P("Jan de Groot", None, "Generalnega direktorata za regionalno in mestno politiko"),
  P("Urška Prašnikar", "vodje", G),
  P("Tomaž Bervar", None, "Steklarna Hrastnik d.o.o."),
  P("Mojca Vozelj", None, "Šolski center Zagorje"),
  P("Luka Kralj", None, "Institut »Jožef Stefan«")],
 [O(R, "RRC Zasavje"), O("Občine Trbovlje"), O("Ministrstvu za gospodarstvo, turizem in šport", "MGTŠ"),
  O("Generalnega direktorata za regionalno in mestno politiko", "DG REGIO"), O("Evropske komisije"),
  O(G), O("Steklarna Hrastnik d.o.o."), O("Šolski center Zagorje"), O("Institut »Jožef Stefan«"), O("Sveta regije Zasavje")],
 [E("3. Zasavski razvojni forum", "2040-03-15", None, "Trbovlje", "Slovenia"),
  E("Ogled obnovljenega rudniškega kompleksa in inkubatorja v Hrastniku", "2040-03-15", None, "Hrastnik", "Slovenia"),
  E("seji Sveta regije Zasavje", "2040-04", None, None, None),
  E("1. forum", "2038", None, "Trbovlje", "Slovenia"),
  E("2. forum", "2039", None, "Hrastnik", "Slovenia"),
  E("4. Zasavski razvojni forum", "2041", None, "Zagorje ob Savi", "Slovenia")],
 ["2040-03-22", "2040-03-15", "2036/2039", "2041/2046", "2040", "2040-04", "2040-04-02/2040-05-15", "2038", "2039", "2041", "2040-04-30"],
 ["Zasavje naj v Območni razvojni program 2041–2046 vključi steklarstvo in nove materiale kot prvo razvojno prioriteto regije",
  "Občine, RRC Zasavje in šolski centri naj do konca leta 2040 pripravijo skupni načrt štipendiranja za deficitarne poklice",
  "Zasavski grozd za krožno gospodarstvo naj prevzame vlogo regionalnega koordinatorja za industrijsko simbiozo med podjetji",
  "Degradirana rudniška območja naj se prednostno namenijo za nove proizvodne dejavnosti in ne le za stanovanjsko gradnjo",
  "Regija naj se poveže z drugimi premogovnimi regijami v EU in si izmenja izkušnje s Šaleško dolino in regijo Ústí"],
 pub="2040-03-22")
