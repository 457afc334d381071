from h import *
F = 'g09_sundsvall_skogskluster_peer_review.md'
assert wd(2035,9,11)=='Tuesday' and wd(2035,9,13)=='Thursday' and wd(2035,11,27)=='Tuesday' and wd(2036,2,5)=='Tuesday'
T = """[Start](/) | [Om klustret](/om) | [Medlemmar](/medlemmar) | **[Rapporter](/rapporter)** | [Kalendarium](/kalender) | [Kontakt](/kontakt) | [English](/en)

# Extern granskning: så står sig Mittnordiska Skogsklustret mot Europas bästa

*Publicerad 27 november 2035 · Text: Emma Lindqvist-Olofsson · Foto: Jonas Edlund*

Hur bra är vi egentligen? Den frågan ställde styrelsen för Mittnordiska Skogsklustret (MSK) när den i våras beslutade att låta klustret granskas av kollegor från andra europeiska kluster. Nu är rapporten klar. Här sammanfattar vi de viktigaste resultaten.

## Så gick granskningen till

Granskningen genomfördes av en panel med tre klusterledare: **Dr. Markus Felbinger**, verksamhetsledare för Cluster Forst und Holz in Bayern gGmbH, **Aino Rautiainen**, vd för Finnish Bioeconomy Cluster Association, och **Ana Belén Ortiz Larrañaga**, klusterchef på Basque Wood Cluster (Baskegur). Panelen stöddes metodiskt av Europeiska sekretariatet för klusteranalys (ESCA) och leddes av Felbinger.

Panelen besökte Sundsvall och Härnösand tisdag–torsdag 11–13 september 2035. Under tre dagar intervjuades 31 personer: medlemsföretag som SCA Ortviken AB, Holmen Skog AB och det unga bolaget Cellufiber Norr AB, forskare från Mittuniversitetet, företrädare för Region Västernorrland samt klustrets eget kansli. Programmet avslutades med ett studiebesök på RISE Processum i Örnsköldsvik på torsdagen.

## Resultat i siffror

| Område | Poäng (1–5) | Europeiskt snitt |
|---|---|---|
| Strategi och mål | 4,2 | 3,6 |
| Medlemsservice | 3,8 | 3,7 |
| Internationalisering | 2,9 | 3,4 |
| Finansiering | 3,1 | 3,3 |
| Samverkan med akademi | 4,5 | 3,5 |

Jämförelsen bygger på 47 kluster som granskats med samma metod sedan 2031.

## Panelens huvudslutsatser

- Klustret har en tydlig och väl förankrad strategi med mätbara mål till 2040.
- Samarbetet med Mittuniversitetet är ett av de starkaste som panelen har sett i Europa.
- Internationaliseringen är svag: bara 14 procent av medlemmarna har deltagit i en internationell aktivitet under de senaste tre åren.
- Klustret är för beroende av offentlig projektfinansiering, som står för 71 procent av budgeten.
- Små och medelstora företag i inlandet upplever att klustret främst tjänar de stora bolagen vid kusten.

## Rekommendationer

Panelen rekommenderar att klustret tar fram en internationaliseringsplan före sommaren 2036, att medlemsavgifterna ses över så att den privata finansieringen ökar till minst 40 procent, och att ett särskilt program för inlandsföretag i Sollefteå och Ånge startas.

– Vi fick precis den spegel vi behövde. Särskilt kritiken om inlandet tar vi till oss, säger klusterchef **Per-Anders Hägglund**.

Styrelseordförande **Malin Sjödin-Berg**, som till vardags är vd för Ådalens Sågverk AB, lovar att styrelsen ska svara på rekommendationerna vid ett medlemsmöte den 5 februari 2036.

## Om metoden

Peer review för kluster bygger på att erfarna klusterledare granskar varandra enligt ett gemensamt frågeformulär med 38 indikatorer. Metoden utvecklades inom nätverket ClusterPeers Europe och har sedan 2031 använts i tolv länder. Till skillnad från en certifiering ger granskningen inget betyg, utan ett underlag för klustrets egen utveckling. Kostnaden för MSK, cirka 180 000 kronor, delfinansierades av Tillväxtverket. Ledamoten **Lars-Erik Nordin** från Sundsvalls kommun var styrelsens kontaktperson under hela processen.

## Nästa steg

Rapporten ska användas i ansökan om guldmärkning från European Cluster Excellence Initiative (ECEI) under 2036. MSK erbjuder i sin tur att ingå i en panel som granskar Baskegur nästa höst.

**Ladda ner:** [Peer review-rapport MSK 2035 (pdf, 2,1 MB)](/rapporter/peer-review-2035.pdf) · [English summary](/en/reports/peer-review-2035)

---

**Kontakt:** Per-Anders Hägglund, klusterchef, 060-00 00 00, per-anders@msk.example.se

*Dela:* [LinkedIn](#) · [Facebook](#) · [E-post](#)

*Vi använder kakor för att förbättra webbplatsen. [Läs mer](/kakor)*

Mittnordiska Skogsklustret ek. för. · Storgatan 8, 852 30 Sundsvall · Org.nr 000000-0000
"""
write(F, T)
gold(F,
 [P("Emma Lindqvist-Olofsson",None,None), P("Jonas Edlund",None,None),
  P("Markus Felbinger","verksamhetsledare","Cluster Forst und Holz in Bayern gGmbH"),
  P("Aino Rautiainen","vd","Finnish Bioeconomy Cluster Association"),
  P("Ana Belén Ortiz Larrañaga","klusterchef","Basque Wood Cluster"),
  P("Per-Anders Hägglund","klusterchef","Mittnordiska Skogsklustret"),
  P("Lars-Erik Nordin","Ledamoten","Mittnordiska Skogsklustret"),
  P("Malin Sjödin-Berg","Styrelseordförande","Mittnordiska Skogsklustret")],
 [O("Mittnordiska Skogsklustret ek. för.","MSK"), O("Cluster Forst und Holz in Bayern gGmbH"),
  O("Finnish Bioeconomy Cluster Association"), O("Basque Wood Cluster","Baskegur"),
  O("Europeiska sekretariatet för klusteranalys","ESCA"), O("SCA Ortviken AB"), O("Holmen Skog AB"),
  O("Cellufiber Norr AB"), O("Mittuniversitetet"), O("Region Västernorrland"), O("RISE Processum"),
  O("ClusterPeers Europe"), O("Tillväxtverket"), O("Sundsvalls kommun"), O("Ådalens Sågverk AB"), O("European Cluster Excellence Initiative","ECEI")],
 [E("peer review-besök","2035-09-11","2035-09-13","Sundsvall, Härnösand","Sweden"),
  E("studiebesök på RISE Processum","2035-09-13",None,"Örnsköldsvik","Sweden"),
  E("medlemsmöte","2036-02-05",None,None,None)],
 ["2035-11-27","2035-09-11/2035-09-13","2031","2040","2036","2036-02-05"],
 ["Klustret har en tydlig och väl förankrad strategi med mätbara mål till 2040",
  "Samarbetet med Mittuniversitetet är ett av de starkaste som panelen har sett i Europa",
  "Internationaliseringen är svag: bara 14 procent av medlemmarna har deltagit i en internationell aktivitet under de senaste tre åren",
  "Klustret är för beroende av offentlig projektfinansiering, som står för 71 procent av budgeten",
  "Små och medelstora företag i inlandet upplever att klustret främst tjänar de stora bolagen vid kusten",
  "klustret tar fram en internationaliseringsplan före sommaren 2036",
  "medlemsavgifterna ses över så att den privata finansieringen ökar till minst 40 procent",
  "ett särskilt program för inlandsföretag i Sollefteå och Ånge startas"],
 "2035-11-27")
