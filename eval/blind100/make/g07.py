from h import *
F = 'g07_danube_heatvalley_partners.txt'
assert wd(2035,3,6)=='Tuesday' and wd(2035,3,7)=='Wednesday' and wd(2035,10,17)=='Wednesday'
T = """Interreg Danube Region | HEATVALLEY
Home | About the project | Partners | Pilots | Library | News | Contact

Co-funded by the European Union – Interreg Danube Region Programme 2028–2034

PARTNERS

HEATVALLEY – Industrial waste heat valleys in the Danube Region
Project duration: 1 January 2035 – 30 June 2037 (30 months)
Total budget: EUR 2.64 million, of which ERDF and IPA co-financing EUR 2.11 million

Ten partners from eight countries work together in HEATVALLEY to help clusters, municipalities and utilities find the waste heat of factories and put it into district heating networks. Each partner runs a regional "heat valley" pilot and a stakeholder group of companies and public bodies. Below you find each partner with its role and contact person. Associated strategic partners support the project without a budget.

LEAD PARTNER

LP – Styrian Energy Cluster (Steirischer Energiecluster), Leoben, Austria
Role: project coordination, financial management, pilot "Mur valley steel and paper"
Contact: Dr. Bernhard Pichler-Steiner, project coordinator
bernhard.pichler@energiecluster.example.at | +43 3842 000 510
Financial manager: Verena Krainer

PROJECT PARTNERS

PP2 – Montanuniversität Leoben, Chair of Energy Network Technology, Leoben, Austria
Role: leader of work package 1 (heat mapping method)
Contact: Prof. Dr. Klaus Eibensteiner, head of chair

PP3 – Rába Business Network Association (RBN), Győr, Hungary
Role: leader of work package 2 (business models), pilot "Győr automotive heat"
Contact: Eszter Bognár, international project manager

PP4 – Slovenian Energy Cluster (Energetski klaster Slovenije), Maribor, Slovenia
Role: pilot "Drava valley", training of municipal energy managers
Contact: Matej Kralj, cluster manager

PP5 – Regional Development Agency of Vojvodina, Novi Sad, Serbia
Role: pilot "Pančevo chemical park", policy recommendations for candidate countries
Contact: Jelena Stojanović, senior adviser

PP6 – ADR Vest – West Regional Development Agency, Timișoara, Romania
Role: leader of work package 3 (pilots and investment plans)
Contact: Andrei Popescu-Lazăr, head of the innovation department

PP7 – Vidin Chamber of Commerce and Industry, Vidin, Bulgaria
Role: pilot "Vidin industrial zone", communication in the lower Danube
Contact: Desislava Ivanova, project officer

PP8 – Slovak Innovation and Energy Agency (SIEA), Bratislava, Slovakia
Role: leader of work package 4 (policy integration and transfer)
Contact: Ing. Martin Horváth, head of section

PP9 – Osijek Heating Company (HEP Toplinarstvo – Pogon Osijek), Osijek, Croatia
Role: pilot "Osijek district heating"
Contact: Ivan Jurković, development engineer

PP10 – Bavarian Environment Cluster (Umweltcluster Bayern), Augsburg, Germany
Role: communication and dissemination leader
Contact: Katharina Moosbauer, communication manager

ASSOCIATED STRATEGIC PARTNERS

- Ministry of Climate Protection of the Republic of Austria, Department of Energy Efficiency
- Municipality of Pančevo, Serbia
- Danube Region Cluster Network (DRCN)
- Energy Community Secretariat, Vienna

GOVERNANCE

The Steering Committee brings together one representative of each partner and meets every six months. It is chaired by the lead partner; Eszter Bognár (RBN) serves as deputy chair. A Quality Board of three external experts reviews the main deliverables: Prof. Anna Zielińska (Warsaw University of Technology), Dr. Tomislav Kurevija (University of Zagreb) and Ulrike Sailer (independent evaluator, Graz).

MEETINGS SO FAR

- Kick-off meeting: Tuesday–Wednesday, 6–7 March 2035, Leoben, hosted by the Styrian Energy Cluster. Partners agreed the heat mapping template and the calendar of the pilots.
- Second partner meeting and study visit: 16–17 October 2035, Győr. Partners visited the waste heat recovery plant of an engine factory and met the city's utility.
- Third partner meeting: planned for April 2036 in Timișoara.

On Wednesday, 17 October 2035 the project also held its first transnational webinar, "Who owns the heat?", with 140 participants. Speakers were Matej Kralj, Jelena Stojanović and Lukas Hofer of the Austrian Energy Agency.

PILOTS IN BRIEF

Each pilot starts with a heat map of the valley: which plants release heat, at what temperature and in which months, and which networks, greenhouses or public buildings could take it. The partners then draft a business model with the companies and the utility and, where the numbers work, an investment plan for a regional or national fund. By the end of the project the partnership wants nine investment plans, a shared heat mapping tool in five languages and a policy brief for the ministries of the Danube countries.

WHAT THE PARTNERS SAID

"We have factories that throw away enough heat for a small town, and we have towns that burn gas. HEATVALLEY is about connecting the two, one valley at a time," said Dr. Bernhard Pichler-Steiner at the kick-off.

"For our municipalities the hard part is not the pipes, it is the contract with the company," added Andrei Popescu-Lazăr. "That is where the clusters can help."

DOWNLOADS

- Partner fact sheets (PDF, 2.1 MB)
- Heat mapping template, version 1.2 (XLSX)
- Minutes of the kick-off meeting (PDF, for partners only)

CONTACT

Project coordination: Styrian Energy Cluster, Peter-Tunner-Straße 19, 8700 Leoben, Austria
heatvalley@energiecluster.example.at
Communication: Katharina Moosbauer, Bavarian Environment Cluster

Subscribe to the project newsletter | Follow HEATVALLEY on LinkedIn

This page reflects the authors' views only. The Managing Authority of the Interreg Danube Region Programme is not liable for any use of the information.
Last update: 25 October 2035 | Imprint | Privacy | Cookies
"""
write(F, T)
C = "Styrian Energy Cluster"
gold(F,
 [P("Bernhard Pichler-Steiner","project coordinator",C), P("Verena Krainer","Financial manager",C),
  P("Klaus Eibensteiner","head of chair","Chair of Energy Network Technology"),
  P("Eszter Bognár","international project manager","Rába Business Network Association"),
  P("Matej Kralj","cluster manager","Slovenian Energy Cluster"),
  P("Jelena Stojanović","senior adviser","Regional Development Agency of Vojvodina"),
  P("Andrei Popescu-Lazăr","head of the innovation department","ADR Vest – West Regional Development Agency"),
  P("Desislava Ivanova","project officer","Vidin Chamber of Commerce and Industry"),
  P("Martin Horváth","head of section","Slovak Innovation and Energy Agency"),
  P("Ivan Jurković","development engineer","Osijek Heating Company"),
  P("Katharina Moosbauer","communication manager","Bavarian Environment Cluster"),
  P("Anna Zielińska",None,"Warsaw University of Technology"), P("Tomislav Kurevija",None,"University of Zagreb"),
  P("Ulrike Sailer","independent evaluator",None), P("Lukas Hofer",None,"Austrian Energy Agency")],
 [O(C), O("Montanuniversität Leoben"), O("Chair of Energy Network Technology"), O("Rába Business Network Association","RBN"),
  O("Slovenian Energy Cluster"), O("Regional Development Agency of Vojvodina"), O("ADR Vest – West Regional Development Agency"),
  O("Vidin Chamber of Commerce and Industry"), O("Slovak Innovation and Energy Agency","SIEA"),
  O("Osijek Heating Company"), O("Bavarian Environment Cluster"),
  O("Ministry of Climate Protection of the Republic of Austria"), O("Department of Energy Efficiency"),
  O("Municipality of Pančevo"), O("Danube Region Cluster Network","DRCN"), O("Energy Community Secretariat"),
  O("Warsaw University of Technology"), O("University of Zagreb"), O("Austrian Energy Agency"),
  O("Managing Authority of the Interreg Danube Region Programme")],
 [E("Kick-off meeting","2035-03-06","2035-03-07","Leoben","Austria"),
  E("Second partner meeting and study visit","2035-10-16","2035-10-17","Győr","Hungary"),
  E("Third partner meeting","2036-04",None,"Timișoara","Romania"),
  E("Who owns the heat?","2035-10-17",None,None,None)],
 ["2028/2034","2035-01-01/2037-06-30","2035-03-06/2035-03-07","2035-10-16/2035-10-17","2036-04","2035-10-17","2035-10-25"],
 [], "2035-10-25")
