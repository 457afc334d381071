from h import *
F = 'baranya-egeszsegipari-klaszter-hirek-hu.txt'
T = f"""Főoldal » Hírek » Klaszterélet

Új klasztermenedzser és bővülő nemzetközi kapcsolatok a Dél-Dunántúli Egészségipari Klaszternél

Pécs, 2035. május 16. ({wd(2035,5,16,'hu')}) – Írta: Szalai Dorottya | Olvasási idő: 5 perc

A Dél-Dunántúli Egészségipari Klaszter (DDEK) 2035. május 14-én tartotta éves rendes közgyűlését a Pécsi Tudományegyetem Szentágothai János Kutatóközpontjában. A közgyűlésen 43 tagszervezet képviselője vett részt. A napirenden a 2034. évi beszámoló elfogadása, az új klasztermenedzser bemutatása és a 2035–2037 közötti időszak munkatervének megvitatása szerepelt.

Új vezető a klasztermenedzsment élén

A klaszter elnöksége 2035. április 28-i ülésén döntött: a klaszter új klasztermenedzsere Dr. Bárány-Tóth Eszter Zsófia. Bárány-Tóth Eszter korábban hét évig az egyetem technológiatranszfer irodáját vezette, azt megelőzően pedig Bécsben dolgozott egy orvostechnikai vállalat szabályozási osztályán. Június 1-jétől veszi át a feladatot Kránitz Gábortól, aki 2027 óta vezette a klaszter munkaszervezetét, és aki a jövőben a Baranya Megyei Kereskedelmi és Iparkamara (BKIK) innovációs igazgatójaként dolgozik tovább.

„Az elmúlt nyolc évben a klaszter 19 tagról 58 tagra nőtt, és három nemzetközi projektben vettünk részt. Büszke vagyok arra, hogy a kis pécsi és kaposvári cégek ma már együtt pályáznak a nagy egyetemi klinikákkal" – mondta búcsúbeszédében Kránitz Gábor. Az új klasztermenedzser elsősorban a tagvállalatok közötti közös fejlesztéseket és a külföldi piacra lépést kívánja erősíteni: „Azt szeretném, ha minden tagunk évente legalább egy új partnert találna a klaszteren keresztül."

A klaszter elnöke, Prof. Dr. Kovácsné Szép Ildikó, a PTE Klinikai Központ elnöke megköszönte Kránitz Gábor munkáját, és emlékeztetett arra, hogy a klaszter 2034 novemberében ismét elnyerte az Akkreditált Innovációs Klaszter címet. Az elnökség tagjai továbbra is: Takács-Fehér Botond alelnök (MediPannon Kft.), Dr. Horváth Ágnes alelnök (Baranya Megyei Önkormányzat), valamint Schmidt Ferenc (Dentaltech Siklós Zrt.) és Nagy-Várkonyi Réka (BioPécs Nonprofit Kft.) elnökségi tagok.

Beszámoló és munkaterv

A közgyűlés egyhangúlag elfogadta a 2034. évi szakmai és pénzügyi beszámolót. Takács-Fehér Botond alelnök ismertette a 2035–2037-es munkatervet, amely négy területre összpontosít: a digitális egészségügyi megoldások klinikai tesztelésére, a gyógyturizmus és az egészségipar összekapcsolására Harkány és Siklós térségében, a szakemberképzésre, valamint a horvát és osztrák egészségipari klaszterekkel való együttműködésre.

A közgyűlés vendége volt Péterffy Attila, Pécs Megyei Jogú Város polgármestere, aki bejelentette, hogy a város 2036-ig egy új egészségipari inkubátorházat épít a volt Zsolnay-gyár területén. Jelen volt Dr. Wagner Márton is, a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH) klaszterpolitikai főosztályvezetője, aki a hazai klaszterprogram következő szakaszáról tájékoztatta a tagokat.

Wagner Márton elmondta, hogy a hivatal 2035 őszén új pályázati felhívást tesz közzé az akkreditált klaszterek számára, amely a klasztermenedzsment szolgáltatásait és a tagok közös kutatás-fejlesztési projektjeit egyaránt támogatja. Hangsúlyozta, hogy a jövőben nagyobb súlyt kapnak azok a klaszterek, amelyek külföldi partnerekkel is együttműködnek, és amelyek tagjai között sok a kis- és középvállalkozás.

Péterffy Attila polgármester szerint Pécs gazdaságának jövője szorosan összefügg az egészségiparral. „Az egyetemi klinikák, a kutatóközpont és a helyi cégek együtt olyan tudást képviselnek, amelyre Európa-szerte van kereslet. A városnak az a feladata, hogy helyet és lehetőséget teremtsen a fiatal vállalkozásoknak" – fogalmazott.

A közgyűlés négy új tagot is felvett: a kaposvári Somogyi Rehab Kft.-t, a szekszárdi TolnaMed Bt.-t, a mohácsi Duna-Med Egyesületet és a pécsi Okos Kórház Alapítványt. Ezzel a klaszter taglétszáma 62-re emelkedett.

Nemzetközi kapcsolatok: Eszék és Graz

A közgyűlésen aláírták az együttműködési megállapodást a horvátországi Eszéken működő Klaster zdravstvenog turizma Slavonije egyesülettel. A horvát klasztert Ivana Matić-Horvat elnök és Domagoj Kralj klasztermenedzser képviselte. A megállapodás értelmében a két klaszter közös szakmai napot szervez 2035. október 9-én Eszéken, és közös pályázatot készít elő az Interreg programba.

Emellett a DDEK küldöttsége 2035. június 11–12-én Grazba utazik, ahol a Human.technology Styria klaszter vendégeként vesz részt a Közép-európai Egészségipari Napokon. A küldöttséget Bárány-Tóth Eszter vezeti, és hat tagvállalat csatlakozott hozzá.

Díj a legjobb közös fejlesztésnek

A közgyűlés végén átadták a klaszter „Év Együttműködése" díját. Az idei díjat a MediPannon Kft. és a PTE Ortopédiai Klinika közös fejlesztőcsapata kapta egy 3D-nyomtatott egyedi implantátum kifejlesztéséért. A díjat Dr. Lakatos-Pintér Zoltán klinikaigazgató és Takács-Fehér Botond ügyvezető vette át.

A következő klaszterfórumot 2035. szeptember 18-án ({wd(2035,9,18,'hu')}) rendezik Kaposváron, a Kaposvári Egyetemi Kampuszon.

Kapcsolat: Dél-Dunántúli Egészségipari Klaszter, 7624 Pécs, Ifjúság útja 20. · info@ddek.hu

Címkék: klaszter, egészségipar, Pécs, Baranya, nemzetközi együttműködés
Megosztás: Facebook | LinkedIn | E-mail

Kapcsolódó hírek:
» A DDEK ismét Akkreditált Innovációs Klaszter (2034. november 22.)
» Sikeres volt az első Pécsi Egészségipari Konferencia (2034. március 6.)
"""
write(F, T)
D = "Dél-Dunántúli Egészségipari Klaszter"
gold(F, [
 P("Szalai Dorottya", None, None),
 P("Bárány-Tóth Eszter Zsófia", "klasztermenedzser", D),
 P("Kránitz Gábor", "innovációs igazgató", "Baranya Megyei Kereskedelmi és Iparkamara"),
 P("Kovácsné Szép Ildikó", "A klaszter elnöke", "Dél-Dunántúli Egészségipari Klaszter"),
 P("Takács-Fehér Botond", "alelnök", "Dél-Dunántúli Egészségipari Klaszter"),
 P("Horváth Ágnes", "alelnök", "Dél-Dunántúli Egészségipari Klaszter"),
 P("Schmidt Ferenc", "elnökségi tag", "Dél-Dunántúli Egészségipari Klaszter"),
 P("Nagy-Várkonyi Réka", "elnökségi tag", "Dél-Dunántúli Egészségipari Klaszter"),
 P("Péterffy Attila", "polgármester", "Pécs Megyei Jogú Város"),
 P("Wagner Márton", "klaszterpolitikai főosztályvezető", "Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal"),
 P("Ivana Matić-Horvat", "elnök", "Klaster zdravstvenog turizma Slavonije"),
 P("Domagoj Kralj", "klasztermenedzser", "Klaster zdravstvenog turizma Slavonije"),
 P("Lakatos-Pintér Zoltán", "klinikaigazgató", "PTE Ortopédiai Klinika"),
], [
 O(D, "DDEK"), O("Pécsi Tudományegyetem", "PTE"), O("Szentágothai János Kutatóközpont"),
 O("Baranya Megyei Kereskedelmi és Iparkamara", "BKIK"), O("PTE Klinikai Központ"), O("MediPannon Kft."),
 O("Baranya Megyei Önkormányzat"), O("Dentaltech Siklós Zrt."), O("BioPécs Nonprofit Kft."), O("Pécs Megyei Jogú Város"),
 O("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal", "NKFIH"), O("Klaster zdravstvenog turizma Slavonije"),
 O("Human.technology Styria"), O("PTE Ortopédiai Klinika"), O("Kaposvári Egyetemi Kampusz"), O("Somogyi Rehab Kft."), O("TolnaMed Bt."), O("Duna-Med Egyesület"), O("Okos Kórház Alapítvány"),
], [
 E("éves rendes közgyűlés", "2035-05-14", "2035-05-14", "Pécs", "Hungary"),
 E("elnökségi ülés", "2035-04-28", "2035-04-28", None, None),
 E("közös szakmai nap", "2035-10-09", "2035-10-09", "Eszéken", "Croatia"),
 E("Közép-európai Egészségipari Napok", "2035-06-11", "2035-06-12", "Graz", "Austria"),
 E("„Év Együttműködése\" díj átadása", "2035-05-14", "2035-05-14", "Pécs", "Hungary"),
 E("klaszterfórum", "2035-09-18", "2035-09-18", "Kaposváron", "Hungary"),
 E("első Pécsi Egészségipari Konferencia", None, None, None, None),
], ["2035-05-16", "2035-05-14", "2034", "2035/2037", "2035-04-28", "2035-06-01", "2027", "2034-11", "2036", "2035-10-09",
    "2035-06-11/2035-06-12", "2035", "2035-09-18", "2034-11-22", "2034-03-06"], pub="2035-05-16")
