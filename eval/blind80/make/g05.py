from h import *
F = 'g05_pomurski_grozd_zapisnik_seje_uo.txt'
T = """POMURSKI PREHRANSKI GROZD, GIZ
Lendavska ulica 5a, 9000 Murska Sobota

Številka: UO-14/2036
Datum: 13. 3. 2036

ZAPISNIK
14. seje upravnega odbora Pomurskega prehranskega grozda, GIZ,
ki je bila v torek, 11. marca 2036, ob 14. uri v sejni sobi Pomurskega tehnološkega parka v Murski Soboti

Prisotni člani upravnega odbora:
- Marjan ŠOŠTARIČ, predsednik upravnega odbora (Panvita d.d.)
- mag. Nina Horvat Kuhar, podpredsednica (Mlekarna Radgonske gorice d.o.o.)
- Andrej Kociper (Oljarna Gomilica d.o.o.)
- dr. Tadeja Vrečič (Univerza v Mariboru, Fakulteta za kmetijstvo in biosistemske vede)
- Bojan Gjerek (Kmetijsko gozdarska zbornica Slovenije, Kmetijsko gozdarski zavod Murska Sobota)

Opravičeno odsotni:
- Štefan Baranja (Pekarna Lipovci d.o.o.)
- Suzana Vogrinčič Zelko (Občina Lendava)

Ostali prisotni:
- Aleš Sukič, direktor grozda
- Maja Horvat, strokovna sodelavka grozda (zapisnikarica)

Gostje:
- izr. prof. dr. Janez Korošec, Inštitut za ekonomska raziskovanja, k 3. točki
- Irena Lah Benko, Ministrstvo za gospodarstvo, turizem in šport, k 4. točki

Predsednik je ugotovil, da je prisotnih pet od sedmih članov upravnega odbora in da je odbor sklepčen.

Predlagani dnevni red:
1. Potrditev dnevnega reda in zapisnika 13. seje
2. Poročilo o delu grozda za leto 2035
3. Predstavitev študije o kratkih dobavnih verigah v Pomurju
4. Javni razpis za podporo grozdom 2036–2038
5. Priprava skupščine grozda
6. Sprejem novih članov
7. Razno

K točki 1
Dnevni red je bil sprejet brez pripomb. Zapisnik 13. seje z dne 12. 2. 2036 je bil potrjen soglasno.

K točki 2
Direktor Aleš Sukič je predstavil poročilo o delu za leto 2035. Grozd je izvedel 38 dogodkov, med njimi tri poslovne misije (Gradec, Zagreb in Budimpešta) in Pomurski dan hrane 2035. Število članov se je povečalo z 41 na 47. Prihodki so dosegli 412.000 evrov, od tega 58 odstotkov iz projektov. Člani odbora so pohvalili rast, opozorili pa na veliko odvisnost od projektnih sredstev.

K točki 3
Izr. prof. dr. Janez Korošec je predstavil glavne ugotovitve študije. Pomurski pridelovalci prodajo le 14 odstotkov pridelka neposredno v regiji, javni zavodi (šole, vrtci, bolnišnice) pa kupijo manj kot petino živil pri lokalnih dobaviteljih. Največje ovire so logistika, majhne količine in zahtevni razpisi. Študija priporoča skupno logistično središče in skupno nastopanje dobaviteljev na javnih naročilih.

K točki 4
Irena Lah Benko je pojasnila pogoje novega javnega razpisa ministrstva, ki bo objavljen predvidoma aprila 2036. Grozd mora vlogo pripraviti skupaj z vsaj še enim grozdom iz druge regije. Direktor je predlagal povezavo s Savinjskim lesnim grozdom, GIZ, ki je že izrazil interes.

K točki 5
Redna skupščina grozda bo v torek, 20. maja 2036, v Radencih. Na skupščini bodo potekale volitve predsednika in članov upravnega odbora za mandat 2036–2040, saj se sedanjim članom mandat izteče.

K točki 6
Upravni odbor je obravnaval tri pristopne izjave.

SKLEPI

Sklep št. 1: Upravni odbor potrdi dnevni red in zapisnik 13. seje.
Sklep št. 2: Upravni odbor sprejme poročilo o delu grozda za leto 2035 in ga predloži skupščini v potrditev.
Sklep št. 3: Upravni odbor se seznani s študijo o kratkih dobavnih verigah in naloži direktorju, da do naslednje seje pripravi predlog skupnega logističnega središča.
Sklep št. 4: Grozd se prijavi na javni razpis za podporo grozdom 2036–2038 v partnerstvu s Savinjskim lesnim grozdom, GIZ.
Sklep št. 5: Redna skupščina se skliče za 20. maj 2036 v Radencih; kandidature za člane upravnega odbora se zbirajo do 30. aprila 2036.
Sklep št. 6: V članstvo grozda se sprejmejo Kmetija Smodiš, Bio-Mura d.o.o. in Zadruga Prekmurske dobrote z.o.o.

K točki 7 – Razno
Predsednik je obvestil člane, da je Panvita d.d. kot gostitelj ponudila prostore za Pomurski dan hrane 2036. Dr. Tadeja Vrečič je povabila člane na mednarodno konferenco Hrana in podeželje, ki bo 2. in 3. oktobra 2036 v Mariboru.

Naslednja seja upravnega odbora bo v ponedeljek, 9. junija 2036, ob 14. uri v Murski Soboti.

Seja je bila zaključena ob 16.40.

Zapisala:                                   Predsednik upravnega odbora:
Maja Horvat                                 Marjan Šoštarič
"""
write(F, T)
G = "Pomurski prehranski grozd, GIZ"
gold(F,
 [P("Marjan ŠOŠTARIČ", "predsednik upravnega odbora", "POMURSKI PREHRANSKI GROZD, GIZ"),
  P("Nina Horvat Kuhar", "podpredsednica", "POMURSKI PREHRANSKI GROZD, GIZ"),
  P("Andrej Kociper", None, "Oljarna Gomilica d.o.o."),
  P("Tadeja Vrečič", None, "Univerza v Mariboru, Fakulteta za kmetijstvo in biosistemske vede"),
  P("Bojan Gjerek", None, "Kmetijsko gozdarski zavod Murska Sobota"),
  P("Štefan Baranja", None, "Pekarna Lipovci d.o.o."),
  P("Suzana Vogrinčič Zelko", None, "Občina Lendava"),
  P("Aleš Sukič", "direktor grozda", "POMURSKI PREHRANSKI GROZD, GIZ"),
  P("Maja Horvat", "strokovna sodelavka grozda", "POMURSKI PREHRANSKI GROZD, GIZ"),
  P("Janez Korošec", None, "Inštitut za ekonomska raziskovanja"),
  P("Irena Lah Benko", None, "Ministrstvo za gospodarstvo, turizem in šport")],
 [O("POMURSKI PREHRANSKI GROZD, GIZ"), O("Pomurskega tehnološkega parka"), O("Panvita d.d."), O("Mlekarna Radgonske gorice d.o.o."),
  O("Oljarna Gomilica d.o.o."), O("Univerza v Mariboru"), O("Fakulteta za kmetijstvo in biosistemske vede"),
  O("Kmetijsko gozdarska zbornica Slovenije"), O("Kmetijsko gozdarski zavod Murska Sobota"),
  O("Pekarna Lipovci d.o.o."), O("Občina Lendava"), O("Inštitut za ekonomska raziskovanja"),
  O("Ministrstvo za gospodarstvo, turizem in šport"), O("Savinjskim lesnim grozdom, GIZ"), O("Kmetija Smodiš"), O("Bio-Mura d.o.o."),
  O("Zadruga Prekmurske dobrote z.o.o.")],
 [E("14. seje upravnega odbora", "2036-03-11", None, "Murska Sobota", "Slovenia"),
  E("13. seje", "2036-02-12"),
  E("Pomurski dan hrane 2035", "2035"),
  E("Redna skupščina grozda", "2036-05-20", None, "Radencih", "Slovenia"),
  E("Pomurski dan hrane 2036", "2036"),
  E("Hrana in podeželje", "2036-10-02", "2036-10-03", "Mariboru", "Slovenia"),
  E("Naslednja seja upravnega odbora", "2036-06-09", None, "Murska Sobota", "Slovenia")],
 ["2036-03-13", "2036-03-11", "2035", "2036/2038", "2036-02-12", "2036-04", "2036-05-20", "2036/2040", "2036-04-30", "2036-10-02/2036-10-03", "2036-06-09"],
 ["Upravni odbor potrdi dnevni red in zapisnik 13. seje",
  "Upravni odbor sprejme poročilo o delu grozda za leto 2035 in ga predloži skupščini v potrditev",
  "Upravni odbor se seznani s študijo o kratkih dobavnih verigah in naloži direktorju, da do naslednje seje pripravi predlog skupnega logističnega središča",
  "Grozd se prijavi na javni razpis za podporo grozdom 2036–2038 v partnerstvu s Savinjskim lesnim grozdom, GIZ",
  "Redna skupščina se skliče za 20. maj 2036 v Radencih; kandidature za člane upravnega odbora se zbirajo do 30. aprila 2036",
  "V članstvo grozda se sprejmejo Kmetija Smodiš, Bio-Mura d.o.o. in Zadruga Prekmurske dobrote z.o.o"],
 pub="2036-03-13")
