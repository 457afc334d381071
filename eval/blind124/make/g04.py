from h import *
F = 'g04_plock_klaster_walne_zgromadzenie.html'
assert wd(2040,3,28)=='Wednesday' and wd(2040,4,17)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Aktualności – Mazowiecki Klaster Chemiczny</title></head>
<body>
<div class="rodo">Ta strona korzysta z plików cookies zgodnie z Polityką prywatności. <a href="#">Akceptuję</a></div>
<header><p>Mazowiecki Klaster Chemiczny · Stowarzyszenie</p>
<nav><a href="/">Start</a> | <a href="/o-klastrze">O klastrze</a> | <a href="/wladze">Władze</a> | <a href="/czlonkowie">Członkowie</a> | <a href="/projekty">Projekty</a> | <a href="/aktualnosci">Aktualności</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="okruszki">Jesteś tutaj: Start / Aktualności / 2040</p>
<article>
<h1>Walne Zgromadzenie Członków wybrało Zarząd na kadencję 2040–2043</h1>
<p class="meta">Dodano: 02.04.2040 | Autor: Biuro Klastra | Kategoria: Z życia klastra</p>
<p>W środę 28 marca 2040 r. w Płockim Parku Przemysłowo-Technologicznym odbyło się Walne Zgromadzenie Członków Mazowieckiego Klastra Chemicznego (MKCh). W obradach wzięło udział 46 z 63 członków stowarzyszenia – przedsiębiorstwa chemiczne i przetwórcze z Płocka, Sierpca i Gostynina, uczelnie, instytuty badawcze oraz samorządy. Zgromadzeniu przewodniczył dr inż. Zbigniew Kamiński-Dołęga z Politechniki Warszawskiej Filii w Płocku.</p>
<p>Po przyjęciu sprawozdania z działalności za 2039 rok i udzieleniu absolutorium ustępującym władzom członkowie wybrali nowy Zarząd. Prezesem Zarządu ponownie została Agnieszka Wróblewska-Nowak, dyrektor ds. innowacji w spółce PolChem Płock S.A., która kieruje klastrem od 2037 roku.</p>
<h2>Zarząd kadencji 2040–2043</h2>
<ul>
<li>Agnieszka Wróblewska-Nowak – Prezes Zarządu (PolChem Płock S.A.)</li>
<li>Tomasz Żurawski – Wiceprezes Zarządu (Zakłady Tworzyw Sztucznych „Gostynin” Sp. z o.o.)</li>
<li>prof. dr hab. Ewa Grzybowska – Członek Zarządu (Szkoła Wyższa im. Pawła Włodkowica w Płocku)</li>
<li>Krzysztof Lis – Członek Zarządu (Agencja Rozwoju Regionalnego Mazowsza Północnego Sp. z o.o.)</li>
<li>Olena Kovalenko – Członek Zarządu (BioRafineria Sierpc Sp. z o.o.)</li>
</ul>
<h2>Komisja Rewizyjna</h2>
<p>Do Komisji Rewizyjnej weszli: Marian Ostrowski (Przewodniczący, Bank Spółdzielczy w Płocku), Justyna Pawlak-Sęk (Urząd Miasta Płocka) oraz Rafał Domański (Sieć Badawcza Łukasiewicz – Instytut Chemii Przemysłowej).</p>
<h2>Podziękowania</h2>
<p>Dotychczasowy Wiceprezes Zarządu, Janusz Ciechanowski, po dziewięciu latach w Zarządzie przechodzi na emeryturę; Zgromadzenie podziękowało mu owacją na stojąco. Janusz Ciechanowski był jednym z założycieli klastra w 2031 roku i przez wiele lat reprezentował MKCh w Związku Pracodawców Klastry Polskie.</p>
<h2>Najważniejsze uchwały Walnego Zgromadzenia</h2>
<ol>
<li>Zatwierdzono sprawozdanie finansowe za 2039 rok i przeznaczono nadwyżkę na fundusz projektów członkowskich</li>
<li>Przyjęto siedmiu nowych członków, w tym Mazowiecką Jednostkę Wdrażania Programów Unijnych jako członka wspierającego</li>
<li>Przyjęto Strategię Rozwoju Klastra na lata 2040–2045 z trzema priorytetami: gospodarka obiegu zamkniętego tworzyw, wodór i kompetencje kadr</li>
<li>Upoważniono Zarząd do złożenia wniosku o status Krajowego Klastra Kluczowego w naborze 2040</li>
</ol>
<h2>Nowi członkowie</h2>
<p>Zgromadzenie przyjęło do stowarzyszenia następujące podmioty:</p>
<ul>
<li>Mazowiecka Jednostka Wdrażania Programów Unijnych (członek wspierający)</li>
<li>Recykling Tworzyw Bielsk Sp. z o.o.</li>
<li>H2 Mazowsze S.A.</li>
<li>Laboratorium Analiz Środowiskowych EKOLAB s.c.</li>
<li>Zespół Szkół Technicznych w Płocku</li>
<li>Gmina Stara Biała</li>
<li>Fundacja Inżynierów Przyszłości</li>
</ul>
<p>Gościem Zgromadzenia był Wicemarszałek Województwa Mazowieckiego Piotr Jaskólski, który przypomniał, że samorząd województwa wspiera klastry w ramach Regionalnej Strategii Innowacji dla Mazowsza do 2041 roku i zachęcił członków do udziału w misji gospodarczej do Antwerpii zaplanowanej na czerwiec 2040 r.</p>
<h2>Biuro Klastra</h2>
<p>Pracami biura nadal kieruje koordynatorka klastra, mgr Paulina Szymańska-Ruiz. Za projekty międzynarodowe odpowiada Michał Zieliński, a za komunikację Karolina Bąk. Biuro mieści się w budynku B Płockiego Parku Przemysłowo-Technologicznego i jest czynne od poniedziałku do piątku w godzinach 8.00–16.00. Członkowie, którzy chcą zgłosić projekt do funduszu, mogą umówić konsultację z koordynatorką. Kontakt: biuro@mkch.example.pl, tel. 24 000 00 00.</p>
<p>Pierwsze posiedzenie nowego Zarządu zaplanowano na 17 kwietnia 2040 r. (wtorek). Najbliższe Forum Chemii Mazowsza – VI edycja – odbędzie się 15–16 października 2040 r. w Płocku; poprzednie edycje zorganizowano w Płocku (2038) i w Sierpcu (2039).</p>
<p><a href="/aktualnosci">« Wróć do listy</a> · Udostępnij: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</article>
</main>
<footer><p>Mazowiecki Klaster Chemiczny, ul. Zglenickiego 42, 09-411 Płock · KRS 0000000000 · NIP 774-000-00-00</p>
<p>Deklaracja dostępności · Polityka prywatności · © Mazowiecki Klaster Chemiczny 2040</p></footer>
</body></html>
"""
write(F, T)
M = "Mazowiecki Klaster Chemiczny"
gold(F,
 [P("Zbigniew Kamiński-Dołęga",None,"Politechniki Warszawskiej Filii w Płocku"),
  P("Agnieszka Wróblewska-Nowak","Prezes Zarządu",M),
  P("Tomasz Żurawski","Wiceprezes Zarządu",M),
  P("Ewa Grzybowska","Członek Zarządu",M),
  P("Krzysztof Lis","Członek Zarządu",M),
  P("Olena Kovalenko","Członek Zarządu",M),
  P("Marian Ostrowski","Przewodniczący",M),
  P("Justyna Pawlak-Sęk",None,"Urząd Miasta Płocka"),
  P("Rafał Domański",None,"Sieć Badawcza Łukasiewicz – Instytut Chemii Przemysłowej"),
  P("Janusz Ciechanowski","Wiceprezes Zarządu",M),
  P("Paulina Szymańska-Ruiz","koordynatorka klastra",M),
  P("Michał Zieliński",None,M),
  P("Karolina Bąk",None,M),
  P("Piotr Jaskólski","Wicemarszałek Województwa Mazowieckiego",None)],
 [O(M,"MKCh"), O("Politechniki Warszawskiej Filii w Płocku"), O("PolChem Płock S.A."),
  O("Zakłady Tworzyw Sztucznych „Gostynin” Sp. z o.o."), O("Szkoła Wyższa im. Pawła Włodkowica w Płocku"),
  O("Agencja Rozwoju Regionalnego Mazowsza Północnego Sp. z o.o."), O("BioRafineria Sierpc Sp. z o.o."),
  O("Bank Spółdzielczy w Płocku"), O("Urząd Miasta Płocka"), O("Sieć Badawcza Łukasiewicz – Instytut Chemii Przemysłowej"),
  O("Związku Pracodawców Klastry Polskie"), O("Mazowiecka Jednostka Wdrażania Programów Unijnych"), O("Recykling Tworzyw Bielsk Sp. z o.o."), O("H2 Mazowsze S.A."),
  O("Laboratorium Analiz Środowiskowych EKOLAB s.c."), O("Zespół Szkół Technicznych w Płocku"), O("Gmina Stara Biała"), O("Fundacja Inżynierów Przyszłości")],
 [E("Walne Zgromadzenie Członków","2040-03-28",None,"Płock","Poland"),
  E("posiedzenie nowego Zarządu","2040-04-17",None,None,None),
  E("Forum Chemii Mazowsza – VI edycja","2040-10-15","2040-10-16","Płock","Poland"),
  E("misji gospodarczej do Antwerpii","2040-06",None,"Antwerp","Belgium"),
  E("Forum Chemii Mazowsza (2038)","2038",None,"Płock","Poland"),
  E("Forum Chemii Mazowsza (2039)","2039",None,"Sierpc","Poland")],
 ["2040/2043","2040-04-02","2040-03-28","2039","2037","2031","2040/2045","2040-04-17","2040-10-15/2040-10-16","2038","2040-06","2041"],
 ["Zatwierdzono sprawozdanie finansowe za 2039 rok i przeznaczono nadwyżkę na fundusz projektów członkowskich",
  "Przyjęto siedmiu nowych członków, w tym Mazowiecką Jednostkę Wdrażania Programów Unijnych jako członka wspierającego",
  "Przyjęto Strategię Rozwoju Klastra na lata 2040–2045 z trzema priorytetami: gospodarka obiegu zamkniętego tworzyw, wodór i kompetencje kadr",
  "Upoważniono Zarząd do złożenia wniosku o status Krajowego Klastra Kluczowego w naborze 2040"],
 pub="2040-04-02")
