from h import *
import docx
F = 'g06_pecs_klaszternap_program.docx'
assert wd(2038,11,17)=='Wednesday' and wd(2038,11,18)=='Thursday' and wd(2038,11,5)=='Friday' and wd(2038,10,20)=='Wednesday'
paras = [
("h","Dél-dunántúli Klaszternap 2038 – Meghívó és program"),
("p","Pécs, 2038. november 17–18. · Zsolnay Kulturális Negyed, E78 konferenciaterem"),
("p","Szervező: Baranya Megyei Vállalkozói Központ Nonprofit Kft. (BMVK) · Társszervezők: Pécs-Baranyai Kereskedelmi és Iparkamara, Pécsi Tudományegyetem · Kelt: 2038. október 20."),
("h2","Tisztelt Klasztermenedzserek, Kedves Partnereink!"),
("p","A Dél-dunántúli Klaszternap az egyetlen olyan rendezvény a régióban, amely a klasztermenedzsereket, a tagvállalatokat, az egyetemeket és az önkormányzatokat egyszerre ülteti egy asztalhoz."),
("p","Örömmel hívjuk meg Önöket a negyedik Dél-dunántúli Klaszternapra. A rendezvény célja, hogy a régió klaszterei megismerjék egymás terveit, új tagvállalatokat találjanak, és felkészüljenek a 2039-ben induló nemzeti klaszterfejlesztési pályázatra. Idén először horvát és szerb klaszterek is részt vesznek: az eszéki Slavonski IT klaster és az újvidéki Vojvođanski ICT klaster küldöttséggel érkezik."),
("h2","Első nap – 2038. november 17., szerda"),
("p","09:00 Regisztráció, kávé"),
("p","09:30 Köszöntő – dr. Péterfalvi-Nagy Zsuzsanna, a BMVK ügyvezető igazgatója, és Kardos Bence, Pécs Megyei Jogú Város alpolgármestere"),
("p","10:00 Nyitó előadás: A klaszterek szerepe az új európai iparpolitikában – Hendrik van der Linde, az Európai Bizottság Belső Piaci, Ipar-, Vállalkozás- és KKV-ügyi Főigazgatóságának (DG GROW) szakpolitikai tisztviselője (angol nyelven, tolmácsolással)"),
("p","11:00 A régió klaszterei bemutatkoznak: Pannon Orvostechnikai Klaszter, Dél-dunántúli Faipari Klaszter, Mecsek Megújuló Energia Klaszter, Baranyai Élelmiszeripari Klaszter (10-10 perc)"),
("p","12:30 Ebéd"),
("p","13:30–16:30 Klaszterközi partnerkereső találkozók (előre egyeztetett, 20 perces tárgyalások a b2match felületén)"),
("p","14:00 Párhuzamosan: műhelymunka a klasztermenedzserek számára a tagdíjrendszerekről, moderátor: Szalai-Varga Orsolya, a Nemzeti Klaszterszövetség alelnöke"),
("p","19:00 Fogadás a Zsolnay Negyed Pirogránit termében"),
("h2","Második nap – 2038. november 18., csütörtök"),
("p","08:30 Indulás busszal a Zsolnay Negyedből"),
("p","09:30 Üzemlátogatás a Mecsek Bioenergia Zrt. szentlőrinci biomassza-erőművében (Szentlőrinc, Pécstől 25 km); a gyárat bemutatja Fekete-Győr Márton műszaki vezető"),
("p","12:00 Látogatás a Pécsi Tudományegyetem Szentágothai János Kutatóközpontjában, vezeti: prof. dr. Hollós Ádám tudományos igazgató"),
("p","13:30 Zárás, ebéd a kutatóközpontban"),
("h2","Gyakorlati tudnivalók"),
("p","A partnerkereső találkozók célja, hogy a klaszterek ne csak egymást ismerjék meg, hanem konkrét közös projektötleteket is kidolgozzanak. Ezért kérjük, hogy a profil kitöltésekor minden résztvevő nevezzen meg legalább egy olyan témát, amelyben partnert keres, és egy olyat, amelyben maga tud segítséget nyújtani. A tavalyi tapasztalatok szerint azok a résztvevők kötöttek a legtöbb megállapodást, akik előre átnézték a többi profilt, és maguk kezdeményeztek találkozókat. A horvát és szerb vendégek számára angol nyelvű tolmácsot biztosítunk."),
("p","A részvétel ingyenes, de regisztrációhoz kötött. Jelentkezési határidő: 2038. november 5., péntek. A partnerkereső találkozókra külön kell jelentkezni a b2match felületén; a profilokat november 12-ig lehet módosítani. A második napi szakmai látogatásra a helyek száma 40 fő. A rendezvény nyelve magyar, a nyitó előadás és a partnerkereső találkozók egy része angol nyelvű."),
("p","Szállásajánlat: a résztvevők kedvezményes áron foglalhatnak szobát a pécsi Hotel Palatinusban a „Klaszternap” jelszóval."),
("h2","Az előző Klaszternapok"),
("p","Az első Klaszternapot 2035-ben Kaposváron, a másodikat 2036-ban Szekszárdon, a harmadikat 2037. november 11-én Pécsett rendeztük. A tavalyi rendezvényen 160 résztvevő vett részt, és 94 partnerkereső találkozó jött létre."),
("p","A 2037-es Klaszternap értékelése alapján a szervezők a következő tanulságokat fogalmazták meg:"),
("p","• a partnerkereső találkozókra több időt kell hagyni, ezért idén a délután teljes egészében erre jut"),
("p","• a vállalatok a konkrét üzemlátogatásokat értékelték a legtöbbre"),
("p","• a külföldi klaszterek meghívása növeli a rendezvény vonzerejét"),
("h2","Kapcsolat"),
("p","Bíró-Lengyel Tamás klaszterkoordinátor, BMVK, 7621 Pécs, Rákóczi út 00. · klaszternap@bmvk.example.hu · +36 72 000 000"),
("p","A rendezvény a Széchenyi Terv Plusz program támogatásával valósul meg."),
("p","Kérjük, hogy lemondás esetén legalább három munkanappal a rendezvény előtt jelezzék távolmaradásukat, hogy a helyet a várólistán szereplő érdeklődők kaphassák meg."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
B="Baranya Megyei Vállalkozói Központ Nonprofit Kft."
gold(F,
 [P("Péterfalvi-Nagy Zsuzsanna","ügyvezető igazgatója","BMVK"),
  P("Kardos Bence","alpolgármestere","Pécs Megyei Jogú Város"),
  P("Hendrik van der Linde","szakpolitikai tisztviselője","DG GROW"),
  P("Szalai-Varga Orsolya","alelnöke","Nemzeti Klaszterszövetség"),
  P("Hollós Ádám","tudományos igazgató","Szentágothai János Kutatóközpont"),
  P("Fekete-Győr Márton","műszaki vezető","Mecsek Bioenergia Zrt."),
  P("Bíró-Lengyel Tamás","klaszterkoordinátor","BMVK")],
 [O(B,"BMVK"), O("Pécs-Baranyai Kereskedelmi és Iparkamara"), O("Pécsi Tudományegyetem"), O("Slavonski IT klaster"),
  O("Vojvođanski ICT klaster"), O("Pécs Megyei Jogú Város"), O("Európai Bizottság"),
  O("Európai Bizottság Belső Piaci, Ipar-, Vállalkozás- és KKV-ügyi Főigazgatóság","DG GROW"),
  O("Pannon Orvostechnikai Klaszter"), O("Dél-dunántúli Faipari Klaszter"), O("Mecsek Megújuló Energia Klaszter"),
  O("Baranyai Élelmiszeripari Klaszter"), O("b2match"), O("Nemzeti Klaszterszövetség"), O("Mecsek Bioenergia Zrt."),
  O("Szentágothai János Kutatóközpont")],
 [E("Dél-dunántúli Klaszternap 2038","2038-11-17","2038-11-18","Pécs","Hungary"),
  E("Klaszterközi partnerkereső találkozók","2038-11-17",None,"Pécs","Hungary"),
  E("Fogadás","2038-11-17",None,"Pécs","Hungary"),
  E("Üzemlátogatás a Mecsek Bioenergia Zrt. szentlőrinci biomassza-erőművében","2038-11-18",None,"Szentlőrinc","Hungary"),
  E("Látogatás a Pécsi Tudományegyetem Szentágothai János Kutatóközpontjában","2038-11-18",None,"Pécs","Hungary"),
  E("első Klaszternap","2035",None,"Kaposvár","Hungary"),
  E("második Klaszternap","2036",None,"Szekszárd","Hungary"),
  E("harmadik Klaszternap","2037-11-11",None,"Pécs","Hungary")],
 ["2038-11-17/2038-11-18","2038-10-20","2039","2038-11-17","2038-11-18","2038-11-05","2038-11-12","2035","2036","2037-11-11"],
 ["a partnerkereső találkozókra több időt kell hagyni, ezért idén a délután teljes egészében erre jut",
  "a vállalatok a konkrét üzemlátogatásokat értékelték a legtöbbre",
  "a külföldi klaszterek meghívása növeli a rendezvény vonzerejét"], pub="2038-10-20")
