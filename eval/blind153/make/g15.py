from h import *
F = 'g15_talsi_kurzemes_uznemeju_forums.md'
assert wd(2037,10,1)=='Thursday' and wd(2037,10,2)=='Friday' and wd(2037,9,24)=='Thursday'
T = """# Ziemeļkurzemes Pārtikas klasteris aicina uz forumu „Garša un gudrība 2037"

*Talsi, 2037. gada 8. septembrī. Publicēja: Laura Bērziņa-Ozola, klastera projektu koordinatore*

[Sākums](#) / [Jaunumi](#) / [Pasākumi](#)

Biedrība „Ziemeļkurzemes Pārtikas klasteris" sadarbībā ar Talsu novada pašvaldību un Kurzemes plānošanas reģionu aicina pārtikas ražotājus, zemniekus, tūrisma uzņēmējus un pētniekus uz ceturto reģionālo pārtikas forumu **„Garša un gudrība 2037"**, kas notiks **2037. gada 1. un 2. oktobrī Talsos**, Talsu Tautas namā.

Forums ir kļuvis par nozīmīgāko ikgadējo pārtikas nozares tikšanās vietu Kurzemes ziemeļos. Šogad tā tēma ir vietējās pārtikas ceļš līdz skolām, slimnīcām un restorāniem. Forumā piedalīsies arī delegācijas no Igaunijas Sāremā pārtikas klastera un Zviedrijas Gotlandes.

„Mūsu novadā ražo lielisku maizi, sieru un dārzeņus, bet skolu virtuvēs bieži nonāk produkti no citurienes. Forumā gribam satikt tos, kas gatavo, ar tiem, kas iepērk, un kopā atrast risinājumus, kas der abām pusēm," saka klastera valdes priekšsēdētājs Jānis Kalniņš-Roze.

Uzņēmēju kontaktbiržā katram ražotājam būs iespēja iepriekš pieteikt sarunas ar iepircējiem. Sarunas ilgs 15 minūtes, un tās notiks Tautas nama lielajā zālē pie atsevišķiem galdiņiem. Ražotāji aicināti līdzi ņemt produktu paraugus un cenu lapas. Iepircējiem, kuri pirmo reizi piedalās, klastera komanda palīdzēs sagatavot iepirkuma prasību aprakstu.

Igaunijas un Zviedrijas viesi piektdien piedalīsies pieredzes braucienā un stāstīs par savu pieredzi vietējās pārtikas piegādē salu skolām. Klasteris cer, ka no šīm sarunām izveidosies kopīgs projekts Centrālā Baltijas jūras reģiona programmā.

## Programma

**Ceturtdiena, 1. oktobris**

- 10.00 Reģistrācija un rīta kafija ar vietējo ražotāju gardumiem
- 10.30 Atklāšana: klastera valdes priekšsēdētājs Jānis Kalniņš-Roze, z/s „Lejasdzirnavas" īpašnieks; Talsu novada domes priekšsēdētāja Inese Vītola
- 11.00 Lekcija „Vietējā pārtika publiskajos iepirkumos: kā to izdarīt pareizi" – Dr. oec. Kristīne Zeltiņa, Latvijas Biozinātņu un tehnoloģiju universitāte
- 12.00 Ražotāju prezentācijas (pieci uzņēmumi, katram 10 minūtes)
- 13.00 Pusdienas
- 14.00–17.00 Uzņēmēju kontaktbirža ar iepircējiem no skolām, slimnīcām un restorāniem
- 19.00 Svētku vakariņas Laumu dabas parkā

**Piektdiena, 2. oktobris**

- 9.30 Pieredzes brauciens pie klastera biedriem: SIA „Stende Maiznīca", piena pārstrādes uzņēmums „Dundagas Siers" un z/s „Lejasdzirnavas"
- 14.00 Foruma noslēgums Dundagas pilī

Dalība forumā ir bez maksas, taču nepieciešama iepriekšēja reģistrācija līdz **24. septembrim** klastera mājaslapā. Pieredzes braucienam vietu skaits ir ierobežots – 45 dalībnieki. Autobuss uz saimniecībām atiet no Talsu Tautas nama plkst. 9.30 un atpakaļ Talsos atgriezīsies ap plkst. 16.00.

## Iepriekšējie forumi

- 2034 – Talsi, 2034. gada 12. oktobris
- 2035 – Dundaga, 2035. gada 8.–9. oktobris
- 2036 – Roja, 2036. gada 30. septembris – 1. oktobris

Pagājušajā gadā Rojā forumā piedalījās 132 dalībnieki, un kontaktbiržā notika 58 sarunas. Pēc foruma trīs Talsu novada skolas sāka iepirkt maizi un pienu tieši no klastera biedriem.

## Par klasteri

Ziemeļkurzemes Pārtikas klasteris dibināts 2031. gadā, un tajā apvienojušies 46 biedri – mazie ražotāji, zemnieku saimniecības, ēdinātāji, Talsu tehnikums un Ventspils Augstskola. Klastera darbību atbalsta Latvijas Investīciju un attīstības aģentūra (LIAA) klasteru programmas ietvaros. Klastera vadītāja ir Dace Ziemele. Pēdējo divu gadu laikā klasteris ir organizējis kopīgu produktu fotografēšanu, etiķešu dizaina konsultācijas un apmācības par pārtikas drošības prasībām mazajiem ražotājiem. Biedri regulāri tiekas arī neformālās sarunās, lai apmainītos ar pieredzi par loģistiku un pārdošanu.

Klastera biedru kopsapulce notiks 2037. gada 11. decembrī Talsos, kur biedri apstiprinās nākamā gada darba plānu un budžetu. Savukārt 2038. gada februārī klasteris plāno kopīgu stendu izstādē „Riga Food".

**Kontakti:** Ziemeļkurzemes Pārtikas klasteris, Lielā iela 19/21, Talsi, LV-3201; tālr. +371 20000000; info@zkpk.example.lv

*Foruma norisi līdzfinansē Talsu novada pašvaldība.*

Dalīties: [Facebook](#) · [LinkedIn](#) · [E-pasts](#)
"""
write(F, T)
ZK="Ziemeļkurzemes Pārtikas klasteris"
gold(F,
 [P("Laura Bērziņa-Ozola","klastera projektu koordinatore",ZK), P("Jānis Kalniņš-Roze","klastera valdes priekšsēdētājs",ZK),
  P("Inese Vītola","Talsu novada domes priekšsēdētāja",None), P("Kristīne Zeltiņa",None,"Latvijas Biozinātņu un tehnoloģiju universitāte"),
  P("Dace Ziemele","Klastera vadītāja",ZK)],
 [O(ZK), O("Talsu novada pašvaldība"), O("Kurzemes plānošanas reģionu"), O("Sāremā pārtikas klastera"), O("Lejasdzirnavas"),
  O("Talsu novada domes"), O("Latvijas Biozinātņu un tehnoloģiju universitāte"), O("Stende Maiznīca"), O("Dundagas Siers"),
  O("Talsu tehnikums"), O("Ventspils Augstskola"), O("Latvijas Investīciju un attīstības aģentūra","LIAA")],
 [E("Garša un gudrība 2037","2037-10-01","2037-10-02","Talsi","Latvia"),
  E("Vietējā pārtika publiskajos iepirkumos: kā to izdarīt pareizi","2037-10-01",None,"Talsi","Latvia"),
  E("Uzņēmēju kontaktbirža","2037-10-01",None,"Talsi","Latvia"),
  E("Svētku vakariņas","2037-10-01",None,None,"Latvia"),
  E("Pieredzes brauciens","2037-10-02",None,None,"Latvia"),
  E("Garša un gudrība","2034-10-12",None,"Talsi","Latvia"),
  E("Garša un gudrība","2035-10-08","2035-10-09","Dundaga","Latvia"),
  E("Garša un gudrība","2036-09-30","2036-10-01","Roja","Latvia"),
  E("biedru kopsapulce","2037-12-11",None,"Talsi","Latvia"),
  E("Riga Food","2038-02",None,None,None)],
 ["2037-09-08","2037-10-01/2037-10-02","2037-10-01","2037-10-02","2037-09-24","2034","2034-10-12","2035","2035-10-08/2035-10-09",
  "2036","2036-09-30/2036-10-01","2031","2037-12-11","2038-02"],
 [], pub="2037-09-08")
