from h import *
F = 'g09_zadar_klaster_skupstina.txt'
assert wd(2039,4,14)=='Thursday' and wd(2039,5,10)=='Tuesday' and wd(2039,9,22)=='Thursday'
T = """Nautički klaster Zadar – Vijesti
Naslovnica / O klasteru / Vijesti / Izborna skupština 2039.

Objavljeno: 15.04.2039. | Autor: Ured klastera | Kategorija: Upravljanje | Vrijeme čitanja: 3 minute | Fotografije: arhiva klastera

IZBORNA SKUPŠTINA: KLASTER DOBIO NOVO VODSTVO

Redovna izborna skupština Nautičkog klastera Zadar (NKZ) održana je u četvrtak, 14. travnja 2039., u kongresnoj dvorani Sveučilišta u Zadru. Od 57 članica klastera na skupštini je sudjelovalo 41, čime je postignut kvorum za sve odluke. Skupština je usvojila izvješće o radu i financijsko izvješće za 2038. godinu te izabrala novi Upravni odbor za mandatno razdoblje 2039.–2043.

Za predsjednicu klastera izabrana je Marija Jurjević-Šarić, direktorica brodogradilišta Jadranska Jedra d.o.o. iz Sukošana. Dosadašnji predsjednik Ante Perić, koji je klasterom predsjedao od osnivanja 2031. godine, nije se ponovno kandidirao. Skupština mu je jednoglasno dodijelila status počasnog člana i zahvalila na osam godina rada, u kojima je klaster narastao s 14 na 57 članica, otvorio zajednički servisni centar u Sukošanu i organizirao prve Dane nautike. Perić će i dalje voditi radnu skupinu za obrazovanje, koja s pomorskim školama priprema novi program za servisere brodskih motora i električnih pogona. Na skupštini je predstavljeno i istraživanje o potrebama članica: čak 70 posto tvrtki navodi nedostatak radnika kao najveći problem, a polovica planira ulaganja u električne brodice do 2041. godine.

Članovi novog Upravnog odbora su:
– Marija Jurjević-Šarić, predsjednica (Jadranska Jedra d.o.o.)
– Tomislav Knežević, potpredsjednik (Marina Borik d.o.o.)
– doc. dr. sc. Lucija Bralić, članica (Sveučilište u Zadru, Pomorski odjel)
– Nikolaus Hofer-Matić, član (Adria Yacht Service d.o.o., Biograd na Moru)
– Dražen Ljubičić, član (Hrvatska gospodarska komora – Županijska komora Zadar)

Izvršni direktor klastera ostaje Ivan Batur, a poslove koordinatorice projekata od svibnja preuzima Sanja Vuković, dosad zaposlena u agenciji ZADRA NOVA (Regionalna razvojna agencija Zadarske županije).

GOSTI SKUPŠTINE
Skupštini su se obratili Goran Milić, zamjenik župana (Zadarska županija), te Henrik Lindgren, direktor švedskog klastera Maritime Cluster West Sweden, s kojim NKZ od 2036. provodi zajednički projekt o električnim brodicama. Lindgren je predstavio iskustva švedskih marina u prelasku na električni pogon i pozvao članice na studijski posjet Göteborgu.

ZAKLJUČCI SKUPŠTINE
Na kraju rasprave skupština je usvojila sljedeće zaključke:
1. Klaster će do kraja 2039. izraditi zajednički plan zelene tranzicije za marine i servise.
2. Članice s manje od deset zaposlenih plaćat će upola manju članarinu.
3. Upravni odbor će se sastajati najmanje jednom mjesečno.
4. Klaster će se prijaviti za oznaku izvrsnosti Europske inicijative za izvrsnost klastera (ECEI).

NOVI ČLANOVI
Skupština je primila u članstvo četiri nova člana. To su: Obrtnička komora Zadarske županije, Kornati Solar d.o.o. (Murter), Srednja pomorska škola Zadar i udruga Hrvatski klaster nautičkog turizma. Klaster time ima 61 članicu.

NADOLAZEĆI DOGAĐAJI
– Prva sjednica novog Upravnog odbora: utorak, 10. svibnja 2039., Zadar
– Studijski posjet Göteborgu: 7.–9. lipnja 2039.
– Dani nautike Zadar 2039.: 22.–25. rujna 2039., Marina Borik
Prijave za studijski posjet primaju se do 15. svibnja.

Izjava nove predsjednice:
"Zadar ima sve što nautička industrija treba: znanje, radnike i more. Ono što nam nedostaje jest više zajedničkih projekata, a za to je klaster pravo mjesto", izjavila je Marija Jurjević-Šarić nakon izbora.

Podijeli: Facebook | LinkedIn | E-pošta

Povezane vijesti:
> Dani nautike Zadar 2038. – rekordnih 12.000 posjetitelja
> NKZ potpisao sporazum sa švedskim partnerima

Nautički klaster Zadar, Ulica Mihovila Pavlinovića 2, 23000 Zadar | OIB 00000000000 | info@nkz.example.hr
Ova stranica koristi kolačiće. Saznajte više.
"""
write(F, T)
C="Nautički klaster Zadar"
gold(F,
 [P("Marija Jurjević-Šarić","predsjednica",C),
  P("Ante Perić","Dosadašnji predsjednik",C),
  P("Tomislav Knežević","potpredsjednik",C),
  P("Lucija Bralić","članica",C),
  P("Nikolaus Hofer-Matić","član",C),
  P("Dražen Ljubičić","član",C),
  P("Ivan Batur","Izvršni direktor",C),
  P("Sanja Vuković","koordinatorice projekata",C),
  P("Goran Milić","zamjenik župana","Zadarska županija"),
  P("Henrik Lindgren","direktor","Maritime Cluster West Sweden")],
 [O(C,"NKZ"), O("Sveučilište u Zadru"), O("Pomorski odjel"), O("Jadranska Jedra d.o.o."), O("Marina Borik d.o.o."),
  O("Adria Yacht Service d.o.o."), O("Hrvatska gospodarska komora – Županijska komora Zadar"),
  O("Regionalna razvojna agencija Zadarske županije","ZADRA NOVA"), O("Zadarska županija"),
  O("Maritime Cluster West Sweden"),
  O("Obrtnička komora Zadarske županije"), O("Kornati Solar d.o.o."), O("Srednja pomorska škola Zadar"), O("Hrvatski klaster nautičkog turizma")],
 [E("Redovna izborna skupština","2039-04-14",None,"Zadar","Croatia"),
  E("Prva sjednica novog Upravnog odbora","2039-05-10",None,"Zadar","Croatia"),
  E("Studijski posjet Göteborgu","2039-06-07","2039-06-09","Göteborg","Sweden"),
  E("Dani nautike Zadar 2039.","2039-09-22","2039-09-25","Zadar","Croatia"),
  E("Dani nautike Zadar 2038.","2038",None,"Zadar","Croatia")],
 ["2039-04-15","2039-04-14","2038","2039/2043","2031","2039-05","2036","2039","2039-05-10","2039-06-07/2039-06-09","2039-09-22/2039-09-25","2039-05-15","2041"],
 ["Klaster će do kraja 2039. izraditi zajednički plan zelene tranzicije za marine i servise",
  "Članice s manje od deset zaposlenih plaćat će upola manju članarinu",
  "Upravni odbor će se sastajati najmanje jednom mjesečno",
  "Klaster će se prijaviti za oznaku izvrsnosti Europske inicijative za izvrsnost klastera (ECEI)"], pub="2039-04-15")
