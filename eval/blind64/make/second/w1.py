import json
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e,"city":c,"country":k}
def W(stem,doc,pub,people,orgs,events,dates,km):
    json.dump({"doc":doc,"source_url":None,"published_date":pub,"people":people,"organisations":orgs,"events":events,"dates":dates,"key_messages":km},open(stem+'.json','w'),ensure_ascii=False,indent=1)
B="Basilicata Aerospace Cluster"
W("basilicata-aerospace-cluster-new-manager-press-release","basilicata-aerospace-cluster-new-manager-press-release.txt","2035-01-15",
[P("Chiara De Stefano","Cluster Manager",B),P("Nicola Lo Russo","Head of the Regional Ecosystems Office","Italian Space Agency"),
 P("Rocco Vitale","President",B),P("Marta Giordano-Keller","Director of Innovation and Industrial Policy","Italian Space Agency"),
 P("Giuseppe Tralli","projects and funding",B),P("Annalisa Mancuso","Membership and Events",B),P("Fabio Santangelo","technology transfer",B),
 P("Teresa D'Onofrio","administration",B),P("Antonio Cafarelli","Regional Councillor for Economic Development","Basilicata Region")],
[O(B,"DTAB"),O("Italian Space Agency","ASI"),O("University of Basilicata"),O("Polytechnic University of Milan"),O("Thales Alenia Space Italia S.p.A."),
 O("e-GEOS S.p.A."),O("Italian Cluster for Aerospace Technologies","CTNA"),O("Matera Space Data Lab"),O("Basilicata Region"),O("Leonardo S.p.A."),
 O("Telespazio S.p.A."),O("National Research Council's Institute of Methodologies for Environmental Analysis","CNR-IMAA"),O("EO4Regions")],
[E("Board meeting","2035-01-13","2035-01-13"),E("Basilicata Space Economy Forum","2034-11-06","2034-11-07","Matera","Italy"),
 E("General Assembly","2035-03-20","2035-03-20","Matera","Italy"),E("sixth Basilicata Space Economy Forum","2035-11-05","2035-11-06")],
["2035-01-15","2035-02-01","2028-10","2035-03-03","2035-01-13","2029/2034","2032","2031","2034-11-06/2034-11-07","2035-03-20","2035-11-05/2035-11-06","2035/2041","2012"],[])
C="Éislek Wood Cluster a.s.b.l."; WR="Weber & Reding Conseil S.à r.l."
W("eislek-clusteren-evaluatioun-konklusiounen","eislek-clusteren-evaluatioun-konklusiounen.txt",None,
[P("Laurence Weber-Schmit","Auteur",WR),P("Gilles Reding","Auteur",WR),P("Claire Wagner-Hoffmann","Clustermanagerin",C),P("Jos Kremer","President",C),
 P("Pol Schroeder","Observateur","Luxinnovation"),P("Anne Hilgert","Observateur","Wirtschaftsministère"),P("Marc Thein","Vizepresident",C)],
[O(C),O(WR),O("Schräinerei Kremer & Fils S.à r.l."),O("Luxinnovation"),O("Wirtschaftsministère"),O("Direktioun fir Mëttelstand"),O("Naturpark Our"),
 O("Naturpark Öewersauer"),O("Chambre des Métiers"),O("Thein Holzbau S.A."),O("Administration de la nature et des forêts","ANF")],
[E("Workshop","2036-01-29","2036-01-29","Wolz","Luxembourg"),E("Workshop","2036-02-26","2036-02-26","Klierf","Luxembourg"),
 E("Verwaltungsrot","2036-04-22","2036-04-22"),E("Generalversammlung","2036-05-13","2036-05-13","Wolz","Luxembourg"),E("éischte Workshop","2036-06-18","2036-06-18","Ëlwen","Luxembourg")],
["2031/2035","2035-10","2035-11-06/2036-03-20","2036-01-29","2036-02-26","2024","2031","2036-04-22","2036-05-13","2036-06-18","2037/2041","2036"],
["De Cluster huet an de fënnef Joer seng Memberschaft méi wéi verduebelt, vun 23 op 51 Betriber, an ass haut am Éislek als Ulafstell fir d’Holzbranche unerkannt",
"Déi gemeinsam Projeten, virun allem d’Buchenholz-Initiativ an d’Ausbildung „Holzbau 4.0“, hunn de Memberen am meeschte bruecht; d’Informatiounsowender alleng si manner gefrot",
"D’Finanzéierung iwwer jäerlech Konventiounen mat dem Wirtschaftsministère mécht eng laangfristeg Planung schwéier; eng Konventioun iwwer dräi Joer gëtt recommandéiert",
"D’Zesummenaarbecht iwwer d’Grenz mat der Belscher Provënz Lëtzebuerg an der Eifel ass nach ze punktuell a soll an enger gemeinsamer Strategie festgehale ginn",
"De Cluster brauch eng zweet Persoun am Büro, fir datt de Clustermanager méi Zäit fir d’Betriber huet",
"D’Gemengen vum Éislek sollten als ëffentlech Bauhäre méi dacks Holz aus der Regioun an hiren Ausschreiwunge virgesinn",
"De Verwaltungsrot soll bis Enn 2036 eng nei Strategie 2037–2041 ausschaffen, op Basis vun dëser Evaluatioun"])
L="Ardennes Bois Cluster ASBL"
W("eislek-wood-study-visit-thread","eislek-wood-study-visit-thread.eml","2033-03-31",
[P("Claire Wagner-Hoffmann","Cluster Manager","Éislek Wood Cluster a.s.b.l."),P("Nadine Lambotte","Coordinatrice",L),P("Pol Schroeder","Senior Manager, Wood Cluster","Luxinnovation GIE"),
 P("Raphaël Thill",None,"Éislek Wood Cluster a.s.b.l."),P("Maxime Delvaux","representative","Walloon Region"),P("Sandra Kieffer",None,"Luxinnovation GIE"),
 P("Marc Feltgen","head of clusters","Luxinnovation GIE"),P("Jean-Luc Gérard","president",L),P("Anne-Sophie Herman",None,"University of Liège")],
[O("Éislek Wood Cluster a.s.b.l."),O(L),O("Luxinnovation GIE"),O("Lycée technique du Nord"),O("Walloon Region"),O("Gérard Charpente SA"),O("Scierie Ardennaise SRL"),
 O("Bois & Habitat SPRL"),O("University of Liège"),O("Gembloux Agro-Bio Tech")],
[E("joint study visit","2033-05-19","2033-05-20","Wiltz, Libramont","Luxembourg, Belgium"),E("Greater Region Wood Forum","2033-03-09","2033-03-09","Arlon","Belgium")],
["2033-03-31","2033-05-19/2033-05-20","2033-05-02","2033-04-10","2033-03-30","2033","2033-03-28","2033-03-09"],[])
G="Gotland Energy Cluster"
W("gotland-energy-cluster-team","gotland-energy-cluster-team.html","2034-03-03",
[P("Karin Lindqvist-Oduya","Cluster Manager",G),P("Anders Hägglund","Deputy Cluster Manager · Head of Projects",G),P("Mirela Stanciu","Finance and Administration Officer",G),
 P("Jonas van der Wal","Project Manager – Offshore Wind and Grid",G),P("Sofie Engström","Project Manager – Hydrogen and Storage",G),P("Ruta Petrauskienė","International Relations Officer",G),
 P("Erik Dahlgren","Test Site Coordinator, Klintehamn",G),P("Lina Al-Hamdani","Skills and Training Coordinator",G),P("Patrik Nyman","Communications Manager",G),
 P("Elsa Björk","Events and Membership Officer",G),P("Gunnar Ahlström","Chair","Gotlands Energi AB"),P("Maria-José Fernández Ruiz","Vice-Chair","Uppsala University Campus Gotland"),
 P("Henrik Pettersson","Treasurer","Sparbanken Gotland"),P("Annika Wessel","Member","Region Gotland"),P("Tobias Kraft","Member","Nordvind Service AB"),
 P("Ingrid Olofsson","Member","Cementa AB"),P("Magnus Friberg","head of the energy office","Region Gotland"),P("Hanna Lundgren",None,G)],
[O(G,"GEC"),O("Region Gotland"),O("Swedish Energy Agency"),O("Enterprise Europe Network Sweden"),O("Gotlands Energi AB"),O("Uppsala University Campus Gotland"),
 O("Sparbanken Gotland"),O("Nordvind Service AB"),O("Cementa AB"),O("Swedish Cluster Network")],
[E("open day","2033-10-14","2033-10-14","Klintehamn","Sweden"),E("annual meeting","2033-04-27","2033-04-27")],
["2033-02-01","2033-10-14","2034","2029","2031/2036","2034-08","2033-04-27","2021/2029","2032-12","2034-09","2034-05-15","2034-03-03"],[])
