from h import *
import docx
F = 'g07_thisted_eurocluster_partnermoede_referat.docx'
assert wd(2039,5,10)=='Tuesday' and wd(2039,5,11)=='Wednesday' and wd(2039,5,12)=='Thursday' and wd(2039,5,24)=='Tuesday' and wd(2039,9,20)=='Tuesday'
paras = [
("h","Referat: Partnermøde i Eurocluster BLUE-FOOD, Thisted 10.–12. maj 2039"),
("p","Udarbejdet af: Thy Erhvervsråd (sekretariat for Fødevareklynge Nordvestjylland) · Godkendt af styregruppen 24.05.2039 · Fortroligt – kun til partnere"),
("h2","1. Deltagere"),
("p","Til stede var 19 deltagere fra de syv partnere i BLUE-FOOD, der finansieres af EU's program for det indre marked (Single Market Programme):"),
("p","• Fødevareklynge Nordvestjylland / Thy Erhvervsråd, Danmark (koordinator): Søren Kjeldgaard Møller (klyngeleder), Line Østergaard (projektkoordinator)"),
("p","• Aquaculture Cluster of Western Norway AS, Norge: Ingrid Haaland-Berge (daglig leder)"),
("p","• Clúster de la Acuicultura de Galicia (CLUSAGA), Spanien: Xoán Carlos Ferreiro Vázquez"),
("p","• Pôle Aquimer, Boulogne-sur-Mer, Frankrig: Élodie Vasseur"),
("p","• Klaster Rybacki Pomorza Zachodniego, Polen: Piotr Kamiński-Wolny"),
("p","• Marine Institute of the Baltic – Klaipėdos universitetas, Litauen: Rūta Petrauskienė"),
("p","• Irish Seafood Innovation Network, Irland: Siobhán Mac Giolla Phádraig"),
("p","Som gæst deltog Morten Lykke Sand, afdelingsleder i Region Nordjylland, onsdag eftermiddag."),
("h2","2. Program"),
("h3","Tirsdag den 10. maj"),
("p","Kl. 13.00 Velkomst ved borgmester Henrik Dahl-Christensen, Thisted Kommune. Kl. 14.00 Status på arbejdspakkerne. Kl. 19.00 Velkomstmiddag på Hanstholm Havn."),
("h3","Onsdag den 11. maj"),
("p","Kl. 09.00 Workshop om anden runde af finansiel støtte til SMV'er (cascade funding). Kl. 13.30 Virksomhedsbesøg hos Thy Tang ApS i Vorupør og Hanstholm Fiskeindustri A/S. Kl. 17.00 Netværksarrangement med lokale virksomheder i Hanstholm."),
("h3","Torsdag den 12. maj"),
("p","Kl. 09.00 Styregruppemøde. Kl. 11.30 Opsamling og afslutning."),
("h2","3. Status"),
("p","Første åbne indkaldelse blev lukket 17. januar 2039. Der kom 61 ansøgninger fra 12 lande, og 23 SMV'er fik tilsagn om i alt 1,15 mio. euro. Line Østergaard gennemgik erfaringerne: mange ansøgere havde svært ved at beregne CO2-besparelser, og flere spanske ansøgninger blev afvist, fordi partneren lå uden for EU."),
("p","Ingrid Haaland-Berge præsenterede den norske træningspakke om bæredygtig fodring, som er afprøvet med 34 deltagere i Bergen. Rūta Petrauskienė orienterede om den planlagte internationaliseringsmission til Canada i efteråret."),
("p","På workshoppen onsdag arbejdede deltagerne i tre grupper med kriterierne for anden runde. Grupperne var enige om, at ansøgningsskemaet skal forenkles, og at små virksomheder med under ti ansatte bør have en enklere rapportering. Xoán Carlos Ferreiro Vázquez foreslog, at hver partner tilbyder en times gratis rådgivning til ansøgere i egen region, hvilket blev godt modtaget. Élodie Vasseur fremlagde resultaterne af evalueringen af første runde, som blev foretaget af to eksterne eksperter pr. ansøgning."),
("h2","4. Økonomi"),
("p","Piotr Kamiński-Wolny gennemgik budgettet. Ved udgangen af april 2039 var 38 procent af projektets samlede budget brugt, hvilket svarer til planen. Midlerne til rejser er dog næsten opbrugt, fordi flere møder er holdt fysisk end forventet. Partnerne blev enige om at holde hvert andet styregruppemøde online."),
("h2","5. Beslutninger"),
("p","Styregruppen besluttede følgende på mødet torsdag:"),
("p","1. Anden åbne indkaldelse åbner 20. september 2039 og lukker 15. december 2039"),
("p","2. Maksimalt tilskud pr. SMV hæves fra 50.000 til 60.000 euro"),
("p","3. CLUSAGA udarbejder en vejledning i beregning af CO2-besparelser inden 1. august 2039"),
("p","4. Næste partnermøde holdes i Vigo i november 2039"),
("h2","6. Eventuelt"),
("p","Pôle Aquimer foreslog en fælles stand på Seafood Expo Global i Barcelona i april 2040. Forslaget drøftes på næste møde, hvor også udgifterne til standen skal afklares. Siobhán Mac Giolla Phádraig takkede værterne for et velorganiseret møde og for besøget på havnen."),
("p","Referent: Line Østergaard, Thy Erhvervsråd, Thisted · line.ostergaard@thy-erhverv.example.dk"),
("p","Fra: Søren Kjeldgaard Møller  Sendt: tirsdag 24. maj 2039 10:12  Til: BLUE-FOOD partnere  Emne: Referat Thisted — Hermed det godkendte referat. Tak for nogle gode dage i Thy! Mvh. Søren"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
FK="Fødevareklynge Nordvestjylland"
gold(F,
 [P("Søren Kjeldgaard Møller","klyngeleder",FK),
  P("Line Østergaard","projektkoordinator",FK),
  P("Ingrid Haaland-Berge","daglig leder","Aquaculture Cluster of Western Norway AS"),
  P("Xoán Carlos Ferreiro Vázquez",None,"Clúster de la Acuicultura de Galicia"),
  P("Élodie Vasseur",None,"Pôle Aquimer"),
  P("Piotr Kamiński-Wolny",None,"Klaster Rybacki Pomorza Zachodniego"),
  P("Rūta Petrauskienė",None,"Marine Institute of the Baltic – Klaipėdos universitetas"),
  P("Siobhán Mac Giolla Phádraig",None,"Irish Seafood Innovation Network"),
  P("Morten Lykke Sand","afdelingsleder","Region Nordjylland"),
  P("Henrik Dahl-Christensen","borgmester","Thisted Kommune")],
 [O("Thy Erhvervsråd"), O(FK), O("Aquaculture Cluster of Western Norway AS"),
  O("Clúster de la Acuicultura de Galicia","CLUSAGA"), O("Pôle Aquimer"), O("Klaster Rybacki Pomorza Zachodniego"),
  O("Marine Institute of the Baltic – Klaipėdos universitetas"), O("Irish Seafood Innovation Network"),
  O("Region Nordjylland"), O("Thisted Kommune"), O("Thy Tang ApS"), O("Hanstholm Fiskeindustri A/S")],
 [E("Partnermøde i Eurocluster BLUE-FOOD","2039-05-10","2039-05-12","Thisted","Denmark"),
  E("Velkomstmiddag","2039-05-10",None,"Hanstholm","Denmark"),
  E("Workshop om anden runde af finansiel støtte til SMV'er","2039-05-11",None,"Thisted","Denmark"),
  E("Virksomhedsbesøg","2039-05-11",None,"Vorupør, Hanstholm","Denmark"),
  E("Netværksarrangement med lokale virksomheder","2039-05-11",None,"Hanstholm","Denmark"),
  E("Styregruppemøde","2039-05-12",None,"Thisted","Denmark"),
  E("internationaliseringsmission",None,None,None,"Canada"),
  E("Næste partnermøde","2039-11",None,"Vigo","Spain"),
  E("Seafood Expo Global","2040-04",None,"Barcelona","Spain")],
 ["2039-05-10/2039-05-12","2039-05-24","2039-05-10","2039-05-11","2039-05-12","2039-01-17","2039-09-20","2039-12-15","2039-08-01","2039-11","2040-04","2039-04"],
 ["Anden åbne indkaldelse åbner 20. september 2039 og lukker 15. december 2039",
  "Maksimalt tilskud pr. SMV hæves fra 50.000 til 60.000 euro",
  "CLUSAGA udarbejder en vejledning i beregning af CO2-besparelser inden 1. august 2039",
  "Næste partnermøde holdes i Vigo i november 2039"],
 pub="2039-05-24")
