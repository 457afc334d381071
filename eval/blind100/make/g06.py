from h import *
F = 'g06_osijek_agrifood_govornici.md'
assert wd(2037,10,14)=='Wednesday' and wd(2037,10,15)=='Thursday'
T = """Početna › Događanja › Agro-food forum Slavonija 2037 › Govornici

# Govornici – Agro-food forum Slavonija 2037

**14. i 15. listopada 2037. · Gradski vrt, Osijek**

[Program](#) · [Govornici](#) · [Registracija](#) · [Smještaj](#) · [Arhiva: 2034 · 2035 · 2036](#)

Peto izdanje foruma organizira Klaster prehrambene industrije Slavonije i Baranje (KPISB) u suradnji s Fakultetom agrobiotehničkih znanosti Osijek i Hrvatskom gospodarskom komorom – Županijskom komorom Osijek. Ove godine u središtu su radna snaga, voda i izvoz. Popis govornika ažuriran je 29. rujna 2037.

## Svečano otvaranje (srijeda, 14. listopada, 9:30)

- **Ivana Matić**, državna tajnica, Ministarstvo poljoprivrede
- **Dario Kovačević**, župan Osječko-baranjske županije
- **Mirela Šarić**, predsjednica Upravnog odbora KPISB-a i direktorica tvrtke Mlin Đakovo d.o.o.

## Panel 1: Tko će raditi u tvornicama hrane? (10:30–12:00)

Moderatorica: **Petra Jurić**, novinarka, Glas Slavonije

- **prof. dr. sc. Marko Tadić**, dekan, Fakultet agrobiotehničkih znanosti Osijek
- **Snježana Vuković**, direktorica ljudskih potencijala, Slavonski mesni proizvodi d.d.
- **Goran Perković**, ravnatelj, Hrvatski zavod za zapošljavanje – Područni ured Osijek
- **Anna Horváth-Kiss**, voditeljica projekta, Dél-Alföldi Élelmiszeripari Klaszter (Szeged, Mađarska)

## Panel 2: Voda i navodnjavanje (13:30–15:00)

Moderator: **dr. sc. Zoran Bešlić**, Hrvatske vode

- **Katarina Lovrić**, savjetnica za održivost, Mliječni lanac d.d.
- **Nikola Babić**, vlasnik, OPG Babić, Čepin
- **dr. sc. Jelena Radić**, znanstvena suradnica, Poljoprivredni institut Osijek

## Keynote (15:30)

- **Thomas Lindqvist**, voditelj odjela za klastere, Europska agencija za mala i srednja poduzeća (EISMEA): „Klasteri i otpornost lanaca opskrbe hranom”

## Drugi dan (četvrtak, 15. listopada)

**9:00–12:00 B2B sastanci** – koordinira **Tena Marković**, Enterprise Europe Network Hrvatska

**12:30 Posjet tvornici** Slavonska konditorija d.o.o., Osijek – domaćin **Boris Herceg**, tehnički direktor

**14:00 Radionica: izvoz na tržište EU-a i Bliskog istoka** – predavač **Ante Šimunović**, savjetnik, HAMAG-BICRO

## Zaključci prošlogodišnjeg foruma

Na forumu 2036. sudionici su usvojili tri zaključka:

1. Klaster će do kraja 2037. pokrenuti zajedničku akademiju za operatere strojeva u prehrambenoj industriji.
2. Članovi trebaju zajednički nastupiti prema županiji u pitanju sustava navodnjavanja.
3. Forum ostaje besplatan za mala poduzeća i obiteljska gospodarstva.

## Praktične informacije

Sudjelovanje na forumu je besplatno, ali je registracija obvezna do 7. listopada 2037. Predavanja se održavaju na hrvatskom i engleskom jeziku uz simultani prijevod. Za B2B sastanke sudionici profile unose na platformu najkasnije tri dana prije foruma; termine potvrđuje Enterprise Europe Network Hrvatska. Autobus za posjet tvornici polazi ispred Gradskog vrta u 12:15. Za sudionike iz inozemstva klaster je osigurao povoljnije cijene smještaja u dva hotela u centru Osijeka, a popis je dostupan na stranici Smještaj.

## O forumu

Agro-food forum Slavonija prvi put je održan 2033. u Đakovu, s tridesetak sudionika. Od tada se svake jeseni okupljaju proizvođači hrane, poljoprivrednici, znanstvenici i predstavnici javne uprave iz istočne Hrvatske i susjednih regija. Prošle godine forum je imao više od 350 sudionika i 140 B2B sastanaka, a izlagači iz Mađarske, Srbije i Bosne i Hercegovine predstavili su svoje proizvode u predvorju.

## Organizacijski odbor

- **Mirela Šarić**, predsjednica
- **Krešimir Pavić**, voditelj klastera, KPISB
- **Lucija Knežević**, koordinatorica događanja, KPISB

Za pitanja o programu, govornicima i medijskim akreditacijama obratite se organizacijskom odboru.

Kontakt: forum@kpisb.example.hr · +385 31 000 410

*Organizator zadržava pravo izmjene programa. Fotografije s događanja mogu se objaviti na mrežnim stranicama i društvenim mrežama klastera.*

Podijeli: [Facebook](#) · [LinkedIn](#) · [E-pošta](#)

© 2037 Klaster prehrambene industrije Slavonije i Baranje · Trg Ante Starčevića 7, 31000 Osijek · [Politika privatnosti](#)
"""
write(F, T)
C = "Klaster prehrambene industrije Slavonije i Baranje"
gold(F,
 [P("Ivana Matić","državna tajnica","Ministarstvo poljoprivrede"), P("Dario Kovačević","župan","Osječko-baranjske županije"),
  P("Mirela Šarić","predsjednica Upravnog odbora KPISB-a",C), P("Petra Jurić","novinarka","Glas Slavonije"),
  P("Marko Tadić","dekan","Fakultet agrobiotehničkih znanosti Osijek"),
  P("Snježana Vuković","direktorica ljudskih potencijala","Slavonski mesni proizvodi d.d."),
  P("Goran Perković","ravnatelj","Hrvatski zavod za zapošljavanje – Područni ured Osijek"),
  P("Anna Horváth-Kiss","voditeljica projekta","Dél-Alföldi Élelmiszeripari Klaszter"),
  P("Zoran Bešlić","Moderator","Hrvatske vode"), P("Katarina Lovrić","savjetnica za održivost","Mliječni lanac d.d."),
  P("Nikola Babić","vlasnik","OPG Babić"), P("Jelena Radić","znanstvena suradnica","Poljoprivredni institut Osijek"),
  P("Thomas Lindqvist","voditelj odjela za klastere","Europska agencija za mala i srednja poduzeća"),
  P("Tena Marković",None,"Enterprise Europe Network Hrvatska"), P("Boris Herceg","tehnički direktor","Slavonska konditorija d.o.o."),
  P("Ante Šimunović","savjetnik","HAMAG-BICRO"), P("Krešimir Pavić","voditelj klastera",C),
  P("Lucija Knežević","koordinatorica događanja",C)],
 [O(C,"KPISB"), O("Fakultet agrobiotehničkih znanosti Osijek"), O("Hrvatskom gospodarskom komorom – Županijskom komorom Osijek"),
  O("Ministarstvo poljoprivrede"), O("Osječko-baranjske županije"), O("Mlin Đakovo d.o.o."), O("Glas Slavonije"),
  O("Slavonski mesni proizvodi d.d."), O("Hrvatski zavod za zapošljavanje – Područni ured Osijek"),
  O("Dél-Alföldi Élelmiszeripari Klaszter"), O("Hrvatske vode"), O("Mliječni lanac d.d."), O("OPG Babić"),
  O("Poljoprivredni institut Osijek"), O("Europska agencija za mala i srednja poduzeća","EISMEA"),
  O("Enterprise Europe Network Hrvatska"), O("Slavonska konditorija d.o.o."), O("HAMAG-BICRO")],
 [E("Agro-food forum Slavonija 2037","2037-10-14","2037-10-15","Osijek","Croatia"),
  E("Svečano otvaranje","2037-10-14",None,"Osijek","Croatia"),
  E("B2B sastanci","2037-10-15",None,"Osijek","Croatia"), E("Posjet tvornici","2037-10-15",None,"Osijek","Croatia"),
  E("Radionica: izvoz na tržište EU-a i Bliskog istoka","2037-10-15",None,"Osijek","Croatia"),
  E("forum 2036","2036",None,None,None),
  E("Agro-food forum Slavonija","2033",None,"Đakovo","Croatia")],
 ["2037-10-14/2037-10-15","2037-09-29","2037-10-14","2037-10-15","2037","2037-10-07","2033"],
 ["Klaster će do kraja 2037. pokrenuti zajedničku akademiju za operatere strojeva u prehrambenoj industriji",
  "Članovi trebaju zajednički nastupiti prema županiji u pitanju sustava navodnjavanja",
  "Forum ostaje besplatan za mala poduzeća i obiteljska gospodarstva"], "2037-09-29")
