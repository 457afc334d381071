from h import *
F = 'g16_pazin_zavrsna_konferencija_zakljucci.txt'
assert wd(2038,11,29)=='Monday' and wd(2038,11,30)=='Tuesday' and wd(2039,1,19)=='Wednesday'
T = """ISTARSKA RAZVOJNA AGENCIJA – IDA d.o.o.
Područni ured Pazin · Trg slobode 2, 52000 Pazin

IZVJEŠĆE SA ZAVRŠNE KONFERENCIJE PROJEKTA „TARTUFI I ŠUME"
Pazin, 29. i 30. studenoga 2038.

Objavljeno: 6. prosinca 2038. | Pripremila: Martina Blašković Benčić, voditeljica projekta

Uvod

Završna konferencija projekta „Tartufi i šume – održivo gospodarenje šumama središnje Istre" održana je u ponedjeljak 29. i utorak 30. studenoga 2038. u Pazinskom kaštelu i u Motovunu. Projekt je tri godine provodila Istarska razvojna agencija (IDA) s partnerima: Klasterom istarskog tartufa iz Buzeta, Hrvatskim šumama d.o.o. – Upravom šuma Podružnica Buzet, Institutom za poljoprivredu i turizam iz Poreča i slovenskim partnerom Zavodom za gozdove Slovenije, Območna enota Sežana. Konferenciji je prisustvovalo 130 sudionika iz Hrvatske, Slovenije i Italije.

Skup su otvorili istarski župan Boris Mikolić Rojnić, pročelnica Upravnog odjela za poljoprivredu, šumarstvo, lovstvo, ribarstvo i vodoprivredu Istarske županije mr. sc. Nevija Bernobić te direktor IDA-e Dean Šterpin-Radolović. Na konferenciji je govorila i gospođa Chiara Venier iz talijanske udruge Associazione Tartufai del Friuli Venezia Giulia, koja je predstavila iskustva iz Gorizije.

Program

Ponedjeljak, 29. studenoga 2038. – Pazin
10:00 Otvaranje i pozdravni govori
10:30 Predavanje „Koliko tartufa podnosi jedna šuma?" – dr. sc. Ivan Matošević, Institut za poljoprivredu i turizam
12:00 Predstavljanje rezultata projekta
15:00 Radionica s tartufarima i šumoposjednicima
19:30 Svečana večera u konobi u Zarečju

Utorak, 30. studenoga 2038. – Motovun
09:30 Terenski obilazak pokusnih ploha u Motovunskoj šumi
12:00 Sastanak upravnog odbora Klastera istarskog tartufa

Rezultati projekta

Projekt je obuhvatio 1.850 hektara šume u dolini Mirne. Izrađen je registar od 412 tartufara s dozvolom, postavljeno je 36 pokusnih ploha, a u Buzetu je uređen zajednički prostor za ocjenjivanje i prodaju tartufa. Klaster istarskog tartufa, čiji je predsjednik Sandro Kodelja, povećao je broj članova s 24 na 57. Na radionici su tartufari i šumoposjednici otvoreno razgovarali o sukobima koji se javljaju kada sakupljači ulaze na privatno zemljište bez dogovora. Dogovoreno je da će klaster pripremiti ogledni ugovor između vlasnika šume i tartufara, kojim se uređuje pristup, naknada i zaštita mladih stabala. Sudionici iz Slovenije predstavili su svoj sustav dozvola, koji je jednostavniji, ali slabije nadziran.

Na terenskom obilasku drugog dana sudionici su vidjeli kako se na pokusnim plohama mjere vlaga tla, sastav drveća i prinos tartufa. Voditelji istraživanja objasnili su da su prve dvije godine mjerenja pokazale velike razlike između ploha u dolini i onih na obroncima, ali da je za pouzdane zaključke potrebno dulje razdoblje praćenja. Tartufari su ponudili da i sami bilježe nalaze u zajedničku bazu podataka.

Zaključci

Sudionici konferencije usvojili su sljedeće zaključke:
– Sakupljanje tartufa mora se uskladiti s gospodarenjem šumom, a ne obrnuto
– Registar tartufara pokazao se korisnim i treba ga proširiti na cijelu Istarsku županiju
– Zajednička prodaja preko klastera donosi veće cijene od prodaje pojedinačnim otkupljivačima
– Suradnja sa slovenskim i talijanskim partnerima treba se nastaviti kroz novi projekt

Naučene lekcije

Tim projekta ističe i nekoliko naučenih lekcija:
– Šumoposjednike treba uključiti od prvog dana, a ne tek u završnoj fazi
– Pokusne plohe trebaju barem pet godina praćenja da bi dale pouzdane podatke

Sljedeći koraci

Istarska razvojna agencija i Klaster istarskog tartufa pripremit će zajednički prijedlog projekta za program Interreg Slovenija–Hrvatska do 31. ožujka 2039. Prvi sastanak radne skupine održat će se u srijedu 19. siječnja 2039. u Buzetu.

Kontakt: Martina Blašković Benčić, martina.blaskovic@ida.example.hr, tel. 052 000 000

Projekt je sufinancirala Europska unija iz Europskog fonda za regionalni razvoj.
"""
write(F, T)
I = "Istarska razvojna agencija"; K = "Klaster istarskog tartufa"
gold(F,
 [P("Martina Blašković Benčić","voditeljica projekta",I),
  P("Boris Mikolić Rojnić","istarski župan","Istarske županije"),
  P("Nevija Bernobić","pročelnica","Upravnog odjela za poljoprivredu, šumarstvo, lovstvo, ribarstvo i vodoprivredu Istarske županije"),
  P("Dean Šterpin-Radolović","direktor",I),
  P("Chiara Venier",None,"Associazione Tartufai del Friuli Venezia Giulia"),
  P("Ivan Matošević",None,"Institut za poljoprivredu i turizam"),
  P("Sandro Kodelja","predsjednik",K)],
 [O(I,"IDA"), O(K), O("Hrvatskim šumama d.o.o."), O("Upravom šuma Podružnica Buzet"),
  O("Institut za poljoprivredu i turizam"), O("Zavodom za gozdove Slovenije"), O("Istarske županije"),
  O("Upravnog odjela za poljoprivredu, šumarstvo, lovstvo, ribarstvo i vodoprivredu Istarske županije"),
  O("Associazione Tartufai del Friuli Venezia Giulia"), O("Europska unija")],
 [E("Završna konferencija projekta „Tartufi i šume – održivo gospodarenje šumama središnje Istre\"","2038-11-29","2038-11-30","Pazin, Motovun","Croatia"),
  E("Koliko tartufa podnosi jedna šuma?","2038-11-29",None,"Pazin","Croatia"),
  E("Radionica s tartufarima i šumoposjednicima","2038-11-29",None,"Pazin","Croatia"),
  E("Svečana večera","2038-11-29",None,"Zarečju","Croatia"),
  E("Terenski obilazak pokusnih ploha u Motovunskoj šumi","2038-11-30",None,"Motovun","Croatia"),
  E("Sastanak upravnog odbora Klastera istarskog tartufa","2038-11-30",None,"Motovun","Croatia"),
  E("Prvi sastanak radne skupine","2039-01-19",None,"Buzet","Croatia")],
 ["2038-11-29/2038-11-30","2038-12-06","2038-11-29","2038-11-30","2039-03-31","2039-01-19"],
 ["Sakupljanje tartufa mora se uskladiti s gospodarenjem šumom, a ne obrnuto",
  "Registar tartufara pokazao se korisnim i treba ga proširiti na cijelu Istarsku županiju",
  "Zajednička prodaja preko klastera donosi veće cijene od prodaje pojedinačnim otkupljivačima",
  "Suradnja sa slovenskim i talijanskim partnerima treba se nastaviti kroz novi projekt",
  "Šumoposjednike treba uključiti od prvog dana, a ne tek u završnoj fazi",
  "Pokusne plohe trebaju barem pet godina praćenja da bi dale pouzdane podatke"],
 pub="2038-12-06")
