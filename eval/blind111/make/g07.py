from h import *
F = 'g07_zemgale_forums_programma.txt'
assert wd(2041,5,16)=='Thursday' and wd(2041,5,15)=='Wednesday' and wd(2041,4,30)=='Tuesday'
T = """Zemgales Inovāciju klasteris | Par mums | Biedri | Projekti | Pasākumi | Jaunumi | Kontakti | EN | LV
Sākums / Pasākumi / Zemgales klasteru forums 2041 / Programma

ZEMGALES KLASTERU FORUMS 2041
"Klasteri Eiropas rūpniecības politikā: no stratēģijas līdz darbiem"

Datums: ceturtdiena, 2041. gada 16. maijs
Vieta: Latvijas Biozinātņu un tehnoloģiju universitāte, Jelgavas pils, Lielā iela 2, Jelgava
Darba valodas: latviešu un angļu (nodrošināts sinhronais tulkojums)
Reģistrācija līdz 2041. gada 30. aprīlim (otrdiena). Dalība bez maksas, vietu skaits ierobežots.

Forumu rīko Zemgales Inovāciju klasteris (ZIK) sadarbībā ar Zemgales plānošanas reģionu un Latvijas Investīciju un
attīstības aģentūru (LIAA). Atbalsta Jelgavas valstspilsētas pašvaldība.

Par forumu
Forums katru gadu pulcē klasteru vadītājus, uzņēmējus, pašvaldību un valsts iestāžu pārstāvjus, lai pārrunātu,
kā reģiona uzņēmumi var izmantot Eiropas rūpniecības politikas iespējas. Šogad uzmanības centrā ir jaunais ES
klasteru politikas ietvars, piegādes ķēžu drošība un darbaspēka prasmes. Gaidām ap 200 dalībnieku no Latvijas,
Lietuvas un Igaunijas. Forumā tiks parakstīti sadarbības līgumi starp trim Latvijas klasteriem.

Organizatori un partneri: Zemgales Inovāciju klasteris; Zemgales plānošanas reģions; Latvijas Investīciju un
attīstības aģentūra (LIAA); Ekonomikas ministrija; Latvijas Kokrūpniecības federācija; Šauļu reģiona klasteris;
Enterprise Europe Network Latvija; Eiropas Komisija.

PROGRAMMA
(Pēdējās izmaiņas: 2041. gada 9. maijā)

8.30–9.30   Reģistrācija un rīta kafija | Pils vestibils

9.30–10.00  Foruma atklāšana | Aula
            Ilze Kalniņa, Zemgales Inovāciju klastera valdes priekšsēdētāja
            Andris Rubenis, Jelgavas valstspilsētas domes priekšsēdētājs
            Kristīne Vilsone, Ekonomikas ministrijas valsts sekretāra vietniece

10.00–10.40 Galvenā uzruna: ES klasteru politika pēc 2040. gada | Aula
            Henrik Strand, Eiropas Komisijas Iekšējā tirgus, rūpniecības, uzņēmējdarbības un MVU ģenerāldirektorāta
            nodaļas vadītājs

10.40–11.00 Kafijas pauze

11.00–12.30 Paneļdiskusija "Vai klasteri stiprina reģiona rūpniecību?" | Aula
            Moderators: Gatis Liepiņš, žurnālists, "Zemgales Ziņas"
            - Dace Ozola, Latvijas Kokrūpniecības federācijas izpilddirektore
            - Mārtiņš Bērziņš, SIA "Agro Tehnika Jelgava" valdes loceklis
            - Rasa Jankauskienė, Šauļu reģiona klastera vadītāja (Lietuva)
            - Edgars Krūmiņš, LIAA Klasteru programmas vadītājs

12.30–13.30 Pusdienas | Pils restorāns

13.30–15.00 Paralēlās sesijas
            A. Pārtikas un lauksaimniecības tehnoloģijas | 214. telpa
               Moderatore: Laura Siliņa, LBTU Pārtikas tehnoloģijas fakultāte
            B. Metālapstrāde un mašīnbūve | 216. telpa
               Moderators: Jānis Pētersons, Latvijas Mašīnbūves un metālapstrādes rūpniecības asociācija (MASOC)
            C. Prasmes un darbaspēks | Senāta zāle
               Moderatore: Inese Grīnberga, Zemgales plānošanas reģiona attīstības nodaļas vadītāja

15.00–15.20 Kafijas pauze

15.20–16.20 Klasteru prezentācijas un sadarbības līgumu parakstīšana | Aula
            Latvijas Pārtikas klasteris, Latvijas Kokrūpniecības klasteris, Zemgales Inovāciju klasteris

16.20–16.40 Noslēgums un secinājumi | Aula
            Ilze Kalniņa

17.00–19.00 B2B tikšanās | Pils vestibils un 2. stāva zāles
            Iepriekš pieteiktas divpusējās tikšanās, koordinē Enterprise Europe Network Latvija

19.00       Vakariņas foruma dalībniekiem | Jelgavas pils restorāns (ar ielūgumiem)

Dienu iepriekš, trešdien, 15. maijā, plkst. 15.00 notiks mācību vizīte uzņēmumā "Dobeles dzirnavnieks" Dobelē
(pulcēšanās pie pils galvenās ieejas plkst. 14.00, transports nodrošināts, vietu skaits – 30).

Praktiskā informācija
Autostāvvieta: pils pagalmā un Lielajā ielā. No Rīgas līdz Jelgavai ~45 min ar vilcienu.
Naktsmītnes: dalībniekiem cenas atlaide viesnīcā "Jelgava" līdz 2041. gada 2. maijam, norādot kodu ZKF41.
Lūdzam ņemt līdzi personu apliecinošu dokumentu un vizītkartes B2B tikšanām.
Foruma materiāli pēc pasākuma būs pieejami www.zik.example/forums2041.

Iepriekšējie forumi:
2038 – Bauska: "Klasteri un digitālā pāreja"
2039 – Dobele: "Zaļā rūpniecība laukos"
2040 – Jelgava: "Prasmes nākotnes rūpniecībai"

Kontaktpersona: Elīna Vītola, projektu vadītāja
Tālr. +371 63 000 111 | e-pasts: forums@zik.example

Projekts tiek līdzfinansēts no Eiropas Reģionālās attīstības fonda.

Kopīgot: Facebook | LinkedIn | X
Šī vietne izmanto sīkdatnes. Piekrītu | Uzzināt vairāk
© 2041 Zemgales Inovāciju klasteris, biedrība. Visas tiesības aizsargātas.
"""
write(F, T)
gold(F,
 [P("Ilze Kalniņa","valdes priekšsēdētāja","Zemgales Inovāciju klasteris"),
  P("Andris Rubenis","Jelgavas valstspilsētas domes priekšsēdētājs"),
  P("Kristīne Vilsone","Ekonomikas ministrijas valsts sekretāra vietniece"),
  P("Henrik Strand","nodaļas vadītājs","Eiropas Komisijas Iekšējā tirgus, rūpniecības, uzņēmējdarbības un MVU ģenerāldirektorāta"),
  P("Gatis Liepiņš","žurnālists","Zemgales Ziņas"),
  P("Dace Ozola","izpilddirektore","Latvijas Kokrūpniecības federācija"),
  P("Mārtiņš Bērziņš","valdes loceklis","SIA \"Agro Tehnika Jelgava\""),
  P("Rasa Jankauskienė","vadītāja","Šauļu reģiona klasteris"),
  P("Edgars Krūmiņš","Klasteru programmas vadītājs","LIAA"),
  P("Laura Siliņa","Moderatore","LBTU Pārtikas tehnoloģijas fakultāte"),
  P("Jānis Pētersons","Moderators","Latvijas Mašīnbūves un metālapstrādes rūpniecības asociācija"),
  P("Inese Grīnberga","attīstības nodaļas vadītāja","Zemgales plānošanas reģions"),
  P("Elīna Vītola","projektu vadītāja")],
 [O("Zemgales Inovāciju klasteris","ZIK"), O("Latvijas Biozinātņu un tehnoloģiju universitāte","LBTU"),
  O("Zemgales plānošanas reģions"), O("Latvijas Investīciju un attīstības aģentūra","LIAA"),
  O("Jelgavas valstspilsētas pašvaldība"), O("Ekonomikas ministrija"), O("Eiropas Komisija"),
  O("Eiropas Komisijas Iekšējā tirgus, rūpniecības, uzņēmējdarbības un MVU ģenerāldirektorāta"),
  O("Zemgales Ziņas"), O("Latvijas Kokrūpniecības federācija"), O("SIA \"Agro Tehnika Jelgava\""),
  O("Šauļu reģiona klasteris"), O("Latvijas Mašīnbūves un metālapstrādes rūpniecības asociācija","MASOC"),
  O("Latvijas Pārtikas klasteris"), O("Latvijas Kokrūpniecības klasteris"), O("Enterprise Europe Network Latvija"),
  O("Dobeles dzirnavnieks")],
 [E("Zemgales klasteru forums 2041","2041-05-16",None,"Jelgava","Latvia"),
  E("sadarbības līgumu parakstīšana","2041-05-16",None,"Jelgava","Latvia"),
  E("B2B tikšanās","2041-05-16",None,"Jelgava","Latvia"),
  E("Vakariņas foruma dalībniekiem","2041-05-16",None,"Jelgava","Latvia"),
  E("mācību vizīte","2041-05-15",None,"Dobele","Latvia"),
  E("Zemgales klasteru forums (2038)","2038","2038","Bauska","Latvia"),
  E("Zemgales klasteru forums (2039)","2039","2039","Dobele","Latvia"),
  E("Zemgales klasteru forums (2040)","2040","2040","Jelgava","Latvia")],
 ["2041-05-16","2041-04-30","2041-05-09","2040","2041-05-15","2041-05-02","2038","2039"],
 [])
