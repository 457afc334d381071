from h import *
F = 'g05_szczecin_klaster_morski_aktualnosci.html'
assert wd(2041,10,15)=='Tuesday' and wd(2041,10,16)=='Wednesday' and wd(2041,11,26)=='Tuesday' and wd(2041,9,30)=='Monday'
T = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Aktualności – Zachodniopomorski Klaster Morski</title></head>
<body>
<div class="rodo">Ta strona korzysta z plików cookies zgodnie z Polityką prywatności. <a href="/polityka">Dowiedz się więcej</a> <button>Akceptuję</button></div>
<header><p>Zachodniopomorski Klaster Morski · Stowarzyszenie</p>
<nav><a href="/">Strona główna</a> | <a href="/o-nas">O klastrze</a> | <a href="/czlonkowie">Członkowie</a> | <a href="/projekty">Projekty</a> | <a href="/aktualnosci">Aktualności</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="sciezka">Jesteś tutaj: Strona główna / Aktualności / Współpraca bałtycka</p>

<article>
<h1>Bałtyckie klastry morskie w Szczecinie: wspólny plan do 2045 roku</h1>
<p class="data">Opublikowano: 21.10.2041 | Autor: Dział Komunikacji ZKM</p>
<p>W dniach 15–16 października 2041 r. Szczecin gościł doroczne spotkanie partnerów sieci Baltic Maritime Clusters Network (BMCN), która od 2034 r. skupia organizacje klastrowe z ośmiu państw regionu Morza Bałtyckiego. Gospodarzem spotkania był Zachodniopomorski Klaster Morski (ZKM), a współgospodarzem Urząd Marszałkowski Województwa Zachodniopomorskiego. Obrady odbyły się w Centrum Dialogu Przełomy.</p>
<p>W spotkaniu wzięło udział 46 przedstawicieli klastrów, m.in. z Maritime Cluster Northern Germany (MCN), Estonian Maritime Cluster, Lithuanian Maritime Cluster z Kłajpedy, fińskiego Turku Marine Cluster i duńskiego Blue Denmark. Jako obserwator uczestniczyła dr Ingrid Sæther-Lund, koordynatorka obszaru polityki „Transport” Strategii UE dla regionu Morza Bałtyckiego (EUSBSR) z ramienia norweskiej agencji Innovasjon Norge.</p>
<h2>Program</h2>
<p><strong>Wtorek, 15 października</strong><br>
10:00 – Powitanie: Tomasz Wróblewski-Kunz, prezes zarządu ZKM, oraz Marta Nowicka, członkini zarządu województwa<br>
10:30 – Prezentacja wyników ankiety wśród 312 firm stoczniowych i portowych (prof. Krzysztof Dąbrowski, Politechnika Morska w Szczecinie)<br>
13:30 – Warsztaty robocze: zielone paliwa żeglugowe, morska energetyka wiatrowa, kompetencje<br>
19:00 – Kolacja partnerów na pokładzie „Daru Szczecina”</p>
<p><strong>Środa, 16 października</strong><br>
09:00 – Posiedzenie Komitetu Sterującego BMCN<br>
11:30 – Wizyta w porcie instalacyjnym morskich farm wiatrowych (Świnoujście)<br>
15:00 – Zakończenie</p>
<p>Ankieta pokazała, że aż 58 procent małych firm z branży stoczniowej i portowej nie startowało nigdy w przetargach związanych z morską energetyką wiatrową, choć większość z nich ma odpowiednie kompetencje techniczne. Najczęściej wskazywanymi barierami były wymagania certyfikacyjne, język dokumentacji oraz brak kontaktów z głównymi wykonawcami. Podczas warsztatów partnerzy z Niemiec i Danii opowiadali, jak ich klastry pomagają członkom przygotować się do audytów dostawców, a estońscy goście przedstawili wspólną bazę danych firm podwykonawczych.</p>
<h2>Wnioski ze spotkania</h2>
<p>Uczestnicy przyjęli wspólne stanowisko, z którego wynikają następujące wnioski:</p>
<ul>
<li>Sieć przygotuje do końca 2042 r. wspólny plan działań na lata 2042–2045, obejmujący paliwa alternatywne, energetykę wiatrową na morzu i cyfryzację portów</li>
<li>Klastry będą wymieniać się informacjami o zamówieniach publicznych w sektorze morskiej energetyki wiatrowej, aby ułatwić dostęp małym firmom do łańcucha dostaw</li>
<li>BMCN złoży wniosek do programu Interreg Region Morza Bałtyckiego na projekt dotyczący kwalifikacji spawaczy i monterów</li>
</ul>
<p>Przewodnicząca Komitetu Sterującego na lata 2041–2043: Kaja Põldmaa, dyrektorka Estonian Maritime Cluster. Dotychczasowy przewodniczący, Henrik Møller-Sørensen z Blue Denmark, kierował siecią przez trzy lata i pozostaje w komitecie.</p>
<p>„Przez lata konkurowaliśmy ze sobą o każdy kontrakt. Dziś wiemy, że bez wspólnego łańcucha dostaw Bałtyk przegra z Morzem Północnym” – podsumował Tomasz Wróblewski-Kunz.</p>
<h2>Poprzednie spotkania sieci</h2>
<ul>
<li>2038 – Kłajpeda</li>
<li>2039 – Turku</li>
<li>2040 – Kilonia</li>
</ul>
<p>Następne spotkanie partnerów: jesień 2042 r., Tallinn. Wcześniej, 26 listopada 2041 r. (wtorek), sieć zorganizuje webinarium „Offshore wind supply chain: jak wejść na rynek?” dla firm członkowskich. Zgłoszenia na webinarium przyjmowane są do 19 listopada 2041 r. Prowadzącą będzie Ewa Lindqvist-Bąk z Offshore Wind Poland, a firmy członkowskie ZKM opowiedzą o swoich pierwszych kontraktach dla inwestorów z Niemiec i Danii. Udział jest bezpłatny, liczba miejsc ograniczona do stu osób.</p>
<p><a href="/aktualnosci/bmcn-szczecin">Czytaj więcej</a> · Udostępnij: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</article>

<aside><h3>Najnowsze</h3><ul><li><a href="#">Nowi członkowie klastra – wrzesień 2041</a></li><li><a href="#">Szkolenie BHP na jednostkach pływających</a></li></ul></aside>
</main>
<footer><p>Zachodniopomorski Klaster Morski, ul. Wały Chrobrego 1, 70-500 Szczecin · KRS 0000000000 · © 2041</p></footer>
</body></html>
"""
write(F, T)
Z="Zachodniopomorski Klaster Morski"; B_="Baltic Maritime Clusters Network"
gold(F,
 [P("Ingrid Sæther-Lund","koordynatorka obszaru polityki „Transport” Strategii UE dla regionu Morza Bałtyckiego","Innovasjon Norge"),
  P("Tomasz Wróblewski-Kunz","prezes zarządu",Z),
  P("Marta Nowicka","członkini zarządu województwa",None),
  P("Krzysztof Dąbrowski",None,"Politechnika Morska w Szczecinie"),
  P("Kaja Põldmaa","Przewodnicząca Komitetu Sterującego",B_),
  P("Henrik Møller-Sørensen","przewodniczący",B_),
  P("Ewa Lindqvist-Bąk",None,"Offshore Wind Poland")],
 [O(Z,"ZKM"), O(B_,"BMCN"), O("Urząd Marszałkowski Województwa Zachodniopomorskiego"),
  O("Maritime Cluster Northern Germany","MCN"), O("Estonian Maritime Cluster"), O("Lithuanian Maritime Cluster"),
  O("Turku Marine Cluster"), O("Blue Denmark"), O("Innovasjon Norge"), O("Politechnika Morska w Szczecinie"), O("Offshore Wind Poland")],
 [E("doroczne spotkanie partnerów sieci Baltic Maritime Clusters Network","2041-10-15","2041-10-16","Szczecin","Poland"),
  E("Warsztaty robocze","2041-10-15",None,"Szczecin","Poland"),
  E("Kolacja partnerów","2041-10-15",None,"Szczecin","Poland"),
  E("Posiedzenie Komitetu Sterującego BMCN","2041-10-16",None,"Szczecin","Poland"),
  E("Wizyta w porcie instalacyjnym morskich farm wiatrowych","2041-10-16",None,"Świnoujście","Poland"),
  E("spotkanie partnerów","2042",None,"Tallinn","Estonia"),
  E("spotkanie partnerów","2038",None,"Kłajpeda","Lithuania"),
  E("spotkanie partnerów","2039",None,"Turku","Finland"),
  E("spotkanie partnerów","2040",None,"Kilonia","Germany"),
  E("Offshore wind supply chain: jak wejść na rynek?","2041-11-26",None,None,None)],
 ["2041-10-21","2045","2041-10-15/2041-10-16","2034","2041-10-15","2041-10-16","2042","2042/2045","2041/2043","2038","2039","2040","2041-11-26","2041-11-19","2041-09"],
 ["Sieć przygotuje do końca 2042 r. wspólny plan działań na lata 2042–2045, obejmujący paliwa alternatywne, energetykę wiatrową na morzu i cyfryzację portów",
  "Klastry będą wymieniać się informacjami o zamówieniach publicznych w sektorze morskiej energetyki wiatrowej, aby ułatwić dostęp małym firmom do łańcucha dostaw",
  "BMCN złoży wniosek do programu Interreg Region Morza Bałtyckiego na projekt dotyczący kwalifikacji spawaczy i monterów"],
 pub="2041-10-21")
