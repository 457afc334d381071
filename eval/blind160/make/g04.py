from h import *
F = 'g04_caltanissetta_position_paper.md'
assert wd(2040,2,9)=='Thursday' and wd(2040,1,24)=='Tuesday'
T = """# Position paper

## Inner Sicily and the next regional smart specialisation strategy

**Submitted by:** Consorzio Innovazione Sicilia Centrale (CISC), Caltanissetta
**Co-signed by:** the Enna Agri-food District, the Kore University of Enna, Confartigianato Caltanissetta and Legacoop Sicilia Centro
**Addressed to:** the Department of Productive Activities of the Sicilian Region, as a contribution to the public consultation on the Smart Specialisation Strategy 2041–2047
**Date:** 9 February 2040

---

### Who we are

The Consorzio Innovazione Sicilia Centrale brings together 63 companies, two research laboratories and four municipalities of the provinces of Caltanissetta and Enna. Our members work mainly in durum wheat and pasta, olive oil, stone and gypsum processing, renewable energy services and the restoration of historic buildings. Since 2034 the consortium has run the "Filiera Corta" programme for local suppliers and, since 2037, a shared laboratory for the testing of building materials in San Cataldo.

This paper was discussed by our members at an open assembly in Caltanissetta on Tuesday 24 January 2040 and approved by the board of directors the same evening.

### Why inner areas need a voice in the strategy

The two previous strategies (2021–2027 and 2028–2034) were written largely around the metropolitan areas of Palermo, Catania and Messina. Of the 418 projects funded under the research and innovation priority between 2028 and 2034, only 22 were led by companies based in our two provinces. Our members often learned about calls when they had already closed.

At the same time, inner Sicily has assets that fit the European Green Deal and the EU cluster agenda well: a long tradition in dry farming, a large stock of abandoned historic buildings, and some of the best solar conditions in Europe. What is missing is not ideas but the connection between our firms and the regional innovation system.

### What we heard from our members

In preparing this paper, CISC interviewed 31 member companies between November 2039 and January 2040. The interviews were carried out by our innovation officer, Rosalia Giunta, with the help of two students from the Kore University of Enna. Three messages recurred:

1. Companies cannot afford to send staff to Palermo or Catania for every information day.
2. Small firms need partners to write proposals; they rarely have the skills in house.
3. The most useful support so far came from people, not from platforms: the consortium's staff, the chamber of commerce and a handful of university researchers.

### Recommendations

We ask the Sicilian Region to take the following recommendations into account in the new strategy:

1. Recognise "sustainable construction and restoration with local materials" as a priority domain, or at least as a cross-cutting theme of the existing domains
2. Reserve at least 15% of the strategy's innovation budget for projects led by companies in inner areas, as defined in the national strategy for inner areas
3. Hold at least one entrepreneurial discovery workshop per year in Caltanissetta or Enna, not only in the three metropolitan cities
4. Fund cluster and consortium staff, not only equipment; a facilitator who knows the companies is worth more than a new portal
5. Create a simplified call for micro-enterprises with a single-page application and decisions within 60 days
6. Involve the Kore University of Enna in the regional innovation observatory, so that data on inner areas are collected at all

### Our contribution

CISC is ready to host the first discovery workshop in 2041 and to share the results of its materials laboratory with the Regional Department. We also offer our network to test the simplified call with ten companies before it is opened to all.

### Contact

Salvatore Lo Monaco, president of the Consorzio Innovazione Sicilia Centrale
Giuseppina Ferrigno, director
Via Napoleone Colajanni 41, 93100 Caltanissetta · segreteria@cisc.example.it

*Co-signatories: Filippo Arena, president, Enna Agri-food District · Prof. Concetta Vullo, vice-rector for the third mission, Kore University of Enna · Carmelo Di Dio, secretary general, Confartigianato Caltanissetta · Ivana Schillaci, coordinator, Legacoop Sicilia Centro*
"""
write(F, T)
C = "Consorzio Innovazione Sicilia Centrale"
gold(F,
 [P("Rosalia Giunta","innovation officer",C),
  P("Salvatore Lo Monaco","president",C),
  P("Giuseppina Ferrigno","director",C),
  P("Filippo Arena","president","Enna Agri-food District"),
  P("Concetta Vullo","vice-rector for the third mission","Kore University of Enna"),
  P("Carmelo Di Dio","secretary general","Confartigianato Caltanissetta"),
  P("Ivana Schillaci","coordinator","Legacoop Sicilia Centro")],
 [O(C,"CISC"), O("Enna Agri-food District"), O("Kore University of Enna"), O("Confartigianato Caltanissetta"),
  O("Legacoop Sicilia Centro"), O("Department of Productive Activities of the Sicilian Region"), O("Sicilian Region")],
 [E("open assembly","2040-01-24",None,"Caltanissetta","Italy"),
  E("board of directors","2040-01-24",None,None,None)],
 ["2041/2047","2040-02-09","2034","2037","2040-01-24","2021/2027","2028/2034","2039-11/2040-01","2041"],
 ["Companies cannot afford to send staff to Palermo or Catania for every information day",
  "Small firms need partners to write proposals; they rarely have the skills in house",
  "The most useful support so far came from people, not from platforms: the consortium's staff, the chamber of commerce and a handful of university researchers",
  "Recognise \"sustainable construction and restoration with local materials\" as a priority domain, or at least as a cross-cutting theme of the existing domains",
  "Reserve at least 15% of the strategy's innovation budget for projects led by companies in inner areas, as defined in the national strategy for inner areas",
  "Hold at least one entrepreneurial discovery workshop per year in Caltanissetta or Enna, not only in the three metropolitan cities",
  "Fund cluster and consortium staff, not only equipment; a facilitator who knows the companies is worth more than a new portal",
  "Create a simplified call for micro-enterprises with a single-page application and decisions within 60 days",
  "Involve the Kore University of Enna in the regional innovation observatory, so that data on inner areas are collected at all"],
 pub="2040-02-09")
