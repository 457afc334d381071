from h import *
F = 'tuzla-klaster-metalaca-nova-predsjednica-2036.txt'
T = f"""SAOPĆENJE ZA JAVNOST

Klaster metalne i elektroindustrije Tuzlanskog kantona: Amra Hadžiabdić-Karić nova predsjednica Upravnog odbora
Naslijedila je Emira Mujkića, koji je klasterom rukovodio od 2028. godine. Izvršni direktor Nedim Softić ostaje na dužnosti.

Tuzla, {wd(2036,2,12,'hr')}, 12. februar 2036. – Skupština Udruženja „Klaster metalne i elektroindustrije Tuzlanskog kantona“ (KMET) izabrala je na sjednici održanoj {wd(2036,2,10,'hr')}, 10. februara 2036. u Tuzli, jednoglasno mr. sci. Amru Hadžiabdić-Karić za predsjednicu Upravnog odbora za mandatni period 2036–2039. Hadžiabdić-Karić (46) direktorica je kompanije Elektromont d.o.o. Lukavac, proizvođača razvodnih ormara i opreme za trafostanice, i članica je Upravnog odbora od 2031. godine.

Ona je prva žena na čelu klastera, koji okuplja 58 članica – od velikih firmi i malih porodičnih radionica do Univerziteta u Tuzli i Mašinskog fakulteta – sa oko 6.400 zaposlenih. Klaster je član Mreže klastera Bosne i Hercegovine i sarađuje sa Automotive Cluster Slovenia (ACS) te sa Klasterom mehatronike iz Ptuja.

„Zahvaljujem članicama na povjerenju“, izjavila je nova predsjednica. „Naši prioriteti u naredne tri godine bit će jasni: pripremiti firme za evropski mehanizam za prekogranično usklađivanje ugljika, zajedno sa srednjim školama i Univerzitetom obrazovati zavarivače, CNC operatere i elektrotehničare kojih nedostaje, te izaći na nova tržišta u Njemačkoj i Austriji. Preuzimam klaster u dobrom stanju i računam na timski rad.“

Skupština se posebno zahvalila odlazećem predsjedniku Emiru Mujkiću, osnivaču firme Mujkić Metal d.o.o. iz Živinica, koji je klasterom rukovodio dva mandata, od 2028. do 2035. godine. U tom periodu broj članica porastao je sa 23 na 58, klaster je otvorio zajednički centar za obuku zavarivača u Lukavcu i učestvovao u četiri projekta koje je finansirala Evropska unija. Mujkić ostaje član Upravnog odbora. „Odlazim zadovoljan jer ostavljam klaster koji je veći i otvoreniji prema Evropi“, rekao je. „Amra ima znanje i energiju da ga vodi dalje“, dodao je Emir Mujkić.

Za potpredsjednike Upravnog odbora izabrani su Dragan Petrović (Livnica Kreka d.d., Tuzla) i prof. dr. Selma Begović-Omerović (Mašinski fakultet Univerziteta u Tuzli). Petrović je i u prethodnom mandatu bio potpredsjednik, dok je Begović-Omerović nova potpredsjednica. Ostali članovi Upravnog odbora su Jasmin Halilović (Solar Gradačac d.o.o.), Ivana Marić-Jurić (Vitez Elektrik d.o.o., Gračanica), nova članica Upravnog odbora, Klaus-Peter Reinhardt (Reinhardt Antriebstechnik BH d.o.o., Srebrenik) i Adnan Osmanović (Razvojna agencija Tuzlanskog kantona – TIRDA).

Na dužnosti izvršnog direktora klastera ostaje dipl. ing. Nedim Softić, koji tu funkciju obavlja od 2030. godine i vodi tim od četiri osobe.

Skupština je usvojila i izvještaj o radu za 2035. godinu. Klaster je prošle godine organizovao 21 događaj, uključujući dvije poslovne misije u Sloveniju i Austriju, te pomogao devet članica da dobiju certifikate za zavarivanje prema evropskim standardima. Prihodi klastera iznosili su 412.000 KM, od čega su članarine činile nešto više od četvrtine. Usvojen je i plan rada za 2036. godinu, čiji je najvažniji dio priprema zajedničke prijave za program Interreg IPA Hrvatska – Bosna i Hercegovina – Crna Gora s partnerima iz Slavonskog Broda i Osijeka.

Ministrica privrede Tuzlanskog kantona Lejla Bešlagić-Tanović čestitala je novoj predsjednici: „Metalna i elektroindustrija nosioci su izvoza našeg kantona. Novoj predsjednici želim puno uspjeha, a Emiru Mujkiću zahvaljujemo u ime cijelog kantona.“

Nova predsjednica bit će predstavljena članicama i medijima na Danu klastera, koji će se održati u {wd(2036,3,20,'hr')}, 20. marta 2036. u 10.30 sati u Bosanskom kulturnom centru u Tuzli. Poslije podne planirana je posjeta pogonu kompanije Elektromont u Lukavcu.

Klaster će sa zajedničkim štandom 12 firmi učestvovati i na sajmu Hannover Messe od 20. do 24. aprila 2036.

Ko je Amra Hadžiabdić-Karić
Rođena je 1990. godine u Tuzli. Diplomirala je elektrotehniku na Fakultetu elektrotehnike Univerziteta u Tuzli, a magistrirala na Tehničkom univerzitetu u Grazu. Osam godina radila je u kompaniji Siemens d.o.o. Sarajevo, a 2021. preuzela je vođenje porodične firme Elektromont d.o.o. Od 2032. potpredsjednica je Privredne komore Tuzlanskog kantona.

Kontakt za medije:
Lamija Hasanbegović, služba za komunikacije KMET
info@kmet.ba · +387 35 300 417
www.kmet.ba
"""
write(F, T)
gold(F, [P('Amra Hadžiabdić-Karić','predsjednica Upravnog odbora','Klaster metalne i elektroindustrije Tuzlanskog kantona'), P('Emir Mujkić','član Upravnog odbora','Klaster metalne i elektroindustrije Tuzlanskog kantona'),
 P('Nedim Softić','Izvršni direktor','Klaster metalne i elektroindustrije Tuzlanskog kantona'), P('Dragan Petrović','potpredsjednik','Klaster metalne i elektroindustrije Tuzlanskog kantona'),
 P('Selma Begović-Omerović','potpredsjednica','Klaster metalne i elektroindustrije Tuzlanskog kantona'), P('Jasmin Halilović','član Upravnog odbora','Klaster metalne i elektroindustrije Tuzlanskog kantona'),
 P('Ivana Marić-Jurić','članica Upravnog odbora','Klaster metalne i elektroindustrije Tuzlanskog kantona'), P('Klaus-Peter Reinhardt','član Upravnog odbora','Klaster metalne i elektroindustrije Tuzlanskog kantona'),
 P('Adnan Osmanović','član Upravnog odbora','Klaster metalne i elektroindustrije Tuzlanskog kantona'), P('Lejla Bešlagić-Tanović','Ministrica privrede Tuzlanskog kantona',None),
 P('Lamija Hasanbegović','služba za komunikacije KMET','Klaster metalne i elektroindustrije Tuzlanskog kantona')],
 [O('Klaster metalne i elektroindustrije Tuzlanskog kantona','KMET'), O('Elektromont d.o.o.'), O('Univerziteta u Tuzli'), O('Mašinski fakultet Univerziteta u Tuzli'),
  O('Mreže klastera Bosne i Hercegovine'), O('Automotive Cluster Slovenia','ACS'), O('Klasterom mehatronike'), O('Mujkić Metal d.o.o.'), O('Evropska unija'),
  O('Livnica Kreka d.d.'), O('Solar Gradačac d.o.o.'), O('Vitez Elektrik d.o.o.'), O('Reinhardt Antriebstechnik BH d.o.o.'), O('Razvojna agencija Tuzlanskog kantona','TIRDA'),
  O('Fakultetu elektrotehnike Univerziteta u Tuzli'), O('Tehničkom univerzitetu u Grazu'), O('Siemens d.o.o. Sarajevo'), O('Privredne komore Tuzlanskog kantona')],
 [E('Skupština','2036-02-10','2036-02-10','Tuzla','Bosnia and Herzegovina'), E('Dan klastera','2036-03-20','2036-03-20','Tuzla','Bosnia and Herzegovina'),
  E('posjeta pogonu kompanije Elektromont','2036-03-20','2036-03-20','Lukavac','Bosnia and Herzegovina'), E('Hannover Messe','2036-04-20','2036-04-24','Hannover','Germany')],
 ['2028','2036-02-12','2036-02-10','2036/2039','2031','2028/2035','2030','2036-03-20','2036-04-20/2036-04-24','1990','2021','2032','2035','2036'], pub='2036-02-12')
