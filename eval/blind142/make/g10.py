from h import *
F = 'g10_novo_mesto_interreg_uvodni_sestanek.txt'
assert wd(2034,9,19)=='Tuesday' and wd(2034,9,20)=='Wednesday' and wd(2034,11,16)=='Thursday'
T = """Razvojni center Novo mesto d.o.o. – Novice

Domov / Novice / Evropski projekti                                   Iskanje | EN | Prijava na e-novice

Objavljeno: 25. 9. 2034 | Avtor: Tina Zupančič | Kategorija: Evropski projekti

V Novem mestu uvodni sestanek projekta GREEN-MOBI SI-HR

Razvojni center Novo mesto je v torek, 19. septembra, in sredo, 20. septembra 2034, gostil uvodni sestanek projekta GREEN-MOBI SI-HR, ki ga sofinancira program Interreg Slovenija–Hrvaška. Projekt bo v naslednjih 30 mesecih, od 1. 9. 2034 do 28. 2. 2037, pomagal malim in srednjim podjetjem iz avtomobilske in kovinske industrije na obeh straneh meje pri prehodu na komponente za električna vozila.

V projektu sodeluje sedem partnerjev:
- Razvojni center Novo mesto d.o.o. (vodilni partner),
- Gospodarska zbornica Dolenjske in Bele krajine,
- Fakulteta za industrijski inženiring Novo mesto (FINI),
- Grozd avtomobilske industrije Slovenije – ACS (GIZ ACS),
- Razvojna agencija Karlovačke županije (KARLA),
- Hrvatska gospodarska komora, Županijska komora Karlovac,
- Tehnološki park Zagreb d.o.o.

Prvi dan je udeležence v prostorih Razvojnega centra pozdravil direktor mag. Andrej Kocjančič-Hribar. Poudaril je, da je v jugovzhodni Sloveniji skoraj 200 dobaviteljev avtomobilske industrije, od katerih jih večina še vedno izdeluje dele za motorje z notranjim izgorevanjem. »Če se ne pripravimo zdaj, nas bodo spremembe na trgu prehitele,« je dejal. Zbrane je nagovorila tudi podžupanja Mestne občine Novo mesto, Nataša Bregar Lindič.

Vodja projekta Špela Grm je predstavila delovne sklope, časovnico in obveznosti partnerjev. Predstavnica Skupnega sekretariata programa, Ivana Marković-Šimić, je pojasnila pravila poročanja in upravičenosti stroškov, posebej za manjše partnerje, ki prvič sodelujejo v projektu Interreg. Dr. Boris Lah s FINI je predstavil metodologijo za oceno zrelosti podjetij.

Po kosilu so se partnerji odpravili na ogled proizvodnje v podjetju Revoz d.d., kjer jim je vodja razvoja dobaviteljev Matej Kastelic predstavil zahteve za nove dobavitelje električnih komponent. Zvečer je sledila skupna večerja na gradu Otočec.

Drugi dan je potekal delovni sestanek o pilotnih aktivnostih. Hrvaški partnerji so predstavili stanje v Karlovški županiji, kjer je, kot je povedal direktor KARLA Tomislav Jurić, okoli 60 kovinskopredelovalnih podjetij, ki iščejo nove trge. Dogovorili so se, da bosta obe regiji pripravili skupno bazo podjetij in skupni katalog storitev. V razpravi so podjetniki iz Bele krajine opozorili, da jim primanjkuje predvsem inženirjev za elektroniko in da bi potrebovali skupne programe usposabljanja. Gospodarska zbornica Dolenjske in Bele krajine bo zato v projekt vključila tudi srednje šole iz regije.

Ključna sporočila uvodnega sestanka
• Podjetja je treba nagovoriti z jasnimi primeri, ne z razpisnimi pogoji
• Skupna baza dobaviteljev iz obeh regij bo pripravljena do konca leta 2034
• Prvi krog ocen zrelosti bo zajel 40 podjetij, 20 v Sloveniji in 20 na Hrvaškem
• Partnerji bodo vsaka dva meseca izmenično organizirali spletne sestanke

Naslednji koraki
Prva delavnica za podjetja bo v četrtek, 16. novembra 2034, v Karlovcu. Drugi sestanek partnerjev bo marca 2035 v Zagrebu, v prostorih Tehnološkega parka Zagreb. Projekt se bo predstavil tudi na prireditvi Dnevi slovenske avtomobilske industrije, ki jo GIZ ACS vsako leto organizira na Gospodarskem razstavišču (Dunajska cesta 18, Ljubljana); lani je potekala 7. in 8. junija 2033.

Za dodatne informacije: Špela Grm, vodja projekta, spela.grm@rc-nm.example.si, tel. 07 000 00 00

Projekt GREEN-MOBI SI-HR sofinancira Evropska unija iz Evropskega sklada za regionalni razvoj v okviru programa Interreg Slovenija–Hrvaška 2034–2040.

Deli: Facebook | LinkedIn | X | E-pošta
« Prejšnja novica: Javni poziv za vavčerje za digitalizacijo | Naslednja novica: Obisk delegacije iz Baden-Württemberga »

Razvojni center Novo mesto d.o.o., Podbreznik 15, 8000 Novo mesto | Piškotki | Varstvo osebnih podatkov
"""
write(F, T)
R="Razvojni center Novo mesto d.o.o."
gold(F,
 [P("Tina Zupančič",None,None),
  P("Andrej Kocjančič-Hribar","direktor",R),
  P("Nataša Bregar Lindič","podžupanja","Mestne občine Novo mesto"),
  P("Špela Grm","vodja projekta",R),
  P("Ivana Marković-Šimić","Predstavnica","Skupnega sekretariata programa"),
  P("Boris Lah",None,"FINI"),
  P("Matej Kastelic","vodja razvoja dobaviteljev","Revoz d.d."),
  P("Tomislav Jurić","direktor","KARLA")],
 [O(R), O("Gospodarska zbornica Dolenjske in Bele krajine"), O("Fakulteta za industrijski inženiring Novo mesto","FINI"),
  O("Grozd avtomobilske industrije Slovenije – ACS","GIZ ACS"), O("Razvojna agencija Karlovačke županije","KARLA"),
  O("Hrvatska gospodarska komora"), O("Županijska komora Karlovac"), O("Tehnološki park Zagreb d.o.o."),
  O("Mestne občine Novo mesto"), O("Skupnega sekretariata programa"), O("Revoz d.d.")],
 [E("uvodni sestanek projekta GREEN-MOBI SI-HR","2034-09-19","2034-09-20","Novo mesto","Slovenia"),
  E("ogled proizvodnje v podjetju Revoz d.d.","2034-09-19",None,"Novo mesto","Slovenia"),
  E("skupna večerja","2034-09-19",None,"Otočec","Slovenia"),
  E("delovni sestanek o pilotnih aktivnostih","2034-09-20",None,"Novo mesto","Slovenia"),
  E("Prva delavnica za podjetja","2034-11-16",None,"Karlovac","Croatia"),
  E("Drugi sestanek partnerjev","2035-03",None,"Zagreb","Croatia"),
  E("Dnevi slovenske avtomobilske industrije",None,None,"Ljubljana","Slovenia"),
  E("Dnevi slovenske avtomobilske industrije (2033)","2033-06-07","2033-06-08","Ljubljana","Slovenia")],
 ["2034-09-25","2034-09-19/2034-09-20","2034-09-01/2037-02-28","2034","2034-11-16","2035-03","2033-06-07/2033-06-08","2034/2040"],
 ["Podjetja je treba nagovoriti z jasnimi primeri, ne z razpisnimi pogoji",
  "Skupna baza dobaviteljev iz obeh regij bo pripravljena do konca leta 2034",
  "Prvi krog ocen zrelosti bo zajel 40 podjetij, 20 v Sloveniji in 20 na Hrvaškem",
  "Partnerji bodo vsaka dva meseca izmenično organizirali spletne sestanke"],
 pub="2034-09-25")
