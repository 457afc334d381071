from h import *
F = 'g15_kielce_interregional_learning_event.txt'
assert wd(2034,10,24)=='Tuesday' and wd(2034,10,25)=='Wednesday' and wd(2034,10,26)=='Thursday' and wd(2035,4,4)=='Wednesday' and wd(2034,5,30)=='Tuesday'
T = """Interreg Europe | Projects | CLUSTER-SHIFT | News

CLUSTER-SHIFT: third interregional learning event in Kielce puts metal and foundry clusters in the spotlight

31/10/2034 | Article by the CLUSTER-SHIFT communication manager

Keywords: clusters, industrial transition, metal industry, Świętokrzyskie

From 24 to 26 October 2034, the partners of the Interreg Europe project CLUSTER-SHIFT gathered in Kielce, Poland, for the project's third interregional learning event. The host was the Marshal Office of the Świętokrzyskie Voivodeship (Urząd Marszałkowski Województwa Świętokrzyskiego), which is responsible for the regional programme and manages the region's key clusters.

CLUSTER-SHIFT helps regions with a long tradition in metalworking and foundries to use cluster policy for the green and digital transition. Partners come from Poland, Belgium, Spain, Czechia, Italy and Sweden.

THE PARTNERS
The following organisations attended:
- Provincie Oost-Vlaanderen, Ghent (lead partner)
- Marshal Office of the Świętokrzyskie Voivodeship, Kielce
- Kielce University of Technology
- Agencia de Desarrollo Económico de Castilla-La Mancha, Toledo
- Moravian-Silesian Innovation Centre (MSIC), Ostrava
- Regione Lombardia – DG Sviluppo Economico
- Region Örebro län
- Metal Processing Cluster (Klaster Obróbki Metali), Kielce, as a stakeholder

DAY BY DAY
Tuesday 24 October
Steering group meeting (partners only) at the Marshal Office, followed by a welcome dinner in the old town.

Wednesday 25 October
Thematic seminar "Foundries after coal: cluster strategies for the energy transition". Keynotes by Prof. Stanisław Wrona-Kępiński, Vice-Rector for Cooperation with Industry, Kielce University of Technology, and by Geert Van den Bossche (Provincie Oost-Vlaanderen, project coordinator). Good practices were presented by Klára Dvořáková-Schmidt (MSIC) and by Javier Muñoz de la Fuente, head of the industry unit of the Castilla-La Mancha agency.

Thursday 26 October
Study visit to two foundries in Końskie and Starachowice and to the Targi Kielce exhibition grounds, where the regional metal cluster organises its annual fair. The afternoon ended with a meeting of the regional stakeholder group together with the partners.

WHAT WE HEARD
Marshal of the Voivodeship Agnieszka Kowalczyk-Dudek opened the seminar. She said that the region wants "no worker left behind" in the transition and that cluster organisations are the best channel to reach small suppliers of the foundries.

Mr. Van den Bossche reminded the partners that CLUSTER-SHIFT has reached the middle of its core phase: by the end of 2035 each region must have its action plan ready. Anna-Karin Sjödin (Region Örebro län), who moderated the Wednesday afternoon, added that Swedish foundries learnt a great deal from the previous event in Örebro in May 2034.

Representatives of the stakeholder group, including Tomasz Pawlik, President of the Metal Processing Cluster, described how the cluster helped twelve member companies to switch from coke to electric induction furnaces.

MAIN OUTCOMES
The partners agreed on the following main outcomes of the event:
- Each region will include at least one good practice from another partner in its action plan.
- The Kielce voucher scheme for energy audits in foundries will be studied in detail by Castilla-La Mancha and Lombardy.
- A joint policy brief on skills for the metal industry will be drafted by MSIC by February 2035.
- Partners will invite their regional managing authorities to the next event.

NEXT STEPS
The fourth interregional learning event will take place in Toledo on 4–5 April 2035. A thematic webinar on hydrogen for high-temperature processes will be held online on 28 November 2034.

Photos of the event are available in the project gallery.

Project: CLUSTER-SHIFT | Programme: Interreg Europe | Duration: 01.03.2033 – 31.08.2037 | Lead partner: Provincie Oost-Vlaanderen

Share this article | Back to news | Subscribe to the newsletter
Interreg Europe · Co-funded by the European Union
"""
write(F, T)
M="Marshal Office of the Świętokrzyskie Voivodeship"
gold(F,
 [P("Stanisław Wrona-Kępiński","Vice-Rector for Cooperation with Industry","Kielce University of Technology"),
  P("Geert Van den Bossche","project coordinator","Provincie Oost-Vlaanderen"),
  P("Klára Dvořáková-Schmidt",None,"MSIC"),
  P("Javier Muñoz de la Fuente","head of the industry unit","Agencia de Desarrollo Económico de Castilla-La Mancha"),
  P("Agnieszka Kowalczyk-Dudek","Marshal of the Voivodeship",None),
  P("Anna-Karin Sjödin",None,"Region Örebro län"),
  P("Tomasz Pawlik","President","Metal Processing Cluster")],
 [O(M), O("Provincie Oost-Vlaanderen"), O("Kielce University of Technology"),
  O("Agencia de Desarrollo Económico de Castilla-La Mancha"), O("Moravian-Silesian Innovation Centre","MSIC"),
  O("Regione Lombardia – DG Sviluppo Economico"), O("Region Örebro län"), O("Metal Processing Cluster"), O("European Union")],
 [E("third interregional learning event","2034-10-24","2034-10-26","Kielce","Poland"),
  E("Steering group meeting","2034-10-24",None,"Kielce","Poland"),
  E("welcome dinner","2034-10-24",None,"Kielce","Poland"),
  E("Foundries after coal: cluster strategies for the energy transition","2034-10-25",None,"Kielce","Poland"),
  E("Study visit","2034-10-26",None,None,"Poland"),
  E("meeting of the regional stakeholder group","2034-10-26",None,"Kielce","Poland"),
  E("previous event","2034-05",None,"Örebro","Sweden"),
  E("fourth interregional learning event","2035-04-04","2035-04-05","Toledo","Spain"),
  E("thematic webinar on hydrogen for high-temperature processes","2034-11-28",None,None,None)],
 ["2034-10-31","2034-10-24/2034-10-26","2034-10-24","2034-10-25","2034-10-26","2035","2034-05","2035-02","2035-04-04/2035-04-05","2034-11-28","2033-03-01/2037-08-31"],
 ["Each region will include at least one good practice from another partner in its action plan",
  "The Kielce voucher scheme for energy audits in foundries will be studied in detail by Castilla-La Mancha and Lombardy",
  "A joint policy brief on skills for the metal industry will be drafted by MSIC by February 2035",
  "Partners will invite their regional managing authorities to the next event"],
 pub="2034-10-31")
