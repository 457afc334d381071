from h import *
F = 'g12_waldviertel_timber_partners_meeting.md'
assert wd(2037,10,20)=='Tuesday' and wd(2037,10,21)=='Wednesday' and wd(2037,10,22)=='Thursday' and wd(2038,3,10)=='Wednesday' and wd(2038,3,11)=='Thursday'
T = """# TIMBERBRIDGE – who is who in the partnership

*Project news · posted 30 October 2037 by the lead partner · Interreg Austria–Czechia*

[Home](#) > [Project](#) > [Partners](#) > News

TIMBERBRIDGE connects small sawmills, joiners and timber-frame builders on both sides of the border between the Waldviertel in Lower Austria and the South Bohemian Region. After the third partner meeting, held in Zwettl from 20 to 22 October 2037, several of you asked us for an up-to-date list of the people behind the project. Here it is – together with a short account of the meeting.

## The partners and their people

Lead partner:
- Holzcluster Niederösterreich, part of ecoplus. Die Wirtschaftsagentur des Landes Niederösterreich GmbH (Austria) – project manager Mag. Verena Haider-Strasser, financial manager Florian Kainz

Project partners:
- Jihočeská hospodářská komora (Czechia) – Ing. Pavel Novotný, head of regional development, and Lucie Šimková, communication officer
- Waldviertler Holzbau Innung (Austria) – Guild Master Johann Pichler
- Mendelova univerzita v Brně, Faculty of Forestry and Wood Technology (Czechia) – doc. Ing. Radek Procházka, Ph.D.
- Regionalmanagement Waldviertel (Austria) – Karin Weißenböck
- Jihočeská agentura pro podporu inovačního podnikání (Czechia) – Martin Kubát

Associated partners: the Landwirtschaftskammer Niederösterreich, the town of České Velenice and the Austrian Federal Forests (Österreichische Bundesforste AG).

The project's steering committee is chaired in turn by the two regions: until March 2038 by Pavel Novotný (Jihočeská hospodářská komora, Czechia), afterwards by Verena Haider-Strasser (Holzcluster Niederösterreich, Austria).

## Changes in the team

Two faces are new. **Florian Kainz** replaced Sabine Eder as financial manager in September 2037; Sabine has moved to the Federal Ministry of Agriculture, Forestry, Regions and Water Management in Vienna. And on the Czech side **Lucie Šimková** has taken over communication from Jakub Hořejší, who left for a job in industry.

## Third partner meeting, Zwettl

**Tuesday 20 October**
- 16:00 Steering committee (partners only)
- 19:00 Welcome dinner at Stift Zwettl

**Wednesday 21 October**
- 09:00 Opening by Mayor Franz Mold, Stadtgemeinde Zwettl
- 09:30 Progress of the work packages
- 11:00 "Small sawmills, big questions" – talk by Radek Procházka (Mendelova univerzita v Brně, Czechia)
- 14:00 Company visits to Holzbau Schuecker in Schweiggers and Sägewerk Hahn in Großschönau

**Thursday 22 October**
- 09:00 Cross-border workshop on apprenticeships, with the vocational school for carpenters in Pöchlarn
- 12:30 Closing lunch

Around 38 people attended, among them eleven company owners. The company visits were the part most participants mentioned in the feedback forms: seeing a Czech joiner and an Austrian sawmill owner argue about drying schedules in front of the kiln told us more than any survey could. Thank you to both companies for opening their doors.

## Key takeaways

- Czech and Austrian sawmills face the same shortage of skilled staff and should recruit apprentices jointly
- A bilingual glossary of joinery terms is needed before any joint training can start
- The building codes on the two sides still differ on timber facades, which blocks cross-border sales
- Small companies want short, practical visits rather than long conferences

## Next steps

The fourth partner meeting will be held in České Budějovice on 10 and 11 March 2038. Partners will also meet at the Holzmesse in Klagenfurt and at the trade fair FOR ARCH in Prague.

*Share this post: [LinkedIn](#) · [Facebook](#) · [Email](#)*

*This project is co-funded by the European Union through Interreg Austria–Czechia 2035–2041.*
"""
write(F, T)
HC="Holzcluster Niederösterreich"; JHK="Jihočeská hospodářská komora"
gold(F,
 [P("Verena Haider-Strasser","project manager",HC), P("Florian Kainz","financial manager",HC),
  P("Pavel Novotný","head of regional development",JHK), P("Lucie Šimková","communication officer",JHK),
  P("Johann Pichler","Guild Master","Waldviertler Holzbau Innung"),
  P("Radek Procházka",None,"Mendelova univerzita v Brně"), P("Karin Weißenböck",None,"Regionalmanagement Waldviertel"),
  P("Martin Kubát",None,"Jihočeská agentura pro podporu inovačního podnikání"),
  P("Sabine Eder","financial manager",HC), P("Jakub Hořejší",None,JHK),
  P("Franz Mold","Mayor","Stadtgemeinde Zwettl")],
 [O(HC), O("ecoplus. Die Wirtschaftsagentur des Landes Niederösterreich GmbH"), O(JHK), O("Waldviertler Holzbau Innung"),
  O("Mendelova univerzita v Brně"), O("Faculty of Forestry and Wood Technology"), O("Regionalmanagement Waldviertel"),
  O("Jihočeská agentura pro podporu inovačního podnikání"), O("Landwirtschaftskammer Niederösterreich"),
  O("Austrian Federal Forests"), O("Federal Ministry of Agriculture, Forestry, Regions and Water Management"),
  O("Stadtgemeinde Zwettl"), O("Holzbau Schuecker"), O("Sägewerk Hahn"), O("European Union")],
 [E("third partner meeting","2037-10-20","2037-10-22","Zwettl","Austria"),
  E("Steering committee","2037-10-20",None,"Zwettl","Austria"),
  E("Welcome dinner","2037-10-20",None,"Zwettl","Austria"),
  E("Small sawmills, big questions","2037-10-21",None,"Zwettl","Austria"),
  E("Company visits","2037-10-21",None,"Schweiggers, Großschönau","Austria"),
  E("Cross-border workshop on apprenticeships","2037-10-22",None,"Zwettl","Austria"),
  E("Closing lunch","2037-10-22",None,"Zwettl","Austria"),
  E("fourth partner meeting","2038-03-10","2038-03-11","České Budějovice","Czechia"),
  E("Holzmesse",None,None,"Klagenfurt","Austria"), E("FOR ARCH",None,None,"Prague","Czechia")],
 ["2037-10-30","2037-10-20/2037-10-22","2038-03","2037-09","2037-10-20","2037-10-21","2037-10-22","2038-03-10/2038-03-11","2035/2041"],
 ["Czech and Austrian sawmills face the same shortage of skilled staff and should recruit apprentices jointly",
  "A bilingual glossary of joinery terms is needed before any joint training can start",
  "The building codes on the two sides still differ on timber facades, which blocks cross-border sales",
  "Small companies want short, practical visits rather than long conferences"],
 pub="2037-10-30")
