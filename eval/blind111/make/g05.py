from h import *
F = 'g05_somogy_kerekasztal.html'
assert wd(2039,2,10)=='Thursday' and wd(2039,3,15)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="hu"><head><meta charset="utf-8"><title>Kerekasztal a klaszterpolitikáról – Dél-Dunántúli Klaszterszövetség</title></head>
<body>
<div class="suti">Weboldalunk sütiket használ. <a href="/adatvedelem">Adatkezelési tájékoztató</a> <button>Elfogadom</button></div>
<header><div class="logo">DDKSZ – Dél-Dunántúli Klaszterszövetség</div>
<nav><a href="/">Főoldal</a> · <a href="/rolunk">Rólunk</a> · <a href="/tagjaink">Tagjaink</a> · <a href="/hirek">Hírek</a> · <a href="/esemenyek">Események</a> · <a href="/kapcsolat">Kapcsolat</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="utvonal">Főoldal » Hírek » 2039</p>
<article>
<h1>Ajánlásokat fogalmazott meg az Európai Bizottságnak a kaposvári klaszterpolitikai kerekasztal</h1>
<p class="datum">Közzétéve: 2039. február 14. | Szerző: Horváth-Szabó Eszter | Kategória: Klaszterpolitika</p>

<p>2039. február 10-én, csütörtökön a Kaposvári Egyetem aulájában rendezte meg a Dél-Dunántúli Klaszterszövetség (DDKSZ) a „Klaszterek az új európai iparpolitikában” című kerekasztal-beszélgetést. A rendezvényen mintegy 90 résztvevő, klasztermenedzserek, vállalkozók, egyetemi kutatók és a megyei önkormányzat képviselői vettek részt.</p>

<p>A résztvevőket Szalai Gergely, a Somogy Vármegyei Közgyűlés elnöke köszöntötte, aki kiemelte, hogy a vármegye gazdaságfejlesztési programjában 2036 és 2041 között a klaszterek kiemelt szerepet kapnak. Ezt követően dr. Kelemen Judit, a Kaposvári Egyetem rektorhelyettese beszélt az egyetem és a regionális klaszterek közötti együttműködés eredményeiről.</p>

<h2>A kerekasztal résztvevői</h2>
<ul>
<li>Tóth Ákos, az Innovációs és Technológiai Minisztérium klaszterfejlesztésért felelős főosztályvezetője</li>
<li>Bérczes Katalin, a Pannon Fa- és Bútoripari Klaszter menedzsere</li>
<li>Lengyel Márton, a Balaton Agrár-Élelmiszeripari Klaszter elnöke</li>
<li>Barbara Kranjc, a Szlovén Faipari Klaszter (Lesarski grozd) igazgatója, Ljubljana</li>
<li>Molnár Dániel, a Magyar Kereskedelmi és Iparkamara (MKIK) Somogy vármegyei szervezetének titkára</li>
</ul>
<p>A beszélgetést Farkas Noémi, a DDKSZ ügyvezető igazgatója moderálta.</p>

<p>Tóth Ákos beszámolt arról, hogy a minisztérium 2039 második felében új akkreditációs rendszert vezet be a klaszterek számára, amely a tagvállalatok exporttevékenységét is figyelembe veszi. „Nem a tagok számát akarjuk jutalmazni, hanem azt, hogy mennyi közös projekt születik” – fogalmazott.</p>

<p>Bérczes Katalin elmondta, hogy a bútoripari klaszter tagjai közül tizenkettő már közös beszerzési platformot használ. Barbara Kranjc a szlovén tapasztalatokat ismertette: a szlovén faipari klaszter a határon átnyúló Interreg-együttműködések révén jutott el a német és osztrák piacra. Lengyel Márton a fiatal szakemberek megtartását nevezte a legnagyobb kihívásnak.</p>

<p>A vita második részében szó esett a kutatási infrastruktúrák megosztásáról is. Kelemen Judit jelezte, hogy az egyetem anyagvizsgáló laborja a klasztertagok számára kedvezményes díjjal elérhető, és a hallgatói gyakornoki programot is a klaszterekkel közösen tervezik. Farkas Noémi hozzátette, hogy a szövetség tagjai az elmúlt évben összesen 41 közös fejlesztési projektet indítottak, ebből kilencet külföldi partnerrel. A résztvevők egyetértettek abban, hogy a kisebb vidéki klaszterek számára az adminisztratív terhek csökkentése legalább olyan fontos, mint az új források, hiszen egy kétfős menedzsmentszervezet nem tud egyszerre pályázatot írni, rendezvényt szervezni és a tagokat látogatni.</p>

<p>A hallgatóság soraiból Kun-Varga Péter, a Kometa Zrt. beszerzési igazgatója tett fel kérdést arról, hogyan kapcsolódhatnak a nagyvállalatok a klaszterekhez.</p>

<h2>Ajánlások az Európai Bizottság számára</h2>
<p>A kerekasztal résztvevői a következő ajánlásokat fogalmazták meg, amelyeket a DDKSZ eljuttat az Európai Bizottság Belső Piaci, Ipar-, Vállalkozás- és KKV-politikai Főigazgatóságához a klaszterpolitika felülvizsgálatához:</p>
<ol>
<li>A klaszterszervezetek működési támogatása legyen legalább ötéves időtávra tervezhető</li>
<li>Az európai klaszterpartnerségek pályázatain a kisebb, vidéki klaszterek kapjanak külön keretet</li>
<li>Az uniós iparpolitikai szövetségekben a klaszterek képviselhessék tagvállalataikat</li>
<li>Készüljön közös európai klasztermenedzser-képzési program, magyar nyelvű modulokkal is</li>
<li>A klaszterek teljesítményéről egységes európai adatgyűjtés induljon az ECCP platformon</li>
</ol>

<p>Az ajánlásokat 2039. március 15-ig, kedden véglegesíti a szövetség elnöksége, és ezt követően nyújtja be a Bizottság nyilvános konzultációjára.</p>

<p>A rendezvény a HUHR-CLUSTER Interreg projekt keretében valósult meg, a Horvát Gazdasági Kamara (HGK) eszéki regionális irodájával együttműködésben. A kerekasztalt állófogadás zárta.</p>

<p class="foto">Fotó: Vida Bence / DDKSZ</p>
<p class="megosztas">Megosztás: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">E-mail</a></p>
</article>
<aside><h3>Kapcsolódó hírek</h3>
<ul><li><a href="#">Tisztújító közgyűlést tartott a szövetség (2038. december 6.)</a></li>
<li><a href="#">Klasztermenedzser-képzés indul Pécsen</a></li></ul></aside>
</main>
<footer>Dél-Dunántúli Klaszterszövetség · 7400 Kaposvár, Fő utca 14. · Tel.: +36 82 555 120 · info@ddksz.example · © 2039 Minden jog fenntartva.</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Horváth-Szabó Eszter"), P("Szalai Gergely","elnöke","Somogy Vármegyei Közgyűlés"),
  P("Kelemen Judit","rektorhelyettese","Kaposvári Egyetem"),
  P("Tóth Ákos","klaszterfejlesztésért felelős főosztályvezetője","Innovációs és Technológiai Minisztérium"),
  P("Bérczes Katalin","menedzsere","Pannon Fa- és Bútoripari Klaszter"),
  P("Lengyel Márton","elnöke","Balaton Agrár-Élelmiszeripari Klaszter"),
  P("Barbara Kranjc","igazgatója","Szlovén Faipari Klaszter"),
  P("Molnár Dániel","titkára","Magyar Kereskedelmi és Iparkamara"),
  P("Farkas Noémi","ügyvezető igazgatója","DDKSZ"),
  P("Kun-Varga Péter","beszerzési igazgatója","Kometa Zrt."), P("Vida Bence")],
 [O("Dél-Dunántúli Klaszterszövetség","DDKSZ"), O("Kaposvári Egyetem"), O("Somogy Vármegyei Közgyűlés"),
  O("Innovációs és Technológiai Minisztérium"), O("Pannon Fa- és Bútoripari Klaszter"),
  O("Balaton Agrár-Élelmiszeripari Klaszter"), O("Szlovén Faipari Klaszter"),
  O("Magyar Kereskedelmi és Iparkamara","MKIK"), O("Kometa Zrt."), O("Európai Bizottság"),
  O("Belső Piaci, Ipar-, Vállalkozás- és KKV-politikai Főigazgatóság"), O("ECCP"),
  O("Horvát Gazdasági Kamara","HGK")],
 [E("Klaszterek az új európai iparpolitikában","2039-02-10",None,"Kaposvár","Hungary"),
  E("állófogadás","2039-02-10",None,"Kaposvár","Hungary"),
  E("Tisztújító közgyűlés","2038-12-06",None,None,None),
  E("Klasztermenedzser-képzés",None,None,"Pécs","Hungary")],
 ["2039-02-14","2039-02-10","2036/2041","2039","2039-03-15","2038-12-06"],
 ["A klaszterszervezetek működési támogatása legyen legalább ötéves időtávra tervezhető",
  "Az európai klaszterpartnerségek pályázatain a kisebb, vidéki klaszterek kapjanak külön keretet",
  "Az uniós iparpolitikai szövetségekben a klaszterek képviselhessék tagvállalataikat",
  "Készüljön közös európai klasztermenedzser-képzési program, magyar nyelvű modulokkal is",
  "A klaszterek teljesítményéről egységes európai adatgyűjtés induljon az ECCP platformon"],
 pub="2039-02-14")
