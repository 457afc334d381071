from h import *
F = 'g04_beskidy_walne_zgromadzenie.html'
assert wd(2037,3,26)=='Thursday' and wd(2037,4,20)=='Monday' and wd(2037,5,14)=='Thursday' and wd(2037,6,9)=='Tuesday' and wd(2037,6,11)=='Thursday'
T = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Aktualności – Beskidzki Klaster Metalowy</title></head>
<body>
<div id="rodo">Ta strona używa plików cookies zgodnie z polityką prywatności. <a href="/polityka-prywatnosci">Dowiedz się więcej</a> <button>Akceptuję</button></div>
<header><p class="logo">Beskidzki Klaster Metalowy · Stowarzyszenie</p>
<nav><a href="/">Strona główna</a> | <a href="/o-klastrze">O klastrze</a> | <a href="/czlonkowie">Członkowie</a> | <a href="/projekty">Projekty</a> | <a href="/aktualnosci">Aktualności</a> | <a href="/kalendarz">Kalendarz wydarzeń</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Jesteś tutaj: Strona główna / Aktualności</p>
<article>
<h1>Walne Zgromadzenie Członków za nami – nowy Zarząd i plan na kolejne dwa lata</h1>
<p class="meta">Opublikowano: 30.03.2037 · Autor: Biuro Klastra · Kategoria: Z życia klastra</p>
<p>W czwartek 26 marca 2037 r. w Bielsku-Białej odbyło się Walne Zgromadzenie Członków Stowarzyszenia „Beskidzki Klaster Metalowy”. Gospodarzem spotkania był Bielski Park Technologiczny Lotnictwa, Przedsiębiorczości i Innowacji. Obecni byli przedstawiciele 41 z 58 firm i instytucji członkowskich. Listę obecności otwierają instytucje naukowe i samorząd gospodarczy:</p>
<ul><li>Akademia Techniczno-Humanistyczna w Bielsku-Białej</li><li>Politechnika Śląska</li><li>Izba Przemysłowo-Handlowa w Cieszynie</li><li>Fundacja Rozwoju Przedsiębiorczości w Ustroniu</li></ul>
<p>Zgromadzenie otworzył ustępujący prezes Zarządu Klastra, Tadeusz Wójcik-Brzeziński, który po sześciu latach (2031–2037) nie kandydował ponownie. Przewodniczącą obrad została Anna Szczygieł, radczyni prawna z kancelarii Szczygieł i Wspólnicy sp.k. Sprawozdanie z działalności za rok 2036 przedstawiła dyrektor biura klastra, dr inż. Katarzyna Jurzyk-Mrózek. Klaster zorganizował w ubiegłym roku 19 wydarzeń, a liczba członków wzrosła o dziewięć. Najwięcej uczestników przyciągnęły misja gospodarcza do Ostrawy (7–8 października 2036) oraz Forum Przemysłu Beskidzkiego w Szczyrku, które 18 listopada 2036 r. zgromadziło ponad 200 osób. Dyrektor zwróciła uwagę, że firmy z powiatu cieszyńskiego nadal rzadziej korzystają z usług klastra niż przedsiębiorstwa z Bielska-Białej, i zapowiedziała otwarcie punktu konsultacyjnego w Cieszynie. W dyskusji głos zabrali m.in. przedstawiciele odlewni i narzędziowni, którzy postulowali wspólne zakupy energii oraz szkolenia dla operatorów robotów.</p>
<h2>Uchwały Walnego Zgromadzenia</h2>
<p>Członkowie podjęli następujące uchwały:</p>
<ol>
<li>Zatwierdzono sprawozdanie merytoryczne i finansowe za rok 2036 oraz udzielono absolutorium członkom Zarządu</li>
<li>Przyjęto plan działań klastra na lata 2037–2039, z priorytetem dla automatyzacji i recyklingu metali</li>
<li>Podwyższono roczną składkę członkowską dla dużych przedsiębiorstw do 4 000 zł</li>
<li>Wybrano Zarząd na kadencję 2037–2040</li>
</ol>
<p>W skład nowego Zarządu weszli: Marek Kukuczka (Stalprofil Ustroń sp. z o.o.) – prezes, Ewa Hławiczka (Akademia Techniczno-Humanistyczna) – wiceprezes, oraz Zbigniew Czyż-Ondraszek (Odlewnia Wisła S.A.) – skarbnik. Do Komisji Rewizyjnej weszli Janina Pszczółka i Rafał Bujok.</p>
<p>„Chcemy, żeby klaster był miejscem, gdzie mała narzędziownia z Cieszyna spotka się z dużym producentem z Bielska. Stąd więcej spotkań kooperacyjnych i mniej konferencji” – powiedział po wyborze Marek Kukuczka.</p>
<h2>Najbliższe wydarzenia</h2>
<ul>
<li><strong>20 kwietnia 2037 (poniedziałek), Cieszyn</strong> – posiedzenie Zarządu Klastra, otwarte dla członków po wcześniejszym zgłoszeniu</li>
<li><strong>14 maja 2037 (czwartek), Bielsko-Biała</strong> – Dzień Kooperacji Metal-Automotive, spotkania B2B z udziałem firm z Czech i Słowacji; współorganizator: Regionalna Izba Gospodarcza w Bielsku-Białej; zgłoszenia do 4 maja</li>
<li><strong>9–11 czerwca 2037, Ostrawa i Trzyniec</strong> – wizyta studyjna u partnerów z Moravskoslezský automobilový klastr, z wizytą w hucie w Trzyńcu</li>
</ul>
<p>Szczegóły, program i formularze zgłoszeniowe znajdą Państwo w <a href="/kalendarz">kalendarzu wydarzeń</a>. Liczba miejsc jest ograniczona.</p>
<p class="share">Udostępnij: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>
</article>
<aside><h3>O klastrze</h3><p>Beskidzki Klaster Metalowy działa od 2032 roku i skupia producentów części, odlewnie, narzędziownie, firmy automatyki oraz uczelnie z Bielska-Białej, Cieszyna, Ustronia i Wisły. Klaster posiada Srebrną Etykietę Doskonałości Zarządzania Klastrem, a od 2035 r. należy do Krajowych Klastrów Kluczowych. Biuro klastra prowadzi doradztwo eksportowe, wspólne szkolenia i obsługę projektów badawczych.</p>
<h3>Ostatnie wpisy</h3><ul><li><a href="#">Nabór do programu „Przemysł 5.0 w Beskidach”</a></li><li><a href="#">Relacja z misji do Ostrawy</a></li><li><a href="#">Nowi członkowie klastra</a></li></ul></aside>
</main>
<footer><p>Stowarzyszenie „Beskidzki Klaster Metalowy”, ul. Przemysłowa 00, 43-300 Bielsko-Biała · KRS 0000000000 · biuro@bkm.example.pl</p>
<p>Projekt współfinansowany ze środków programu Fundusze Europejskie dla Śląskiego 2035–2041.</p></footer>
</body></html>
"""
write(F, T)
B = 'Stowarzyszenie „Beskidzki Klaster Metalowy”'
K = "Beskidzki Klaster Metalowy"
gold(F,
 [P("Tadeusz Wójcik-Brzeziński","prezes Zarządu Klastra",K),
  P("Anna Szczygieł","radczyni prawna","Szczygieł i Wspólnicy sp.k."),
  P("Katarzyna Jurzyk-Mrózek","dyrektor biura klastra",K),
  P("Marek Kukuczka","prezes",K),
  P("Ewa Hławiczka","wiceprezes",K),
  P("Zbigniew Czyż-Ondraszek","skarbnik",K),
  P("Janina Pszczółka",None,None),
  P("Rafał Bujok",None,None)],
 [O(B), O("Bielski Park Technologiczny Lotnictwa, Przedsiębiorczości i Innowacji"),
  O("Akademia Techniczno-Humanistyczna w Bielsku-Białej"), O("Politechnika Śląska"),
  O("Izba Przemysłowo-Handlowa w Cieszynie"), O("Fundacja Rozwoju Przedsiębiorczości w Ustroniu"), O("Szczygieł i Wspólnicy sp.k."),
  O("Stalprofil Ustroń sp. z o.o."), O("Odlewnia Wisła S.A."),
  O("Regionalna Izba Gospodarcza w Bielsku-Białej"), O("Moravskoslezský automobilový klastr")],
 [E("Walne Zgromadzenie Członków","2037-03-26",None,"Bielsko-Biała","Poland"),
  E("misja gospodarcza do Ostrawy","2036-10-07","2036-10-08","Ostrawa","Czechia"),
  E("Forum Przemysłu Beskidzkiego","2036-11-18",None,"Szczyrk","Poland"),
  E("posiedzenie Zarządu Klastra","2037-04-20",None,"Cieszyn","Poland"),
  E("Dzień Kooperacji Metal-Automotive","2037-05-14",None,"Bielsko-Biała","Poland"),
  E("wizyta studyjna","2037-06-09","2037-06-11","Ostrawa, Trzyniec","Czechia")],
 ["2037-03-30","2037-03-26","2031/2037","2036","2032","2035","2036-10-07/2036-10-08","2036-11-18","2037/2039","2037/2040","2037-04-20","2037-05-14","2037-05-04",
  "2037-06-09/2037-06-11","2035/2041"],
 ["Zatwierdzono sprawozdanie merytoryczne i finansowe za rok 2036 oraz udzielono absolutorium członkom Zarządu",
  "Przyjęto plan działań klastra na lata 2037–2039, z priorytetem dla automatyzacji i recyklingu metali",
  "Podwyższono roczną składkę członkowską dla dużych przedsiębiorstw do 4 000 zł",
  "Wybrano Zarząd na kadencję 2037–2040"],
 pub="2037-03-30")
