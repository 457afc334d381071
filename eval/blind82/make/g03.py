from h import *
F = 'g03_podkarpackie_klaster_kompozytow_badanie.md'
T = """# Klastry w województwie podkarpackim po dziesięciu latach. Streszczenie raportu z badania

**Rzeszów, 12 kwietnia 2035 r.**

Autorzy: dr hab. inż. Małgorzata Wróbel-Szczepańska, prof. PRz (Politechnika Rzeszowska im. Ignacego Łukasiewicza), mgr Krzysztof ZIELIŃSKI (Podkarpackie Centrum Innowacji Sp. z o.o.), dr Oksana Hrytsenko (Uniwersytet Rzeszowski)

Zamawiający: Urząd Marszałkowski Województwa Podkarpackiego, Departament Rozwoju Regionalnego

---

## 1. Cel i zakres badania

Badanie zlecono w październiku 2034 r., aby ocenić, jak działają klastry w regionie po dziesięciu latach wsparcia z Regionalnej Strategii Innowacji Województwa Podkarpackiego na lata 2030–2036. Objęto nim 11 koordynatorów klastrów, w tym Podkarpacki Klaster Kompozytów, Klaster Lotniczy „Dolina Wisłoka”, Bieszczadzki Klaster Turystyczny i Klaster Energii Odnawialnej „Sanowe Pogórze”.

Zespół przeprowadził 46 wywiadów pogłębionych z zarządami klastrów i firmami członkowskimi, ankietę wśród 312 przedsiębiorstw oraz dwa warsztaty eksperckie: w Rzeszowie 29 stycznia 2035 r. i w Krośnie 5 lutego 2035 r. Wstępne wyniki przedstawiono Komitetowi Sterującemu RIS na posiedzeniu 3 marca 2035 r.

## 2. Najważniejsze wnioski z badania

Analiza danych ilościowych i jakościowych pozwoliła sformułować następujące wnioski:

- Klastry, które zatrudniają co najmniej trzy osoby w biurze koordynatora, realizują średnio dwa razy więcej wspólnych projektów B+R niż klastry prowadzone społecznie.
- Firmy członkowskie klastrów eksportują częściej niż firmy spoza klastrów (61% wobec 38% w badanej próbie), ale różnica ta jest wyraźna tylko w branży lotniczej i kompozytowej.
- Współpraca z uczelniami opiera się na kilku osobach; odejście jednego promotora projektu często oznacza koniec współpracy.
- Tylko czterech z jedenastu koordynatorów mierzy regularnie zadowolenie członków i efekty swoich usług.
- Finansowanie biur koordynatorów jest niestabilne: w latach 2031–2034 aż 70% ich budżetów pochodziło z projektów, a tylko 18% ze składek członkowskich.
- Małe firmy oczekują od klastra przede wszystkim pomocy w pozyskiwaniu klientów i pracowników, a dopiero w dalszej kolejności wsparcia w projektach badawczych.

Autorzy zwracają uwagę, że wnioski dotyczą przede wszystkim klastrów przemysłowych; klastry turystyczne i energetyczne działają w innych warunkach i wymagają osobnej analizy. W ankiecie najczęściej wskazywanymi barierami współpracy były brak czasu kadry zarządzającej firm (54% odpowiedzi), niejasne korzyści z członkostwa (41%) oraz wysokie koszty udziału w targach zagranicznych (33%). Jednocześnie 72% firm deklaruje, że pozostanie w klastrze także wtedy, gdy składka wzrośnie o jedną piątą, pod warunkiem że otrzyma w zamian konkretne usługi doradcze i dostęp do wspólnych stoisk targowych.

## 3. Dobre praktyki

Za dobrą praktykę uznano model Podkarpackiego Klastra Kompozytów, w którym od 2032 r. każda firma członkowska ma przypisanego opiekuna z biura klastra. Prezes zarządu klastra, Tomasz Duda-Kowalczyk, podkreślał w wywiadzie, że „członkowie płacą chętniej, gdy widzą konkretną osobę i konkretną usługę”. Doceniono również wspólne biuro eksportowe Klastra Lotniczego „Dolina Wisłoka” w Mielcu, prowadzone przez Annę Marię Pelc, dyrektor ds. rozwoju.

Zwrócono uwagę na współpracę z Agencją Rozwoju Przemysłu S.A. oraz z Polską Agencją Rozwoju Przedsiębiorczości (PARP), a także na udział dwóch klastrów w sieci European Cluster Collaboration Platform.

## 4. Rekomendacje

Na podstawie wyników badania zespół rekomenduje Samorządowi Województwa Podkarpackiego:

1. Wprowadzić od 2036 r. wieloletnie, trzyletnie granty na funkcjonowanie biur koordynatorów, powiązane z uzgodnionymi wskaźnikami rezultatu.
2. Uzależnić wsparcie od corocznego badania satysfakcji członków według wspólnej metodyki.
3. Utworzyć przy Podkarpackim Centrum Innowacji regionalną platformę współpracy klastrów z uczelniami, z funduszem na staże naukowców w firmach.
4. Wspierać łączenie mniejszych klastrów o zbliżonej specjalizacji zamiast tworzenia nowych.
5. Włączyć koordynatorów klastrów do prac nad aktualizacją strategii innowacji po 2036 r.

## 5. Dalsze kroki

Pełny raport (148 stron) zostanie opublikowany w maju 2035 r. Wyniki badania będą przedmiotem debaty podczas Podkarpackiego Forum Klastrów, które odbędzie się 16 czerwca 2035 r. w G2A Arena w Jasionce. Zgłoszenia przyjmuje Katarzyna Nowak-Hryniewicz z Departamentu Rozwoju Regionalnego (tel. 17 000 00 00).

---

*Badanie sfinansowano ze środków programu Fundusze Europejskie dla Podkarpacia 2021–2027. Niniejsze streszczenie nie jest stanowiskiem Zarządu Województwa Podkarpackiego.*

Słowa kluczowe: klastry, koordynator klastra, RIS, ewaluacja, Podkarpacie
"""
write(F, T)
gold(F,
 [P("Małgorzata Wróbel-Szczepańska","prof. PRz","Politechnika Rzeszowska im. Ignacego Łukasiewicza"),
  P("Krzysztof ZIELIŃSKI",None,"Podkarpackie Centrum Innowacji Sp. z o.o."),
  P("Oksana Hrytsenko",None,"Uniwersytet Rzeszowski"),
  P("Tomasz Duda-Kowalczyk","Prezes zarządu klastra","Podkarpackiego Klastra Kompozytów"),
  P("Annę Marię Pelc","dyrektor ds. rozwoju","Klastra Lotniczego „Dolina Wisłoka”"),
  P("Katarzyna Nowak-Hryniewicz",None,"Departamentu Rozwoju Regionalnego")],
 [O("Politechnika Rzeszowska im. Ignacego Łukasiewicza"), O("Podkarpackie Centrum Innowacji Sp. z o.o."), O("Uniwersytet Rzeszowski"),
  O("Urząd Marszałkowski Województwa Podkarpackiego"), O("Departament Rozwoju Regionalnego"), O("Podkarpacki Klaster Kompozytów"),
  O("Klaster Lotniczy „Dolina Wisłoka”"), O("Bieszczadzki Klaster Turystyczny"), O("Klaster Energii Odnawialnej „Sanowe Pogórze”"),
  O("Komitetowi Sterującemu RIS"), O("Agencją Rozwoju Przemysłu S.A."), O("Polską Agencją Rozwoju Przedsiębiorczości","PARP"),
  O("European Cluster Collaboration Platform"), O("Zarządu Województwa Podkarpackiego"), O("Samorządowi Województwa Podkarpackiego")],
 [E("warsztat ekspercki","2035-01-29",None,"Rzeszów","Poland"), E("warsztat ekspercki","2035-02-05",None,"Krośnie","Poland"),
  E("posiedzenie Komitetu Sterującego RIS","2035-03-03"),
  E("Podkarpackiego Forum Klastrów","2035-06-16",None,"Jasionce","Poland")],
 ["2035-04-12","2034-10","2030/2036","2035-01-29","2035-02-05","2035-03-03","2031/2034","2032","2036","2035-05","2035-06-16","2021/2027"],
 ["Klastry, które zatrudniają co najmniej trzy osoby w biurze koordynatora, realizują średnio dwa razy więcej wspólnych projektów B+R niż klastry prowadzone społecznie",
  "Firmy członkowskie klastrów eksportują częściej niż firmy spoza klastrów (61% wobec 38% w badanej próbie), ale różnica ta jest wyraźna tylko w branży lotniczej i kompozytowej",
  "Współpraca z uczelniami opiera się na kilku osobach; odejście jednego promotora projektu często oznacza koniec współpracy",
  "Tylko czterech z jedenastu koordynatorów mierzy regularnie zadowolenie członków i efekty swoich usług",
  "Finansowanie biur koordynatorów jest niestabilne: w latach 2031–2034 aż 70% ich budżetów pochodziło z projektów, a tylko 18% ze składek członkowskich",
  "Małe firmy oczekują od klastra przede wszystkim pomocy w pozyskiwaniu klientów i pracowników, a dopiero w dalszej kolejności wsparcia w projektach badawczych",
  "Wprowadzić od 2036 r. wieloletnie, trzyletnie granty na funkcjonowanie biur koordynatorów, powiązane z uzgodnionymi wskaźnikami rezultatu",
  "Uzależnić wsparcie od corocznego badania satysfakcji członków według wspólnej metodyki",
  "Utworzyć przy Podkarpackim Centrum Innowacji regionalną platformę współpracy klastrów z uczelniami, z funduszem na staże naukowców w firmach",
  "Wspierać łączenie mniejszych klastrów o zbliżonej specjalizacji zamiast tworzenia nowych",
  "Włączyć koordynatorów klastrów do prac nad aktualizacją strategii innowacji po 2036 r"],
 pub="2035-04-12")
