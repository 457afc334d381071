from h import *
F = 'g11_koper_grozd_nagrade.txt'
assert wd(2039,11,24)=='Thursday' and wd(2040,3,5)=='Monday'
T = """Pomorski in logistični grozd Primorske | Novice
Domov > Novice > Dogodki

Podeljene nagrade Zlati sidrnik 2039

Koper, 25. novembra 2039 – Objavila: Tjaša Kocjančič | Fotografije: Boris Pahor ml.

V četrtek, 24. novembra 2039, je Pomorski in logistični grozd Primorske (PLGP) v Pretorski palači v Kopru že sedmič podelil nagrade Zlati sidrnik za najboljše inovacije v pomorstvu, logistiki in pristaniških storitvah. Na letošnji razpis je prispelo 27 prijav iz Slovenije, Hrvaške in Italije, kar je največ doslej.

Zbrane je uvodoma nagovoril predsednik upravnega odbora grozda Marko Bratina, direktor družbe Bratina Logistika d.o.o., ki je poudaril, da so inovacije v logistiki vse pogosteje plod sodelovanja med pristaniščem, prevozniki in fakultetami. Slavnostni govornik je bil državni sekretar na Ministrstvu za gospodarstvo, turizem in šport mag. Rok Verbič, navzoča pa je bila tudi županja Mestne občine Koper Alenka Pečar Kozlovič.

Strokovna žirija

Prijave je ocenjevala petčlanska strokovna žirija v sestavi:
– prof. dr. Matjaž Šuligoj, Fakulteta za pomorstvo in promet Univerze v Ljubljani (predsednik žirije),
– dr. Nataša Kovač-Brezovar, Luka Koper d.d.,
– Gregor Zupančič, Gospodarska zbornica Slovenije, Območna zbornica za Južno Primorsko,
– Patrizia Degrassi, Cluster Marittimo del Friuli Venezia Giulia (Trst, Italija),
– mag. Davor Perić, Primorsko-goranska županijska komora (Reka, Hrvaška).

Žirija je prijave ocenjevala po merilih novosti, tržnega potenciala, vpliva na okolje in sodelovanja med člani grozda. »Letos smo težko izbirali, saj je bila raven prijav izjemno visoka,« je povedal predsednik žirije prof. dr. Šuligoj.

Nagrajenci

Zlati sidrnik 2039 – Kategorija velika podjetja:
Intereuropa d.d. za digitalni dvojček skladiščnega kompleksa v Serminu, ki je porabo energije zmanjšal za 19 odstotkov. Nagrado je prevzel vodja razvoja Aljoša Štrukelj.

Zlati sidrnik 2039 – Kategorija mala in srednja podjetja:
Portolab d.o.o. iz Izole za avtonomni plovni dron za merjenje onesnaženosti morja. Nagrado sta prevzela soustanoviteljica Maja Vatovec in soustanovitelj Luka Jerman.

Zlati sidrnik 2039 – Kategorija zagonska podjetja:
CargoSense d.o.o. iz Sežane za pametne plombe za zabojnike. Nagrado je prevzel direktor Tilen Gorjan.

Posebno priznanje žirije za sodelovanje:
Konzorcij Šolskega centra Srečka Kosovela Sežana, Fakultete za pomorstvo in promet in podjetja Kozina Transport d.o.o. za program praktičnega usposabljanja voznikov za električna tovorna vozila.

Nagrada občinstva (spletno glasovanje, 1.412 glasov):
Ribogojnica Fonda d.o.o. iz Pirana za sledljivost brancinov s kodo QR.

Vse nagrajene inovacije bodo predstavljene na skupni stojnici grozda na sejmu Transport Logistic Southeast Europe v Zagrebu.

Prireditev je povezovala novinarka Radia Koper Irena Furlan, za glasbeni program pa je poskrbel Kvartet Istra. Po podelitvi so se gostje zadržali na sprejemu v preddverju palače, kjer so nagrajenci predstavili svoje izdelke.

Nagrade, kipce akademskega kiparja Jurija Smoleta, so podelili Marko Bratina, mag. Rok Verbič in direktorica grozda Petra Babič.

Zahvala

Grozd se zahvaljuje pokroviteljem: Luka Koper d.d., Banka Intesa Sanpaolo d.d., Zavarovalnica Triglav d.d. ter Regionalni razvojni center Koper. Dogodek je bil sofinanciran iz Programa sodelovanja Interreg VI-A Italija–Slovenija v okviru projekta PortConnect.

Naslednji koraki

Razpis za Zlati sidrnik 2040 bo objavljen v ponedeljek, 5. marca 2040. Prijave bodo odprte do 30. septembra 2040. Dodatne informacije: nagrade@plgp.si, tel. +386 5 663 71 20 (Petra Babič).

Pretekli dobitniki glavne nagrade:
2038 – Luka Koper d.d. (avtomatizirana vhodna vrata)
2037 – Adria Tow d.o.o. (hibridni vlačilec)
2036 – Fakulteta za pomorstvo in promet (simulator za krmarjenje)

Deli: Facebook | LinkedIn | X | E-pošta
Oznake: nagrade, inovacije, Zlati sidrnik, logistika

© 2039 Pomorski in logistični grozd Primorske, Ukmarjev trg 6, 6000 Koper
Politika zasebnosti | Piškotki
"""
write(F, T)
G='Pomorski in logistični grozd Primorske'
gold(F,
 [P("Tjaša Kocjančič",None,None), P("Boris Pahor ml.",None,None),
  P("Marko Bratina","predsednik upravnega odbora grozda",G), P("Rok Verbič","državni sekretar","Ministrstvu za gospodarstvo, turizem in šport"),
  P("Alenka Pečar Kozlovič","županja","Mestne občine Koper"),
  P("Matjaž Šuligoj","predsednik žirije","Fakulteta za pomorstvo in promet Univerze v Ljubljani"),
  P("Nataša Kovač-Brezovar",None,"Luka Koper d.d."),
  P("Gregor Zupančič",None,"Gospodarska zbornica Slovenije"),
  P("Patrizia Degrassi",None,"Cluster Marittimo del Friuli Venezia Giulia"), P("Davor Perić",None,"Primorsko-goranska županijska komora"),
  P("Aljoša Štrukelj","vodja razvoja","Intereuropa d.d."), P("Maja Vatovec","soustanoviteljica","Portolab d.o.o."),
  P("Luka Jerman","soustanovitelj","Portolab d.o.o."), P("Tilen Gorjan","direktor","CargoSense d.o.o."),
  P("Jurija Smoleta","akademskega kiparja",None), P("Irena Furlan","novinarka","Radia Koper"), P("Petra Babič","direktorica grozda",G)],
 [O(G,"PLGP"), O("Bratina Logistika d.o.o."), O("Ministrstvu za gospodarstvo, turizem in šport"), O("Mestne občine Koper"),
  O("Fakulteta za pomorstvo in promet Univerze v Ljubljani"), O("Luka Koper d.d."), O("Gospodarska zbornica Slovenije"),
  O("Območna zbornica za Južno Primorsko"), O("Cluster Marittimo del Friuli Venezia Giulia"), O("Primorsko-goranska županijska komora"),
  O("Intereuropa d.d."), O("Portolab d.o.o."), O("CargoSense d.o.o."), O("Šolskega centra Srečka Kosovela Sežana"),
  O("Kozina Transport d.o.o."), O("Ribogojnica Fonda d.o.o."), O("Banka Intesa Sanpaolo d.d."), O("Zavarovalnica Triglav d.d."),
  O("Regionalni razvojni center Koper"), O("Adria Tow d.o.o."), O("Radia Koper"), O("Kvartet Istra")],
 [E("podelitev nagrad Zlati sidrnik 2039","2039-11-24",None,"Koper","Slovenia"),
  E("Transport Logistic Southeast Europe",None,None,"Zagreb","Croatia")],
 ["2039-11-25","2039-11-24","2040-03-05","2040-09-30","2038","2037","2036"], [], "2039-11-25")
