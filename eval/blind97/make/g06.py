from h import *
F = 'g06_tartu_intervjuu.txt'
T = """Liigu põhisisu juurde
Tartu Loomemajanduskeskus
Avaleht  Meist  Klastrid  Uudised  Üritused  Kontakt  EN
Kasutame küpsiseid, et parandada veebilehe kasutuskogemust. Nõustun  Loe lähemalt

Avaleht » Uudised » Intervjuu

„Klaster ei ole klubi, vaid töövahend“ – intervjuu Kadri Tammsaarega
12.05.2040 | Autor: Mari-Liis Org | Foto: Andres Tenno

Jaga: Facebook  LinkedIn  E-post

[Foto: Kadri Tammsaar Tartu Loomemajanduskeskuse hoovis. Foto: Andres Tenno]

Kadri Tammsaar juhib alates 2037. aastast Lõuna-Eesti mängutööstuse klastrit, mis ühendab 38 ettevõtet, kaht ülikooli ja Tartu linna. Enne seda töötas ta kuus aastat Ettevõtluse ja Innovatsiooni Sihtasutuses (EIS) ning vastutas välisturgude programmide eest. Rääkisime temaga klastri esimestest aastatest, talentide puudusest ja sellest, miks väikestel stuudiotel on vaja ühist häält. Vestlus toimus klastri kontoris loomemajanduskeskuse teisel korrusel, kus praegu töötab kõrvuti neli noort stuudiot.

Kuidas klaster alguse sai?
Idee tekkis 2035. aasta sügisel, kui kolm Tartu stuudiot – Pixelkuusk OÜ, Metsavaim Games OÜ ja Hundiratas Studio OÜ – käisid koos Kölnis mängumessil ja said aru, et üksi neid keegi ei märka. Tartu Ülikooli arvutiteaduse instituut ja Tartu Loomemajanduskeskus tulid kohe kaasa. Ametlikult asutati klaster 15. jaanuaril 2036.

Mis on teie jaoks klastri põhiülesanne?
Klaster ei ole klubi, kus käiakse kohvi joomas. See on töövahend: ühine messistend, ühine värbamiskampaania, ühine suhtlus investoritega. Meil on 38 ettevõtet, aga enamik neist on alla kümne töötajaga. Üksi ei jõua nad palgata isegi osalise koormusega turundajat.

Kui suur probleem on talentide puudus?
Väga suur. Eelmisel aastal jäi meie liikmetel täitmata ligi 60 töökohta, enamasti programmeerijad ja tehnilised kunstnikud. Koos Tartu Kõrgema Kunstikooliga (Pallas) käivitasime 2039. aasta sügisel mängukunsti lühikursuse, esimesest lennust leidis 14 inimest tööd klastri ettevõtetes. Järgmine kursus algab 1. septembril 2040.

Kas riik aitab?
Majandus- ja Kommunikatsiooniministeerium on meid kuulanud. Asekantsler Tõnis Valdmaa külastas klastrit märtsis ja lubas, et loomemajanduse toetusmeetmete uues voorus arvestatakse ka mängustuudiotega. Konkreetseid summasid veel ei ole.

Mis on lähiaja suurimad sündmused?
Juunis korraldame Tartus Baltic Game Days'i, mis toimub 11.–13. juunini 2040 Eesti Rahva Muuseumis. Ootame umbes 900 osalejat Eestist, Lätist, Leedust ja Soomest. Peaesinejaks on Soome mängustuudio Kuura Interactive asutaja Jussi Heikkilä. Augustis läheme ühise stendiga Kölni gamescomile, seekord 11 ettevõttega.

Kuidas te tulemust mõõdate?
Lihtsalt: kas meie ettevõtted kasvavad ja kas nad jäävad Tartusse. Möödunud aastal kasvas liikmete käive kokku 23 protsenti ja ükski stuudio ei kolinud Tallinna ega välismaale. Ma loen seda õnnestumiseks.

Kuidas tehisintellekt teie liikmete tööd muudab?
Muudab kindlasti, aga mitte nii, nagu paljud kartsid. Väikesed stuudiod kasutavad tööriistu eelkõige testimiseks ja tõlkimiseks, mitte kunstnike asendamiseks. Klaster korraldas sel talvel kolm praktilist töötuba, kus liikmed jagasid oma kogemusi ja lepinguvõtteid. Sügisel tahame koos juristidega koostada lühikese juhendi autoriõiguste kohta.

Mida soovitate teistele klastrijuhtidele?
Kolm asja. Esiteks: alustage ühest konkreetsest teenusest, mitte strateegiast. Teiseks: hoidke liikmemaks madal, et ka kõige väiksemad julgeksid liituda. Kolmandaks: leidke linnast liitlane – meil on selleks abilinnapea Helen Kask, kes on klastrit algusest peale toetanud.

Lõpetuseks: mis teid ennast motiveerib?
Kui mõni noor, kes on meie kursusel esimest korda mängumootorit näinud, saadab aasta pärast lingi oma esimesele väljaantud mängule. See on parim tasu.

Kadri Tammsaar
Lõuna-Eesti mängutööstuse klastri juht
Haridus: Tartu Ülikool, majandusteadus (2026–2030)
2031–2037 Ettevõtluse ja Innovatsiooni Sihtasutus, välisturgude programmijuht
Alates 2037 klastrijuht

Sildid: mängutööstus, klastrid, talendid, Tartu

Loe ka
Baltic Game Days 2040 registreerimine on avatud
Pallase mängukunsti kursuse lõpetajad said tööd
Loe edasi »

Tartu Loomemajanduskeskus | Kastani 48f, 50410 Tartu | info@lmk.example.ee
© 2040 Kõik õigused kaitstud | Privaatsuspoliitika
"""
write(F, T)
K = "Lõuna-Eesti mängutööstuse klastri"
gold(F,
 [P("Kadri Tammsaar","klastri juht",K), P("Mari-Liis Org","Autor",None), P("Andres Tenno",None,None),
  P("Tõnis Valdmaa","Asekantsler","Majandus- ja Kommunikatsiooniministeerium"),
  P("Jussi Heikkilä","asutaja","Kuura Interactive"), P("Helen Kask","abilinnapea",None)],
 [O("Tartu Loomemajanduskeskus"), O("Lõuna-Eesti mängutööstuse klastri"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
  O("Pixelkuusk OÜ"), O("Metsavaim Games OÜ"), O("Hundiratas Studio OÜ"), O("Tartu Ülikooli arvutiteaduse instituut"), O("Tartu Ülikool"),
  O("Tartu Kõrgema Kunstikooliga","Pallas"), O("Majandus- ja Kommunikatsiooniministeerium"), O("Kuura Interactive"), O("Tartu linna")],
 [E("Baltic Game Days","2040-06-11","2040-06-13","Tartu","Estonia"),
  E("gamescom","2040-08",None,"Köln","Germany")],
 ["2040-05-12","2037","2035","2036-01-15","2039","2040-09-01","2040-06-11/2040-06-13","2040-06","2026/2030","2031/2037","2040-08","2040-03"],
 [], "2040-05-12")
