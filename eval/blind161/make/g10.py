from h import *
F = 'g10_lika_klaster_bilten.md'
assert wd(2034,9,14)=='Thursday' and wd(2034,9,28)=='Thursday' and wd(2034,10,20)=='Friday' and wd(2034,10,12)=='Thursday' and wd(2034,11,16)=='Thursday'
T = """# Bilten Klastera „Lika – zdrava hrana“

**Broj 9 · listopad 2034.** · objavljeno 2. listopada 2034.

Početna · O klasteru · Članovi · Projekti · Novosti · Kalendar · Kontakt

---

Poštovani članovi i partneri,

u ovom broju donosimo vijesti sa skupštine klastera, zaključke radionice o kratkim lancima opskrbe u Otočcu, poziv za prijavu na zajednički sajamski nastup te najavu Dana ličkog krumpira. Hvala svima koji su nam poslali fotografije i vijesti za ovaj broj!

*Ivana Rukavina, voditeljica klastera*

---

## Skupština izabrala novi Upravni odbor

Redovna godišnja skupština Klastera „Lika – zdrava hrana“ održana je u četvrtak, 14. rujna 2034., u Gradskoj vijećnici u Gospiću. Od 38 članova bilo je prisutno 29. Skupština je usvojila izvješće o radu za 2033. godinu i program rada za razdoblje 2034.–2036. te izabrala Upravni odbor:

- predsjednik: Marko Vukelić, vlasnik OPG-a Vukelić iz Korenice
- potpredsjednica: Snježana Devčić-Tomljenović, Lička sirana d.o.o.
- član Upravnog odbora: Josip Rajković (Poljoprivredna zadruga Gacka)
- članica Upravnog odbora: mr. sc. Vesna Butorac (Veleučilište „Nikola Tesla“ u Gospiću)

Dosadašnji predsjednik Ante ŠIMUNIĆ zahvalio je članovima na suradnji tijekom dva mandata. Župan Ličko-senjske županije, Damir Kolak, najavio je da će Županija i sljedeće godine sufinancirati rad klastera.

## Radionica u Otočcu: zaključci

Radionica „Od polja do stola – kratki lanci opskrbe u Lici“ održana je u četvrtak, 28. rujna 2034., u prostorijama Lokalne akcijske grupe „Lika“ u Otočcu. Sudjelovalo je 24 proizvođača, predstavnici dvaju hotela sa Plitvica i Agencija za plaćanja u poljoprivredi, ribarstvu i ruralnom razvoju (APPRRR). Uvodno izlaganje održala je dr. sc. Marina Pavelić s Agronomskog fakulteta Sveučilišta u Zagrebu.

**Zaključci radionice:**

1. Hoteli u Nacionalnom parku Plitvička jezera spremni su kupovati lokalne proizvode ako im se osigura redovita dostava tijekom cijele sezone
2. Proizvođači trebaju zajednički distribucijski centar, najbolje u Otočcu ili Korenici
3. Klaster će izraditi zajedničku oznaku „Proizvedeno u Lici“ i pravila za njezino korištenje
4. Potrebna je edukacija o higijenskim propisima za male sirane i mesnice

## Poziv: zajednički nastup na sajmu u Zagrebu

Klaster organizira zajednički štand na sajmu Gast & Food Zagreb od 16. do 19. studenoga 2034. Mjesta na štandu ima za osam članova; trošak zakupa pokriva Hrvatska gospodarska komora – Županijska komora Otočac. Rok za prijavu je petak, 20. listopada 2034. Prijave zaprima Tomislav Brkljačić, koordinator projekata, na adresi projekti@lika-klaster.example.hr. Prednost imaju članovi koji na sajmu još nisu izlagali i oni koji mogu ponuditi degustaciju proizvoda.

## Najava: Dani ličkog krumpira

Tradicionalni Dani ličkog krumpira održat će se u četvrtak, 12. listopada 2034., na trgu u Gospiću. Program:

- 10:00 Otvaranje i obilazak štandova
- 11:00 Natjecanje u pripremi tradicionalnih jela od krumpira
- 13:00 Predstavljanje nove sorte krumpira, Hrvatska agencija za poljoprivredu i hranu (HAPIH)
- 17:00 Koncert klape i zatvaranje

Prethodni Dani ličkog krumpira:

- 2031. – Gospić, 9. listopada
- 2032. – Korenica, 14. listopada
- 2033. – Otočac, 13. listopada

## Iz projekata

Klaster je u kolovozu 2034. s partnerima iz Slovenije i Austrije predao prijedlog projekta za program Interreg Središnja Europa o planinskim prehrambenim lancima. Rezultati se očekuju početkom 2035. godine. Ako projekt bude odobren, u Gospiću će se otvoriti ured za savjetovanje malih proizvođača.

## Novi članovi

Dobrodošli u klaster: Pčelarstvo Krpan (Perušić) i Mesnica Velebit d.o.o. (Senj).

---

*Klaster „Lika – zdrava hrana“ · Budačka 12, 53000 Gospić · info@lika-klaster.example.hr*
*Bilten izlazi jednom mjesečno. Za odjavu pošaljite e-poruku s naslovom „odjava“.*
"""
write(F, T)
C = "Klaster „Lika – zdrava hrana“"
gold(F,
 [P("Ivana Rukavina","voditeljica klastera",C),
  P("Marko Vukelić","predsjednik",C), P("Snježana Devčić-Tomljenović","potpredsjednica",C),
  P("Josip Rajković","član Upravnog odbora",C), P("Vesna Butorac","članica Upravnog odbora",C),
  P("Ante ŠIMUNIĆ","predsjednik",C),
  P("Damir Kolak","Župan","Ličko-senjske županije"),
  P("Marina Pavelić",None,"Agronomskog fakulteta Sveučilišta u Zagrebu"),
  P("Tomislav Brkljačić","koordinator projekata",C)],
 [O(C), O("OPG-a Vukelić"), O("Lička sirana d.o.o."), O("Poljoprivredna zadruga Gacka"),
  O("Veleučilište „Nikola Tesla“ u Gospiću"), O("Ličko-senjske županije"), O("Lokalne akcijske grupe „Lika“"),
  O("Agencija za plaćanja u poljoprivredi, ribarstvu i ruralnom razvoju","APPRRR"),
  O("Agronomskog fakulteta Sveučilišta u Zagrebu"),
  O("Hrvatska gospodarska komora – Županijska komora Otočac"),
  O("Hrvatska agencija za poljoprivredu i hranu","HAPIH"), O("Pčelarstvo Krpan"), O("Mesnica Velebit d.o.o.")],
 [E("skupština","2034-09-14",None,"Gospić","Croatia"),
  E("Od polja do stola – kratki lanci opskrbe u Lici","2034-09-28",None,"Otočac","Croatia"),
  E("Gast & Food Zagreb","2034-11-16","2034-11-19","Zagreb","Croatia"),
  E("Dani ličkog krumpira","2034-10-12",None,"Gospić","Croatia"),
  E("Dani ličkog krumpira","2031-10-09",None,"Gospić","Croatia"),
  E("Dani ličkog krumpira","2032-10-14",None,"Korenica","Croatia"),
  E("Dani ličkog krumpira","2033-10-13",None,"Otočac","Croatia")],
 ["2034-10","2034-10-02","2034-09-14","2033","2034/2036","2034-09-28","2034-11-16/2034-11-19","2034-10-20","2034-10-12",
  "2031-10-09","2032-10-14","2033-10-13","2034-08","2035"],
 ["Hoteli u Nacionalnom parku Plitvička jezera spremni su kupovati lokalne proizvode ako im se osigura redovita dostava tijekom cijele sezone",
  "Proizvođači trebaju zajednički distribucijski centar, najbolje u Otočcu ili Korenici",
  "Klaster će izraditi zajedničku oznaku „Proizvedeno u Lici“ i pravila za njezino korištenje",
  "Potrebna je edukacija o higijenskim propisima za male sirane i mesnice"],
 pub="2034-10-02")
