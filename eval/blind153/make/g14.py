from h import *
F = 'g14_kaposvar_elelmiszer_klaszter_dijatado.txt'
assert wd(2039,11,24)=='Thursday' and wd(2039,11,25)=='Friday' and wd(2039,12,12)=='Monday'
T = """Dél-Dunántúli Élelmiszeripari Klaszter
Kezdőlap | A klaszterről | Tagjaink | Rendezvények | Hírek | Pályázatok | Kapcsolat

Hírek > Rendezvények

Átadták a Somogyi Élelmiszer Innovációs Díjakat – lezajlott a klaszter X. Szakmai Napja
Kaposvár, 2039. november 28. | Szerző: Pintérné Halász Judit, kommunikációs munkatárs

Tizedik alkalommal rendezte meg éves Szakmai Napját a Dél-Dunántúli Élelmiszeripari Klaszter (DDÉK) 2039. november 24-én, csütörtökön Kaposváron, a MATE Kaposvári Campusán. A rendezvényen mintegy 210 résztvevő – élelmiszer-feldolgozó vállalkozások, termelők, kutatók és önkormányzati szakemberek – vett részt Somogy, Tolna és Baranya vármegyéből. Az esti díjátadó gálán adták át a Somogyi Élelmiszer Innovációs Díjakat.

A résztvevőket Szalai-Ferenczi Gábor, a klaszter elnöke, a Kaposvári Húsipari Zrt. vezérigazgatója köszöntötte. Beszédében kiemelte, hogy a klaszter taglétszáma 2039-re 94-re nőtt, és a tagvállalatok közel fele exportál. Ezt követően dr. Horváth Eszter Réka, a Somogy Vármegyei Közgyűlés elnöke és Baráth László, Kaposvár alpolgármestere mondott köszöntőt.

A SZAKMAI NAP PROGRAMJA

9:00  Regisztráció, kávé
9:30  Köszöntők
10:00 Plenáris előadás: „Élelmiszer-biztonság és digitális nyomon követés a kisüzemekben" – Prof. Dr. Kovács Ildikó, Magyar Agrár- és Élettudományi Egyetem
11:00 Kerekasztal-beszélgetés a fiatal szakemberek megtartásáról
12:30 Ebéd
13:30 B2B találkozók a horvát Slavonski Klaster Hrane és az osztrák Lebensmittel Cluster Niederösterreich képviselőivel
14:00 Üzemlátogatás a Kaposvári Cukorgyárban (előzetes regisztrációval)
18:00 Díjátadó gála és fogadás a Kaposvári Csiky Gergely Színházban

A B2B találkozókon 67 megbeszélésre került sor, és a résztvevők visszajelzései szerint legalább öt közös fejlesztési ötlet született. A Slavonski Klaster Hrane részéről Ana Kovačević klasztermenedzser vezette a horvát küldöttséget.

Kovács Ildikó professzor előadásában arra hívta fel a figyelmet, hogy a nagy áruházláncok egyre gyakrabban kérnek digitális nyomon követési adatokat a beszállítóiktól, ami a kisüzemeknek komoly terhet jelent. A kerekasztal-beszélgetésen több cégvezető elmondta, hogy a fiatal technológusok jelentős része a főiskola után Budapestre vagy külföldre költözik, ezért a vállalkozások lakhatási támogatással és rugalmas munkaidővel próbálják megtartani őket. A résztvevők egyetértettek abban, hogy a klaszter tagjai közösen többet érhetnek el, mint külön-külön.

A DÍJAZOTTAK
- Az év innovatív terméke: Balatonboglári Pékség Kft. – rostban gazdag, csökkentett sótartalmú kenyércsalád
- Az év együttműködése: a Zselici Tejfeldolgozó Kft. és a MATE Kaposvári Campus közös probiotikus joghurtfejlesztése
- Az év fiatal élelmiszeripari szakembere: Németh Bálint, a Tolnai Gyümölcsfeldolgozó Kft. minőségügyi vezetője
- Életműdíj: Dr. Varga Tibor, a klaszter alapító elnöke (2029–2035)

A díjakat a zsűri elnöke, Lengyel-Tóth Krisztina, az Agrárminisztérium élelmiszeripari főosztályának vezetője adta át.

A SZAKMAI NAP LEGFONTOSABB KÖVETKEZTETÉSEI
A nap végén a klaszter munkaszervezete a következőkben foglalta össze a vita eredményeit:
1. A kis- és közepes élelmiszer-feldolgozók digitális nyomon követési rendszerét közös beszerzéssel kell olcsóbbá tenni
2. A klaszternek gyakornoki programot kell indítania a fiatal szakemberek régióban tartására
3. A horvát és osztrák klaszterekkel közös pályázatot kell benyújtani a határon átnyúló programokba
4. A díjazott termékeket közös standon kell bemutatni a nemzetközi élelmiszeripari vásárokon

KORÁBBI SZAKMAI NAPOK (válogatás)
2035 – Siófok, 2035. november 15.
2036 – Szekszárd, 2036. november 20.
2037 – Kaposvár, 2037. november 26.
2038 – Pécs, 2038. november 24.

KÖVETKEZŐ ESEMÉNYEK
A klaszter közgyűlését 2039. december 12-én, hétfőn tartják Kaposváron. A tagok ekkor választják meg az elnökséget a 2040–2042-es időszakra. 2040 márciusában a klaszter tanulmányutat szervez Bécsbe és Tullnba a Lebensmittel Cluster Niederösterreich meghívására.

Kapcsolat: Dél-Dunántúli Élelmiszeripari Klaszter, munkaszervezet: Kaposvári Innovációs Központ Nonprofit Kft., 7400 Kaposvár, Fő utca 10. | titkarsag@ddek.example.hu | Klasztermenedzser: Pap Dóra

Megosztás: Facebook | LinkedIn | E-mail
© 2039 DDÉK | Adatvédelem | Impresszum | Sütibeállítások
"""
write(F, T)
DD="Dél-Dunántúli Élelmiszeripari Klaszter"
gold(F,
 [P("Pintérné Halász Judit","kommunikációs munkatárs",DD), P("Szalai-Ferenczi Gábor","elnöke",DD),
  P("Horváth Eszter Réka","elnöke","Somogy Vármegyei Közgyűlés"), P("Baráth László","Kaposvár alpolgármestere",None),
  P("Kovács Ildikó",None,"Magyar Agrár- és Élettudományi Egyetem"), P("Ana Kovačević","klasztermenedzser","Slavonski Klaster Hrane"),
  P("Németh Bálint","minőségügyi vezetője","Tolnai Gyümölcsfeldolgozó Kft."), P("Varga Tibor","alapító elnöke",DD),
  P("Lengyel-Tóth Krisztina","élelmiszeripari főosztályának vezetője","Agrárminisztérium"), P("Pap Dóra","Klasztermenedzser",DD)],
 [O(DD,"DDÉK"), O("MATE Kaposvári Campus"), O("Kaposvári Húsipari Zrt."), O("Somogy Vármegyei Közgyűlés"),
  O("Magyar Agrár- és Élettudományi Egyetem","MATE"), O("Slavonski Klaster Hrane"), O("Lebensmittel Cluster Niederösterreich"),
  O("Kaposvári Cukorgyár"), O("Balatonboglári Pékség Kft."), O("Zselici Tejfeldolgozó Kft."), O("Tolnai Gyümölcsfeldolgozó Kft."),
  O("Agrárminisztérium"), O("Kaposvári Innovációs Központ Nonprofit Kft.")],
 [E("X. Szakmai Nap","2039-11-24",None,"Kaposvár","Hungary"),
  E("díjátadó gála","2039-11-24",None,"Kaposvár","Hungary"),
  E("Élelmiszer-biztonság és digitális nyomon követés a kisüzemekben","2039-11-24",None,"Kaposvár","Hungary"),
  E("B2B találkozók","2039-11-24",None,"Kaposvár","Hungary"),
  E("Üzemlátogatás a Kaposvári Cukorgyárban","2039-11-24",None,"Kaposvár","Hungary"),
  E("Szakmai Nap","2035-11-15",None,"Siófok","Hungary"),
  E("Szakmai Nap","2036-11-20",None,"Szekszárd","Hungary"),
  E("Szakmai Nap","2037-11-26",None,"Kaposvár","Hungary"),
  E("Szakmai Nap","2038-11-24",None,"Pécs","Hungary"),
  E("a klaszter közgyűlése","2039-12-12",None,"Kaposvár","Hungary"),
  E("tanulmányút","2040-03",None,"Bécs, Tulln","Austria")],
 ["2039-11-28","2039-11-24","2039","2029/2035","2035","2035-11-15","2036","2036-11-20","2037","2037-11-26","2038","2038-11-24",
  "2039-12-12","2040/2042","2040-03"],
 ["A kis- és közepes élelmiszer-feldolgozók digitális nyomon követési rendszerét közös beszerzéssel kell olcsóbbá tenni",
  "A klaszternek gyakornoki programot kell indítania a fiatal szakemberek régióban tartására",
  "A horvát és osztrák klaszterekkel közös pályázatot kell benyújtani a határon átnyúló programokba",
  "A díjazott termékeket közös standon kell bemutatni a nemzetközi élelmiszeripari vásárokon"],
 pub="2039-11-28")
