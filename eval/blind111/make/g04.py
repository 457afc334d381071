from h import *
F = 'g04_klusterforum_sundsvall_blogg.md'
assert wd(2037,10,7)=='Wednesday' and wd(2037,10,8)=='Thursday'
T = """Mittsverige Klusterråd · Blogg · Evenemang · Om oss · Kontakt · English

# Liveblogg: Klusterforum Mittsverige 2037, dag för dag

**Publicerad 9 oktober 2037 av Linnea Åkerlund** · Läsningstid 6 min · Kategori: Evenemang

Klusterforum Mittsverige samlade i år drygt 230 deltagare på Mittuniversitetet i Sundsvall onsdag 7 och torsdag 8
oktober 2037. Temat var "Kluster i en ny industripolitik". Här är vår sammanfattning pass för pass, skriven medan det
hände och lätt redigerad i efterhand.

## Dag 1 – onsdag 7 oktober

**09.30 Öppning.** Moderatorn Emil Sandström hälsade välkommen och lämnade över till landshövding Birgitta
Hellström Lund, Länsstyrelsen Västernorrland, som påminde om att länet på tio år har fått tre nya batteri- och
vätgasrelaterade etableringar. "Vi behöver klustren för att de nya jättarna ska hitta underleverantörer här och inte i
Asien", sa hon.

**10.00 Keynote.** Magnus Lindqvist, avdelningschef på Tillväxtverket, presenterade den nationella klusterstrategin
2036–2041. Strategin ska ge de cirka 60 svenska klusterorganisationerna stöd över längre perioder än i dag, och en
utlysning öppnar i februari 2038.

**11.15 Panel: Industrins omställning i norr.** Med i panelen: Johanna Berglund, vd för klusterorganisationen
Processum i Örnsköldsvik; Anders Nyqvist, verksamhetsledare för Sundsvalls Energikluster; och Marie-Louise Forsberg,
hållbarhetschef på SCA. Mest diskuterat: bristen på elnät och på ingenjörer. Johanna Berglund föreslog att
klustren ska driva gemensamma rekryteringskampanjer riktade mot Tyskland och Finland.

**13.30 Parallella pass.** Vi satt i pass B om digitalisering, som leddes av Oskar Jonsson från RISE Research
Institutes of Sweden. Fyra företag visade hur de använder gemensamma datarum. Pass A om kompetens och pass C om
internationalisering finns dokumenterade i presentationerna.

**15.30 Europaperspektivet.** Claudia Reinholt från Europeiska kommissionen, GD GROW, talade via länk om
Euroclusters och om den kommande översynen av EU:s klusterpolitik. Hon uppmanade de svenska klustren att delta i
samrådet.

**18.30 Forummiddag** på Hotell Knaust med utdelning av priset Årets klusterinitiativ, som gick till Höga Kusten
Träkluster. Juryns ordförande Per-Olof Grahn motiverade priset med klustrets arbete med industriellt trähusbyggande.

## Dag 2 – torsdag 8 oktober

**08.30 Frukostmöte** för klusterledare, arrangerat av Reglab, med ett tjugotal deltagare.

**09.30 Regionens roll.** Regionrådet Karin Ödlund, Region Västernorrland, och Jonas Wennberg, näringslivsdirektör i
Sundsvalls kommun, diskuterade hur region och kommun kan samfinansiera klusterledningen. Region Västernorrland
avsätter 4,5 miljoner kronor per år 2038–2040.

**10.45 Workshop: Vad vill vi säga till Bryssel?** Deltagarna arbetade i grupper och lämnade inspel till EU:s
översyn.

**12.00 Studiebesök** på Northvolt Sundsvall och på vätgasanläggningen i Ortviken, för den som hade anmält sig.

**14.00 Avslutning.** Emil Sandström sammanfattade de två dagarna och tackade arrangörerna, värdarna och alla
talare. Han lovade att forumets inspel skickas vidare till kommissionen före årsskiftet.

## Slutsatser från forumet

- Klusterorganisationer behöver långsiktig finansiering, minst fem år i taget
- Klustren ska hjälpa de nya storindustrierna att hitta lokala underleverantörer
- Kompetensförsörjningen kräver gemensamma rekryteringsinsatser, även utanför Sverige
- Region och kommun bör gemensamt ta ansvar för klusterledningen
- Svenska kluster bör delta mer aktivt i EU:s samråd och i europeiska partnerskap

Nästa Klusterforum Mittsverige hålls hösten 2038 i Östersund. Spara datumet: 6–7 oktober 2038.

*Foto: Viktor Hägg. Presentationerna finns på forumets sida.*

---

**Kommentarer (2)**

*Sofia Lindgren, 9 oktober 2037:* Tack för en bra sammanfattning! Pass A var också mycket givande.

*Håkan Eriksson, 10 oktober 2037:* Finns det en inspelning av keynoten?

---
Mittsverige Klusterråd · c/o Mittuniversitetet, Holmgatan 10, 851 70 Sundsvall · info@klusterrad.example
Vi använder kakor för att förbättra webbplatsen. [Godkänn] [Läs mer]
"""
write(F, T)
gold(F,
 [P("Linnea Åkerlund"), P("Emil Sandström","Moderatorn"),
  P("Birgitta Hellström Lund","landshövding","Länsstyrelsen Västernorrland"),
  P("Magnus Lindqvist","avdelningschef","Tillväxtverket"),
  P("Johanna Berglund","vd","Processum"), P("Anders Nyqvist","verksamhetsledare","Sundsvalls Energikluster"),
  P("Marie-Louise Forsberg","hållbarhetschef","SCA"), P("Oskar Jonsson",None,"RISE Research Institutes of Sweden"),
  P("Claudia Reinholt",None,"GD GROW"), P("Per-Olof Grahn","Juryns ordförande"),
  P("Karin Ödlund","Regionrådet","Region Västernorrland"),
  P("Jonas Wennberg","näringslivsdirektör","Sundsvalls kommun"),
  P("Viktor Hägg"), P("Sofia Lindgren"), P("Håkan Eriksson")],
 [O("Mittsverige Klusterråd"), O("Mittuniversitetet"), O("Länsstyrelsen Västernorrland"), O("Tillväxtverket"),
  O("Processum"), O("Sundsvalls Energikluster"), O("SCA"), O("RISE Research Institutes of Sweden"),
  O("Europeiska kommissionen"), O("GD GROW"), O("Höga Kusten Träkluster"), O("Reglab"),
  O("Region Västernorrland"), O("Sundsvalls kommun"), O("Northvolt Sundsvall")],
 [E("Klusterforum Mittsverige 2037","2037-10-07","2037-10-08","Sundsvall","Sweden"),
  E("Forummiddag","2037-10-07",None,"Sundsvall","Sweden"),
  E("Frukostmöte","2037-10-08",None,"Sundsvall","Sweden"),
  E("Workshop: Vad vill vi säga till Bryssel?","2037-10-08",None,"Sundsvall","Sweden"),
  E("Studiebesök","2037-10-08",None,"Sundsvall","Sweden"),
  E("Klusterforum Mittsverige","2038-10-06","2038-10-07","Östersund","Sweden")],
 ["2037-10-09","2037-10-07/2037-10-08","2037-10-07","2037-10-08","2036/2041","2038-02","2038/2040","2038","2038-10-06/2038-10-07","2037-10-10"],
 ["Klusterorganisationer behöver långsiktig finansiering, minst fem år i taget",
  "Klustren ska hjälpa de nya storindustrierna att hitta lokala underleverantörer",
  "Kompetensförsörjningen kräver gemensamma rekryteringsinsatser, även utanför Sverige",
  "Region och kommun bör gemensamt ta ansvar för klusterledningen",
  "Svenska kluster bör delta mer aktivt i EU:s samråd och i europeiska partnerskap"],
 pub="2037-10-09")
