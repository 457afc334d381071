from common import *
fn = "CLM-en-la-Expo-2030-Riad_programa-stand.md"
t = """## Castilla-La Mancha at Expo 2030 Riyadh – Regional Week programme

*Regional stand in the Spain Pavilion, Opportunity District · 19–25 January 2031*
*Press release of the Instituto de Promoción Exterior de Castilla-La Mancha (IPEX), Toledo, 8 January 2031*

For one week the Spain Pavilion at the World Expo in Riyadh will be dressed in the colours of Castilla-La Mancha. The regional stand, co-ordinated by IPEX with the Clúster de Energías Renovables de Castilla-La Mancha (CLERCAM) and the wine cluster Vinos de La Mancha Export (VLME), will present 24 companies from the solar, water-technology, agrifood and aeronautics sectors. Expo 2030 runs from 1 October 2030 to 31 March 2031.

"Our region produces more solar electricity than it consumes; Saudi Arabia is building the largest solar parks in the world. This is a natural partnership," said **Elena Moraleda Sánchez-Ocaña**, director general of IPEX. The delegation will be led by the regional minister for economy, business and employment, **Patricio Alcázar Ruiz**.

### Monday 19 January 2031 – Opening day
- 11:00 Official opening of the regional stand with Patricio Alcázar Ruiz and the Commissioner of the Spain Pavilion, **Inmaculada Serrano de la Vega**.
- 13:00 Tasting of La Mancha wines and Manchego cheese, presented by sommelier **Javier Olmedo Huertas**.
- 19:30 Welcome reception for Saudi investors, hosted by the Embassy of Spain in Riyadh.

### Tuesday 20 January – Solar Day
- 10:00 Pitch session "Solar made in La Mancha": six companies, five minutes each – Helioplana S.L., Almagro Tracking Systems S.L., Tajo Inversores S.A., Solmancha Ingeniería S.L.U., Quijote Storage S.L. and Albacete Photonics S.L.
- 12:30 Panel with **Rafael Lozano Portillo**, president of CLERCAM, and **Dr. Noura Al-Harbi**, director of renewable projects at a Saudi state developer.
- 17:00 B2B meetings (pre-booked through the EEN partnering tool).

### Wednesday 21 January – Water Day
- 10:00 Pitches on desalination and irrigation: AquaAlcarria S.L., Riegos Manchegos Coop. and Guadiana Membranes S.L.
- 15:00 Seminar "Managing water in dry lands" with **Dr. Pilar Montalbán Recuero**, researcher at the Universidad de Castilla-La Mancha (UCLM).

### Thursday 22 January – Aeronautics and drones
- 10:30 Presentation of the Albacete drone test centre by **Iván Garrido Montes**, managing director of Aerolab Albacete S.L.
- 12:00 Pitches of four start-ups from the regional incubator Lanzadera Manchega.

### Friday 23 January – Taste of La Mancha
- 12:00 Saffron and olive oil workshop with chef **Lucía Villaseñor**.
- 20:00 Gala reception "Noche Manchega" at the Spain Pavilion terrace (by invitation).

### Saturday 24 – Sunday 25 January
Family programme with a virtual-reality ride through the windmills of Consuegra and Don Quixote readings in Arabic and Spanish.

Companies that still wish to join the B2B agenda can register until 12 January 2031 with IPEX's Gulf desk (contact: **Sergio Tébar**, market analyst, IPEX).

Each company on the stand will have its own desk for the whole week, a profile in the digital catalogue of the Spain Pavilion and access to the pavilion's meeting rooms. IPEX covers the stand construction and the catalogue; companies pay their own travel and accommodation, for which the regional programme of internationalisation aid reimburses up to 50 %. Interpreters for Arabic will be available during the B2B sessions. Visitors to the stand will also be able to try a virtual-reality tour of the region's solar plants and vineyards.

A trade mission to Jeddah and Dammam, organised with the Chamber of Commerce of Ciudad Real, will follow from 26 to 28 January 2031.

*About IPEX: the regional agency for internationalisation of Castilla-La Mancha.*
"""
write_doc(fn, t)
I = "Instituto de Promoción Exterior de Castilla-La Mancha"
gold(fn,
 [P("Elena Moraleda Sánchez-Ocaña","director general",I),
  P("Patricio Alcázar Ruiz","regional minister for economy, business and employment",None),
  P("Inmaculada Serrano de la Vega","Commissioner of the Spain Pavilion",None),
  P("Javier Olmedo Huertas","sommelier",None),
  P("Rafael Lozano Portillo","president","Clúster de Energías Renovables de Castilla-La Mancha"),
  P("Noura Al-Harbi","director of renewable projects",None),
  P("Pilar Montalbán Recuero","researcher","Universidad de Castilla-La Mancha"),
  P("Iván Garrido Montes","managing director","Aerolab Albacete S.L."),
  P("Lucía Villaseñor","chef",None),
  P("Sergio Tébar","market analyst",I)],
 [O(I,"IPEX"), O("Clúster de Energías Renovables de Castilla-La Mancha","CLERCAM"), O("Vinos de La Mancha Export","VLME"),
  O("Embassy of Spain in Riyadh"), O("Helioplana S.L."), O("Almagro Tracking Systems S.L."), O("Tajo Inversores S.A."),
  O("Solmancha Ingeniería S.L.U."), O("Quijote Storage S.L."), O("Albacete Photonics S.L."), O("EEN"),
  O("AquaAlcarria S.L."), O("Riegos Manchegos Coop."), O("Guadiana Membranes S.L."),
  O("Universidad de Castilla-La Mancha","UCLM"), O("Aerolab Albacete S.L."), O("Lanzadera Manchega"),
  O("Chamber of Commerce of Ciudad Real")],
 [E("Castilla-La Mancha at Expo 2030 Riyadh – Regional Week","2031-01-19","2031-01-25","Riyadh","Saudi Arabia"),
  E("Expo 2030","2030-10-01","2031-03-31","Riyadh","Saudi Arabia"),
  E("trade mission to Jeddah and Dammam","2031-01-26","2031-01-28","Jeddah, Dammam","Saudi Arabia")],
 ["2031-01-19/2031-01-25","2031-01-08","2030-10-01/2031-03-31","2031-01-19","2031-01-20","2031-01-21","2031-01-22",
  "2031-01-23","2031-01-24/2031-01-25","2031-01-12","2031-01-26/2031-01-28"],
 pub="2031-01-08")
