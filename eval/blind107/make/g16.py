from h import *
F = 'g16_velenje_energetski_grozd_novice.txt'
assert wd(2038,4,14)=='Wednesday' and wd(2038,4,15)=='Thursday' and wd(2038,5,20)=='Thursday' and wd(2038,6,9)=='Wednesday'
T = """Preskoči na vsebino
Energetski grozd Šaleške doline
Domov   O grozdu   Člani   Projekti   Novice   Dogodki   Kontakt   SI | EN

Spletna stran uporablja piškotke za zagotavljanje boljše uporabniške izkušnje in spremljanje statistike obiska. Z nadaljnjo uporabo strani se strinjate z uporabo piškotkov.  [Se strinjam]  [Več o piškotkih]

Domov » Novice » Po poslovnih srečanjih in skupščini: grozd pripravljen na novo obdobje

Po poslovnih srečanjih in skupščini: grozd pripravljen na novo obdobje

Objavljeno: 22. 4. 2038 | Avtor: Urša Kovačič | Kategorija: Novice grozda
Deli: Facebook · LinkedIn · X · E-pošta

[Fotografija: Udeleženci poslovnih srečanj v dvorani Vile Herberstein v Velenju. Foto: Miha Pokorn]

Energetski grozd Šaleške doline je sredi aprila v Velenju pripravil dva dogodka, ki ju člani že tradicionalno povezujejo: mednarodna poslovna srečanja »Energy Transition Matchmaking Velenje 2038« in redno letno skupščino grozda.

Poslovna srečanja, 14. in 15. aprila 2038

V sredo, 14. aprila, in v četrtek, 15. aprila 2038, se je v Vili Herberstein zbralo 142 udeležencev iz desetih držav. Dogodek je grozd organiziral skupaj s Podjetniškim centrom Velenje, mrežo Enterprise Europe Network Slovenija in avstrijskim grozdom Green Tech Cluster Styria. Udeleženci so opravili 186 vnaprej dogovorjenih sestankov, največ na temo toplotnih črpalk, shranjevanja energije in preoblikovanja nekdanjih premogovniških območij.

Dogodek je odprla dr. Nina Lesjak Pungartnik, direktorica Direktorata za energijo na Ministrstvu za okolje, podnebje in energijo, ki je poudarila, da bo Šaleška dolina do leta 2040 eden ključnih primerov pravičnega prehoda v Evropi. Sledila je okrogla miza o prihodnosti nekdanjih rudniških površin, ki jo je vodil mag. Aleš Rotovnik, direktor grozda. Na njej so sodelovali Peter Dermol, predsednik uprave Premogovnika Velenje, Hannes Steinbichler-Gruber iz grozda Green Tech Cluster Styria, dr. Tanja Verdnik s Fakultete za energetiko Univerze v Mariboru in Bojan Kontič, župan Mestne občine Velenje.

Na okrogli mizi so se govorniki strinjali, da nekdanje rudniške površine niso le breme, temveč tudi prostor za nove dejavnosti. Peter Dermol je predstavil načrt, po katerem bi na odlagališčih in pogreznjenih območjih do leta 2040 zgradili več kot 150 megavatov sončnih elektrarn. Hannes Steinbichler-Gruber je opisal, kako so v avstrijski Štajerski nekdanje industrijske lokacije preuredili v tehnološke parke, dr. Tanja Verdnik pa je opozorila, da bo za nova delovna mesta treba prekvalificirati več sto rudarjev in elektrikarjev. Župan je napovedal, da bo občina do konca leta pripravila prostorski načrt za območje ob Velenjskem jezeru.

Organizatorji in partnerji: Energetski grozd Šaleške doline · Podjetniški center Velenje · Enterprise Europe Network Slovenija · Green Tech Cluster Styria · Premogovnik Velenje (sponzor) · Mestna občina Velenje
Dogodek je podprlo Ministrstvo za okolje, podnebje in energijo.

Program
Sreda, 14. april 2038
09:00 Registracija
09:30 Pozdravni nagovori
10:00 Okrogla miza: Kaj po premogu?
11:30 Poslovna srečanja B2B (1. del)
19:00 Mrežni večer v Vili Herberstein

Četrtek, 15. april 2038
09:00 Poslovna srečanja B2B (2. del)
13:00 Ogled lokacije nove sončne elektrarne na odlagališču pepela v Šoštanju
16:00 Zaključek

»Po lanskem dogodku smo s partnerjem iz Gradca podpisali pogodbo za dobavo hranilnikov toplote. Letos sem prišel po novega,« je povedal Gregor Rednjak, direktor podjetja Termoplan d.o.o. iz Šoštanja.

Skupščina grozda, 15. aprila 2038

V četrtek popoldne, 15. aprila 2038, je v sejni sobi Podjetniškega centra Velenje potekala 9. redna skupščina Energetskega grozda Šaleške doline. Navzočih je bilo 38 od 51 članov. Skupščina je sprejela letno poročilo za leto 2037, finančni načrt za leto 2038 in program dela za obdobje 2038–2040.

Sklepi skupščine
1. Skupščina sprejme letno poročilo grozda za leto 2037
2. Skupščina potrdi finančni načrt za leto 2038 v višini 640.000 evrov
3. Skupščina sprejme program dela za obdobje 2038–2040 s poudarkom na shranjevanju energije in usposabljanju delavcev iz premogovništva
4. Skupščina v grozd sprejme tri nove člane: Solarni inženiring Velenje d.o.o., Šolski center Velenje in Zadrugo Energija Šalek z.o.o.
5. Za predsednika upravnega odbora grozda za mandat 2038–2042 je ponovno izvoljen Marjan Golob

Marjan Golob, predsednik upravnega odbora grozda in direktor podjetja Gorenje Toplotne Rešitve d.o.o., se je članom zahvalil za zaupanje in napovedal, da bo grozd v letu 2038 oddal najmanj dve skupni prijavi na evropske razpise. Nova podpredsednica upravnega odbora je Simona Jeromel iz Visoke šole za varstvo okolja.

Napovedujemo

• 20. maja 2038 – delavnica »Toplotne črpalke v večstanovanjskih stavbah«, Velenje
• 9. junija 2038 – študijski obisk v Lužici (Nemčija) skupaj z grozdom Lausitz Energy Cluster
• oktober 2038 – Dan energije Šaleške doline

Prijave na delavnico zbiramo do 13. maja 2038 na info@energetski-grozd.example.si.

Oznake: poslovna srečanja, skupščina, pravični prehod, B2B, Velenje

Sorodne novice
› Energetski grozd Šaleške doline med finalisti evropske nagrade za grozde
› Javni poziv za male projekte pravičnega prehoda – rok 30. 6. 2038
› Novi člani grozda v letu 2037

Kontakt
Urša Kovačič, koordinatorica projektov
Energetski grozd Šaleške doline, Koroška cesta 00, 3320 Velenje
T: 03 000 00 00 | E: info@energetski-grozd.example.si

© 2038 Energetski grozd Šaleške doline | Pravno obvestilo | Varstvo osebnih podatkov | Piškotki
"""
write(F, T)
C = "Energetski grozd Šaleške doline"
gold(F,
 [P("Urša Kovačič","koordinatorica projektov",C), P("Miha Pokorn"),
  P("Nina Lesjak Pungartnik","direktorica Direktorata za energijo","Ministrstvo za okolje, podnebje in energijo"),
  P("Aleš Rotovnik","direktor grozda",C),
  P("Peter Dermol","predsednik uprave","Premogovnik Velenje"),
  P("Hannes Steinbichler-Gruber",None,"Green Tech Cluster Styria"),
  P("Tanja Verdnik",None,"Fakultete za energetiko Univerze v Mariboru"),
  P("Bojan Kontič","župan","Mestna občina Velenje"),
  P("Gregor Rednjak","direktor","Termoplan d.o.o."),
  P("Marjan Golob","predsednik upravnega odbora grozda",C),
  P("Simona Jeromel","podpredsednica upravnega odbora",C)],
 [O(C), O("Podjetniški center Velenje"), O("Enterprise Europe Network Slovenija"), O("Green Tech Cluster Styria"),
  O("Direktorata za energijo"), O("Ministrstvo za okolje, podnebje in energijo"), O("Premogovnik Velenje"),
  O("Fakultete za energetiko Univerze v Mariboru"), O("Mestna občina Velenje"), O("Termoplan d.o.o."),
  O("Solarni inženiring Velenje d.o.o."), O("Šolski center Velenje"), O("Zadrugo Energija Šalek z.o.o."),
  O("Gorenje Toplotne Rešitve d.o.o."), O("Visoke šole za varstvo okolja"), O("Lausitz Energy Cluster")],
 [E("Energy Transition Matchmaking Velenje 2038","2038-04-14","2038-04-15","Velenje","Slovenia"),
  E("Okrogla miza: Kaj po premogu?","2038-04-14",None,"Velenje","Slovenia"),
  E("Poslovna srečanja B2B","2038-04-14","2038-04-15","Velenje","Slovenia"),
  E("Mrežni večer","2038-04-14",None,"Velenje","Slovenia"),
  E("Ogled lokacije nove sončne elektrarne","2038-04-15",None,"Šoštanj","Slovenia"),
  E("9. redna skupščina","2038-04-15",None,"Velenje","Slovenia"),
  E("Toplotne črpalke v večstanovanjskih stavbah","2038-05-20",None,"Velenje","Slovenia"),
  E("študijski obisk v Lužici","2038-06-09",None,None,"Germany"),
  E("Dan energije Šaleške doline","2038-10")],
 ["2038-04-22","2038-04-14/2038-04-15","2038-04-14","2038-04-15","2040","2037","2038","2038/2040","2038/2042",
  "2038-05-20","2038-06-09","2038-10","2038-05-13","2038-06-30"],
 ["Skupščina sprejme letno poročilo grozda za leto 2037",
  "Skupščina potrdi finančni načrt za leto 2038 v višini 640.000 evrov",
  "Skupščina sprejme program dela za obdobje 2038–2040 s poudarkom na shranjevanju energije in usposabljanju delavcev iz premogovništva",
  "Skupščina v grozd sprejme tri nove člane: Solarni inženiring Velenje d.o.o., Šolski center Velenje in Zadrugo Energija Šalek z.o.o.",
  "Za predsednika upravnega odbora grozda za mandat 2038–2042 je ponovno izvoljen Marjan Golob"],
 "2038-04-22")
