from h import *
F = 'g09_enschede_partnerbijeenkomst.md'
assert wd(2037,6,10)=='Wednesday' and wd(2037,6,11)=='Thursday' and wd(2036,11,13)=='Thursday' and wd(2038,3,4)=='Thursday'
T = """**Novel-T** · Nieuws · Agenda · Programma's · Over ons · Contact

# Derde partnerbijeenkomst CIRC-TEX in Enschede: van oude kleding naar nieuwe garens

_Geplaatst op 16 juni 2037 door Sanne Wolters-ter Beek · Leestijd 4 minuten_

Op woensdag 10 en donderdag 11 juni 2037 ontving Novel-T de partners van het Interreg North-West Europe-project CIRC-TEX voor hun derde partnerbijeenkomst. Het project, dat loopt van september 2035 tot en met augustus 2039, wil de recycling van textiel van vezel tot vezel in Noordwest-Europa op industriële schaal brengen. Twente, met zijn lange textielgeschiedenis, is daarvoor een logische plek.

## Wie waren erbij?

Aan de bijeenkomst namen 38 mensen deel van de negen partners:

- Novel-T, Enschede (gastheer)
- Universiteit Twente
- Saxion Hogeschool, lectoraat Smart Functional Materials
- Centexbel, Gent (leadpartner)
- Up-Tex – Pôle de compétitivité des textiles innovants, Roubaix
- Institut für Textiltechnik der RWTH Aachen University (ITA)
- Modint, brancheorganisatie voor mode en textiel
- Irish Textile Recyclers Network CLG, Dublin
- Luxinnovation GIE, Luxemburg

## Dag 1: resultaten en bedrijfsbezoeken

Na een welkomstwoord van Hendrik-Jan Oude Luttikhuis, directeur van Novel-T, gaf projectleider Dr. Ann-Sofie Vercruysse (Centexbel) een overzicht van de stand van zaken. De eerste pilotlijn voor mechanische recycling in Gent draait sinds februari; de tweede, voor chemische recycling van polyester, wordt eind 2037 in Aken opgeleverd.

Prof. dr. Marloes Haverkamp van de Universiteit Twente presenteerde de levenscyclusanalyse: gerecyclede katoenvezels halveren de CO2-uitstoot ten opzichte van nieuwe katoen, mits het sorteren automatisch gebeurt. Daarna volgde een bezoek aan twee bedrijven:

- 13.30 uur – bedrijfsbezoek aan een sorteercentrum in Hengelo
- 15.30 uur – bedrijfsbezoek aan een spinnerij in Nijverdal

's Avonds was er een diner voor de partners in het TwentseWelle-museum in Enschede, waar conservator Bart Nijhuis een rondleiding gaf langs de textielcollectie.

## Dag 2: beleid en samenwerking

De tweede dag stond in het teken van beleid. Rapporteur Thomas Weber-Klinkhammer (ITA) presenteerde de eerste versie van het beleidsdocument over uitgebreide producentenverantwoordelijkheid voor textiel. In de discussie benadrukte Aoife Ní Bhriain van het Irish Textile Recyclers Network dat kleine inzamelaars niet uit de markt mogen worden gedrukt.

Tijdens de vergadering van de stuurgroep, voorgezeten door Jean-Luc Bonnefoy (Up-Tex), werd besloten het budget voor communicatie deels te verschuiven naar een extra demonstratie in Roubaix.

## Geleerde lessen

Na twee jaar CIRC-TEX zetten de partners hun belangrijkste lessen op een rij:

- Zonder betrouwbare sortering naar vezelsoort heeft recycling van vezel tot vezel geen businesscase.
- Merken willen gerecycleerde garens kopen, maar pas als de kwaliteit gegarandeerd is.
- Kennisinstellingen en clusterorganisaties moeten samen optrekken richting regionale overheden.
- Vergunningen voor pilotlijnen kosten meer tijd dan de techniek zelf.

## Hoe verder?

De volgende partnerbijeenkomst vindt plaats in Roubaix op 4 maart 2038, gekoppeld aan het Up-Tex-congres. Eerder dit jaar organiseerde het project al een online matchmaking voor merken en recyclers (26 februari 2037), met 212 deelnemers. De deelnemers voerden daar in totaal 340 korte gesprekken van twintig minuten. De eerste partnerbijeenkomst vond plaats in Gent in november 2035, de tweede partnerbijeenkomst in Aken op 13 november 2036.

Bedrijven die willen deelnemen aan de demonstraties kunnen zich tot 1 oktober 2037 aanmelden bij Novel-T.

_Meer weten? Neem contact op met Sanne Wolters-ter Beek, projectcoördinator internationaal bij Novel-T._

[Delen op LinkedIn] [Delen via e-mail] · Terug naar nieuwsoverzicht

---
Novel-T · Hengelosestraat 500, Enschede · Privacyverklaring · Cookie-instellingen
"""
write(F, T)
gold(F,
 [P("Sanne Wolters-ter Beek","projectcoördinator internationaal","Novel-T"),
  P("Hendrik-Jan Oude Luttikhuis","directeur","Novel-T"),
  P("Ann-Sofie Vercruysse","projectleider","Centexbel"),
  P("Marloes Haverkamp",None,"Universiteit Twente"),
  P("Bart Nijhuis","conservator","TwentseWelle-museum"),
  P("Thomas Weber-Klinkhammer","Rapporteur","ITA"),
  P("Aoife Ní Bhriain",None,"Irish Textile Recyclers Network"),
  P("Jean-Luc Bonnefoy",None,"Up-Tex")],
 [O("Novel-T"), O("Universiteit Twente"), O("Saxion Hogeschool"), O("Centexbel"),
  O("Up-Tex – Pôle de compétitivité des textiles innovants","Up-Tex"),
  O("Institut für Textiltechnik der RWTH Aachen University","ITA"), O("Modint"),
  O("Irish Textile Recyclers Network CLG"), O("Luxinnovation GIE"), O("TwentseWelle-museum")],
 [E("derde partnerbijeenkomst","2037-06-10","2037-06-11","Enschede","Netherlands"),
  E("bedrijfsbezoek","2037-06-10",None,"Hengelo","Netherlands"),
  E("bedrijfsbezoek","2037-06-10",None,"Nijverdal","Netherlands"),
  E("diner","2037-06-10",None,"Enschede","Netherlands"),
  E("vergadering van de stuurgroep","2037-06-11",None,"Enschede","Netherlands"),
  E("partnerbijeenkomst","2038-03-04",None,"Roubaix","France"),
  E("Up-Tex-congres","2038-03-04",None,"Roubaix","France"),
  E("online matchmaking","2037-02-26",None,None,None),
  E("eerste partnerbijeenkomst","2035-11",None,"Gent","Belgium"),
  E("tweede partnerbijeenkomst","2036-11-13",None,"Aken","Germany")],
 ["2037-06-16","2037-06-10/2037-06-11","2035-09/2039-08","2037","2037-02","2038-03-04","2037-02-26","2035-11","2036-11-13","2037-10-01"],
 ["Zonder betrouwbare sortering naar vezelsoort heeft recycling van vezel tot vezel geen businesscase",
  "Merken willen gerecycleerde garens kopen, maar pas als de kwaliteit gegarandeerd is",
  "Kennisinstellingen en clusterorganisaties moeten samen optrekken richting regionale overheden",
  "Vergunningen voor pilotlijnen kosten meer tijd dan de techniek zelf"],
 pub="2037-06-16")
