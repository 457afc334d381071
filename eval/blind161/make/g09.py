from h import *
F = 'g09_rokiskis_klasteris_naujienlaiskis.txt'
assert wd(2042,3,12)=='Wednesday' and wd(2042,3,26)=='Wednesday' and wd(2042,4,9)=='Wednesday' and wd(2042,4,24)=='Thursday' and wd(2042,3,31)=='Monday'
T = """ŠIAURĖS RYTŲ LIETUVOS MEDIENOS KLASTERIS
Naujienlaiškis Nr. 2 (2042 m. kovas)
Išsiųsta 2042 m. kovo 31 d., pirmadienį

Jei laiškas rodomas netinkamai, atidarykite jį naršyklėje.
Pagrindinis | Apie klasterį | Nariai | Projektai | Renginiai | Kontaktai

------------------------------------------------------------

Mieli klasterio nariai ir partneriai,

kovas buvo intensyvus: išrinkome naują valdybą, surengėme konferenciją Panevėžyje ir pradėjome ruoštis atvirų durų dienai. Trumpai apie viską – žemiau. Primename, kad narystės mokestį už 2042 metus reikia sumokėti iki balandžio pabaigos; sąskaitas išsiuntėme el. paštu kovo pradžioje.

Klasterio direktorė Rasa Baltrūnienė

------------------------------------------------------------

VISUOTINIS NARIŲ SUSIRINKIMAS IŠRINKO NAUJĄ VALDYBĄ

2042 m. kovo 12 d., trečiadienį, Rokiškio rajono savivaldybės salėje įvyko visuotinis narių susirinkimas. Jame dalyvavo 27 iš 34 narių. Susirinkimas patvirtino 2041 m. veiklos ataskaitą ir 2042–2044 m. veiklos planą bei išrinko valdybą trejiems metams:

- valdybos pirmininkas – Vidmantas Kazlauskas, UAB „Rokiškio baldai“ generalinis direktorius;
- pirmininko pavaduotoja – doc. dr. Laima Žemaitytė-Jonikienė (Kauno technologijos universitetas, Panevėžio technologijų ir verslo fakultetas);
- valdybos narys – Darius Stasiūnas (UAB „Kupiškio mediena“);
- valdybos narė – Aušra Mikalauskaitė (Panevėžio prekybos, pramonės ir amatų rūmai).

Ilgametis pirmininkas Algirdas Vaitkus, vadovavęs klasteriui nuo jo įkūrimo 2031 m., liks valdybos patarėju.

------------------------------------------------------------

KONFERENCIJA „MEDIENA PO 2040-ŲJŲ“: PAGRINDINĖS IŠVADOS

Kovo 26 d. Panevėžyje, Kauno technologijos universiteto Panevėžio fakultete, vyko klasterio ir Inovacijų agentūros surengta konferencija „Mediena po 2040-ųjų“. Joje dalyvavo daugiau nei 90 įmonių, mokslininkų ir savivaldybių atstovų iš Lietuvos ir Latvijos. Pranešimus skaitė Ekonomikos ir inovacijų ministerijos Pramonės politikos departamento direktorius Tomas Juknevičius, Latvijos medienos pramonės asociacijos atstovė Ilze Kalniņa ir Vilniaus Gedimino technikos universiteto profesorius Mindaugas Petrauskas.

Pagrindinės konferencijos išvados:

1. Lietuvos baldų pramonė turi mažinti priklausomybę nuo importuotos plokštės ir daugiau naudoti vietinę lapuočių medieną.
2. Regione trūksta apie 400 kvalifikuotų darbuotojų, todėl profesinio mokymo programos turi būti rengiamos kartu su įmonėmis.
3. Skaitmeniniai produktų pasai bus privalomi eksportui į ES rinkas, tad įmonės turi pradėti ruoštis jau dabar.
4. Bendradarbiavimas su Latgalos regiono įmonėmis leistų sutaupyti logistikos sąnaudų.

Konferencijos pranešimai paskelbti narių zonoje.

------------------------------------------------------------

KVIETIMAS: PARAMA BENDRIEMS PROJEKTAMS

Klasteris kviečia narius teikti bendrų inovacijų projektų idėjas. Geriausioms idėjoms klasteris padės parengti paraišką Inovacijų agentūros priemonei. Idėjas (ne daugiau kaip dviejų puslapių) galima siųsti iki 2042 m. balandžio 24 d. (ketvirtadienio) adresu projektai@srmk.example.lt. Konsultuoja projektų vadovė Giedrė Šimonytė-Mačiulė.

------------------------------------------------------------

ATVIRŲ DURŲ DIENA BALDŲ ĮMONĖSE

Balandžio 9 d., trečiadienį, vyks jau trečioji Atvirų durų diena. Moksleiviai iš Rokiškio, Kupiškio ir Panevėžio galės apsilankyti šešiose klasterio įmonėse. Programa:

9.00 Susitikimas prie Rokiškio kultūros centro
9.30–12.00 Apsilankymas UAB „Rokiškio baldai“ ir UAB „Juodupės stalius“ gamyklose
12.30 Pietūs
13.30–15.30 Apsilankymas UAB „Kupiškio mediena“ ir dirbtuvėse Panevėžio profesinio rengimo centre

Ankstesnės Atvirų durų dienos:
2040 m. balandžio 18 d. – Rokiškis
2041 m. balandžio 10 d. – Kupiškis

------------------------------------------------------------

IŠ PARTNERIŲ: SUSITIKIMAS DAUGPILYJE

2042 m. gegužės 14–15 d. Daugpilyje (Latvija) vyks Latvijos ir Lietuvos medienos klasterių partnerių susitikimas. Jį rengia Latgalos specialiosios ekonominės zonos valdyba kartu su mūsų klasteriu. Pirmąją dieną numatytas seminaras apie bendrus eksporto projektus ir dalykinė vakarienė, antrąją – įmonių lankymas Daugpilio pramonės parke. Autobusas išvyks iš Rokiškio, sustos Obeliuose. Registracija – iki gegužės 5 d.; vietų skaičius ribotas (25). Vieta: Daugpilis, Latgalos regionas, Latvija.

------------------------------------------------------------

NAUJI NARIAI

Sveikiname naujus klasterio narius: UAB „Obelių lentpjūvė“ ir asociaciją „Šiaurės Lietuvos amatininkai“.

------------------------------------------------------------
Šiaurės rytų Lietuvos medienos klasteris · Respublikos g. 94, LT-42136 Rokiškis · info@srmk.example.lt
Padalinys: Panevėžys, Klaipėdos g. 3 · tel. +370 458 00 000
Atsisakyti naujienlaiškio
"""
write(F, T)
C = "Šiaurės rytų Lietuvos medienos klasteris"
gold(F,
 [P("Rasa Baltrūnienė","direktorė",C),
  P("Vidmantas Kazlauskas","valdybos pirmininkas",C),
  P("Laima Žemaitytė-Jonikienė","pirmininko pavaduotoja",C),
  P("Darius Stasiūnas","valdybos narys",C), P("Aušra Mikalauskaitė","valdybos narė",C),
  P("Algirdas Vaitkus","valdybos patarėju",C),
  P("Tomas Juknevičius","Pramonės politikos departamento direktorius","Ekonomikos ir inovacijų ministerijos"),
  P("Ilze Kalniņa",None,"Latvijos medienos pramonės asociacijos"),
  P("Mindaugas Petrauskas","profesorius","Vilniaus Gedimino technikos universiteto"),
  P("Giedrė Šimonytė-Mačiulė","projektų vadovė",C)],
 [O(C), O("Rokiškio rajono savivaldybės"), O("UAB „Rokiškio baldai“"), O("Kauno technologijos universitetas"),
  O("Panevėžio technologijų ir verslo fakultetas"), O("UAB „Kupiškio mediena“"), O("Panevėžio prekybos, pramonės ir amatų rūmai"),
  O("Inovacijų agentūros"), O("Ekonomikos ir inovacijų ministerijos"), O("Latvijos medienos pramonės asociacijos"),
  O("Vilniaus Gedimino technikos universiteto"), O("UAB „Juodupės stalius“"), O("Panevėžio profesinio rengimo centre"),
  O("UAB „Obelių lentpjūvė“"), O("Šiaurės Lietuvos amatininkai"), O("Latgalos specialiosios ekonominės zonos valdyba")],
 [E("visuotinis narių susirinkimas","2042-03-12",None,"Rokiškis","Lithuania"),
  E("Mediena po 2040-ųjų","2042-03-26",None,"Panevėžys","Lithuania"),
  E("Atvirų durų diena","2042-04-09",None,None,None),
  E("Apsilankymas UAB „Rokiškio baldai“ ir UAB „Juodupės stalius“ gamyklose","2042-04-09",None,None,None),
  E("Apsilankymas UAB „Kupiškio mediena“ ir dirbtuvėse Panevėžio profesinio rengimo centre","2042-04-09",None,None,None),
  E("partnerių susitikimas","2042-05-14","2042-05-15","Daugpilis","Latvia"),
  E("Atvirų durų diena","2040-04-18",None,"Rokiškis","Lithuania"),
  E("Atvirų durų diena","2041-04-10",None,"Kupiškis","Lithuania")],
 ["2042-03","2042-03-31","2042-03-12","2041","2042/2044","2031","2042-03-26","2042-04-24","2042-04-09","2040-04-18","2041-04-10","2042-05-14/2042-05-15","2042-05-05","2042-04","2042"],
 ["Lietuvos baldų pramonė turi mažinti priklausomybę nuo importuotos plokštės ir daugiau naudoti vietinę lapuočių medieną",
  "Regione trūksta apie 400 kvalifikuotų darbuotojų, todėl profesinio mokymo programos turi būti rengiamos kartu su įmonėmis",
  "Skaitmeniniai produktų pasai bus privalomi eksportui į ES rinkas, tad įmonės turi pradėti ruoštis jau dabar",
  "Bendradarbiavimas su Latgalos regiono įmonėmis leistų sutaupyti logistikos sąnaudų"],
 pub="2042-03-31")
