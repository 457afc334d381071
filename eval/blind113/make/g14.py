from h import *
F = 'g14_karlovac_klaster_skupstina.txt'
assert wd(2037,6,11)=='Thursday' and wd(2037,6,12)=='Friday' and wd(2037,5,29)=='Friday' and wd(2036,11,19)=='Wednesday'
T = """KLASTER METALOPRERAĐIVAČKE INDUSTRIJE KARLOVAC
Ivana Meštrovića 10, 47000 Karlovac · OIB 00000000000 · www.kmik.example.hr

Karlovac, 14. svibnja 2037.
Ur. broj: 21/2037

Predmet: POZIV na Godišnju skupštinu Klastera i Dan otvorenih vrata metalske industrije

Poštovani članovi i partneri,

Godišnja skupština Klastera održat će se u četvrtak, 11. lipnja 2037. godine s početkom u 10:00 sati, a domaćin je Hrvatska gospodarska komora – Županijska komora Karlovac (dvorana u Ulici Ivana Gorana Kovačića 6, Karlovac). Pozivamo sve članice Klastera metaloprerađivačke industrije Karlovac (KMIK) da na Skupštinu upute svoje ovlaštene predstavnike.

Klaster metaloprerađivačke industrije Karlovac osnovan je 2029. godine i danas okuplja 57 tvrtki, dvije srednje strukovne škole i Veleučilište u Karlovcu. Članice zapošljavaju oko 4.800 ljudi u Karlovcu, Dugoj Resi, Ozlju, Vrbovskom i Slunju, a najviše izvoze u Njemačku, Austriju i Sloveniju.

Dnevni red Skupštine:
1. Otvaranje i utvrđivanje kvoruma
2. Izvješće o radu Klastera za 2036. godinu – podnosi direktorica Klastera Ivana Jurković-Štimac
3. Financijsko izvješće za 2036. godinu i izvješće Nadzornog odbora – podnosi predsjednik Nadzornog odbora Damir Vukelić
4. Plan rada i financijski plan za 2037. godinu
5. Izbor članova Upravnog odbora za mandat 2037.–2041.
6. Razno

Kandidati za Upravni odbor:
– Tomislav Bošnjak, direktor, Metalflex d.o.o., Duga Resa – za predsjednika Upravnog odbora
– Jelena Marković Bertić, Veleučilište u Karlovcu – za zamjenicu predsjednika
– Krešimir Pavlić, vlasnik, Pavlić Strojogradnja j.d.o.o., Ozalj – za člana

Nakon Skupštine, od 12:30 sati, u istoj dvorani održat će se B2B sastanci članova Klastera s predstavnicima tvrtki iz Slovenije i Austrije, koje dovodi Enterprise Europe Network Hrvatska. Sastanci se dogovaraju unaprijed putem platforme, a nakon sastanaka predviđen je zajednički ručak. Do sada se prijavilo 14 tvrtki iz Slovenije i šest iz Koruške, uglavnom kupci odljevaka, otkovaka i zavarenih konstrukcija te dobavljači opreme za automatizaciju. Svaki sastanak traje 25 minuta, a članovi mogu zatražiti najviše osam sastanaka.

DAN OTVORENIH VRATA
U petak, 12. lipnja 2037., od 9:00 do 14:00 sati, šest tvrtki članica otvara svoje pogone učenicima strukovnih škola i nezaposlenima. Sudjeluju: Metalflex d.o.o., Pavlić Strojogradnja j.d.o.o., Livnica Karlovac d.d., KA-Lim d.o.o., Tehnomont Vrbovsko i Kovačnica Draganić. Prijevoz organizira Hrvatski zavod za zapošljavanje, Područni ured Karlovac. Partner u organizaciji je Razvojna agencija Karlovačke županije KARRA, koja će za sudionike pripremiti i informacije o potporama za zapošljavanje.

Podsjetnik: Okrugli stol o kvalificiranoj radnoj snazi
Okrugli stol o kvalificiranoj radnoj snazi održan je 19. studenoga 2036. u Karlovcu. Organizirali su ga Klaster i Karlovačka županija, a sudjelovalo je 70 predstavnika tvrtki, škola i javnih ustanova. Zaključci:
– Klaster će s Veleučilištem u Karlovcu pokrenuti stručni studij strojarstva uz rad od akademske godine 2037./2038.
– Tvrtke članice ponudit će najmanje 40 mjesta za praksu učenicima strukovnih škola svake godine
– Županija će sufinancirati stipendije za deficitarna zanimanja u metalskoj industriji
– Klaster će svake godine organizirati Dan otvorenih vrata u pogonima članova
Na Skupštini ćemo izvijestiti o provedbi ovih zaključaka.

PRIJAVE
Molimo da dolazak na Skupštinu i na B2B sastanke potvrdite najkasnije do petka, 29. svibnja 2037., na e-adresu info@kmik.example.hr. Članovi koji ne mogu prisustvovati mogu dati punomoć drugom članu. Materijali za Skupštinu bit će poslani e-poštom tjedan dana prije sjednice.

Za sva pitanja o dnevnom redu i prijavama stojimo Vam na raspolaganju. Veselimo se Vašem dolasku!

S poštovanjem,

Ivana Jurković-Štimac, dipl. ing.
direktorica Klastera

mr. sc. Zoran Grgurić
predsjednik Upravnog odbora

Hrvatska udruga klastera ubraja KMIK među svoje članove; Klaster sudjeluje u projektu Interreg Slovenija–Hrvatska METAL-SKILLS.
"""
write(F, T)
C="Klaster metaloprerađivačke industrije Karlovac"
gold(F,
 [P("Ivana Jurković-Štimac","direktorica Klastera",C),
  P("Damir Vukelić","predsjednik Nadzornog odbora",C),
  P("Tomislav Bošnjak","direktor","Metalflex d.o.o."),
  P("Jelena Marković Bertić",None,"Veleučilište u Karlovcu"),
  P("Krešimir Pavlić","vlasnik","Pavlić Strojogradnja j.d.o.o."),
  P("Zoran Grgurić","predsjednik Upravnog odbora",C)],
 [O(C,"KMIK"),
  O("Hrvatska gospodarska komora – Županijska komora Karlovac"), O("Metalflex d.o.o."), O("Veleučilište u Karlovcu"),
  O("Pavlić Strojogradnja j.d.o.o."), O("Enterprise Europe Network Hrvatska"), O("Livnica Karlovac d.d."),
  O("KA-Lim d.o.o."), O("Tehnomont Vrbovsko"), O("Kovačnica Draganić"), O("Hrvatski zavod za zapošljavanje"),
  O("Područni ured Karlovac"), O("Razvojna agencija Karlovačke županije","KARRA"), O("Karlovačka županija"),
  O("Hrvatska udruga klastera")],
 [E("Godišnja skupština Klastera","2037-06-11",None,"Karlovac","Croatia"),
  E("B2B sastanci","2037-06-11",None,"Karlovac","Croatia"),
  E("Dan otvorenih vrata metalske industrije","2037-06-12",None,None,None),
  E("Okrugli stol o kvalificiranoj radnoj snazi","2036-11-19",None,"Karlovac","Croatia")],
 ["2037-05-14","2037-06-11","2029","2036","2037","2037/2041","2037-06-12","2036-11-19","2037/2038","2037-05-29"],
 ["Klaster će s Veleučilištem u Karlovcu pokrenuti stručni studij strojarstva uz rad od akademske godine 2037./2038.",
  "Tvrtke članice ponudit će najmanje 40 mjesta za praksu učenicima strukovnih škola svake godine",
  "Županija će sufinancirati stipendije za deficitarna zanimanja u metalskoj industriji",
  "Klaster će svake godine organizirati Dan otvorenih vrata u pogonima članova"], pub="2037-05-14")
