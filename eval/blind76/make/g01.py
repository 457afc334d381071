from h import *
F = 'kielce-klaster-metalowy-o-nas.html'
T = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>O nas – Świętokrzyski Klaster Obróbki Metali</title></head>
<body>
<div class="cookie-bar">Ta strona korzysta z plików cookies w celach statystycznych. Korzystając ze strony, zgadzasz się na ich użycie. <a href="#">Akceptuję</a> <a href="#">Polityka prywatności</a></div>
<header><a class="logo" href="/">ŚKOM – Świętokrzyski Klaster Obróbki Metali</a>
<nav><a href="/">Strona główna</a> | <a href="/o-nas" class="active">O nas</a> | <a href="/czlonkowie">Członkowie</a> | <a href="/projekty">Projekty</a> | <a href="/aktualnosci">Aktualności</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Strona główna › O nas</p>
<h1>O nas</h1>
<p>Świętokrzyski Klaster Obróbki Metali (ŚKOM) działa od 2029 roku jako stowarzyszenie zarejestrowane w Kielcach. Zrzeszamy 74 podmioty: odlewnie, zakłady obróbki skrawaniem, producentów narzędzi, firmy powierzchniowej obróbki cieplnej, dwie uczelnie i trzy instytucje otoczenia biznesu z województwa świętokrzyskiego. Nasi członkowie zatrudniają łącznie ponad 6 800 osób, a ich roczne przychody przekraczają 2,1 mld zł.</p>
<p>W marcu 2033 roku Ministerstwo Rozwoju i Technologii nadało nam status Krajowego Klastra Kluczowego (KKK) na lata 2033–2036. Rok wcześniej biuro klastra otrzymało srebrną etykietę European Secretariat for Cluster Analysis (ESCA).</p>
<h2>Misja</h2>
<p>Wspieramy firmy metalowe regionu w przejściu na produkcję niskoemisyjną, cyfryzację hal produkcyjnych i zdobywanie zamówień w łańcuchach dostaw przemysłu obronnego, kolejowego i energetycznego. Łączymy przedsiębiorców z naukowcami Politechniki Świętokrzyskiej i Uniwersytetu Jana Kochanowskiego w Kielcach, prowadzimy wspólne zakupy energii i organizujemy misje gospodarcze.</p>
<h2>Historia</h2>
<p>Klaster powstał z inicjatywy jedenastu firm z Końskich, Ostrowca Świętokrzyskiego i Starachowic, które w 2027 roku zaczęły wspólnie kupować stal i organizować szkolenia dla operatorów maszyn CNC. Umowę założycielską podpisano w auli Politechniki Świętokrzyskiej 9 listopada 2029 roku; partnerami akademickimi zostały wówczas Politechnika Świętokrzyska oraz Uniwersytet Jana Kochanowskiego w Kielcach. Od 2030 roku siedzibą biura jest Kielecki Park Technologiczny. W pierwszych latach działalności klaster skupiał się na wspólnych zakupach i szkoleniach, a od 2032 roku coraz większą część budżetu przeznacza na projekty dekarbonizacji i wspólne stoiska na targach zagranicznych, m.in. w Hanowerze, Brnie i Linzu. Każdy członek ma jeden głos na Walnym Zebraniu Członków, a składka roczna zależy od liczby zatrudnionych.</p>
<h2>Zarząd</h2>
<p>Zarząd Stowarzyszenia został wybrany przez Walne Zebranie Członków 14 kwietnia 2034 roku na czteroletnią kadencję 2034–2038.</p>
<ul class="board">
<li><strong>Prezes Zarządu:</strong> Tomasz Wróblewski – prezes zarządu, Odlewnia Żeliwa Końskie S.A.</li>
<li><strong>Wiceprezes Zarządu:</strong> dr inż. Agnieszka Kowalczyk-Nowak – dziekan Wydziału Mechatroniki i Budowy Maszyn, Politechnika Świętokrzyska</li>
<li><strong>Wiceprezes Zarządu:</strong> Marek Zalewski – właściciel, ZAL-TECH Sp. z o.o., Skarżysko-Kamienna</li>
<li><strong>Skarbnik:</strong> Ewa Grabowska – dyrektor finansowa, Narzędziownia Ostrowiec Sp. z o.o.</li>
<li><strong>Członek Zarządu:</strong> Krzysztof Ślusarczyk – kierownik działu technologii, Kolfor Sp. z o.o. sp.k.</li>
</ul>
<h2>Komisja Rewizyjna</h2>
<p>Przewodnicząca: Joanna Piątek (Kancelaria Podatkowa Piątek i Wspólnicy). Członkowie: Paweł Dudek (Starachowickie Zakłady Kuźnicze S.A.), Stanisław Mazur (Świętokrzyska Izba Rzemiosła i Przedsiębiorczości).</p>
<h2>Rada Programowa</h2>
<p>Radzie Programowej przewodniczy prof. dr hab. inż. Bogdan Sieradzki z Politechniki Świętokrzyskiej. Rada opiniuje strategię klastra na lata 2034–2040 oraz wnioski o dofinansowanie projektów badawczych. W jej skład wchodzą również przedstawiciele Urzędu Marszałkowskiego Województwa Świętokrzyskiego i Kieleckiego Parku Technologicznego (KPT).</p>
<h2>Biuro klastra</h2>
<p>Bieżącą działalność prowadzi biuro w Kieleckim Parku Technologicznym przy ul. Olszewskiego 6.</p>
<table class="team">
<tr><th>Imię i nazwisko</th><th>Stanowisko</th><th>E-mail</th></tr>
<tr><td>Magdalena Szymczyk</td><td>Dyrektor biura / koordynatorka klastra</td><td>m.szymczyk@skom.pl</td></tr>
<tr><td>Rafał Kubacki</td><td>Specjalista ds. projektów międzynarodowych</td><td>r.kubacki@skom.pl</td></tr>
<tr><td>Natalia Gołąb</td><td>Specjalistka ds. komunikacji i wydarzeń</td><td>n.golab@skom.pl</td></tr>
<tr><td>Oleksandr Melnyk</td><td>Analityk ds. energii i dekarbonizacji</td><td>o.melnyk@skom.pl</td></tr>
<tr><td>Beata Lis</td><td>Księgowość i kadry</td><td>biuro@skom.pl</td></tr>
</table>
<h2>Współpraca</h2>
<p>Jesteśmy członkiem Polskiego Stowarzyszenia Klastrów oraz sieci European Metalworking Clusters Alliance (EMCA). Współpracujemy z Agencją Rozwoju Przemysłu S.A. (ARP), Polską Agencją Rozwoju Przedsiębiorczości (PARP) i z klastrami z Górnej Austrii, Morawii i Saksonii. W latach 2031–2034 koordynowaliśmy projekt „Metal Twin” finansowany z programu Interreg Europa Środkowa.</p>
<h2>Najbliższe wydarzenia</h2>
<p>Forum Obróbki Metali Kielce 2034 odbędzie się w Targach Kielce 22–23 października 2034 r. Posiedzenie Rady Programowej zaplanowano na 5 września 2034 r.</p>
<p class="photo">Zdjęcie zarządu: Piotr Wojtas / Studio Fotograficzne Kadr</p>
</main>
<footer><p>Świętokrzyski Klaster Obróbki Metali · ul. Olszewskiego 6, 25-663 Kielce · KRS 0000987654 · NIP 6572934410</p>
<p>© 2034 ŚKOM · <a href="#">Polityka prywatności</a> · <a href="#">Deklaracja dostępności</a> · <a href="#">RODO</a></p></footer>
</body></html>
"""
write(F, T)
S='Świętokrzyski Klaster Obróbki Metali'
gold(F, [P('Tomasz Wróblewski','Prezes Zarządu',S),
 P('Agnieszka Kowalczyk-Nowak','Wiceprezes Zarządu',S),
 P('Marek Zalewski','Wiceprezes Zarządu',S),
 P('Ewa Grabowska','Skarbnik',S),
 P('Krzysztof Ślusarczyk','Członek Zarządu',S),
 P('Joanna Piątek','Przewodnicząca','Komisja Rewizyjna'),
 P('Paweł Dudek','Członek','Komisja Rewizyjna'),
 P('Stanisław Mazur','Członek','Komisja Rewizyjna'),
 P('Bogdan Sieradzki',None,'Politechnika Świętokrzyska'),
 P('Magdalena Szymczyk','Dyrektor biura / koordynatorka klastra',S),
 P('Rafał Kubacki','Specjalista ds. projektów międzynarodowych',S),
 P('Natalia Gołąb','Specjalistka ds. komunikacji i wydarzeń',S),
 P('Oleksandr Melnyk','Analityk ds. energii i dekarbonizacji',S),
 P('Beata Lis','Księgowość i kadry',S),
 P('Piotr Wojtas',None,'Studio Fotograficzne Kadr')],
 [O(S,'ŚKOM'), O('Ministerstwo Rozwoju i Technologii'), O('European Secretariat for Cluster Analysis','ESCA'),
  O('Politechnika Świętokrzyska'), O('Uniwersytet Jana Kochanowskiego w Kielcach'),
  O('Odlewnia Żeliwa Końskie S.A.'), O('ZAL-TECH Sp. z o.o.'), O('Narzędziownia Ostrowiec Sp. z o.o.'), O('Kolfor Sp. z o.o. sp.k.'),
  O('Komisja Rewizyjna'), O('Rada Programowa'), O('Kancelaria Podatkowa Piątek i Wspólnicy'), O('Starachowickie Zakłady Kuźnicze S.A.'),
  O('Świętokrzyska Izba Rzemiosła i Przedsiębiorczości'), O('Urzędu Marszałkowskiego Województwa Świętokrzyskiego'),
  O('Kielecki Park Technologiczny','KPT'), O('Polskiego Stowarzyszenia Klastrów'), O('European Metalworking Clusters Alliance','EMCA'),
  O('Agencją Rozwoju Przemysłu S.A.','ARP'), O('Polską Agencją Rozwoju Przedsiębiorczości','PARP'),
  O('Studio Fotograficzne Kadr'), O('Wydziału Mechatroniki i Budowy Maszyn')],
 [E('Walne Zebranie Członków','2034-04-14','2034-04-14',None,None),
  E('Forum Obróbki Metali Kielce 2034','2034-10-22','2034-10-23','Kielce','Poland'),
  E('Posiedzenie Rady Programowej','2034-09-05','2034-09-05',None,None)],
 ['2029','2027','2029-11-09','2030','2032','2033-03','2033/2036','2034-04-14','2034/2038','2034/2040','2031/2034','2034-10-22/2034-10-23','2034-09-05'], [])
