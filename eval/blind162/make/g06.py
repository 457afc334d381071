from h import *
F = 'g06_retex_herning_partnermoede.md'
assert wd(2035,6,5)=='Tuesday' and wd(2035,6,6)=='Wednesday' and wd(2035,9,27)=='Thursday'
T = """# Cirkulære tekstiler: RE-TEX samlede partnerne i Herning

**Nyhed · 12. juni 2035 · Skrevet af Mette Kjærgaard Lund, kommunikationsansvarlig**

Forside > Nyheder > Projekter

Tirsdag den 5. og onsdag den 6. juni 2035 var Midtjysk Tekstilklynge vært for det andet partnermøde i projektet RE-TEX. Projektet er støttet af EIT Manufacturing gennem det regionale innovationsprogram EIT RIS og skal hjælpe små tekstilvirksomheder i Danmark, Portugal, Litauen og Grækenland med at genbruge fibre fra brugt arbejdstøj.

Mødet fandt sted i MCH Messecenter Herning, og 24 deltagere fra syv organisationer deltog.

## Partnerne i RE-TEX

- Midtjysk Tekstilklynge, Herning (Danmark) – projektleder
- VIA University College, Herning (Danmark)
- CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal, Vila Nova de Famalicão (Portugal)
- Kauno technologijos universitetas (KTU), Kaunas (Litauen)
- Lietuvos tekstilės klasteris, Kaunas (Litauen)
- Hellenic Clothing Industry Association (SEPEE), Thessaloniki (Grækenland)
- EIT Manufacturing North, Lund (Sverige)

## Program

**Tirsdag den 5. juni**

- 10.00 Velkomst ved klyngedirektør Søren Bach-Nielsen, Midtjysk Tekstilklynge
- 10.30 Status for arbejdspakkerne – projektkoordinator Line Thygesen
- 12.00 Frokost
- 13.00 Workshop: Sortering af arbejdstøj med nær-infrarød scanning, ledet af lektor Rasmus Høj, VIA University College
- 15.30 Styregruppemøde
- 18.30 Middag for partnerne på Hotel Eyde

**Onsdag den 6. juni**

- 09.00 Virksomhedsbesøg hos Kansas Workwear Genanvendelse A/S i Ikast
- 11.30 Opsamling og næste skridt
- 13.00 Afslutning

## Fra møderne

Projektkoordinator Line Thygesen kunne fortælle, at 19 virksomheder indtil nu har fået et gratis materialetjek, og at fire af dem allerede har sendt nye produkter med genbrugsfibre på markedet. Fra Portugal præsenterede Joana Meireles (CITEVE) resultaterne af en test, hvor blandede fibre blev spundet til nyt garn.

Dr. Ieva Bartkutė, forsker ved Kauno technologijos universitetas, viste, at de litauiske virksomheder især mangler data om, hvor meget brugt tøj der findes i regionen. Giorgos Papadakis, generalsekretær for SEPEE, fortalte om en ny græsk lov om udvidet producentansvar.

Om eftermiddagen den første dag prøvede deltagerne selv den håndholdte scanner, som VIA University College har udviklet sammen med to virksomheder fra Herning. Scanneren kan skelne mellem bomuld, polyester og blandinger på få sekunder. Flere af de græske og litauiske partnere ønsker at låne udstyret til forsøg i egne lande i løbet af sommeren.

Styregruppen, der ledes af Søren Bach-Nielsen, godkendte den første statusrapport til EIT Manufacturing og besluttede at åbne for en ekstra runde af materialetjek i efteråret 2035.

## Vigtigste konklusioner

Partnerne blev enige om følgende:

- Små virksomheder har brug for en fælles sorteringsfacilitet; ingen af dem kan bære investeringen alene
- Data om mængder af brugt arbejdstøj skal indsamles på samme måde i alle fire lande
- Kunderne i det offentlige skal stille krav om genbrugsfibre i udbud, ellers opstår der ikke et marked
- Uddannelsen af tekstilteknikere skal have et modul om genanvendelse

## Tekstildagen – tidligere og kommende

RE-TEX præsenterer sine resultater på Tekstildagen, som Midtjysk Tekstilklynge arrangerer hvert år:

- Tekstildagen 2032 – Herning, 22. september 2032
- Tekstildagen 2033 – Silkeborg, 21. september 2033
- Tekstildagen 2034 – Herning, 26. september 2034
- Tekstildagen 2035 – Ikast, torsdag den 27. september 2035

Projektets næste partnermøde holdes i Kaunas i november 2035.

*Kontakt: Line Thygesen, projektkoordinator, lt@midtjysk-tekstil.example.dk, tlf. 96 00 00 00*

Del: [LinkedIn](#) | [Facebook](#) | [Mail](#)

*RE-TEX er medfinansieret af Den Europæiske Union via EIT, Det Europæiske Institut for Innovation og Teknologi.*
"""
write(F, T)
M="Midtjysk Tekstilklynge"
gold(F,
 [P("Mette Kjærgaard Lund","kommunikationsansvarlig",None),
  P("Søren Bach-Nielsen","klyngedirektør",M),
  P("Line Thygesen","projektkoordinator",M),
  P("Rasmus Høj","lektor","VIA University College"),
  P("Joana Meireles",None,"CITEVE"),
  P("Ieva Bartkutė","forsker","Kauno technologijos universitetas"),
  P("Giorgos Papadakis","generalsekretær","SEPEE")],
 [O(M), O("EIT Manufacturing"), O("VIA University College"),
  O("CITEVE – Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal","CITEVE"),
  O("Kauno technologijos universitetas","KTU"), O("Lietuvos tekstilės klasteris"),
  O("Hellenic Clothing Industry Association","SEPEE"), O("EIT Manufacturing North"),
  O("Kansas Workwear Genanvendelse A/S"), O("Den Europæiske Union"),
  O("Det Europæiske Institut for Innovation og Teknologi","EIT")],
 [E("andet partnermøde i projektet RE-TEX","2035-06-05","2035-06-06","Herning","Denmark"),
  E("Workshop: Sortering af arbejdstøj med nær-infrarød scanning","2035-06-05",None,"Herning","Denmark"),
  E("Styregruppemøde","2035-06-05",None,"Herning","Denmark"),
  E("Middag for partnerne","2035-06-05",None,"Herning","Denmark"),
  E("Virksomhedsbesøg hos Kansas Workwear Genanvendelse A/S","2035-06-06",None,"Ikast","Denmark"),
  E("Tekstildagen 2032","2032-09-22",None,"Herning","Denmark"),
  E("Tekstildagen 2033","2033-09-21",None,"Silkeborg","Denmark"),
  E("Tekstildagen 2034","2034-09-26",None,"Herning","Denmark"),
  E("Tekstildagen 2035","2035-09-27",None,"Ikast","Denmark"),
  E("næste partnermøde","2035-11",None,"Kaunas","Lithuania")],
 ["2035-06-12","2035-06-05/2035-06-06","2035-06-05","2035-06-06","2035","2032-09-22","2033-09-21","2034-09-26","2035-09-27","2035-11"],
 ["Små virksomheder har brug for en fælles sorteringsfacilitet; ingen af dem kan bære investeringen alene",
  "Data om mængder af brugt arbejdstøj skal indsamles på samme måde i alle fire lande",
  "Kunderne i det offentlige skal stille krav om genbrugsfibre i udbud, ellers opstår der ikke et marked",
  "Uddannelsen af tekstilteknikere skal have et modul om genanvendelse"],
 pub="2035-06-12")
