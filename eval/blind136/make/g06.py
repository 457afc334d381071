from h import *
F = 'g06_sisak_klaster_pregled_dogadanja.txt'
assert wd(2035,4,3)=='Tuesday' and wd(2035,4,17)=='Tuesday' and wd(2035,5,8)=='Tuesday' and wd(2035,5,9)=='Wednesday' and wd(2035,6,12)=='Tuesday' and wd(2035,3,27)=='Tuesday'
T = """Naslovnica | O klasteru | Članovi | Projekti | Novosti | Događanja | Kontakt        HR | EN

Novosti > Pregled događanja

PREGLED DOGAĐANJA: TRAVANJ I SVIBANJ 2035.
Objavljeno: 28. svibnja 2035. | Autor: Ured klastera | Kategorija: Događanja

Klaster metaloprerađivačke industrije Sisačko-moslavačke županije (KMI SMŽ) u proteklih je osam tjedana organizirao ili suorganizirao četiri događanja. Donosimo kratki pregled za članove koji nisu mogli sudjelovati.

1) Radionica „Zavarivanje i robotizacija u malim serijama“ – 3. travnja 2035., Sisak

U utorak, 3. travnja, u prostorijama Razvojne agencije Sisak (RASIM) održana je radionica za 24 sudionika iz 15 tvrtki članica. Predavači su bili mr. sc. Dario Horvatinčić, voditelj laboratorija za zavarivanje na Metalurškom fakultetu Sveučilišta u Zagrebu, i Ivana Kovač-Matić, inženjerka u tvrtki Robotiq Systems d.o.o. iz Kutine. Sudionici su u drugom dijelu isprobali kolaborativnog robota na pokaznoj stanici. Zbog velikog interesa radionica će se ponoviti na jesen, a prezentacije su dostupne članovima u zatvorenom dijelu stranice.

2) Sastanak Upravnog odbora – 17. travnja 2035.

Upravni odbor klastera sastao se u utorak, 17. travnja. Predsjednik Upravnog odbora Zlatko Barišić (direktor tvrtke Metalka Petrinja d.d.) izvijestio je o pripremi zajedničkog nastupa na sajmu u Beogradu. Odbor je prihvatio pristupnicu dviju novih članica, tvrtke Čelik-Kovina Novska d.o.o. i Srednje strukovne škole Sisak. Tajnica klastera Marija Šimunić-Radić predstavila je financijsko izvješće za 2034. godinu.

3) Posjet delegacije iz Gornje Austrije – 8. i 9. svibnja 2035.

Delegacija Business Upper Austria i klastera Mechatronik-Cluster iz Linza boravila je dva dana u Sisku i Kutini. Prvog dana gosti su posjetili pogon tvrtke Metalka Petrinja d.d. i Sisačku industrijsku zonu, a u 19:00 sati održana je svečana večera u Kutini. Drugog dana, u srijedu 9. svibnja, održani su B2B sastanci s 11 tvrtki članica. Voditelj austrijske delegacije Klaus Hinterleitner-Moser najavio je uzvratni posjet hrvatskih tvrtki Linzu u jesen 2035. Tijekom posjeta potpisan je sporazum o suradnji između dvaju klastera, kojim se predviđa razmjena stručnjaka, zajednički nastup na sajmovima i priprema zajedničkog projekta u programu Interreg. Gostima se obratio i župan Sisačko-moslavačke županije Ante Kovačević, koji je istaknuo da je metalna industrija i dalje najveći izvoznik u županiji.

4) Okrugli stol „Energetska tranzicija i metalna industrija“ – 22. svibnja 2035., Kutina

Okrugli stol u suradnji s Hrvatskom gospodarskom komorom – Županijskom komorom Sisak okupio je 40-ak sudionika. Uvodno izlaganje održala je dr. sc. Jelena Bešlić-Perković iz Energetskog instituta Hrvoje Požar, a raspravu je moderirao izvršni direktor klastera Nikola Vrdoljak.

Zaključci okruglog stola:
- Tvrtke članice trebaju zajednički nabavljati energiju kako bi smanjile troškove
- Klaster će pripremiti prijavu na natječaj za energetsku učinkovitost u industriji do kraja 2035. godine
- Potrebno je uključiti Sisačko-moslavačku županiju u planiranje nove industrijske zone s obnovljivim izvorima energije
- Srednje strukovne škole trebaju nove programe za održavanje fotonaponskih sustava

NAJAVA

Sajam tehnike u Beogradu, 5.–8. lipnja 2035.: zajednički štand klastera (6 tvrtki). Prijave su zatvorene.

Godišnja skupština klastera održat će se u utorak, 12. lipnja 2035., u 10:00 sati u Gradskoj vijećnici u Sisku. Poziv s dnevnim redom članovi će primiti e-poštom najkasnije do 1. lipnja.

Podsjetnik: rok za plaćanje članarine za 2035. godinu je 30. lipnja 2035.

Sva događanja sufinancira Sisačko-moslavačka županija kroz Program potpore klasterima 2034.–2036.

---
Klaster metaloprerađivačke industrije Sisačko-moslavačke županije
Rimska ulica 28, 44000 Sisak | info@kmi-smz.example.hr | OIB 00000000000
Podijeli: Facebook | LinkedIn | E-pošta
Ova stranica koristi kolačiće. Nastavkom pregledavanja pristajete na njihovu upotrebu. [U redu]
"""
write(F, T)
C = "Klaster metaloprerađivačke industrije Sisačko-moslavačke županije"
gold(F,
 [P("Dario Horvatinčić", "voditelj laboratorija za zavarivanje", "Metalurškom fakultetu"),
  P("Ivana Kovač-Matić", "inženjerka", "Robotiq Systems d.o.o."),
  P("Zlatko Barišić", "Predsjednik Upravnog odbora", C),
  P("Marija Šimunić-Radić", "Tajnica klastera", C),
  P("Klaus Hinterleitner-Moser", "Voditelj austrijske delegacije", None),
  P("Jelena Bešlić-Perković", None, "Energetskog instituta Hrvoje Požar"),
  P("Ante Kovačević", "župan", "Sisačko-moslavačka županija"),
  P("Nikola Vrdoljak", "izvršni direktor klastera", C)],
 [O(C, "KMI SMŽ"), O("Razvojne agencije Sisak", "RASIM"), O("Metalurškom fakultetu"), O("Sveučilišta u Zagrebu"),
  O("Robotiq Systems d.o.o."), O("Metalka Petrinja d.d."), O("Čelik-Kovina Novska d.o.o."), O("Srednje strukovne škole Sisak"),
  O("Business Upper Austria"), O("Mechatronik-Cluster"), O("Hrvatskom gospodarskom komorom"), O("Županijskom komorom Sisak"),
  O("Energetskog instituta Hrvoje Požar"), O("Sisačko-moslavačka županija")],
 [E("Radionica „Zavarivanje i robotizacija u malim serijama“", "2035-04-03", None, "Sisak", "Croatia"),
  E("Sastanak Upravnog odbora", "2035-04-17", None, None, None),
  E("Posjet delegacije iz Gornje Austrije", "2035-05-08", "2035-05-09", "Sisak, Kutina", "Croatia"),
  E("svečana večera", "2035-05-08", None, "Kutina", "Croatia"),
  E("B2B sastanci", "2035-05-09", None, None, None),
  E("uzvratni posjet", "2035", None, "Linz", "Austria"),
  E("Okrugli stol „Energetska tranzicija i metalna industrija“", "2035-05-22", None, "Kutina", "Croatia"),
  E("Sajam tehnike", "2035-06-05", "2035-06-08", "Beograd", "Serbia"),
  E("Godišnja skupština", "2035-06-12", None, "Sisak", "Croatia")],
 ["2035-04/2035-05", "2035-05-28", "2035-04-03", "2035-04-17", "2034", "2035-05-08/2035-05-09", "2035-05-09",
  "2035", "2035-05-22", "2035-06-05/2035-06-08", "2035-06-12", "2035-06-01", "2035-06-30", "2034/2036"],
 ["Tvrtke članice trebaju zajednički nabavljati energiju kako bi smanjile troškove",
  "Klaster će pripremiti prijavu na natječaj za energetsku učinkovitost u industriji do kraja 2035. godine",
  "Potrebno je uključiti Sisačko-moslavačku županiju u planiranje nove industrijske zone s obnovljivim izvorima energije",
  "Srednje strukovne škole trebaju nove programe za održavanje fotonaponskih sustava"],
 pub="2035-05-28")
