from h import *
F = 'norrlandsk-batterikluster-sammanslagning.html'
T = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Två kluster blir ett: Norrbatt bildas | Nyheter</title></head>
<body>
<div id="cookies">Vi använder kakor för att förbättra din upplevelse. <button>Godkänn</button> <button>Inställningar</button></div>
<header><a href="/">Norrbatt – Nordens batterikluster</a>
<nav><a href="/om-oss">Om oss</a> | <a href="/medlemmar">Medlemmar</a> | <a href="/projekt">Projekt</a> | <a href="/nyheter">Nyheter</a> | <a href="/kalender">Kalender</a> | <a href="/en">English</a></nav></header>
<main>
<p class="meta">Nyheter · Publicerad {wd(2034,6,13,'sv')} 13 juni 2034 · Av Elin Sundqvist</p>
<h1>Två kluster blir ett – Norrbatt samlar batterinäringen i Västerbotten och Norrbotten</h1>
<p class="ingress">Föreningen Västerbottens Batteriallians och Norrbottens Energiteknikkluster har gått samman. Den nya ekonomiska föreningen Norrbatt ek. för. har 118 medlemmar och blir därmed ett av de största batteriklustren i Norden. Dessutom välkomnas nio nya medlemmar.</p>
<p>Beslutet om sammanslagningen fattades av båda föreningarnas extra föreningsstämmor, som hölls samtidigt i Skellefteå {wd(2034,6,11,'sv')}en den 11 juni 2034. Stämmorna röstade enhälligt för förslaget, som har förberetts av en gemensam arbetsgrupp sedan hösten 2033. Den nya föreningen tar över båda klustrens verksamhet, personal och pågående projekt från den 1 juli 2034.</p>
<h2>Ny styrelse och ledning</h2>
<p>Till ordförande för Norrbatt valdes <strong>Maria Lindgren Åström</strong>, vd för Skellefteå Kraft Innovation AB och tidigare ordförande i Västerbottens Batteriallians. Vice ordförande blir <strong>Henrik Niemi</strong>, teknikchef på LKAB Specialmineral AB i Luleå, som ledde Norrbottens Energiteknikkluster sedan 2030.</p>
<p>Övriga ledamöter i styrelsen är Sofia Pettersson Kero (Umeå universitet), Anders Ö. Burman (Boliden Rönnskär), Johanna Vikström (Region Västerbotten), Dr. Ravi Shankar Iyer (Northvolt Ett AB), Karin Lundmark-Pohjanen (Luleå tekniska universitet) och Erik Stenlund (Norrlands Elektrokemi AB).</p>
<p>Verksamhetsledare för Norrbatt blir <strong>Jonas Holmqvist</strong>, som hittills varit verksamhetsledare för Västerbottens Batteriallians. <strong>Lena Marakatt</strong>, Norrbottens Energiteknikklusters tidigare verksamhetsledare, blir biträdande verksamhetsledare med ansvar för kompetensförsörjning och kontoret i Luleå.</p>
<p>– Vi har länge arbetat sida vid sida, i samma projekt och med samma företag. Nu tar vi steget fullt ut. Ett starkt kluster kan tala med en röst mot regeringen och mot Bryssel, säger Maria Lindgren Åström.</p>
<p>– För Norrbotten betyder sammanslagningen att våra gruv- och materialföretag kommer närmare cellproducenterna i Skellefteå. Vi tar med oss vårt arbete med kritiska råvaror in i den nya föreningen, säger Henrik Niemi.</p>
<p>Varje ledamot i den nya styrelsen väljs på två år. Styrelsen har enligt stadgarna alltid minst en ledamot från vardera länet och en från ett lärosäte.</p>
<h2>Bakgrund</h2>
<p>Västerbottens Batteriallians bildades 2024 i Skellefteå när den första stora cellfabriken byggdes, och hade vid sammanslagningen 71 medlemmar. Norrbottens Energiteknikkluster grundades 2027 i Luleå av företag inom gruvor, stål och elkraft och hade 38 medlemmar. De två klustren har sedan 2031 drivit tre gemensamma projekt om kompetensförsörjning, återvinning och testmiljöer i kallt klimat. Medlemsavgifterna i den nya föreningen harmoniseras från 2035; fram till dess gäller de gamla avgifterna.</p>
<h2>Tack till avgående styrelser</h2>
<p>Föreningarna tackar de avgående styrelseledamöterna för deras insatser, särskilt Västerbottens Batteriallians grundare och förste ordförande Gunnar Eriksson-Wiik, som lämnar styrelsearbetet efter tio år, och Norrbottens Energiteknikklusters mångårige kassör Birgitta Lantto.</p>
<h2>Nio nya medlemmar</h2>
<p>I samband med sammanslagningen har styrelsen godkänt nio nya medlemmar:</p>
<ul>
<li>Kiruna Grafit AB, Kiruna – grafit för anoder</li>
<li>Polarcell Recycling AB, Skellefteå – återvinning av battericeller</li>
<li>Bothnia Testcenter AB, Piteå – provning i kallt klimat</li>
<li>Fjällnäs Automation HB, Lycksele – automation för cellfabriker</li>
<li>Umeå kommun</li>
<li>Piteå Science Park AB</li>
<li>Sámi Energy Cooperative ek. för., Jokkmokk</li>
<li>Oulun Akkuteollisuus Oy, Uleåborg (Finland) – första finska medlemmen</li>
<li>Yrkeshögskolan Norr, Skellefteå</li>
</ul>
<h2>Vad händer nu?</h2>
<p>Norrbatt kommer att ha kontor i Skellefteå och Luleå. En ny strategi för 2035–2039 ska tas fram under hösten och antas vid den ordinarie föreningsstämman våren 2035. Medlemmarna bjuds in till ett första gemensamt medlemsmöte, Norrbatt Kick-off, i Piteå den 28–29 augusti 2034, med studiebesök på Bothnia Testcenter den andra dagen.</p>
<p>Sammanslagningen har stötts av Tillväxtverket och Vinnova inom ramen för programmet för klusterutveckling. Jonas Holmqvist nås på jonas.holmqvist@norrbatt.se.</p>
</main>
<footer>Norrbatt ek. för. · Kanalgatan 59, 931 31 Skellefteå · Org.nr 769641-0033 · <a href="#">Integritetspolicy</a> · <a href="#">Prenumerera på nyhetsbrevet</a></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Elin Sundqvist',None,None), P('Maria Lindgren Åström','ordförande','Norrbatt ek. för.'), P('Henrik Niemi','Vice ordförande','Norrbatt ek. för.'),
 P('Sofia Pettersson Kero','ledamot','Norrbatt ek. för.'), P('Anders Ö. Burman','ledamot','Norrbatt ek. för.'), P('Johanna Vikström','ledamot','Norrbatt ek. för.'),
 P('Ravi Shankar Iyer','ledamot','Norrbatt ek. för.'), P('Karin Lundmark-Pohjanen','ledamot','Norrbatt ek. för.'), P('Erik Stenlund','ledamot','Norrbatt ek. för.'),
 P('Jonas Holmqvist','Verksamhetsledare','Norrbatt ek. för.'), P('Lena Marakatt','biträdande verksamhetsledare','Norrbatt ek. för.'),
 P('Gunnar Eriksson-Wiik','grundare och förste ordförande','Västerbottens Batteriallians'), P('Birgitta Lantto','kassör','Norrbottens Energiteknikkluster')],
 [O('Norrbatt ek. för.'), O('Västerbottens Batteriallians'), O('Norrbottens Energiteknikkluster'), O('Skellefteå Kraft Innovation AB'), O('LKAB Specialmineral AB'),
  O('Umeå universitet'), O('Boliden Rönnskär'), O('Region Västerbotten'), O('Northvolt Ett AB'), O('Luleå tekniska universitet'), O('Norrlands Elektrokemi AB'),
  O('Kiruna Grafit AB'), O('Polarcell Recycling AB'), O('Bothnia Testcenter AB'), O('Fjällnäs Automation HB'), O('Umeå kommun'), O('Piteå Science Park AB'),
  O('Sámi Energy Cooperative ek. för.'), O('Oulun Akkuteollisuus Oy'), O('Yrkeshögskolan Norr'), O('Tillväxtverket'), O('Vinnova')],
 [E('extra föreningsstämmor','2034-06-11','2034-06-11','Skellefteå','Sweden'), E('ordinarie föreningsstämman','2035','2035',None,None),
  E('Norrbatt Kick-off','2034-08-28','2034-08-29','Piteå','Sweden'), E('studiebesök på Bothnia Testcenter','2034-08-29','2034-08-29','Piteå','Sweden')],
 ['2034-06-13','2034-06-11','2033','2034-07-01','2030','2035/2039','2035','2024','2027','2031','2034-08-28/2034-08-29'], pub='2034-06-13')
