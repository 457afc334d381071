from h import *
F = 'g13_novo_mesto_bilten_ocr.txt'
assert wd(2034,4,19)=='Wednesday' and wd(2034,5,11)=='Thursday' and wd(2034,6,2)=='Friday'
T = """[OCR · skenirano: bilten_DIG_2034-02_str3.tif · 300 dpi · jezik: slv · zanesljivost 87 %]

BILTEN DOLENJSKEGA INDUSTRIJSKEGA GROZDA          št. 2 / april 2034          stran 3
__________________________________________________________________________

NOVICE IZ GROZDA

Nova direktorica grozda
Upravni odbor Dolenjskega industrij-
skega grozda (DIG) je na seji 29. marca
2034 za direktorico grozda imenoval
mag. Nino Kastelic, ki je doslej vodila
projektno pisarno v Razvojnem centru
Novo mesto d.o.o. Nina Kastelic bo de-
lo prevzela 2. maja 2034. Dosedanji
direktor Borut Zupančič ostaja v grozdu
kot svetovalec za mednarodne projekte.
Predsednik upravnega odbora Aleš Ma-
rolt (Revoz d.d.) se mu je zahvalil za
devet let dela. Aleš Marolt je poudaril,
da grozd v novem obdobju čaka predvsem
prenos znanja med velikimi podjetji in
dobavitelji.

Srečanje članov v Krki
V sredo, 19. aprila 2034, bo ob 15. uri
v prostorih družbe Krka, d. d., Novo
mesto srečanje članov grozda. Na dnev-
nem redu so: poročilo o delu za leto
2033, predstavitev novih članov in
razprava o skupnem nastopu na sejmu
v Stuttgartu. Sledi ogled proizvodnje
trdnih farmacevtskih oblik. Prijave do
14. aprila na info@dig.example.si.

Rezultati raziskave o kadrih
Šolski center Novo mesto in grozd sta
med januarjem in marcem 2034 anketi-
rala 48 podjetij. Ključne ugotovitve:
- 73 % podjetij ima težave pri
  zaposlovanju mehatronikov in orodjarjev;
- podjetja bi v dualni sistem
  izobraževanja vključila 120 dijakov,
  šola jih lahko sprejme le 70;
- skoraj polovica podjetij ne pozna
  spodbud Zavoda RS za zaposlovanje.
Raziskavo je vodila dr. Petra Bartolj,
ravnateljica Višje strokovne šole
Šolskega centra Novo mesto.

Delavnica: vodik v industriji
Grozd skupaj s Fakulteto za industrijski
inženiring Novo mesto (FINI) vabi na
delavnico »Vodik v industriji – kje
smo?«, ki bo v četrtek, 11. maja 2034,
od 9. do 13. ure v prostorih fakultete
(Šegova ulica 112). Predavali bodo
prof. dr. Tomaž Kovač (FINI), Maja
Golob iz podjetja TPV Automotive d.o.o. in
Jure Pavlin, direktor Centra odličnosti
za nizkoogljične tehnologije. Udeležba
je brezplačna, število mest je omejeno.

Novi člani
V grozd so se vključili: Kolpa Plast
d.o.o. (Metlika), Iskra Mehanizmi
Trebnje d.o.o., Zavod za razvoj obrti
Dolenjske in ~ Bela krajina tehnolo-
ški center. Grozd ima zdaj 64 članov.

Dan odprtih vrat v Šentjerneju
V petek, 2. junija 2034, bo podjetje
Hidria Šentjernej d.o.o. odprlo vrata
za dijake in študente. Program vklju-
čuje ogled linije za tlačno litje in
pogovor s kadrovsko službo. Organizi-
ra ga Katja Hrovat, vodja kadrovske
službe Hidria Šentjernej d.o.o.

Koledar
19. 4. 2034  Srečanje članov, Krka, Novo mesto
11. 5. 2034  Delavnica o vodiku, FINI
2. 6. 2034   Dan odprtih vrat, Šentjernej
20.–23. 6. 2034  Sejem Automotive Meetings, Stuttgart
   (skupni razstavni prostor grozda,
   prijave do 5. maja)

Nagrada za inovacijo
Na regijskem izboru Gospodarske zbornice
Slovenije – Območne zbornice Dolenjske
in Bele krajine je zlato priznanje za
inovacijo prejela ekipa podjetja Kolpa
Plast d.o.o. za reciklirano ohišje
akumulatorja. Priznanja so podelili 22.
marca 2034 v Kulturnem centru Janeza
Trdine. Ekipo je vodil Marko Štrucelj,
vodja razvoja.

Iz Zgodovine grozda
Grozd je bil ustanovljen leta 2012 na
pobudo podjetij Revoz in Krka ter
Občine Novo mesto. Prvi predsednik je bil
Janez Bukovec. V obdobju 2021–2027 je
grozd sodeloval v šestih evropskih pro-
jektih, med njimi v projektu ALPS4GREEN.

                                       - 3 -
Dolenjski industrijski grozd, Novi trg 5, 8000 Novo mesto · www.dig.example.si ·
urednica biltena: Tanja Me\u00b7dic · tisk: Tiskarna Novo mesto
 ,  .   ' ;
"""
write(F, T)
C = "Dolenjski industrijski grozd"
gold(F,
 [P("Nina Kastelic","direktorica grozda",C),
  P("Borut Zupančič","svetovalec za mednarodne projekte",C),
  P("Aleš Marolt","Predsednik upravnega odbora","Dolenjski industrijski grozd"),
  P("Petra Bartolj","ravnateljica","Višje strokovne šole"),
  P("Tomaž Kovač",None,"FINI"), P("Maja Golob",None,"TPV Automotive d.o.o."),
  P("Jure Pavlin","direktor","Centra odličnosti za nizkoogljične tehnologije"),
  P("Katja Hrovat","vodja kadrovske službe","Hidria Šentjernej d.o.o."),
  P("Janez Bukovec","predsednik",C), P("Marko Štrucelj","vodja razvoja","Kolpa Plast d.o.o.")],
 [O(C,"DIG"), O("Razvojnem centru Novo mesto d.o.o."), O("Revoz d.d."), O("Krka, d. d., Novo mesto"),
  O("Šolski center Novo mesto"), O("Zavoda RS za zaposlovanje"), O("Višje strokovne šole"),
  O("Fakulteto za industrijski inženiring Novo mesto","FINI"), O("TPV Automotive d.o.o."),
  O("Centra odličnosti za nizkoogljične tehnologije"), O("Kolpa Plast d.o.o."), O("Iskra Mehanizmi Trebnje d.o.o."),
  O("Zavod za razvoj obrti Dolenjske"),
  O("Gospodarske zbornice Slovenije – Območne zbornice Dolenjske in Bele krajine"), O("Kulturnem centru Janeza Trdine"), O("Hidria Šentjernej d.o.o."),
  O("Občine Novo mesto"), O("Tiskarna Novo mesto")],
 [E("seja upravnega odbora","2034-03-29"),
  E("Srečanje članov","2034-04-19",None,"Novo mesto","Slovenia"),
  E("ogled proizvodnje","2034-04-19",None,"Novo mesto","Slovenia"),
  E("Vodik v industriji – kje smo?","2034-05-11",None,"Novo mesto","Slovenia"),
  E("podelitev priznanj za inovacije","2034-03-22",None,"Novo mesto","Slovenia"),
  E("Dan odprtih vrat","2034-06-02",None,"Šentjernej","Slovenia"),
  E("Sejem Automotive Meetings","2034-06-20","2034-06-23","Stuttgart","Germany")],
 ["2034-04","2034-03-29","2034-05-02","2034-04-19","2033","2034-04-14","2034-01/2034-03","2034-05-11","2034-06-02",
  "2034-06-20/2034-06-23","2034-05-05","2012","2021/2027","2034-03-22"],
 ["73 % podjetij ima težave pri zaposlovanju mehatronikov in orodjarjev",
  "podjetja bi v dualni sistem izobraževanja vključila 120 dijakov, šola jih lahko sprejme le 70",
  "skoraj polovica podjetij ne pozna spodbud Zavoda RS za zaposlovanje"],
 "2034-04")
