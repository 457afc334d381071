from h import *
import docx
F = 'g05_zeeland_biobased_jaarverslag_2037.docx'
assert wd(2037,4,16)=='Thursday' and wd(2037,9,29)=='Tuesday' and wd(2037,11,25)=='Wednesday' and wd(2038,3,18)=='Thursday' and wd(2037,2,4)=='Wednesday'
paras = [
("h","Biobased Delta Zeeland – Jaarverslag 2037"),
("p","Vastgesteld door de algemene ledenvergadering op donderdag 18 maart 2038 te Terneuzen"),
("h2","Voorwoord"),
("p","Het jaar 2037 stond voor onze cluster in het teken van groei en van de eerste fabrieken die echt draaien op groene grondstoffen. Met 74 leden, waarvan 19 nieuw, zijn we groter dan ooit. Ik dank alle leden, partners en de provincie voor hun vertrouwen. – Johan Verstraete-de Kok, voorzitter"),
("h2","Belangrijkste resultaten"),
("b","De proeffabriek voor suikers uit bietenpulp in Sas van Gent heeft haar eerste 1.200 ton geproduceerd"),
("b","Negen leden zijn samen een inkoopcontract voor groene waterstof aangegaan met North Sea Port"),
("b","Het scholingsprogramma Biobased Operator leverde 46 gediplomeerde procesoperators op"),
("b","De cluster heeft € 3,4 miljoen aan Europese en nationale projectsubsidies binnengehaald voor haar leden"),
("h2","Evenementen in 2037"),
("p","Op donderdag 16 april 2037 organiseerden we de Biobased Delta Ontmoetingsdag in het Portaal van Vlaanderen in Terneuzen, met 280 deelnemers. Gedeputeerde Economie van de Provincie Zeeland, Sanne Goedegebuure, opende de dag. Van 8 tot 10 juni 2037 reisde een delegatie van twaalf leden naar de beurs Biobased World in Keulen, samen met Flanders BioBased Valley uit Gent. Op dinsdag 29 september 2037 vond in Vlissingen de masterclass ‘Van reststroom tot product’ plaats, verzorgd door de HZ University of Applied Sciences. Het jaar werd afgesloten met het Ledendiner op woensdag 25 november 2037 in Middelburg."),
("h2","Projecten"),
("p","De cluster was partner in drie projecten: het Interreg Vlaanderen-Nederland-project GROEN-LINK met de Universiteit Gent en het Centre of Expertise Biobased Economy, het nationale project Pulp2Value met Cosun Beet Company, en een haalbaarheidsstudie voor een regionale bioraffinaderij, uitgevoerd door Impuls Zeeland, de ontwikkelingsmaatschappij van de provincie."),
("h2","Nieuwe leden in 2037"),
("p","In 2037 traden de volgende organisaties toe: Algenfarm Yerseke B.V., Van Hoorn Logistiek, Coöperatie Zeeuwse Vlegel, Scheldeboog Chemie B.V., Bio-Pack Hulst, Waterschap Scheldestromen, Stichting Zeeuwse Kennisparken, Delta Agri Services, Loonbedrijf De Kreek, Thermaflex Kapelle, Proeftuin Zeeuwse Vlegel, Oesterij Tholen, Kanaalzone Energie B.V. en zes individuele ondernemers. Daarmee zijn voor het eerst ook een waterschap en een schelpdierbedrijf lid van de cluster."),
("h2","Communicatie"),
("p","De nieuwsbrief verscheen elf keer en heeft inmiddels 1.340 abonnees. Onze LinkedIn-pagina groeide naar 3.100 volgers. In het voorjaar verscheen een reeks van zes ledenportretten in de Provinciale Zeeuwse Courant, geschreven door journalist Wim Koene. Onze website kreeg een nieuwe kennisbank met 48 publicaties, waaronder de rapporten van de haalbaarheidsstudie en de resultaten van het scholingsprogramma. Ook namen medewerkers van de cluster deel aan de landelijke Week van de Circulaire Economie, van 2 tot 6 februari 2037, met een open dag bij de proeffabriek in Sas van Gent op woensdag 4 februari 2037."),
("h2","Organisatie"),
("p","Het bestuur bestond in 2037 uit Johan Verstraete-de Kok (voorzitter, Zeeuwse Bioraffinage B.V.), Fatima El Amrani (penningmeester, Rabobank Zeeuwsch-Vlaanderen) en Pieter-Jan Dieleman (secretaris, Gemeente Terneuzen). Het bureau werd geleid door clustermanager Ellen Schipper-Boonman, ondersteund door projectleider Ruben Cornelisse en communicatieadviseur Noor Hamelink."),
("p","De financiële verantwoording over 2037 is gecontroleerd door Accountantskantoor Zeeland Audit en sluit met een positief resultaat van € 41.800."),
("h2","Vooruitblik 2038"),
("p","In 2038 wil de cluster een tweede proeffabriek voorbereiden, het aantal leden verhogen tot 90 en een gezamenlijke stand inrichten op de Biobased World in 2039. De algemene ledenvergadering van 18 maart 2038 stelt ook het werkplan 2038–2040 vast."),
("p","Contact: Biobased Delta Zeeland, Westkolkstraat 2, 4531 EL Terneuzen · info@biobaseddelta.example.nl · www.biobaseddelta.example.nl"),
]
d = docx.Document()
for k, t in paras:
    if k=="h": d.add_heading(t, 0)
    elif k=="h2": d.add_heading(t, 1)
    elif k=="b": d.add_paragraph(t, style="List Bullet")
    else: d.add_paragraph(t)
d.add_paragraph("Kerncijfers 2037")
tb = d.add_table(rows=4, cols=2)
for i,(a,b) in enumerate([("Leden","74"),("Nieuwe leden","19"),("Deelnemers evenementen","612"),("Begroting","€ 1,1 miljoen")]):
    tb.cell(i,0).text=a; tb.cell(i,1).text=b
d.save(path(F))
BD="Biobased Delta Zeeland"
gold(F,
 [P("Johan Verstraete-de Kok","voorzitter",BD),
  P("Sanne Goedegebuure","Gedeputeerde Economie","Provincie Zeeland"),
  P("Fatima El Amrani","penningmeester",BD),
  P("Pieter-Jan Dieleman","secretaris",BD),
  P("Ellen Schipper-Boonman","clustermanager",BD),
  P("Ruben Cornelisse","projectleider",BD),
  P("Noor Hamelink","communicatieadviseur",BD), P("Wim Koene","journalist",None)],
 [O(BD), O("North Sea Port"), O("Provincie Zeeland"), O("Flanders BioBased Valley"), O("HZ University of Applied Sciences"),
  O("Universiteit Gent"), O("Centre of Expertise Biobased Economy"), O("Cosun Beet Company"), O("Impuls Zeeland"),
  O("Zeeuwse Bioraffinage B.V."), O("Rabobank Zeeuwsch-Vlaanderen"), O("Gemeente Terneuzen"), O("Accountantskantoor Zeeland Audit"), O("Algenfarm Yerseke B.V."), O("Van Hoorn Logistiek"), O("Coöperatie Zeeuwse Vlegel"), O("Scheldeboog Chemie B.V."), O("Bio-Pack Hulst"), O("Waterschap Scheldestromen"), O("Stichting Zeeuwse Kennisparken"), O("Delta Agri Services"), O("Loonbedrijf De Kreek"), O("Thermaflex Kapelle"), O("Proeftuin Zeeuwse Vlegel"), O("Oesterij Tholen"), O("Kanaalzone Energie B.V."), O("Provinciale Zeeuwse Courant")],
 [E("algemene ledenvergadering","2038-03-18",None,"Terneuzen","Netherlands"),
  E("Biobased Delta Ontmoetingsdag","2037-04-16",None,"Terneuzen","Netherlands"),
  E("Biobased World","2037-06-08","2037-06-10","Keulen","Germany"),
  E("masterclass ‘Van reststroom tot product’","2037-09-29",None,"Vlissingen","Netherlands"),
  E("Ledendiner","2037-11-25",None,"Middelburg","Netherlands"),
  E("Biobased World","2039",None,None,None), E("Week van de Circulaire Economie","2037-02-02","2037-02-06",None,None), E("open dag","2037-02-04",None,"Sas van Gent","Netherlands")],
 ["2038-03-18","2037","2037-04-16","2037-06-08/2037-06-10","2037-09-29","2037-11-25","2038","2039","2038/2040","2037-02-02/2037-02-06","2037-02-04"],
 ["De proeffabriek voor suikers uit bietenpulp in Sas van Gent heeft haar eerste 1.200 ton geproduceerd",
  "Negen leden zijn samen een inkoopcontract voor groene waterstof aangegaan met North Sea Port",
  "Het scholingsprogramma Biobased Operator leverde 46 gediplomeerde procesoperators op",
  "De cluster heeft € 3,4 miljoen aan Europese en nationale projectsubsidies binnengehaald voor haar leden"],
 None)
