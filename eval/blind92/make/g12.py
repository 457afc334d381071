from h import *
F = 'g12_kurzeme_logistikas_klasteris_kontakti.txt'
assert wd(2037,9,16)=='Wednesday' and wd(2037,10,21)=='Wednesday'
T = """Kurzemes Ostu un loģistikas klasteris
Sākums | Par mums | Biedri | Projekti | Jaunumi | Pasākumi | Kontakti | EN | RU
________________________________________________________________

KONTAKTI

Lapa atjaunota: 2037. gada 1. septembrī

Biedrība "Kurzemes Ostu un loģistikas klasteris" (KOLK)
Juridiskā adrese: Ostas iela 0, Ventspils, LV-3601, Latvija
Reģistrācijas Nr. 40000000000
Birojs: Ventspils Augsto tehnoloģiju parks, Inženieru iela 101, Ventspils
Darba laiks: pirmdiena–ceturtdiena 9.00–17.00, piektdiena 9.00–15.00
Tālrunis: +371 63 000 000 | E-pasts: info@kolk.example.lv

PAR KLASTERI ĪSUMĀ

Klasteris dibināts 2029. gadā Ventspilī, un tajā šobrīd darbojas 52 biedri: ostu termināļi, ekspeditori, dzelzceļa un autopārvadātāji, kuģu aģenti, IT uzņēmumi, kā arī izglītības un pētniecības iestādes no Ventspils, Liepājas un Kuldīgas. Klastera mērķis ir stiprināt Kurzemes ostu konkurētspēju, attīstīt zaļo un digitālo loģistiku un palīdzēt biedriem atrast jaunus kravu plūsmu partnerus Skandināvijā un Vācijā. Klasteris pārstāv biedru intereses sarunās ar ministrijām un pašvaldībām, organizē kopīgus stendus izstādēs un apmācības ostu darbiniekiem. Biedru nauda ir no 300 līdz 1500 eiro gadā atkarībā no uzņēmuma lieluma. Lai kļūtu par biedru, aizpildiet pieteikuma veidlapu un nosūtiet to biedru attiecību koordinatorei. Valde pieteikumus izskata reizi mēnesī.

KLASTERA KOMANDA

Ilze Kronberga
Klastera vadītāja
Atbild par stratēģiju, sadarbību ar valsts institūcijām un starptautiskajiem tīkliem.
ilze.kronberga@kolk.example.lv | +371 29 000 001

Mārtiņš Freimanis
Projektu vadītājs
Vada Interreg Centrālā Baltijas programmas projektu "GreenPorts Baltic" un klastera dalību Eiropas projektos.
martins.freimanis@kolk.example.lv | +371 29 000 002

Dace Ābele
Biedru attiecību koordinatore
Jaunu biedru uzņemšana, biedru naudas, pasākumu reģistrācija.
dace.abele@kolk.example.lv | +371 29 000 003

Raitis Jansons
Eksporta un tirgus attīstības speciālists
Tirdzniecības misijas, kontaktbiržas, sadarbība ar LIAA pārstāvniecībām ārvalstīs.
raitis.jansons@kolk.example.lv

Laura Bērziņa
Komunikācijas speciāliste
Jaunumi, mājaslapa, sociālie tīkli, preses kontakti.
prese@kolk.example.lv

VALDE

Valdes priekšsēdētājs: Andris Kalvītis, SIA "Ventspils Grain Terminal" valdes loceklis
Valdes locekle: Inese Mežule, Ventspils brīvostas pārvaldes attīstības direktore
Valdes loceklis: Gints Strazdiņš, SIA "Liepājas Metalurgs Logistika" izpilddirektors
Valdes locekle: Dr. Kristīne Upeniece, Ventspils Augstskolas prorektore
Valdes loceklis: Jānis Vītols, AS "Baltic Rail Kurzeme" valdes priekšsēdētājs

Valde ievēlēta biedru kopsapulcē 2036. gada 27. aprīlī uz trim gadiem (2036–2039).

SADARBĪBAS PARTNERI

- Latvijas Investīciju un attīstības aģentūra (LIAA), Klasteru programma
- Kurzemes plānošanas reģions
- Ventspils valstspilsētas pašvaldība
- Liepājas speciālās ekonomiskās zonas pārvalde
- Latvijas Tirdzniecības un rūpniecības kamera (LTRK)
- Baltic Ports Organization

KĀ MŪS ATRAST

No Ventspils autoostas – 10 minūtes ar kājām gar Ostas ielu. Autostāvvieta pie Augsto tehnoloģiju parka ēkas ir bez maksas. Ja ierodaties ar vilcienu no Rīgas, lūdzu, sazinieties ar biroju iepriekš – palīdzēsim ar transportu. Lidostā "Ventspils" regulāru pasažieru reisu nav, tuvākā starptautiskā lidosta ir Liepājā. Sanāksmju telpu biedriem var rezervēt bez maksas, iepriekš sazinoties ar biedru attiecību koordinatori pa e-pastu vai tālruni.

TUVĀKIE PASĀKUMI

Trešdien, 2037. gada 16. septembrī, plkst. 10.00 – biedru brokastis "Ostu digitalizācija", Ventspils Augsto tehnoloģiju parks.
Trešdien, 2037. gada 21. oktobrī – Kurzemes loģistikas forums, Liepāja, koncertzāle "Lielais dzintars". Programmā kontaktbirža ar Zviedrijas un Vācijas uzņēmumiem.
2037. gada 12.–14. novembrī – klastera stends izstādē "Transport Logistic Baltic", Rīga.

RAKSTIET MUMS

Vārds, uzvārds: [            ]
Uzņēmums:       [            ]
E-pasts:        [            ]
Ziņa:           [                                  ]
[ ] Piekrītu personas datu apstrādei saskaņā ar privātuma politiku.
[ Sūtīt ]

Rekvizīti rēķiniem: biedrība "Kurzemes Ostu un loģistikas klasteris", konts LV00HABA0000000000000, AS "Swedbank".

Klastera darbību atbalsta Latvijas Investīciju un attīstības aģentūra Eiropas Reģionālās attīstības fonda projekta "Klasteru programma 2035–2041" ietvaros.

Sekojiet mums: Facebook | LinkedIn | X
© 2037 KOLK | Privātuma politika | Sīkdatņu politika
"""
write(F, T)
K='Kurzemes Ostu un loģistikas klasteris'
gold(F,
 [P('Ilze Kronberga','Klastera vadītāja',K), P('Mārtiņš Freimanis','Projektu vadītājs',K),
  P('Dace Ābele','Biedru attiecību koordinatore',K), P('Raitis Jansons','Eksporta un tirgus attīstības speciālists',K),
  P('Laura Bērziņa','Komunikācijas speciāliste',K), P('Andris Kalvītis','Valdes priekšsēdētājs',K),
  P('Inese Mežule','Valdes locekle',K), P('Gints Strazdiņš','Valdes loceklis',K),
  P('Kristīne Upeniece','Valdes locekle',K), P('Jānis Vītols','Valdes loceklis',K)],
 [O('Biedrība "'+K+'"','KOLK'), O('Ventspils Augsto tehnoloģiju parks'), O('Latvijas Investīciju un attīstības aģentūra','LIAA'),
  O('SIA "Ventspils Grain Terminal"'), O('Ventspils brīvostas pārvalde'), O('SIA "Liepājas Metalurgs Logistika"'),
  O('Ventspils Augstskola'), O('AS "Baltic Rail Kurzeme"'), O('Kurzemes plānošanas reģions'),
  O('Ventspils valstspilsētas pašvaldība'), O('Liepājas speciālās ekonomiskās zonas pārvalde'),
  O('Latvijas Tirdzniecības un rūpniecības kamera','LTRK'), O('Baltic Ports Organization'), O('AS "Swedbank"')],
 [E('biedru kopsapulce','2036-04-27',None,None,None),
  E('Ostu digitalizācija','2037-09-16',None,'Ventspils','Latvia'),
  E('Kurzemes loģistikas forums','2037-10-21',None,'Liepāja','Latvia'),
  E('kontaktbirža','2037-10-21',None,'Liepāja','Latvia'),
  E('Transport Logistic Baltic','2037-11-12','2037-11-14','Rīga','Latvia')],
 ['2037-09-01','2029','2036-04-27','2036/2039','2037-09-16','2037-10-21','2037-11-12/2037-11-14','2035/2041'],
 [], pub='2037-09-01')
