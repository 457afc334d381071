from w1h import *
T="Têxtil Minho Cluster"
W("retex4eu-escp-partners","retex4eu-escp-partners.md","2033-11-04",
[P("Inês Carvalho Mota","International Projects Manager",T),P("Rui Magalhães-Pinto","Cluster Manager",T),P("Lorenzo Bigagli","Head of Sustainability Services","Prato Textile District Consortium"),
 P("Agnieszka Wróblewska-Nowak","Cluster Coordinator","Łódź Fashion and Textile Cluster"),P("Tomasz Zieliński","Technical expert","Lodz University of Technology"),
 P("Pieter-Jan Vanderhaeghen","Innovation Manager","Flanders Textile Valley"),P("Montserrat Puig i Ferrer","Project Officer","Clúster Textil de Catalunya – Moda Circular"),
 P("Johanna Ekholm","Business Developer","Borås Textile Innovation Network"),P("Stefanie Hämmerle","Project Manager","Textile Cluster Vorarlberg"),
 P("Rūta Jankauskaitė","Executive Director","Kaunas Apparel and Textile Association"),P("Aurélien Dufresne","Responsable Europe","Pôle Textile Hauts-de-France Recyclage"),
 P("Anja Vogelsang","Policy Adviser Circular Economy","EURATEX – European Apparel and Textile Confederation"),P("Maarten ter Borg",None,"Textile Exchange Europe"),
 P("Paweł Kaczmarek",None,"Regional Development Agency of Łódź")],
[O("ReTex4EU"),O(T,"TMC"),O("Prato Textile District Consortium","PTDC"),O("Łódź Fashion and Textile Cluster","ŁFTC"),O("Lodz University of Technology"),
 O("Institute of Material Science of Textiles"),O("Flanders Textile Valley","FTV"),O("Clúster Textil de Catalunya – Moda Circular","CTC"),O("Borås Textile Innovation Network","BTIN"),
 O("University of Borås"),O("Textile Cluster Vorarlberg","TCV"),O("Kaunas Apparel and Textile Association","KATA"),O("Pôle Textile Hauts-de-France Recyclage","PTHR"),
 O("EURATEX – European Apparel and Textile Confederation","EURATEX"),O("Textile Exchange Europe"),O("Regional Development Agency of Łódź"),O("European Union"),
 O("European Innovation Council and SMEs Executive Agency","EISMEA")],
[E("Kick-off meeting","2032-02-03","2032-02-03","Guimarães","Portugal"),E("2nd partner meeting","2032-06-09","2032-06-10","Prato","Italy"),
 E("3rd partner meeting","2032-11-22","2032-11-23","Łódź","Poland"),E("4th partner meeting","2033-04-25","2033-04-26","Borås","Sweden"),
 E("5th partner meeting","2033-10-16","2033-10-17","Roubaix","France"),E("next partner meeting","2034-04-18","2034-04-19","Kaunas","Lithuania"),
 E("final conference","2035-01","2035-01","Brussels","Belgium")],
["2032-02-03","2035-01-31","2032-03-17","2032/2035","2032-06-09/2032-06-10","2033-11-04","2032-11-22/2032-11-23","2033-04-25/2033-04-26","2033-10-16/2033-10-17","2034-04-18/2034-04-19","2035-01","2032-09"],[])
A="Albanian Institute for Regional Studies"
rows="""Arben Dedaj|Cluster Manager|Shkodra Olive Oil Cluster
Liljana Ndoj-Prenga|Chair of the Board|Shkodra Olive Oil Cluster
Gjergj Kola|Executive Director|Medicinal and Aromatic Plants Cluster of Northern Albania
Mimoza Lika|Head of Economic Development|Municipality of Shkodër
Pjetër Gjini|Vice-Rector for Research|University of Shkodër "Luigj Gurakuqi"
Dragan Radović|Cluster Manager|Ulcinj Tourism and Gastronomy Cluster
Jasmina Nikčević-Đurović|Senior Adviser|Ministry of Economic Development of Montenegro
Edin Kurtagić|Owner|Kurtagić Maslinovo Ulje d.o.o.
Milena Bošković|Programme Officer|Investment and Development Fund of Montenegro
Fatos Berisha|Cluster Manager|Gjakova Honey and Herbs Cluster
Shqipe Rama|Director|Kosovo Investment and Enterprise Support Agency
Kastriot Shehu|Managing Director|Agrodrini L.L.C.
Blerta Hoxhaj|Project Manager|GIZ
Marco Di Giacomo|Team Leader|EU4Business Western Balkans
Elona Gjebrea-Hajdari|Deputy Director|Albanian Investment Development Agency
Valbona Çoku|Owner|Çoku Bimë Mjekësore sh.p.k.
Nenad Perović|Secretary General|Chamber of Economy of Montenegro
Rozafa Zefi|Head of Regional Office|Shkodër Chamber of Commerce and Industry
Sanja Vlahović|Researcher|University of Montenegro
Ilir Bushati|Cluster Manager|Lake Shkodër Cross-Border Cluster Alliance
Ana Pejović|Tourism Coordinator|Ulcinj Municipality
Tom Gjeloshi|Farmer and member|Medicinal and Aromatic Plants Cluster of Northern Albania
Ingrid Halvorsen|Programme Manager|Norwegian Embassy in Tirana
Besnik Gashi|Export Manager|Kosova Herbal Export L.L.C.
Marjeta Zadeja|Policy Officer|Regional Cooperation Council
Ardian Luli|Head of Unit for Competitiveness|Ministry of Economy and Finance of Albania"""
ppl=[P("Teuta Marku-Gjoni","lead",A),P("Nikola Vujošević",None,A),P("Ermira Lleshi",None,A)]+[P(*r.split('|')) for r in rows.split('\n')]
W("shkoder-cluster-management-study-interviewees-findings","shkoder-cluster-management-study-interviewees-findings.md","2033-11-28",ppl,
[O("Lake Shkodër Cross-Border Cluster Alliance"),O(A,"AIRS"),O("Shkodra Olive Oil Cluster"),O("Vaj Ulliri Ndoj sh.p.k."),O("Medicinal and Aromatic Plants Cluster of Northern Albania"),
 O("Municipality of Shkodër"),O('University of Shkodër "Luigj Gurakuqi"'),O("Ulcinj Tourism and Gastronomy Cluster"),O("Directorate for SME Development"),
 O("Ministry of Economic Development of Montenegro"),O("Kurtagić Maslinovo Ulje d.o.o."),O("Investment and Development Fund of Montenegro"),O("Gjakova Honey and Herbs Cluster"),
 O("Kosovo Investment and Enterprise Support Agency","KIESA"),O("Agrodrini L.L.C."),O("GIZ"),O("EU4Business Western Balkans"),O("Albanian Investment Development Agency","AIDA"),
 O("Çoku Bimë Mjekësore sh.p.k."),O("Chamber of Economy of Montenegro"),O("Shkodër Chamber of Commerce and Industry"),O("University of Montenegro"),O("Faculty of Economics"),
 O("Ulcinj Municipality"),O("Norwegian Embassy in Tirana"),O("Kosova Herbal Export L.L.C."),O("Regional Cooperation Council"),O("Ministry of Economy and Finance of Albania")],
[E("focus group","2033-07-12","2033-07-12","Shkodër","Albania"),E("focus group","2033-07-13","2033-07-13","Ulcinj","Montenegro"),
 E("validation workshop","2033-10-24","2033-10-24","Shkodër","Albania"),E("first joint olive oil fair","2031-11","2031-11","Ulcinj","Montenegro"),E("Steering Committee","2033-11-14","2033-11-14")],
["2033-11-28","2033-06-06/2033-09-19","2033-07-12","2033-07-13","2033-10-24","2034","2035/2037","2031-11","2033-11-14"],
["Cluster managers in the region are highly qualified but work alone: in nine of the twelve clusters studied the manager is the only full-time employee",
"Membership fees cover on average 18 percent of the budget; the rest comes from donor projects that rarely last longer than two years",
"Companies value concrete services (joint purchasing, trade fairs, certification) far more than networking events",
"Cross-border cooperation between clusters of Albania, Montenegro and Kosovo works best where there is a shared value chain, as in olive oil and medicinal plants",
"Public bodies support clusters with one-off grants but few have a cluster policy with multi-annual funding and clear criteria",
"Universities are present in most clusters on paper, but joint research projects with companies are rare"])
