from h import *
F = 'g15_vojvodina_kongres_klastera_izvestaj.html'
T = """<!DOCTYPE html>
<html lang="sr-Latn"><head><meta charset="utf-8"><title>Izveštaj sa VIII kongresa klastera Srbije | Klaster Vojvodina</title></head>
<body>
<div class="kolacici">Ovaj sajt koristi kolačiće radi boljeg korisničkog iskustva. <a href="#">Prihvatam</a> <a href="#">Podešavanja</a></div>
<header><a href="/" class="logo">Udruženje klastera Vojvodine</a>
<nav><a href="/">Početna</a> | <a href="/o-nama">O nama</a> | <a href="/clanovi">Članovi</a> | <a href="/projekti">Projekti</a> | <a href="/vesti">Vesti</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">English</a></nav></header>
<main>
<p class="putanja">Početna / Vesti / Izveštaji</p>
<h1>Izveštaj sa VIII kongresa klastera Srbije: zaključci i preporuke</h1>
<p class="datum">Objavljeno: 30. maja 2035. | Autor: Jelena Radovanović-Šimić, koordinatorka za komunikacije</p>
<p class="podeli">Podelite: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-pošta</a></p>

<p>VIII kongres klastera Srbije održan je 22. i 23. maja 2035. godine u Novom Sadu, u Kongresnom centru Master Novosadskog sajma. Kongres su organizovali Udruženje klastera Vojvodine i Nacionalna asocijacija klastera Srbije, uz podršku Pokrajinskog sekretarijata za privredu i turizam i Ministarstva privrede Republike Srbije. Učestvovalo je 312 predstavnika klastera, preduzeća, univerziteta, lokalnih samouprava i međunarodnih organizacija iz Srbije, Mađarske, Rumunije, Hrvatske, Bosne i Hercegovine i Severne Makedonije.</p>

<p>Kongres je otvorio pokrajinski sekretar za privredu i turizam Nenad Božić-Lalić, koji je naglasio da je Vojvodina u poslednjih deset godina postala region sa najvećim brojem aktivnih klastera u zemlji. U ime Ministarstva privrede prisutne je pozdravila državna sekretarka Marija Obradović Kecman, a u ime domaćina predsednik Upravnog odbora Udruženja klastera Vojvodine, prof. dr Stevan Kovačević sa Fakulteta tehničkih nauka Univerziteta u Novom Sadu.</p>

<h2>Tok kongresa</h2>
<p>Prvog dana održane su tri plenarne sesije: o ulozi klastera u zelenoj tranziciji, o digitalizaciji malih i srednjih preduzeća i o saradnji klastera u Podunavlju. Uvodno izlaganje održala je dr Ildikó Szabó-Varga, direktorka Mađarskog udruženja klastera (Magyar Klaszterszövetség), koja je predstavila iskustva sa sertifikacijom klastera u Mađarskoj. O evropskoj klasterskoj politici govorio je Tiago Moreira de Almeida iz Evropske komisije.</p>
<p>Drugog dana radile su četiri radne grupe: agrobiznis i prehrambena industrija, IKT, metalska i elektro industrija, te kreativne industrije i turizam. Paralelno je održano 118 B2B sastanaka koje je organizovala Privredna komora Vojvodine u saradnji sa mrežom Enterprise Europe Network Srbija. Kongres je zatvoren dodelom nagrade „Klaster godine”, koju je dobio Klaster IKT Vojvodina, a priznanje za najbolji projekt saradnje pripalo je Panonskom agroklasteru iz Sombora.</p>

<p>U diskusijama su učesnici ukazivali na to da većina klastera u Srbiji i dalje zavisi od kratkoročnih projekata i da nema stalno zaposlenih. Predstavnici preduzeća istakli su da od klastera očekuju pre svega pomoć u izlasku na strana tržišta i u pronalaženju kvalifikovanih radnika. Mnogi su naglasili i da se saradnja sa fakultetima odvija uglavnom preko ličnih kontakata, a ne kroz stalne programe. Predstavnici lokalnih samouprava iz Zrenjanina, Pančeva i Sremske Mitrovice ponudili su prostor i podršku za zajedničke inkubatore i centre za obuku, ali su upozorili da opštinski budžeti ne mogu trajno da finansiraju rad klastera. Nekoliko govornika je podsetilo da su klasteri u susednoj Mađarskoj i Rumuniji napredovali tek kada je uvedeno stabilno, višegodišnje finansiranje.</p>

<h2>Iz radnih grupa</h2>
<p>Radna grupa za agrobiznis i prehrambenu industriju, kojom je moderirala mr Gordana Šaranović-Ilić iz Instituta za prehrambene tehnologije u Novom Sadu (FINS), bavila se zahtevima evropskih kupaca u pogledu sledljivosti i ugljeničnog otiska. Učesnici su se složili da mali proizvođači ne mogu sami da ispune ove zahteve i da klasteri mogu da organizuju zajedničke sisteme za prikupljanje podataka.</p>
<p>U radnoj grupi za IKT, koju je vodio Aleksandar Đurić, direktor Klastera IKT Vojvodina, razgovaralo se o nedostatku programera i o saradnji sa fakultetima u Novom Sadu, Subotici i Zrenjaninu. Radna grupa za metalsku i elektro industriju zaključila je da dobavljači iz Vojvodine moraju brže da uvode automatizaciju kako bi ostali konkurentni u lancima snabdevanja nemačke auto-industrije. Radna grupa za kreativne industrije i turizam predložila je zajedničku promociju salaša, vinarija i festivala u Vojvodini i susednim regionima Mađarske i Rumunije.</p>
<p>Izveštaji radnih grupa biće objedinjeni u zborniku kongresa, koji će biti objavljen do kraja juna 2035. godine.</p>

<h2>Zaključci kongresa</h2>
<p>Na završnoj sednici usvojeni su sledeći zaključci:</p>
<ol>
<li>Klasteri su važan partner u sprovođenju Strategije pametne specijalizacije Republike Srbije i treba ih uključiti u rad svih radnih grupa za prioritetne oblasti.</li>
<li>Potrebno je uvesti stabilno, višegodišnje finansiranje rada klasterskih organizacija, povezano sa jasnim pokazateljima rezultata.</li>
<li>Nacionalna asocijacija klastera Srbije treba da do kraja 2035. godine pripremi predlog nacionalnog sistema ocenjivanja kvaliteta upravljanja klasterima.</li>
<li>Saradnja klastera u Podunavlju treba da se razvija kroz zajedničke projekte sa klasterima iz Mađarske, Rumunije i Hrvatske, a ne kroz pojedinačne posete.</li>
<li>Klasteri treba da zajedno sa srednjim stručnim školama i fakultetima razvijaju programe dualnog obrazovanja za deficitarna zanimanja.</li>
<li>Sledeći, IX kongres klastera Srbije biće održan 2037. godine u Nišu.</li>
</ol>

<h2>Šta sledi</h2>
<p>Zaključci će biti dostavljeni Ministarstvu privrede, Pokrajinskom sekretarijatu za privredu i turizam i Razvojnoj agenciji Srbije (RAS). Udruženje klastera Vojvodine organizuje 12. septembra 2035. u Subotici okrugli sto o finansiranju klastera, na kojem će biti predstavljen i predlog modela višegodišnjeg finansiranja. Prijave primamo do 1. septembra 2035.</p>
<p>Prezentacije sa kongresa i fotografije dostupne su u odeljku „Dokumenti”. Zahvaljujemo se svim govornicima, moderatorima i volonterima Fakulteta tehničkih nauka.</p>
<p>Kontakt: Udruženje klastera Vojvodine, Bulevar oslobođenja 1, 21000 Novi Sad, tel. +381 21 000 000, info@ukv.example.rs</p>
</main>
<footer><p>© 2035 Udruženje klastera Vojvodine. Sva prava zadržana. <a href="#">Politika privatnosti</a> · <a href="#">Uslovi korišćenja</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Jelena Radovanović-Šimić","koordinatorka za komunikacije","Udruženje klastera Vojvodine"),
  P("Nenad Božić-Lalić","pokrajinski sekretar za privredu i turizam","Pokrajinskog sekretarijata za privredu i turizam"),
  P("Marija Obradović Kecman","državna sekretarka","Ministarstva privrede"),
  P("Stevan Kovačević","predsednik Upravnog odbora Udruženja klastera Vojvodine","Udruženja klastera Vojvodine"),
  P("Ildikó Szabó-Varga","direktorka Mađarskog udruženja klastera","Mađarskog udruženja klastera"),
  P("Gordana Šaranović-Ilić",None,"Instituta za prehrambene tehnologije u Novom Sadu"),
  P("Aleksandar Đurić","direktor","Klastera IKT Vojvodina"),
  P("Tiago Moreira de Almeida",None,"Evropske komisije")],
 [O("Udruženje klastera Vojvodine"), O("Nacionalna asocijacija klastera Srbije"), O("Pokrajinskog sekretarijata za privredu i turizam"),
  O("Ministarstva privrede Republike Srbije"), O("Fakulteta tehničkih nauka Univerziteta u Novom Sadu"),
  O("Mađarskog udruženja klastera"), O("Evropske komisije"), O("Privredna komora Vojvodine"),
  O("Enterprise Europe Network Srbija"), O("Klaster IKT Vojvodina"), O("Panonskom agroklasteru"), O("Razvojnoj agenciji Srbije","RAS"),
  O("Novosadskog sajma"), O("Instituta za prehrambene tehnologije u Novom Sadu","FINS")],
 [E("VIII kongres klastera Srbije","2035-05-22","2035-05-23","Novom Sadu","Serbia"),
  E("B2B sastanaka","2035-05-23",None,"Novom Sadu","Serbia"),
  E("dodela nagrade „Klaster godine”","2035-05-23",None,"Novom Sadu","Serbia"),
  E("IX kongres klastera Srbije","2037",None,"Nišu","Serbia"),
  E("okrugli sto o finansiranju klastera","2035-09-12",None,"Subotici","Serbia")],
 ["2035-05-30","2035-05-22/2035-05-23","2035","2037","2035-09-12","2035-09-01","2035-06"],
 ["Klasteri su važan partner u sprovođenju Strategije pametne specijalizacije Republike Srbije i treba ih uključiti u rad svih radnih grupa za prioritetne oblasti",
  "Potrebno je uvesti stabilno, višegodišnje finansiranje rada klasterskih organizacija, povezano sa jasnim pokazateljima rezultata",
  "Nacionalna asocijacija klastera Srbije treba da do kraja 2035. godine pripremi predlog nacionalnog sistema ocenjivanja kvaliteta upravljanja klasterima",
  "Saradnja klastera u Podunavlju treba da se razvija kroz zajedničke projekte sa klasterima iz Mađarske, Rumunije i Hrvatske, a ne kroz pojedinačne posete",
  "Klasteri treba da zajedno sa srednjim stručnim školama i fakultetima razvijaju programe dualnog obrazovanja za deficitarna zanimanja",
  "Sledeći, IX kongres klastera Srbije biće održan 2037. godine u Nišu"],
 pub="2035-05-30")
