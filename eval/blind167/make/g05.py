from h import *
F = 'g05_raahe_kumppanikokous.md'
assert wd(2036,4,8)=='Tuesday' and wd(2036,4,9)=='Wednesday' and wd(2036,4,10)=='Thursday'
T = """# GREENSTEEL NORTH -hankkeen kumppanikokous Raahessa 8.–10.4.2036

**Uutinen | Raahen seudun yrityspalvelut | julkaistu 15.4.2036 | Kirjoittaja: Sanna-Maija Kestilä**

Interreg Aurora -ohjelmasta rahoitetun GREENSTEEL NORTH -hankkeen toinen kumppanikokous pidettiin Raahessa huhtikuussa. Kolmipäiväiseen tapaamiseen osallistui 24 edustajaa Suomesta, Ruotsista ja Norjasta. Hanke kehittää teräs- ja konepajateollisuuden alihankintaketjuja vetyyn perustuvan terästuotannon tarpeisiin vuosina 2035–2038.

## Hankkeen kumppanit

- Raahen seudun yrityspalvelut (Suomi), päätoteuttaja
- Oulun yliopisto, Kerttu Saalasti -instituutti (Suomi)
- Luleå tekniska universitet (Ruotsi)
- Norrbottens Handelskammare (Ruotsi)
- Kunnskapsparken Helgeland AS (Norja)
- Metalliklusteri Pohjoinen ry (Suomi)

## Ohjelma

**Tiistai 8.4.2036**

- klo 12.00 Lounas ja ilmoittautuminen, Raahen kaupungintalo
- klo 13.00 Avaus: kaupunginjohtaja Mikko Heikkilä-Ruuska, Raahen kaupunki
- klo 13.30 Hankkeen tilannekatsaus, projektipäällikkö Anu Vähäkangas
- klo 15.00 Työpaja: alihankkijoiden osaamiskartoitus
- klo 19.00 Illallinen Raahen Pekkatorilla

**Keskiviikko 9.4.2036**

- klo 9.00 Yritysvierailu SSAB:n Raahen terästehtaalle
- klo 12.30 Lounas
- klo 13.30 Vierailu konepaja Ruukin Metallityö Oy:hyn Pattijoella
- klo 16.00 Ohjausryhmän kokous

**Torstai 10.4.2036**

- klo 9.00 Sidosryhmätilaisuus "Vetyterästä ja alihankintaa – mitä yrityksiltä vaaditaan?"
- klo 11.30 Yhteenveto ja seuraavat askeleet
- klo 12.00 Kokous päättyy

## Mitä kokouksessa tapahtui

Ensimmäisenä päivänä projektipäällikkö Anu Vähäkangas kertoi, että hankkeen osaamiskartoitukseen on vastannut jo 87 yritystä kolmesta maasta. Työpajassa ruotsalaiset kumppanit esittelivät Norrbottenin mallin, jossa kauppakamari kokoaa pienet konepajat yhteisiin tarjouksiin.

Keskiviikon yritysvierailulla ryhmää isännöi SSAB:n tehtaanjohtaja Petri Louhelainen, joka kertoi masuunien korvaamisesta sähköuuneilla vuoteen 2039 mennessä. Iltapäivällä toimitusjohtaja Riikka Ojala-Pirttimaa esitteli Ruukin Metallityön hitsausautomaatiota.

Ohjausryhmän kokous hyväksyi ensimmäisen väliraportin ja päätti, että hankkeen kolmas kumppanikokous järjestetään Mo i Ranassa Norjassa syyskuussa 2036. Ohjausryhmän puheenjohtajana jatkaa professori Lars-Erik WIKSTRÖM (Luleå tekniska universitet).

Torstain sidosryhmätilaisuuteen osallistui myös 40 paikallista yrittäjää. Puheenvuoron käytti Pohjois-Pohjanmaan liiton aluekehitysjohtaja Jaana Törmänen. Hän muistutti, että maakunnan älykkään erikoistumisen strategia nostaa vähähiilisen teollisuuden yhdeksi kärjistä ja että seuraavat maakunnalliset hankehaut avautuvat syksyllä. Keskustelussa yrittäjät toivoivat erityisesti selkeää tietoa siitä, milloin uudet laitteet ja huoltosopimukset kilpailutetaan ja millaisia sertifikaatteja toimittajilta vaaditaan. Monelle pienelle yritykselle jo yksi uusi sertifikaatti on merkittävä investointi, johon tarvitaan tukea ja yhteistyötä muiden kanssa.

## Taustaa

Raahen seutu on yksi Suomen vanhimmista teollisuuspaikkakunnista. Terästehtaan ympärille on vuosikymmenten aikana syntynyt noin 150 yrityksen alihankintaverkosto, joka ulottuu Raahesta Pattijoelle, Siikajoelle ja Pyhäjoelle. Kun terästuotanto siirtyy vetyyn ja sähköön, verkoston yritysten on opittava uusia menetelmiä: huoltoa, automaatiota, uusia materiaaleja ja tiukempia laatu- ja turvallisuusvaatimuksia. Hanke syntyi vuonna 2035, kun Raahen, Luleån ja Mo i Ranan teollisuusalueiden toimijat huomasivat kohtaavansa saman haasteen samaan aikaan.

Hankkeen kokonaisbudjetti on 2,4 miljoonaa euroa, josta Euroopan aluekehitysrahaston osuus on 65 prosenttia. Kansallista vastinrahoitusta myönsi Pohjois-Pohjanmaan liitto.

## Kumppanien kommentteja

"Ruotsissa pienet konepajat ovat jo oppineet tekemään yhteistarjouksia. Meillä se on vielä poikkeus, mutta kokemukset Pattijoki–Raahe-akselilla ovat rohkaisevia", totesi Metalliklusteri Pohjoinen ry:n toiminnanjohtaja Hannu Kärnä.

Norjalainen kumppani Kunnskapsparken Helgeland AS kertoi valmistelevansa yhteistä koulutuspakettia, jota voitaisiin tarjota kaikissa kolmessa maassa. Hankekoordinaattori Ingvild Strand-Hansen lupasi esitellä ensimmäisen luonnoksen syyskuun kokouksessa.

## Seuraavat askeleet

Kokouksen lopuksi sovittiin seuraavista tehtävistä:

- osaamiskartoituksen tulokset julkaistaan kesäkuussa 2036
- Ruotsin kumppanit kokoavat esimerkit yhteistarjouksista
- päätoteuttaja valmistelee yritysten opintomatkan Luleåan

## Keskeiset havainnot

- Alihankkijoiden on saatava tieto uusista laatuvaatimuksista vähintään kaksi vuotta ennen investointeja
- Pienet konepajat tarvitsevat yhteisen hitsaajakoulutuksen, jota yksikään yritys ei pysty järjestämään yksin
- Rajat ylittävä yhteistyö Ruotsin ja Norjan kanssa vähentää riippuvuutta yhdestä asiakkaasta
- Klusteriorganisaatio on luonteva kokoaja yhteisille tarjouksille

## Aiemmat tapahtumat

- Aloituskokous, Luleå, 12.–13.11.2035
- Verkkoseminaari osaamiskartoituksesta, 3.2.2036

Lisätietoja: projektipäällikkö Anu Vähäkangas, Raahen seudun yrityspalvelut, anu.vahakangas@rsyp.example.fi

*Hanke on Euroopan unionin osarahoittama.*
"""
write(F, T)
R="Raahen seudun yrityspalvelut"
gold(F,
 [P("Sanna-Maija Kestilä"),
  P("Mikko Heikkilä-Ruuska","kaupunginjohtaja","Raahen kaupunki"),
  P("Anu Vähäkangas","projektipäällikkö",R),
  P("Petri Louhelainen","tehtaanjohtaja","SSAB"),
  P("Riikka Ojala-Pirttimaa","toimitusjohtaja","Ruukin Metallityö Oy"),
  P("Lars-Erik WIKSTRÖM","puheenjohtajana",None),
  P("Hannu Kärnä","toiminnanjohtaja","Metalliklusteri Pohjoinen ry"),
  P("Ingvild Strand-Hansen","Hankekoordinaattori","Kunnskapsparken Helgeland AS"),
  P("Jaana Törmänen","aluekehitysjohtaja","Pohjois-Pohjanmaan liitto")],
 [O(R), O("Oulun yliopisto"), O("Kerttu Saalasti -instituutti"), O("Luleå tekniska universitet"),
  O("Norrbottens Handelskammare"), O("Kunnskapsparken Helgeland AS"), O("Metalliklusteri Pohjoinen ry"),
  O("Raahen kaupunki"), O("SSAB"), O("Ruukin Metallityö Oy"), O("Pohjois-Pohjanmaan liitto")],
 [E("kumppanikokous","2036-04-08","2036-04-10","Raahe","Finland"),
  E("Työpaja","2036-04-08",None,"Raahe","Finland"),
  E("Illallinen","2036-04-08",None,"Raahe","Finland"),
  E("Yritysvierailu","2036-04-09",None,"Raahe","Finland"),
  E("Vierailu konepaja Ruukin Metallityö Oy:hyn","2036-04-09",None,"Pattijoki","Finland"),
  E("Ohjausryhmän kokous","2036-04-09",None,"Raahe","Finland"),
  E("Sidosryhmätilaisuus","2036-04-10",None,"Raahe","Finland"),
  E("kolmas kumppanikokous","2036-09",None,"Mo i Rana","Norway"),
  E("Aloituskokous","2035-11-12","2035-11-13","Luleå","Sweden"),
  E("Verkkoseminaari osaamiskartoituksesta","2036-02-03")],
 ["2036-04-08/2036-04-10","2036-04-15","2035/2038","2036-04-08","2036-04-09","2036-04-10","2039","2036-09",
  "2035-11-12/2035-11-13","2036-02-03","2036-04","2035","2036-06"],
 ["Alihankkijoiden on saatava tieto uusista laatuvaatimuksista vähintään kaksi vuotta ennen investointeja",
  "Pienet konepajat tarvitsevat yhteisen hitsaajakoulutuksen, jota yksikään yritys ei pysty järjestämään yksin",
  "Rajat ylittävä yhteistyö Ruotsin ja Norjan kanssa vähentää riippuvuutta yhdestä asiakkaasta",
  "Klusteriorganisaatio on luonteva kokoaja yhteisille tarjouksille"],
 pub="2036-04-15")
