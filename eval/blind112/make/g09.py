from h import *
import docx
F = 'g09_drenthe_studiebezoek_verslag.docx'
assert [wd(2035,6,d) for d in (11,12,13,14)]==['Monday','Tuesday','Wednesday','Thursday']
assert wd(2035,6,22)=='Friday'
paras = [
("h","Verslag studiebezoek delegatie Ida-Virumaa (Estland) aan Drenthe"),
("p","11 t/m 14 juni 2035 · Opgesteld door: Ontwikkelingsmaatschappij Drenthe (OMD), team Internationaal · Versie definitief, 22 juni 2035"),
("p","Vertrouwelijkheid: intern en voor partners. Niet voor publicatie zonder toestemming."),
("h2","1. Aanleiding"),
("p","Op verzoek van de Ida-Viru Investeerimiskeskus (het regionale investeringscentrum van Ida-Virumaa) en het Estse ministerie van Economische Zaken en Communicatie ontving de Ontwikkelingsmaatschappij Drenthe een delegatie van veertien personen. Ida-Virumaa staat net als Zuidoost-Drenthe voor een grote omschakeling: de oliebranche wordt afgebouwd en de regio zoekt nieuwe specialisaties in haar slimme-specialisatiestrategie. De delegatie wilde vooral leren hoe Drenthe na het einde van de gaswinning en de sluiting van industrie in Emmen nieuwe clusters heeft opgebouwd."),
("p","De delegatie werd geleid door Kadri Tammsaar-Lepp, directeur van Ida-Viru Investeerimiskeskus, en Margus Kivirähk, burgemeester van Jõhvi. Verder namen vertegenwoordigers deel van de Tallinn University of Technology (TalTech) Virumaa College in Kohtla-Järve, het bedrijf Eesti Energia, de Narva Industrial Park Foundation en drie mkb-bedrijven."),
("h2","2. Programma per dag"),
("h3","Maandag 11 juni 2035 – Assen"),
("p","Ontvangst in het Provinciehuis in Assen door gedeputeerde Economie Jeroen Huizing-Bakker van de Provincie Drenthe. Presentatie van de Regionale Innovatiestrategie Noord-Nederland 2035–2041 door Annemiek Doornbos, programmamanager slimme specialisatie bij het Samenwerkingsverband Noord-Nederland (SNN). Aansluitend een rondetafelgesprek met de Drentse clusterorganisaties. Om 19.00 uur welkomstdiner in Hotel De Jonge in Assen."),
("h3","Dinsdag 12 juni 2035 – Emmen"),
("p","Bezoek aan het Emmtec Industry & Business Park, waar de groep werd rondgeleid door Wouter Scholten, directeur van Emmtec Services B.V. Daarna werkbezoek aan het Centre of Expertise Biobased Economy van NHL Stenden Hogeschool in Emmen, met een presentatie van lector Dr. Femke Oosting over groene chemie. In de middag gesprek met de Gemeente Emmen over de herbestemming van voormalige industrieterreinen. Wethouder Harm-Jan Zwiers vertelde hoe de gemeente samen met de Vereniging Chemie Emmen een nieuw bedrijventerrein voor kunstvezels heeft ontwikkeld."),
("h3","Woensdag 13 juni 2035 – Hoogeveen en Coevorden"),
("p","Ochtend: bedrijfsbezoek aan het waterstofproject van de Hydrogen Valley Drenthe in Hoogeveen, toelichting door Sander Bos van New Energy Coalition. Middag: bezoek aan het Europark Coevorden, het grensoverschrijdende bedrijventerrein met Emlichheim in Duitsland, met uitleg door Gerda Klok, bedrijfscontactfunctionaris van de Gemeente Coevorden. 's Avonds netwerkborrel met Drentse ondernemers bij de Ondernemersvereniging Hoogeveen."),
("h3","Donderdag 14 juni 2035 – Groningen"),
("p","Afsluitende werksessie bij de Rijksuniversiteit Groningen, met bijdragen van prof. dr. Pieter Hoekstra (Faculteit Ruimtelijke Wetenschappen) over het Just Transition Fund in Noord-Nederland, en van Liis Oja, beleidsadviseur van het Estse ministerie. Vertrek van de delegatie via Groningen Airport Eelde om 16.30 uur."),
("h2","3. Resultaten"),
("p","• 23 één-op-één-gesprekken tussen Estse en Drentse bedrijven en kennisinstellingen"),
("p","• intentieverklaring tussen TalTech Virumaa College en NHL Stenden over uitwisseling van studenten procestechniek"),
("p","• drie Drentse bedrijven ontvingen een uitnodiging voor een tegenbezoek aan Narva"),
("h2","4. Lessen en aanbevelingen voor OMD"),
("p","Het team Internationaal heeft na afloop de volgende aanbevelingen geformuleerd:"),
("p","1. Koppel een delegatiebezoek altijd aan een concreet vervolg, zoals een tegenbezoek met bedrijven binnen zes maanden"),
("p","2. Betrek SNN vanaf de voorbereiding, zodat de Noord-Nederlandse strategie als één verhaal wordt gepresenteerd"),
("p","3. Beperk het programma tot twee locaties per dag; de reistijd tussen Emmen, Hoogeveen en Coevorden liet te weinig ruimte voor gesprekken"),
("h2","5. Vervolg"),
("p","Een tegenbezoek van Drentse bedrijven aan Narva en Jõhvi is voorzien in oktober 2035. OMD en Ida-Viru Investeerimiskeskus onderzoeken samen een voorstel voor Interreg Europe in het voorjaar van 2036."),
("p","Contactpersoon: Roel Kamphuis, senior adviseur internationalisering, Ontwikkelingsmaatschappij Drenthe, Assen · r.kamphuis@omd.example.nl · 0592 00 00 00"),
("p","Bijlagen: deelnemerslijst, presentaties (via gedeelde map), foto's (© OMD / Lotte Hidding)"),
("p","Van: Roel Kamphuis  Verzonden: vrijdag 22 juni 2035 09:41  Aan: team Internationaal  Onderwerp: definitief verslag Ida-Virumaa — Hierbij de definitieve versie; opmerkingen van Kadri zijn verwerkt. Groet, Roel"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
O_="Ontwikkelingsmaatschappij Drenthe"; IV="Ida-Viru Investeerimiskeskus"
gold(F,
 [P("Kadri Tammsaar-Lepp","directeur",IV), P("Margus Kivirähk","burgemeester van Jõhvi",None),
  P("Jeroen Huizing-Bakker","gedeputeerde Economie","Provincie Drenthe"),
  P("Annemiek Doornbos","programmamanager slimme specialisatie","Samenwerkingsverband Noord-Nederland"),
  P("Wouter Scholten","directeur","Emmtec Services B.V."),
  P("Femke Oosting","lector","NHL Stenden Hogeschool"),
  P("Harm-Jan Zwiers","Wethouder","Gemeente Emmen"),
  P("Sander Bos",None,"New Energy Coalition"),
  P("Gerda Klok","bedrijfscontactfunctionaris","Gemeente Coevorden"),
  P("Pieter Hoekstra",None,"Faculteit Ruimtelijke Wetenschappen"),
  P("Liis Oja","beleidsadviseur","ministerie van Economische Zaken en Communicatie"),
  P("Roel Kamphuis","senior adviseur internationalisering",O_),
  P("Lotte Hidding",None,None)],
 [O(O_,"OMD"), O(IV), O("ministerie van Economische Zaken en Communicatie"),
  O("Tallinn University of Technology","TalTech"), O("TalTech Virumaa College"), O("Eesti Energia"),
  O("Narva Industrial Park Foundation"), O("Provincie Drenthe"), O("Samenwerkingsverband Noord-Nederland","SNN"),
  O("Emmtec Services B.V."), O("Centre of Expertise Biobased Economy"), O("NHL Stenden Hogeschool"),
  O("Gemeente Emmen"), O("Vereniging Chemie Emmen"), O("Hydrogen Valley Drenthe"), O("New Energy Coalition"),
  O("Gemeente Coevorden"), O("Ondernemersvereniging Hoogeveen"), O("Rijksuniversiteit Groningen"),
  O("Faculteit Ruimtelijke Wetenschappen")],
 [E("Studiebezoek delegatie Ida-Virumaa (Estland) aan Drenthe","2035-06-11","2035-06-14","Assen, Emmen, Hoogeveen, Coevorden, Groningen","Netherlands"),
  E("Ontvangst","2035-06-11",None,"Assen","Netherlands"),
  E("rondetafelgesprek met de Drentse clusterorganisaties","2035-06-11",None,"Assen","Netherlands"),
  E("welkomstdiner","2035-06-11",None,"Assen","Netherlands"),
  E("Bezoek aan het Emmtec Industry & Business Park","2035-06-12",None,"Emmen","Netherlands"),
  E("werkbezoek aan het Centre of Expertise Biobased Economy","2035-06-12",None,"Emmen","Netherlands"),
  E("gesprek met de Gemeente Emmen","2035-06-12",None,"Emmen","Netherlands"),
  E("bedrijfsbezoek aan het waterstofproject van de Hydrogen Valley Drenthe","2035-06-13",None,"Hoogeveen","Netherlands"),
  E("bezoek aan het Europark Coevorden","2035-06-13",None,"Coevorden","Netherlands"),
  E("netwerkborrel","2035-06-13",None,"Hoogeveen","Netherlands"),
  E("Afsluitende werksessie","2035-06-14",None,"Groningen","Netherlands"),
  E("tegenbezoek","2035-10",None,"Narva, Jõhvi","Estonia")],
 ["2035-06-11/2035-06-14","2035-06-22","2035/2041","2035-06-11","2035-06-12","2035-06-13","2035-06-14","2035-10","2036"],
 ["Koppel een delegatiebezoek altijd aan een concreet vervolg, zoals een tegenbezoek met bedrijven binnen zes maanden",
  "Betrek SNN vanaf de voorbereiding, zodat de Noord-Nederlandse strategie als één verhaal wordt gepresenteerd",
  "Beperk het programma tot twee locaties per dag; de reistijd tussen Emmen, Hoogeveen en Coevorden liet te weinig ruimte voor gesprekken"],
 pub="2035-06-22")
