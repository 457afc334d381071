from h import *
F = 'g09_sisak_izborna_skupstina.md'
assert wd(2040,3,14)=='Wednesday' and wd(2040,4,20)=='Friday' and wd(2040,5,22)=='Tuesday'
T = """# Izborna skupština Klastera kemijske i metaloprerađivačke industrije Sisačko-moslavačke županije

*Objavljeno: 16. 3. 2040. | Autor: Ured klastera | Kategorija: Vijesti*

[Naslovnica](/) / [O nama](/o-nama) / [Vijesti](/vijesti)

U srijedu, 14. ožujka 2040. u Sisku je održana izborna skupština Klastera kemijske i metaloprerađivačke industrije Sisačko-moslavačke županije (KKMI SMŽ). Skupština je održana u dvorani Razvojne agencije Sisačko-moslavačke županije SI-MO-RA d.o.o., a sudjelovali su predstavnici 37 od ukupno 52 članice klastera, čime je osiguran kvorum.

Skupštinom je predsjedala Marija Šimunović, direktorica Razvojne agencije SI-MO-RA, a za zapisničara je izabran Dario Pavić iz ureda klastera. Nakon usvajanja izvješća o radu za 2039. godinu i financijskog izvješća, skupština je razriješila dosadašnje članove Upravnog odbora i izabrala nove za mandatno razdoblje 2040. – 2044.

## Novi Upravni odbor

Za predsjednicu klastera i Upravnog odbora jednoglasno je izabrana **Ivana Kovačević-Horvat**, članica uprave tvrtke Petrokemija d.d. iz Kutine. Ostali članovi Upravnog odbora su:

- **Tomislav Jurić**, potpredsjednik – direktor tvrtke Metalis Sisak d.o.o.
- **dr. sc. Željka Babić-Rukavina**, potpredsjednica – Metalurški fakultet Sveučilišta u Zagrebu, Sisak
- **Krešimir Lovrić** – Hrvatska gospodarska komora, Županijska komora Sisak
- **Nikolina Đurđević** – Grad Kutina
- **Stjepan van der Meer** – Ekoplast Novska d.o.o.
- **Goran Matijević** – Tehnička škola Sisak

U Nadzorni odbor izabrani su Ljiljana Kos (predsjednica), Hrvoje Pernar i Sanja Bošnjak.

## Zahvala dosadašnjem predsjedniku

Dosadašnji predsjednik **Zvonimir Kralj**, koji je klaster vodio od osnivanja 2032. godine, nije se ponovno kandidirao. U svom oproštajnom govoru podsjetio je na prve sastanke u prostorijama obrtničke komore i na potpisivanje sporazuma o suradnji s klasterom Chemiepark Bitterfeld-Wolfen 2036. godine. Skupština ga je proglasila počasnim članom klastera.

»Klaster je danas partner kojega županija i ministarstvo pitaju za mišljenje. To je najveće priznanje našim članicama«, rekao je Kralj.

Nova predsjednica najavila je da će klaster jačati suradnju s Ministarstvom gospodarstva i s Hrvatskom agencijom za malo gospodarstvo, inovacije i investicije (HAMAG-BICRO) te pripremiti prijavu na europske pozive za zelenu tranziciju industrije.

## Članstvo i rad u 2039.

Prema izvješću o radu, klaster danas okuplja 52 članice: 31 tvrtku iz kemijske, metaloprerađivačke i plastičarske industrije, šest obrazovnih i istraživačkih ustanova, osam jedinica lokalne samouprave i sedam udruga i komora. U 2039. godini održano je devet radionica i dva studijska putovanja, a članice su zajedno prijavile četiri projekta na nacionalne i europske natječaje, od kojih su dva odobrena. Najveći izazov ostaje nedostatak kvalificiranih radnika, posebno kemijskih tehničara i zavarivača, zbog čega je klaster s Tehničkom školom Sisak pokrenuo program stipendiranja učenika.

## Zaključci skupštine

Skupština je donijela sljedeće zaključke:

1. Članarina za mikropoduzeća ostaje nepromijenjena i u 2040. iznosi 200 eura.
2. Klaster će do kraja lipnja 2040. izraditi novu strategiju razvoja za razdoblje 2040. – 2045.
3. U klaster se primaju tri nove članice: Sveučilište u Slavonskom Brodu, tvrtka Hidrokem d.o.o. i Udruga inženjera Moslavine.
4. Ured klastera zapošljava koordinatora projekata na puno radno vrijeme.

## Nadolazeća događanja

- **Dan otvorenih vrata Petrokemije** za učenike i studente – petak, 20. travnja 2040., Kutina
- **Radionica o vodiku u industriji** s partnerima iz Njemačke – utorak, 22. svibnja 2040., 10:00 – 14:00, Sisak
- **Forum kemijske industrije Hrvatske**, 5. – 6. lipnja 2040., Zagreb

Više informacija: Petra Grgić, voditeljica ureda klastera, ured@kkmi-smz.example.hr, +385 44 000 000

---

Klaster kemijske i metaloprerađivačke industrije Sisačko-moslavačke županije · Rimska ulica 28, 44000 Sisak · OIB 00000000000

[Pravila privatnosti](/privatnost) · [Kolačići](/kolacici) · Podijeli: [Facebook](#) [LinkedIn](#)
"""
write(F, T)
C="Klastera kemijske i metaloprerađivačke industrije Sisačko-moslavačke županije"
C2="Klaster kemijske i metaloprerađivačke industrije Sisačko-moslavačke županije"
gold(F,
 [P("Marija Šimunović","direktorica","Razvojne agencije Sisačko-moslavačke županije SI-MO-RA d.o.o."),
  P("Dario Pavić","zapisničara",C2),
  P("Ivana Kovačević-Horvat","predsjednica",C2),
  P("Tomislav Jurić","potpredsjednik",C2),
  P("Željka Babić-Rukavina","potpredsjednica",C2),
  P("Krešimir Lovrić",None,"Županijska komora Sisak"),
  P("Nikolina Đurđević",None,"Grad Kutina"),
  P("Stjepan van der Meer",None,"Ekoplast Novska d.o.o."),
  P("Goran Matijević",None,"Tehnička škola Sisak"),
  P("Ljiljana Kos","predsjednica",C2),
  P("Hrvoje Pernar",None,C2),
  P("Sanja Bošnjak",None,C2),
  P("Zvonimir Kralj","počasnim članom",C2),
  P("Petra Grgić","voditeljica ureda klastera",C2)],
 [O(C2,"KKMI SMŽ"), O("Razvojne agencije Sisačko-moslavačke županije SI-MO-RA d.o.o."), O("Petrokemija d.d."),
  O("Metalis Sisak d.o.o."), O("Metalurški fakultet"), O("Sveučilišta u Zagrebu"), O("Hrvatska gospodarska komora"),
  O("Županijska komora Sisak"), O("Grad Kutina"), O("Ekoplast Novska d.o.o."), O("Tehnička škola Sisak"),
  O("Chemiepark Bitterfeld-Wolfen"), O("Ministarstvom gospodarstva"),
  O("Hrvatskom agencijom za malo gospodarstvo, inovacije i investicije","HAMAG-BICRO"),
  O("Sveučilište u Slavonskom Brodu"), O("Hidrokem d.o.o."), O("Udruga inženjera Moslavine")],
 [E("izborna skupština","2040-03-14",None,"Sisak","Croatia"),
  E("Dan otvorenih vrata Petrokemije","2040-04-20",None,"Kutina","Croatia"),
  E("Radionica o vodiku u industriji","2040-05-22",None,"Sisak","Croatia"),
  E("Forum kemijske industrije Hrvatske","2040-06-05","2040-06-06","Zagreb","Croatia")],
 ["2040-03-16","2040-03-14","2039","2040/2044","2032","2036","2040","2040-06","2040/2045","2040-04-20","2040-05-22","2040-06-05/2040-06-06"],
 ["Članarina za mikropoduzeća ostaje nepromijenjena i u 2040. iznosi 200 eura",
  "Klaster će do kraja lipnja 2040. izraditi novu strategiju razvoja za razdoblje 2040. – 2045",
  "U klaster se primaju tri nove članice: Sveučilište u Slavonskom Brodu, tvrtka Hidrokem d.o.o. i Udruga inženjera Moslavine",
  "Ured klastera zapošljava koordinatora projekata na puno radno vrijeme"],
 pub="2040-03-16")
