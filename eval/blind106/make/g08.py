from h import *
F = 'g08_latgale_pieredzes_brauciens_parskats.txt'
assert wd(2038,9,20)=='Monday' and wd(2038,9,22)=='Wednesday' and wd(2038,11,11)=='Thursday'
AT = ["Klastera vadībai jābūt neatkarīgai no viena lielā uzņēmuma, lai mazie biedri justos vienlīdzīgi",
 "Kopīga testēšanas laboratorija ir izdevīgāka nekā katra uzņēmuma atsevišķas iekārtas",
 "Sadarbībai ar profesionālajām skolām vajag ilgtermiņa līgumus, nevis vienreizējus projektus",
 "Eksporta misijas jāplāno kopā ar kaimiņu klasteriem, lai samazinātu izmaksas",
 "Pašvaldības atbalsts industriālajiem parkiem ir izšķirošs jaunu investoru piesaistē"]
T = f"""LATGALES METĀLAPSTRĀDES UN MAŠĪNBŪVES KLASTERIS
Biedrība "Latgales industriālais klasteris"

PĀRSKATS PAR PIEREDZES APMAIŅAS BRAUCIENU UZ TAMPERI (SOMIJA)
2038. gada 20.–22. septembris

Sagatavoja: Ilze Vaivode, klastera projektu vadītāja
Daugavpilī, 2038. gada 4. oktobrī

1. Brauciena mērķis un dalībnieki

Pieredzes apmaiņas brauciena mērķis bija iepazīt, kā Somijas Pirkanmaa reģionā sadarbojas mašīnbūves uzņēmumi,
augstskolas un pašvaldības, un izvērtēt, ko no šīs pieredzes var pārņemt Latgalē. Brauciens tika organizēts projekta
"Baltic Machinery Bridge" ietvaros, ko līdzfinansē Interreg Centrālā Baltijas programma.

Braucienā piedalījās 14 dalībnieki: astoņi uzņēmumu pārstāvji, divi Daugavpils Universitātes pārstāvji, Rēzeknes
Tehnoloģiju akadēmijas docents Dr. sc. ing. Jānis Kalniņš, Daugavpils valstspilsētas pašvaldības attīstības
departamenta vadītāja Inese Strode, Latvijas Investīciju un attīstības aģentūras (LIAA) pārstāvis Artūrs Bērziņš un
klastera vadītājs Aleksandrs Petrovs.

2. Programma

Pirmdiena, 20. septembris
10:00  Ierašanās Tamperē, tikšanās Business Tampere birojā
11:00  Prezentācija par reģiona inovāciju ekosistēmu – Mikko Laaksonen, Business Tampere vecākais konsultants
14:00  Uzņēmuma apmeklējums: Sandvik Mining and Rock Solutions rūpnīca
19:00  Kopīgas vakariņas ar Somijas klastera biedriem

Otrdiena, 21. septembris
09:00  Tampere University, Automatizācijas tehnoloģiju un mašīnbūves fakultāte – laboratoriju apskate
13:00  Tikšanās ar klastera "Robotics & Automation Pirkanmaa" vadītāju Hanna Virtanen
15:30  Uzņēmuma apmeklējums: Nokian Hydraulics Oy

Trešdiena, 22. septembris
09:00  Tampereen seudun ammattiopisto Tredu – profesionālās izglītības centrs
12:00  Noslēguma diskusija un atgriešanās

3. Galvenie novērojumi

Somijas klasteris apvieno 96 biedrus, no kuriem vairāk nekā puse ir mazie uzņēmumi ar mazāk nekā 50 darbiniekiem.
Klasteri vada neatkarīga komanda, un tā valdē nav neviena uzņēmuma vairākuma. Hanna Virtanen uzsvēra, ka tieši tas
ļāvis piesaistīt mazos uzņēmumus, kas iepriekš baidījās, ka lielie konkurenti izmantos viņu zināšanas.

Tampere University laboratorijā uzņēmumi var testēt robotu šūnas un hidrauliskās sistēmas par fiksētu cenu. Laboratoriju
izmanto 40 uzņēmumi gadā. Tredu centrā dalībnieki redzēja, kā uzņēmumi paši apmāca audzēkņus: 60% prakses notiek
uzņēmumos, un līgumi ar skolu tiek slēgti uz pieciem gadiem.

Pirkanmaa reģiona attīstības padome katru gadu vienojas ar klasteri par kopīgiem mērķiem, un pašvaldības finansē
klastera pamatdarbību trīs gadu periodam. Mikko Laaksonen norādīja, ka šāda paredzamība ir svarīgāka par finansējuma
apjomu, jo komanda var plānot ilgtermiņa darbības, nevis katru gadu meklēt jaunus projektus. Business Tampere palīdz
jauniem investoriem atrast zemi un darbiniekus, un pēdējo piecu gadu laikā reģionā ienākuši 23 jauni ražotāji.

Dalībnieki atzīmēja arī atšķirības. Somijas uzņēmumi ir vidēji lielāki un vairāk eksportē, tāpēc ne visus risinājumus
var pārņemt tieši. Latgalē trūkst inženieru ar automatizācijas zināšanām, un algu atšķirība ar galvaspilsētu joprojām ir
liela. Tomēr vairākiem uzņēmumiem jau pēc brauciena radās konkrētas sadarbības idejas ar Somijas partneriem.

Izmaksas: brauciena kopējās izmaksas bija 11 480 EUR, no tām 85% sedza projekts, bet 15% – dalībnieku organizācijas.

4. Galvenās atziņas

{bl(AT, '- ')}

5. Turpmākie soļi

Atziņas tika prezentētas klastera biedru sapulcē 2038. gada 11. novembrī (ceturtdien) Daugavpilī. Biedri vienojās
sagatavot priekšlikumu kopīgai testēšanas laboratorijai Daugavpils Universitātē un uzaicināt Hanna Virtanen uz
Latgales industrijas forumu 2039. gada pavasarī. Inese Strode apsolīja izvērtēt iespēju paplašināt Daugavpils
industriālo parku.

Pielikumi: dalībnieku saraksts; prezentācijas (pieejamas biedriem); fotogrāfijas (Foto: Aleksandrs Petrovs).

Kontakti: biedrība "Latgales industriālais klasteris", Saules iela 00, Daugavpils, LV-5401,
e-pasts: info@latgalesklasteris.example.lv, tālr. +371 00000000
"""
write(F, T)
C = "Latgales industriālais klasteris"
gold(F,
 [P("Ilze Vaivode","projektu vadītāja",C),
  P("Jānis Kalniņš","docents","Rēzeknes Tehnoloģiju akadēmija"),
  P("Inese Strode","attīstības departamenta vadītāja","Daugavpils valstspilsētas pašvaldība"),
  P("Artūrs Bērziņš","pārstāvis","Latvijas Investīciju un attīstības aģentūra"),
  P("Aleksandrs Petrovs","klastera vadītājs",C),
  P("Mikko Laaksonen","vecākais konsultants","Business Tampere"),
  P("Hanna Virtanen","vadītāja","Robotics & Automation Pirkanmaa")],
 [O(C), O("Daugavpils Universitāte"), O("Rēzeknes Tehnoloģiju akadēmija"),
  O("Daugavpils valstspilsētas pašvaldība"), O("Latvijas Investīciju un attīstības aģentūra","LIAA"),
  O("Business Tampere"), O("Sandvik Mining and Rock Solutions"), O("Tampere University"),
  O("Robotics & Automation Pirkanmaa"), O("Nokian Hydraulics Oy"), O("Tampereen seudun ammattiopisto Tredu","Tredu")],
 [E("pieredzes apmaiņas brauciens uz Tamperi","2038-09-20","2038-09-22","Tampere","Finland"),
  E("Uzņēmuma apmeklējums: Sandvik Mining and Rock Solutions","2038-09-20",None,"Tampere","Finland"),
  E("Kopīgas vakariņas","2038-09-20",None,"Tampere","Finland"),
  E("laboratoriju apskate","2038-09-21",None,"Tampere","Finland"),
  E("Uzņēmuma apmeklējums: Nokian Hydraulics Oy","2038-09-21",None,"Tampere","Finland"),
  E("biedru sapulce","2038-11-11",None,"Daugavpils","Latvia"),
  E("Latgales industrijas forums","2039",None,None,None)],
 ["2038-09-20/2038-09-22","2038-10-04","2038-09-20","2038-09-21","2038-09-22","2038-11-11","2039"],
 AT, "2038-10-04")
