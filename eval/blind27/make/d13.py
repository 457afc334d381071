from mk import *
doc = "basn-trade-mission-canada-april-2036.txt"
text(doc, """
BRNO AVIATION SUPPLY NETWORK
News | 20.11.2035

Trade mission to Québec: aerospace suppliers wanted for April 2036

The Brno Aviation Supply Network (BASN), together with CzechTrade and the Embassy of the Czech Republic in
Ottawa, is organising a trade mission for Czech aerospace suppliers to the province of Québec, Canada, from
13 to 17 April 2036. The mission targets precision machining, composite parts, MRO services and avionics
software. Up to 12 companies can take part.

Why Québec?
Greater Montréal is one of the few places in the world where a complete aircraft can be designed and built
within 30 km. Tier-1 and tier-2 suppliers there are looking for second sources in Europe, and the CETA
agreement removes tariffs on most parts.

Programme (draft)
Sunday 13 April – Arrival in Montréal, briefing dinner with the Czech consul general, Ing. Pavla Horáková.
Monday 14 April – "Czech Aerospace Day" at the Québec Aero Supply Chain Alliance (QASCA), Montréal:
  company pitches and pre-arranged B2B meetings with buyers. Welcome by Marc-André Gauthier, President and CEO
  of QASCA.
Tuesday 15 April – Visits to Mirabel: final assembly line of Laurentia Aircraft Inc. and the test
  centre of Vortek Propulsion Canada.
Wednesday 16 April – Québec City: meeting with Investissement Québec and visit of the Centre de
  technologie aérospatiale in Saint-Hubert on the way back.
Thursday 17 April – Individual meetings; return flights in the evening.

Conditions
Participation fee: 1,500 EUR per company (flights and hotels not included). Companies eligible under the
CzechTrade export support scheme can recover up to 70 % of their costs. Applications by 31 January 2036;
selected companies will be informed by 13 February. A preparatory workshop on the Canadian market and
export-control rules will be held at the BASN office in Brno on 12 March 2036.

The mission follows last year's BASN delegation to the Farnborough International Airshow (21–25 July 2034)
and prepares the cluster's pavilion at the Paris Air Show in June 2037.

Mission leader: Tomáš Vybíral, international relations manager, BASN
Contact: mission@basn.example | +420 5 0000 0000

Share: LinkedIn | X | E-mail
""")
gold(doc, "2035-11-20",
 [P("Pavla Horáková", "consul general", None), P("Marc-André Gauthier", "President and CEO", "QASCA"),
  P("Tomáš Vybíral", "international relations manager", "BASN")],
 [O("Brno Aviation Supply Network", "BASN"), O("CzechTrade"), O("Embassy of the Czech Republic in Ottawa"),
  O("Québec Aero Supply Chain Alliance", "QASCA"), O("Laurentia Aircraft Inc."), O("Vortek Propulsion Canada"),
  O("Investissement Québec"), O("Centre de technologie aérospatiale")],
 [E("Trade mission to Québec", "2036-04-13", "2036-04-17", "Montréal, Mirabel, Québec City", "Canada"),
  E("Czech Aerospace Day", "2036-04-14", "2036-04-14", "Montréal", "Canada"),
  E("preparatory workshop on the Canadian market and export-control rules", "2036-03-12", "2036-03-12", "Brno", "Czech Republic"),
  E("Farnborough International Airshow", "2034-07-21", "2034-07-25", "Farnborough", "United Kingdom"),
  E("Paris Air Show", "2037-06", "2037-06", "Paris", "France")],
 ["2035-11-20", "2036-04-13/2036-04-17", "2036-04-13", "2036-04-14", "2036-04-15", "2036-04-16", "2036-04-17",
  "2036-01-31", "2036-02-13", "2036-03-12", "2034-07-21/2034-07-25", "2037-06"])
