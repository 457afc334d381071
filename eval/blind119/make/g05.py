from h import *
F = 'g05_helsingborg_ny_vd.md'
assert wd(2040,9,17)=='Monday' and wd(2040,9,18)=='Tuesday' and wd(2040,8,30)=='Thursday'
T = """[Hem](/) · [Om oss](/om) · [Medlemmar](/medlemmar) · [Projekt](/projekt) · **Nyheter** · [Kontakt](/kontakt)

# Ny vd för Livsmedelsklustret Öresund Nord

*Pressmeddelande · Helsingborg 30 augusti 2040 · Läs på engelska*

Styrelsen för **Livsmedelsklustret Öresund Nord ekonomisk förening** har utsett Ingrid Lindqvist-Okafor till ny verkställande direktör. Hon tillträder den 1 november 2040 och efterträder Per-Olof Hägg, som har lett klustret sedan starten 2031 och nu går i pension.

Beslutet fattades vid ett extra styrelsemöte torsdagen den 30 augusti 2040. Rekryteringen har letts av styrelseordföranden Karin Åkesson, som till vardags är vd för Åkessons Kvarn AB i Ängelholm.

> "Ingrid har den sällsynta kombinationen av erfarenhet från både storföretag, akademi och offentlig sektor. Hon känner våra medlemmar och hon känner Bryssel", säger Karin Åkesson.

## Om Ingrid Lindqvist-Okafor

Ingrid Lindqvist-Okafor är 44 år och född i Malmö. Hon kommer närmast från **Region Skåne**, där hon sedan 2036 har varit enhetschef för näringsliv och innovation. Dessförinnan arbetade hon

- 2030–2036 som innovationsledare på Lunds universitet, med ansvar för samarbetet med livsmedelsindustrin,
- 2026–2030 som produktutvecklare på Orkla Foods Sverige i Malmö,
- 2024–2026 som trainee på Tetra Pak i Lund.

Hon är civilingenjör i bioteknik från Lunds tekniska högskola (LTH) och har varit expert i Europeiska kommissionens arbetsgrupp för livsmedelsekosystemets omställningsväg.

## Nio år med Per-Olof Hägg

Under den avgående vd:n Per-Olof Häggs tid har klustret vuxit från 23 till 142 medlemmar. Klustret har drivit två Interreg-projekt med danska partner, startat testbädden för växtbaserade livsmedel på Campus Helsingborg och varit värd för den tredje upplagan av Nordic Food Cluster Days den 4–6 maj 2038 i Helsingborg, med 600 deltagare från elva länder. Han har också suttit i styrelsen för den nationella föreningen Svenska Klusternätverket (2034–2040). Varje ledamot i klustrets styrelse väljs för två år i taget, och valberedningen har redan börjat arbetet inför stämman 2041.

## Ledningsgruppen från november

| Funktion | Namn |
|---|---|
| Verkställande direktör | Ingrid Lindqvist-Okafor |
| Biträdande vd och ekonomichef | Ahmad Rahimi |
| Klusterledare, förpackning och logistik | Elsa Nyström |
| Projektledare EU och internationellt | Tuomas Virtanen |
| Kommunikationsansvarig | Sanna Bergkvist |

## Styrelsen 2039–2041

Styrelsen valdes vid föreningsstämman i maj 2039 och består av ordförande Karin Åkesson (Åkessons Kvarn AB), vice ordförande Magnus Lindholm (Helsingborgs stad), ledamöterna Fatima El Amrani (Findus Sverige AB), Björn af Ekenstam (Skånemejerier) och Lotta Ek (Sveriges lantbruksuniversitet, Alnarp) samt adjungerade Jens Møller-Hansen från Food & Bio Cluster Denmark.

## Avtackning och välkomstmöte

Per-Olof Hägg avtackas vid höstmötet för medlemmarna måndagen den 17 september 2040 på Dunkers kulturhus i Helsingborg. Samma kväll hålls en mottagning där medlemmarna kan träffa den nya vd:n. Dagen efter, tisdagen den 18 september, håller klustret sin årliga studieresa till Köpenhamn tillsammans med dansk systerorganisation.

## Viktiga slutsatser från rekryteringen

Styrelsen har under rekryteringen intervjuat 25 medlemsföretag. Deras svar sammanfattas i fyra punkter:

1. Klustret ska vara en mötesplats även för de minsta producenterna
2. Kompetensförsörjning är den största utmaningen de närmaste fem åren
3. Samarbetet över Öresund behöver gå från projekt till vardag
4. Medlemmarna vill ha färre rapporter och fler konkreta testbäddar

Per-Olof Hägg ser fram emot att lämna över: "Jag lämnar ett kluster med 142 medlemmar och en stark ekonomi. Nu behövs nya ögon."

**Kontakt:** Karin Åkesson, styrelseordförande, 070-000 00 00 · Sanna Bergkvist, kommunikationsansvarig, press@livsmedelsklustret.example.se

[Dela på LinkedIn] · [Skriv ut] · [Tillbaka till nyheter]

---
© Livsmedelsklustret Öresund Nord · Drottninggatan 7, Helsingborg · Vi använder kakor. [Inställningar]
"""
write(F, T)
C="Livsmedelsklustret Öresund Nord ekonomisk förening"
gold(F,
 [P("Ingrid Lindqvist-Okafor","verkställande direktör",C),
  P("Per-Olof Hägg","vd",C),
  P("Karin Åkesson","ordförande",C),
  P("Ahmad Rahimi","Biträdande vd och ekonomichef",C),
  P("Elsa Nyström","Klusterledare, förpackning och logistik",C),
  P("Tuomas Virtanen","Projektledare EU och internationellt",C),
  P("Sanna Bergkvist","Kommunikationsansvarig",C),
  P("Magnus Lindholm","vice ordförande",C),
  P("Fatima El Amrani","ledamot",C),
  P("Björn af Ekenstam","ledamot",C),
  P("Lotta Ek","ledamot",C),
  P("Jens Møller-Hansen","adjungerad",C)],
 [O(C), O("Åkessons Kvarn AB"), O("Region Skåne"), O("Lunds universitet"), O("Orkla Foods Sverige"), O("Tetra Pak"),
  O("Lunds tekniska högskola","LTH"), O("Europeiska kommissionen"), O("Helsingborgs stad"), O("Findus Sverige AB"),
  O("Skånemejerier"), O("Sveriges lantbruksuniversitet"), O("Food & Bio Cluster Denmark"), O("Svenska Klusternätverket")],
 [E("Nordic Food Cluster Days","2038-05-04","2038-05-06","Helsingborg","Sweden"),
  E("extra styrelsemöte","2040-08-30",None,None,None),
  E("föreningsstämman","2039-05",None,None,None),
  E("stämman","2041",None,None,None),
  E("höstmötet","2040-09-17",None,"Helsingborg","Sweden"),
  E("mottagning","2040-09-17",None,"Helsingborg","Sweden"),
  E("studieresa","2040-09-18",None,"Köpenhamn","Denmark")],
 ["2040-08-30","2040-11-01","2031","2036","2030/2036","2026/2030","2024/2026","2040-11","2039/2041","2039-05","2040-09-17","2040-09-18","2038-05-04/2038-05-06","2034/2040"],
 ["Klustret ska vara en mötesplats även för de minsta producenterna",
  "Kompetensförsörjning är den största utmaningen de närmaste fem åren",
  "Samarbetet över Öresund behöver gå från projekt till vardag",
  "Medlemmarna vill ha färre rapporter och fler konkreta testbäddar"], pub="2040-08-30")
