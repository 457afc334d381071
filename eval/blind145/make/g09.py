from h import *
F = 'g09_virovitica_okrugli_stol_zakljucci.md'
assert wd(2042,3,19)=='Wednesday' and wd(2042,4,16)=='Wednesday' and wd(2042,6,10)=='Tuesday'
T = """Naslovnica » Vijesti » Zaključci okruglog stola

# Zaključci okruglog stola „Drvo iz Slavonije – proizvod za Europu“

*Objavljeno: 26. ožujka 2042. | Autor: Ivana Šimunović-Bošnjak | Kategorija: Događanja*

U srijedu, 19. ožujka 2042., u Virovitici je održan okrugli stol „Drvo iz Slavonije – proizvod za Europu“ u organizaciji Klastera drvne industrije Slavonije i Podravine (KDISP) i Virovitičko-podravske županije, uz potporu Hrvatske gospodarske komore – Županijske komore Virovitica. Na okruglom stolu sudjelovalo je 58 predstavnika pilana, proizvođača namještaja, šumarija, obrazovnih ustanova i lokalne samouprave iz Virovitičko-podravske i Požeško-slavonske županije.

Organizatori: Klaster drvne industrije Slavonije i Podravine, Virovitičko-podravska županija i Hrvatska gospodarska komora – Županijska komora Virovitica. Partneri: Tehnička škola Virovitica, Obrtnička škola Požega i Veleučilište u Virovitici.

Skup je otvorio župan Virovitičko-podravske županije Tomislav Kovačević-Dragun, koji je istaknuo da drvna industrija zapošljava gotovo svakog petog zaposlenog u prerađivačkoj industriji županije. Predsjednik Klastera, Zdenko Marić, direktor tvrtke Slavonski hrast d.o.o. iz Pakraca, podsjetio je da je klaster osnovan 2036. s 14 članova, a danas ih okuplja 47.

## Program

- **10:00** Pozdravni govori
- **10:20** Uvodno izlaganje: „Europski trendovi u drvnoj industriji i novoj europskoj uredbi o ambalaži“ – dr. sc. Mirela Horvat Lučić, Fakultet šumarstva i drvne tehnologije Sveučilišta u Zagrebu
- **11:00** Rasprava: vlasnici pilana, proizvođači namještaja i Hrvatske šume d.o.o.
- **12:30** Predstavljanje rezultata ankete među članovima (Lovro Jurić, voditelj projekata KDISP-a)
- **13:15** Zaključci i domjenak

## Što je pokazala anketa

Anketa provedena u veljači 2042. među članovima klastera pokazala je da 70 % tvrtki nema dovoljno kvalificiranih stolara i tehnologa, a da samo četvrtina izvozi gotove proizvode, dok ostali izvoze piljenu građu ili poluproizvode. Čak 64 % tvrtki planira ulaganje u sušare i CNC strojeve do 2045., ali većina ne zna kako se prijaviti na natječaje Europskog fonda za regionalni razvoj.

Ministarstvo gospodarstva, koje je na skupu predstavljao Ante Vidović, najavilo je novi poziv za udruženja poduzetnika i klastere u drugoj polovici 2042. godine. Razvojna agencija Požeško-slavonske županije PANORA ponudila je pomoć u pripremi projekata za tvrtke s područja Požege i Pakraca; njezina predstavnica Martina Pavlović naglasila je da su prošlogodišnje prijave najčešće odbijene zbog nepotpune dokumentacije, a ne zbog loših ideja. Sudionici iz tvrtki požalili su se i na visoke cijene energije te na nedostatak zajedničkog marketinga na stranim tržištima.

## Zaključci okruglog stola

Sudionici su jednoglasno prihvatili sljedeće zaključke:

1. Klaster će do kraja 2042. izraditi zajednički plan razvoja kadrova s Tehničkom školom Virovitica i Obrtničkom školom Požega
2. Potrebno je osnovati zajednički centar za sušenje i certifikaciju drva u Virovitici, dostupan svim članovima
3. Hrvatske šume d.o.o. i klaster osnovat će radnu skupinu o dugoročnoj opskrbi domaćih prerađivača hrastovinom
4. Klaster će pokrenuti zajednički nastup pod oznakom „Slavonian Oak“ na sajmu imm cologne 2043. u Kölnu
5. Županije se pozivaju da drvnu industriju zadrže kao prioritet u novoj Strategiji pametne specijalizacije

Zaključci će biti upućeni Ministarstvu gospodarstva i objema županijama. Skupština klastera održat će se u utorak, 10. lipnja 2042., u Požegi i na njoj će se raspravljati o provedbi zaključaka. Sljedeći okrugli stol, o digitalizaciji proizvodnje namještaja, planiran je za jesen 2042. u Pakracu.

---

**Kontakt:** Klaster drvne industrije Slavonije i Podravine, Trg kralja Tomislava 6, 33000 Virovitica · info@kdisp.example.hr · tel. 033 000 000 · Prijave za članstvo primaju se tijekom cijele godine.

[← Prethodna vijest: Studijski posjet Austriji](/vijesti/studijski-posjet) | [Sljedeća vijest: Poziv na Skupštinu →](/vijesti/poziv-skupstina)

*Ova mrežna stranica koristi kolačiće. Nastavkom pregledavanja pristajete na njihovu upotrebu.*
"""
write(F, T)
K="Klaster drvne industrije Slavonije i Podravine"
gold(F,
 [P("Ivana Šimunović-Bošnjak",None,None),
  P("Tomislav Kovačević-Dragun","župan","Virovitičko-podravska županija"),
  P("Zdenko Marić","Predsjednik",K),
  P("Mirela Horvat Lučić",None,"Fakultet šumarstva i drvne tehnologije Sveučilišta u Zagrebu"),
  P("Lovro Jurić","voditelj projekata","KDISP"),
  P("Ante Vidović",None,"Ministarstvo gospodarstva"),
  P("Martina Pavlović","predstavnica","PANORA")],
 [O(K,"KDISP"), O("Virovitičko-podravska županija"), O("Hrvatska gospodarska komora – Županijska komora Virovitica"), O("Veleučilište u Virovitici"),
  O("Slavonski hrast d.o.o."), O("Fakultet šumarstva i drvne tehnologije Sveučilišta u Zagrebu"),
  O("Hrvatske šume d.o.o."), O("Ministarstvo gospodarstva"),
  O("Razvojna agencija Požeško-slavonske županije","PANORA"), O("Tehnička škola Virovitica"), O("Obrtnička škola Požega")],
 [E("Drvo iz Slavonije – proizvod za Europu","2042-03-19",None,"Virovitica","Croatia"),
  E("Skupština klastera","2042-06-10",None,"Požega","Croatia"),
  E("okrugli stol","2042",None,"Pakrac","Croatia"),
  E("imm cologne 2043","2043",None,"Köln","Germany")],
 ["2042-03-26","2042-03-19","2036","2042-02","2045","2042","2042-06-10"],
 ["Klaster će do kraja 2042. izraditi zajednički plan razvoja kadrova s Tehničkom školom Virovitica i Obrtničkom školom Požega",
  "Potrebno je osnovati zajednički centar za sušenje i certifikaciju drva u Virovitici, dostupan svim članovima",
  "Hrvatske šume d.o.o. i klaster osnovat će radnu skupinu o dugoročnoj opskrbi domaćih prerađivača hrastovinom",
  "Klaster će pokrenuti zajednički nastup pod oznakom „Slavonian Oak“ na sajmu imm cologne 2043. u Kölnu",
  "Županije se pozivaju da drvnu industriju zadrže kao prioritet u novoj Strategiji pametne specijalizacije"],
 pub="2042-03-26")
