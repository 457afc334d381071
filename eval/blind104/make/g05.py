from h import *
F = 'g05_hradec_kralove_cluster_project.html'
assert wd(2037,2,11)=='Wednesday' and wd(2037,3,24)=='Tuesday' and wd(2037,1,27)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8"><title>Aktuality | Východočeský klastr zdravotnických technologií</title></head>
<body>
<div class="cookies">Tento web používá soubory cookies ke zlepšení služeb a k analýze návštěvnosti. <a href="/cookies">Více informací</a> <button>Souhlasím</button> <button>Odmítnout</button></div>
<header><a href="/" class="logo">VKZT – Východočeský klastr zdravotnických technologií</a>
<nav><a href="/">Úvod</a> | <a href="/o-klastru">O klastru</a> | <a href="/clenove">Členové</a> | <a href="/projekty">Projekty</a> | <a href="/aktuality">Aktuality</a> | <a href="/akce">Akce</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Úvod » Aktuality » Projekty</p>
<h1>Klastr zahajuje projekt MEDREHAB-CE s partnery ze čtyř zemí</h1>
<p class="meta">Publikováno: 2. 2. 2037 | Autor: Kateřina Vondráčková | Kategorie: Projekty, Mezinárodní spolupráce</p>
<p><img src="/img/kickoff.jpg" alt="Zahajovací schůzka"><br><small>Partneři projektu na zahajovací schůzce v Hradci Králové. Foto: Ondřej Pilný</small></p>
<p><strong>Východočeský klastr zdravotnických technologií (VKZT) se stal vedoucím partnerem projektu MEDREHAB-CE, který podpořil program Interreg Central Europe. Projekt za 2,4 mil. eur poběží od 1. ledna 2037 do 31. prosince 2039 a jeho cílem je urychlit cestu rehabilitačních pomůcek malých firem na trh.</strong></p>
<p>Do projektu je zapojeno devět partnerů: Východočeský klastr zdravotnických technologií (CZ, vedoucí partner), Univerzita Hradec Králové (CZ), Fakultní nemocnice Hradec Králové (CZ), Medizintechnik-Cluster Oberösterreich (AT), Universität für Weiterbildung Krems (AT), Klaster Medyczny Dolnego Śląska (PL), Uniwersytet Medyczny we Wrocławiu (PL), Zdravotnícky klaster Žilina (SK) a Žilinská univerzita v Žiline (SK). Přidruženými partnery jsou Královéhradecký kraj a agentura CzechInvest.</p>
<p>Zahajovací schůzka se konala v úterý 27. ledna 2037 v prostorách Univerzity Hradec Králové. Partnery přivítal hejtman Královéhradeckého kraje Martin Červíček-Lhotský, který připomněl, že zdravotnické technologie patří mezi prioritní obory krajské strategie RIS3 na období 2035–2041.</p>
<p>„Malé firmy mají skvělé nápady, ale na certifikaci podle evropského nařízení o zdravotnických prostředcích často nemají lidi ani peníze. Proto budeme sdílet zkušební laboratoře a regulatorní poradce napříč regiony,“ uvedla ředitelka klastru Ing. Lenka Machová, Ph.D.</p>
<p>Projekt má tři pilíře:</p>
<ul>
<li>sdílená síť testovacích pracovišť v nemocnicích (vede Fakultní nemocnice Hradec Králové),</li>
<li>regulatorní akademie pro 60 firem (vede Universität für Weiterbildung Krems),</li>
<li>pilotní ověření pěti výrobků u pacientů (vede Uniwersytet Medyczny we Wrocławiu).</li>
</ul>
<p>Za rakouského partnera vystoupil manažer klastru Mag. Florian Hötzendorfer, který představil model „Clinical Innovation Vouchers“. Polská strana ohlásila první regulatorní workshop ve Wrocławi na 24. března 2037 (úterý). Slovenský partner, zastoupený Mgr. Zuzanou Kmeťovou, připraví v květnu 2037 mapování firem v Žilinském kraji.</p>
<p>Univerzitu Hradec Králové zastupuje prorektor pro vědu doc. RNDr. Tomáš Kříž, Ph.D. Podle něj získají studenti biomedicínské techniky možnost pracovat na skutečných zakázkách firem a nemocnic: „Každý semestr chceme do projektu zapojit alespoň deset studentů, kteří budou pomáhat s technickou dokumentací a s přípravou klinických zkoušek.“ Fakultní nemocnice vyčlení pro testování dvě místnosti na klinice rehabilitační medicíny, které budou firmám k dispozici po domluvě i mimo běžnou pracovní dobu.</p>
<p>Klastr v projektu navazuje na dřívější spolupráci s rakouskými a slovenskými partnery v projektu HealthBridge (2031–2034).</p>
<h2>Nejbližší akce projektu</h2>
<table>
<tr><th>Datum</th><th>Akce</th><th>Místo</th></tr>
<tr><td>11. 2. 2037 (středa)</td><td>Informační seminář pro členy klastru</td><td>Hradec Králové, Technologické centrum</td></tr>
<tr><td>24. 3. 2037</td><td>Regulatory Workshop MDR I</td><td>Wrocław</td></tr>
<tr><td>15.–16. 6. 2037</td><td>Partnerská schůzka a exkurze do firem</td><td>Linec</td></tr>
</table>
<p>Firmy, které mají zájem o účast v regulatorní akademii, se mohou hlásit do 31. března 2037 u projektové manažerky Bc. Šárky Novotné (novotna@vkzt.example.cz).</p>
<p class="note">Projekt MEDREHAB-CE je spolufinancován Evropskou unií z programu Interreg Central Europe.</p>
<div class="share">Sdílet: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></div>
<h3>Související články</h3>
<ul><li><a href="/aktuality/valna-hromada-2036">Valná hromada schválila plán činnosti na rok 2037</a> (10. 12. 2036)</li>
<li><a href="/aktuality/novi-clenove">Vítáme nové členy: Rehatech s.r.o. a Ortoprint a.s.</a> (21. 11. 2036)</li>
<li><a href="/aktuality/medica">Členové klastru na veletrhu MEDICA v Düsseldorfu</a> (18. 11. 2036)</li></ul>
</main>
<footer><p>Východočeský klastr zdravotnických technologií, z. s. · Hradecká 1249/6, 500 03 Hradec Králové · IČO 00000000</p>
<p>© 2037 VKZT · <a href="/gdpr">Ochrana osobních údajů</a> · <a href="/mapa">Mapa stránek</a></p></footer>
</body></html>
"""
write(F, T)
K="Východočeský klastr zdravotnických technologií"
gold(F,
 [P("Kateřina Vondráčková",None,None), P("Ondřej Pilný",None,None),
  P("Martin Červíček-Lhotský","hejtman","Královéhradecký kraj"),
  P("Lenka Machová","ředitelka klastru",K),
  P("Florian Hötzendorfer","manažer klastru","Medizintechnik-Cluster Oberösterreich"),
  P("Zuzanou Kmeťovou",None,None),  # third pass: "Slovenský partner" does not say which of the two SK partners
  P("Tomáš Kříž","prorektor pro vědu","Univerzita Hradec Králové"),
  P("Šárky Novotné","projektové manažerky",K)],
 [O(K,"VKZT"), O("Univerzita Hradec Králové"), O("Fakultní nemocnice Hradec Králové"),
  O("Medizintechnik-Cluster Oberösterreich"), O("Universität für Weiterbildung Krems"),
  O("Klaster Medyczny Dolnego Śląska"), O("Uniwersytet Medyczny we Wrocławiu"), O("Zdravotnícky klaster Žilina"),
  O("Žilinská univerzita v Žiline"), O("Královéhradecký kraj"), O("CzechInvest"),
  O("Rehatech s.r.o."), O("Ortoprint a.s."), O("Evropskou unií")],
 [E("Zahajovací schůzka","2037-01-27",None,"Hradec Králové","Czechia"),
  E("Regulatory Workshop MDR I","2037-03-24",None,"Wrocław","Poland"),
  E("Informační seminář pro členy klastru","2037-02-11",None,"Hradec Králové","Czechia"),
  E("Partnerská schůzka a exkurze do firem","2037-06-15","2037-06-16","Linec","Austria"),
  E("MEDICA",None,None,"Düsseldorf","Germany"),
  E("Valná hromada",None,None,None,None)],
 ["2037-02-02","2037-01-01/2039-12-31","2037-01-27","2035/2041","2037-03-24","2037-05","2037-02-11",
  "2037-06-15/2037-06-16","2037-03-31","2037","2036-12-10","2036-11-21","2036-11-18","2031/2034"],
 [], pub="2037-02-02")
