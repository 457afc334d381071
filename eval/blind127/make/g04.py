from h import *
F = 'g04_szolnok_klaszterprogram_ertekeles.html'
assert wd(2036,9,15)=='Monday' and wd(2036,9,17)=='Wednesday' and wd(2036,11,20)=='Thursday' and wd(2036,10,1)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="hu"><head><meta charset="utf-8"><title>Eldőlt: kilenc klaszterprojekt kap támogatást – JNSZ Megyei Területfejlesztési Ügynökség</title></head>
<body>
<header><a href="/">Főoldal</a> | <a href="/hirek">Hírek</a> | <a href="/palyazatok">Pályázatok</a> | <a href="/s3">Intelligens szakosodás</a> | <a href="/kapcsolat">Kapcsolat</a> | Akadálymentes változat</header>
<p class="cookie">Oldalunk sütiket használ. <a href="#">Elfogadom</a></p>
<article>
<h1>Eldőlt: kilenc klaszterprojekt kap támogatást a megyei klaszterprogramban</h1>
<p class="datum">Szolnok, 2036. szeptember 17. | Szerző: Kommunikációs Osztály</p>
<p>A Jász-Nagykun-Szolnok Megyei Területfejlesztési Ügynökség Nonprofit Kft. (JNSZ-TÜ) felügyelete alatt működő Monitoring Bizottság ülése 2036. szeptember 15-én, hétfőn Szolnokon döntött a Megyei Klaszterfejlesztési Program második pályázati körének eredményéről. A 2036 tavaszán meghirdetett felhívásra 21 pályázat érkezett, ebből kilenc projekt összesen 1,92 milliárd forint támogatást kap.</p>
<p>Az ülést Dr. Pintér-Lakatos Zsuzsanna, a bizottság elnöke, a Megyei Közgyűlés alelnöke vezette. A pályázatokat előzetesen egy háromtagú független szakértői csoport értékelte, amelynek tagjai Kerekes Ádám (Széchenyi István Egyetem), Dr. Bárdos Júlia regionális gazdaságkutató és Molnár Gergely, a Magyar Kereskedelmi és Iparkamara szakértője voltak.</p>
<h2>Előzmények</h2>
<p>A Megyei Klaszterfejlesztési Program 2035-ben indult, a megyei intelligens szakosodási stratégia végrehajtásának részeként. Az első pályázati körben hat klaszter összesen 1,1 milliárd forintot nyert el. A második kör felhívását 2036. február 2-án tették közzé, a tájékoztató napot 2036. március 12-én tartották Szolnokon, a Megyeháza dísztermében, ahol több mint száz érdeklődő vett részt. A pályázatok beadási határideje 2036. május 29. volt. Az ügynökség munkatársai a formai ellenőrzés során hét pályázótól kértek hiánypótlást, két pályázatot pedig formai okból el kellett utasítani.</p>
<h2>A bizottság tagjai</h2>
<ul>
<li>Dr. Pintér-Lakatos Zsuzsanna – elnök (Jász-Nagykun-Szolnok Megyei Közgyűlés)</li>
<li>Baranyi Tamás – alelnök, a JNSZ-TÜ ügyvezető igazgatója</li>
<li>Szűcs Erika – tag (Szolnoki Műszaki Szakképzési Centrum)</li>
<li>Halász Bence – tag (Jász-Nagykun-Szolnok Megyei Kereskedelmi és Iparkamara)</li>
<li>Dr. Vincze Lőrinc – tag (MATE Szolnoki Campus)</li>
<li>Farkasné Kovács Ildikó – titkár, JNSZ-TÜ</li>
</ul>
<h2>A támogatott projektek</h2>
<p>A legnagyobb összeget, 380 millió forintot a Jászsági Gépipari Klaszter kapta egy közös minőségbiztosítási laboratórium kialakítására Jászberényben. Támogatást nyert többek között az Alföldi Vegyipari Klaszter Egyesület Tiszaújvárosi partnerekkel közös hidrogén-projektje, a Tisza-menti Élelmiszeripari Klaszter a zöldségfeldolgozók digitalizációjára, valamint a Karcagi Agrár-Innovációs Klaszter egy öntözési mintaterület kialakítására. A teljes lista a hír alatt letölthető (PDF, 240 kB).</p>
<p>„A második körben a pályázók sokkal jobban megértették, hogy nem rendezvényekre, hanem közös fejlesztésekre adunk pénzt” – mondta Baranyi Tamás ügyvezető igazgató. A támogatási szerződéseket 2036. október 1-jén, szerdán írják alá a Szolnoki Ipari Park Kft. irodaházában rendezett ünnepségen.</p>
<p>A támogatásban nem részesült pályázók 2036. szeptember 30-ig kérhetnek írásos indoklást, kifogást pedig a döntés kézhezvételétől számított 15 napon belül nyújthatnak be. Az ügynökség minden elutasított pályázónak egyéni konzultációt ajánl fel, hogy a harmadik körben erősebb pályázattal indulhassanak. A tartaléklistára három projekt került, ezek akkor kaphatnak támogatást, ha valamelyik nyertes visszalép vagy maradvány keletkezik.</p>
<h2>Az értékelés fő megállapításai</h2>
<p>A szakértői csoport összefoglaló jelentésében a következő fő megállapításokat rögzítette:</p>
<ol>
<li>A pályázatok kétharmada a megyei intelligens szakosodási stratégia gépipari és élelmiszeripari területéhez kapcsolódott</li>
<li>A klaszterek menedzsmentszervezetei megerősödtek, de sok helyen egyetlen munkatárs viszi a teljes adminisztrációt</li>
<li>A felsőoktatási partnerek részvétele javult, a kutatóintézetek viszont továbbra is hiányoznak a projektekből</li>
<li>A mikrovállalkozások önrészének előteremtése komoly akadályt jelent</li>
</ol>
<h2>Ajánlások a harmadik pályázati körhöz</h2>
<p>A bizottság az ügynökséget arra kérte, hogy a harmadik kör felhívásában csökkentse az önrész arányát a mikrovállalkozások számára, vezessen be kétlépcsős pályázatot, és szervezzen tájékoztató napot Jászberényben, Karcagon és Törökszentmiklóson is.</p>
<p>A Monitoring Bizottság következő ülését 2036. november 20-án, csütörtökön tartja, ahol a program 2035–2038 közötti időszakra szóló félidős jelentését tárgyalja.</p>
<p class="kapcsolat">Bővebb információ: Gál Noémi programmenedzser, klaszter@jnsztu.example.hu, +36 56 000 000</p>
<p><a href="#">Tovább a pályázati oldalra »</a> | <a href="#">Nyomtatás</a> | Megosztás: Facebook · LinkedIn</p>
</article>
<footer>JNSZ Megyei Területfejlesztési Ügynökség Nonprofit Kft. · 5000 Szolnok, Kossuth Lajos út 2. · Impresszum · Adatkezelési tájékoztató</footer>
</body></html>
"""
write(F, T)
A="Jász-Nagykun-Szolnok Megyei Területfejlesztési Ügynökség Nonprofit Kft."
MB="Monitoring Bizottsága"
gold(F,
 [P("Pintér-Lakatos Zsuzsanna","elnök",A),
  P("Kerekes Ádám",None,"Széchenyi István Egyetem"),
  P("Bárdos Júlia","regionális gazdaságkutató",None),
  P("Molnár Gergely","szakértője","Magyar Kereskedelmi és Iparkamara"),
  P("Baranyi Tamás","alelnök",A),
  P("Szűcs Erika","tag",A),
  P("Halász Bence","tag",A),
  P("Vincze Lőrinc","tag",A),
  P("Farkasné Kovács Ildikó","titkár",A),
  P("Gál Noémi","programmenedzser",A)],
 [O(A,"JNSZ-TÜ"), O("Kommunikációs Osztály"), O("Széchenyi István Egyetem"),
  O("Magyar Kereskedelmi és Iparkamara"), O("Jász-Nagykun-Szolnok Megyei Közgyűlés"), O("Szolnoki Műszaki Szakképzési Centrum"),
  O("Jász-Nagykun-Szolnok Megyei Kereskedelmi és Iparkamara"), O("MATE Szolnoki Campus"), O("Jászsági Gépipari Klaszter"),
  O("Alföldi Vegyipari Klaszter Egyesület"), O("Tisza-menti Élelmiszeripari Klaszter"), O("Karcagi Agrár-Innovációs Klaszter"),
  O("Szolnoki Ipari Park Kft.")],
 [E("Monitoring Bizottság ülése","2036-09-15",None,"Szolnok","Hungary"),
  E("tájékoztató nap","2036-03-12",None,"Szolnok","Hungary"),
  E("ünnepség","2036-10-01",None,None,None),
  E("Monitoring Bizottság ülése","2036-11-20",None,None,None)],
 ["2036-09-17","2036-09-15","2036","2035","2036-02-02","2036-03-12","2036-05-29","2036-09-30","2036-10-01","2036-11-20","2035/2038"],
 ["A pályázatok kétharmada a megyei intelligens szakosodási stratégia gépipari és élelmiszeripari területéhez kapcsolódott",
  "A klaszterek menedzsmentszervezetei megerősödtek, de sok helyen egyetlen munkatárs viszi a teljes adminisztrációt",
  "A felsőoktatási partnerek részvétele javult, a kutatóintézetek viszont továbbra is hiányoznak a projektekből",
  "A mikrovállalkozások önrészének előteremtése komoly akadályt jelent",
  "csökkentse az önrész arányát a mikrovállalkozások számára",
  "vezessen be kétlépcsős pályázatot",
  "szervezzen tájékoztató napot Jászberényben, Karcagon és Törökszentmiklóson is"],
 pub="2036-09-17")
