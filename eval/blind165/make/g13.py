from h import *
F = 'g13_soderhamn_tradklustret_slutrapport_lardomar.md'
assert wd(2035,12,4)=='Tuesday' and wd(2035,11,14)=='Wednesday' and wd(2036,2,6)=='Wednesday'
T = """# Slutrapport: Träbyggnadsklustret Hälsingland 2032–2035

**Lärdomar och rekommendationer från tre års klusterutveckling**

*Söderhamn den 4 december 2035 · Rapporten har tagits fram av Hälsinge Näringslivsutveckling AB (HNU) på uppdrag av Region Gävleborg*

Författare: Karin Sundqvist, klusterledare, och Olof Hedlund, processledare, HNU. Extern utvärderare: Per-Erik NORDIN, Nordin Analys & Utvärdering.

---

## Sammanfattning

Träbyggnadsklustret Hälsingland startade i januari 2032 med stöd från Region Gävleborg, Söderhamns kommun, Hudiksvalls kommun och Ljusdals kommun. Målet var att få de små sågverken, hustillverkarna och snickerierna i Hälsingland att samarbeta kring industriellt träbyggande, och att öka andelen trähus i de offentliga byggprojekten i länet.

Efter tre år har klustret 41 medlemsföretag, mot 12 vid starten. Fyra gemensamma utvecklingsprojekt har genomförts, bland annat en standardiserad flervåningsstomme i korslimmat trä som tagits fram tillsammans med Högskolan i Gävle och RISE Research Institutes of Sweden. Två kommuner har skrivit in krav på träbyggnadsalternativ i sina byggstrategier.

## Resultat i siffror

| Indikator | Start 2032 | Slut 2035 |
|---|---|---|
| Medlemsföretag | 12 | 41 |
| Anställda i medlemsföretagen | cirka 480 | cirka 1 150 |
| Gemensamma utvecklingsprojekt | 0 | 4 |
| Offentliga byggprojekt i trä i länet | 2 | 9 |

Utvärderaren konstaterar att klustret har nått eller överträffat tre av fyra mål. Målet om export till Norge nåddes inte: endast två företag har fått order från norska kunder, och flera medlemmar uppger att de saknar tid och kunskap för att bearbeta nya marknader. Utvärderaren påpekar också att kvinnor är underrepresenterade både i företagen och i klustrets styrgrupp.

## Viktiga aktiviteter

- Klusterdagen i Söderhamn, som hölls varje höst (senast den 14 november 2035 på Faxeholmen)
- studieresa till Skellefteå och Kåge i maj 2033, med besök hos Martinsons och på Sara kulturhus
- utbildningsserien "Bygga i trä för beställare" för kommunala tjänstemän, sex träffar under 2034
- gemensam monter på Nordbygg i Stockholm den 24–27 mars 2034
- årsmötet med val av styrgrupp, i Hudiksvall den 19 april 2035

## Lärdomar

- Ett kluster med många mycket små företag behöver en anställd klusterledare; frivilliga krafter räcker inte för att hålla ihop arbetet
- Kommunerna är viktigare som beställare än som finansiärer av klustret
- Gemensamma tekniska lösningar skapar mer förtroende mellan företagen än nätverksträffar
- Kopplingen till högskolan måste byggas genom konkreta uppdrag, till exempel examensarbeten, inte genom avsiktsförklaringar
- Treåriga projektperioder är för korta; klustret riskerar att tappa fart när finansieringen tar slut

## Rekommendationer till Region Gävleborg

1. Finansiera klusterledningen i ytterligare fem år, med en gradvis ökande andel medlemsavgifter
2. Ta in träbyggande som ett eget område i den regionala innovationsstrategin
3. Samordna kommunernas upphandlingar av förskolor och äldreboenden så att lokala hustillverkare kan lämna anbud

## Röster från medlemmarna

Under hösten 2035 intervjuade utvärderaren 22 medlemmar. Nästan alla beskriver klustret som positivt, men flera efterfrågar mer stöd i konkreta affärer.

– Vi hade aldrig pratat med sågverket i Bollnäs om klustret inte funnits, säger Anna-Lena Berg, vd för Järvsö Hus AB.

– Det viktigaste är att kommunerna nu frågar efter trä redan i förstudien, menar Mikael Olsson, byggnadschef i Söderhamns kommun.

## Fortsättning

Styrgruppen för klustret, med ordförande Lars-Göran Ek (Ljusnans Sågverk AB) och vice ordförande Helena Ström (Hudiksvalls kommun), beslutade den 4 december 2035 att föreslå Region Gävleborg en fortsättning. Rapporten presenteras för regionens regionala utvecklingsnämnd den 6 februari 2036, en onsdag.

*Kontakt: Karin Sundqvist, klusterledare, karin.sundqvist@hnu.example.se, Hälsinge Näringslivsutveckling AB, Kungsgatan 20, 826 30 Söderhamn*
"""
write(F, T)
HN="Hälsinge Näringslivsutveckling AB"; TK="Träbyggnadsklustret Hälsingland"
gold(F,
 [P("Karin Sundqvist","klusterledare",HN), P("Olof Hedlund","processledare",HN),
  P("Per-Erik NORDIN","Extern utvärderare","Nordin Analys & Utvärdering"),
  P("Anna-Lena Berg","vd","Järvsö Hus AB"), P("Mikael Olsson","byggnadschef","Söderhamns kommun"),
  P("Lars-Göran Ek","ordförande",TK), P("Helena Ström","vice ordförande",TK)],
 [O(HN,"HNU"), O("Region Gävleborg"), O(TK), O("Söderhamns kommun"), O("Hudiksvalls kommun"), O("Ljusdals kommun"),
  O("Nordin Analys & Utvärdering"), O("Högskolan i Gävle"), O("RISE Research Institutes of Sweden"),
  O("Martinsons"), O("Järvsö Hus AB"), O("Ljusnans Sågverk AB")],
 [E("Klusterdagen","2035-11-14",None,"Söderhamn","Sweden"),
  E("studieresa till Skellefteå och Kåge","2033-05",None,"Skellefteå, Kåge","Sweden"),
  E("Bygga i trä för beställare","2034",None,None,None),
  E("Nordbygg","2034-03-24","2034-03-27","Stockholm","Sweden"),
  E("årsmötet","2035-04-19",None,"Hudiksvall","Sweden"),
  E("regionala utvecklingsnämnd","2036-02-06",None,None,None)],
 ["2032/2035","2035-12-04","2032-01","2035-11-14","2033-05","2034","2034-03-24/2034-03-27","2035-04-19","2036-02-06","2032","2035"],
 ["Ett kluster med många mycket små företag behöver en anställd klusterledare; frivilliga krafter räcker inte för att hålla ihop arbetet",
  "Kommunerna är viktigare som beställare än som finansiärer av klustret",
  "Gemensamma tekniska lösningar skapar mer förtroende mellan företagen än nätverksträffar",
  "Kopplingen till högskolan måste byggas genom konkreta uppdrag, till exempel examensarbeten, inte genom avsiktsförklaringar",
  "Treåriga projektperioder är för korta; klustret riskerar att tappa fart när finansieringen tar slut",
  "Finansiera klusterledningen i ytterligare fem år, med en gradvis ökande andel medlemsavgifter",
  "Ta in träbyggande som ett eget område i den regionala innovationsstrategin",
  "Samordna kommunernas upphandlingar av förskolor och äldreboenden så att lokala hustillverkare kan lämna anbud"],
 pub="2035-12-04")
