from common import *
FN = "Report_Urban-Air-Mobility-Day-Grottaglie_2033-pdf.txt"
T = """
DAS Puglia – Distretto Aerospaziale Sud                                    Post-event report | March 2033

POST-EVENT REPORT

Urban Air Mobility Day 2033
"Drones for medical logistics in Southern Italy: from test flights to daily service"

Grottaglie (Taranto), Grottaglie Airport Test Bed, 16 February 2033

Organised by DAS Puglia – Distretto Aerospaziale Sud (DASS) in cooperation with the Regione Puglia, ENAC and the
Politecnico di Bari. Report prepared by Giulia Santoro, project officer, DASS. Version of 7 March 2033.

1. Background and participation

The third edition of the Urban Air Mobility Day gathered 146 registered participants: 58 from companies (41 of them
SMEs), 37 from research organisations, 29 from public authorities and hospitals, and 22 from other clusters and
associations, among them the Insubria Aerospace Network and the Andalusian partner Giralda Aero Cluster. It followed the first
two editions held in Bari (2029) and in Brindisi (2031).

The day combined a morning conference, live demonstration flights over the test bed and an afternoon of four work-
shops. It was opened by Vito Cassano, president of DASS, and by Dott.ssa Raffaella De Marzo,
director of the Department for Economic Development of the Regione Puglia. The keynote was given by Ing. Paolo Russo-Lanzetta, head of the
innovation unit of ENAC, on the new national rules for operations beyond visual line of sight.

2. Demonstration flights

Three members flew their systems over a 12 km corridor simulating a route between a hospital laboratory and a
peripheral clinic: AeroLogica S.r.l. (cargo multicopter, 5 kg payload), Salento Droni Tech S.r.l.s. (fixed-wing
VTOL) and ApuliaSky SpA (the U-space service provider). All flights were completed; one flight was delayed by
twenty minutes because of wind.

                                                                                                   – 1 –
DAS Puglia – Distretto Aerospaziale Sud                                    Post-event report | March 2033

3. Workshops

A. Hospitals as customers – moderated by Dr. Michele Lanotte, ASL Taranto. Participants from three local health
authorities discussed which samples and medicines could be moved by air first.
B. U-space and airspace integration – moderated by Sabrina Colucci, ApuliaSky SpA.
C. Public acceptance and noise – moderated by Prof. Ines Ferrara, Università del Salento.
D. Funding and procurement – moderated by Antonio Greco, Puglia Sviluppo, with a presentation of the regional
pre-commercial procurement scheme.

4. Conclusions

The participants and the organisers agreed on the following conclusions:
• Medical logistics is the most realistic first market for drone services in Apulia, because the time savings
  between hospitals and peripheral clinics can be measured and paid for.
• Hospitals need a single contact point in the region to buy drone services; today every health authority acts
  alone.
• The regulatory framework is no longer the main obstacle; the bottleneck is the certification of operators and the
  lack of trained remote pilots.
• Citizens accept drones when the purpose is medical and the routes avoid residential areas; early and honest
  communication is essential.
• Pilot projects must last at least twelve months to produce data that convince the health authorities.

5. Next steps

– DASS will set up a working group "Medical drone logistics" with the first meeting on 12 April 2033 in Bari.
– A joint proposal for a regional pre-commercial procurement will be submitted by 30 June 2033.
– The results will be presented at the European Cluster Conference on Aerospace in Toulouse on 8–9 May 2033.
– The fourth edition of the Urban Air Mobility Day is planned for February 2035.

                                                                                                   – 2 –
DAS Puglia – Distretto Aerospaziale Sud                                    Post-event report | March 2033

6. Feedback

Of the 74 participants who answered the online survey, 89 % rated the event as good or very good. The demonstration
flights were the most appreciated part; the workshops were judged too short. Several participants asked for an
exhibition area for SMEs at the next edition.

"For the first time I saw hospital managers and drone makers speak the same language," said Luca Pellegrino,
CEO of AeroLogica S.r.l. "Now we need the contracts."

Contact: Giulia Santoro, project officer, DAS Puglia – Distretto Aerospaziale Sud, Via Orabona 4, 70125 Bari.
                                                                                                   – 3 –
"""
save_text(FN, T)
save_gold(FN, "2033-03",
 [P("Giulia Santoro","project officer","DASS"),
  P("Vito Cassano","president","DASS"),
  P("Raffaella De Marzo","director of the Department for Economic Development","Regione Puglia"),
  P("Paolo Russo-Lanzetta","head of the innovation unit","ENAC"),
  P("Michele Lanotte",None,"ASL Taranto"),
  P("Sabrina Colucci",None,"ApuliaSky SpA"),
  P("Ines Ferrara",None,"Università del Salento"),
  P("Antonio Greco",None,"Puglia Sviluppo"),
  P("Luca Pellegrino","CEO","AeroLogica S.r.l.")],
 [O("DAS Puglia – Distretto Aerospaziale Sud","DASS"), O("Regione Puglia"), O("ENAC"), O("Politecnico di Bari"),
  O("Insubria Aerospace Network"), O("Giralda Aero Cluster"), O("AeroLogica S.r.l."), O("Salento Droni Tech S.r.l.s."),
  O("ApuliaSky SpA"), O("ASL Taranto"), O("Università del Salento"), O("Puglia Sviluppo")],
 [E("Urban Air Mobility Day 2033","2033-02-16",None,"Grottaglie","Italy"),
  E("Urban Air Mobility Day (first edition)","2029","2029","Bari","Italy"),
  E("Urban Air Mobility Day (second edition)","2031","2031","Brindisi","Italy"),
  E("working group \"Medical drone logistics\" first meeting","2033-04-12",None,"Bari","Italy"),
  E("European Cluster Conference on Aerospace","2033-05-08","2033-05-09","Toulouse","France"),
  E("Urban Air Mobility Day (fourth edition)","2035-02",None,None,None)],
 ["2033-03","2033-02-16","2033-03-07","2029","2031","2033-04-12","2033-06-30","2033-05-08/2033-05-09","2035-02"],
 ["Medical logistics is the most realistic first market for drone services in Apulia, because the time savings between hospitals and peripheral clinics can be measured and paid for",
  "Hospitals need a single contact point in the region to buy drone services; today every health authority acts alone",
  "The regulatory framework is no longer the main obstacle; the bottleneck is the certification of operators and the lack of trained remote pilots",
  "Citizens accept drones when the purpose is medical and the routes avoid residential areas; early and honest communication is essential",
  "Pilot projects must last at least twelve months to produce data that convince the health authorities"])
