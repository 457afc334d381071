from h import *
F = 'g10_viljandi_terviseklaster_uudised.txt'
assert wd(2034,9,23)=='Saturday'
assert wd(2034,10,10)=='Tuesday' and wd(2034,10,11)=='Wednesday' and wd(2034,11,16)=='Thursday' and wd(2034,10,3)=='Tuesday'
T = """LÕUNA-EESTI TERVISEKLASTER
Avaleht | Klastrist | Liikmed | Projektid | Uudised | Kontakt | EN | LV

Uudised » Rahvusvaheline koostöö

Eesti ja Läti tervisetehnoloogia ettevõtted kohtusid Valmieras
19.10.2034 | Autor: Kertu Raudsepp

Lõuna-Eesti Terviseklaster ja Läti klaster Vidzemes Veselības Klasteris korraldasid 10.–11. oktoobril 2034 Valmieras esimese ühise kohtumispäeva, kus osales 68 inimest kahest riigist. Üritus toimus Interreg Eesti-Läti programmi projekti „HealthBorder“ raames ja selle võõrustaja oli Vidzeme Tehnoloogiaülikool (Vidzemes Augstskola). Projekti eesmärk on aidata piirialade väikeettevõtetel jõuda naaberriigi haiglate, hooldekodude ja omavalitsusteni. Projektis osalevad lisaks kahele klastrile ka Valga vald ja Valka piirkond, kelle esindajad tutvustasid ühist piirilinna teenuste mudelit.

Esimesel päeval, teisipäeval 10. oktoobril, tutvustasid mõlema klastri juhid oma liikmeid ja piiriülese koostöö võimalusi. Lõuna-Eesti Terviseklastri juhatuse esimees Priit Lõhmus-Ahonen rääkis, et klastris on praegu 34 liiget, sealhulgas Viljandi Haigla, Tartu Ülikool ja 22 väike- ja keskmise suurusega ettevõtet. Läti poolt esines klastri juht Ilze Bērziņa-Krūmiņa. Pärastlõunal toimusid ettevõtete kahepoolsed kohtumised, kokku 57 kohtumist. Õhtul oli osalejatele ühine õhtusöök Valmiera lossis.

Teisel päeval, kolmapäeval 11. oktoobril, oli kavas Vidzeme Haigla külastus: haigla arendusjuht Dr. Edgars Ozoliņš näitas kaugmonitooringu pilootprojekti, mille käigus jälgitakse üle saja südamepuudulikkusega patsiendi tervist nende kodus. Seejärel külastati Valmiera ettevõtet SIA MedTex Baltic, mis toodab nutikaid kompressioonrõivaid ja ekspordib neid juba Saksamaale ja Rootsi. Päev lõppes ümarlauaga „Kuidas müüa teise riigi haiglale?“, mida juhtis Maarja Tamm-Kalda (Eesti Haiglate Liit).

Edulugu
Viljandi ettevõte OÜ Kodukaamera, mis arendab kodus elavate eakate kukkumisandureid, leidis Valmieras esimese välispartneri. Ettevõtte asutaja Siim Väljaots ütles: „Oleme kaks aastat proovinud Soome turule jõuda. Siin leidsime poole päevaga kaks huvitatud hooldekodu ja ühe edasimüüja.“ Läti partneriga plaanitakse ühist pilootprojekti 2035. aasta kevadel.

Tagasiside küsitlusele vastas 41 osalejat. Neist 36 hindas kohtumispäeva kasulikuks või väga kasulikuks ning 29 ütles, et on juba kokku leppinud vähemalt ühe järelkohtumise. Kõige rohkem kiideti hästi ettevalmistatud kahepoolseid kohtumisi, kõige rohkem kritiseeriti liiga tihedat ajakava ja seda, et haiglate ostujuhte oli kohal vähem kui oodatud. Korraldajad lubasid järgmisel korral kutsuda rohkem hankespetsialiste ning jätta kohtumiste vahele pikemad pausid.

Kohtumise järeldused
Kohtumise lõpus leppisid klastrid kokku järgmised järeldused:
– Eesti ja Läti haiglate hankereeglid on sarnasemad, kui ettevõtted arvavad, kuid keelebarjäär on endiselt suur
– Ettevõtted vajavad ühist testkeskkonda, kus toodet saab proovida mõlema riigi patsientidel
– Klastrid peaksid korraldama kohtumispäeva igal aastal ja vaheldumisi kummaski riigis

Järgmised sammud
Lõuna-Eesti Terviseklaster ja Vidzemes Veselības Klasteris allkirjastavad koostöömemorandumi klastri üldkoosolekul, mis toimub 16. novembril 2034 Viljandis. Järgmine kohtumispäev peetakse 2035. aasta sügisel Viljandis.

Klastri juhatuse koosolek toimus 3. oktoobril 2034, kus kinnitati ka klastri tegevuskava aastateks 2035–2037. Tegevuskava keskendub kolmele teemale: kaugmonitooring ja koduõendus, tervisetehnoloogia ettevõtete ekspordivõimekus ning koostöö haiglate ja omavalitsustega hangete ettevalmistamisel.

Klastri juhatus:
esimees – Priit Lõhmus-Ahonen (Viljandi Haigla)
juhatuse liige – Anu Saar-Pihlak (Tartu Ülikool)
juhatuse liige – Rein Kõiv (OÜ Kodukaamera)

Lühidalt
Klastri liikmed saavad novembris tasuta osaleda Tartu Ülikooli koolitusel meditsiiniseadmete määruse nõuete kohta. Koolitust rahastab projekt „HealthBorder“ ja kohtade arv on piiratud, seega palume end registreerida aegsasti. Koolitus kestab kaks päeva ning sellele järgneb praktiline töötuba, kus ettevõtted saavad oma toote dokumentatsiooni koos ekspertidega üle vaadata.

Samuti tuletame meelde: Eesti Terviseklastrite Võrgustiku ühistaotluse tähtaeg Ettevõtluse ja Innovatsiooni Sihtasutusele (EIS) on 1. detsember 2034.

Foto: Vidzemes Augstskola / Jānis Kalniņš

Jaga: Facebook | LinkedIn | E-post
Loe ka: Klaster osales Soome Terviseklastrite Päeval (Oulu, 23.09.2034) »

Lõuna-Eesti Terviseklaster MTÜ · Vaksali 22, 71020 Viljandi · info@terviseklaster.example.ee
Küpsiste kasutamine | Privaatsuspoliitika
"""
write(F, T)
L="Lõuna-Eesti Terviseklaster MTÜ"; V="Vidzemes Veselības Klasteris"
gold(F,
 [P("Kertu Raudsepp",None,None),
  P("Priit Lõhmus-Ahonen","juhatuse esimees",L),
  P("Ilze Bērziņa-Krūmiņa","klastri juht",V),
  P("Edgars Ozoliņš","arendusjuht","Vidzeme Haigla"),
  P("Maarja Tamm-Kalda",None,"Eesti Haiglate Liit"),
  P("Siim Väljaots","asutaja","OÜ Kodukaamera"),
  P("Anu Saar-Pihlak","juhatuse liige",L),
  P("Rein Kõiv","juhatuse liige",L),
  P("Jānis Kalniņš",None,None)],
 [O(L), O(V), O("Vidzeme Tehnoloogiaülikool"), O("Valga vald"), O("Valka piirkond"),
  O("Viljandi Haigla"), O("Tartu Ülikool"), O("Vidzeme Haigla"), O("SIA MedTex Baltic"), O("Eesti Haiglate Liit"),
  O("OÜ Kodukaamera"), O("Eesti Terviseklastrite Võrgustik"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS")],
 [E("kohtumispäev","2034-10-10","2034-10-11","Valmiera","Latvia"),
  E("kahepoolsed kohtumised","2034-10-10",None,"Valmiera","Latvia"),
  E("ühine õhtusöök","2034-10-10",None,"Valmiera","Latvia"),
  E("Vidzeme Haigla külastus","2034-10-11",None,"Valmiera","Latvia"),
  E("üldkoosolek","2034-11-16",None,"Viljandi","Estonia"),
  E("kohtumispäev","2035",None,"Viljandi","Estonia"),
  E("koolitus","2034-11",None,None,None),
  E("juhatuse koosolek","2034-10-03",None,None,None),
  E("Soome Terviseklastrite Päev","2034-09-23",None,"Oulu","Finland")],
 ["2034-10-19","2034-10-10/2034-10-11","2034-10-10","2034-10-11","2035","2034-11-16","2034-10-03","2035/2037","2034-12-01","2034-09-23","2034-11"],
 ["Eesti ja Läti haiglate hankereeglid on sarnasemad, kui ettevõtted arvavad, kuid keelebarjäär on endiselt suur",
  "Ettevõtted vajavad ühist testkeskkonda, kus toodet saab proovida mõlema riigi patsientidel",
  "Klastrid peaksid korraldama kohtumispäeva igal aastal ja vaheldumisi kummaski riigis"],
 pub="2034-10-19")
