from h import *
F = 'porocilo_koroski-forum-kovinske-industrije-2035.txt'
Z = ["Koroška kovinska industrija ostaja hrbtenica regionalnega gospodarstva, vendar brez hitrejšega razogljičenja izgublja konkurenčnost na evropskem trgu.",
"Podjetja v grozdu naj skupaj načrtujejo naložbe v obnovljive vire energije in si delijo presežke toplote, pri čemer naj grozd prevzame vlogo koordinatorja.",
"Pomanjkanje kadrov je treba reševati z vajeništvom, štipendijami in privabljanjem delavcev iz drugih regij, tudi s stanovanjsko politiko občin.",
"Sodelovanje z avstrijsko Koroško je treba nadgraditi s skupnimi razvojnimi projekti in izmenjavo dijakov ter vajencev.",
"Koroška potrebuje boljšo prometno povezavo s"]
T = f'''RRA Koroška | Regionalna razvojna agencija za Koroško
Meža 10, 2370 Dravograd | www.rra-koroska.example

Novice > Poročila > 2035

POROČILO S 5. KOROŠKEGA FORUMA KOVINSKE INDUSTRIJE
Ravne na Koroškem, četrtek, 26. aprila 2035

Objavljeno: 8. maja 2035 | Avtorica: mag. Tjaša Pečovnik Lipovnik

V četrtek, 26. aprila 2035, je v Kulturnem centru Ravne na Koroškem potekal 5. Koroški forum kovinske industrije, ki se ga
je udeležilo 185 predstavnikov podjetij, izobraževalnih ustanov, občin in državnih institucij. Forum sta organizirala
Grozd kovinskopredelovalne industrije Koroške (GKIK) in Regionalna razvojna agencija za Koroško (RRA Koroška), v sodelovanju
s Koroško gospodarsko zbornico (KGZ) in Šolskim centrom Ravne na Koroškem. Osrednja tema letošnjega foruma je bila
razogljičenje jeklarske in kovinskopredelovalne industrije ter kadri za prihodnost. Prejšnji forumi so bili v letih 2027,
2029, 2031 in 2033.

Uvodni nagovori

Udeležence so pozdravili župan Občine Ravne na Koroškem dr. Tomaž Vrečko, direktorica RRA Koroška mag. Karmen Sotlar
Mlinar in predsednik upravnega odbora GKIK Andrej GRUDNIK, direktor družbe Kovinar Prevalje d.o.o. Državna sekretarka na
Ministrstvu za gospodarstvo, turizem in šport dr. Nataša Kolar Vidmar je predstavila novo shemo podpore za razogljičenje
energetsko intenzivne industrije, ki bo odprta od jeseni 2035.

Dr. Vrečko je poudaril, da je jeklarstvo na Ravnah prisotno že več kot 400 let in da mora ostati del identitete doline tudi
v podnebno nevtralnem gospodarstvu. Mag. Sotlar Mlinar je opozorila, da se Koroška regija sooča z najhitrejšim upadanjem
prebivalstva v Sloveniji.

Predstavitve in okrogla miza

V strokovnem delu so sodelovali:
- dr. Matjaž Ferk, vodja razvoja, SIJ Metal Ravne d.o.o. – o prehodu na elektroobločne peči in zelen vodik;
- prof. dr. Nina Verdnik Štrukelj, Fakulteta za strojništvo Univerze v Mariboru – o rezultatih raziskave o energetski
  učinkovitosti 42 koroških podjetij;
- Gregor Kotnik, vodja kadrovske službe, Tovarna vijakov Mežica d.o.o. – o vajeništvu in štipendiranju;
- Mag. Elisabeth Pirker-Wutte, Wirtschaftskammer Kärnten, Celovec – o čezmejnem sodelovanju med slovensko in avstrijsko
  Koroško;
- Boris Jamnik, Gospodarska zbornica Slovenije (GZS) – o novih obveznostih poročanja o ogljičnem odtisu.

Okroglo mizo je vodil novinar Radia Koroška Marko Kogelnik. Na njej so sodelovali Andrej Grudnik, dr. Matjaž Ferk, ravnateljica
Srednje šole Ravne mag. Polona Gorenšek Kos in predstavnik sindikata Skei Koroška Damjan Oder. Razprava se je najbolj vnela
pri vprašanju cene električne energije in dolgoročnih pogodb z dobavitelji. Podjetja so opozorila, da se je delež stroškov
energije v zadnjih petih letih podvojil in da brez predvidljivih cen ne bodo investirala v nove tehnologije.

Prof. dr. Verdnik Štrukelj je predstavila ugotovitev, da bi koroška podjetja s skupnimi ukrepi, kot so izmenjava odvečne
toplote in skupne sončne elektrarne, lahko zmanjšala porabo energije za približno 18 odstotkov. Gregor Kotnik je dodal, da
podjetja v Mežiški dolini letno potrebujejo več kot 150 novih delavcev, šole pa jih izobrazijo manj kot polovico.

Mag. Elisabeth Pirker-Wutte je predstavila izkušnje avstrijske Koroške, kjer so podjetja iz Beljaka in Celovca
pred tremi leti ustanovila skupno platformo za usposabljanje varilcev in operaterjev CNC strojev. Povabila je koroška
podjetja, da se pridružijo čezmejnemu sejmu poklicev v Celovcu, ki bo 11. oktobra 2035. Boris Jamnik je pojasnil, da bodo
morala od leta 2036 tudi manjša podjetja, ki dobavljajo velikim kupcem v Nemčiji in Avstriji, redno poročati o emisijah
toplogrednih plinov, in napovedal brezplačne delavnice GZS za člane grozda.

V razpravi iz dvorane so predstavniki manjših podjetij izpostavili, da so postopki za pridobitev nepovratnih sredstev
prezahtevni in da si želijo enotno kontaktno točko v regiji. Direktorica RRA Koroška je odgovorila, da agencija že
pripravlja tako točko v okviru Regionalnega razvojnega programa Koroške regije 2028–2034 in da bo ta delovala od septembra
2035 v Slovenj Gradcu in na Ravnah. Dijaki Šolskega centra so predstavili projekt robotske celice, ki so jo izdelali skupaj
s podjetjem Kovinar Prevalje, in zanj prejeli nagrado organizatorjev.

Udeleženci so pohvalili tudi razstavo dvanajstih podjetij v preddverju kulturnega centra, kjer so
predstavila nove izdelke, od orodij za avtomobilsko industrijo do delov za vetrne elektrarne. Več
podjetij je izrazilo željo, da bi naslednji forum trajal dva dni in vključeval tudi srečanja z
avstrijskimi kupci. Organizatorji so napovedali, da bo 6. forum leta 2037 v Slovenj Gradcu.

Popoldne so se udeleženci udeležili ogleda nove linije za toplotno obdelavo v SIJ Metal Ravne in delavnice o čezmejnih
projektih, ki jo je pripravil program Interreg Slovenija-Avstrija.

Zaključki

Organizatorji so ob koncu foruma povzeli naslednje zaključke, ki jih bodo posredovali ministrstvu in Svetu Koroške regije:

{chr(10).join(f"{i}. {z}" for i, z in enumerate(Z, 1))}'''
write(F, T)
gold(F, [
 P("Tjaša Pečovnik Lipovnik", "Avtorica", None),
 P("Tomaž Vrečko", "župan", "Občine Ravne na Koroškem"),
 P("Karmen Sotlar Mlinar", "direktorica", "Regionalna razvojna agencija za Koroško"),
 P("Andrej GRUDNIK", "predsednik upravnega odbora", "Grozd kovinskopredelovalne industrije Koroške"),
 P("Nataša Kolar Vidmar", "Državna sekretarka", "Ministrstvu za gospodarstvo, turizem in šport"),
 P("Matjaž Ferk", "vodja razvoja", "SIJ Metal Ravne d.o.o."),
 P("Nina Verdnik Štrukelj", None, "Fakulteta za strojništvo Univerze v Mariboru"),
 P("Gregor Kotnik", "vodja kadrovske službe", "Tovarna vijakov Mežica d.o.o."),
 P("Elisabeth Pirker-Wutte", None, "Wirtschaftskammer Kärnten"),
 P("Boris Jamnik", None, "Gospodarska zbornica Slovenije"),
 P("Marko Kogelnik", "novinar", "Radia Koroška"),
 P("Polona Gorenšek Kos", "ravnateljica", "Srednje šole Ravne"),
 P("Damjan Oder", "predstavnik sindikata", "Skei Koroška"),
], [
 O("Regionalna razvojna agencija za Koroško", "RRA Koroška"), O("Grozd kovinskopredelovalne industrije Koroške", "GKIK"),
 O("Koroško gospodarsko zbornico", "KGZ"), O("Šolskim centrom Ravne na Koroškem"),
 O("Občine Ravne na Koroškem"), O("Kovinar Prevalje d.o.o."), O("Ministrstvu za gospodarstvo, turizem in šport"),
 O("SIJ Metal Ravne d.o.o."), O("Fakulteta za strojništvo Univerze v Mariboru"), O("Tovarna vijakov Mežica d.o.o."),
 O("Wirtschaftskammer Kärnten"), O("Gospodarska zbornica Slovenije", "GZS"), O("Radia Koroška"), O("Srednje šole Ravne"),
 O("Skei Koroška"), O("Svetu Koroške regije"),
], [
 E("5. Koroški forum kovinske industrije", "2035-04-26", "2035-04-26", "Ravne na Koroškem", "Slovenia"),
 E("čezmejni sejem poklicev", "2035-10-11", "2035-10-11", "Celovec", "Austria"),
 E("ogled nove linije za toplotno obdelavo", "2035-04-26", "2035-04-26", None, None),
 E("6. forum", "2037", "2037", "Slovenj Gradcu", "Slovenia"),
 E("okrogla miza", "2035-04-26", "2035-04-26", "Ravne na Koroškem", "Slovenia"),
 E("delavnica o čezmejnih projektih", "2035-04-26", "2035-04-26", "Ravne na Koroškem", "Slovenia"),
], ["2035-04-26", "2035-05-08", "2035", "2027", "2029", "2031", "2033", "2035-10-11", "2036", "2028/2034", "2035-09", "2037"], [z.rstrip('.') for z in Z], pub="2035-05-08")
