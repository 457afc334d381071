from h import *
F = 'g10_podkarpackie_walne_zgromadzenie_pl.md'
assert wd(2041,4,26)=='Friday' and wd(2041,9,17)=='Tuesday'
T = """# Protokół z Walnego Zgromadzenia Członków
## Stowarzyszenie Klaster Lotniczo-Kosmiczny Podkarpacia (KLKP)

**Data i miejsce:** piątek, 26 kwietnia 2041 r., godz. 11:00–15:30, Centrum Wystawienniczo-Kongresowe G2A Arena, Jasionka k. Rzeszowa
**Protokolant:** Agnieszka Wróbel-Sowa, sekretarz biura Klastra
**Liczba obecnych:** 58 z 94 członków (kworum zachowane)

---

### 1. Otwarcie zgromadzenia i wybór przewodniczącego

Zgromadzenie otworzył prezes Zarządu, **Tadeusz Kłos**. Na przewodniczącego obrad wybrano jednogłośnie **dr. hab. inż. Marka Pawlusa** (Politechnika Rzeszowska im. Ignacego Łukasiewicza). Porządek obrad przyjęto bez zmian.

### 2. Sprawozdanie Zarządu za rok 2040

Tadeusz Kłos przedstawił sprawozdanie z działalności. Najważniejsze dane:

- liczba członków wzrosła z 86 do 94;
- Klaster zrealizował 17 szkoleń i 6 misji gospodarczych, m.in. na targi ILA Berlin w czerwcu 2040 r.;
- uruchomiono wspólne laboratorium badań nieniszczących z Politechniką Rzeszowską;
- Klaster otrzymał ponownie Złotą Odznakę ECEI (European Cluster Excellence Initiative) w listopadzie 2040 r.

Dyrektor biura **Katarzyna Zielińska-Bąk** omówiła sprawozdanie finansowe. Przychody wyniosły 4,8 mln zł, w tym 38 % ze składek i usług.

W dyskusji członkowie pytali o opóźnienia w certyfikacji laboratorium oraz o brak inżynierów na rynku pracy. Przedstawiciel jednej z firm z Mielca zwrócił uwagę, że trzech absolwentów na dziesięciu wyjeżdża za granicę. Zarząd zapowiedział program stypendialny dla studentów lotnictwa, finansowany przez członków Klastra, który ruszy od nowego roku akademickiego.

### 3. Sprawozdanie Komisji Rewizyjnej

Przewodnicząca Komisji Rewizyjnej **Ewa Stachowicz** (Pratt & Whitney Rzeszów S.A.) poinformowała, że Komisja nie wniosła zastrzeżeń i rekomenduje udzielenie absolutorium.

### 4. Wystąpienia gości

Głos zabrali: **Wojciech Lis**, wicemarszałek województwa (Urząd Marszałkowski Województwa Podkarpackiego), oraz **Joanna Sudoł**, dyrektor, Podkarpackie Centrum Innowacji (PCI). Wicemarszałek zapowiedział nowy nabór w programie Fundusze Europejskie dla Podkarpacia we wrześniu 2041 r.

### 5. Uchwały

Walne Zgromadzenie podjęło następujące uchwały:

1. Uchwała nr 1/2041 w sprawie zatwierdzenia sprawozdania Zarządu z działalności za rok 2040 – przyjęta (56 za, 0 przeciw, 2 wstrzymujące się)
2. Uchwała nr 2/2041 w sprawie zatwierdzenia sprawozdania finansowego za rok 2040 – przyjęta jednogłośnie
3. Uchwała nr 3/2041 w sprawie udzielenia absolutorium członkom Zarządu – przyjęta (55 za, 0 przeciw, 3 wstrzymujące się)
4. Uchwała nr 4/2041 w sprawie wysokości składki członkowskiej na lata 2042–2044 – przyjęta (49 za, 6 przeciw, 3 wstrzymujące się)
5. Uchwała nr 5/2041 w sprawie przyjęcia Strategii Klastra na lata 2042–2048 – przyjęta jednogłośnie

### 6. Wybory do Zarządu na kadencję 2041–2045

Zgłoszono sześciu kandydatów na pięć miejsc. W głosowaniu tajnym wybrano:

| Funkcja | Imię i nazwisko | Firma |
|---|---|---|
| Prezes Zarządu | Tadeusz Kłos | WSK „PZL-Rzeszów” S.A. |
| Wiceprezes Zarządu | Monika Drąg | Zakłady Lotnicze Mielec Sp. z o.o. |
| Członek Zarządu | Piotr Baran | Politechnika Rzeszowska |
| Członek Zarządu | Łukasz Hędrzak | Aero-Tech Krosno Sp. z o.o. |
| Członek Zarządu | Iwona Kot | Safran Transmission Systems Poland Sp. z o.o. |

Komisja skrutacyjna: Adam Rączka, Beata Mikoś.

### 7. Wolne wnioski

Członkowie zaproponowali organizację Dnia Otwartego Klastra dla uczniów szkół technicznych oraz wspólny udział w targach Farnborough International Airshow w lipcu 2042 r. Zarząd zobowiązał się przedstawić plan do 30 czerwca 2041 r.

Kolejne posiedzenie Zarządu odbędzie się we wtorek 17 września 2041 r. w Rzeszowie.

### 8. Zamknięcie

Przewodniczący obrad zamknął zgromadzenie o godz. 15:30.

*Protokołowała:* Agnieszka Wróbel-Sowa
*Przewodniczący obrad:* dr hab. inż. Marek Pawlus

---
Stowarzyszenie Klaster Lotniczo-Kosmiczny Podkarpacia · ul. Hetmańska 120, 35-078 Rzeszów · biuro@klkp.example.pl
"""
write(F, T)
K = "Stowarzyszenie Klaster Lotniczo-Kosmiczny Podkarpacia"
gold(F,
 [P("Agnieszka Wróbel-Sowa","sekretarz biura Klastra",K), P("Tadeusz Kłos","Prezes Zarządu",K),
  P("Marek Pawlus","Przewodniczący obrad","Politechnika Rzeszowska im. Ignacego Łukasiewicza"),
  P("Katarzyna Zielińska-Bąk","Dyrektor biura",K), P("Ewa Stachowicz","Przewodnicząca Komisji Rewizyjnej",K),
  P("Wojciech Lis","wicemarszałek województwa","Urząd Marszałkowski Województwa Podkarpackiego"), P("Joanna Sudoł","dyrektor","Podkarpackie Centrum Innowacji"),
  P("Monika Drąg","Wiceprezes Zarządu",K), P("Piotr Baran","Członek Zarządu",K), P("Łukasz Hędrzak","Członek Zarządu",K),
  P("Iwona Kot","Członek Zarządu",K), P("Adam Rączka",None,None), P("Beata Mikoś",None,None)],
 [O(K,"KLKP"), O("Politechnika Rzeszowska im. Ignacego Łukasiewicza"), O("European Cluster Excellence Initiative","ECEI"),
  O("Pratt & Whitney Rzeszów S.A."), O("Urząd Marszałkowski Województwa Podkarpackiego"), O("Podkarpackie Centrum Innowacji","PCI"),
  O("WSK „PZL-Rzeszów” S.A."), O("Zakłady Lotnicze Mielec Sp. z o.o."), O("Aero-Tech Krosno Sp. z o.o."),
  O("Safran Transmission Systems Poland Sp. z o.o.")],
 [E("Walne Zgromadzenie Członków","2041-04-26",None,"Jasionka","Poland"),
  E("ILA Berlin","2040-06",None,"Berlin","Germany"),
  E("Dzień Otwarty Klastra",None,None,None,None),
  E("Farnborough International Airshow","2042-07",None,None,None),
  E("posiedzenie Zarządu","2041-09-17",None,"Rzeszów","Poland")],
 ["2041-04-26","2040","2040-06","2040-11","2041-09","2042/2044","2042/2048","2041/2045","2042-07","2041-06-30","2041-09-17"],
 ["Uchwała nr 1/2041 w sprawie zatwierdzenia sprawozdania Zarządu z działalności za rok 2040 – przyjęta (56 za, 0 przeciw, 2 wstrzymujące się)",
  "Uchwała nr 2/2041 w sprawie zatwierdzenia sprawozdania finansowego za rok 2040 – przyjęta jednogłośnie",
  "Uchwała nr 3/2041 w sprawie udzielenia absolutorium członkom Zarządu – przyjęta (55 za, 0 przeciw, 3 wstrzymujące się)",
  "Uchwała nr 4/2041 w sprawie wysokości składki członkowskiej na lata 2042–2044 – przyjęta (49 za, 6 przeciw, 3 wstrzymujące się)",
  "Uchwała nr 5/2041 w sprawie przyjęcia Strategii Klastra na lata 2042–2048 – przyjęta jednogłośnie"],
 None)
