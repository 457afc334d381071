from h import *
F = 'g08_rzeszow_polaczenie_klastrow.txt'
assert wd(2037,11,18)=='Wednesday' and wd(2038,1,1)=='Friday' and wd(2038,1,28)=='Thursday'
T = """Podkarpacki Klaster Materiałów Kompozytowych
Strona główna | O klastrze | Członkowie | Projekty | Aktualności | Wydarzenia | Kontakt      PL | EN
Ta strona korzysta z plików cookie. Dowiedz się więcej o celu ich używania. [Akceptuję]

Aktualności › Komunikaty prasowe

KOMUNIKAT PRASOWY
Rzeszów, 19 listopada 2037 r.

Dwa podkarpackie klastry łączą siły. Powstaje Klaster Kompozytów i Tworzyw Podkarpacie

Walne zgromadzenia członków Podkarpackiego Klastra Materiałów Kompozytowych (PKMK) oraz Stowarzyszenia Klaster Tworzyw Sztucznych „Dolina Wisłoka” podjęły w środę 18 listopada 2037 r. uchwały o połączeniu obu organizacji. Nowy podmiot będzie działał pod nazwą Klaster Kompozytów i Tworzyw Podkarpacie (KKiTP) od 1 stycznia 2038 r. i zrzeszy 74 przedsiębiorstwa, 3 uczelnie oraz 5 instytucji otoczenia biznesu.

Posiedzenia obu walnych zgromadzeń odbyły się w Centrum Wystawienniczo-Kongresowym G2A Arena (Jasionka k. Rzeszowa). Za połączeniem głosowało 91 proc. obecnych członków PKMK i 87 proc. członków „Doliny Wisłoka”.

– Przez ostatnie lata robiliśmy często to samo, tylko osobno. Wspólnie wystawialiśmy się na targach, ale składaliśmy konkurencyjne wnioski do tych samych konkursów. Połączenie kończy ten absurd – powiedział dr inż. Grzegorz Wójcik, dotychczasowy prezes zarządu PKMK.

Władze nowego klastra
Walne zgromadzenia wybrały wspólną radę klastra i zarząd na kadencję 2038–2041. Prezesem zarządu Klastra Kompozytów i Tworzyw Podkarpacie została Agnieszka Kuźniar-Mazur, dotychczasowa prezes „Doliny Wisłoka” i dyrektor zakładu Plastmet Krosno Sp. z o.o. Wiceprezesem został dr inż. Grzegorz Wójcik. Członkiem zarządu odpowiedzialnym za współpracę z nauką został prof. dr hab. inż. Tadeusz Rogala (Politechnika Rzeszowska im. Ignacego Łukasiewicza).

Przewodniczącym rady klastra został Piotr Nalepa, właściciel firmy Nalepa Formy i Narzędzia z Mielca.

– Naszym celem jest, aby w ciągu trzech lat klaster uzyskał status Krajowego Klastra Kluczowego. Mamy do tego potencjał i mamy teraz skalę – podkreśliła Agnieszka Kuźniar-Mazur.

Co się zmieni dla członków?
Biuro klastra pozostanie w Rzeszowie, w budynku, który udostępnia Podkarpacki Park Naukowo-Technologiczny AEROPOLIS. Dotychczasowe składki zostaną ujednolicone. Wszyscy członkowie obu organizacji staną się z mocy uchwały członkami nowego klastra, chyba że do 15 grudnia 2037 r. złożą pisemną rezygnację. Dyrektorem biura zostanie Katarzyna Bieniek, dotychczasowa koordynatorka PKMK.

Połączenie poparł Marszałek Województwa Podkarpackiego Władysław Ortyl, który w liście do uczestników napisał, że „region potrzebuje silnych, a nie licznych klastrów”. Wsparcie zadeklarowała także Rzeszowska Agencja Rozwoju Regionalnego S.A. (RARR).

Połączony klaster zamierza w pierwszym roku działalności przygotować wspólną strategię rozwoju, uruchomić laboratorium badań materiałowych dla małych firm oraz złożyć wniosek o dofinansowanie programu szkoleń dla operatorów maszyn. Członkowie zwracali uwagę, że największym problemem branży pozostaje brak wykwalifikowanych pracowników oraz rosnące ceny energii, które szczególnie dotykają przetwórców tworzyw.

Najbliższe wydarzenia
Pierwsze wspólne spotkanie członków – tzw. Noworoczne Forum Klastra – zaplanowano na czwartek 28 stycznia 2038 r. w Rzeszowie. W marcu 2038 r. nowy klaster po raz pierwszy wystawi się wspólnie na targach JEC World w Paryżu.

Historia
PKMK powstał w 2029 r. z inicjatywy producentów części dla przemysłu lotniczego. Stowarzyszenie Klaster Tworzyw Sztucznych „Dolina Wisłoka” działa od 2027 r. i skupia głównie przetwórców tworzyw z Krosna, Jasła i Sanoka.

Fot. Uczestnicy walnego zgromadzenia podczas głosowania w G2A Arena, 18.11.2037 r. Fot. Mateusz Rak / PKMK

Więcej informacji o połączeniu oraz tekst uchwał znajdą Państwo w strefie członka.

Kontakt dla mediów:
Katarzyna Bieniek
koordynatorka
tel. +48 17 000 00 00
biuro@pkmk.example.pl

Udostępnij: Facebook | LinkedIn | X | E-mail

Zobacz także:
» Klaster na targach Composites Europe w Stuttgarcie
» Szkolenie: recykling kompozytów – zapisy otwarte

© 2037 Podkarpacki Klaster Materiałów Kompozytowych | Polityka prywatności | Deklaracja dostępności
"""
write(F, T)
gold(F,
 [P("Grzegorz Wójcik","Wiceprezesem","Klaster Kompozytów i Tworzyw Podkarpacie"),
  P("Agnieszka Kuźniar-Mazur","Prezesem zarządu","Klaster Kompozytów i Tworzyw Podkarpacie"),
  P("Tadeusz Rogala","Członkiem zarządu","Klaster Kompozytów i Tworzyw Podkarpacie"),
  P("Piotr Nalepa","Przewodniczącym rady klastra","Klaster Kompozytów i Tworzyw Podkarpacie"),
  P("Katarzyna Bieniek","Dyrektorem biura","Klaster Kompozytów i Tworzyw Podkarpacie"),
  P("Władysław Ortyl","Marszałek Województwa Podkarpackiego",None),
  P("Mateusz Rak")],
 [O("Podkarpacki Klaster Materiałów Kompozytowych","PKMK"),
  O("Stowarzyszenie Klaster Tworzyw Sztucznych „Dolina Wisłoka”"),
  O("Klaster Kompozytów i Tworzyw Podkarpacie","KKiTP"), O("Plastmet Krosno Sp. z o.o."),
  O("Politechnika Rzeszowska im. Ignacego Łukasiewicza"), O("Nalepa Formy i Narzędzia"),
  O("Podkarpacki Park Naukowo-Technologiczny AEROPOLIS"), O("Rzeszowska Agencja Rozwoju Regionalnego S.A.","RARR")],
 [E("Walne zgromadzenia","2037-11-18",None,"Jasionka","Poland"),
  E("Noworoczne Forum Klastra","2038-01-28",None,"Rzeszów","Poland"),
  E("JEC World","2038-03",None,"Paryż","France"),
  E("Composites Europe",None,None,None,"Germany")],
 ["2037-11-19","2037-11-18","2038-01-01","2038/2041","2037-12-15","2038-01-28","2038-03","2029","2027"], [], pub="2037-11-19")
