from h import *
F = 'somogy_tolna_klaszter_egyesules_hu.md'
T = f"""[Főoldal](/) › [Hírek](/hirek) › Klaszterhírek

# Egyesül a Somogyi Élelmiszeripari Klaszter és a Tolnai Agrár-Innovációs Klaszter

**Kaposvár, {datetime.date(2034,6,9).year}. június 9. ({wd(2034,6,9,'hu')})** – Két dél-dunántúli klaszter egyesüléséről döntöttek a tagok: a Somogyi Élelmiszeripari Klaszter (SÉK) és a Tolnai Agrár-Innovációs Klaszter (TAIK) 2035. január 1-jétől **Dunántúli Élelmiszer- és Agrárklaszter** (DÉAK) néven működik tovább. Az új szervezet 97 taggal a térség legnagyobb agrár- és élelmiszeripari együttműködése lesz.

*Szerző: Fehérvári Anna | Olvasási idő: 4 perc*

## Két közgyűlés, egy döntés

Az egyesülésről a két klaszter rendkívüli közgyűlése egy napon, {datetime.date(2034,6,6).year}. június 6-án szavazott: a SÉK közgyűlése Kaposváron délelőtt, a TAIK közgyűlése Szekszárdon délután ülésezett. A somogyi tagok 41 igen szavazattal, 2 tartózkodás mellett, a tolnai tagok egyhangúlag támogatták a javaslatot. Az egyesülési szerződést a két elnök, **Dr. Kovács-Tóth Erzsébet** (SÉK) és **Bognár Péter** (TAIK) még aznap este aláírta Szekszárdon.

„Két kis klaszterként ugyanazokért a pályázatokért, ugyanazokért a partnerekért versenyeztünk. Együtt sokkal erősebbek leszünk, és a tagjaink többet kapnak ugyanazért a tagdíjért" – mondta Dr. Kovács-Tóth Erzsébet, aki a Kaposvári Húsipari Zrt. vezérigazgatója.

Bognár Péter, a Tolna Mezőgép Kft. ügyvezetője hozzátette: „A tolnai gépgyártók és a somogyi feldolgozók eddig is együtt dolgoztak, most ennek lesz egy közös háza."

## Az előzmények

A Somogyi Élelmiszeripari Klasztert 2012-ben alapították Kaposváron, 2019 óta Akkreditált Innovációs Klaszter. A Tolnai Agrár-Innovációs Klaszter 2017-ben jött létre Szekszárdon, elsősorban mezőgépgyártók és a borászatok részvételével. A két szervezet 2031 óta közösen vett részt a SIAL és az Agritechnica vásárokon, 2033-ban pedig közös Interreg-projektet indítottak horvát partnerekkel.

A két klaszter tagjai együtt mintegy 8 400 főt foglalkoztatnak, árbevételük 2033-ban meghaladta a 310 milliárd forintot. A tagok között húsfeldolgozók, tejüzemek, malmok, halgazdaságok, borászatok, mezőgépgyártók, informatikai cégek és oktatási intézmények egyaránt megtalálhatók. A közös klaszter célja, hogy a mezőgazdasági alapanyagtól a késztermékig a teljes értékláncot lefedje, és nagyobb súllyal képviselje a térség érdekeit a hazai és uniós pályázatokban.

Az egyesülés előkészítését 2033 őszén kezdték meg. A folyamatot a **Magyar Agrár- és Élettudományi Egyetem** (MATE) kaposvári campusa és a **Somogy Vármegyei Kereskedelmi és Iparkamara** (SKIK) támogatta. A jogi és pénzügyi átvilágítást a Dr. Szalay és Társai Ügyvédi Iroda végezte.

## Az új klaszter vezetése

Az átmeneti időszakra, 2035. január 1-jétől 2036. június 30-ig, társelnöki rendszer működik: Dr. Kovács-Tóth Erzsébet és Bognár Péter társelnökök lesznek. A munkaszervezetet **Horváth-Sipos Judit**, a SÉK eddigi klasztermenedzsere vezeti ügyvezetőként, a tolnai iroda vezetője **Takács Gergely** marad. Az új elnökséget a 2036 tavaszán tartandó első rendes közgyűlés választja meg.

Az elnökség további tagjai az átmeneti időszakban:
- **Dr. Németh Zoltán**, MATE Kaposvári Campus, rektorhelyettes
- **Fekete-Balogh Katalin**, Szekszárdi Borvidék Hegyközség, titkár
- **Szabó Ádám**, Dombóvári Malom Kft., tulajdonos
- **Varga Eszter**, Balatoni Halgazdaság Zrt., termelési igazgató

## Mit jelent ez a tagoknak?

A két klaszter honlapja az év végéig változatlanul elérhető marad, a közös honlap 2035 januárjában indul. A tagok tagsága automatikusan átkerül az új klaszterbe, új belépési nyilatkozatra nincs szükség. A tagdíj 2035-ben nem változik. A klaszter két irodát tart fenn, Kaposváron és Szekszárdon. Az új név és arculat bemutatása a **Dél-Dunántúli Agrárfórum** keretében lesz {datetime.date(2034,9,19).year}. szeptember 19-én ({wd(2034,9,19,'hu')}) Kaposváron.

Az egyesüléshez gratulált **Dr. Molnár Krisztián**, a Nemzetgazdasági Minisztérium klaszterfejlesztési főosztályának vezetője is: „A magyar klaszterpolitika célja, hogy kevesebb, de erősebb klaszterünk legyen. Ez a döntés jó példa."

A horvát partner, az **Eszéki Élelmiszeripari Klaszter** (Klaster prehrambene industrije Osijek) elnöke, **Ivana Matić-Kolar** levélben köszöntötte a tagokat, és jelezte, hogy a közös projekt a DÉAK-kal folytatódik.

## Következő lépések

- 2034. július 17.: a cégbírósági bejegyzés kérelmének benyújtása
- 2034. szeptember 19.: új név és arculat bemutatása
- 2034. november 30.: a két klaszter utolsó közös elnökségi ülése
- 2035. január 1.: a DÉAK működésének kezdete

*Kapcsolat: Horváth-Sipos Judit, klasztermenedzser, info@somogyklaszter.example*

---
Megosztás: Facebook · LinkedIn · E-mail
Címkék: klaszter, egyesülés, élelmiszeripar, Somogy, Tolna
"""
write(F, T)
gold(F,
 [P('Fehérvári Anna', 'Szerző', None),
  P('Kovács-Tóth Erzsébet', 'elnök', 'Somogyi Élelmiszeripari Klaszter'),
  P('Bognár Péter', 'elnök', 'Tolnai Agrár-Innovációs Klaszter'),
  P('Horváth-Sipos Judit', 'klasztermenedzser', 'Somogyi Élelmiszeripari Klaszter'),
  P('Takács Gergely', None, 'Tolnai Agrár-Innovációs Klaszter'),
  P('Németh Zoltán', 'rektorhelyettes', 'Magyar Agrár- és Élettudományi Egyetem'),
  P('Fekete-Balogh Katalin', 'titkár', 'Szekszárdi Borvidék Hegyközség'),
  P('Szabó Ádám', 'tulajdonos', 'Dombóvári Malom Kft.'),
  P('Varga Eszter', 'termelési igazgató', 'Balatoni Halgazdaság Zrt.'),
  P('Molnár Krisztián', 'klaszterfejlesztési főosztályának vezetője', 'Nemzetgazdasági Minisztérium'),
  P('Ivana Matić-Kolar', 'elnöke', 'Eszéki Élelmiszeripari Klaszter')],
 [O('Somogyi Élelmiszeripari Klaszter', 'SÉK'), O('Tolnai Agrár-Innovációs Klaszter', 'TAIK'), O('Dunántúli Élelmiszer- és Agrárklaszter', 'DÉAK'),
  O('Kaposvári Húsipari Zrt.'), O('Tolna Mezőgép Kft.'), O('Magyar Agrár- és Élettudományi Egyetem', 'MATE'), O('MATE Kaposvári Campus'),
  O('Somogy Vármegyei Kereskedelmi és Iparkamara', 'SKIK'), O('Dr. Szalay és Társai Ügyvédi Iroda'), O('Szekszárdi Borvidék Hegyközség'),
  O('Dombóvári Malom Kft.'), O('Balatoni Halgazdaság Zrt.'), O('Nemzetgazdasági Minisztérium'), O('Eszéki Élelmiszeripari Klaszter')],
 [E('SÉK rendkívüli közgyűlése', '2034-06-06', '2034-06-06', 'Kaposváron', 'Hungary'),
  E('TAIK rendkívüli közgyűlése', '2034-06-06', '2034-06-06', 'Szekszárdon', 'Hungary'),
  E('Dél-Dunántúli Agrárfórum', '2034-09-19', '2034-09-19', 'Kaposváron', 'Hungary'),
  E('első rendes közgyűlés', '2036', '2036', None, None),
  E('utolsó közös elnökségi ülése', '2034-11-30', '2034-11-30', None, None)],
 ['2034-06-09', '2035-01-01', '2034-06-06', '2012', '2019', '2017', '2031', '2033', '2035-01-01/2036-06-30', '2036', '2035', '2035-01', '2034-09-19', '2034-07-17', '2034-11-30'],
 [], pub='2034-06-09')
