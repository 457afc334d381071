from g import save
T='''Summary report

POLICY ROUNDTABLE "ENERGY-NEUTRAL GREENHOUSES BY 2040: WHAT MUST REGIONS DO NOW?"
The Hague, 17 September 2031

Organised by Kassencluster Zuid-Holland (KZH) in cooperation with the Province of South Holland (Provincie Zuid-Holland)
Rapporteur: Femke Tjoa-Verhagen, policy officer, KZH
Published: 2 October 2031

1. Background
Greenhouse horticulture in the Westland, the Oostland and around Delft uses close to a tenth of the natural gas consumed in the Netherlands. Since the gas-price crisis of 2022 and the new national covenant signed in 2029, growers have invested in geothermal heat, heat networks and electric boilers, but the pace differs strongly from one municipality to the next. KZH, the horticulture cluster of the province with 410 member companies, invited twenty-two decision-makers to an invitation-only roundtable under the Chatham House rule at the Provinciehuis in The Hague on Wednesday 17 September 2031, from 13:30 to 17:00.

2. Participants
The roundtable was chaired by Willem-Jan van der Spek, chair of the KZH board and owner of Van der Spek Paprika B.V. Introductory statements were made by:
- Noor El Idrissi, member of the Provincial Executive (gedeputeerde) for economy and energy, Province of South Holland
- Prof. Dr. Ir. Arjen Hoogendoorn, professor of greenhouse technology, Wageningen University & Research
- Lotte de Bruijn-Sprenger, director of the heat company WarmteWestland B.V.
- Sébastien Meunier, Policy Officer, DG ENER, European Commission
- Kees Vreugdenhil, chair of the growers' association Glastuinbouw Oostland

Other participants came from the municipalities of Westland, Lansingerland and Pijnacker-Nootdorp, the grid operator, two banks, the Rijksdienst voor Ondernemend Nederland (RVO), Greenport West-Holland and the TU Delft.

Introductory statements in short
Noor El Idrissi opened by recalling that the province adopted its Energy Agenda 2030–2040 on 3 March 2031 and that it now has a budget of EUR 14 million a year for heat infrastructure. She asked the cluster for "fewer pilots and more projects that can be copied in every greenhouse area".
Arjen Hoogendoorn presented measurements from the Bleiswijk research greenhouse showing that a combination of heat pumps, screens and LED lighting lowers heat demand by 40% compared with a 2020 reference greenhouse.
Lotte de Bruijn-Sprenger explained that WarmteWestland connected 118 growers between 2026 and 2031 and that a second transport pipe from the Rotterdam port area is being studied with the port company. She warned that the business case depends on long-term contracts that small growers hesitate to sign.
Sébastien Meunier described the European framework: the revised Energy Efficiency Directive and the state-aid guidelines allow regions to co-finance collective heat networks, and the Commission will publish guidance for agriculture in early 2032.
Kees Vreugdenhil spoke for the family firms: "We are not against change, but we cannot be the bank for the whole energy transition." He asked that advisers from the cluster visit each grower before the next heating season.
A short contribution by Joris Verkerk, energy adviser at the Tuinbouwbank Westland office, on financing conditions for heat storage, closed the opening round.

3. Discussion in brief
The first round focused on heat. Participants agreed that geothermal doublets now supply about 25% of greenhouse heat in the region, up from 9% in 2025, but that new projects stall on drilling permits and on who carries the risk of a dry well. The second round dealt with electricity: grid congestion means that growers who want to electrify wait three to five years for a connection. Several participants described the situation as "a traffic jam in which everybody has a car but nobody has a road". The third round discussed finance and the position of small family firms with less than five hectares of glass.

4. Recommendations
The participants agreed on the following recommendations to the Province, the national government and the cluster:
1. Set up a provincial guarantee fund that covers part of the drilling risk for geothermal projects shared by at least five growers.
2. Give horticultural areas priority in the provincial grid congestion plan and allow flexible connection contracts for greenhouses with heat storage.
3. Bundle the permits for heat networks in one provincial desk with a maximum decision time of six months.
4. Reserve part of the European regional funds of the 2028–2034 period for small growers who join a collective heat network.
5. Ask KZH to publish a yearly monitor of energy use and emissions per sub-area, starting in spring 2032.

5. Next steps
The provincial executive will discuss the recommendations at its meeting of 11 November 2031. KZH will present them at the Greentech Amsterdam trade fair on 9–11 June 2032 and at the European Week of Regions and Cities in Brussels in October 2031. A follow-up roundtable on water and nutrients is planned for 24 March 2032 in Delft.

Contact for this report: Femke Tjoa-Verhagen, KZH secretariat, Naaldwijk. This summary does not attribute statements to individual participants, except for the introductory statements.
'''
save('KZH-roundtable-energy-neutral-greenhouses-summary.txt',T,'2031-10-02',
[('Femke Tjoa-Verhagen','policy officer','KZH'),('Willem-Jan van der Spek','chair','KZH'),
 ('Noor El Idrissi','member of the Provincial Executive','Province of South Holland'),
 ('Arjen Hoogendoorn','professor of greenhouse technology','Wageningen University & Research'),
 ('Lotte de Bruijn-Sprenger','director','WarmteWestland B.V.'),('Sébastien Meunier','Policy Officer','DG ENER'),
 ('Kees Vreugdenhil','chair','Glastuinbouw Oostland'),('Joris Verkerk','energy adviser','Tuinbouwbank Westland')],
[('Kassencluster Zuid-Holland','KZH'),('Province of South Holland','Provincie Zuid-Holland'),('Van der Spek Paprika B.V.',None),
 ('Wageningen University & Research',None),('WarmteWestland B.V.',None),('DG ENER',None),('European Commission',None),
 ('Glastuinbouw Oostland',None),('Westland',None),('Lansingerland',None),('Pijnacker-Nootdorp',None),('Rijksdienst voor Ondernemend Nederland','RVO'),('Greenport West-Holland',None),('TU Delft',None),('Tuinbouwbank Westland',None)],
[('Energy-neutral greenhouses by 2040: what must regions do now?','2031-09-17','2031-09-17','The Hague','Netherlands'),
 ('meeting of the provincial executive','2031-11-11','2031-11-11',None,None),
 ('Greentech Amsterdam','2032-06-09','2032-06-11','Amsterdam','Netherlands'),
 ('European Week of Regions and Cities','2031-10','2031-10','Brussels','Belgium'),
 ('follow-up roundtable on water and nutrients','2032-03-24','2032-03-24','Delft','Netherlands')],
['2031-09-17','2031-10-02','2022','2030/2040','2031-03-03','2020','2026/2031','2029','2025','2028/2034','2032','2031-11-11','2032-06-09/2032-06-11','2031-10','2032-03-24'],
['Set up a provincial guarantee fund that covers part of the drilling risk for geothermal projects shared by at least five growers',
 'Give horticultural areas priority in the provincial grid congestion plan and allow flexible connection contracts for greenhouses with heat storage',
 'Bundle the permits for heat networks in one provincial desk with a maximum decision time of six months',
 'Reserve part of the European regional funds of the 2028–2034 period for small growers who join a collective heat network',
 'Ask KZH to publish a yearly monitor of energy use and emissions per sub-area, starting in spring 2032'])
