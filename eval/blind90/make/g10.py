from h import *
import docx
F = 'g10_conference_outcomes_gijon.docx'
assert wd(2037,5,26)=='Tuesday' and wd(2037,5,27)=='Wednesday' and wd(2037,11,18)=='Wednesday'
paras = [
("h","Atlantic Metal & Wind Supply Chain Conference 2037"),
("h2","Outcome summary and recommendations"),
("p","Gijón, Asturias (Spain) · 26–27 May 2037 · Recinto Ferial Luis Adaro"),
("p","Prepared by the conference secretariat (Asturias Metal Cluster – METALASTUR) · Version 1.1 · 15 June 2037 · Distribution: participants, partners, speakers"),
("h2","1. About the conference"),
("p","The Atlantic Metal & Wind Supply Chain Conference brought together 340 participants from 14 countries in Gijón on Tuesday 26 and Wednesday 27 May 2037. It was organised by the Asturias Metal Cluster (METALASTUR) with the Institute for Economic Development of the Principality of Asturias (IDEPA) and the European Cluster Collaboration Platform, and was the third edition after Bilbao (2035) and Saint-Nazaire (2036). Its purpose was to review how metal fabricators on the Atlantic coast can win a larger share of the orders for floating offshore wind foundations, towers and mooring systems expected between 2037 and 2045."),
("p","The conference was opened by Adrián Barbón-Quirós, Minister for Industry of the Principality of Asturias, and by Sofía Llaneza, President of METALASTUR. The keynote was given by Dr. Henrik Aas Nordby, Director of Supply Chain at WindEurope, who presented the association's latest outlook. Thirty-one speakers took part in six sessions; the full list is annexed."),
("h2","2. Programme overview"),
("p","Day 1 – Tuesday 26 May 2037"),
("p","09:30 Opening and keynote"),
("p","11:00 Session 1: Market outlook for floating wind in the Atlantic"),
("p","14:00 Session 2: Serial production of foundations – lessons from shipyards"),
("p","16:30 Site visit to the port of El Musel and the Windar Renovables plant in Avilés"),
("p","20:30 Conference dinner at the Palacio de Revillagigedo"),
("p","Day 2 – Wednesday 27 May 2037"),
("p","09:00 Session 3: Skills for welding and coating"),
("p","10:30 B2B meetings (212 meetings held between 64 companies)"),
("p","12:00 Session 4: Finance and risk sharing for SME suppliers"),
("p","13:30 Closing panel and adoption of the conclusions"),
("p","Session 1 showed that developers expect to order about 1,200 floating foundations for Atlantic waters by 2045, but that less than a fifth of the steel work is currently planned in the Atlantic regions. In Session 2, shipyard managers from Ferrol and Vigo explained how they reorganised their yards for serial production and how long it took to train the workforce. Session 3 focused on the shortage of welders and coating technicians; the vocational centres of Asturias and Galicia presented a joint curriculum that could serve as a model for other regions. Session 4 discussed guarantees and advance payments, which small suppliers named as their main financial risk when they join large consortia. Each session ended with questions from the floor and a short poll of participants, whose results are annexed."),
("h2","3. Main conclusions"),
("p","The discussions converged on a small number of points, which the closing panel, chaired by Javier Fernández Cueto, Managing Director of METALASTUR, summarised as follows:"),
("b","Atlantic suppliers can compete on quality but lose on delivery time, because few yards can produce more than 40 foundations a year"),
("b","Joint bidding by consortia of SMEs is the fastest way to reach the volumes developers require"),
("b","The shortage of certified welders is now the main bottleneck, ahead of steel prices"),
("b","Ports must be upgraded in a coordinated way, otherwise regions will compete for the same projects"),
("h2","4. Recommendations"),
("p","Participants adopted the following recommendations, addressed to regional governments, clusters and the European Commission:"),
("b","Create an Atlantic register of qualified suppliers for floating wind, maintained jointly by the clusters of the participating regions"),
("b","Set up a guarantee instrument for SMEs taking part in consortium bids, with support from the European Investment Bank"),
("b","Launch a common welding certification programme recognised in Spain, France, Portugal and Ireland by 2039"),
("b","Align port investment plans through an annual meeting of Atlantic port authorities"),
("b","Hold the next edition in Portugal in 2038 and report on progress against these recommendations"),
("h2","5. Follow-up"),
("p","A working group led by METALASTUR and the Pôle Mer Bretagne Atlantique will prepare the supplier register. Its first meeting is planned online on 9 September 2037. Nathalie Le Goff, project director at Pôle Mer Bretagne Atlantique, will coordinate the French partners. The Irish Maritime Development Office and the Portuguese cluster Fórum Oceano have agreed to join the group. The secretariat will present a progress report at the European Cluster Conference in Brussels on 18 November 2037."),
("p","Feedback from participants was positive: 87 % rated the conference as good or very good, and most asked for more time for B2B meetings. Several participants regretted that no developer from the Celtic Sea took part; the secretariat will invite them to the next edition."),
("h2","6. Speakers and contact"),
("p","Session chairs: Marta Iglesias Suárez (IDEPA), Prof. Luis Ángel Sierra (Universidad de Oviedo), Catarina Pestana (Fórum Oceano), Aidan Rooney (Irish Maritime Development Office)."),
("p","Contact: Conference secretariat, METALASTUR, Avenida de la Costa 48, 33205 Gijón – conference@metalastur.example.es – +34 985 00 00 00"),
("p","This summary reflects the discussions at the conference and does not bind the organisers or the institutions named. Page 1 of 1 – printed 15/06/2037"),
]
d = docx.Document()
T = []
for k, t in paras:
    if k == 'h': d.add_heading(t, 0)
    elif k == 'h2': d.add_heading(t, 1)
    elif k == 'b': d.add_paragraph(t, style='List Bullet')
    else: d.add_paragraph(t)
    T.append(t)
d.save(path(F))
M = "Asturias Metal Cluster"
gold(F,
 [P("Adrián Barbón-Quirós","Minister for Industry of the Principality of Asturias",None), P("Sofía Llaneza","President","METALASTUR"),
  P("Henrik Aas Nordby","Director of Supply Chain","WindEurope"), P("Javier Fernández Cueto","Managing Director","METALASTUR"),
  P("Nathalie Le Goff","project director","Pôle Mer Bretagne Atlantique"), P("Marta Iglesias Suárez","Session chair","IDEPA"),
  P("Luis Ángel Sierra","Session chair","Universidad de Oviedo"), P("Catarina Pestana","Session chair","Fórum Oceano"),
  P("Aidan Rooney","Session chair","Irish Maritime Development Office")],
 [O(M,"METALASTUR"), O("Institute for Economic Development of the Principality of Asturias","IDEPA"),
  O("European Cluster Collaboration Platform"), O("WindEurope"), O("Windar Renovables"), O("European Commission"),
  O("European Investment Bank"), O("Pôle Mer Bretagne Atlantique"), O("Irish Maritime Development Office"),
  O("Fórum Oceano"), O("Universidad de Oviedo")],
 [E("Atlantic Metal & Wind Supply Chain Conference 2037","2037-05-26","2037-05-27","Gijón","Spain"),
  E("Atlantic Metal & Wind Supply Chain Conference (Bilbao)","2035",None,"Bilbao","Spain"),
  E("Atlantic Metal & Wind Supply Chain Conference (Saint-Nazaire)","2036",None,"Saint-Nazaire","France"),
  E("Site visit to the port of El Musel and the Windar Renovables plant in Avilés","2037-05-26",None,"Gijón, Avilés","Spain"),
  E("Conference dinner","2037-05-26",None,"Gijón","Spain"),
  E("B2B meetings","2037-05-27",None,"Gijón","Spain"),
  E("supplier register working group first meeting","2037-09-09"),
  E("European Cluster Conference","2037-11-18",None,"Brussels","Belgium"),
  E("Atlantic Metal & Wind Supply Chain Conference (next edition)","2038",None,None,"Portugal")],
 ["2037-05-26/2037-05-27","2037-06-15","2035","2036","2037/2045","2045","2037-05-26","2037-05-27","2039","2038","2037-09-09","2037-11-18"],
 [t for k,t in paras if k=='b'], "2037-06-15")
