from h import *
import docx
F = 'g02_medimurje_agency_bulletin.docx'
assert wd(2036,10,14)=='Tuesday' and wd(2036,11,6)=='Thursday' and wd(2036,10,22)=='Wednesday'
L = [
('h','REDEA – Regionalna razvojna agencija Međimurje'),
('p','Informativni bilten br. 9/2036 · Čakovec, 3. listopada 2036.'),
('p','Bulevar kneza Rudolfa 20, 40000 Čakovec · tel. +385 40 000 000 · bilten@redea.example.hr'),
('h','Sadržaj'),
('p','1. Novi članovi Metalnog klastera Međimurje · 2. Potpisan ugovor za Centar kompetencija · 3. Radionica o vodiku · 4. Sajam zapošljavanja · 5. Javni poziv za potpore inovacijama · 6. Kadrovske promjene · 7. Najava događanja'),
('h','1. Novi članovi Metalnog klastera Međimurje'),
('p','Upravni odbor Metalnog klastera Međimurje (MKM) na sjednici 24. rujna 2036. primio je tri nova člana: tvrtku Ferotehna d.o.o. iz Preloga, Strojarsku i prometnu školu Varaždin te obrt za laserno rezanje Lasertim iz Murskog Središća. Klaster time okuplja 47 članova. Predsjednik klastera Dražen Horvat-Kovačić istaknuo je da se klaster prvi put širi izvan Međimurske županije.'),
('h','2. Potpisan ugovor za Centar kompetencija'),
('p','Župan Međimurske županije Matija Vugrinec i ravnateljica REDEA-e mr. sc. Ksenija Novak-Blažeka potpisali su 29. rujna 2036. u Čakovcu ugovor o sufinanciranju Centra kompetencija za obradu metala. Vrijednost projekta je 6,2 milijuna eura, a Ministarstvo regionalnoga razvoja i fondova Europske unije osigurava 85 posto sredstava. Centar će raditi u prostorima Metalnog centra Čakovec, a partner u projektu je Međimursko veleučilište u Čakovcu (MEV). Radovi počinju u ožujku 2037., a završetak je predviđen za prosinac 2038.'),
('h','3. Radionica o vodiku u industriji'),
('p','U utorak, 14. listopada 2036., od 9 do 13 sati u Tehnološko-inovacijskom centru Međimurje (TICM) održat će se radionica „Vodik za mala i srednja poduzeća“. Predavači su dr. sc. Tomislav Baričević s Fakulteta strojarstva i brodogradnje Sveučilišta u Zagrebu te Anja Lesjak iz slovenske tvrtke Hidrogenia d.o.o. iz Maribora. Radionica je dio projekta H2-MURA u programu Interreg Slovenija–Hrvatska.'),
('p','09:00 Registracija i kava · 09:30 Uvodna riječ (Ksenija Novak-Blažeka) · 09:45 Vodik u obradi metala (Tomislav Baričević) · 10:45 Iskustva iz Štajerske (Anja Lesjak) · 11:30 Obilazak laboratorija TICM-a · 12:30 Rasprava'),
('h','4. Sajam zapošljavanja u metalnoj industriji'),
('p','Hrvatski zavod za zapošljavanje, Područni ured Čakovec, i Metalni klaster Međimurje organiziraju Sajam zapošljavanja u srijedu, 22. listopada 2036., od 10 do 14 sati u Centru za kulturu Čakovec. Sudjeluje 26 poslodavaca, među njima i nekoliko članica klastera koje traže zavarivače, CNC operatere i inženjere održavanja. Posjetitelji mogu na licu mjesta predati životopis, a za učenike završnih razreda strukovnih škola organiziran je besplatan prijevoz iz Preloga i Murskog Središća. Prijave poslodavaca primaju se do kraja rujna.'),
('h','5. Javni poziv za potpore inovacijama'),
('p','Međimurska županija objavila je Javni poziv za dodjelu potpora za inovacije mikro i malim poduzetnicima za 2036. godinu. Ukupan iznos je 300.000 eura, najviše 15.000 eura po prijavitelju. Rok za prijave je 17. studenoga 2036. Informacije daje Petra Šoštarić, savjetnica za poduzetništvo u REDEA-i. Prihvatljivi su troškovi izrade prototipa, zaštite intelektualnog vlasništva i ispitivanja proizvoda u ovlaštenim laboratorijima; troškovi plaća nisu prihvatljivi.'),
('h','6. Kadrovske promjene'),
('p','Dosadašnji voditelj odjela za EU projekte Marko Žganec preuzeo je 1. listopada 2036. mjesto zamjenika ravnateljice REDEA-e. Na čelo odjela dolazi Ivana Mesarić Fleten, koja je od 2029. do 2036. radila u Hrvatskoj gospodarskoj komori, Županijskoj komori Varaždin.'),
('h','7. Najava događanja'),
('p','• 6. studenoga 2036. (četvrtak) – Dan otvorenih vrata Metalnog centra Čakovec, 10–15 h'),
('p','• 20. – 21. studenoga 2036. – Međunarodni sajam obrtništva i poduzetništva, Varaždin'),
('p','• 4. prosinca 2036. – Skupština Metalnog klastera Međimurje, Čakovec'),
('p','• siječanj 2037. – otvaranje novog poziva za digitalizaciju'),
('p','Bilten uređuje: Lucija Kralj, odnosi s javnošću. Fotografije: Dario Hajdarović. Bilten se šalje partnerima i članovima klastera; za odjavu odgovorite na ovu poruku s riječju „ODJAVA“. Ovaj bilten sufinancira Međimurska županija.'),
]
d = docx.Document()
for k, x in L:
    (d.add_heading(x, level=2) if k == 'h' else d.add_paragraph(x))
d.save(path(F))
K = "Metalnog klastera Međimurje"
gold(F,
 [P("Dražen Horvat-Kovačić","Predsjednik klastera","Metalni klaster Međimurje"),
  P("Matija Vugrinec","Župan","Međimurska županija"),
  P("Ksenija Novak-Blažeka","ravnateljica","REDEA"),
  P("Tomislav Baričević",None,"Fakulteta strojarstva i brodogradnje Sveučilišta u Zagrebu"),
  P("Anja Lesjak",None,"Hidrogenia d.o.o."),
  P("Petra Šoštarić","savjetnica za poduzetništvo","REDEA"),
  P("Marko Žganec","zamjenika ravnateljice","REDEA"),
  P("Ivana Mesarić Fleten","voditelj odjela za EU projekte","REDEA"),
  P("Lucija Kralj","odnosi s javnošću",None),
  P("Dario Hajdarović",None,None)],
 [O("Regionalna razvojna agencija Međimurje","REDEA"), O("Metalni klaster Međimurje","MKM"),
  O("Ferotehna d.o.o."), O("Strojarsku i prometnu školu Varaždin"), O("Lasertim"),
  O("Međimurska županija"), O("Ministarstvo regionalnoga razvoja i fondova Europske unije"),
  O("Metalnog centra Čakovec"), O("Međimursko veleučilište u Čakovcu","MEV"),
  O("Tehnološko-inovacijskom centru Međimurje","TICM"),
  O("Fakulteta strojarstva i brodogradnje Sveučilišta u Zagrebu"), O("Hidrogenia d.o.o."),
  O("Hrvatski zavod za zapošljavanje, Područni ured Čakovec"), O("Hrvatskoj gospodarskoj komori, Županijskoj komori Varaždin")],
 [E("sjednica Upravnog odbora Metalnog klastera Međimurje","2036-09-24",None,None,None),
  E("potpisivanje ugovora o sufinanciranju Centra kompetencija","2036-09-29",None,"Čakovec","Croatia"),
  E("Vodik za mala i srednja poduzeća","2036-10-14",None,None,None),
  E("Obilazak laboratorija TICM-a","2036-10-14",None,None,None),
  E("Sajam zapošljavanja","2036-10-22",None,"Čakovec","Croatia"),
  E("Dan otvorenih vrata Metalnog centra Čakovec","2036-11-06",None,"Čakovec","Croatia"),
  E("Međunarodni sajam obrtništva i poduzetništva","2036-11-20","2036-11-21","Varaždin","Croatia"),
  E("Skupština Metalnog klastera Međimurje","2036-12-04",None,"Čakovec","Croatia")],
 ["2036","2036-10-03","2036-09-24","2036-09","2036-09-29","2037-03","2038-12","2036-10-14","2036-10-22","2036-11-17",
  "2036-10-01","2029/2036","2036-11-06","2036-11-20/2036-11-21","2036-12-04","2037-01"],
 [], pub="2036-10-03")
