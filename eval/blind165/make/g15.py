from h import *
F = 'g15_raplamaa_puidu_ja_mooblikobar_uuring.txt'
assert wd(2038,4,12)=='Monday' and wd(2038,5,6)=='Thursday' and wd(2038,3,17)=='Wednesday'
T = """RAPLAMAA PUIDU- JA MÖÖBLITOOTJATE KOOSTÖÖ UURING
Lühikokkuvõte

Tellija: Raplamaa Arenduskeskus (RAK)
Teostaja: Tallinna Tehnikaülikooli majandusanalüüsi ja rahanduse instituut koostöös Eesti Metsa- ja Puidutööstuse Liiduga (EMPL)
Autorid: Kadri Männik (projektijuht), Rein Kask, Triin Lepik-Valdmann
Valmis: 12. aprill 2038 (esmaspäev)

1. Uuringu taust

Raplamaa on üks väiksemaid Eesti maakondi, kuid puidutööstus on siin olnud juba nõukogude ajast peale oluline tööandja. Maakonnas tegutseb ligi 90 puidu- ja mööblitootjat, alates Kohila vineeritehasest kuni väikeste pereettevõteteni Märjamaal ja Kehtnas. Raplamaa Arenduskeskus soovis teada, kas ettevõtetel on huvi luua ühine klaster ning milliseid teenuseid see peaks pakkuma.

Uuring viidi läbi 2037. aasta oktoobrist kuni 2038. aasta veebruarini. Tehti 34 intervjuud ettevõtete juhtidega, korraldati veebiküsitlus (vastas 51 ettevõtet) ja kaks arutelu: Raplas 17. märtsil 2038 ning Kohilas 24. märtsil 2038. Lisaks külastasid autorid Pärnumaa puiduklastrit ja Lõuna-Eesti mööblitootjate võrgustikku, et võrrelda kogemusi.

Intervjueeritud ettevõtete hulgas olid saeveskid, vineeri- ja liimpuidutootjad, puitmajade tootjad, tislerid ning kaks suuremat mööblitehast. Küsitlusele vastanud ettevõtetest 40% tegutseb Rapla vallas, 27% Kohila vallas ning ülejäänud Märjamaa ja Kehtna vallas. Uuringu juhtrühma kuulusid arenduskeskuse, omavalitsuste ja ettevõtjate esindajad; juhtrühm kohtus kolm korda ja kiitis lõpparuande heaks 12. aprillil 2038.

2. Olukord arvudes

– puidu- ja mööblitööstuses töötab maakonnas umbes 1 700 inimest ehk ligi viiendik kõigist töötajatest;
– 78% ettevõtetest on alla 10 töötajaga;
– eksport moodustab suuremate ettevõtete käibest keskmiselt 64%, peamiselt Soome, Rootsi ja Saksamaale;
– kutseharidust pakub Kehtna Kutsehariduskeskus, kuid puidu erialadel õpib vaid 46 õpilast.

Võrdlus teiste piirkondadega

Pärnumaa puiduklaster loodi 2031. aastal ja koondab praegu 28 ettevõtet. Selle kogemus näitab, et esimesed kolm aastat kuluvad peamiselt usalduse loomisele ning ühised ekspordiprojektid tulevad alles hiljem. Lõuna-Eesti mööblitootjate võrgustik on seevastu jäänud mitteformaalseks ja tegutseb ilma palgalise töötajata; selle liikmed kohtuvad paar korda aastas ja korraldavad ühiselt messikülastusi. Mõlema piirkonna esindajad soovitasid Raplamaal alustada väikestest ja nähtavatest tegevustest, näiteks ühisest koolitusest või ühisest stendist mõnel messil.

Uuringus osalesid ka Ettevõtluse ja Innovatsiooni Sihtasutus ning Eesti Metsa- ja Puidutööstuse Liit, kes andsid ülevaate riiklikest toetusvõimalustest. Sihtasutuse klastriprogramm toetab kuni viieaastaseid arendusprojekte, kuid eeldab, et klastris osaleb vähemalt kümme ettevõtet ja et liikmed panustavad ise vähemalt veerandi eelarvest.

3. Peamised järeldused

– Ettevõtjad näevad koostöös kasu eelkõige ühisostude, töötajate koolitamise ja ekspordi osas
– Usaldus ettevõtete vahel on madal, sest paljud konkureerivad samade klientide pärast
– Suurim takistus on oskustööliste puudus, eriti CNC-operaatorite ja tisleri osas
– Väikestel tootjatel puudub aeg ja oskus uute turgude leidmiseks
– Kohaliku omavalitsuse toetus klastrile on olemas, kuid rahastus ei ole pikaajaline

4. Soovitused

– Luua esimeses etapis mitteformaalne puidu- ja mööblitootjate võrgustik, mida veab Raplamaa Arenduskeskus
– Palgata osalise koormusega koordinaator vähemalt kaheks aastaks
– Korraldada koos Kehtna Kutsehariduskeskusega täiskasvanute täiendkoolitusi
– Taotleda ühisprojekte Ettevõtluse ja Innovatsiooni Sihtasutuse (EIS) klastriprogrammist

5. Mida öeldi arutelul

Rapla vallavanem Gerli Aasmäe toetas mõtet, et esimeses etapis piisab võrgustikust. „Me ei pea kohe looma uut organisatsiooni, vaid alustama ühistest tegevustest,“ ütles ta. Kohila Vineer AS juhatuse liige Margus Pärnpuu rõhutas, et suured ja väikesed ettevõtted vajavad erinevaid teenuseid. EMPL-i tegevjuht Henrik Välja tõi näiteid Pärnumaalt, kus klaster alustas samuti väikestest sammudest.

6. Edasised sammud

Uuringu tulemusi tutvustatakse avalikult Raplamaa ettevõtjate päeval neljapäeval, 6. mail 2038 Rapla Kultuurikeskuses. Raplamaa Omavalitsuste Liit otsustab koordinaatori rahastamise 2039. aasta eelarve koostamisel. Ettevõtjad, kes soovivad võrgustikuga liituda, saavad juba praegu arenduskeskusele huvist teada anda.

Kontakt: Kadri Männik, kadri.mannik@taltech.example.ee
Raplamaa Arenduskeskus, Tallinna mnt 14, 79513 Rapla
"""
write(F, T)
R="Raplamaa Arenduskeskus"; T_="Tallinna Tehnikaülikooli majandusanalüüsi ja rahanduse instituut"
gold(F,
 [P("Kadri Männik","projektijuht",T_), P("Rein Kask",None,T_), P("Triin Lepik-Valdmann",None,T_),
  P("Gerli Aasmäe","Rapla vallavanem",None), P("Margus Pärnpuu","juhatuse liige","Kohila Vineer AS"),
  P("Henrik Välja","tegevjuht","Eesti Metsa- ja Puidutööstuse Liit")],
 [O(R,"RAK"), O(T_), O("Eesti Metsa- ja Puidutööstuse Liit","EMPL"), O("Pärnumaa puiduklaster"),
  O("Kehtna Kutsehariduskeskus"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"), O("Kohila Vineer AS"),
  O("Raplamaa Omavalitsuste Liit"), O("Lõuna-Eesti mööblitootjate võrgustik")],
 [E("arutelu","2038-03-17",None,"Rapla","Estonia"),
  E("arutelu","2038-03-24",None,"Kohila","Estonia"),
  E("Raplamaa ettevõtjate päev","2038-05-06",None,"Rapla","Estonia")],
 ["2038-04-12","2037-10/2038-02","2031","2038-03-17","2038-03-24","2038-05-06","2039"],
 ["Ettevõtjad näevad koostöös kasu eelkõige ühisostude, töötajate koolitamise ja ekspordi osas",
  "Usaldus ettevõtete vahel on madal, sest paljud konkureerivad samade klientide pärast",
  "Suurim takistus on oskustööliste puudus, eriti CNC-operaatorite ja tisleri osas",
  "Väikestel tootjatel puudub aeg ja oskus uute turgude leidmiseks",
  "Kohaliku omavalitsuse toetus klastrile on olemas, kuid rahastus ei ole pikaajaline",
  "Luua esimeses etapis mitteformaalne puidu- ja mööblitootjate võrgustik, mida veab Raplamaa Arenduskeskus",
  "Palgata osalise koormusega koordinaator vähemalt kaheks aastaks",
  "Korraldada koos Kehtna Kutsehariduskeskusega täiskasvanute täiendkoolitusi",
  "Taotleda ühisprojekte Ettevõtluse ja Innovatsiooni Sihtasutuse (EIS) klastriprogrammist"],
 pub="2038-04-12")
