from h import *
F = 'g04_kielce_targi_klaster.html'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,13)=='Wednesday' and wd(2041,2,26)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Aktualności – Świętokrzyski Klaster Metalowy</title></head>
<body>
<header><p>Strona główna | O klastrze | Członkowie | Projekty UE | <b>Wydarzenia</b> | Kontakt</p>
<p>Ta strona używa plików cookies. <a href="#">Akceptuję</a></p></header>
<main>
<p class="path">Strona główna / Wydarzenia / Relacje</p>
<h1>Forum Przemysłu Metalowego w Kielcach – relacja</h1>
<p class="meta">Dodano: 15 lutego 2041 r. | Autor: Agnieszka Wróbel-Nowak, biuro klastra</p>

<p>W dniach 12–13 lutego 2041 r. w Targach Kielce odbyła się piąta edycja Forum Przemysłu Metalowego, organizowana przez Stowarzyszenie Świętokrzyski Klaster Metalowy (ŚKM) wspólnie z Kielecką Izbą Gospodarczą oraz Politechniką Świętokrzyską. W forum wzięło udział ponad 350 osób z Polski, Czech, Słowacji i Ukrainy.</p>

<p>Forum otworzyli prezes zarządu klastra Tomasz Zieliński oraz marszałek województwa świętokrzyskiego Renata Kowalczyk-Dąbrowska, która zapowiedziała nowy nabór w ramach regionalnego programu na lata 2041–2047. Wykład inauguracyjny wygłosił prof. Jan Van den Broeck z uniwersytetu KU Leuven, który mówił o stali niskoemisyjnej i o tym, jak belgijskie klastry przygotowały swoje firmy na graniczny podatek węglowy.</p>

<h2>Program pierwszego dnia</h2>
<ul>
<li>10:00 – otwarcie forum</li>
<li>10:30 – wykład inauguracyjny</li>
<li>11:30 – panel dyskusyjny „Dekarbonizacja odlewni – skąd wziąć pieniądze?”</li>
<li>13:00 – lunch</li>
<li>14:00 – spotkania B2B organizowane przez Enterprise Europe Network przy Świętokrzyskim Centrum Innowacji</li>
<li>19:00 – uroczysta kolacja i wręczenie nagrody „Metalowy Lider Roku”</li>
</ul>

<p>W panelu udział wzięli: Petr Dvořák (Moravskoslezský automobilový klastr, Ostrawa), Oksana Melnyk, dyrektor ds. rozwoju w firmie Lviv Steel Components, oraz Marek Sobczyk, dyrektor generalny odlewni Kielmet sp. z o.o. Dyskusję prowadziła dr hab. Ewa Gąsiorowska-Lis z Politechniki Świętokrzyskiej.</p>

<p>Nagrodę „Metalowy Lider Roku 2041” otrzymała firma Kielmet sp. z o.o. za modernizację pieców indukcyjnych, która zmniejszyła zużycie energii o 28 proc.</p>

<p>Podczas spotkań B2B przeprowadzono 74 rozmowy handlowe. „Po raz pierwszy mieliśmy przy stolikach tylu odbiorców z Ukrainy. Dla naszych firm to szansa na kontrakty przy odbudowie mostów i sieci energetycznych” – podsumował Tomasz Zieliński. Zwrócił też uwagę, że wiele małych zakładów wciąż nie wie, ile energii zużywa na tonę odlewu, a bez tej wiedzy trudno ubiegać się o dotacje na modernizację.</p>

<h2>Drugi dzień: wizyty studyjne</h2>
<p>W środę 13 lutego uczestnicy odwiedzili zakłady członków klastra w Końskich i Starachowicach. W Końskich goście zobaczyli zrobotyzowaną linię spawalniczą, a w Starachowicach nową hartownię próżniową uruchomioną w ubiegłym roku. Dla gości z Czech i Ukrainy zorganizowano też spotkanie partnerów projektu Interreg Europe METAL-TRANS, którego ŚKM jest partnerem wiodącym; partnerzy omówili plan działań pilotażowych i termin kolejnej wizyty w Ostrawie.</p>

<h2>Wnioski z forum</h2>
<p>Na zakończenie uczestnicy przyjęli wnioski, które zarząd klastra przekaże Urzędowi Marszałkowskiemu:</p>
<ol>
<li>Małe odlewnie potrzebują wspólnego audytu energetycznego finansowanego z funduszy regionalnych.</li>
<li>Klaster powinien uruchomić program szkoleń dla spawaczy we współpracy ze szkołami branżowymi.</li>
<li>Współpraca z klastrami z Ukrainy powinna objąć wspólne projekty odbudowy infrastruktury.</li>
</ol>

<h2>Organizatorzy i partnerzy</h2>
<p>Stowarzyszenie Świętokrzyski Klaster Metalowy (ŚKM) · Kielecka Izba Gospodarcza · Politechnika Świętokrzyska · Świętokrzyskie Centrum Innowacji (punkt kontaktowy Enterprise Europe Network) · Urząd Marszałkowski Województwa Świętokrzyskiego · Partner medialny: Echo Dnia</p>

<h2>Poprzednie edycje</h2>
<ul>
<li>IV Forum – 14 lutego 2040 r., Kielce</li>
<li>III Forum – 8–9 marca 2039 r., Starachowice</li>
<li>I Forum – 2037 r., Kielce (wówczas jako „Dzień Metalu”)</li>
</ul>

<p>Kolejne wydarzenie: Walne Zebranie Członków ŚKM odbędzie się we wtorek 26 lutego 2041 r. o godz. 16:00 w siedzibie klastra. Szczegóły w <a href="#">kalendarzu wydarzeń</a>.</p>
<p>Zdjęcia z obu dni forum znajdują się w naszej galerii.</p>
<p><a href="#">« Wróć do listy</a> · Udostępnij: Facebook | LinkedIn</p>
</main>
<footer><p>Stowarzyszenie Świętokrzyski Klaster Metalowy · ul. Zagnańska 84, 25-558 Kielce · KRS 0000000000</p>
<p>Forum współfinansuje Unia Europejska w ramach programu regionalnego Fundusze Europejskie dla Świętokrzyskiego.</p></footer>
</body></html>
"""
write(F, T)
S = "Stowarzyszenie Świętokrzyski Klaster Metalowy"
gold(F,
 [P("Agnieszka Wróbel-Nowak",None,None),
  P("Tomasz Zieliński","prezes zarządu",S),
  P("Renata Kowalczyk-Dąbrowska","marszałek województwa świętokrzyskiego",None),
  P("Jan Van den Broeck",None,"KU Leuven"),
  P("Petr Dvořák",None,"Moravskoslezský automobilový klastr"),
  P("Oksana Melnyk","dyrektor ds. rozwoju","Lviv Steel Components"),
  P("Marek Sobczyk","dyrektor generalny","Kielmet sp. z o.o."),
  P("Ewa Gąsiorowska-Lis",None,"Politechnika Świętokrzyska")],
 [O(S,"ŚKM"), O("Kielecka Izba Gospodarcza"), O("Politechnika Świętokrzyska"), O("KU Leuven"),
  O("Enterprise Europe Network"), O("Świętokrzyskie Centrum Innowacji"), O("Moravskoslezský automobilový klastr"),
  O("Lviv Steel Components"), O("Kielmet sp. z o.o."), O("Urząd Marszałkowski Województwa Świętokrzyskiego"), O("Echo Dnia"), O("Unia Europejska")],
 [E("Forum Przemysłu Metalowego","2041-02-12","2041-02-13","Kielce","Poland"),
  E("spotkania B2B","2041-02-12",None,"Kielce","Poland"),
  E("uroczysta kolacja","2041-02-12",None,"Kielce","Poland"),
  E("wręczenie nagrody „Metalowy Lider Roku”","2041-02-12",None,"Kielce","Poland"),
  E("wizyty studyjne","2041-02-13",None,None,"Poland"),
  E("spotkanie partnerów projektu Interreg Europe METAL-TRANS","2041-02-13",None,None,None),
  E("IV Forum","2040-02-14",None,"Kielce","Poland"),
  E("III Forum","2039-03-08","2039-03-09","Starachowice","Poland"),
  E("I Forum","2037",None,"Kielce","Poland"),
  E("Walne Zebranie Członków ŚKM","2041-02-26",None,None,None)],
 ["2041-02-15","2041-02-12/2041-02-13","2041/2047","2041-02-13","2040-02-14","2039-03-08/2039-03-09","2037","2041-02-26"],
 ["Małe odlewnie potrzebują wspólnego audytu energetycznego finansowanego z funduszy regionalnych",
  "Klaster powinien uruchomić program szkoleń dla spawaczy we współpracy ze szkołami branżowymi",
  "Współpraca z klastrami z Ukrainy powinna objąć wspólne projekty odbudowy infrastruktury"],
 pub="2041-02-15")
