from h import *
F = 'g07_bjelovar_govornici_konferencija.md'
assert wd(2037,5,20)=='Wednesday' and wd(2037,5,21)=='Thursday' and wd(2037,5,5)=='Tuesday'
T = """# 4. Dani agroklastera Bilogore – Govornici

**Bjelovar, 20. – 21. svibnja 2037. · Kulturni centar Bjelovar**

[Program](#program) | [Govornici](#govornici) | [Prijava](#prijava) | [Prethodna izdanja](#arhiva)

Organizator: **Klaster za agroinovacije Bilogora (KAB)**
Suorganizatori: Bjelovarsko-bilogorska županija, Veleučilište u Bjelovaru
Pokrovitelj: Ministarstvo gospodarstva

Dani agroklastera Bilogore okupljaju svake godine poljoprivrednike, prerađivače hrane, tehnološke tvrtke, istraživače i javnu upravu iz Bjelovarsko-bilogorske županije i susjednih regija. Ovogodišnja tema je suradnja klastera i lokalnih proizvođača u opskrbi javnih kuhinja – škola, bolnica i domova za starije osobe – hranom iz regije.

---

## Govornici

**Dr. sc. Ivana Horvat-Kovačević** – predsjednica Upravnog odbora Klastera za agroinovacije Bilogora

Ivana Horvat-Kovačević vodi obiteljsku mljekaru Sirana Bilogora d.o.o. iz Grubišnog Polja od 2027. godine. Doktorat je stekla na ustanovi Agronomski fakultet Sveučilišta u Zagrebu. Predsjednica je Upravnog odbora klastera od 2034. Ranije članstvo: Nadzorni odbor, Hrvatska gospodarska komora – Županijska komora Bjelovar (2030–2034). Majka troje djece, strastvena planinarka.

**Tomislav Babić** – direktor klastera

Tomislav je klaster preuzeo 1. ožujka 2036. Prethodno je osam godina vodio odjel za EU projekte u ustanovi Razvojna agencija Bjelovarsko-bilogorske županije (BBŽ-RA), a prije toga radio je u Zagrebu kao savjetnik u agenciji HAMAG-BICRO. Diplomirao je ekonomiju u Osijeku.

**Mag. ing. Petra Šimunović** – pročelnica Upravnog odjela za gospodarstvo, Bjelovarsko-bilogorska županija

Petra je zadužena za županijsku strategiju pametne specijalizacije i program potpora za mala i srednja poduzeća. Na konferenciji će predstaviti novi županijski fond za inovacije.

**Prof. dr. sc. Damir Grgić** – dekan Veleučilišta u Bjelovaru

Stručnjak za mehatroniku i precizno stočarstvo. Pod njegovim vodstvom Veleučilište je 2035. otvorilo Centar za pametnu poljoprivredu, u kojem studenti i tvrtke članice klastera zajedno testiraju robote za mužnju, sustave navodnjavanja i dronove za praćenje usjeva.

**Anna Lehtonen** – voditeljica projekata, Foodwest Oy (Seinäjoki, Finska)

Anna radi na povezivanju agroklastera u sjevernoj i južnoj Europi i sudjeluje u platformi European Cluster Collaboration Platform kao mentorica za klastere u nastajanju. Gošća je iz partnerske regije Južne Pohjanmaa.

**Goran Vuković** – osnivač i direktor AgroSens d.o.o., Bjelovar

Start-up koji razvija senzore za praćenje vlage tla. AgroSens je 2036. osvojio nagradu za najbolju inovaciju na sajmu Bjelovarski sajam.

**Marijana Perković-Lukić** – voditeljica Regionalnog ureda u Osijeku, Hrvatska banka za obnovu i razvitak (HBOR)

Govorit će o financiranju ulaganja u preradu hrane i o novim kreditnim linijama za zadruge. U HBOR-u radi od 2029., prije toga bila je kreditna analitičarka (Zagrebačka banka d.d.).

---

## Program (izvadak)

**Srijeda, 20. svibnja 2037.**

- 9:00 Registracija
- 9:30 Otvaranje – Ivana Horvat-Kovačević, Petra Šimunović
- 10:00 Uvodno predavanje: „Klasteri kao pokretač ruralnog razvoja" – Anna Lehtonen
- 11:00 Panel: Kako do kapitala za preradu? – Marijana Perković-Lukić, Goran Vuković; moderira Tomislav Babić
- 12:30 Ručak
- 14:00 B2B susreti članova klastera i kupaca
- 19:00 Svečana večera – Vinarija Coner, Daruvar

**Četvrtak, 21. svibnja 2037.**

- 9:00 Obilazak Centra za pametnu poljoprivredu Veleučilišta u Bjelovaru – domaćin Damir Grgić
- 11:30 Godišnja skupština Klastera za agroinovacije Bilogora (samo za članove)
- 13:00 Zatvaranje

---

## Prijava

Sudjelovanje je besplatno za članove klastera. Prijave primamo do 5. svibnja 2037. putem obrasca na stranici. Broj mjesta za svečanu večeru je ograničen.

## Prethodna izdanja

- 3. Dani agroklastera Bilogore, 14. – 15. svibnja 2036., Bjelovar – tema: mladi poljoprivrednici
- 2. Dani agroklastera Bilogore, lipanj 2035., Garešnica
- 1. Dani agroklastera Bilogore, 2034., Bjelovar

Kontakt: info@kab.example.hr · +385 43 000 000 · Klaster za agroinovacije Bilogora, Trg Eugena Kvaternika 1, Bjelovar
"""
write(F, T)
K="Klaster za agroinovacije Bilogora"
gold(F,
 [P("Ivana Horvat-Kovačević","predsjednica Upravnog odbora",K),
  P("Tomislav Babić","direktor klastera",K),
  P("Petra Šimunović","pročelnica Upravnog odjela za gospodarstvo","Bjelovarsko-bilogorska županija"),
  P("Damir Grgić","dekan","Veleučilište u Bjelovaru"),
  P("Anna Lehtonen","voditeljica projekata","Foodwest Oy"),
  P("Goran Vuković","osnivač i direktor","AgroSens d.o.o."),
  P("Marijana Perković-Lukić","voditeljica Regionalnog ureda u Osijeku","Hrvatska banka za obnovu i razvitak")],
 [O(K,"KAB"), O("Bjelovarsko-bilogorska županija"), O("Veleučilište u Bjelovaru"), O("Ministarstvo gospodarstva"),
  O("Sirana Bilogora d.o.o."), O("Agronomski fakultet Sveučilišta u Zagrebu"),
  O("Hrvatska gospodarska komora"), O("Razvojna agencija Bjelovarsko-bilogorske županije","BBŽ-RA"),
  O("HAMAG-BICRO"), O("Centar za pametnu poljoprivredu"), O("Foodwest Oy"), O("European Cluster Collaboration Platform"),
  O("AgroSens d.o.o."), O("Hrvatska banka za obnovu i razvitak","HBOR"), O("Zagrebačka banka d.d.")],
 [E("4. Dani agroklastera Bilogore","2037-05-20","2037-05-21","Bjelovar","Croatia"),
  E("B2B susreti članova klastera i kupaca","2037-05-20",None,"Bjelovar","Croatia"),
  E("Svečana večera","2037-05-20",None,"Daruvar","Croatia"),
  E("Obilazak Centra za pametnu poljoprivredu Veleučilišta u Bjelovaru","2037-05-21",None,"Bjelovar","Croatia"),
  E("Godišnja skupština Klastera za agroinovacije Bilogora","2037-05-21",None,"Bjelovar","Croatia"),
  E("Bjelovarski sajam","2036",None,"Bjelovar","Croatia"),
  E("3. Dani agroklastera Bilogore","2036-05-14","2036-05-15","Bjelovar","Croatia"),
  E("2. Dani agroklastera Bilogore","2035-06",None,"Garešnica","Croatia"),
  E("1. Dani agroklastera Bilogore","2034",None,"Bjelovar","Croatia")],
 ["2037-05-20/2037-05-21","2027","2034","2036-03-01","2035","2036","2037-05-20","2037-05-21","2037-05-05","2036-05-14/2036-05-15","2035-06","2030/2034","2029"],
 [])
