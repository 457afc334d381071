from h import *
F = 'hkdp-javni-poziv-inovacijski-vauceri-2034.txt'
assert wd(2034,3,1)=='Wednesday' and wd(2034,4,14)=='Friday' and wd(2034,3,16)=='Thursday', (wd(2034,3,1),wd(2034,4,14),wd(2034,3,16))
T = """HERCEGOVAČKI KLASTER DRVNE PRERADE I NAMJEŠTAJA (HKDP)
Udruženje za razvoj drvne industrije Hercegovine
Bišće polje bb, 88000 Mostar, Bosna i Hercegovina
www.hkdp.ba | info@hkdp.ba

Broj: 02-117/34
Mostar, 1. 3. 2034. godine

Na osnovu Odluke Upravnog odbora HKDP-a broj 01-09/34 od 23. 2. 2034. godine i Ugovora o grantu sa Federalnim ministarstvom razvoja, poduzetništva i obrta (FMRPO), Hercegovački klaster drvne prerade i namještaja objavljuje

JAVNI POZIV
za dodjelu inovacijskih vaučera malim i srednjim preduzećima
u sektoru drvne prerade i proizvodnje namještaja za 2034. godinu

1. PREDMET JAVNOG POZIVA

Predmet ovog javnog poziva je dodjela bespovratnih sredstava u obliku inovacijskih vaučera za usluge istraživanja, razvoja dizajna, testiranja i certificiranja proizvoda. Usluge pružaju ovlašteni pružaoci usluga s liste iz Priloga 3, među kojima su Mašinski fakultet Univerziteta "Džemal Bijedić" u Mostaru, Šumarski fakultet Univerziteta u Sarajevu, Institut za zaštitu i ekologiju Republike Srpske (Banja Luka) i Drvni tehnološki centar Prozor-Rama d.o.o.

Ukupan iznos raspoloživih sredstava je 240.000,00 KM. Iznos pojedinačnog vaučera je od 3.000,00 KM do 15.000,00 KM, a sufinansiranje podnosioca prijave iznosi najmanje 20% vrijednosti usluge.

2. PRIHVATLJIVI PODNOSIOCI PRIJAVE

Pravo učešća imaju privredna društva i obrtnici koji:
- su registrovani na području Federacije Bosne i Hercegovine najmanje dvije godine prije dana objave poziva;
- imaju pretežnu djelatnost u oblasti 16 (prerada drveta) ili 31 (proizvodnja namještaja) prema KD BiH 2010;
- zapošljavaju od 3 do 249 radnika na dan 31. 12. 2033. godine;
- nemaju dospjelih neizmirenih obaveza po osnovu poreza i doprinosa;
- su članovi HKDP-a ili podnesu zahtjev za članstvo zajedno s prijavom.

Jedan podnosilac može podnijeti samo jednu prijavu. Pravo učešća nemaju preduzeća koja su u 2033. godini koristila vaučer klastera za istu uslugu.

3. PRIHVATLJIVE AKTIVNOSTI

a) razvoj i testiranje prototipa novog proizvoda (namještaj, stolarija, drvene konstrukcije);
b) ispitivanje i certificiranje prema EN standardima (posebno EN 16139, EN 1730 i EN 14342);
c) industrijski dizajn i zaštita dizajna kod Instituta za intelektualno vlasništvo Bosne i Hercegovine;
d) uvođenje FSC ili PEFC certifikacije lanca nadzora;
e) energetski audit sušara i kotlovnica.

4. ROKOVI

- Objava javnog poziva: 1. 3. 2034.
- Info-dan za zainteresovana preduzeća: četvrtak, 16. 3. 2034. u 11:00 sati, Hotel Mepas, Mostar (prijave za info-dan do 14. 3. 2034.)
- Rok za dostavu pitanja: 4. 4. 2034.
- Krajnji rok za podnošenje prijava: petak, 14. 4. 2034. do 15:00 sati
- Objava rezultata: najkasnije do 15. 5. 2034.
- Realizacija usluga: od potpisivanja ugovora do 30. 11. 2034.

Prijave pristigle nakon roka neće se razmatrati.

5. NAČIN PODNOŠENJA PRIJAVE

Prijava se podnosi u zatvorenoj koverti preporučenom poštom ili lično na adresu HKDP-a, s naznakom "Javni poziv – inovacijski vaučeri 2034 – NE OTVARATI", ili elektronski putem portala www.hkdp.ba/vauceri. Uz prijavni obrazac (Prilog 1) potrebno je priložiti:
1. rješenje o registraciji;
2. uvjerenje Porezne uprave Federacije BiH o izmirenim obavezama, ne starije od 30 dana;
3. ponudu pružaoca usluge (Prilog 3);
4. izjavu o korištenim potporama male vrijednosti (Prilog 2).

6. OCJENJIVANJE

Prijave ocjenjuje Komisija od tri člana koju imenuje Upravni odbor. Kriteriji su: inovativnost (30 bodova), izvozni potencijal (25), uticaj na zapošljavanje (20), spremnost za realizaciju (15) i doprinos zelenoj tranziciji (10). Prednost pri jednakom broju bodova imaju preduzeća čiji su vlasnici žene ili mladi do 35 godina.

7. KONTAKT

Sva pitanja u vezi s pozivom šalju se isključivo pismenim putem:
Amra Hadžiosmanović-Pehlivan, koordinatorica programa vaučera
e-mail: vauceri@hkdp.ba, tel. +387 36 555 810

Odgovori na najčešća pitanja objavljivat će se na web stranici klastera svake sedmice.

Program je dio projekta "Konkurentna Hercegovina", koji HKDP provodi u partnerstvu s Privrednom komorom Hercegovačko-neretvanskog kantona i Regionalnom razvojnom agencijom za Hercegovinu (REDAH), uz podršku Njemačkog društva za međunarodnu saradnju (GIZ).

Mostar, 1. 3. 2034.

Mr. sc. Dragan Ćorić, direktor
Hercegovački klaster drvne prerade i namještaja

Prilozi: Prilog 1 – Prijavni obrazac; Prilog 2 – Izjava o potporama male vrijednosti; Prilog 3 – Lista pružalaca usluga
"""
write(F, T)
gold(F, [
 P("Amra Hadžiosmanović-Pehlivan", "koordinatorica programa vaučera", "Hercegovački klaster drvne prerade i namještaja"),
 P("Dragan Ćorić", "direktor", "Hercegovački klaster drvne prerade i namještaja"),
],[
 O("Hercegovački klaster drvne prerade i namještaja","HKDP"),
 O("Federalnim ministarstvom razvoja, poduzetništva i obrta","FMRPO"),
 O("Mašinski fakultet Univerziteta \"Džemal Bijedić\" u Mostaru"),
 O("Šumarski fakultet Univerziteta u Sarajevu"),
 O("Institut za zaštitu i ekologiju Republike Srpske"),
 O("Drvni tehnološki centar Prozor-Rama d.o.o."),
 O("Instituta za intelektualno vlasništvo Bosne i Hercegovine"),
 O("FSC"), O("PEFC"),
 O("Porezne uprave Federacije BiH"),
 O("Privrednom komorom Hercegovačko-neretvanskog kantona"),
 O("Regionalnom razvojnom agencijom za Hercegovinu","REDAH"),
 O("Njemačkog društva za međunarodnu saradnju","GIZ"),
],[
 E("Info-dan","2034-03-16","2034-03-16","Mostar","Bosnia and Herzegovina"),
],["2034-03-01","2034-02-23","2034","2033-12-31","2033","2034-03-16","2034-03-14","2034-04-04","2034-04-14","2034-05-15","2034-11-30"],[], pub="2034-03-01")
