from h import *
F = 'g10_kranj_dan_inovativnih_podjetij.txt'
assert wd(2042,3,19)=='Wednesday' and wd(2042,3,20)=='Thursday' and wd(2042,3,7)=='Friday'
T = """GZS – Območna zbornica Gorenjske | Dogodki
Domov > Dogodki > Gorenjski inovacijski dnevi 2042

Gorenjski inovacijski dnevi 2042 – vabilo in program

Objavljeno: 24. 2. 2042
Avtorica: Maja Jereb Kavčič, služba za komuniciranje

Območna zbornica Gorenjske pri Gospodarski zbornici Slovenije (GZS) skupaj z Regionalno razvojno agencijo Gorenjske BSC Kranj in Tehnološkim parkom Ljubljana organizira že šesti Gorenjski inovacijski dnevi. Letos bodo potekali v sredo in četrtek, 19. in 20. marca 2042, v Kranju in Škofji Loki. Osrednja tema: umetna inteligenca v predelovalni industriji in varnost dobavnih verig.

Udeležba je brezplačna. Prijave zbiramo do petka, 7. marca 2042, prek spletnega obrazca.

PROGRAM

Sreda, 19. marec 2042 – Kranj, Mestna hiša
9.00   Registracija
9.30   Pozdravni nagovori: Matevž Rozman, predsednik Območne zbornice Gorenjske, in mag. Tanja Zupan Šterbenc, direktorica BSC Kranj
10.00  Uvodno predavanje »Umetna inteligenca v obratu: kaj že deluje«, dr. Klaus-Peter Wendlinger, Fraunhofer-Institut für Produktionstechnik und Automatisierung (IPA), Stuttgart
11.00  Predstavitve podjetij: Iskraemeco d.d., Domel d.o.o., Goodyear Slovenija d.o.o.
12.30  Kosilo
13.30  Okrogla miza »Varne dobavne verige po letu 2040«
15.00  Srečanja B2B s podjetji iz Koroške (Avstrija) in Furlanije - Julijske krajine v sodelovanju z mrežo Enterprise Europe Network Slovenija
18.00  Podelitev priznanj za najboljše inovacije Gorenjske 2042
19.30  Sprejem za udeležence na Kranjskem gradu

Četrtek, 20. marec 2042 – Škofja Loka in Železniki
9.00   Ogled podjetja Domel d.o.o., Železniki
11.30  Ogled razvojnega centra podjetja LTH Castings d.o.o., Škofja Loka
13.00  Zaključek

Na okrogli mizi sodelujejo Nina Šarić-Petrović (Slovenski inovacijski sklad), Andrea Dell'Agnese, direttrice del Cluster COMET di Pordenone, in Primož Kralj, vodja nabave pri Goodyear Slovenija d.o.o. Pogovor vodi novinar Gorenjskega glasa Rok Bohinc.

PRETEKLI DNEVI
- Gorenjski inovacijski dnevi 2041: 26.–27. marec 2041, Kranj in Jesenice
- Gorenjski inovacijski dnevi 2040: 21. marec 2040, Kranj
- Prvi dnevi leta 2037 so bili organizirani v okviru projekta Interreg Alpine Space ALPACA.

PRIPOROČILA LANSKIH DNI
Udeleženci Gorenjskih inovacijskih dni 2041 so na zaključku sprejeli naslednja priporočila:
1. podjetja naj v sodelovanju s fakultetami uvedejo kratke programe prekvalifikacije za tehnologe;
2. regionalna razvojna agencija naj vzpostavi skupni sklad za prototipe malih podjetij;
3. podjetja v regiji naj skupaj nastopajo na sejmih v Nemčiji in Avstriji.

Prvo priporočilo se že izvaja: Fakulteta za organizacijske vede Univerze v Mariboru v Kranju je jeseni 2041 začela s prvim programom.

ORGANIZATORJI IN PARTNERJI
Gospodarska zbornica Slovenije – Območna zbornica Gorenjske · Regionalna razvojna agencija Gorenjske BSC Kranj · Tehnološki park Ljubljana · Enterprise Europe Network Slovenija · medijski partner: Gorenjski glas

Na srečanjih B2B bo vsako podjetje lahko opravilo do deset pogovorov po dvajset minut. Profile tujih podjetij bomo objavili na platformi za srečanja teden dni pred dogodkom, termine pa bo mogoče rezervirati do ponedeljka pred dogodkom. Lani je bilo opravljenih 112 srečanj, iz katerih je nastalo več dogovorov o skupnem razvoju in dobavah. Predstavitve predavateljev bodo po dogodku objavljene na spletni strani zbornice.

PRAKTIČNE INFORMACIJE
Parkirišče je na voljo v garažni hiši Supernova. Prevoz na ogled podjetij v četrtek bo organiziran z avtobusom, ki odpelje ob 8.15 izpred Mestne hiše. Število mest na avtobusu je omejeno na 40. Za sprejem je potrebna posebna prijava. Dogodek bo fotografiran, fotografije pa bodo objavljene na spletni strani in družbenih omrežjih zbornice.

Kontakt: Urška Bizjak, svetovalka, Območna zbornica Gorenjske, tel. 04 000 00 00, urska.bizjak@gzs.example.si

Deli: Facebook | LinkedIn | E-pošta
© Gospodarska zbornica Slovenije – Vse pravice pridržane – Piškotki
"""
write(F, T)
OZ = "Območna zbornica Gorenjske"
gold(F,
 [P("Maja Jereb Kavčič",None,None),
  P("Matevž Rozman","predsednik",OZ),
  P("Tanja Zupan Šterbenc","direktorica","Regionalna razvojna agencija Gorenjske BSC Kranj"),
  P("Klaus-Peter Wendlinger",None,"Fraunhofer-Institut für Produktionstechnik und Automatisierung"),
  P("Nina Šarić-Petrović",None,"Slovenski inovacijski sklad"),
  P("Andrea Dell'Agnese","direttrice","Cluster COMET"),
  P("Primož Kralj","vodja nabave","Goodyear Slovenija d.o.o."),
  P("Rok Bohinc","novinar","Gorenjski glas"),
  P("Urška Bizjak","svetovalka",OZ)],
 [O(OZ), O("Gospodarska zbornica Slovenije","GZS"), O("Regionalna razvojna agencija Gorenjske BSC Kranj","BSC Kranj"), O("Tehnološki park Ljubljana"),
  O("Fraunhofer-Institut für Produktionstechnik und Automatisierung","IPA"), O("Iskraemeco d.d."), O("Domel d.o.o."), O("Goodyear Slovenija d.o.o."),
  O("Enterprise Europe Network Slovenija"), O("LTH Castings d.o.o."), O("Slovenski inovacijski sklad"), O("Cluster COMET"), O("Gorenjski glas"),
  O("Fakulteta za organizacijske vede Univerze v Mariboru")],
 [E("Gorenjski inovacijski dnevi 2042","2042-03-19","2042-03-20","Kranj, Škofja Loka","Slovenia"),
  E("Srečanja B2B","2042-03-19",None,"Kranj","Slovenia"),
  E("Podelitev priznanj za najboljše inovacije Gorenjske 2042","2042-03-19",None,"Kranj","Slovenia"),
  E("Sprejem za udeležence","2042-03-19",None,"Kranj","Slovenia"),
  E("Ogled podjetja Domel d.o.o.","2042-03-20",None,"Železniki","Slovenia"),
  E("Ogled razvojnega centra podjetja LTH Castings d.o.o.","2042-03-20",None,"Škofja Loka","Slovenia"),
  E("Gorenjski inovacijski dnevi 2041","2041-03-26","2041-03-27","Kranj, Jesenice","Slovenia"),
  E("Gorenjski inovacijski dnevi 2040","2040-03-21",None,"Kranj","Slovenia"),
  E("Prvi dnevi","2037",None,None,None)],
 ["2042-02-24","2042-03-19/2042-03-20","2042-03-07","2042-03-19","2042-03-20","2041-03-26/2041-03-27","2040-03-21","2037","2041"],
 ["podjetja naj v sodelovanju s fakultetami uvedejo kratke programe prekvalifikacije za tehnologe",
  "regionalna razvojna agencija naj vzpostavi skupni sklad za prototipe malih podjetij",
  "podjetja v regiji naj skupaj nastopajo na sejmih v Nemčiji in Avstriji"],
 pub="2042-02-24")
