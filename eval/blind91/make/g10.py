from h import *
F = 'g10_vasterbotten_studie_larklustret.html'
assert wd(2037,5,13)=='Wednesday' and wd(2037,6,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Ny studie: Lärdomar från tio år av klustersamverkan i Västerbotten – Norrlandsklustret för hållbar industri</title></head>
<body>
<div class="kakor">Vi använder kakor för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a> <button>Godkänn</button> <button>Endast nödvändiga</button></div>
<header><p class="logo">Norrlandsklustret för hållbar industri</p>
<nav><a href="/">Start</a> · <a href="/om-oss">Om oss</a> · <a href="/medlemmar">Medlemmar</a> · <a href="/projekt">Projekt</a> · <a href="/aktuellt" class="aktiv">Aktuellt</a> · <a href="/kalender">Kalender</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">English</a></nav></header>
<main>
<p class="brodsmulor">Start / Aktuellt / Rapporter</p>
<h1>Ny studie: Lärdomar från tio år av klustersamverkan i Västerbotten</h1>
<p class="meta">Publicerad 2 juni 2037 · Av Ebba Lindqvist-Marklund · Rapport, Forskning</p>
<figure><img src="/bilder/studie.jpg" alt="Presentation av studien"><figcaption>Forskarna Jonas Öberg och Amina Haddad presenterade studien i Umeå. Foto: Per-Olof Sundin</figcaption></figure>

<p>Hur har tio år av samverkan mellan gruvbolag, leverantörer och universitet påverkat industrin i Västerbotten? Det har forskare vid Umeå universitet och Luleå tekniska universitet undersökt på uppdrag av Norrlandsklustret för hållbar industri och Region Västerbotten. Studien presenterades vid ett seminarium på Väven i Umeå onsdagen den 13 maj 2037.</p>

<h2>Bakgrund</h2>
<p>Norrlandsklustret för hållbar industri bildades 2011 av ett tjugotal verkstadsföretag i Umeå och Skellefteå. I dag har klustret 160 medlemmar, från gruvbolag och batteritillverkare till små maskinverkstäder, konsultföretag och utbildningsanordnare i hela länet. Klustret driver gemensamma utvecklingsprojekt, en leverantörsdatabas och ett traineeprogram för ingenjörer. Under de senaste tio åren har de stora industrietableringarna i Skellefteå förändrat förutsättningarna i hela regionen, och frågan om hur mindre företag kan ta del av investeringarna har blivit allt viktigare för både klustret och regionen.</p>

<h2>Om studien</h2>
<p>Studien bygger på intervjuer med 46 företag, en enkät till klustrets 160 medlemmar och en genomgång av 38 avslutade projekt under perioden 2027–2036. Projektledare var docent Jonas Öberg vid Handelshögskolan vid Umeå universitet. Medförfattare är Amina Haddad, Luleå tekniska universitet, och Fredrik Nyström-Lejon, analytiker på Tillväxtverket.</p>

<h2>Viktigaste lärdomar</h2>
<ul>
<li>Samverkan ger störst effekt när ett stort köpande företag tar ansvar för att öppna sina utvecklingsprojekt för mindre leverantörer</li>
<li>Korta, konkreta projekt med tydliga testbäddar har gett fler nya produkter än breda nätverksprojekt</li>
<li>Kompetensförsörjningen är den gemensamma fråga som håller ihop klustret, oavsett bransch</li>
<li>Små företag i inlandet har haft svårt att delta, främst på grund av avstånd och tid</li>
<li>Klustrets värde syns sällan i statistiken men tydligt i de kontakter som företagen säger att de annars aldrig hade fått</li>
</ul>

<h2>Reaktioner</h2>
<p>– Studien bekräftar det vi har märkt: det är när Boliden och de stora verkstadsföretagen bjuder in till sina egna utmaningar som det händer saker, sa klusterchefen Karin Sjölund-Eriksson.</p>
<p>Regionrådet Mattias Lundkvist (Region Västerbotten) betonade att regionen vill använda studien i arbetet med den nya strategin för smart specialisering. – Vi måste bli bättre på att nå företagen i Lycksele, Storuman och Vilhelmina, sa han.</p>
<p>Vid seminariet deltog även Sara Pirttijärvi från Skellefteå Science City och Henrik Wallin, vd för Norrskog Verkstad AB i Vindeln, som berättade om hur ett gemensamt projekt med Northvolt ledde till en ny produktlinje.</p>

<h2>Fortsättning</h2>
<p>Klustrets styrelse ska behandla studiens rekommendationer vid sitt möte onsdagen den 10 juni 2037. Resultaten kommer också att presenteras på Tillväxtverkets nationella klusterkonferens i Stockholm i oktober 2037.</p>
<p>Studien (84 sidor) kan laddas ned som pdf. En engelsk sammanfattning finns också.</p>
<p><a href="/rapporter/lardomar-2037.pdf">Ladda ned rapporten (pdf, 3,1 MB)</a> · <a href="/rapporter/lessons-2037-en.pdf">English summary</a></p>

<aside><h3>Kalender</h3>
<ul><li>17 juni 2037 – Medlemsfrukost, Skellefteå</li>
<li>26 augusti 2037 – Leverantörsdag med LKAB, Kiruna</li>
<li>23 september 2037 – Årsmöte, Umeå</li></ul>
<h3>Dela</h3><p><a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-post</a></p></aside>
</main>
<footer><p>Norrlandsklustret för hållbar industri · Storgatan 36 · 903 26 Umeå · info@norrlandsklustret.example.se</p>
<p>Klustret finansieras av medlemmarna, Region Västerbotten och Europeiska regionala utvecklingsfonden.</p>
<p>© 2037 · <a href="/integritet">Integritetspolicy</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p></footer>
</body></html>
"""
write(F, T)
N="Norrlandsklustret för hållbar industri"
assert wd(2037,6,17)=='Wednesday'
gold(F,
 [P("Ebba Lindqvist-Marklund",None,None),
  P("Jonas Öberg","Projektledare","Handelshögskolan vid Umeå universitet"),
  P("Amina Haddad",None,"Luleå tekniska universitet"),
  P("Per-Olof Sundin",None,None),
  P("Fredrik Nyström-Lejon","analytiker","Tillväxtverket"),
  P("Karin Sjölund-Eriksson","klusterchefen",N),
  P("Mattias Lundkvist","Regionrådet","Region Västerbotten"),
  P("Sara Pirttijärvi",None,"Skellefteå Science City"),
  P("Henrik Wallin","vd","Norrskog Verkstad AB")],
 [O(N), O("Umeå universitet"), O("Luleå tekniska universitet"), O("Region Västerbotten"), O("Handelshögskolan vid Umeå universitet"),
  O("Tillväxtverket"), O("Boliden"), O("Skellefteå Science City"), O("Norrskog Verkstad AB"), O("Northvolt"), O("LKAB")],
 [E("seminarium","2037-05-13",None,"Umeå","Sweden"),
  E("styrelsemöte","2037-06-10",None,None,None),
  E("nationella klusterkonferens","2037-10",None,"Stockholm","Sweden"),
  E("Medlemsfrukost","2037-06-17",None,"Skellefteå","Sweden"),
  E("Leverantörsdag med LKAB","2037-08-26",None,"Kiruna","Sweden"),
  E("Årsmöte","2037-09-23",None,"Umeå","Sweden")],
 ["2037-06-02","2037-05-13","2027/2036","2037-06-10","2037-10","2037-06-17","2037-08-26","2037-09-23","2011"],
 ["Samverkan ger störst effekt när ett stort köpande företag tar ansvar för att öppna sina utvecklingsprojekt för mindre leverantörer",
  "Korta, konkreta projekt med tydliga testbäddar har gett fler nya produkter än breda nätverksprojekt",
  "Kompetensförsörjningen är den gemensamma fråga som håller ihop klustret, oavsett bransch",
  "Små företag i inlandet har haft svårt att delta, främst på grund av avstånd och tid",
  "Klustrets värde syns sällan i statistiken men tydligt i de kontakter som företagen säger att de annars aldrig hade fått"],
 "2037-06-02")
