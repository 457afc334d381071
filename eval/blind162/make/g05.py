from h import *
F = 'g05_klaster_wschodni_aktualnosci_chelm.html'
assert wd(2041,10,1)=='Tuesday' and wd(2041,10,2)=='Wednesday' and wd(2041,9,12)=='Thursday' and wd(2042,1,22)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Aktualności – Wschodni Klaster Budownictwa Niskoemisyjnego</title></head>
<body>
<div id="rodo">Ta strona korzysta z plików cookies zgodnie z Polityką prywatności. Możesz określić warunki przechowywania lub dostępu do cookies w swojej przeglądarce. <button>Akceptuję</button> <a href="/polityka-prywatnosci">Więcej</a></div>
<header><p class="logo">Wschodni Klaster Budownictwa Niskoemisyjnego</p>
<nav><a href="/">Strona główna</a> | <a href="/o-klastrze">O klastrze</a> | <a href="/czlonkowie">Członkowie</a> | <a href="/projekty">Projekty UE</a> | <a href="/aktualnosci">Aktualności</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="sciezka">Jesteś tutaj: Strona główna » Aktualności</p>

<article>
<h2>Spotkanie konsorcjum projektu RENO-EAST w Chełmie</h2>
<p class="meta">Dodano: 7 października 2041 | Autor: Joanna Kowalczyk-Bury</p>
<p>We wtorek 1 i w środę 2 października 2041 r. gościliśmy w Chełmie partnerów projektu RENO-EAST, finansowanego z programu Horyzont Europa. Celem projektu jest wypracowanie tanich metod głębokiej termomodernizacji budynków wielorodzinnych z lat 70. i 80. w regionach przygranicznych Polski, Słowacji, Rumunii i Litwy. Było to piąte spotkanie konsorcjum, w którym wzięło udział 32 przedstawicieli jedenastu organizacji.</p>
<p>Obrady otworzył Prezydent Miasta Chełm Wojciech Zawadzki, a wyniki pierwszych pilotaży przedstawiła koordynatorka projektu dr inż. Agnieszka Sobczuk z Politechniki Lubelskiej. W trzech budynkach w Chełmie, Koszycach i Suczawie zużycie ciepła spadło średnio o 54 procent. Partner ze Słowacji, Ing. Peter Hudák z Technickej univerzity v Košiciach, pokazał, jak prefabrykowane moduły elewacyjne skracają prace na budowie do trzech tygodni.</p>
<p>Drugiego dnia o 10:00 uczestnicy wzięli udział w wizycie studyjnej na osiedlu Dyrekcja Dolna, gdzie Chełmska Spółdzielnia Mieszkaniowa prowadzi modernizację z użyciem modułów. Po południu odbyło się posiedzenie Zgromadzenia Ogólnego konsorcjum, które przyjęło plan działań na rok 2042.</p>
<p>– Mieszkańcy pytają nas przede wszystkim o koszty i o to, jak długo będą żyć na placu budowy. Moduły z fabryki odpowiadają na oba pytania – mówił prezes spółdzielni Zbigniew Orzeł. Partnerzy z Rumunii i Litwy zapowiedzieli, że w przyszłym roku uruchomią własne budynki pilotażowe, a wyniki pomiarów będą publikowane co kwartał na stronie projektu.</p>
<p>Kolejne spotkanie partnerów odbędzie się w Kownie w dniach 21–22 kwietnia 2042 r.</p>
<p><a href="#">Czytaj więcej</a> · Udostępnij: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</article>

<article>
<h2>Nowy Zarząd Klastra wybrany</h2>
<p class="meta">Dodano: 16 września 2041 | Autor: Biuro Klastra</p>
<p>W czwartek 12 września 2041 r. w siedzibie Lubelskiej Izby Budownictwa w Lublinie odbyło się Walne Zgromadzenie Członków Klastra. Zgromadzenie przyjęło sprawozdanie z działalności za rok 2040, udzieliło absolutorium ustępującym władzom i wybrało Zarząd na kadencję 2041–2044. W skład Zarządu weszli:</p>
<ul>
<li>Prezes Zarządu – Tomasz GRZESZCZUK (Ekobud Chełm Sp. z o.o.)</li>
<li>Wiceprezes Zarządu – dr hab. inż. Marta Kołodziej-Lis (Politechnika Lubelska)</li>
<li>Wiceprezes Zarządu – Piotr NIEDŹWIECKI (Termo-Dom Zamość S.A.)</li>
<li>Członek Zarządu – Anna Szewczyk (Lubelska Agencja Energii)</li>
</ul>
<p>Ustępujący prezes Henryk Wawrzyszuk, który kierował Klastrem od 2033 r., pozostaje członkiem Rady Programowej. Serdecznie dziękujemy!</p>
<p>Klaster posiada od 2039 r. srebrną etykietę ESCA, przyznaną przez Europejski Sekretariat Analiz Klastrowych (European Secretariat for Cluster Analysis).</p>
<p><a href="#">Czytaj więcej</a> · Udostępnij: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</article>

<article>
<h2>Nabór firm do programu „Bon na modernizację” – Eurocluster BuildEast</h2>
<p class="meta">Dodano: 2 września 2041 | Autor: Biuro Klastra</p>
<p>Jako partner Euroklastra BuildEast zapraszamy małe i średnie przedsiębiorstwa budowlane z województwa lubelskiego do udziału w drugim naborze bonów na wdrożenie technologii niskoemisyjnych. Wsparcie wynosi do 40 000 euro na firmę. Wnioski można składać do 22 stycznia 2042 r. (środa) do godz. 16:00 przez platformę Euroklastra.</p>
<p>Spotkanie informacyjne dla zainteresowanych firm odbędzie się on-line 15 października 2041 r. Prowadząca: Magdalena Pietrasz, menedżerka ds. projektów międzynarodowych Klastra.</p>
<p>Partnerami BuildEast są m.in. Klaster Bazalt z Koszyc, Transilvania Construct z Klużu-Napoki oraz Lietuvos statybos klasteris z Wilna.</p>
<p><a href="#">Czytaj więcej</a> · Udostępnij: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</article>

<nav class="stronicowanie">« Poprzednia | 1 | <strong>2</strong> | 3 | Następna »</nav>
<aside><h3>Newsletter</h3><p>Zapisz się, aby otrzymywać informacje o naborach i wydarzeniach. <a href="/newsletter">Zapisz się</a></p></aside>
</main>
<footer><p>Wschodni Klaster Budownictwa Niskoemisyjnego · ul. Lubelska 48, 22-100 Chełm · biuro@wkbn.example.pl · tel. 82 000 00 00</p>
<p>Projekt RENO-EAST otrzymał finansowanie z programu badań naukowych i innowacji Unii Europejskiej Horyzont Europa. © 2041 WKBN</p></footer>
</body></html>
"""
write(F, T)
K="Wschodni Klaster Budownictwa Niskoemisyjnego"
gold(F,
 [P("Joanna Kowalczyk-Bury",None,None),
  P("Wojciech Zawadzki","Prezydent Miasta Chełm",None),
  P("Agnieszka Sobczuk","koordynatorka projektu","Politechnika Lubelska"),
  P("Peter Hudák",None,"Technickej univerzity v Košiciach"),
  P("Tomasz GRZESZCZUK","Prezes Zarządu",K),
  P("Marta Kołodziej-Lis","Wiceprezes Zarządu",K),
  P("Piotr NIEDŹWIECKI","Wiceprezes Zarządu",K),
  P("Anna Szewczyk","Członek Zarządu",K),
  P("Henryk Wawrzyszuk","prezes",K),
  P("Zbigniew Orzeł","prezes","Chełmska Spółdzielnia Mieszkaniowa"),
  P("Magdalena Pietrasz","menedżerka ds. projektów międzynarodowych",K)],
 [O(K,"WKBN"), O("Politechnika Lubelska"), O("Technickej univerzity v Košiciach"),
  O("Chełmska Spółdzielnia Mieszkaniowa"), O("Lubelskiej Izby Budownictwa"), O("Ekobud Chełm Sp. z o.o."),
  O("Termo-Dom Zamość S.A."), O("Lubelska Agencja Energii"),
  O("Europejski Sekretariat Analiz Klastrowych","ESCA"), O("Klaster Bazalt"), O("Transilvania Construct"),
  O("Lietuvos statybos klasteris"), O("Unii Europejskiej")],
 [E("Spotkanie konsorcjum projektu RENO-EAST","2041-10-01","2041-10-02","Chełm","Poland"),
  E("wizyta studyjna na osiedlu Dyrekcja Dolna","2041-10-02",None,"Chełm","Poland"),
  E("posiedzenie Zgromadzenia Ogólnego konsorcjum","2041-10-02",None,"Chełm","Poland"),
  E("Kolejne spotkanie partnerów","2042-04-21","2042-04-22","Kownie","Lithuania"),
  E("Walne Zgromadzenie Członków Klastra","2041-09-12",None,"Lublinie","Poland"),
  E("Spotkanie informacyjne","2041-10-15",None,None,None)],
 ["2041-10-07","2041-10-01/2041-10-02","2042","2042-04-21/2042-04-22","2041-09-16","2041-09-12","2040","2041/2044",
  "2033","2039","2041-09-02","2042-01-22","2041-10-15","2041"],
 [], pub=None)
