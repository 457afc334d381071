from h import *
F = 'g03_gorzow_walne_zgromadzenie_klastra.md'
assert wd(2039,3,23)=='Wednesday' and wd(2039,3,24)=='Thursday' and wd(2039,4,15)=='Friday'
T = """# Nowe władze Klastra Drzewno-Meblarskiego Ziemi Lubuskiej

*Aktualności · dodano: 25.03.2039 · autor: Biuro Klastra*

[Strona główna](/) › [Aktualności](/aktualnosci) › Walne Zgromadzenie 2039

W środę 23 marca 2039 r. w siedzibie Lubuskiego Centrum Innowacji w Gorzowie Wielkopolskim odbyło się Walne Zgromadzenie Członków Stowarzyszenia „Klaster Drzewno-Meblarski Ziemi Lubuskiej” (KDMZL). W obradach wzięli udział przedstawiciele 38 spośród 52 firm i instytucji członkowskich, co zapewniło kworum wymagane statutem. Zgromadzenie otworzył ustępujący prezes zarządu, Zbigniew Kołodziejczyk, a obrady prowadziła przewodnicząca obrad Ewa Nowak-Szczepańska (Meble Santok Sp. z o.o.).

Głównym punktem porządku obrad był wybór władz Klastra na kadencję 2039–2043. Zbigniew Kołodziejczyk, który kierował Klastrem od jego założenia w 2031 r., nie kandydował ponownie. W podziękowaniu za osiem lat pracy Walne Zgromadzenie nadało mu tytuł członka honorowego Stowarzyszenia.

## Sprawozdanie za rok 2038

Sprawozdanie z działalności przedstawił koordynator Klastra, Tomasz Jabłoński. W 2038 r. Klaster zorganizował czternaście szkoleń dla 212 pracowników firm członkowskich, dwa seminaria o certyfikacji FSC oraz misję gospodarczą do Jönköping w Szwecji (5–8 października 2038 r.), w której wzięło udział dziewięć firm. Wspólnie z Zachodnią Izbą Przemysłowo-Handlową przygotowano katalog eksportowy członków w trzech językach. Przychody Stowarzyszenia wyniosły 418 tys. zł, z czego 61% pochodziło ze składek i odpłatnych usług, a reszta z projektów. Koordynator zwrócił uwagę, że liczba firm aktywnie uczestniczących w grupach roboczych spadła z 31 do 24 i że potrzebne są nowe formy spotkań, krótsze i bliżej zakładów.

## Skład nowego Zarządu

- **Prezes Zarządu:** Magdalena Wróbel-Ostrowska – właścicielka firmy Stolarnia Wróbel w Strzelcach Krajeńskich
- **Wiceprezes Zarządu:** Andrzej Łuczak – dyrektor zakładu Fabryka Mebli „Warta” S.A. w Kostrzynie nad Odrą
- **Członek Zarządu ds. współpracy z nauką:** dr hab. inż. Piotr Szymański, prof. UZ – Uniwersytet Zielonogórski
- **Członek Zarządu ds. finansowych:** Halina Grzelak

## Komisja Rewizyjna

Przewodniczący: Rafał Dębski (Kancelaria Doradztwa Podatkowego Dębski i Wspólnicy), członek komisji: Olena Kovalenko (Ukrainian-Polish Wood Trade Sp. z o.o.), członek komisji: Jerzy Mazur (Powiatowy Urząd Pracy w Gorzowie Wielkopolskim).

Nowa prezes podziękowała za zaufanie i zapowiedziała, że chce przyciągnąć do Klastra młodsze firmy oraz szkoły branżowe. „Mamy w regionie stolarzy z trzecim pokoleniem w zawodzie, ale brakuje nam uczniów. Bez szkół nie będzie przemysłu meblarskiego” – mówiła.

## Podjęte uchwały

Walne Zgromadzenie podjęło następujące uchwały:

1. Zatwierdzono sprawozdanie merytoryczne i finansowe Zarządu za rok 2038 oraz udzielono absolutorium ustępującemu Zarządowi
2. Przyjęto plan działania Klastra na lata 2039–2041 z trzema priorytetami: kadry, gospodarka o obiegu zamkniętym, eksport do Skandynawii
3. Przyjęto do Stowarzyszenia czterech nowych członków, w tym Zespół Szkół Technicznych w Drezdenku
4. Podniesiono roczną składkę członkowską dla przedsiębiorstw średnich do 2 400 zł od 1 stycznia 2040 r.

## Goście

W Zgromadzeniu uczestniczyli także Marek Wiśniewski, wicemarszałek województwa lubuskiego, oraz Sabine Vogt z Netzwerk Holz Brandenburg e.V. w Eberswalde, z którym Klaster od 2036 r. realizuje wspólne szkolenia dla stolarzy. Gospodarzem spotkania była dyrektor Lubuskiego Centrum Innowacji, Karolina Bąk.

## Co dalej

Pierwsze posiedzenie nowego Zarządu odbyło się już następnego dnia, w czwartek 24 marca 2039 r., i dotyczyło podziału zadań oraz przygotowania udziału Klastra w targach Meble Polska (Poznań). Członkowie zainteresowani wspólnym stoiskiem mogą zgłaszać się do Biura Klastra do 15 kwietnia 2039 r. (piątek).

Biuro Klastra prowadzi nadal Tomasz Jabłoński, koordynator Klastra (tel. 95 000 00 00, biuro@kdmzl.example.pl).

---

*Partner: Lubuskie Centrum Innowacji · Stowarzyszenie „Klaster Drzewno-Meblarski Ziemi Lubuskiej”, ul. Fabryczna 0, 66-400 Gorzów Wielkopolski · KRS 0000000000*

Udostępnij: [Facebook](#) · [LinkedIn](#) · [Drukuj](#)

Zobacz także: [Walne Zgromadzenie 2038 – relacja](/aktualnosci/wz-2038) · [Nasi członkowie](/czlonkowie)
"""
write(F, T)
K = "Klaster Drzewno-Meblarski Ziemi Lubuskiej"
gold(F,
 [P("Zbigniew Kołodziejczyk","prezes zarządu",K),
  P("Ewa Nowak-Szczepańska","przewodnicząca obrad","Meble Santok Sp. z o.o."),
  P("Magdalena Wróbel-Ostrowska","Prezes Zarządu",K),
  P("Andrzej Łuczak","Wiceprezes Zarządu",K),
  P("Piotr Szymański","Członek Zarządu ds. współpracy z nauką",K),
  P("Halina Grzelak","Członek Zarządu ds. finansowych",K),
  P("Rafał Dębski","Przewodniczący",K),
  P("Olena Kovalenko","członek komisji",K),
  P("Jerzy Mazur","członek komisji",K),
  P("Marek Wiśniewski","wicemarszałek województwa lubuskiego",None),
  P("Sabine Vogt",None,"Netzwerk Holz Brandenburg e.V."),
  P("Karolina Bąk","dyrektor","Lubuskie Centrum Innowacji"),
  P("Tomasz Jabłoński","koordynator Klastra",K)],
 [O(K,"KDMZL"), O("Lubuskie Centrum Innowacji"), O("Zachodnią Izbą Przemysłowo-Handlową"), O("Meble Santok Sp. z o.o."), O("Stolarnia Wróbel"),
  O("Fabryka Mebli „Warta” S.A."), O("Uniwersytet Zielonogórski","UZ"), O("Kancelaria Doradztwa Podatkowego Dębski i Wspólnicy"),
  O("Ukrainian-Polish Wood Trade Sp. z o.o."), O("Powiatowy Urząd Pracy w Gorzowie Wielkopolskim"),
  O("Zespół Szkół Technicznych w Drezdenku"), O("Netzwerk Holz Brandenburg e.V.")],
 [E("Walne Zgromadzenie Członków","2039-03-23",None,"Gorzów Wielkopolski","Poland"),
  E("misję gospodarczą do Jönköping","2038-10-05","2038-10-08","Jönköping","Sweden"),
  E("posiedzenie nowego Zarządu","2039-03-24",None,None,None),
  E("Meble Polska",None,None,"Poznań","Poland"),
  E("Walne Zgromadzenie 2038","2038",None,None,None)],
 ["2039-03-25","2039-03-23","2039/2043","2031","2038","2038-10-05/2038-10-08","2039/2041","2040-01-01","2036","2039-03-24","2039-04-15"],
 ["Zatwierdzono sprawozdanie merytoryczne i finansowe Zarządu za rok 2038 oraz udzielono absolutorium ustępującemu Zarządowi",
  "Przyjęto plan działania Klastra na lata 2039–2041 z trzema priorytetami: kadry, gospodarka o obiegu zamkniętym, eksport do Skandynawii",
  "Przyjęto do Stowarzyszenia czterech nowych członków, w tym Zespół Szkół Technicznych w Drezdenku",
  "Podniesiono roczną składkę członkowską dla przedsiębiorstw średnich do 2 400 zł od 1 stycznia 2040 r"],
 pub="2039-03-25")
