from h import *
F = 'g05_tourshift_nowy_sacz_spotkanie.txt'
assert wd(2037,10,14)=='Wednesday' and wd(2037,10,15)=='Thursday' and wd(2037,10,16)=='Friday'
assert wd(2037,11,30)=='Monday' and wd(2037,11,4)=='Wednesday'
T = """Sądecki Klaster Turystyki i Uzdrowisk
Aktualności | O klastrze | Członkowie | Projekty UE | Wydarzenia | Kontakt
Strona główna » Aktualności » Projekty UE

Nowy Sącz gospodarzem spotkania partnerów Euroklastra TOUR-SHIFT

Opublikowano: 21.10.2037 | Autor: Magdalena Kurzeja-Bąk | Kategoria: Projekty UE

W dniach 14–16 października 2037 r. Sądecki Klaster Turystyki i Uzdrowisk (SKTiU) gościł w Nowym Sączu partnerów Euroklastra TOUR-SHIFT, finansowanego z Programu na rzecz jednolitego rynku (SMP). Było to trzecie spotkanie konsorcjum, które od września 2036 r. wspiera małe i średnie przedsiębiorstwa turystyczne w transformacji cyfrowej i ekologicznej. Do Nowego Sącza przyjechało 26 osób z pięciu krajów.

Partnerzy Euroklastra TOUR-SHIFT:
• Sądecki Klaster Turystyki i Uzdrowisk, Nowy Sącz (Polska)
• Cluster Turismo Sostenibile Valtellina, Sondrio (Włochy) – koordynator
• Kalundborg Turisme & Erhverv, Kalundborg (Dania)
• Latvijas Lauku tūrisma asociācija „Lauku ceļotājs", Ryga (Łotwa)
• Moravskoslezský turistický klastr, z.s. (Czechy)

Program spotkania

Środa, 14 października
15:00 – rejestracja uczestników w hotelu w centrum miasta
16:00 – spacer po Rynku i Miasteczku Galicyjskim z przewodnikiem
19:00 – kolacja powitalna

Czwartek, 15 października
9:00 – otwarcie: Piotr Wnęk-Sołtys, prezes zarządu SKTiU, oraz Barbara Gruca, wicemarszałek Województwa Małopolskiego
9:45 – stan realizacji projektu i budżet (koordynator, Lorenza Della Vedova)
11:00 – wyniki pierwszego naboru dla MŚP
13:30 – warsztat „Cyfrowy gość": narzędzia rezerwacyjne i dane o ruchu turystycznym
16:00 – posiedzenie Komitetu Sterującego

Piątek, 16 października
8:30 – wizyta studyjna w Krynicy-Zdroju: pijalnia wód i tężnia
12:00 – wizyta w Gorlicach: szlak architektury drewnianej i lokalni producenci
15:00 – zakończenie i wyjazd uczestników

Pierwszy nabór: 38 firm z pięciu regionów

Koordynatorka projektu Lorenza Della Vedova przedstawiła wyniki pierwszego naboru, zamkniętego 30 czerwca 2037 r. Wpłynęło 112 wniosków, dofinansowanie otrzymało 38 przedsiębiorstw, w tym 9 z Małopolski. Wśród nich jest pensjonat „Pod Jaworzyną" z Krynicy-Zdroju, który wprowadził system zarządzania energią, oraz biuro podróży Beskid-Trek sp. z o.o. z Nowego Sącza, które przygotowało ofertę turystyki bezsamochodowej.

Warsztat „Cyfrowy gość" poprowadziła dr hab. Joanna Zawiślak, profesor Uniwersytetu Ekonomicznego w Krakowie. Swoje doświadczenia przedstawili także Søren Brøndum-Lassen z Kalundborg Turisme & Erhverv oraz Inese Kalniņa, kierowniczka projektów łotewskiego stowarzyszenia „Lauku ceļotājs". Na zakończenie dnia zebrał się Komitet Sterujący, który przyjął plan pracy na 2038 r.

Wnioski ze spotkania

Uczestnicy spotkania sformułowali następujące wnioski:
1. Małe firmy turystyczne potrzebują prostych narzędzi cyfrowych, a nie rozbudowanych platform – drugi nabór powinien to uwzględniać.
2. Dane o ruchu turystycznym z różnych regionów trzeba porównywać według wspólnej metodologii.
3. Uzdrowiska, takie jak Krynica-Zdrój, mogą być liderem transformacji energetycznej w turystyce.
4. Klastry powinny częściej organizować wizyty studyjne dla przedsiębiorców, a nie tylko dla swoich pracowników.

Drugi nabór dla MŚP

Podczas spotkania ogłoszono drugi nabór wniosków o dofinansowanie (kaskadowe). Przedsiębiorstwa turystyczne mogą otrzymać do 30 000 euro na wdrożenie rozwiązań cyfrowych lub ekologicznych. Nabór potrwa od 4 listopada 2037 r. do 29 stycznia 2038 r. Spotkanie informacyjne online dla firm z Małopolski odbędzie się w poniedziałek 30 listopada 2037 r. o godz. 10:00.

Kolejne spotkanie partnerów odbędzie się w marcu 2038 r. w Kalundborgu, a konferencja końcowa projektu – w Sondrio w czerwcu 2039 r.

Kontakt: Magdalena Kurzeja-Bąk, specjalistka ds. projektów międzynarodowych, SKTiU, ul. Jagiellońska 18, 33-300 Nowy Sącz, tel. 18 000 00 00

Udostępnij: Facebook | LinkedIn | E-mail
« Poprzedni wpis: Walne Zgromadzenie Członków SKTiU 2037 | Następny wpis: Targi Tour Salon w Poznaniu – relacja »

Projekt TOUR-SHIFT jest współfinansowany przez Unię Europejską. Wyrażone poglądy i opinie są jedynie opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Europejskiej Agencji Wykonawczej ds. Innowacyjności i MŚP (EISMEA).
© 2037 Sądecki Klaster Turystyki i Uzdrowisk | Polityka prywatności | Ta strona używa plików cookie.
"""
write(F, T)
S="Sądecki Klaster Turystyki i Uzdrowisk"
gold(F,
 [P("Magdalena Kurzeja-Bąk","specjalistka ds. projektów międzynarodowych","SKTiU"),
  P("Piotr Wnęk-Sołtys","prezes zarządu","SKTiU"),
  P("Barbara Gruca","wicemarszałek","Województwa Małopolskiego"),
  P("Lorenza Della Vedova","Koordynatorka projektu",None),
  P("Joanna Zawiślak","profesor","Uniwersytetu Ekonomicznego w Krakowie"),
  P("Søren Brøndum-Lassen",None,"Kalundborg Turisme & Erhverv"),
  P("Inese Kalniņa","kierowniczka projektów","Lauku ceļotājs")],
 [O(S,"SKTiU"), O("Cluster Turismo Sostenibile Valtellina"), O("Kalundborg Turisme & Erhverv"),
  O("Latvijas Lauku tūrisma asociācija „Lauku ceļotājs\""), O("Moravskoslezský turistický klastr, z.s."),
  O("Województwa Małopolskiego"), O("Beskid-Trek sp. z o.o."), O("Pod Jaworzyną"), O("Uniwersytetu Ekonomicznego w Krakowie"),
  O("Unię Europejską"), O("Europejskiej Agencji Wykonawczej ds. Innowacyjności i MŚP","EISMEA")],
 [E("spotkania partnerów Euroklastra TOUR-SHIFT","2037-10-14","2037-10-16","Nowy Sącz","Poland"),
  E("spacer po Rynku i Miasteczku Galicyjskim","2037-10-14",None,"Nowy Sącz","Poland"),
  E("kolacja powitalna","2037-10-14",None,"Nowy Sącz","Poland"),
  E("Cyfrowy gość","2037-10-15",None,"Nowy Sącz","Poland"),
  E("posiedzenie Komitetu Sterującego","2037-10-15",None,"Nowy Sącz","Poland"),
  E("wizyta studyjna w Krynicy-Zdroju","2037-10-16",None,"Krynica-Zdrój","Poland"),
  E("wizyta w Gorlicach","2037-10-16",None,"Gorlicach","Poland"),
  E("Spotkanie informacyjne online","2037-11-30",None,None,None),
  E("Kolejne spotkanie partnerów","2038-03",None,"Kalundborg","Denmark"),
  E("konferencja końcowa projektu","2039-06",None,"Sondrio","Italy"),
  E("Walne Zgromadzenie Członków SKTiU 2037",None,None,None,None),
  E("Targi Tour Salon",None,None,"Poznaniu","Poland")],
 ["2037-10-21","2037-10-14/2037-10-16","2036-09","2037-10-14","2037-10-15","2037-10-16","2037-06-30","2038",
  "2037-11-04/2038-01-29","2037-11-30","2038-03","2039-06"],
 ["Małe firmy turystyczne potrzebują prostych narzędzi cyfrowych, a nie rozbudowanych platform – drugi nabór powinien to uwzględniać",
  "Dane o ruchu turystycznym z różnych regionów trzeba porównywać według wspólnej metodologii",
  "Uzdrowiska, takie jak Krynica-Zdrój, mogą być liderem transformacji energetycznej w turystyce",
  "Klastry powinny częściej organizować wizyty studyjne dla przedsiębiorców, a nie tylko dla swoich pracowników"],
 pub="2037-10-21")
