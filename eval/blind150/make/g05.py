from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_pila_badanie_czlonkow.eml'
assert wd(2041,3,12)=='Tuesday' and wd(2041,3,28)=='Thursday' and wd(2041,4,16)=='Tuesday' and wd(2041,3,8)=='Friday'
body = """Szanowni Państwo, Drodzy Członkowie Klastra,

w załączeniu przesyłam raport z badania potrzeb członków, które prowadziliśmy w dniach 14 stycznia – 15 lutego 2041 r. Poniżej krótkie streszczenie najważniejszych wyników, a niżej wiadomość od autorów badania.

Badanie zrealizował na nasze zlecenie Instytut Badań Regionalnych Delta sp. z o.o. z Poznania. Ankietę wypełniło 47 z 63 członków klastra (75%), w tym 31 firm produkcyjnych, 9 firm usługowych, 4 jednostki samorządu i 3 instytucje naukowe. Dodatkowo przeprowadzono 12 wywiadów pogłębionych, m.in. z przedstawicielami następujących instytucji:
- Signify Poland Sp. z o.o. (zakład w Pile),
- Akademia Nauk Stosowanych Stanisława Staszica w Pile (ANS),
- Pilska Specjalna Strefa Ekonomiczna,
- Starostwo Powiatowe w Złotowie.

W porównaniu z poprzednim badaniem z 2038 r. wyraźnie wzrosło zainteresowanie automatyzacją i efektywnością energetyczną, spadło natomiast zainteresowanie wspólnymi stoiskami na targach. Średnia ocena pracy biura klastra wynosi 4,1 w skali 1–5 (w 2038 r. było to 3,7). Najsłabiej oceniono przepływ informacji między członkami, a zwłaszcza brak aktualnej bazy kompetencji firm – to zadanie chcemy podjąć jeszcze w tym roku.

Najważniejsze wnioski z badania:
1) członkowie najwyżej oceniają wspólne szkolenia techniczne i spotkania branżowe, a najniżej – działania promocyjne za granicą;
2) 68% firm planuje w ciągu trzech lat inwestycje w automatyzację, ale tylko co czwarta ma na to przygotowany zespół;
3) największą barierą rozwoju jest brak wykwalifikowanych elektroników i automatyków, zwłaszcza w mniejszych miejscowościach powiatu pilskiego i złotowskiego;
4) członkowie oczekują, że klaster pomoże im w przygotowaniu wniosków do programu Fundusze Europejskie dla Wielkopolski;
5) firmy są gotowe płacić wyższą składkę, jeżeli klaster zaoferuje usługę wspólnego zakupu energii.

Wyniki zostaną omówione na zebraniu członków. Walne Zebranie Członków odbędzie się w czwartek, 28 marca 2041 r., o godz. 11:00 w sali konferencyjnej przy ul. Zygmunta Starego 16 w Pile; gospodarzem spotkania jest Pilski Inkubator Przedsiębiorczości. Na podstawie wyników Zarząd przygotuje projekt planu działań na lata 2041–2043, który chcemy wspólnie dopracować. Warsztat strategiczny odbędzie się 16 kwietnia 2041 r. (Wałcz, Centrum Konferencyjne „Nad Zalewem”). Udział w warsztacie potwierdziła już Anna Kubiak-Szymańska, dyrektor Departamentu Rozwoju Gospodarczego w Urzędzie Marszałkowskim. Urząd Marszałkowski Województwa Wielkopolskiego jest zainteresowany wynikami, ponieważ przygotowuje przegląd regionalnych inteligentnych specjalizacji. Wielkopolska Agencja Rozwoju Przedsiębiorczości (WARP) zapowiedziała prezentację nowych instrumentów wsparcia dla klastrów.

Uwagi do raportu prosimy przesyłać do 22 marca 2041 r.

Z pozdrowieniami
Magdalena Wrzesińska-Kowal
Kierownik Biura Klastra
Stowarzyszenie „Klaster Światła i Elektroniki Północnej Wielkopolski” (KSiEPW)
ul. Zygmunta Starego 16, 64-920 Piła
tel. +48 67 000 00 00 | biuro@ksiepw.example.pl

Członek: Krajowa Izba Klastrów Energii i Elektroniki (KIKEE)
Ta wiadomość i jej załączniki są przeznaczone wyłącznie dla adresata.

-----Wiadomość oryginalna-----
Od: Tomasz Żurawski <t.zurawski@delta-ibr.example.pl>
Wysłano: piątek, 8 marca 2041 16:47
Do: Magdalena Wrzesińska-Kowal
DW: Oksana Melnyk
Temat: Raport końcowy – badanie potrzeb członków KSiEPW

Pani Magdaleno,

przesyłam wersję końcową raportu z uwzględnieniem uwag Zarządu (posiedzenie Zarządu, 4 marca). Zmieniliśmy rozdział 4 (bariery kadrowe) i dodaliśmy porównanie z badaniem z 2038 r. Dane surowe w formacie XLSX przekaże Pani dr Oksana Melnyk, która odpowiadała za analizę statystyczną.

Przypominam, że w badaniu nie uwzględniono firm, które wystąpiły z klastra w 2040 r., więc ocena usług może być nieco zawyżona.

Jeżeli Zarząd zechce, chętnie zaprezentuję wyniki osobiście na Walnym Zebraniu.

Łączę wyrazy szacunku
dr hab. Tomasz Żurawski, prof. ANS
kierownik projektu badawczego
Instytut Badań Regionalnych Delta sp. z o.o.
ul. Święty Marcin 29, 61-806 Poznań
"""
m = EmailMessage()
m['From'] = 'Magdalena Wrzesińska-Kowal <biuro@ksiepw.example.pl>'
m['To'] = 'czlonkowie@ksiepw.example.pl'
m['Subject'] = 'Wyniki badania potrzeb członków 2041 – raport i najważniejsze wnioski'
m['Date'] = format_datetime(datetime.datetime(2041,3,12,9,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
K="Stowarzyszenie „Klaster Światła i Elektroniki Północnej Wielkopolski”"
D="Instytut Badań Regionalnych Delta sp. z o.o."
gold(F,
 [P("Magdalena Wrzesińska-Kowal","Kierownik Biura Klastra",K),
  P("Tomasz Żurawski","kierownik projektu badawczego",D),
  P("Oksana Melnyk",None,None),
  P("Anna Kubiak-Szymańska","dyrektor Departamentu Rozwoju Gospodarczego","Urząd Marszałkowski Województwa Wielkopolskiego")],
 [O(K,"KSiEPW"), O(D), O("Signify Poland Sp. z o.o."), O("Akademia Nauk Stosowanych Stanisława Staszica w Pile","ANS"),
  O("Pilska Specjalna Strefa Ekonomiczna"), O("Pilski Inkubator Przedsiębiorczości"), O("Starostwo Powiatowe w Złotowie"),
  O("Urząd Marszałkowski Województwa Wielkopolskiego"), O("Wielkopolska Agencja Rozwoju Przedsiębiorczości","WARP"),
  O("Krajowa Izba Klastrów Energii i Elektroniki","KIKEE")],
 [E("Walne Zebranie Członków","2041-03-28",None,"Piła","Poland"),
  E("Warsztat strategiczny","2041-04-16",None,"Wałcz","Poland"),
  E("posiedzenie Zarządu","2041-03-04",None,None,None)],
 ["2041-01-14/2041-02-15","2041-03-28","2041/2043","2041-04-16","2041-03-22","2041-03-08","2041-03-04","2038","2040","2041-03-12"],
 ["członkowie najwyżej oceniają wspólne szkolenia techniczne i spotkania branżowe, a najniżej – działania promocyjne za granicą",
  "68% firm planuje w ciągu trzech lat inwestycje w automatyzację, ale tylko co czwarta ma na to przygotowany zespół",
  "największą barierą rozwoju jest brak wykwalifikowanych elektroników i automatyków, zwłaszcza w mniejszych miejscowościach powiatu pilskiego i złotowskiego",
  "członkowie oczekują, że klaster pomoże im w przygotowaniu wniosków do programu Fundusze Europejskie dla Wielkopolski",
  "firmy są gotowe płacić wyższą składkę, jeżeli klaster zaoferuje usługę wspólnego zakupu energii"],
 pub="2041-03-12")
