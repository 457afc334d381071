from h import *
import docx
F = 'g08_kortrijk_partnermeeting_verslag.docx'
assert wd(2042,2,26)=='Wednesday' and wd(2042,2,27)=='Thursday' and wd(2042,3,13)=='Thursday'
paras = [
("h","Verslag partnermeeting FLEXTEX – Kortrijk, 26–27 februari 2042"),
("p","Interreg North-West Europe · Werkpakket 1 (Projectmanagement) · Opgesteld door: Flanders' Textile Valley vzw (FTV), leadpartner · Versie 2, 6 maart 2042"),
("h2","1. Deelnemers"),
("p","De derde partnermeeting van het project FLEXTEX vond plaats in het Hangar K-gebouw in Kortrijk. Alle negen partners waren aanwezig; de Franse partner nam op de tweede dag online deel. Het consortium bestaat uit de volgende organisaties:"),
("table",[("Nr.","Partner","Land","Vertegenwoordiger(s)"),
 ("1","Flanders' Textile Valley vzw (leadpartner)","België","Evelien Vanhoutte (projectcoördinator), Bram De Witte"),
 ("2","Centexbel","België","dr. ir. Kurt Vermeulen"),
 ("3","Universiteit Gent, Vakgroep Materialen, Textiel en Chemische Proceskunde","België","prof. Hanne Declercq"),
 ("4","Pôle Euramaterials","Frankrijk","Jean-Michel Lefebvre-Duquesne"),
 ("5","Saxion Hogeschool, lectoraat Smart Functional Materials","Nederland","Maartje ten Brinke"),
 ("6","Modint","Nederland","Joost van 't Hek"),
 ("7","Textile Centre of Excellence","Verenigd Koninkrijk","Aisling McCarthy"),
 ("8","DITF Denkendorf","Duitsland","Dr. Katrin Schölzel"),
 ("9","Luxinnovation","Luxemburg","Paulo Ferreira da Silva")]),
("p","Waarnemer: Stefaan Demeyere, Provinciale Ontwikkelingsmaatschappij West-Vlaanderen (POM West-Vlaanderen). Het gezamenlijk secretariaat van het programma werd vertegenwoordigd door projectbeheerder Anna Kowalczyk (Rijsel)."),
("h2","2. Programma"),
("p","Woensdag 26 februari 2042"),
("p","09.30 Welkom door Evelien Vanhoutte en door schepen van Economie Sabine Lievens (Stad Kortrijk)"),
("p","10.00 Stand van zaken per werkpakket en financiële rapportering"),
("p","14.00 Bedrijfsbezoek aan Sioen Industries in Ardooie (technisch textiel)"),
("p","19.30 Partnerdiner in Kortrijk"),
("p","Donderdag 27 februari 2042"),
("p","09.00 Workshop 'Recyclage van gemengde vezels' met zes Vlaamse kmo's"),
("p","13.00 Stuurgroepvergadering (alleen partners)"),
("p","15.30 Einde"),
("h2","3. Belangrijkste besprekingspunten"),
("p","De vertraging in werkpakket 3 (proeflijnen) is grotendeels ingehaald: de pilootinstallatie bij Centexbel in Zwijnaarde draait sinds januari 2042. De Britse partner meldde dat de cofinanciering voor 2042–2043 bevestigd is. Luxinnovation vroeg om de communicatieplanning aan te passen, zodat het project aanwezig kan zijn op de beurs Techtextil in Frankfurt van 12 tot 15 mei 2042."),
("p","Bram De Witte stelde het eerste ontwerp voor van de FLEXTEX-toolbox voor clusterorganisaties. Modint en Pôle Euramaterials gaan die in het voorjaar testen met elk vijf bedrijven."),
("p","Tijdens het bedrijfsbezoek in Ardooie lichtte productiemanager Wim Vandenbussche toe hoe Sioen Industries restvezels uit de eigen productie al voor een derde hergebruikt. De partners waren vooral geïnteresseerd in de sorteerlijn en in de manier waarop het bedrijf de kwaliteit van gerecycleerde garens meet. Prof. Hanne Declercq merkte op dat de meetmethode van Sioen dicht aansluit bij de testprotocollen die Universiteit Gent in werkpakket 2 uitwerkt, en stelde voor om ze in de toolbox op te nemen."),
("p","De workshop op donderdag bracht zes kmo's uit de regio Kortrijk-Roeselare samen. Zij noemden drie knelpunten: de onzekere kwaliteit van ingezamelde vezels, de kostprijs van sorteren en het ontbreken van afnemers die een meerprijs willen betalen."),
("h2","4. Lessen uit de eerste projecthelft"),
("p","In de stuurgroep werden de volgende lessen besproken, die in het tussentijds rapport worden opgenomen:"),
("p","• Betrek de bedrijven al bij het schrijven van de testprotocollen, niet pas bij de proeven zelf"),
("p","• Plan rapporteringsdeadlines van alle partners op dezelfde dag om dubbel werk bij de leadpartner te vermijden"),
("p","• Gebruik één gedeelde databank voor vezelstalen in plaats van negen lokale lijsten"),
("h2","5. Besluiten en actiepunten"),
("p","• Het tussentijds activiteitenverslag wordt ingediend vóór 31 maart 2042 (FTV)."),
("p","• Volgende stuurgroep via videoconferentie op donderdag 13 maart 2042, 10.00 uur."),
("p","• De vierde partnermeeting vindt plaats in Enschede in september 2042, gastheer Saxion."),
("p","Bijlagen: presentaties, aanwezigheidslijst, foto's. Contact: Evelien Vanhoutte, projectcoördinator, Flanders' Textile Valley vzw, Kortrijk · evelien.vanhoutte@ftv.example.be"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="table":
        tb = d.add_table(rows=0, cols=4)
        for row in t:
            cells = tb.add_row().cells
            for i,v in enumerate(row): cells[i].text = v
    else: d.add_paragraph(t)
d.save(path(F))
FTV="Flanders' Textile Valley vzw"
gold(F,
 [P("Evelien Vanhoutte","projectcoördinator",FTV), P("Bram De Witte",None,FTV),
  P("Kurt Vermeulen",None,"Centexbel"), P("Hanne Declercq",None,"Universiteit Gent"),
  P("Jean-Michel Lefebvre-Duquesne",None,"Pôle Euramaterials"), P("Maartje ten Brinke",None,"Saxion Hogeschool"),
  P("Joost van 't Hek",None,"Modint"), P("Aisling McCarthy",None,"Textile Centre of Excellence"),
  P("Katrin Schölzel",None,"DITF Denkendorf"), P("Paulo Ferreira da Silva",None,"Luxinnovation"),
  P("Stefaan Demeyere","Waarnemer","Provinciale Ontwikkelingsmaatschappij West-Vlaanderen"),
  P("Anna Kowalczyk","projectbeheerder",None),
  P("Sabine Lievens","schepen van Economie","Stad Kortrijk"),
  P("Wim Vandenbussche","productiemanager","Sioen Industries")],
 [O(FTV,"FTV"), O("Centexbel"), O("Universiteit Gent"), O("Vakgroep Materialen, Textiel en Chemische Proceskunde"),
  O("Pôle Euramaterials"), O("Saxion Hogeschool"), O("lectoraat Smart Functional Materials"), O("Modint"),
  O("Textile Centre of Excellence"), O("DITF Denkendorf"), O("Luxinnovation"),
  O("Provinciale Ontwikkelingsmaatschappij West-Vlaanderen","POM West-Vlaanderen"), O("Stad Kortrijk"), O("Sioen Industries")],
 [E("derde partnermeeting","2042-02-26","2042-02-27","Kortrijk","Belgium"),
  E("Bedrijfsbezoek aan Sioen Industries","2042-02-26",None,"Ardooie","Belgium"),
  E("Partnerdiner","2042-02-26",None,"Kortrijk","Belgium"),
  E("Workshop 'Recyclage van gemengde vezels'","2042-02-27",None,"Kortrijk","Belgium"),
  E("Stuurgroepvergadering","2042-02-27",None,"Kortrijk","Belgium"),
  E("Techtextil","2042-05-12","2042-05-15","Frankfurt","Germany"),
  E("stuurgroep","2042-03-13",None,None,None),
  E("vierde partnermeeting","2042-09",None,"Enschede","Netherlands")],
 ["2042-02-26/2042-02-27","2042-03-06","2042-02-26","2042-02-27","2042-01","2042/2043","2042-05-12/2042-05-15","2042-03-31","2042-03-13","2042-09"],
 ["Betrek de bedrijven al bij het schrijven van de testprotocollen, niet pas bij de proeven zelf",
  "Plan rapporteringsdeadlines van alle partners op dezelfde dag om dubbel werk bij de leadpartner te vermijden",
  "Gebruik één gedeelde databank voor vezelstalen in plaats van negen lokale lijsten",
  "Het tussentijds activiteitenverslag wordt ingediend vóór 31 maart 2042 (FTV)",
  "Volgende stuurgroep via videoconferentie op donderdag 13 maart 2042, 10.00 uur",
  "De vierde partnermeeting vindt plaats in Enschede in september 2042, gastheer Saxion"],
 pub="2042-03-06")
