from h import *
F = 'g06_crnomelj_horizon_konzorcij.md'
assert wd(2041,6,3)=='Monday' and wd(2041,6,4)=='Tuesday'
T = """[Domov](/) · [O nas](/o-nas) · [Projekti](/projekti) · [Novice](/novice) · [Kontakt](/kontakt)

# Konzorcij projekta WOODVALUE se je srečal v Beli krajini

*Objavljeno: 7. 6. 2041 · Avtorica: Tjaša Kambič · Kategorija: Evropski projekti*

Razvojno središče Novo mesto d.o.o. je v ponedeljek, 3. junija, in v torek, 4. junija 2041, gostilo tretje srečanje konzorcija projekta WOODVALUE, ki ga financira program Obzorje Evropa. Srečanje je potekalo v Črnomlju, na sedežu Lesarskega grozda Bela krajina, udeležilo pa se ga je 28 predstavnikov štirinajstih partnerjev iz osmih držav.

Projekt WOODVALUE, ki traja od 1. januarja 2040 do 31. decembra 2042, razvija nove poslovne modele za mala lesnopredelovalna podjetja v podeželskih regijah. Koordinator projekta je finski raziskovalni center VTT Technical Research Centre of Finland Ltd, iz Slovenije pa sodelujeta še Univerza v Ljubljani, Biotehniška fakulteta, in Lesarski grozd Bela krajina.

V Beli krajini projekt preizkuša nove modele na petih pilotnih podjetjih, ki skupaj zaposlujejo okoli 180 ljudi. Podjetja so v prvem letu projekta s pomočjo strokovnjakov Biotehniške fakultete pripravila analizo lesnih ostankov in ugotovila, da bi lahko iz njih izdelovala nove izdelke z višjo dodano vrednostjo, na primer lesne izolacijske plošče in elemente za montažne hiše. Za malo podjetje je to velik korak, saj zahteva nove stroje, znanje in kupce na tujih trgih.

## Program srečanja

**Ponedeljek, 3. 6. 2041**

- 9.00 – Pozdrav: Andrej Kočevar, župan (Občina Črnomelj), in mag. Simona Malenšek-Gorše, direktorica Razvojnega središča Novo mesto
- 9.30 – Pregled napredka po delovnih sklopih (vodje sklopov)
- 11.30 – Predstavitev pilotnih podjetij iz Bele krajine
- 14.00 – Delavnica o digitalnih dvojčkih v žagarstvu, vodi dr. Mikko Järvinen-Salo (VTT)
- 17.00 – Seja upravnega odbora projekta
- 19.30 – Večerja partnerjev v Vinski kleti Metlika

**Torek, 4. 6. 2041**

- 8.30 – Obisk podjetja Lesnina Kolpa d.o.o. (Semič)
- 11.00 – Okrogla miza »Les in podeželje: kako zadržati mlade?« s predstavniki lokalnih podjetij
- 13.00 – Zaključek srečanja

## Udeleženci okrogle mize

Na okrogli mizi so sodelovali:
- Barbara Štefanič, direktorica Lesarskega grozda Bela krajina,
- prof. dr. Miha Humar, Biotehniška fakulteta Univerze v Ljubljani,
- Ines García-Montoya iz baskovskega grozda Basque Wood Cluster – Baskegur,
- Marek Wierzbicki, predsednik uprave podjetja Drewmet S.A. iz Podlaskega.

Moderirala je novinarka Petra Vidmar Kralj.

Razprava je pokazala, da mladi iz Bele krajine odhajajo predvsem zaradi nizkih plač in slabe prometne povezanosti, ne pa zaradi pomanjkanja zanimanja za lesarstvo. Po besedah Barbare Štefanič so podjetja v grozdu v zadnjih treh letih zaposlila 46 novih sodelavcev, vendar jih je polovica prišla iz drugih regij.

## Ključna sporočila srečanja

- Pilotna podjetja potrebujejo podporo pri uvajanju digitalnih orodij tudi po koncu projekta
- Grozdi so najboljši kanal za prenos rezultatov raziskav do malih podjetij
- Štipendije in prakse v podjetjih morajo biti del poslovnih modelov, ne le dodatek
- Rezultati projekta bodo predstavljeni na Evropskem tednu regij in mest (Bruselj, oktober 2041)

## Naslednji koraki

Upravni odbor projekta je potrdil, da bo naslednje srečanje konzorcija od 20. do 21. novembra 2041 v mestu Bilbao, gostitelj bo Basque Wood Cluster – Baskegur. Končna konferenca je predvidena za november 2042 v finski prestolnici Helsinki.

Fotografije: Razvojno središče Novo mesto / Jure Makovec

---

*Projekt WOODVALUE je prejel sredstva iz programa Evropske unije za raziskave in inovacije Obzorje Evropa. Izražena stališča so izključno stališča avtorjev.*

Razvojno središče Novo mesto d.o.o. · Novi trg 5, 8000 Novo mesto · info@rsnm.example.si
"""
assert wd(2041,11,20)=='Wednesday'
write(F, T)
R = "Razvojno središče Novo mesto d.o.o."
gold(F,
 [P("Tjaša Kambič",None,None),
  P("Andrej Kočevar","župan","Občina Črnomelj"),
  P("Simona Malenšek-Gorše","direktorica",R),
  P("Mikko Järvinen-Salo",None,"VTT"),
  P("Barbara Štefanič","direktorica","Lesarski grozd Bela krajina"),
  P("Miha Humar",None,"Biotehniška fakulteta"),
  P("Ines García-Montoya",None,"Basque Wood Cluster – Baskegur"),
  P("Marek Wierzbicki","predsednik uprave","Drewmet S.A."),
  P("Petra Vidmar Kralj","novinarka",None),
  P("Jure Makovec",None,None)],
 [O(R), O("Lesarski grozd Bela krajina"), O("VTT Technical Research Centre of Finland Ltd","VTT"),
  O("Univerza v Ljubljani"), O("Biotehniška fakulteta"), O("Občina Črnomelj"),
  O("Lesnina Kolpa d.o.o."), O("Basque Wood Cluster – Baskegur"), O("Drewmet S.A.")],
 [E("tretje srečanje konzorcija projekta WOODVALUE","2041-06-03","2041-06-04","Črnomelj","Slovenia"),
  E("Delavnica o digitalnih dvojčkih v žagarstvu","2041-06-03",None,"Črnomelj","Slovenia"),
  E("Seja upravnega odbora projekta","2041-06-03",None,"Črnomelj","Slovenia"),
  E("Večerja partnerjev","2041-06-03",None,"Metlika","Slovenia"),
  E("Obisk podjetja Lesnina Kolpa d.o.o.","2041-06-04",None,"Semič","Slovenia"),
  E("Evropski teden regij in mest","2041-10",None,"Bruselj","Belgium"),
  E("naslednje srečanje konzorcija","2041-11-20","2041-11-21","Bilbao","Spain"),
  E("Končna konferenca","2042-11",None,"Helsinki","Finland")],
 ["2041-06-07","2041-06-03/2041-06-04","2040-01-01/2042-12-31","2041-06-03","2041-06-04","2041-10",
  "2041-11-20/2041-11-21","2042-11"],
 ["Pilotna podjetja potrebujejo podporo pri uvajanju digitalnih orodij tudi po koncu projekta",
  "Grozdi so najboljši kanal za prenos rezultatov raziskav do malih podjetij",
  "Štipendije in prakse v podjetjih morajo biti del poslovnih modelov, ne le dodatek",
  "Rezultati projekta bodo predstavljeni na Evropskem tednu regij in mest (Bruselj, oktober 2041)"],
 pub="2041-06-07")
