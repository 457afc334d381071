from h import *
F = 'g10_roermond_ledenvergadering_verslag.md'
assert wd(2041,4,11)=='Donderdag'.replace('Donderdag','Thursday') and wd(2041,3,14)=='Thursday' and wd(2041,5,2)=='Thursday' and wd(2041,6,19)=='Wednesday' and wd(2041,9,25)=='Wednesday'
T = """# Verslag Algemene Ledenvergadering voorjaar 2041

**Maakindustrie Cluster Midden-Limburg** (MCML)
Donderdag 11 april 2041, 15.30–18.00 uur · Roermond, bedrijfsrestaurant van Océ-Venlo Printing Systems B.V., locatie Roermond
Vastgesteld door het bestuur op 2 mei 2041

[Terug naar ledenportaal](/leden) · [Download als pdf](/verslag-alv-2041.pdf)

---

**Aanwezig:** 47 leden (waarvan 6 met volmacht), het bestuur voltallig, het clusterbureau.
**Gasten:** Margriet van der Linden-Hoogers, gedeputeerde Economie van de Provincie Limburg; Bas Kortekaas, LIOF (Limburgse Ontwikkelings- en Investeringsmaatschappij).
**Voorzitter:** ir. Hendrik-Jan de Bruijn
**Verslag:** Fenna Schreurs, clustercoördinator

## 1. Opening en mededelingen

De voorzitter opent om 15.35 uur en heet in het bijzonder de gedeputeerde welkom. Hij meldt dat het cluster sinds de vorige vergadering op 14 maart 2041 (extra ledenvergadering over de contributie) vier nieuwe leden heeft: Metaalbewerking Smeets & Zn. uit Weert, Van Houts Kunststoftechniek B.V., het praktijkcentrum Brightlands Techniek Campus en het Gilde Opleidingen in Roermond. Afmeldingen zijn ontvangen van onder anderen Ton Janssen (Janssen Lasrobotica) en Yvonne Peeters-Mertens.

## 2. Jaarverslag en jaarrekening 2040

Penningmeester Ruud op den Kamp licht de jaarrekening toe. Het cluster sloot 2040 af met een klein positief saldo van € 18.400. De kascommissie, bestaande uit Jeroen Vossen en Angelique Hermans, heeft de stukken gecontroleerd en adviseert de vergadering het bestuur decharge te verlenen.

Uit het jaarverslag: in 2040 organiseerde het cluster 14 bijeenkomsten, waaronder de Maakdag Midden-Limburg op 20 juni 2040 in Weert (420 bezoekers), drie bedrijfsbezoeken en een handelsmissie naar de Hannover Messe in april 2040 met twaalf leden. In de discussie vragen enkele leden om meer aandacht voor kleine bedrijven zonder eigen ontwikkelafdeling; het bestuur zegt toe hiervoor in het jaarplan een aparte werkgroep op te nemen.

## 3. Bestuursverkiezing

Aftredend en herkiesbaar is secretaris Sanne Wijnen-Coenen. Aftredend en niet herkiesbaar is bestuurslid Piet Hermans, die na acht jaar afscheid neemt. Het bestuur draagt Dilara Yılmaz-Brouwers (Nedap Industrial B.V.) voor als nieuw bestuurslid. Er zijn geen tegenkandidaten.

## 4. Presentatie gedeputeerde

Gedeputeerde Van der Linden-Hoogers schetst de plannen van de provincie voor het programma Limburg Maakt 2041–2045. Zij noemt het cluster ‘de oren en ogen van de provincie in de werkplaatsen van Midden-Limburg’ en nodigt de leden uit voor de consultatiebijeenkomst op woensdag 19 juni 2041 in het Gouvernement in Maastricht.

## 5. Jaarplan 2041

Fenna Schreurs presenteert het jaarplan. Belangrijkste activiteiten:

- Maakdag Midden-Limburg 2041 op woensdag 25 september 2041 in Roermond (ECI Cultuurfabriek);
- studiereis naar het Duitse cluster Automotiveland.nrw in Aken, najaar 2041;
- een leergang "Automatiseren voor het mkb" met Fontys Hogescholen in Venlo;
- matchmakingtafels met Belgisch-Limburgse bedrijven samen met VOKA Limburg.

## 6. Besluiten

De ledenvergadering besluit:

1. Het verslag van de ledenvergadering van 14 maart 2041 wordt ongewijzigd vastgesteld
2. De jaarrekening 2040 wordt goedgekeurd en het bestuur krijgt decharge
3. Sanne Wijnen-Coenen wordt herbenoemd als secretaris voor een periode van drie jaar
4. Dilara Yılmaz-Brouwers wordt benoemd tot bestuurslid
5. Het jaarplan en de begroting 2041 worden vastgesteld, met een contributie van € 650 per lid

## 7. Rondvraag en sluiting

Dhr. Vossen vraagt of de Maakdag ook voor scholieren kan worden opengesteld. Het bestuur neemt dit mee. De voorzitter bedankt Piet Hermans met een bos bloemen en sluit de vergadering om 17.55 uur, waarna de leden worden uitgenodigd voor een rondleiding door de fabriek en een borrel.

*Volgende ledenvergadering: najaar 2041, datum volgt.*

---
MCML · Maakindustrie Cluster Midden-Limburg · Kazernestraat 3, 6041 Roermond · info@mcml.example.nl · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
C = "Maakindustrie Cluster Midden-Limburg"
gold(F,
 [P("Margriet van der Linden-Hoogers","gedeputeerde Economie","Provincie Limburg"),
  P("Bas Kortekaas",None,"LIOF"),
  P("Hendrik-Jan de Bruijn","Voorzitter",C),
  P("Fenna Schreurs","clustercoördinator",C),
  P("Ton Janssen",None,"Janssen Lasrobotica"),
  P("Yvonne Peeters-Mertens",None,None),
  P("Ruud op den Kamp","Penningmeester",C),
  P("Jeroen Vossen","kascommissie",C),
  P("Angelique Hermans","kascommissie",C),
  P("Sanne Wijnen-Coenen","secretaris",C),
  P("Piet Hermans","bestuurslid",C),
  P("Dilara Yılmaz-Brouwers","bestuurslid",C)],
 [O(C,"MCML"), O("Océ-Venlo Printing Systems B.V."), O("Provincie Limburg"),
  O("Limburgse Ontwikkelings- en Investeringsmaatschappij","LIOF"),
  O("Metaalbewerking Smeets & Zn."), O("Van Houts Kunststoftechniek B.V."), O("Brightlands Techniek Campus"),
  O("Gilde Opleidingen"), O("Janssen Lasrobotica"), O("Nedap Industrial B.V."), O("Automotiveland.nrw"),
  O("Fontys Hogescholen"), O("VOKA Limburg")],
 [E("Algemene Ledenvergadering voorjaar 2041","2041-04-11",None,"Roermond","Netherlands"),
  E("extra ledenvergadering","2041-03-14",None,None,None),
  E("Maakdag Midden-Limburg","2040-06-20",None,"Weert","Netherlands"),
  E("handelsmissie naar de Hannover Messe","2040-04",None,"Hannover","Germany"),
  E("Hannover Messe","2040-04",None,"Hannover","Germany"),
  E("consultatiebijeenkomst","2041-06-19",None,"Maastricht","Netherlands"),
  E("Maakdag Midden-Limburg 2041","2041-09-25",None,"Roermond","Netherlands"),
  E("studiereis naar het Duitse cluster Automotiveland.nrw","2041",None,"Aken","Germany"),
  E("rondleiding door de fabriek","2041-04-11",None,"Roermond","Netherlands"),
  E("borrel","2041-04-11",None,"Roermond","Netherlands"),
  E("ledenvergadering","2041",None,None,None)],
 ["2041-04-11","2041-05-02","2041-03-14","2040","2040-06-20","2040-04","2041/2045","2041-06-19","2041","2041-09-25"],
 ["Het verslag van de ledenvergadering van 14 maart 2041 wordt ongewijzigd vastgesteld",
  "De jaarrekening 2040 wordt goedgekeurd en het bestuur krijgt decharge",
  "Sanne Wijnen-Coenen wordt herbenoemd als secretaris voor een periode van drie jaar",
  "Dilara Yılmaz-Brouwers wordt benoemd tot bestuurslid",
  "Het jaarplan en de begroting 2041 worden vastgesteld, met een contributie van € 650 per lid"])
