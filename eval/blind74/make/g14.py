from h import *
F = 'korce-takimi-ministror-klasteret-konkluzionet-2036.html'
T = """<!DOCTYPE html>
<html lang="sq"><head><meta charset="utf-8"><title>Ministrat e Ballkanit Perëndimor miratojnë në Korçë konkluzionet për klasterët industrialë | Lajme</title></head>
<body>
<div class="cookie">Kjo faqe përdor cookies për të përmirësuar përvojën tuaj. <a href="#">Pranoj</a> · <a href="#">Më shumë informacion</a></div>
<header><div class="logo">Portali i Ekonomisë</div>
<nav><a href="/">Kryefaqja</a> | <a href="/lajme">Lajme</a> | <a href="/biznes">Biznes</a> | <a href="/rajoni">Rajoni</a> | <a href="/bujqesia">Bujqësia</a> | <a href="/intervista">Intervista</a> | <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="breadcrumb">Kryefaqja › Lajme › Rajoni</p>
<article>
<h1>Ministrat e Ballkanit Perëndimor miratojnë në Korçë konkluzionet për klasterët industrialë</h1>
<p class="meta">Nga Ermira Dervishi | 13 qershor 2036, 18:42 | Përditësuar: 14 qershor 2036, 09:10</p>
<p class="lead">KORÇË – Ministrat e ekonomisë së gjashtë vendeve të Ballkanit Perëndimor miratuan të premten në Korçë një deklaratë të përbashkët për zhvillimin e klasterëve industrialë dhe zinxhirëve rajonalë të vlerës. Takimi, i zhvilluar më 12–13 qershor 2036 në kuadër të Procesit të Berlinit, u organizua nga Ministria e Ekonomisë dhe Inovacionit e Shqipërisë në bashkëpunim me Këshillin e Bashkëpunimit Rajonal (KBR).</p>
<p>Punimet u hapën në Teatrin „Andon Zako Çajupi" nga ministrja shqiptare e Ekonomisë dhe Inovacionit, Blerina Hoxha-Kapllani, e cila theksoi se Korça u zgjodh si vend pritës jo rastësisht. „Këtu kemi një nga klasterët më të suksesshëm të agroushqimit në rajon, që ka sjellë bashkë fermerët e mollës, përpunuesit dhe eksportuesit. Duam që ky model të përhapet në të gjithë Ballkanin," tha ajo.</p>
<p>Në takim morën pjesë ministri i Ekonomisë i Malit të Zi, Nikola Vukčević, ministrja e Ekonomisë e Maqedonisë së Veriut, Ana Petrovska-Trajkovska, zëvendësministri i Kosovës Driton Berisha, si dhe përfaqësues të Serbisë dhe Bosnjë e Hercegovinës. Nga Komisioni Europian mori pjesë Dr. Marc-André de la Fontaine, drejtor në Drejtorinë e Përgjithshme për Fqinjësinë dhe Negociatat e Zgjerimit (DG NEAR), ndërsa Sekretarja e Përgjithshme e KBR-së, Amra Mehmedović-Lind, paraqiti raportin e fundit mbi integrimin ekonomik rajonal.</p>
<h2>Vizitë në klasterin e mollës</h2>
<p>Ditën e parë, delegacionet vizituan magazinat frigoriferike të Klasterit Agroushqimor të Korçës në Pojan dhe fabrikën e lëngjeve të shoqërisë „Molla e Moravës" sh.p.k. Drejtuesi i klasterit, Arben Qirjazi, shpjegoi se që nga themelimi në vitin 2029 klasteri është rritur nga 18 në 74 anëtarë dhe se eksportet e mollës drejt vendeve të BE-së janë trefishuar. Në mbrëmje, Bashkia Korçë shtroi një darkë zyrtare në Hotel Kristal, ku kryetari i bashkisë, Sotiraq Gjergji, u uroi mirëseardhjen mysafirëve.</p>
<h2>Konkluzionet e takimit</h2>
<p>Në deklaratën përfundimtare, ministrat ranë dakord për pikat e mëposhtme:</p>
<ul>
<li>Politikat kombëtare për klasterët do të harmonizohen deri në fund të vitit 2037 në bazë të kritereve të përbashkëta të hartuara nga KBR-ja.</li>
<li>Do të krijohet një platformë rajonale e klasterëve, që do të lidhë të paktën 60 organizata klasterësh nga gjashtë vendet me Platformën Europiane për Bashkëpunimin e Klasterëve.</li>
<li>Vendet do të thjeshtojnë procedurat doganore për mallrat që qarkullojnë brenda zinxhirëve rajonalë të vlerës, duke filluar me produktet bujqësore dhe tekstilet.</li>
<li>Do të ngrihet një skemë rajonale kuponësh inovacioni për ndërmarrjet e vogla e të mesme që bashkëpunojnë përtej kufijve.</li>
<li>Ministrat do të takohen çdo vit për të vlerësuar progresin, dhe takimi i ardhshëm do të mbahet në Podgoricë në vitin 2037.</li>
</ul>
<p>Drejtori De la Fontaine përshëndeti deklaratën dhe njoftoi se Komisioni Europian do të mbështesë platformën rajonale përmes Planit të Rritjes për Ballkanin Perëndimor. „Klasterët janë urat që lidhin ndërmarrjet e vogla me tregun europian. Ju keni sot jo vetëm vizionin, por edhe një plan konkret," u shpreh ai në konferencën për shtyp.</p>
<p>Në seancën e pasdites së ditës së dytë, ministrat diskutuan edhe për kualifikimin e fuqisë punëtore. Ministrja Petrovska-Trajkovska propozoi që shkollat profesionale të rajonit të njohin reciprokisht certifikatat në fushën e përpunimit të ushqimit dhe të tekstileve, ndërsa ministri Vukčević kërkoi që turizmi të trajtohet si sektor i veçantë në platformën e ardhshme.</p>
<h2>Reagimet e biznesit</h2>
<p>Dhoma e Tregtisë dhe Industrisë Korçë e vlerësoi takimin si një sinjal pozitiv. Kryetarja e dhomës, Valbona Koçi-Nushi, tha se bizneset korçare presin që heqja e barrierave doganore të ndodhë shpejt, sepse „çdo orë pritje në kufi e Kapshticës kushton para dhe cilësi për mollët tona". Ndërkohë, Shoqata e Tekstileve të Shqipërisë kërkoi që në skemën e kuponëve të përfshihen edhe fasonet që punojnë për markat italiane dhe greke.</p>
<p>Analistja e Institutit për Studime Ekonomike në Tiranë, Dr. Elona Shehu, u shpreh më e rezervuar. Sipas saj, deklarata të ngjashme janë miratuar edhe më parë pa u zbatuar plotësisht, ndaj suksesi do të varet nga buxheti që do të ndajë çdo qeveri. „Pa fonde kombëtare, platforma rajonale rrezikon të mbetet vetëm një faqe interneti," tha ajo.</p>
<h2>Hapat e ardhshëm</h2>
<p>Një grup pune teknik i KBR-së do të mblidhet për herë të parë në Sarajevë më 8 tetor 2036 për të hartuar kriteret e përbashkëta. Ndërkohë, Forumi i Klasterëve të Ballkanit Perëndimor do të zhvillohet në Shkup më 24–25 nëntor 2036, ku pritet të prezantohet projekti i platformës rajonale.</p>
<p class="tags">Etiketa: klasterët, Procesi i Berlinit, Korça, agroushqimi, Ballkani Perëndimor</p>
<p class="share">Shpërndaje: Facebook · X · WhatsApp · Email</p>
</article>
<aside><h3>Lajme të ngjashme</h3><ul><li>Eksportet e mollës së Korçës arrijnë rekord të ri</li><li>KBR: tregu i përbashkët rajonal, ende larg</li><li>Hapet zyra e re e Agjencisë Shqiptare të Investimeve në Korçë</li></ul></aside>
</main>
<footer>© 2036 Portali i Ekonomisë · Rruga Ismail Qemali 14, Tiranë · Të gjitha të drejtat të rezervuara</footer>
</body></html>
"""
write(F, T)
gold(F, [P('Ermira Dervishi',None,None), P('Blerina Hoxha-Kapllani','ministrja shqiptare e Ekonomisë dhe Inovacionit','Ministria e Ekonomisë dhe Inovacionit e Shqipërisë'),
 P('Nikola Vukčević','ministri i Ekonomisë i Malit të Zi',None), P('Ana Petrovska-Trajkovska','ministrja e Ekonomisë e Maqedonisë së Veriut',None),
 P('Driton Berisha','zëvendësministri i Kosovës',None), P('Marc-André de la Fontaine','drejtor','DG NEAR'),
 P('Amra Mehmedović-Lind','Sekretarja e Përgjithshme','KBR'), P('Arben Qirjazi','Drejtuesi i klasterit','Klasterit Agroushqimor të Korçës'),
 P('Sotiraq Gjergji','kryetari i bashkisë','Bashkia Korçë'), P('Valbona Koçi-Nushi','Kryetarja e dhomës','Dhoma e Tregtisë dhe Industrisë Korçë'),
 P('Elona Shehu','Analistja','Institutit për Studime Ekonomike')],
 [O('Ministria e Ekonomisë dhe Inovacionit e Shqipërisë'), O('Këshillin e Bashkëpunimit Rajonal','KBR'), O('Komisioni Europian'),
  O('Drejtorinë e Përgjithshme për Fqinjësinë dhe Negociatat e Zgjerimit','DG NEAR'), O('Klasterit Agroushqimor të Korçës'), O('„Molla e Moravës" sh.p.k.'),
  O('Bashkia Korçë'), O('Platformën Europiane për Bashkëpunimin e Klasterëve'), O('Dhoma e Tregtisë dhe Industrisë Korçë'),
  O('Shoqata e Tekstileve të Shqipërisë'), O('Institutit për Studime Ekonomike'), O('Agjencisë Shqiptare të Investimeve'), O('Portali i Ekonomisë')],
 [E('Takimi ministror','2036-06-12','2036-06-13','Korçë','Albania'), E('vizituan magazinat frigoriferike të Klasterit Agroushqimor të Korçës','2036-06-12','2036-06-12','Pojan','Albania'),
  E('darkë zyrtare','2036-06-12','2036-06-12','Korçë','Albania'), E('takimi i ardhshëm','2037','2037','Podgoricë','Montenegro'),
  E('grup pune teknik i KBR-së','2036-10-08','2036-10-08','Sarajevë','Bosnia and Herzegovina'),
  E('Forumi i Klasterëve të Ballkanit Perëndimor','2036-11-24','2036-11-25','Shkup','North Macedonia')],
 ['2036-06-13','2036-06-14','2036-06-12/2036-06-13','2029','2037','2036-10-08','2036-11-24/2036-11-25'],
 ['Politikat kombëtare për klasterët do të harmonizohen deri në fund të vitit 2037 në bazë të kritereve të përbashkëta të hartuara nga KBR-ja',
  'Do të krijohet një platformë rajonale e klasterëve, që do të lidhë të paktën 60 organizata klasterësh nga gjashtë vendet me Platformën Europiane për Bashkëpunimin e Klasterëve',
  'Vendet do të thjeshtojnë procedurat doganore për mallrat që qarkullojnë brenda zinxhirëve rajonalë të vlerës, duke filluar me produktet bujqësore dhe tekstilet',
  'Do të ngrihet një skemë rajonale kuponësh inovacioni për ndërmarrjet e vogla e të mesme që bashkëpunojnë përtej kufijve',
  'Ministrat do të takohen çdo vit për të vlerësuar progresin, dhe takimi i ardhshëm do të mbahet në Podgoricë në vitin 2037'],
 pub='2036-06-13')
