from h import *
F = 'g05_jonkoping_studiebesok.md'
assert wd(2036,4,22)=='Tuesday' and wd(2036,4,23)=='Wednesday' and wd(2036,4,24)=='Thursday' and wd(2036,5,6)=='Tuesday'
T = """**Smålands Träklusters nyhetsbrev · Nr 3/2036** | [Webbversion](#) | [Avregistrera](#)

# Finländsk delegation på studiebesök i Jönköpings län

*Publicerad 6 maj 2036 av Elin Sjöberg-Nyqvist*

Under tre dagar i april tog Smålands Trämanufakturkluster emot en delegation på sexton personer från Päijänne-Tavastland i Finland. Studiebesöket ägde rum 22–24 april 2036 och var en del av utbytet mellan de två regionernas träbyggnadskluster, som inleddes när vi besökte Lahtis hösten 2035.

Delegationen leddes av Jukka Heikkilä, klusterchef på Lahti Wood Industry Cluster, och Sanna Mäkelä-Ortiz, utvecklingschef vid Päijät-Hämeen liitto, förbundet för regionen. Med på resan fanns också representanter för LAB-yrkeshögskolan och fem företag inom modulhus, limträ och möbler.

Bakgrunden är enkel: båda regionerna har en lång tradition av möbel- och snickeriindustri, båda har många små familjeföretag och båda vill att fler offentliga byggnader ska uppföras i trä. Men arbetssätten skiljer sig. I Finland samordnar landskapsförbundet en stor del av utvecklingsarbetet, medan klustret i Småland drivs av företagen själva som en ekonomisk förening. Under besöket fick gästerna därför träffa både företagare, forskare och tjänstepersoner, och varje dag avslutades med en kort genomgång av vad deltagarna hade sett och vad de ville veta mer om.

## Programmet i korthet

**Tisdag 22 april – Jönköping**
- 10.00 Välkomstmöte på Science Park Jönköping. Klusterledaren **Anders Grip** presenterade klustrets 74 medlemsföretag och arbetet med den regionala innovationsstrategin.
- 13.00 Besök på Jönköping University, Tekniska Högskolan, där professor **Karin Vestergaard-Lind** visade forskningen om industriellt träbyggande.
- 15.30 Rundvandring i kvarteret Ljuset, ett av Sveriges största flerbostadshus i massivträ.
- 19.00 Gemensam middag med klustrets styrelse.

**Onsdag 23 april – Nässjö och Vetlanda**
- Fabriksbesök hos Nässjö Moduler AB, som levererar badrums- och köksmoduler till hela Norden. Vd **Per-Olof Hägg** berättade om automatiseringen av linjen.
- Eftermiddag: företagsbesök hos Vetlanda Limträ AB och samtal med kommunens näringslivschef **Mirja Oksanen**, som själv är uppvuxen i Lahtis.
- Kväll: B2B-möten mellan finska och småländska företag på Hotell Stadsparken i Vetlanda, 23 möten på två timmar.

**Torsdag 24 april – Värnamo**
- Avslutande workshop hos Region Jönköpings län om hur klustren kan söka gemensamma projekt. **Hanna Lundkvist**, regional utvecklingsdirektör, deltog under förmiddagen.
- Lunch och hemresa via Landvetter.

## Vad vi lärde oss

Både gästerna och värdarna lyfte fram några lärdomar som vi tar med oss:

- Finland har kommit längre med gemensamma upphandlingar av träbyggnader mellan kommuner
- Småländska företag är starka på serietillverkning men svaga på export utanför Norden
- Ett gemensamt kompetensprogram för snickare och montörer skulle gynna båda regionerna

## Nästa steg

Klustren ska lämna in en gemensam ansökan till Interreg Europe senast den 30 september 2036. Ett uppföljande möte hålls digitalt den 3 juni 2036, och i oktober 2036 planeras ett motbesök med småländska företag i Lahtis och Heinola.

– Det var nyttigt att se att vi brottas med samma frågor, säger Jukka Heikkilä. Skillnaden är att ni i Småland har fler företag som redan vågar bygga på höjden.

## Fler evenemang i vår

| Datum | Evenemang | Plats |
|---|---|---|
| 15 maj 2036 | Trädagen 2036 – öppet hus hos medlemsföretagen | hela länet |
| 27–28 maj 2036 | Nordiska träbyggnadsdagarna | Växjö |
| 11 juni 2036 | Klustrets årsstämma | Jönköping |

*Smålands Trämanufakturkluster ekonomisk förening · Science Park Jönköping, Gjuterigatan 9, 553 18 Jönköping · info@smatra.example.se*
*Du får detta nyhetsbrev eftersom du är medlem eller partner i klustret. Klustret finansieras av Region Jönköpings län och medlemsavgifter.*
"""
write(F, T)
S="Smålands Trämanufakturkluster ekonomisk förening"
gold(F,
 [P("Elin Sjöberg-Nyqvist",None,None),
  P("Jukka Heikkilä","klusterchef","Lahti Wood Industry Cluster"),
  P("Sanna Mäkelä-Ortiz","utvecklingschef","Päijät-Hämeen liitto"),
  P("Anders Grip","Klusterledaren",S),
  P("Karin Vestergaard-Lind","professor","Jönköping University"),
  P("Per-Olof Hägg","Vd","Nässjö Moduler AB"),
  P("Mirja Oksanen","näringslivschef",None),
  P("Hanna Lundkvist","regional utvecklingsdirektör","Region Jönköpings län")],
 [O(S), O("Lahti Wood Industry Cluster"), O("Päijät-Hämeen liitto"),
  O("LAB-yrkeshögskolan"), O("Science Park Jönköping"), O("Jönköping University"), O("Tekniska Högskolan"),
  O("Nässjö Moduler AB"), O("Vetlanda Limträ AB"), O("Region Jönköpings län")],
 [E("studiebesök","2036-04-22","2036-04-24","Jönköping, Nässjö, Vetlanda, Värnamo","Sweden"),
  E("Välkomstmöte","2036-04-22",None,"Jönköping","Sweden"),
  E("Besök på Jönköping University","2036-04-22",None,"Jönköping","Sweden"),
  E("Rundvandring i kvarteret Ljuset","2036-04-22",None,"Jönköping","Sweden"),
  E("Gemensam middag med klustrets styrelse","2036-04-22",None,"Jönköping","Sweden"),
  E("Fabriksbesök hos Nässjö Moduler AB","2036-04-23",None,"Nässjö","Sweden"),
  E("företagsbesök hos Vetlanda Limträ AB","2036-04-23",None,"Vetlanda","Sweden"),
  E("B2B-möten","2036-04-23",None,"Vetlanda","Sweden"),
  # third pass: the closing workshop is a session of the study visit's programme, not an event (README: workshops and round tables inside a visit programme)
  E("uppföljande möte","2036-06-03",None,None,None),
  E("motbesök","2036-10",None,"Lahtis, Heinola","Finland"),
  E("Trädagen 2036","2036-05-15",None,None,"Sweden"),
  E("Nordiska träbyggnadsdagarna","2036-05-27","2036-05-28","Växjö","Sweden"),
  E("Klustrets årsstämma","2036-06-11",None,"Jönköping","Sweden")],
 ["2036-05-06","2036-04","2036-04-22/2036-04-24","2035","2036-04-22","2036-04-23","2036-04-24","2036-09-30","2036-06-03","2036-10",
  "2036-05-15","2036-05-27/2036-05-28","2036-06-11"],
 ["Finland har kommit längre med gemensamma upphandlingar av träbyggnader mellan kommuner",
  "Småländska företag är starka på serietillverkning men svaga på export utanför Norden",
  "Ett gemensamt kompetensprogram för snickare och montörer skulle gynna båda regionerna"],
 pub="2036-05-06")
