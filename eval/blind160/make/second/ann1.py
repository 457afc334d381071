import datetime as dt
def P(n,r=None,o=None): return {"name":n,"role":r,"organisation":o}
def O(n,a=None): return {"name":n,"acronym":a}
def E(n,s=None,e=None,c=None,k=None): return {"name":n,"start":s,"end":e if e else s,"city":c,"country":k}
WD=[]
def W(d,wd): WD.append((d,wd))
A={}
# g01
CLV="Cluster Legno Valtellina · Alpine Wood Cluster"
W("2038-10-13","Wed");W("2038-10-14","Thu");W("2038-10-15","Fri")
A["g01_valtellina_timber_forum_outcomes"]=dict(pub="2038-10-26",
 people=[P("Chiara Bonfadini","communication officer",None),P("Lorenzo Ciapponi","President","Province of Sondrio"),
  P("Marta Rainoldi","president",CLV),P("Florian Hechenbichler",None,"Technical University of Munich"),
  P("Giulia Tognolini","procurement officer","Municipality of Sondrio"),P("Lukas Perathoner",None,"proHolz Tirol"),
  P("Anna-Katharina Wyss","managing director","Lignum Graubünden"),P("Davide Menatti","head of the wood technology department","CFP Valtellina")],
 orgs=[O(CLV),O("Province of Sondrio"),O("Chamber of Commerce of Sondrio"),O("Fondazione Politecnico di Milano"),O("Segheria Rainoldi & Figli"),
  O("Technical University of Munich"),O("Municipality of Sondrio"),O("proHolz Tirol"),O("Lignum Graubünden"),O("CFP Valtellina"),
  O("Legnotech Valtellina"),O("Lombardy Region"),O("EUSALP action group on forests")],
 events=[E("Alpine Timber Forum 2038","2038-10-14","2038-10-15","Sondrio","Italy"),E("welcome dinner for speakers","2038-10-13",None,"Sondrio","Italy"),
  E("From log to lamella: what Alpine regions can learn from each other","2038-10-14",None,"Sondrio","Italy"),
  E("B2B meetings","2038-10-14",None,"Sondrio","Italy"),E("company visits","2038-10-15",None,"Morbegno, Tirano","Italy"),
  E("first meeting of the working group","2039-01"),
  E("Alpine Timber Forum","2034-11-09","2034-11-10","Morbegno","Italy"),E("Alpine Timber Forum","2035-10-19","2035-10-20","Tirano","Italy"),
  E("Alpine Timber Forum","2036-10-13","2036-10-14","Chiavenna","Italy"),E("Alpine Timber Forum","2037-10-21","2037-10-22","Bormio","Italy"),
  E("Alpine Timber Forum","2039-10",None,"Poschiavo","Switzerland")],
 dates=["2038-10-26","2038-10-14/2038-10-15","2038-10-13","2038-10-14","2038-10-15","2031","2038","2039-06","2039-01",
  "2034-11-09/2034-11-10","2035-10-19/2035-10-20","2036-10-13/2036-10-14","2037-10-21/2037-10-22","2039-10"],
 km=["The valley needs at least one sawmill able to produce structural timber of certified strength classes, otherwise local wood will continue to leave as round logs",
 "Public buyers should be able to use a regional origin label in tenders; the cluster will prepare a model clause with the Municipality of Sondrio by June 2039",
 "Forest owners, sawmills and builders must share one digital register of available timber volumes",
 "Apprenticeships in carpentry and timber construction should be promoted jointly by companies and schools, starting with an open day in every municipality",
 "Cross-border cooperation with Graubünden and Tyrol should become a permanent working group rather than a yearly meeting"])
# g02
W("2039-03-22","Tue");W("2039-04-28","Thu")
RCC="Roscommon County Council"; SER="Shannonside Economic Research Ltd"
A["g02_roscommon_agrifood_study_summary"]=dict(pub="2039-03-22",
 people=[P("Siobhán Kilbride","Head of Enterprise",RCC),P("Declan Moffitt",None,"Western Development Commission"),
  P("Áine Ní Fhlannagáin","lecturer in food science","Atlantic Technological University"),P("Fergal Cunnane","managing director","Boyle Craft Butchers Ltd"),
  P("Ruairí Hanley","Director",SER),P("Gráinne Duignan"),P("Mark Tully"),P("Eithne Regan","Cathaoirleach",RCC),P("Bernadette Farrell",None,"Bord Bia")],
 orgs=[O(RCC),O("Local Enterprise Office Roscommon","LEO Roscommon"),O("Western Development Commission"),O(SER),O("Enterprise Ireland"),O("Bord Bia"),
  O("Atlantic Technological University","ATU"),O("Boyle Craft Butchers Ltd"),O("Roscommon Food Producers Network"),O("Taste of the Midlands network"),O("Food Innovation Hub")],
 events=[E("workshop","2038-11-15",None,"Boyle","Ireland"),E("workshop","2038-11-29",None,"Ballinasloe","Ireland"),
  E("public briefing","2039-04-28",None,"Boyle","Ireland"),E("council's meeting","2039-06")],
 dates=["2039-03-22","2038","2038-06/2039-02","2038-11-15","2038-11-29","2039","2039-04-28","2039-06"],
 km=["The county has a dense core of meat, dairy and bakery processors, but 82 per cent of them employ fewer than ten people",
 "Most businesses buy and sell within 60 km; only 19 firms export, almost all of them to Northern Ireland and Great Britain",
 "Companies know Enterprise Ireland and LEO Roscommon well, but very few have worked with a research centre or a third-level institution",
 "Shared needs are clear: cold storage, a certified kitchen for product trials, and help with packaging and labelling rules",
 "The Roscommon Food Producers Network is trusted by its 46 members, yet it runs entirely on volunteers and has no staff",
 "Businesses do not ask for \"a cluster\"; they ask for someone who answers the phone and connects them to the right person",
 "a part-time cluster facilitator should be employed for three years, hosted by the Roscommon Food Producers Network and co-funded by the County Council and the Western Development Commission",
 "the feasibility of a shared food production unit in the Boyle enterprise centre should be assessed before the end of 2039",
 "ATU should offer two \"innovation vouchers days\" a year in Roscommon, so that small firms can meet researchers without travelling to Galway or Sligo",
 "the network should join the national food cluster forum convened by Enterprise Ireland and apply for the cluster label only once it has a paid facilitator in place"])
# g03
W("2036-05-06","Tue");W("2036-06-18","Wed")
TPA="Thracia Policy Advisory OOD"
A["g03_haskovo_cluster_scheme_evaluation-pdf"]=dict(pub="2036-04-30",
 people=[P("Petar DIMOV","Managing Partner",TPA),P("Radostina KOLEVA"),P("Emil HADZHIEV"),P("Milena TODOROVA","Deputy Regional Governor"),
  P("Hristo VALCHANOV","Regional Governor"),P("Desislava ANGELOVA","Mayor of Dimitrovgrad")],
 orgs=[O("Haskovo District Administration"),O("Department of Regional Development"),O(TPA),O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Thracian Food Cluster"),O("Dimitrovgrad Chemical and Energy Cluster"),O("Rhodope Textile Cluster"),O("Svilengrad Logistics Cluster"),O("Trakia University"),
  O("Regional Development Council of the South-Central Region")],
 events=[E("focus groups","2036-02",None,"Haskovo, Kardzhali","Bulgaria"),E("monitoring committee","2036-05-06",None,"Haskovo","Bulgaria"),
  E("session of the Regional Development Council","2036-06-18",None,"Haskovo","Bulgaria")],
 dates=["2031/2035","2036-04-30","2035","2036-02","2036-05-06","2036-04","2036-06-18"],
 km=["Seven of the nine clusters still operate; two (in furniture and in tourism) stopped their activity when the grants ended in 2035",
 "Member companies value matchmaking and joint trade fair stands above all other services",
 "Cluster managers spent on average 38% of their time on reporting to the scheme, which they judged excessive",
 "Only the Thracian Food Cluster and the Dimitrovgrad Chemical and Energy Cluster earn more than half of their budget from membership fees and services",
 "Cooperation with Trakia University and the Plovdiv technical universities remained occasional and depended on individual contacts",
 "Cross-border links with Edirne (Türkiye) and Evros (Greece) were promised in most cluster strategies but were realised by only two clusters",
 "A five-year grant without a plan for financial independence keeps weak clusters alive but does not make them stronger",
 "Coaching worked best when the same coach followed a cluster for at least two years",
 "Simple reporting saves time that managers can spend with members",
 "Link the second and third years of funding to a rising share of own income, starting at 20% and reaching 45%",
 "Replace quarterly activity reports with one annual report and a short member satisfaction survey",
 "Fund joint services for clusters (legal advice, trade fair logistics) through one regional cluster office",
 "Reserve part of the budget for cross-border projects with partners in Evros and Edirne"])
# g04
W("2040-01-24","Tue")
CISC="Consorzio Innovazione Sicilia Centrale"
A["g04_caltanissetta_position_paper"]=dict(pub="2040-02-09",
 people=[P("Rosalia Giunta","innovation officer",CISC),P("Salvatore Lo Monaco","president",CISC),P("Giuseppina Ferrigno","director",CISC),
  P("Filippo Arena","president","Enna Agri-food District"),P("Concetta Vullo","vice-rector for the third mission","Kore University of Enna"),
  P("Carmelo Di Dio","secretary general","Confartigianato Caltanissetta"),P("Ivana Schillaci","coordinator","Legacoop Sicilia Centro")],
 orgs=[O(CISC,"CISC"),O("Enna Agri-food District"),O("Kore University of Enna"),O("Confartigianato Caltanissetta"),O("Legacoop Sicilia Centro"),
  O("Department of Productive Activities of the Sicilian Region"),O("Sicilian Region")],
 events=[E("open assembly","2040-01-24",None,"Caltanissetta","Italy"),E("board of directors","2040-01-24",None,"Caltanissetta","Italy"),
  E("first discovery workshop","2041")],
 dates=["2041/2047","2040-02-09","2034","2037","2040-01-24","2021/2027","2028/2034","2039-11/2040-01","2041"],
 km=["Companies cannot afford to send staff to Palermo or Catania for every information day",
 "Small firms need partners to write proposals; they rarely have the skills in house",
 "The most useful support so far came from people, not from platforms: the consortium's staff, the chamber of commerce and a handful of university researchers",
 "Recognise \"sustainable construction and restoration with local materials\" as a priority domain, or at least as a cross-cutting theme of the existing domains",
 "Reserve at least 15% of the strategy's innovation budget for projects led by companies in inner areas, as defined in the national strategy for inner areas",
 "Hold at least one entrepreneurial discovery workshop per year in Caltanissetta or Enna, not only in the three metropolitan cities",
 "Fund cluster and consortium staff, not only equipment; a facilitator who knows the companies is worth more than a new portal",
 "Create a simplified call for micro-enterprises with a single-page application and decisions within 60 days",
 "Involve the Kore University of Enna in the regional innovation observatory, so that data on inner areas are collected at all"])
# g05
W("2041-06-17","Mon");W("2041-06-12","Wed");W("2041-06-21","Fri");W("2041-09-25","Wed");W("2041-06-05","Wed")
PASA="Polo Automotive Sangro-Aventino"
A["g05_sangro_automotive_board_minutes"]=dict(pub="2041-06-17",
 people=[P("Federica D'Alessandro","Cluster Secretary",PASA),P("Nicola Di Renzo","Chair",PASA),P("Elena Marcucci","Vice-Chair",PASA),
  P("Tommaso Carulli","Treasurer",PASA),P("Paola Iezzi","board member",PASA),P("Marco Sciarretta","board member",PASA),P("Giovanni Bucciarelli","board member",PASA),
  P("Antonio De Cesare"),P("Lucia Ranieri","head of the cluster policy office","Abruzzo Region")],
 orgs=[O(PASA,"PASA"),O("Sangro Stampi S.r.l."),O("Università degli Studi \"G. d'Annunzio\" Chieti-Pescara"),O("Carulli Plastiche S.p.A."),
  O("Fondazione ITS Mobilità Sostenibile Abruzzo"),O("Officine Meccaniche Sciarretta"),O("Confindustria Chieti Pescara"),O("Abruzzo Region"),
  O("Department of Economic Development"),O("Consorzio per lo Sviluppo Industriale del Vasto"),O("European Automotive Clusters Network","EACN")],
 events=[E("Board meeting","2041-06-12",None,"San Salvo","Italy"),E("Board meeting","2041-05-29"),
  E("Automotive Dialogue Europe","2041-09-24","2041-09-25","Győr","Hungary"),E("Board meeting","2041-09-25",None,"Lanciano","Italy"),E("Ecomondo")],
 dates=["2041-06-17","2041-06-12","2041-06-21","2041-05-29","2044","2039/2042","2041-07-31","2041-09-24/2041-09-25","2041-09-25","2041-06-05"],
 km=["The Board approves the supplier survey report and its publication on the cluster website",
 "Tommaso Carulli is elected Treasurer for the remainder of the 2039–2042 term",
 "The cluster will apply to the regional cluster consolidation call with a three-year budget of EUR 1.2 million; the Chair and the Treasurer will sign the application",
 "Elena Marcucci and Marco Sciarretta will represent the cluster at Automotive Dialogue Europe in Győr",
 "The next Board meeting will take place on Wednesday 25 September 2041 in Lanciano; because of the Győr conference, it will be moved online if needed"])
# g06
W("2037-11-18","Wed");W("2037-11-19","Thu")
A["g06_eifel_ardennes_lessons_learnt"]=dict(pub="2037-12-02",
 people=[P("Hannelore Scheuer","Landrätin","Eifelkreis Bitburg-Prüm"),P("Jean-Paul Hoffmann",None,"Chambre des Métiers du Luxembourg"),
  P("Sophie Lambotte",None,"Construction Ardenne asbl"),P("Katrin Weiler","Project manager","Handwerkskammer Trier")],
 orgs=[O("Eifelkreis Bitburg-Prüm"),O("Chambre des Métiers du Luxembourg"),O("Construction Ardenne asbl"),O("Holzbau Thiel"),O("Handwerkskammer Trier"),
  O("Wirtschaftsförderungsgesellschaft Eifelkreis Bitburg-Prüm"),O("Hochschule Trier"),O("Umwelt-Campus Birkenfeld"),O("IFAPME Libramont"),O("Commune de Clervaux")],
 events=[E("final conference","2037-11-18","2037-11-19","Bitburg","Germany"),E("visits","2037-11-19",None,"Prüm, Clervaux",None),
  E("closing workshop","2037-11-18",None,"Bitburg","Germany"),E("Kick-off meeting","2033-03-14","2033-03-15","Trier","Germany"),
  E("First cross-border craft fair","2034-10-06","2034-10-08","Libramont","Belgium"),E("Mid-term conference","2035-04-25",None,"Clervaux","Luxembourg"),
  E("Apprentice exchange week","2036-06-08","2036-06-12","Prüm, Bastogne",None)],
 dates=["2037-12-02","2033-01","2037-11-30","2037-11-18/2037-11-19","2037-11-18","2038","2039","2038-09","2033-03-14/2033-03-15",
  "2034-10-06/2034-10-08","2035-04-25","2036-06-08/2036-06-12","2028/2034"],
 km=["Start with what companies already do across the border, not with what the programme expects; the first year was lost on a strategy that nobody read",
 "Language is less of a barrier than recognition of qualifications – the joint certificate did more for mobility than any translation",
 "A common pool of apprentices only works if one partner takes over the paperwork for all",
 "Site visits convinced more companies than any conference; a craftsman believes what he sees on another craftsman's site",
 "Keep at least one paid coordinator after the project ends, or the network will fall asleep within months"])
# g07
W("2035-09-24","Mon");W("2035-09-25","Tue");W("2035-09-26","Wed")
RCE="Rural Clusters Europe"
A["g07_ruralclusters_general_assembly_perigueux"]=dict(pub="2035-10",
 people=[P("Margot Deschamps","communication officer",RCE),P("Jacques Lamarque","vice-president","Conseil départemental de la Dordogne"),
  P("Henrik Vestergaard","auditor",RCE),P("Lotte Beelen","auditor",RCE),P("Brigitte Wendling","President",RCE),P("Aurelio Fuentes Lozano","President",RCE),
  P("Kaisa Räsänen","Vice-President",RCE),P("Tomasz Wróbel","Vice-President",RCE),P("Pieter-Jan De Smet","Treasurer",RCE),
  P("Zsófia Bakos","Board member",RCE),P("Ciarán Mulvihill","Board member",RCE),P("Anneke Kruithof","Board member",RCE),
  P("Ruth Coppens","policy officer",RCE),P("Sylvie Chambon-Roux","director","Agence de Développement Économique de la Dordogne")],
 orgs=[O(RCE,"RCE"),O("Agence de Développement Économique de la Dordogne"),O("Pôle Agroalimentaire Périgord"),O("Conseil départemental de la Dordogne"),
  O("Coopérative Noix du Périgord"),O("Latgale Wood Cluster"),O("Alentejo Agri-Tech Association"),O("Cluster Agroalimentare Molise"),O("Allgäu Food Network"),
  O("Clúster Agroalimentario de Teruel"),O("Pohjois-Savo Rural Business Cluster"),O("Podkarpacki Klaster Rolno-Spożywczy"),O("Agrolink Vlaanderen"),
  O("Dél-alföldi Élelmiszeripari Klaszter"),O("Kerry Rural Enterprise Hub"),O("Agrifood Capital Noord"),O("European Commission"),
  O("Directorate-General for Agriculture and Rural Development")],
 events=[E("General Assembly 2035","2035-09-25","2035-09-26","Périgueux","France"),E("dinner","2035-09-24",None,"Périgueux","France"),
  E("Visit of the walnut processing cooperative Coopérative Noix du Périgord","2035-09-25",None,"Sarlat-la-Canéda","France"),
  E("Network dinner","2035-09-25"),E("Thematic workshops on rural manufacturing and skills","2035-09-26",None,"Périgueux","France"),
  E("first meeting of the new board","2035-11",None,"Brussels","Belgium"),
  E("founding assembly","2030",None,"Teruel","Spain"),E("General Assembly","2031",None,"Kempten","Germany"),E("General Assembly","2032",None,"Kuopio","Finland"),
  E("General Assembly","2033",None,"Rzeszów","Poland"),E("General Assembly","2034",None,"Tralee","Ireland"),E("General Assembly","2036-09",None,"Rēzekne","Latvia")],
 dates=["2035-10","2035-09-25/2035-09-26","2031","2035-09-24","2035-09-25","2034/2035","2036","2035-09-26","2034","2035/2038","2035-11","2035-11-01",
  "2030","2032","2033","2035","2036-09"],
 km=[])
# g08
W("2042-04-14","Mon");W("2042-04-15","Tue");W("2042-04-16","Wed");W("2042-04-17","Thu")
DT="Distretto Tessile e Artigiano della Barbagia"
A["g08_nuoro_textile_delegation_report"]=dict(pub="2042-05-06",
 people=[P("Giovanni Maria Sanna","international officer",DT),P("Graziella Pinna","director",DT),P("Wim Vandeputte","managing director","Texnet Flanders"),
  P("Els De Rycke"),P("Joost van der Linden","curator","Dutch Design Foundation"),P("Maria Grazia Loddo","trade attaché","Italian Consulate General"),
  P("Antonella Cossu",None,"Chamber of Commerce of Nuoro"),P("Salvatore Ladu")],
 orgs=[O(DT,"DTAB"),O("Sardinia Region"),O("Italian Trade Agency","ITA"),O("Tessitura Su Trobasciu"),O("Lanificio Barbaricino"),O("Pelletteria Mura"),
  O("ISRE"),O("Texnet Flanders"),O("Ghent University"),O("Dutch Design Foundation"),O("TextielLab"),O("TextielMuseum"),O("Italian Consulate General"),
  O("Chamber of Commerce of Nuoro")],
 events=[E("Sardinian textile and craft delegation to Flanders and the Netherlands","2042-04-14","2042-04-17"),
  E("Welcome at Texnet Flanders","2042-04-14",None,"Kortrijk","Belgium"),E("Visit to the Texture museum and to a weaving company","2042-04-14",None,"Kortrijk","Belgium"),
  E("Dinner with Flemish designers","2042-04-14",None,"Kortrijk","Belgium"),E("Craft meets design","2042-04-15",None,"Ghent","Belgium"),
  E("B2B meetings","2042-04-15",None,"Ghent","Belgium"),E("Visit to the Dutch Design Foundation","2042-04-16",None,"Eindhoven","Netherlands"),
  E("Company visit to a textile printing lab","2042-04-16",None,"Tilburg","Netherlands"),E("Meeting at the Italian Consulate General","2042-04-17",None,"Amsterdam","Netherlands"),
  E("autumn buyers' day","2042-10"),E("assembly","2042-06",None,"Nuoro","Italy"),E("return visit of Flemish buyers","2042-11"),E("Autunno in Barbagia")],
 dates=["2042-04-14/2042-04-17","2042-05-06","2042-04-14","2042-04-15","2042-04-16","2042-04-17","2042-10","2042-05-31","2042-06","2042-11"],
 km=[])
