from h import *
F = 'g13_opole_delegacja_gorna_austria.txt'
for (y,m,d,w) in [(2036,6,16,'Monday'),(2036,6,17,'Tuesday'),(2036,6,18,'Wednesday'),(2036,6,19,'Thursday'),(2036,6,30,'Monday'),(2036,10,7,'Tuesday')]:
    assert wd(y,m,d)==w, (y,m,d)
KM = ["Utworzyć w klastrze grupę roboczą ds. recyklingu tworzyw sztucznych, otwartą także dla gmin i firm odpadowych",
 "Przygotować wspólnie z Business Upper Austria wniosek do programu Interreg Europa Środkowa na rok 2037",
 "Zaprosić przedstawicieli Kunststoff-Cluster na Opolskie Forum Chemiczne w październiku 2036 r.",
 "Uruchomić program staży w firmach austriackich dla techników, których kształci Zespół Szkół Mechanicznych w Kędzierzynie-Koźlu"]
T = f"""OPOLSKI KLASTER CHEMII I TWORZYW
ul. Ozimska 00, 45-000 Opole · biuro@okct.example.pl

SPRAWOZDANIE
z wyjazdu studyjnego delegacji Opolskiego Klastra Chemii i Tworzyw do Górnej Austrii
Linz – Wels – Steyr, 16–19 czerwca 2036 r.

Opracowała: Agnieszka Wróbel-Kubiak, koordynatorka ds. współpracy międzynarodowej
Opole, 30 czerwca 2036 r.

1. Cel wyjazdu i skład delegacji

Wyjazd studyjny zorganizowano w ramach współpracy Opolskiego Klastra Chemii i Tworzyw (OKCT) z Opolskim Centrum Rozwoju Gospodarki (OCRG) oraz agencją Business Upper Austria. Celem było poznanie górnoaustriackiego modelu współpracy klastrów z przemysłem tworzyw sztucznych, w szczególności w zakresie recyklingu i kształcenia zawodowego, a także nawiązanie kontaktów handlowych.

W skład 14-osobowej delegacji weszli m.in.:
- Tomasz Grabowski – prezes zarządu OKCT, przewodniczący delegacji
- Agnieszka Wróbel-Kubiak – koordynatorka ds. współpracy międzynarodowej, OKCT
- Krzysztof Mazurek – dyrektor ds. technicznych, Azoty-Plast Kędzierzyn Sp. z o.o.
- Joanna Szewczyk – właścicielka, Polimer-Form Krapkowice
- dr inż. Paweł Lis – Politechnika Opolska, Wydział Mechaniczny
- Ewa Konieczna – zastępczyni dyrektora OCRG
- Marek Nowacki – Urząd Marszałkowski Województwa Opolskiego, Departament Polityki Regionalnej i Przestrzennej
- przedstawiciele siedmiu firm członkowskich klastra

2. Przebieg wyjazdu

Dzień 1 – poniedziałek, 16 czerwca 2036 r.
Przejazd autokarem z Opola do Linzu (ok. 7 godzin). O godz. 16:00 spotkanie powitalne w siedzibie Business Upper Austria. Gości przywitała Elisabeth Gruber-Hainz, kierowniczka Kunststoff-Cluster, która przedstawiła strukturę klastra: ponad 420 partnerów, w tym 70 % z sektora MŚP. Wieczorem kolacja powitalna w restauracji na Pöstlingbergu. Gościem kolacji był Franz Leitner, dyrektor ds. eksportu – Izba Gospodarcza Górnej Austrii (WKOÖ).

Dzień 2 – wtorek, 17 czerwca 2036 r.
Rano wizyta w Linz Institute of Technology, który prowadzi Uniwersytet Johannesa Keplera (JKU). Prof. Andreas Hofstätter zaprezentował tam linię pilotażową do recyklingu chemicznego odpadów z tworzyw wielowarstwowych. Po południu wizyta w zakładzie Rosenbauer-Kunststofftechnik GmbH w Leonding – producenta elementów z kompozytów dla przemysłu motoryzacyjnego. Dyskusja o brakach kadrowych: firma zatrudnia 38 uczniów w systemie dualnym.

Dzień 3 – środa, 18 czerwca 2036 r.
Udział w „Dniu Recyklingu Tworzyw" (Kunststoff-Recyclingtag) w Wels, zorganizowanym przez Kunststoff-Cluster. W sesji międzynarodowej prezentację o opolskim przemyśle chemicznym wygłosił Tomasz Grabowski. W przerwach odbyły się spotkania B2B – 23 spotkania firm z delegacji z partnerami austriackimi. Wieczorem wspólna kolacja z uczestnikami konferencji w Stadthalle Wels.

Dzień 4 – czwartek, 19 czerwca 2036 r.
Wizyta w szkole zawodowej HTL Steyr, kształcącej techników przetwórstwa tworzyw, Dyrektor szkoły, Gerhard Pichler, przedstawił zasady praktyk uczniowskich za granicą. Powrót do Opola w godzinach wieczornych.

3. Rezultaty

- 23 spotkania B2B; 6 firm z delegacji deklaruje kontynuację rozmów handlowych
- list intencyjny o współpracy między OKCT a Kunststoff-Cluster (do podpisania jesienią)
- zaproszenie HTL Steyr do udziału w wymianie uczniów w roku szkolnym 2036/2037
- wstępne porozumienie z JKU w sprawie wspólnych badań nad recyklingiem folii rolniczych

4. Wnioski i rekomendacje

Na podstawie wyjazdu zarząd klastra rekomenduje:
1) {KM[0]};
2) {KM[1]};
3) {KM[2]};
4) {KM[3]}.

Uczestnicy ocenili wyjazd bardzo dobrze (średnia ocena 4,7 w skali 1–5). Najwyżej oceniono wizytę w JKU i możliwość udziału w Dniu Recyklingu Tworzyw; krytycznie – długi przejazd autokarem. Przy kolejnych wyjazdach warto rozważyć przelot do Wiednia.

5. Finansowanie

Koszty wyjazdu (przejazd, noclegi, tłumaczenie) w kwocie 41 300 zł pokryto ze środków projektu OCRG „Internacjonalizacja opolskich MŚP" współfinansowanego z programu Fundusze Europejskie dla Opolskiego 2028–2034, realizowanego przez Opolskie Centrum Rozwoju Gospodarki, przy wkładzie własnym uczestników w wysokości 600 zł od osoby.

6. Kolejne kroki

Wizyta rewizytowa delegacji Kunststoff-Cluster w Opolu planowana jest na 6–7 października 2036 r., w połączeniu z Opolskim Forum Chemicznym, które odbędzie się we wtorek 7 października 2036 r. w Centrum Wystawienniczo-Kongresowym w Opolu.

Załączniki:
1. Program wyjazdu
2. Lista uczestników
3. Prezentacje (dostępne w strefie członka)

Sporządziła: Agnieszka Wróbel-Kubiak
Zatwierdził: Tomasz Grabowski, prezes zarządu

Opolski Klaster Chemii i Tworzyw · KRS 0000000000 · www.okct.example.pl
Strona 1 z 1
"""
write(F, T)
OK_="Opolski Klaster Chemii i Tworzyw"
gold(F,
 [P("Agnieszka Wróbel-Kubiak","koordynatorka ds. współpracy międzynarodowej",OK_),
  P("Tomasz Grabowski","prezes zarządu",OK_),
  P("Krzysztof Mazurek","dyrektor ds. technicznych","Azoty-Plast Kędzierzyn Sp. z o.o."),
  P("Joanna Szewczyk","właścicielka","Polimer-Form Krapkowice"),
  P("Paweł Lis",None,"Politechnika Opolska"),
  P("Ewa Konieczna","zastępczyni dyrektora","OCRG"),
  P("Marek Nowacki",None,"Urząd Marszałkowski Województwa Opolskiego"),
  P("Elisabeth Gruber-Hainz","kierowniczka","Kunststoff-Cluster"),
  P("Franz Leitner","dyrektor ds. eksportu","Izba Gospodarcza Górnej Austrii"),
  P("Andreas Hofstätter",None,"Linz Institute of Technology"),
  P("Gerhard Pichler","Dyrektor szkoły","HTL Steyr")],
 [O(OK_,"OKCT"), O("Opolskie Centrum Rozwoju Gospodarki","OCRG"), O("Business Upper Austria"), O("Azoty-Plast Kędzierzyn Sp. z o.o."),
  O("Polimer-Form Krapkowice"), O("Politechnika Opolska"), O("Wydział Mechaniczny"), O("Urząd Marszałkowski Województwa Opolskiego"),
  O("Departament Polityki Regionalnej i Przestrzennej"), O("Kunststoff-Cluster"), O("Izba Gospodarcza Górnej Austrii","WKOÖ"),
  O("Linz Institute of Technology"), O("Uniwersytet Johannesa Keplera","JKU"),
  O("Rosenbauer-Kunststofftechnik GmbH"), O("HTL Steyr"), O("Zespół Szkół Mechanicznych w Kędzierzynie-Koźlu")],
 [E("wyjazd studyjny","2036-06-16","2036-06-19","Linz, Wels, Steyr","Austria"),
  E("spotkanie powitalne","2036-06-16",None,"Linz","Austria"),
  E("kolacja powitalna","2036-06-16",None,"Linz","Austria"),
  E("wizyta w Linz Institute of Technology","2036-06-17",None,"Linz","Austria"),
  E("wizyta w zakładzie Rosenbauer-Kunststofftechnik GmbH","2036-06-17",None,"Leonding","Austria"),
  E("Dzień Recyklingu Tworzyw","2036-06-18",None,"Wels","Austria"),
  E("spotkania B2B","2036-06-18",None,"Wels","Austria"),
  E("wspólna kolacja","2036-06-18",None,"Wels","Austria"),
  E("Wizyta w szkole zawodowej HTL Steyr","2036-06-19",None,"Steyr","Austria"),
  E("Wizyta rewizytowa delegacji Kunststoff-Cluster","2036-10-06","2036-10-07","Opole","Poland"),
  E("Opolskie Forum Chemiczne","2036-10-07",None,"Opole","Poland")],
 ["2036-06-16/2036-06-19","2036-06-30","2036-06-16","2036-06-17","2036-06-18","2036-06-19","2036/2037","2037","2036-10","2028/2034","2036-10-06/2036-10-07","2036-10-07"],
 KM, pub="2036-06-30")
