from h import *
F = 'g16_jogeva_teraviljaklaster_juhatuse_protokoll.md'
assert wd(2038,3,11)=='Thursday' and wd(2038,4,22)=='Thursday' and wd(2038,6,9)=='Wednesday' and wd(2038,6,10)=='Thursday'
T = """# MTÜ Jõgevamaa Teraviljaklaster

## Juhatuse koosoleku protokoll nr 3/2038

**Toimumise aeg:** neljapäev, 11. märts 2038, algus kell 14.00, lõpp kell 16.20
**Toimumise koht:** Jõgeva, Aia tn 2, klastri kontor (osaliselt veebis)

**Osalesid juhatuse liikmed:** Margus Tamm (koosoleku juhataja), Kadri Lepik, Andres Saar, Piret Kask-Oras
**Puudus:** Rein Mägi (teatas ette)
**Kutsutud:** Liina Vares (klastri tegevjuhi kohusetäitja), Toomas Kukk (Jõgeva Vallavalitsus, arendusnõunik)
**Protokollis:** Liina Vares

Koosoleku juhataja tegi kindlaks, et kohal on neli juhatuse liiget viiest ning juhatus on otsustusvõimeline.

### Päevakord

1. Juhatuse esimehe valimine
2. Tegevjuhi ametisse nimetamine
3. 2037. aasta majandusaasta aruande kinnitamine üldkoosolekule esitamiseks
4. Üldkoosoleku kokkukutsumine
5. Koostöö Läti partneritega
6. Muud küsimused

### 1. Juhatuse esimehe valimine

Senine juhatuse esimees Jaan Rebane (OÜ Rebase Talu) esitas 28. veebruaril 2038 avalduse juhatusest tagasiastumiseks seoses valimisega Jõgeva valla volikogu esimeheks. Jaan Rebane juhtis klastri juhatust 2032–2038 ning oli üks klastri asutajatest. Juhatus tänas teda pühendunud töö eest.

Margus Tamm tegi ettepaneku valida juhatuse esimeheks Kadri Lepik (AS Jõgeva Veski). Muid ettepanekuid ei tehtud. Hääletati: poolt 3, vastu 0, erapooletu 1 (Kadri Lepik).

### 2. Tegevjuhi ametisse nimetamine

Tegevjuhi konkursile laekus seitse avaldust. Komisjon (Margus Tamm, Piret Kask-Oras ja Toomas Kukk) intervjueeris kolme kandidaati ning tegi ettepaneku nimetada tegevjuhiks Liina Vares, kes on alates 2036. aastast töötanud klastri projektijuhina ja pärast eelmise tegevjuhi Mart Ilvese lahkumist täitnud tegevjuhi kohuseid. Enne klastrisse tulekut töötas Liina Vares Eesti Taimekasvatuse Instituudis Jõgeval (2029–2036).

Arutelus märkis Andres Saar, et klastri eelarve ei võimalda täiskohaga tegevjuhti ja täiskohaga projektijuhti korraga, mistõttu tuleb projektijuhi ülesanded osaliselt jagada liikmete vahel või katta need projektirahadest. Piret Kask-Oras rõhutas, et uue tegevjuhi esimene ülesanne peab olema liikmete arvu suurendamine Põltsamaa ja Mustvee piirkonnas, kus on palju väiketootjaid, kes klastrist veel midagi ei tea. Toomas Kukk lisas, et Eesti Taimekasvatuse Instituut ja vald on valmis toetama klastri tegevjuhi tööd ühiste üritustega.

Liina Vares lahkus selle päevakorrapunkti arutamise ajaks koosolekult.

### 3.–4. Majandusaasta aruanne ja üldkoosolek

Andres Saar tutvustas 2037. aasta majandusaasta aruannet. Klastril on 41 liiget, neist 29 teraviljakasvatajat, 6 töötlejat ja 6 teadus- ja haridusasutust. Aasta lõppes väikese ülejäägiga. Audiitor Ene Sepp (Audiitorbüroo Sepp & Partnerid OÜ) on aruande üle vaadanud.

### 5. Koostöö Läti partneritega

Piret Kask-Oras andis ülevaate kohtumisest Läti klastriga Zemgales graudu klasteris Jelgavas 18. veebruaril 2038. Läti poolelt osalesid klastri juht ja kaks ettevõtjat Bauska piirkonnast. Arutati sorte, mis sobivad mõlema riigi kliimasse, ühist seemnevarumist ning võimalust taotleda raha Eesti–Läti piiriülesest programmist. Lepiti kokku ühises põldude päevas, mis toimub vaheldumisi Eestis ja Lätis.

### Otsused

1. Valida juhatuse esimeheks Kadri Lepik alates 12. märtsist 2038
2. Nimetada klastri tegevjuhiks Liina Vares alates 1. aprillist 2038 tähtajatu lepinguga
3. Kinnitada 2037. aasta majandusaasta aruanne ja esitada see üldkoosolekule
4. Kutsuda kokku korraline üldkoosolek neljapäeval, 22. aprillil 2038 kell 11.00 Jõgeva Kultuurikeskuses
5. Korraldada koos Zemgales graudu klasteris ühine põldude päev 9.–10. juunil 2038 Jõgeval ja Bauskas

### Muud küsimused

Toomas Kukk teavitas, et Jõgeva Vallavalitsus toetab klastri ühisturunduse projekti ka 2038. aastal. Juhatus võttis teadmiseks OÜ Kaarepere Põllud avalduse klastri liikmeks astumiseks; avaldus esitatakse kinnitamiseks üldkoosolekule. Kadri Lepik palus tegevjuhil uuendada klastri kodulehte ja liikmete nimekirja enne üldkoosolekut, et uued liikmed leiaksid vajaliku info hõlpsamini. Järgmine juhatuse koosolek toimub mais, täpne kuupäev lepitakse kokku e-posti teel.

Koosoleku juhataja: Margus Tamm /allkirjastatud digitaalselt/
Protokollija: Liina Vares /allkirjastatud digitaalselt/

*Protokoll on kinnitatud juhatuse liikmete poolt e-posti teel 15. märtsil 2038.*
"""
write(F, T)
C = "MTÜ Jõgevamaa Teraviljaklaster"
gold(F,
 [P("Margus Tamm","juhatuse liige",C),
  P("Kadri Lepik","juhatuse esimees",C),
  P("Andres Saar","juhatuse liige",C),
  P("Piret Kask-Oras","juhatuse liige",C),
  P("Rein Mägi",None,None),
  P("Liina Vares","tegevjuhi kohusetäitja",C),
  P("Toomas Kukk","arendusnõunik","Jõgeva Vallavalitsus"),
  P("Jaan Rebane","juhatuse esimees",C),
  P("Mart Ilves",None,None),
  P("Ene Sepp","Audiitor","Audiitorbüroo Sepp & Partnerid OÜ")],
 [O(C,None), O("Jõgeva Vallavalitsus"), O("OÜ Rebase Talu"), O("Jõgeva valla volikogu"), O("AS Jõgeva Veski"),
  O("Eesti Taimekasvatuse Instituut"), O("Audiitorbüroo Sepp & Partnerid OÜ"), O("Zemgales graudu klasteris"), O("OÜ Kaarepere Põllud")],
 [E("juhatuse koosolek","2038-03-11",None,"Jõgeva","Estonia"),
  E("kohtumine","2038-02-18",None,"Jelgava","Latvia"),
  E("üldkoosolek","2038-04-22",None,"Jõgeva","Estonia"),
  E("põldude päev","2038-06-09","2038-06-10","Jõgeva, Bauska","Estonia, Latvia"),
  E("juhatuse koosolek","2038-05",None,None,None)],
 ["2038-03-11","2037","2038-02-28","2032/2038","2036","2029/2036","2038-02-18","2038-03-12","2038-04-01","2038-04-22",
  "2038-06-09/2038-06-10","2038","2038-05","2038-03-15"],
 ["Valida juhatuse esimeheks Kadri Lepik alates 12. märtsist 2038",
  "Nimetada klastri tegevjuhiks Liina Vares alates 1. aprillist 2038 tähtajatu lepinguga",
  "Kinnitada 2037. aasta majandusaasta aruanne ja esitada see üldkoosolekule",
  "Kutsuda kokku korraline üldkoosolek neljapäeval, 22. aprillil 2038 kell 11.00 Jõgeva Kultuurikeskuses",
  "Korraldada koos Zemgales graudu klasteris ühine põldude päev 9.–10. juunil 2038 Jõgeval ja Bauskas"],
 pub=None)
