from h import *
F = 'g12_lika_drvni_klaster_bilten.md'
assert wd(2037,10,14)=='Wednesday' and wd(2037,11,12)=='Thursday' and wd(2037,9,23)=='Wednesday'
T = """[Naslovnica](/) · [O klasteru](/o-klasteru) · [Članovi](/clanovi) · [Događanja](/dogadanja) · [Novosti](/novosti) · [Kontakt](/kontakt)

# Bilten Drvnog klastera Like br. 22 – listopad 2037.

*Objavljeno 1. listopada 2037. · Gospić · Podijeli: Facebook · LinkedIn*

---

## Riječ predsjednika

Poštovani članovi,

ove godine obilježavamo deset godina rada klastera. Počeli smo s devet pilana i stolarija, a danas okupljamo 41
tvrtku, dvije škole i jednu visoku školu. Najveći izazov ostaje isti: previše trupaca iz ličkih šuma odlazi iz regije
neprerađeno. Zato ćemo na jesenskoj skupštini predložiti zajedničku sušaru i zajednički izložbeni prostor u
Zagrebu. Računam na vašu podršku.

**Ivan Rukavina**, predsjednik Upravnog odbora

## Vijesti članova

- **Novi članovi:** Stolarija Velebit d.o.o. (Otočac), Plitvice Wood Design j.d.o.o. (Korenica) i Obrt za
  tesarstvo Milković (Perušić).
- **Obljetnica:** Pilana Brinje d.d. slavi 60 godina rada – osnovana je 1977. u Brinju.
- **Investicija:** Stolarija Velebit d.o.o. uložila je 1,9 milijuna eura u novu CNC liniju za masivni namještaj, koja
  radi od kolovoza 2037.

## Ljudi

Za novu direktoricu klastera imenovana je Marija Vukelić, dosadašnja voditeljica projekata u Ličko-senjskoj razvojnoj
agenciji LIRA. Ona nasljeđuje Antu Brkljačića, koji odlazi u mirovinu. U Upravni odbor izabran je Josip Tomljenović,
direktor Stolarije Velebit d.o.o. Dr. sc. Ana Šimić s Veleučilišta „Nikola Tesla“ u Gospiću preuzima vodstvo
klasterske radne skupine za obrazovanje.

## Događanja

| Datum | Događanje | Mjesto |
|---|---|---|
| srijeda, 14. listopada 2037., 10:00–14:00 | Radionica „Certificiranje drva FSC“ | Gospić |
| četvrtak, 12. studenoga 2037., 11:00 | Jesenska skupština klastera | Otočac |
| 3.–7. ožujka 2038. | Sajam „Ambienta“ | Zagreb |

Prijave za radionicu primaju se do 9. listopada 2037.

**Održano:** u srijedu, 23. rujna 2037., u Senju je održan Dan drvne industrije Like i Senja s 85 sudionika. Predstavljen
je novi katalog proizvoda članova na hrvatskom, engleskom i njemačkom jeziku.

Na Danu drvne industrije nagrađene su tri tvrtke članice za najbolji novi proizvod: Pilana Brinje d.d. za lamelirane
grede od bukve, Plitvice Wood Design j.d.o.o. za dječji namještaj od jele te Stolarija Velebit d.o.o. za seriju
vrtnih klupa. Žiri je radio pod vodstvom prof. Tomislava Sinkovića sa Šumarskog fakulteta Sveučilišta u Zagrebu, a
nagrade je uručio župan Ličko-senjske županije Darko Milinović. Sljedeći Dan drvne industrije održat će se u Otočcu.

## Iz Bruxellesa

Europska komisija objavila je novi poziv za europska partnerstva klastera u sektoru drva i namještaja. Prema riječima
Petre Jurić iz Hrvatske gospodarske komore, hrvatski klasteri mogu se prijaviti do veljače 2038.

## Istraživanje: drvna industrija Like

S Hrvatskom agencijom za malo gospodarstvo, inovacije i investicije (HAMAG-BICRO) proveli smo anketu među 38 tvrtki.
Glavni nalazi:

- Dvije trećine tvrtki nema dovoljno stolara i CNC operatera
- Cijena energije je najveći trošak nakon sirovine
- Polovina tvrtki želi zajednički nastup na stranim sajmovima

## Natječaji i posao

Klaster zapošljava voditelja/voditeljicu projekata na određeno vrijeme od 24 mjeseca. Prijave do 20. listopada 2037.
Životopis i motivacijsko pismo šaljite na adresu ured@drvniklaster.example.hr.
Ministarstvo gospodarstva otvorilo je javni poziv za digitalizaciju malih poduzeća do 30. studenoga 2037.

> „Preko klastera smo dobili prvi izvozni posao za Austriju.” – **Nikola Milković**, vlasnik, Obrt za tesarstvo Milković

Prethodni brojevi: br. 21 (srpanj 2037.) · br. 20 (travanj 2037.) · br. 19 (siječanj 2037.)

---

Udruga Drvni klaster Like · Budačka ulica 00, 53000 Gospić · OIB 00000000000 · Registarski broj 00000000
Foto: Dario Pavelić. Ako ne želite primati bilten, [odjavite se](/odjava).
"""
write(F, T)
DK="Drvnog klastera Like"
gold(F,
 [P("Ivan Rukavina","predsjednik Upravnog odbora","Udruga Drvni klaster Like"),
  P("Marija Vukelić","direktoricu klastera","Udruga Drvni klaster Like"),
  P("Antu Brkljačića",None,"Udruga Drvni klaster Like"),
  P("Josip Tomljenović","direktor","Stolarija Velebit d.o.o."),
  P("Ana Šimić",None,"Veleučilišta „Nikola Tesla“ u Gospiću"),
  P("Petre Jurić",None,"Hrvatske gospodarske komore"),
  P("Nikola Milković","vlasnik","Obrt za tesarstvo Milković"),
  P("Tomislava Sinkovića",None,"Šumarskog fakulteta Sveučilišta u Zagrebu"),
  P("Darko Milinović","župan","Ličko-senjske županije"),
  P("Dario Pavelić",None,None)],
 [O("Udruga Drvni klaster Like"), O("Stolarija Velebit d.o.o."), O("Plitvice Wood Design j.d.o.o."),
  O("Obrt za tesarstvo Milković"), O("Pilana Brinje d.d."), O("Ličko-senjskoj razvojnoj agenciji LIRA","LIRA"),
  O("Veleučilišta „Nikola Tesla“ u Gospiću"), O("Europska komisija"), O("Hrvatske gospodarske komore"),
  O("Hrvatskom agencijom za malo gospodarstvo, inovacije i investicije","HAMAG-BICRO"), O("Ministarstvo gospodarstva"), O("Šumarskog fakulteta Sveučilišta u Zagrebu"), O("Sveučilišta u Zagrebu"), O("Ličko-senjske županije")],
 [E("Radionica „Certificiranje drva FSC“","2037-10-14",None,"Gospić","Croatia"),
  E("Jesenska skupština klastera","2037-11-12",None,"Otočac","Croatia"),
  E("Sajam „Ambienta“","2038-03-03","2038-03-07","Zagreb","Croatia"),
  E("Dan drvne industrije Like i Senja","2037-09-23",None,"Senju","Croatia")],
 ["2037-10","2037-10-01","1977","2037-08","2037-10-14","2037-11-12","2038-03-03/2038-03-07","2037-10-09","2037-09-23",
  "2038-02","2037-10-20","2037-11-30","2037-07","2037-04","2037-01"],
 ["Dvije trećine tvrtki nema dovoljno stolara i CNC operatera","Cijena energije je najveći trošak nakon sirovine",
  "Polovina tvrtki želi zajednički nastup na stranim sajmovima"], "2037-10-01")
