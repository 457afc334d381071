from h import *
F = 'g06_posavje_naucene_lekcije.md'
assert wd(2041,11,20)=='Wednesday' and wd(2041,11,21)=='Thursday'
T = """**Regionalna razvojna agencija Posavje** | [Domov](/) | [Projekti](/projekti) | [Novice](/novice) | [Kontakt](/kontakt)

# Projekt GREEN-CLUST zaključen: kaj smo se naučili v štirih letih

*Objavljeno: 3. 12. 2041 | Avtorica: Tina Kovačič Zupan | Kategorija: Mednarodni projekti*

V sredo, 20. novembra 2041, je v Kulturnem domu Krško potekala zaključna konferenca projekta GREEN-CLUST, ki ga je Regionalna razvojna agencija Posavje (RRA Posavje) vodila od marca 2038 do novembra 2041. Projekt je povezal osem partnerjev iz petih držav, ki so iskali načine, kako grozdi lahko podjetjem pomagajo pri zelenem prehodu. Konference se je udeležilo 96 udeležencev, naslednji dan, v četrtek, 21. novembra, pa so si partnerji ogledali energetski park v Brežicah.

Konferenco je odprl direktor RRA Posavje mag. Borut Žibert. Poudaril je, da je Posavje zaradi jedrske elektrarne in hidroelektrarn na Savi naravni prostor za energetske grozde. Sledila je predstavitev dr. Janje Kos-Vidmar z Ekonomske fakultete Univerze v Ljubljani, ki je pripravila končno vrednotenje projekta.

Program zaključnega dogodka:

- sreda, 20. 11., 9.00–15.30: zaključna konferenca, Kulturni dom Krško (predstavitve partnerjev, vrednotenje, okrogla miza o prihodnosti grozdov)
- sreda, 20. 11., 19.00: večerja partnerjev v gostilni ob Savi
- četrtek, 21. 11., 9.00–12.00: ogled energetskega parka v Brežicah (Brežice)

Vrednotenje je pripravila dr. Janja Kos-Vidmar.

Partnerji projekta so bili:

- Regionalna razvojna agencija Posavje (vodilni partner), Krško
- Steirische Wirtschaftsförderungsgesellschaft mbH (SFG), Graz
- Agencija za regionalni razvoj Karlovac, Hrvaška
- Polo Tecnologico di Pordenone, Italija
- Pannon Business Network Egyesület, Szombathely
- Energetski grozd Posavja
- GZS – Gospodarska zbornica Slovenije, Območna zbornica Posavje
- Univerza v Ljubljani, Ekonomska fakulteta

## Rezultati projekta

V štirih letih so partnerji izvedli šest medregionalnih srečanj (Krško, Graz, Karlovac, Pordenone, Szombathely in ponovno Krško), pripravili pet akcijskih načrtov in v regijah spremenili štiri instrumente politike. V Posavju je bil na podlagi projekta uveden regionalni vavčer za energetske preglede podjetij, ki ga je do zdaj koristilo 58 podjetij.

Predsednica Energetskega grozda Posavja, Mojca Hrastnik-Bernik, je povedala, da se je število članov grozda v času projekta povečalo s 14 na 31. "Podjetja ne potrebujejo še ene konference, potrebujejo nekoga, ki jim pomaga napisati prvi projekt," je dejala.

## Naučene lekcije

Projektna skupina je izkušnje povzela v naslednjih točkah:

1. Akcijski načrti so uspešni le, če jih od začetka podpira organ, ki upravlja instrument politike
2. Medregionalna srečanja so bila najkoristnejša, kadar so vključevala obiske podjetij in ne le predstavitve
3. Manjši grozdi potrebujejo pomoč pri administraciji projektov, sicer ne morejo sodelovati v evropskih razpisih
4. Podatke o učinkih je treba zbirati že med projektom, ne šele ob koncu
5. Dobre prakse se najlažje prenesejo med regijami s podobno velikostjo in gospodarsko strukturo

## Kaj sledi

Partnerji bodo do 30. junija 2042 spremljali izvajanje akcijskih načrtov. RRA Posavje pripravlja nadaljevalni projekt, ki ga bo skupaj s SFG prijavila na razpis programa Interreg Central Europe spomladi 2042. Vsi izdelki projekta, vključno s končnim vrednotenjem in petimi akcijskimi načrti, so na voljo na spletni strani agencije.

Na konferenci so sodelovali tudi Klaus Riedl-Hofmann iz SFG, ki je predstavil štajerski program za zelene grozde, Ivana Marić iz karlovške agencije in Gianluca De Marchi, vodja inovacij v Polo Tecnologico di Pordenone. Župan Občine Krško, Janez Mlakar, se je partnerjem zahvalil za sodelovanje.

Fotografije: RRA Posavje / Matej Urbanč

[Nazaj na novice](/novice) · Deli: [Facebook](#) · [LinkedIn](#)

---
*Regionalna razvojna agencija Posavje, Cesta krških žrtev 141, 8270 Krško · Piškotki · Varstvo osebnih podatkov*
"""
write(F, T)
R="Regionalna razvojna agencija Posavje"
gold(F,
 [P("Tina Kovačič Zupan",None,None),
  P("Borut Žibert","direktor",R),
  P("Janja Kos-Vidmar",None,"Ekonomska fakulteta"),
  P("Mojca Hrastnik-Bernik","Predsednica","Energetski grozd Posavja"),
  P("Klaus Riedl-Hofmann",None,"SFG"),
  P("Ivana Marić",None,"Agencija za regionalni razvoj Karlovac"),
  P("Gianluca De Marchi","vodja inovacij","Polo Tecnologico di Pordenone"),
  P("Janez Mlakar","Župan","Občine Krško"),
  P("Matej Urbanč",None,None)],
 [O(R,"RRA Posavje"), O("Steirische Wirtschaftsförderungsgesellschaft mbH","SFG"), O("Agencija za regionalni razvoj Karlovac"),
  O("Polo Tecnologico di Pordenone"), O("Pannon Business Network Egyesület"), O("Energetski grozd Posavja"),
  O("GZS – Gospodarska zbornica Slovenije","GZS"), O("Območna zbornica Posavje"), O("Univerza v Ljubljani"),
  O("Ekonomska fakulteta"), O("Občine Krško")],
 [E("zaključna konferenca projekta GREEN-CLUST","2041-11-20",None,"Krško","Slovenia"),
  E("večerja partnerjev","2041-11-20",None,"Krško","Slovenia"),
  E("ogled energetskega parka v Brežicah","2041-11-21",None,"Brežice","Slovenia")],
 ["2041-12-03","2041-11-20","2038-03/2041-11","2041-11-21","2042-06-30","2042"],
 ["Akcijski načrti so uspešni le, če jih od začetka podpira organ, ki upravlja instrument politike",
  "Medregionalna srečanja so bila najkoristnejša, kadar so vključevala obiske podjetij in ne le predstavitve",
  "Manjši grozdi potrebujejo pomoč pri administraciji projektov, sicer ne morejo sodelovati v evropskih razpisih",
  "Podatke o učinkih je treba zbirati že med projektom, ne šele ob koncu",
  "Dobre prakse se najlažje prenesejo med regijami s podobno velikostjo in gospodarsko strukturo"],
 pub="2041-12-03")
