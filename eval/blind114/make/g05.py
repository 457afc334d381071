from h import *
F = 'g05_nova_gorica_grozd_direktor.txt'
assert wd(2041,1,15)=='Tuesday' and wd(2041,3,7)=='Thursday' and wd(2041,2,1)=='Friday'
T = """SPOROČILO ZA JAVNOST

Nova Gorica, 17. januar 2041

Mehatronski grozd Severna Primorska ima novo direktorico

Seja upravnega odbora Mehatronskega grozda Severna Primorska (MGSP) je bila v torek, 15. januarja 2041. Odbor je na njej za novo direktorico grozda soglasno imenoval mag. Petro Kovačič Furlan. Na položaju bo nasledila dr. Marka Bizjaka, ki je grozd vodil od ustanovitve leta 2033 in se bo s 1. februarjem 2041 zaposlil na Univerzi v Novi Gorici kot prodekan za sodelovanje z gospodarstvom. Nova direktorica bo delo prevzela v petek, 1. februarja 2041.

Kdo je Petra Kovačič Furlan
Petra Kovačič Furlan (41) je diplomirala iz strojništva (Fakulteta za strojništvo, Univerza v Ljubljani) in magistrirala iz poslovnih ved (Ekonomska fakulteta, Ljubljana). Kariero je začela leta 2024 kot razvojna inženirka v podjetju Hidria d.o.o. v Spodnji Idriji. V letih 2030–2035 je vodila oddelek za avtomatizacijo v podjetju Mahle Electric Drives Slovenija v Šempetru pri Gorici, nato pa se je preselila na Primorski tehnološki park, kjer je bila zadnjih šest let odgovorna za podporo zagonskim podjetjem. Regionalna razvojna agencija severne Primorske jo je leta 2038 imenovala v svoj nadzorni svet, Območna gospodarska zbornica Nova Gorica pa jo je izvolila za predsednico sekcije za mehatroniko.

»Grozd ima danes 46 članov, od majhnih orodjarn do velikih dobaviteljev avtomobilske industrije. Moja naloga je, da jih povežem s partnerji onstran meje v Furlaniji in z evropskimi projekti, ki jih sami ne bi nikoli prijavili,« je ob imenovanju povedala nova direktorica.

Zahvala odhajajočemu direktorju
Predsednik upravnega odbora Aleš Černe, direktor podjetja Kolektor Sisteh d.o.o., se je dr. Marku Bizjaku zahvalil za osem let dela: »Marko je grozd zgradil iz nič. Danes smo partner v treh evropskih projektih, imamo skupni laboratorij za robotiko in smo prepoznavni tudi v Bruslju.« Dr. Marko Bizjak ostaja član strokovnega sveta grozda.

Upravni odbor v mandatu 2039–2043
- Aleš Černe, Kolektor Sisteh d.o.o., predsednik
- Tanja Podgornik, Univerza v Novi Gorici, podpredsednica
- Gregor Mozetič, Iskra Mehanizmi d.o.o., član
- Valentina Marušič-Gabrijelčič, Primorski tehnološki park, članica
- Luka Štrukelj, Orodjarna Štrukelj s.p., član

Strokovna služba grozda
Poleg direktorice v strokovni službi delajo še Nina Lozej (vodja projektov), Rok Vidmar (koordinator za mednarodno sodelovanje) in Sara Makuc (administracija in finance).

Prvi nastop nove direktorice
Letna skupščina grozda bo v četrtek, 7. marca 2041, ob 14. uri v prostorih Primorskega tehnološkega parka (Vrtojba, Mednarodni prehod 6). Na njej se bo članom predstavila nova direktorica. Program dneva:
10.00 Okrogla miza o pomanjkanju kadrov v kovinski industriji; sodelujejo: Zavod Republike Slovenije za zaposlovanje, Šolski center Nova Gorica in predstavniki podjetij
12.30 Kosilo
14.00 Letna skupščina grozda
16.30 Ogled novega laboratorija za sodelujoče robote

Tretji čezmejni Dnevi mehatronike, ki jih grozd pripravlja skupaj s centrom Friuli Innovazione iz Vidma, bodo od 23. do 24. maja 2041 (Gorizia in Nova Gorica). Sledila bo poslovna misija na sejem Automatica (München, junij 2041).

O grozdu
Mehatronski grozd Severna Primorska je bil ustanovljen leta 2033 kot gospodarsko interesno združenje podjetij, raziskovalnih organizacij in izobraževalnih ustanov Goriške regije. Delovanje grozda podpirata Ministrstvo za gospodarstvo, turizem in šport ter Mestna občina Nova Gorica. Grozd je član mreže European Clusters Alliance (Evropska zveza grozdov).

Kontakt za medije:
Rok Vidmar, koordinator za mednarodno sodelovanje
Mehatronski grozd Severna Primorska, Cesta 25. junija 1, 5000 Nova Gorica
T: +386 5 000 00 00 | E: rok.vidmar@mgsp.example.si

Priloga: fotografija nove direktorice (foto: arhiv MGSP). Fotografije v visoki ločljivosti pošljemo na zahtevo.

###
"""
write(F, T)
M="Mehatronski grozd Severna Primorska"
gold(F,
 [P("Petra Kovačič Furlan","direktorica",M),
  P("Marko Bizjak","prodekan za sodelovanje z gospodarstvom","Univerza v Novi Gorici"),
  P("Aleš Černe","Predsednik upravnega odbora",M),
  P("Tanja Podgornik","podpredsednica",M),
  P("Gregor Mozetič","član",M),
  P("Valentina Marušič-Gabrijelčič","članica",M),
  P("Luka Štrukelj","član",M),
  P("Nina Lozej","vodja projektov",M),
  P("Rok Vidmar","koordinator za mednarodno sodelovanje",M),
  P("Sara Makuc","administracija in finance",M)],
 [O(M,"MGSP"), O("Univerza v Novi Gorici"), O("Fakulteta za strojništvo"), O("Univerza v Ljubljani"), O("Ekonomska fakulteta"),
  O("Hidria d.o.o."), O("Mahle Electric Drives Slovenija"), O("Primorski tehnološki park"),
  O("Regionalna razvojna agencija severne Primorske"), O("Območna gospodarska zbornica Nova Gorica"),
  O("Kolektor Sisteh d.o.o."), O("Iskra Mehanizmi d.o.o."), O("Orodjarna Štrukelj s.p."),
  O("Zavod Republike Slovenije za zaposlovanje"), O("Šolski center Nova Gorica"), O("Friuli Innovazione"),
  O("Ministrstvo za gospodarstvo, turizem in šport"), O("Mestna občina Nova Gorica"), O("European Clusters Alliance")],
 [E("Seja upravnega odbora","2041-01-15",None,None,None),
  E("Letna skupščina grozda","2041-03-07",None,"Vrtojba","Slovenia"),
  E("Ogled novega laboratorija za sodelujoče robote","2041-03-07",None,"Vrtojba","Slovenia"),
  E("Tretji čezmejni Dnevi mehatronike","2041-05-23","2041-05-24","Gorizia, Nova Gorica",None),
  E("poslovna misija na sejem Automatica","2041-06",None,"München","Germany"),
  E("Automatica","2041-06",None,"München","Germany")],
 ["2041-01-17","2041-01-15","2033","2041-02-01","2024","2030/2035","2038","2039/2043","2041-03-07","2041-05-23/2041-05-24","2041-06"],
 [], pub="2041-01-17")
