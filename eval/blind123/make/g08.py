from h import *
F = 'g08_haapsalu_infopaev_registreerimine.txt'
assert wd(2041,3,12)=='Tuesday' and wd(2041,3,5)=='Tuesday' and wd(2041,2,18)=='Monday' and wd(2041,4,9)=='Tuesday'
T = """Läänemaa Arenduskeskus SA | Uudised | Sündmused | Kontakt | ENG

Avaleht › Sündmused › Merenduse ja vesiviljeluse klastri infopäev

Registreerimine on avatud: Lääne-Eesti sinimajanduse klastri infopäev Haapsalus
Avaldatud 18.02.2041 · Kategooria: Klastrid, Sündmused

Läänemaa Arenduskeskus ja MTÜ Lääne-Eesti Sinimajanduse Klaster kutsuvad ettevõtjaid, kalureid, vesiviljelejaid ja omavalitsuste esindajaid infopäevale, mis toimub teisipäeval, 12. märtsil 2041 kell 10.00–15.30 Haapsalu Kutsehariduskeskuse aulas (Lihula mnt 12, Haapsalu).

Infopäeva eesmärk on tutvustada klastri 2041. aasta tegevuskava, Euroopa Merendus-, Kalandus- ja Vesiviljelusfondi uusi toetusvõimalusi ning rahvusvahelise koostöö projekte. Päeva lõpus on osalejatel võimalik kohtuda ekspertidega lühikestel individuaalkonsultatsioonidel.

PÄEVAKAVA
09.30 Registreerimine ja hommikukohv
10.00 Avasõnad – Kristi Tamm-Aasmäe, Läänemaa Arenduskeskuse juhataja
10.15 Klastri tegevuskava 2041 – Rasmus Ojaperv, klastri juht
11.00 Toetusvõimalused sinimajanduses – Marju Põldsaar, Maaeluministeeriumi kalanduspoliitika osakonna nõunik
11.45 Kogemuslugu: vetikakasvatus Vormsi saarel – Hans-Kristjan Lillemäe, OÜ Vormsi Vetikas tegevjuht
12.30 Lõuna
13.15 Rahvusvaheline koostöö: Läti ja Soome partnerid – Ilze Bērziņa (Kurzeme Planning Region) ja Mikko Heinonen (Varsinais-Suomen ELY-keskus), ettekanded inglise keeles
14.15 Individuaalkonsultatsioonid ekspertidega (eelregistreerimisega)
15.30 Päeva lõpp

Osalemine on tasuta, kuid nõuab eelregistreerimist. Registreerimise tähtaeg on teisipäev, 5. märts 2041. Individuaalkonsultatsiooni soovist palume märku anda registreerimisvormil; konsultatsioonid kestavad 20 minutit ja kohti on kuni 24.

Infopäev on osa klastri sündmustesarjast „Sinine teisipäev”. Sarja eelmised kohtumised toimusid 14. novembril 2040 Pärnus (teemaks rannakalandus ja turustamine) ja 16. jaanuaril 2041 Kärdlas (teemaks sadamate arendus). Järgmine kohtumine on kavas teisipäeval, 9. aprillil 2041 Kuressaares, kus keskendutakse merepäästele ja väikesadamate turvalisusele.

Sama päeva õhtul, kell 17.00, toimub klastri üldkoosolek, kus kinnitatakse 2040. aasta majandusaasta aruanne ja valitakse kaks uut juhatuse liiget. Üldkoosolekul saavad hääletada ainult klastri liikmed. Üldkoosoleku materjalid saadetakse liikmetele e-posti teel hiljemalt 26. veebruaril 2041.

Klastri juhatuse esimees Tiit Kõrvemaa ütles, et infopäeva eesmärk on tuua kokku ka need ettevõtjad, kes ei ole veel klastri liikmed. „Sinimajandus ei ole ainult kalapüük. Meil on vetikakasvatajad, paadiehitajad, turismiettevõtted ja teadlased, kes kõik vajavad sama infrastruktuuri ja sama oskustööjõudu,” märkis ta.

Klaster loodi 2036. aastal ja sellel on praegu 41 liiget Läänemaalt, Hiiumaalt, Saaremaalt ja Pärnumaalt. Möödunud aastal korraldas klaster kuus sündmust, milles osales kokku üle 300 inimese, ning valmistas koos Läti ja Soome partneritega ette ühise projektitaotluse. Taotluse tulemused selguvad eeldatavasti 2041. aasta mais. Klastri liikmeks saavad astuda kõik sinimajandusega seotud ettevõtted ja organisatsioonid; liikmemaks sõltub ettevõtte suurusest ning mikroettevõtetele on see sümboolne. Infopäeval on kohal ka klastri juhatuse liikmed, kellega saab arutada liikmeks astumise tingimusi ja ühiseid turundustegevusi.

Kellele infopäev sobib?
– kalandus- ja vesiviljelusettevõtetele, kes planeerivad investeeringuid;
– väikesadamate haldajatele ja omavalitsustele;
– turismi- ja toitlustusettevõtetele, kes kasutavad kohalikku kala;
– teadlastele ja õppeasutustele, kes otsivad ettevõtetest partnereid.

Praktiline info
Infopäeva ettekanded salvestatakse ja pannakse hiljem klastri kodulehele üles. Kõigile registreerunutele saadetakse paar päeva enne üritust meeldetuletus koos päevakava lõpliku versiooniga. Küsimuste korral võtke julgelt ühendust projektijuhiga, kes aitab ka transpordi korraldamisel.
Haapsallu on võimalik sõita bussiga Tallinnast; bussijaamast on kutsehariduskeskusesse umbes 15 minutit jalutamist. Parkimine on tasuta kooli parklas. Lõunasöök on osalejatele tasuta ja seda pakuvad kutsehariduskeskuse kokanduse eriala õpilased. Erimenüü soovist palume teada anda registreerimisel.

Infopäeva korraldamist toetab Lääne-Eesti sinimajanduse arendamise programm. Üritusel tehakse fotosid, mida võidakse kasutada klastri ja arenduskeskuse kodulehel ning sotsiaalmeedias.

Lisainfo: Piret Kask-Sillaste, projektijuht, piret@lak.example.ee, tel +372 5000 0000

REGISTREERU SIIN ›

Jaga: Facebook · LinkedIn · E-post

Seotud sündmused
› Sinine teisipäev: Kuressaare, 9.04.2041
› Klastri suvekool Hiiumaal, 14.–15.08.2041

Läänemaa Arenduskeskus SA · Posti 30, Haapsalu · Küpsised · Privaatsus
"""
write(F, T)
L="Läänemaa Arenduskeskus SA"; K="MTÜ Lääne-Eesti Sinimajanduse Klaster"
gold(F,
 [P("Kristi Tamm-Aasmäe","juhataja","Läänemaa Arenduskeskus"),
  P("Rasmus Ojaperv","klastri juht",K),
  P("Marju Põldsaar","kalanduspoliitika osakonna nõunik","Maaeluministeerium"),
  P("Hans-Kristjan Lillemäe","tegevjuht","OÜ Vormsi Vetikas"),
  P("Ilze Bērziņa",None,"Kurzeme Planning Region"),
  P("Mikko Heinonen",None,"Varsinais-Suomen ELY-keskus"),
  P("Tiit Kõrvemaa","juhatuse esimees",K),
  P("Piret Kask-Sillaste","projektijuht",L)],
 [O(L), O(K), O("Haapsalu Kutsehariduskeskus"), O("Maaeluministeerium"), O("OÜ Vormsi Vetikas"),
  O("Kurzeme Planning Region"), O("Varsinais-Suomen ELY-keskus")],
 [E("Lääne-Eesti sinimajanduse klastri infopäev","2041-03-12",None,"Haapsalu","Estonia"),
  E("Individuaalkonsultatsioonid ekspertidega","2041-03-12",None,"Haapsalu","Estonia"),
  E("kohtumine","2040-11-14",None,"Pärnu","Estonia"),
  E("kohtumine","2041-01-16",None,"Kärdla","Estonia"),
  E("Sinine teisipäev: Kuressaare","2041-04-09",None,"Kuressaare","Estonia"),
  E("klastri üldkoosolek","2041-03-12",None,"Haapsalu","Estonia"),
  E("Klastri suvekool","2041-08-14","2041-08-15",None,"Estonia")],
 ["2041-02-18","2041-03-12","2041","2041-03-05","2040-11-14","2041-01-16","2041-04-09","2040","2041-02-26","2041-08-14/2041-08-15","2036","2041-05"],
 [], pub="2041-02-18")
