from h import *
import docx
F = 'g08_leeuwarden_water_summit_report.docx'
assert wd(2035,11,20)=='Tuesday' and wd(2035,11,21)=='Wednesday' and wd(2035,12,4)=='Tuesday' and wd(2036,3,12)=='Wednesday'
paras = [
("h","Post-event report: Northern Water Innovation Summit 2035"),
("p","Leeuwarden, 20–21 November 2035"),
("p","Prepared by: Marit de Boer, Programme Officer, Water Alliance · Version 1.1 · 4 December 2035"),
("p","Distribution: members of the Water Alliance, partners of the summit, speakers. Not for publication before approval by the board."),
("h2","1. Summary"),
("p","The Northern Water Innovation Summit took place on 20 and 21 November 2035 at the Water Campus Leeuwarden. It was organised by the Water Alliance with Wetsus, European Centre of Excellence for Sustainable Water Technology, and the Province of Fryslân, with support from the Northern Netherlands Alliance (SNN). In total 312 participants registered and 284 attended, from 19 countries. The share of participants from companies rose to 58 per cent, compared with 44 per cent at the previous edition in 2033. The summit combined two plenary sessions, six thematic workshops, a poster market with 41 posters, 127 pre-arranged B2B meetings and visits to three demonstration sites."),
("h2","2. Opening and keynotes"),
("p","The summit was opened by Sybrand Hoekstra, Chair of the Water Alliance, who reminded participants that the northern Netherlands now hosts more than 100 water technology companies and that the cluster's members had exported technology to 62 countries in the previous year. Anneke Wiersma, Deputy of the Province of Fryslân responsible for economy and innovation, announced that the province would continue its co-funding of the Water Campus until 2040."),
("p","The first keynote was given by Professor Cees Buisman, Scientific Director of Wetsus, on resource recovery from wastewater. He argued that phosphate, cellulose and heat recovered at treatment plants should be treated as products with their own markets, not as by-products. The second keynote, by Dr. Ines Ferreira Costa, Head of Unit Water at the European Commission's DG Environment, presented the state of the revised Urban Wastewater Treatment Directive and the obligations on micropollutants that apply to large plants from 2038."),
("h2","3. Workshops"),
("p","The six workshops were moderated by members of the cluster's thematic groups:"),
("b","Desalination for small islands and coastal towns – moderated by Jelle Postma, Managing Director, Blue-Tec Desal B.V."),
("b","Digital twins for water utilities – moderated by Sanne Veenstra, Innovation Manager, Vitens"),
("b","PFAS removal in drinking water – moderated by Dr. Rutger Bakker, KWR Water Research Institute"),
("b","Water reuse in the food industry – moderated by Femke Dijkstra, FrieslandCampina"),
("b","Financing pilots – moderated by Koen Meijer, Investment Manager, NOM, the Investment and Development Agency for the Northern Netherlands"),
("b","Skills and education – moderated by Hilde Zijlstra, Director, Centre of Expertise Water Technology (CEW)"),
("p","In the workshop on PFAS removal, several utilities reported that they could not find suppliers able to run pilots at full scale within a year. In the financing workshop, investors asked for a shared test protocol so that results from different pilot sites can be compared."),
("p","The workshop on desalination concluded that small island utilities need containerised units that local technicians can maintain, and that the cluster's members should offer maintenance contracts rather than only selling equipment. The skills workshop heard from three teachers of the Friesland College who described a new two-year course for water technicians, which started in September with 22 students."),
("h2","4. International delegations"),
("p","A delegation of eleven companies from the Basque Country came with the Basque water cluster Uraren Euskal Klusterra, led by its manager Iker Etxeberria. A second delegation from Kenya was hosted with the Netherlands Enterprise Agency (RVO). On the afternoon of 21 November 2035 the delegations visited the Dutch Water Technology Demonstration Site in Leeuwarden, the sewage treatment plant of Wetterskip Fryslân at Heerenveen and the desalination pilot on Ameland."),
("h2","5. Key conclusions"),
("p","In the closing session, the rapporteur, Dr. Lieke Hofstra of the University of Groningen, presented the following conclusions, which the participants endorsed:"),
("n","Resource recovery from wastewater needs stable offtake agreements before utilities can invest"),
("n","PFAS removal is the most urgent technology need of drinking water companies in the region"),
("n","The cluster should set up a shared test protocol for pilots, so that investors can compare results"),
("n","Water technology companies lack technicians more than engineers; vocational courses should be doubled by 2040"),
("n","The northern Netherlands should position itself as a testing ground for EU rules on micropollutants"),
("h2","6. Evaluation"),
("p","Of the 96 participants who returned the evaluation form, 88 per cent rated the summit as good or very good. The B2B meetings received the highest score (4.4 of 5). Participants asked for more time for the workshops and for a shorter plenary on the second day. Several speakers asked that the next edition be held earlier in the autumn to avoid overlapping with the Aquatech fair."),
("h2","7. Follow-up"),
("p","The board of the Water Alliance will discuss the conclusions at its meeting of 12 March 2036. The secretariat will draft a proposal for the shared test protocol with Wetsus and KWR Water Research Institute. The next summit is planned for autumn 2037 in Leeuwarden."),
("p","Contact: Marit de Boer, m.deboer@wateralliance.example.nl, +31 58 000 0000"),
("p","Annex 1: list of participants (separate file) · Annex 2: presentations (members' area)"),
]
doc = docx.Document()
for k,t in paras:
    if k=='h': doc.add_heading(t,0)
    elif k=='h2': doc.add_heading(t,1)
    elif k=='b': doc.add_paragraph(t, style='List Bullet')
    elif k=='n': doc.add_paragraph(t, style='List Number')
    else: doc.add_paragraph(t)
doc.save(path(F))
W='Water Alliance'
gold(F,
 [P("Marit de Boer","Programme Officer",W), P("Sybrand Hoekstra","Chair",W),
  P("Anneke Wiersma","Deputy","Province of Fryslân"),
  P("Cees Buisman","Scientific Director","Wetsus"),
  P("Ines Ferreira Costa","Head of Unit Water","DG Environment"),
  P("Jelle Postma","Managing Director","Blue-Tec Desal B.V."),
  P("Sanne Veenstra","Innovation Manager","Vitens"),
  P("Rutger Bakker",None,"KWR Water Research Institute"),
  P("Femke Dijkstra",None,"FrieslandCampina"),
  P("Koen Meijer","Investment Manager","NOM"),
  P("Hilde Zijlstra","Director","Centre of Expertise Water Technology"),
  P("Iker Etxeberria","manager","Uraren Euskal Klusterra"),
  P("Lieke Hofstra","rapporteur","University of Groningen")],
 [O(W), O("Water Campus Leeuwarden"), O("Wetsus, European Centre of Excellence for Sustainable Water Technology"),
  O("Province of Fryslân"), O("Northern Netherlands Alliance","SNN"), O("European Commission"), O("DG Environment"),
  O("Blue-Tec Desal B.V."), O("Vitens"), O("KWR Water Research Institute"), O("FrieslandCampina"),
  O("Investment and Development Agency for the Northern Netherlands","NOM"),
  O("Centre of Expertise Water Technology","CEW"), O("Uraren Euskal Klusterra"),
  O("Netherlands Enterprise Agency","RVO"), O("Wetterskip Fryslân"), O("University of Groningen"), O("Friesland College")],
 [E("Northern Water Innovation Summit 2035","2035-11-20","2035-11-21","Leeuwarden","Netherlands"),
  E("B2B meetings","2035-11-20","2035-11-21","Leeuwarden","Netherlands"),
  E("site visits","2035-11-21",None,None,"Netherlands"),
  E("Northern Water Innovation Summit (2033 edition)","2033"),
  E("board meeting","2036-03-12"),
  E("Northern Water Innovation Summit (2037 edition)","2037",None,"Leeuwarden","Netherlands"),
  E("Aquatech",None,None,None,None)],
 ["2035-11-20/2035-11-21","2035-12-04","2033","2040","2038","2035-11-21","2036-03-12","2037","2035-09"],
 ["Resource recovery from wastewater needs stable offtake agreements before utilities can invest",
  "PFAS removal is the most urgent technology need of drinking water companies in the region",
  "The cluster should set up a shared test protocol for pilots, so that investors can compare results",
  "Water technology companies lack technicians more than engineers; vocational courses should be doubled by 2040",
  "The northern Netherlands should position itself as a testing ground for EU rules on micropollutants"],
 "2035-12-04")
