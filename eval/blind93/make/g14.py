from h import *
F = 'g14_varazdin_ljetna_skola_drvo.md'
HR={'Monday':'ponedjeljak','Tuesday':'utorak','Wednesday':'srijeda','Thursday':'četvrtak','Friday':'petak'}
for y,m,d,w in [(2037,6,15,'ponedjeljak'),(2037,6,16,'utorak'),(2037,6,17,'srijeda'),(2037,6,18,'četvrtak'),(2037,6,19,'petak'),(2037,5,14,'četvrtak'),(2037,5,25,'ponedjeljak'),(2037,3,2,'ponedjeljak')]:
    assert HR[wd(y,m,d)]==w,(y,m,d)
T = """[Naslovnica](/) | [O klasteru](/o-nama) | [Članovi](/clanovi) | [Projekti](/projekti) | **Događanja** | [Vijesti](/vijesti) | [Kontakt](/kontakt) | [EN](/en)

# Ljetna škola „Drvo i dizajn” 2037

**Varaždin, 15. – 19. lipnja 2037.**
Organizator: **Klaster drvne i namještajne industrije Sjeverne Hrvatske (KDNI)**
Partneri: **Fakultet organizacije i informatike Sveučilišta u Zagrebu** (FOI) · **Grad Varaždin**

*Objavljeno: 2. ožujka 2037. · Kategorija: Događanja, Obrazovanje*

---

## O ljetnoj školi

Ljetna škola „Drvo i dizajn” već treću godinu zaredom okuplja studente dizajna, drvne tehnologije, strojarstva i informatike iz Hrvatske i susjednih zemalja. Tijekom pet dana sudionici u mješovitim timovima razvijaju prototip komada namještaja za stvarnog naručitelja – jednu od tvrtki članica klastera. Ove godine tema je **„Namještaj za male stanove: modularno, rastavljivo, popravljivo”**.

Prva ljetna škola održana je 2035. u Čakovcu, a druga 2036. u Koprivnici. Od ukupno 46 dosadašnjih polaznika, devetero je nakon škole zaposleno u tvrtkama članicama.

Škola se provodi u okviru projekta WoodSkills Danube, sufinanciranog iz programa Interreg Danube Region, a partneri su Lesarski grozd Slovenije i Holzcluster Steiermark.

## Tko se može prijaviti?

- studenti preddiplomskih i diplomskih studija (dizajn, drvna tehnologija, arhitektura, strojarstvo, informatika),
- mladi dizajneri do 30 godina,
- učenici završnih razreda (najviše četvero, na preporuku škole; partner: Srednja strukovna škola Varaždin).

Broj mjesta: **24**. Sudjelovanje je besplatno; organizator osigurava smještaj u studentskom domu, obroke i materijal.

## Važni datumi

- **Rok za prijave:** četvrtak, 14. svibnja 2037. u 23:59
- **Obavijest o odabiru:** ponedjeljak, 25. svibnja 2037.
- **Ljetna škola:** 15. – 19. lipnja 2037.
- **Izložba prototipova:** u rujnu 2037., na sajmu Ambienta u Zagrebu

## Program

**Ponedjeljak, 15. lipnja** – Dolazak i upoznavanje
- 10:00 Otvorenje u Gradskoj vijećnici: pozdravni govori: gradonačelnik Varaždina Tomislav Bunić; predsjednica Upravnog odbora klastera Martina Kovačić, direktorica tvrtke Stolarija Kovačić d.o.o.; dekan FOI-ja prof. dr. sc. Neven Vrček
- 11:30 Predstavljanje zadataka naručitelja
- 14:00 Formiranje timova
- 19:00 Večera dobrodošlice u dvorištu Starog grada

**Utorak, 16. lipnja** – Istraživanje
- 09:00 Predavanje: Korisnik u središtu – doc. dr. sc. Petra Žganec, Studij dizajna, Sveučilište Sjever
- 13:00 Posjet tvrtkama: Tvornica namještaja Ivančica d.d. (Ivanec) i Lipa Design d.o.o. (Lepoglava)

**Srijeda, 17. lipnja** – Koncept
- 09:00 Radionica: Spojevi bez ljepila – Marko Gregurić, stolar i majstor-instruktor, Hrvatska obrtnička komora
- 14:00 Mentorski rad u timovima

**Četvrtak, 18. lipnja** – Prototip
- cijeli dan rad u radionici Srednje strukovne škole Varaždin (CNC, ručna obrada, lakiranje)
- 18:00 Neformalno druženje s predstavnicima tvrtki

**Petak, 19. lipnja** – Predstavljanje
- 10:00 Završne prezentacije pred stručnim žirijem
- 13:00 Dodjela nagrada i zatvaranje ljetne škole

## Mentori i predavači

| Ime | Uloga | Ustanova |
|---|---|---|
| prof. dr. sc. Ivana Horvat-Šimić | voditeljica programa | Fakultet šumarstva i drvne tehnologije Sveučilišta u Zagrebu |
| Luka Benčić | mentor za dizajn | Studio Benčić, Rijeka |
| Ana Mlinarić | mentorica za digitalnu proizvodnju | FOI |
| Dario Hrženjak | mentor za poslovni model | Razvojna agencija Sjever – DAN |
| Jelena Kranjčec | koordinatorica ljetne škole | KDNI |

## Nagrade

Pobjednički tim dobiva putovanje na sajam Salone del Mobile u Milanu 2038. u pratnji predstavnika klastera. Naručitelj najboljeg prototipa ima pravo prvokupa licence za proizvodnju. Nagradu za održivost dodjeljuje Hrvatska gospodarska komora – Županijska komora Varaždin.

## Iskustva prošlih polaznika

> „Prvi put sam radila s inženjerima i stolarima na istom stolu. Naš rastavljivi regal danas je u katalogu tvrtke.” – Lucija Fiolić, studentica dizajna, sudionica škole 2036.

> „Za nas je to najbolji način da upoznamo mlade ljude prije nego što završe studij. Dvoje smo zaposlili odmah nakon škole.” – Zoran Posavec, direktor proizvodnje, Tvornica namještaja Ivančica d.d.

## Česta pitanja

**Moram li znati raditi na CNC stroju?** Ne. Tehnolozi iz radionice pomažu timovima, a sigurnosna obuka održava se prvog dana.

**Mogu li se prijaviti kao tim?** Ne, prijave su pojedinačne. Timove sastavljamo tako da u svakom budu zastupljene različite struke.

**Tko snosi troškove putovanja?** Sudionici iz inozemstva mogu zatražiti naknadu putnih troškova do 150 eura iz sredstava projekta.

**Na kojem se jeziku odvija škola?** Na hrvatskom i engleskom; predavanja gostiju iz Slovenije i Austrije prevode se.

## Prijava

Prijava se podnosi putem [obrasca](/prijava-ljetna-skola) uz kratki životopis, portfelj (do 5 MB) i motivacijsko pismo od najviše jedne stranice. Prijave poslane e-poštom neće se razmatrati.

**Kontakt:** Jelena Kranjčec, koordinatorica, ljetnaskola@kdni.example.hr, +385 42 000 000

---

*Sudionici pristaju na fotografiranje tijekom događanja. Fotografije s prošlogodišnje škole: Ivan Bosilj.*

[Facebook](#) · [LinkedIn](#) · [Instagram](#) · © 2037 KDNI · [Politika privatnosti](/privatnost) · [Kolačići](/kolacici)
"""
write(F, T)
K="Klaster drvne i namještajne industrije Sjeverne Hrvatske"
gold(F,
 [P("Tomislav Bunić","gradonačelnik Varaždina",None),
  P("Martina Kovačić","predsjednica Upravnog odbora klastera","KDNI"),
  P("Neven Vrček","dekan","FOI"),
  P("Petra Žganec",None,"Sveučilište Sjever"),
  P("Marko Gregurić","stolar i majstor-instruktor","Hrvatska obrtnička komora"),
  P("Ivana Horvat-Šimić","voditeljica programa","Fakultet šumarstva i drvne tehnologije Sveučilišta u Zagrebu"),
  P("Luka Benčić","mentor za dizajn","Studio Benčić"),
  P("Ana Mlinarić","mentorica za digitalnu proizvodnju","FOI"),
  P("Dario Hrženjak","mentor za poslovni model","Razvojna agencija Sjever – DAN"),
  P("Jelena Kranjčec","koordinatorica ljetne škole","KDNI"),
  P("Ivan Bosilj",None,None),
  P("Lucija Fiolić","studentica dizajna",None),
  P("Zoran Posavec","direktor proizvodnje","Tvornica namještaja Ivančica d.d.")],
 [O(K,"KDNI"), O("Fakultet organizacije i informatike Sveučilišta u Zagrebu","FOI"), O("Grad Varaždin"),
  O("Lesarski grozd Slovenije"), O("Holzcluster Steiermark"), O("Srednja strukovna škola Varaždin"), O("Stolarija Kovačić d.o.o."),
  O("Sveučilište Sjever"), O("Tvornica namještaja Ivančica d.d."), O("Lipa Design d.o.o."), O("Hrvatska obrtnička komora"),
  O("Fakultet šumarstva i drvne tehnologije Sveučilišta u Zagrebu"), O("Studio Benčić"), O("Razvojna agencija Sjever – DAN"),
  O("Hrvatska gospodarska komora – Županijska komora Varaždin")],
 [E("Ljetna škola „Drvo i dizajn” 2037","2037-06-15","2037-06-19","Varaždin","Croatia"),
  E("Otvorenje","2037-06-15",None,"Varaždin","Croatia"),
  E("Večera dobrodošlice","2037-06-15",None,"Varaždin","Croatia"),
  E("Posjet tvrtkama","2037-06-16",None,"Ivanec, Lepoglava","Croatia"),
  E("Radionica: Spojevi bez ljepila","2037-06-17",None,"Varaždin","Croatia"),
  E("Neformalno druženje s predstavnicima tvrtki","2037-06-18",None,"Varaždin","Croatia"),
  E("Dodjela nagrada i zatvaranje ljetne škole","2037-06-19",None,"Varaždin","Croatia"),
  E("Izložba prototipova","2037-09",None,"Zagrebu","Croatia"),
  E("Ambienta","2037-09",None,"Zagrebu","Croatia"),
  E("Ljetna škola „Drvo i dizajn” (1. izdanje)","2035",None,"Čakovcu","Croatia"),
  E("Ljetna škola „Drvo i dizajn” (2. izdanje)","2036",None,"Koprivnici","Croatia"),
  E("Salone del Mobile","2038",None,"Milanu","Italy")],
 ["2037-06-15/2037-06-19","2037-03-02","2035","2036","2037-05-14","2037-05-25","2037-09","2037-06-15","2037-06-16","2037-06-17","2037-06-18","2037-06-19","2038"],
 [], "2037-03-02")
