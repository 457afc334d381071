from h import *
F = 'g13_zrenjanin_klaster_vesti_prekinuto.html'
assert wd(2034,11,16)=='Thursday' and wd(2034,11,17)=='Friday' and wd(2035,2,8)=='Thursday'
T = """<!DOCTYPE html>
<html lang="sr-Latn"><head><meta charset="utf-8"><title>Banatski agro-energetski klaster | Vesti</title></head>
<body>
<div class="kolacici">Ovaj sajt koristi kolačiće radi boljeg korisničkog iskustva. <a href="#">Prihvatam</a> <a href="#">Podešavanja</a></div>
<header><a href="/">BAEK – Banatski agro-energetski klaster</a>
<nav><a href="/">Početna</a> · <a href="/o-nama">O nama</a> · <a href="/clanovi">Članovi</a> · <a href="/projekti">Projekti</a> · <a href="/vesti">Vesti</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">English</a></nav></header>
<main>
<p class="putanja">Početna » Vesti » Događaji</p>
<h1>Održan Drugi forum biogasa i agroenergije u Zrenjaninu: potpisan sporazum sa klasterom iz Mađarske</h1>
<p class="meta">Objavljeno: 20. novembra 2034. | Autor: Redakcija BAEK | Kategorija: Događaji</p>
<p><strong>ZRENJANIN – Drugi forum biogasa i agroenergije, koji je Banatski agro-energetski klaster (BAEK) organizovao 16. i 17. novembra 2034. godine u Kulturnom centru Zrenjanin, okupio je više od 220 učesnika iz Srbije, Mađarske, Rumunije i Austrije. Forum je otvorio gradonačelnik Zrenjanina Dragan Stojanović, a u ime Pokrajinskog sekretarijata za energetiku, građevinarstvo i saobraćaj prisutne je pozdravila pokrajinska sekretarka mr Jelena Marković-Pavlov.</strong></p>
<p>„Banat ima zemlju, stoku i ostatke iz prehrambene industrije. Naš zadatak je da od toga napravimo energiju i novac za poljoprivrednike, a ne problem za životnu sredinu”, rekao je predsednik Upravnog odbora klastera Milan Janjić, direktor kompanije Banat Biogas d.o.o. iz Novog Bečeja.</p>
<p>Prvog dana foruma predstavljeni su rezultati projekta „AgroWatt Banat”, koji klaster sprovodi sa Tehničkim fakultetom „Mihajlo Pupin” u Zrenjaninu i Poljoprivrednim fakultetom Univerziteta u Novom Sadu. Prof. dr Slobodan Popov-Radić sa Tehničkog fakulteta pokazao je da bi samo stajsko đubrivo sa farmi u Srednjebanatskom okrugu moglo da pokrije potrebe za toplotom oko 14.000 domaćinstava.</p>
<p>Posebnu pažnju privukla je prezentacija Katarine Ilić-Vuković, vlasnice porodičnog gazdinstva iz Melenaca, koja je pre tri godine sa komšijama podigla zajedničko malo postrojenje snage 250 kW. Ona je otvoreno govorila o greškama iz prve godine rada, od loše procene količine sirovine do kašnjenja u isplatama za predatu struju, i savetovala ostale da pre ulaganja obavezno potpišu dugoročne ugovore sa dobavljačima ostataka iz prehrambene industrije.</p>
<h2>Sporazum sa Mađarskom</h2>
<p>Drugog dana, u petak 17. novembra, potpisan je sporazum o saradnji sa Dél-alföldi Bioenergia Klaszter iz Segedina. Sporazum su potpisali izvršna direktorka BAEK-a Tamara Kovačev i predsednik mađarskog klastera dr Zoltán Farkas-Bíró. Dva klastera će zajedno pripremiti projekat u okviru programa prekogranične saradnje Interreg IPA Mađarska–Srbija i organizovati razmenu tehničara između biogas postrojenja.</p>
<p>„Granica nam je na pola sata vožnje, a tek sada zaista radimo zajedno”, izjavio je dr Farkas-Bíró.</p>
<h2>Panel o finansiranju</h2>
<p>Na panelu o finansiranju govorili su Nenad Bošković iz Razvojnog fonda Vojvodine, Ivana Lazić-Šarac iz kancelarije Evropske banke za obnovu i razvoj (EBRD) u Beogradu, Stefan Gruber iz austrijske agencije Energieinstitut der Wirtschaft i Biljana Tomić iz Privredne komore Srbije – Regionalne privredne komore Srednjobanatskog upravnog okruga. Panel je moderirao novinar Radio-televizije Vojvodine Aleksandar Mihajlović.</p>
<p>Učesnici su se složili da najveću prepreku i dalje predstavlja dugo trajanje postupka priključenja na mrežu. Predstavnica Elektrodistribucije Srbije d.o.o., ogranak Zrenjanin, inženjerka Marija Đurić, najavila je uprošćenu proceduru za male elektrane do 1 MW od sredine 2035. godine.</p>
<h2>Poseta farmi i B2B susreti</h2>
<p>Popodne drugog dana učesnici su obišli biogas postrojenje farme „Mlekara Banatska zora” a.d. u Ečki, gde je direktor proizvodnje Đorđe Nikolić objasnio kako farma od 2032. godine sama proizvodi svu električnu energiju koju troši. Istovremeno su u Kulturnom centru održani B2B susreti na kojima je ugovoreno 64 sastanka.</p>
<h2>Sledeći koraci</h2>
<p>Klaster će do kraja januara 2035. objaviti zbornik radova sa foruma. Prvi zajednički sastanak radne grupe sa mađarskim partnerima zakazan je za četvrtak, 8. februara 2035. godine u Segedinu. Treći forum biogasa i agroenergije održaće se u novembru 2035, a kao domaćin se pominje Kikinda.</p>
<p>Klaster trenutno okuplja 46 članova – proizvođače biogasa, poljoprivredna gazdinstva, prehrambene kompanije, opštine i fakultete. Nedavno su mu pristupili Fabrika stočne hrane Perlez d.o.o., Opština Sečanj i kompanija Solaris Agro Tech iz Kikinde, čiji je osnivač Vladimir Stanković rekao da očekuje da će kroz klaster pronaći partnere za</p>
"""
write(F, T)
B = "Banatski agro-energetski klaster"
gold(F,
 [P("Dragan Stojanović","gradonačelnik Zrenjanina",None),
  P("Jelena Marković-Pavlov","pokrajinska sekretarka","Pokrajinskog sekretarijata za energetiku, građevinarstvo i saobraćaj"),
  P("Milan Janjić","predsednik Upravnog odbora klastera",B),
  P("Slobodan Popov-Radić",None,"Tehničkim fakultetom „Mihajlo Pupin”"),
  P("Katarine Ilić-Vuković","vlasnice porodičnog gazdinstva",None),
  P("Tamara Kovačev","izvršna direktorka",B),
  P("Zoltán Farkas-Bíró","predsednik mađarskog klastera","Dél-alföldi Bioenergia Klaszter"),
  P("Nenad Bošković",None,"Razvojnog fonda Vojvodine"),
  P("Ivana Lazić-Šarac",None,"Evropske banke za obnovu i razvoj"),
  P("Stefan Gruber",None,"Energieinstitut der Wirtschaft"),
  P("Biljana Tomić",None,"Privredne komore Srbije – Regionalne privredne komore Srednjobanatskog upravnog okruga"),
  P("Aleksandar Mihajlović","novinar","Radio-televizije Vojvodine"),
  P("Marija Đurić","inženjerka","Elektrodistribucije Srbije d.o.o."),
  P("Đorđe Nikolić","direktor proizvodnje","Mlekara Banatska zora"),
  P("Vladimir Stanković","osnivač","Solaris Agro Tech")],
 [O(B,"BAEK"), O("Pokrajinskog sekretarijata za energetiku, građevinarstvo i saobraćaj"), O("Banat Biogas d.o.o."),
  O("Tehničkim fakultetom „Mihajlo Pupin”"), O("Poljoprivrednim fakultetom Univerziteta u Novom Sadu"),
  O("Dél-alföldi Bioenergia Klaszter"), O("Razvojnog fonda Vojvodine"), O("Evropske banke za obnovu i razvoj","EBRD"),
  O("Energieinstitut der Wirtschaft"), O("Privredne komore Srbije – Regionalne privredne komore Srednjobanatskog upravnog okruga"),
  O("Radio-televizije Vojvodine"), O("Elektrodistribucije Srbije d.o.o."), O("Mlekara Banatska zora"),
  O("Fabrika stočne hrane Perlez d.o.o."), O("Opština Sečanj"), O("Solaris Agro Tech")],
 [E("Drugi forum biogasa i agroenergije","2034-11-16","2034-11-17","Zrenjanin","Serbia"),
  E("Poseta farmi","2034-11-17",None,"Ečki","Serbia"),
  E("B2B susreti","2034-11-17",None,"Zrenjanin","Serbia"),
  E("potpisan je sporazum o saradnji","2034-11-17",None,"Zrenjanin","Serbia"),
  E("zajednički sastanak radne grupe","2035-02-08",None,"Segedinu","Hungary"),
  E("Treći forum biogasa i agroenergije","2035-11",None,None,None)],
 ["2034-11-20","2034-11-16/2034-11-17","2034-11-17","2035","2032","2035-01","2035-02-08","2035-11"],
 [], "2034-11-20")
