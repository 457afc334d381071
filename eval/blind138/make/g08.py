from h import *
import docx
F = 'g08_nyiregyhaza_mission_report.docx'
assert [wd(2035,9,d) for d in (17,18,19)]==['Monday','Tuesday','Wednesday']
assert wd(2035,10,3)=='Wednesday' and wd(2035,11,6)=='Tuesday' and wd(2036,2,4)=='Monday' and wd(2036,2,6)=='Wednesday'
paras = [
("h","Mission report: Szabolcs fruit sector trade mission to Emilia-Romagna"),
("p","Ferrara – Cesena, 17–19 September 2035"),
("p","Prepared by: Szabolcsi Gyümölcs Klaszter (Szabolcs Fruit Cluster, SZGK), Nyíregyháza · Author: Réka Bakó-Nagy, international project manager · Final version, Wednesday 3 October 2035"),
("p","Distribution: cluster members, Board, Hungarian Export Promotion Agency (HEPA). Not for publication."),
("h2","1. Purpose of the mission"),
("p","Apples, sour cherries and elderberries from Szabolcs-Szatmár-Bereg county are sold mostly as raw material, while cooperatives in Emilia-Romagna earn far more from packed, branded and processed fruit. The mission was meant to show our members how the Italian cooperatives organise storage, packing and marketing, and to open contacts with buyers and machine suppliers. It was organised with Clust-ER Agrifood, the agrifood cluster association of the region, and the regional agency ART-ER, with travel support from HEPA."),
("p","The delegation of fourteen people was led by the cluster president, Gábor Szilágyi, managing director of Rétköz Alma Kft. It included eight member companies, two researchers of the University of Nyíregyháza and Dr. Erzsébet Varga-Horváth, head of the fruit research station of the Hungarian University of Agriculture and Life Sciences (MATE) in Újfehértó."),
("h2","2. Programme"),
("h3","Monday 17 September – Ferrara"),
("p","10:00 Welcome at the Ferrara Chamber of Commerce by its vice-president Stefano degli Esposti, followed by a presentation of the Emilia-Romagna fruit ecosystem by Federica Dall'Olio, cluster manager of Clust-ER Agrifood."),
("p","14:30 Company visit to the packing and storage centre of Consorzio Frutta Estense in Ferrara, with a demonstration of optical grading lines."),
("p","20:00 Welcome dinner hosted by the Consorzio."),
("h3","Tuesday 18 September – Cesena"),
("p","09:30 Visit to CRPV – Centro Ricerche Produzioni Vegetali, where researcher Matteo Casadei-Bertoni showed the regional variety trials and the shared testing orchards."),
("p","13:00 Lunch and B2B meetings with eleven Italian buyers and machine suppliers, organised by the Italian Chamber of Commerce for Hungary (CCIU) at the Cesena fruit market."),
("p","17:00 Round table on cooperative models, moderated by Prof. Alessandra Ricci-Lanzoni of the University of Bologna."),
("h3","Wednesday 19 September – Cesena"),
("p","09:00 Site visit to the sour-cherry processing line of Romagna Dolce S.p.A., followed by the return flight from Bologna at 16:40."),
("h2","3. Results"),
("p","• 46 one-to-one meetings, of which 19 with buyers"),
("p","• two requests for samples of elderberry concentrate"),
("p","• an offer for a second-hand optical grading line for Rétköz Alma Kft."),
("p","In the feedback questionnaire twelve of the fourteen participants rated the mission as very useful. The visit to the packing centre in Ferrara was named most often as the highlight, while several members found the round table too long and too theoretical."),
("h2","4. Recommendations"),
("p","The cluster's international team recommends the following to the Board:"),
("p","1. Set up a joint packing and cold-storage company for small growers in the Nyírség, following the Ferrara model"),
("p","2. Apply with CRPV for a joint project on sour-cherry varieties suited to mechanical harvesting"),
("p","3. Prepare one shared brand for Szabolcs fruit before the next international fair"),
("p","4. Organise language and sales training for members before any further mission"),
("h2","5. Follow-up"),
("p","A return visit of an Emilia-Romagna delegation to Nyíregyháza is planned for Tuesday 6 November 2035, with a matchmaking afternoon at the University of Nyíregyháza. The cluster will also take a joint stand at Fruit Logistica in Berlin from 4 to 6 February 2036."),
("p","Contact: Réka Bakó-Nagy, international project manager, SZGK, Nyíregyháza · bako-nagy.reka@szgk.example.hu"),
("p","Annex: list of participants and meeting partners (separate file). Photographs: © SZGK / Olivér Pintér"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
S = "Szabolcsi Gyümölcs Klaszter"
gold(F,
 [P("Réka Bakó-Nagy","international project manager","SZGK"),
  P("Gábor Szilágyi","cluster president",S),
  P("Erzsébet Varga-Horváth","head of the fruit research station","Hungarian University of Agriculture and Life Sciences"),
  P("Stefano degli Esposti","vice-president","Ferrara Chamber of Commerce"),
  P("Federica Dall'Olio","cluster manager","Clust-ER Agrifood"),
  P("Matteo Casadei-Bertoni","researcher","CRPV – Centro Ricerche Produzioni Vegetali"),
  P("Alessandra Ricci-Lanzoni",None,"University of Bologna"),
  P("Olivér Pintér",None,None)],
 [O(S,"SZGK"), O("Hungarian Export Promotion Agency","HEPA"), O("Clust-ER Agrifood"), O("ART-ER"),
  O("Rétköz Alma Kft."), O("University of Nyíregyháza"), O("Hungarian University of Agriculture and Life Sciences","MATE"),
  O("Ferrara Chamber of Commerce"), O("Consorzio Frutta Estense"), O("CRPV – Centro Ricerche Produzioni Vegetali","CRPV"),
  O("Italian Chamber of Commerce for Hungary","CCIU"), O("University of Bologna"), O("Romagna Dolce S.p.A.")],
 [E("Szabolcs fruit sector trade mission to Emilia-Romagna","2035-09-17","2035-09-19","Ferrara, Cesena","Italy"),
  E("Welcome at the Ferrara Chamber of Commerce","2035-09-17",None,"Ferrara","Italy"),
  E("Company visit to the packing and storage centre of Consorzio Frutta Estense","2035-09-17",None,"Ferrara","Italy"),
  E("Welcome dinner","2035-09-17",None,"Ferrara","Italy"),
  E("Visit to CRPV – Centro Ricerche Produzioni Vegetali","2035-09-18",None,"Cesena","Italy"),
  E("B2B meetings","2035-09-18",None,"Cesena","Italy"),
  E("Round table on cooperative models","2035-09-18",None,"Cesena","Italy"),
  E("Site visit to the sour-cherry processing line of Romagna Dolce S.p.A.","2035-09-19",None,"Cesena","Italy"),
  E("return visit","2035-11-06",None,"Nyíregyháza","Hungary"),
  E("matchmaking afternoon","2035-11-06",None,"Nyíregyháza","Hungary"),
  E("Fruit Logistica","2036-02-04","2036-02-06","Berlin","Germany")],
 ["2035-09-17/2035-09-19","2035-10-03","2035-09-17","2035-09-18","2035-09-19","2035-11-06","2036-02-04/2036-02-06"],
 ["Set up a joint packing and cold-storage company for small growers in the Nyírség, following the Ferrara model",
  "Apply with CRPV for a joint project on sour-cherry varieties suited to mechanical harvesting",
  "Prepare one shared brand for Szabolcs fruit before the next international fair",
  "Organise language and sales training for members before any further mission"],
 pub="2035-10-03")
