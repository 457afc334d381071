from h import *
F = 'g11_osijek_ministarska_konferencija_zakljucci.txt'
ZK = [
 "Klasteri su ključni partneri u provedbi regionalnih strategija pametne specijalizacije i treba ih uključiti u izradu javnih politika od samog početka.",
 "Sudionice se obvezuju do kraja 2039. uskladiti kriterije za priznavanje i financiranje klasterskih organizacija kako bi se olakšala prekogranična suradnja.",
 "Potrebno je osnovati zajednički fond za prekogranične projekte klastera u Panonskoj regiji, s godišnjim pozivima i jednostavnim postupcima.",
 "Prehrambena industrija, obrada drva i metaloprerađivačka industrija prioritetni su sektori suradnje u razdoblju 2038.–2042.",
 "Klasteri trebaju imati veću ulogu u obrazovanju i zadržavanju mladih stručnjaka u ruralnim područjima.",
 "Javna nabava treba poticati zajedničke ponude malih i srednjih poduzeća okupljenih u klasterima.",
 "Ministarstva će svake dvije godine zajednički pratiti provedbu ovih zaključaka i o tome izvješćivati javnost.",
]
T = """REPUBLIKA HRVATSKA
Ministarstvo gospodarstva

ZAKLJUČCI
Ministarske konferencije o klasterima Panonske regije
„Klasteri za otpornu Panoniju“
Osijek, 3. i 4. ožujka 2038.

Uvod

Ministarska konferencija o klasterima Panonske regije održana je 3. i 4. ožujka 2038. u Osijeku, u Gradskom vrtu – Dvorani Zrinjevac, u organizaciji Ministarstva gospodarstva Republike Hrvatske i Osječko-baranjske županije, uz potporu Europske komisije. Okupila je ministre i visoke dužnosnike iz Hrvatske, Mađarske, Slovenije, Srbije, Bosne i Hercegovine i Austrije, predstavnike 64 klasterske organizacije te stručnjake iz sveučilišta i razvojnih agencija, ukupno više od 380 sudionika.

Konferenciju je otvorio ministar gospodarstva dr. sc. Damir Kovačević, koji je istaknuo da Panonska regija dijeli iste izazove: iseljavanje mladih, nisku produktivnost malih poduzeća i ovisnost o sirovinama niske dodane vrijednosti. Pozdravne riječi uputili su župan Osječko-baranjske županije Zoran Matić i gradonačelnica Osijeka Vesna Tolić-Ivanković. Video porukom obratila se i Marta Dąbrowska-Lenz, ravnateljica u Glavnoj upravi za unutarnje tržište, industriju, poduzetništvo i MSP-ove (GU GROW) Europske komisije.

Prvog dana održana su tri panela. Na panelu o prehrambenoj industriji govorili su Goran Šimić, predsjednik Uprave Slavonskog prehrambenog klastera, dr. sc. Tímea Szabó-Kovács iz mađarskog Dél-alföldi Élelmiszeripari Klaszter i Miloš Petrović, direktor Vojvođanskog klastera za agrobiznis. Panel o drvnoj industriji moderirala je izv. prof. dr. sc. Ana Bošnjak s Fakulteta agrobiotehničkih znanosti Osijek. Treći panel bio je posvećen vještinama, a na njemu je sudjelovao i Emir Hadžiselimović, direktor Klastera za obradu drveta Tuzla.

U raspravama je više puta naglašeno da klasteri u pograničnim županijama rade s malim timovima i kratkoročnim projektnim sredstvima, zbog čega teško planiraju dugoročne aktivnosti. Sudionici iz poduzeća tražili su jednostavnije natječaje, brže isplate i više mogućnosti za zajednički nastup na trećim tržištima. Predstavnici sveučilišta upozorili su da mladi inženjeri i tehnolozi odlaze jer u regiji ne vide dovoljno razvojnih radnih mjesta.

Drugog dana održan je zatvoreni ministarski sastanak kojim je predsjedao ministar Kovačević. Na sastanku su sudjelovali državni tajnik mađarskog Ministarstva nacionalnog gospodarstva László Fekete-Varga, državna sekretarka slovenskog Ministrstva za gospodarstvo, turizem in šport mag. Petra Zupančič Vidmar, pomoćnik ministra privrede Republike Srbije Nenad Stojanović, predstavnik Ministarstva vanjske trgovine i ekonomskih odnosa Bosne i Hercegovine Adnan Mujić te Mag. Stefan Gruber-Lindner iz austrijskog Saveznog ministarstva za rad i gospodarstvo.

Zaključci

Sudionice ministarskog sastanka usvojile su sljedeće zaključke:

""" + "\n".join(f"{i}. {z}" for i, z in enumerate(ZK, 1)) + """

Daljnji koraci

Sudionice su se dogovorile da će radna skupina visokih dužnosnika, kojom će koordinirati Hrvatska agencija za malo gospodarstvo, inovacije i investicije (HAMAG-BICRO), do 30. rujna 2038. pripremiti prijedlog zajedničkog fonda. Sljedeća ministarska konferencija održat će se 2040. u Mađarskoj, u Szegedu. Prvi sastanak radne skupine predviđen je za 22. svibnja 2038. u Zagrebu.

Tijekom konferencije potpisan je i Sporazum o suradnji između Slavonskog prehrambenog klastera, Vojvođanskog klastera za agrobiznis i Dél-alföldi Élelmiszeripari Klaszter. Sudionici su sudjelovali i u studijskom posjetu tvrtki Žito d.o.o. i Sveučilištu Josipa Jurja Strossmayera u Osijeku, održanom 4. ožujka 2038. poslijepodne.

Zaključke su potpisali predstavnici svih šest zemalja sudionica. Izvorni tekst sastavljen je na hrvatskom i engleskom jeziku; u slučaju razlika mjerodavan je engleski tekst.

U Osijeku, 4. ožujka 2038.

Za Ministarstvo gospodarstva
dr. sc. Damir Kovačević, ministar
"""
write(F, T)
gold(F,
 [P("Damir Kovačević", "ministar", "Ministarstvo gospodarstva"),
  P("Zoran Matić", "župan", "Osječko-baranjske županije"),
  P("Vesna Tolić-Ivanković", "gradonačelnica", None),
  P("Marta Dąbrowska-Lenz", "ravnateljica", "Glavnoj upravi za unutarnje tržište, industriju, poduzetništvo i MSP-ove"),
  P("Goran Šimić", "predsjednik Uprave", "Slavonskog prehrambenog klastera"),
  P("Tímea Szabó-Kovács", None, "Dél-alföldi Élelmiszeripari Klaszter"),
  P("Miloš Petrović", "direktor", "Vojvođanskog klastera za agrobiznis"),
  P("Ana Bošnjak", None, "Fakulteta agrobiotehničkih znanosti Osijek"),
  P("Emir Hadžiselimović", "direktor", "Klastera za obradu drveta Tuzla"),
  P("László Fekete-Varga", "državni tajnik", "Ministarstva nacionalnog gospodarstva"),
  P("Petra Zupančič Vidmar", "državna sekretarka", "Ministrstva za gospodarstvo, turizem in šport"),
  P("Nenad Stojanović", "pomoćnik ministra privrede", None),
  P("Adnan Mujić", "predstavnik", "Ministarstva vanjske trgovine i ekonomskih odnosa Bosne i Hercegovine"),
  P("Stefan Gruber-Lindner", None, "Saveznog ministarstva za rad i gospodarstvo")],
 [O("Ministarstvo gospodarstva"), O("Osječko-baranjske županije"), O("Europske komisije"),
  O("Glavnoj upravi za unutarnje tržište, industriju, poduzetništvo i MSP-ove", "GU GROW"),
  O("Slavonskog prehrambenog klastera"), O("Dél-alföldi Élelmiszeripari Klaszter"), O("Vojvođanskog klastera za agrobiznis"),
  O("Fakulteta agrobiotehničkih znanosti Osijek"), O("Klastera za obradu drveta Tuzla"),
  O("Ministarstva nacionalnog gospodarstva"), O("Ministrstva za gospodarstvo, turizem in šport"),
  O("Ministarstva vanjske trgovine i ekonomskih odnosa Bosne i Hercegovine"), O("Saveznog ministarstva za rad i gospodarstvo"),
  O("Hrvatska agencija za malo gospodarstvo, inovacije i investicije", "HAMAG-BICRO"), O("Žito d.o.o."),
  O("Sveučilištu Josipa Jurja Strossmayera u Osijeku")],
 [E("Ministarske konferencije o klasterima Panonske regije", "2038-03-03", "2038-03-04", "Osijek", "Croatia"),
  E("zatvoreni ministarski sastanak", "2038-03-04", None, "Osijek", "Croatia"),
  E("Sljedeća ministarska konferencija", "2040", None, "Szegedu", "Hungary"),
  E("Prvi sastanak radne skupine", "2038-05-22", None, "Zagrebu", "Croatia"),
  E("studijskom posjetu", "2038-03-04", None, "Osijek", "Croatia")],
 ["2038-03-03/2038-03-04", "2039", "2038/2042", "2038-09-30", "2040", "2038-05-22", "2038-03-04"],
 [z.rstrip('.') for z in ZK], pub="2038-03-04")
