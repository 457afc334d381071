from h import *
import docx
F = 'g07_east_tyrol_study_visit_report.docx'
assert [wd(2035,6,d) for d in (4,5,6)]==['Monday','Tuesday','Wednesday'] and wd(2035,6,20)=='Wednesday'
paras = [
("h","Study visit report: Hunedoara energy cluster delegation to East Tyrol"),
("p","4–6 June 2035 · Prepared by the Smart Energy Cluster Hunedoara (SECH), Deva · Final version, 20 June 2035"),
("p","Distribution: cluster members, Hunedoara County Council, partners in Austria"),
("h2","1. Background"),
("p","The Smart Energy Cluster Hunedoara brings together 38 companies, two universities and four municipalities of the Jiu Valley and the Mureș valley. As coal mining ends in the Jiu Valley, the cluster is looking for examples of mountain regions that have built local energy companies and small hydro, biomass and solar businesses. East Tyrol was recommended by the Interreg Europe policy learning platform as a region with a long record of community energy."),
("p","The delegation of twelve people was led by the cluster president, Dr Adrian Moldovan-Popa (Universitatea Politehnica Timișoara, Hunedoara faculty), and by cluster manager Simona Crișan. It included the deputy mayor of Petroșani, Claudiu Vlad, a representative of the Hunedoara County Council, and managers of seven member companies."),
("p","The visit was hosted by the Regionsmanagement Osttirol (RMO) in Lienz, with the support of the energy agency Energie Tirol and the cluster Erneuerbare Energien Tirol."),
("h2","2. Programme"),
("h3","Monday 4 June 2035 – Lienz"),
("p","10:00 Welcome at the RMO offices by managing director Michael Hofmann-Ortner. 10:30 Presentation of the regional energy strategy \"Osttirol 2040 – energy independent\" by Veronika Trojer, energy coordinator at the RMO. 14:00 Visit to the district heating plant of Stadtwärme Lienz, which runs on wood chips from local forests. 19:00 Dinner with the mayors of Lienz and Matrei in Osttirol."),
("h3","Tuesday 5 June 2035 – Virgental and Defereggental"),
("p","09:00 Site visit to the small hydro plant of the Virgen energy cooperative, owned by 210 local families. 13:00 Lunch and talk with Johann Unterweger, chairman of the Energiegenossenschaft Virgental. 15:30 Visit to the solar-powered cable car station in St. Jakob in Defereggen. 18:00 Meeting with young entrepreneurs at the innovation centre in Lienz."),
("h3","Wednesday 6 June 2035 – Lienz"),
("p","09:00 Round table on community energy with Energie Tirol and the Tiroler Wasserkraft AG (TIWAG). 12:00 Closing session and signature of a letter of intent on cooperation between the Smart Energy Cluster Hunedoara and the cluster Erneuerbare Energien Tirol. 14:00 Departure to Munich airport."),
("h2","3. Observations"),
("p","The delegation was struck by the number of small cooperatives. In East Tyrol, most villages own a share in at least one energy plant. The regional management acts as a broker between municipalities, companies and the federal state, but leaves the ownership to the citizens. Several members noted that the Jiu Valley has similar resources (water, forests, sunny slopes) but that trust between municipalities is low."),
("h2","4. Lessons learnt"),
("p","Local ownership of energy plants builds support that no subsidy can buy"),
("p","A regional manager who knows every mayor is worth more than a large agency"),
("p","Start with one visible project (a heating plant for a school or a town hall) before planning a whole valley"),
("p","Cooperation with the forestry sector must be secured before biomass projects are launched"),
("h2","5. Next steps"),
("p","The cluster will invite an Austrian delegation to Petroșani and Deva in October 2035. The letter of intent foresees a joint application to the Interreg Danube Region Programme in 2036. A webinar for cluster members on energy cooperatives is planned for September 2035."),
("p","Contact: Simona Crișan, Cluster Manager, Smart Energy Cluster Hunedoara, str. 1 Decembrie 35, Deva · simona.crisan@sech.example.ro"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
S="Smart Energy Cluster Hunedoara"; R="Regionsmanagement Osttirol"
gold(F,
 [P("Adrian Moldovan-Popa","cluster president",S), P("Simona Crișan","Cluster Manager",S),
  P("Claudiu Vlad","deputy mayor of Petroșani",None),
  P("Michael Hofmann-Ortner","managing director",R),
  P("Veronika Trojer","energy coordinator",R),
  P("Johann Unterweger","chairman","Energiegenossenschaft Virgental")],
 [O(S,"SECH"), O("Hunedoara County Council"), O("Universitatea Politehnica Timișoara"), O(R,"RMO"), O("Energie Tirol"),
  O("Erneuerbare Energien Tirol"), O("Stadtwärme Lienz"), O("Energiegenossenschaft Virgental"), O("Tiroler Wasserkraft AG","TIWAG")],
 [E("Study visit","2035-06-04","2035-06-06","Lienz","Austria"),
  E("Visit to the district heating plant of Stadtwärme Lienz","2035-06-04",None,"Lienz","Austria"),
  E("Dinner with the mayors of Lienz and Matrei in Osttirol","2035-06-04",None,"Lienz","Austria"),
  E("Site visit to the small hydro plant of the Virgen energy cooperative","2035-06-05",None,"Virgen","Austria"),
  E("Visit to the solar-powered cable car station in St. Jakob in Defereggen","2035-06-05",None,"St. Jakob in Defereggen","Austria"),
  E("Meeting with young entrepreneurs","2035-06-05",None,"Lienz","Austria"),
  E("Austrian delegation","2035-10",None,"Petroșani, Deva","Romania"),
  E("webinar for cluster members on energy cooperatives","2035-09",None,None,None)],
 ["2035-06-04/2035-06-06","2035-06-20","2035-06-04","2035-06-05","2035-06-06","2035-10","2036","2035-09"],
 ["Local ownership of energy plants builds support that no subsidy can buy",
  "A regional manager who knows every mayor is worth more than a large agency",
  "Start with one visible project (a heating plant for a school or a town hall) before planning a whole valley",
  "Cooperation with the forestry sector must be secured before biomass projects are launched"],
 pub="2035-06-20")
