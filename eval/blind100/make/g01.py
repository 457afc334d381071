from h import *
F = 'g01_friuli_wood_cluster_team.txt'
assert wd(2037,3,19)=='Thursday' and wd(2037,4,2)=='Thursday'
T = """Skip to content | Italiano | English
Home  About  Members  Services  Projects  News  Team  Contact
Search...

This website uses technical cookies and, with your consent, analytics cookies. [Accept] [Reject] [Customise]

Home > About > Our team

OUR TEAM

The Friuli Wood and Furniture Cluster (Cluster Legno Arredo Friuli, CLAF) employs fourteen people in Udine and in its branch office at the Manzano Technology Park. The team is organised in three units that report to the managing director. Below you find who does what and how to reach each of us. General requests: info@claf-cluster.example.it | +39 0432 000 100

Page last updated: 12 March 2037

-------------------------------------------------
MANAGEMENT
-------------------------------------------------

Francesca Dal Bello
Managing Director
Leads the cluster office since 2031; member of the steering group of the Italian Cluster Network for Wood and Furniture.
f.dalbello@claf-cluster.example.it | +39 0432 000 101

Matteo Zanutta
Deputy Director and Head of Administration
Budget, membership fees, public procurement, legal questions.
m.zanutta@claf-cluster.example.it | +39 0432 000 102

Giulia Peressini
Executive Assistant
Board meetings, general assembly, agenda of the managing director.
segreteria@claf-cluster.example.it | +39 0432 000 103

-------------------------------------------------
INNOVATION AND TECHNOLOGY UNIT
-------------------------------------------------

Andrea Cossettini, PhD
Head of Innovation and Technology
Research projects with the University of Udine, testing laboratory, product certification.
a.cossettini@claf-cluster.example.it | +39 0432 000 110

Elisa Moretuzzo
Project Manager – Circular Design
Coordinator of the cluster's work in the Interreg project TIMBERLOOP; reuse of panels and upholstery.
e.moretuzzo@claf-cluster.example.it | +39 0432 000 111

Luca Bearzi
Digitalisation Expert
Industry 4.0 assessments, the cluster's digital innovation hub desk, data spaces for furniture.
l.bearzi@claf-cluster.example.it | +39 0432 000 112

Sara Tomasin
Laboratory Technician (Manzano)
Mechanical tests of chairs and tables according to EN standards.
s.tomasin@claf-cluster.example.it | +39 0432 000 113

-------------------------------------------------
INTERNATIONALISATION AND MARKETS UNIT
-------------------------------------------------

Paolo Di Giusto
Head of Internationalisation
Trade fairs, buyer missions, contacts with the Italian Trade Agency (ICE) and with the Enterprise Europe Network.
p.digiusto@claf-cluster.example.it | +39 0432 000 120

Chiara Londero
Export Manager – DACH and Nordic countries
c.londero@claf-cluster.example.it | +39 0432 000 121

Karin Obersteiner
Export Manager – Central and Eastern Europe (works from Klagenfurt two days a week, at the offices of our partner Holzcluster Kärnten)
k.obersteiner@claf-cluster.example.it | +39 0432 000 122

-------------------------------------------------
SKILLS AND COMMUNICATION UNIT
-------------------------------------------------

Marta Venier
Head of Skills and Communication
Training plans with ITS Academy Udine, the annual skills survey, press.
m.venier@claf-cluster.example.it | +39 0432 000 130

Davide Urli
Communication Officer
Newsletter, website, social media, photos.
comunicazione@claf-cluster.example.it | +39 0432 000 131

Irene Pittino
Training Coordinator
Apprenticeships, the upholstery school in Pordenone, workplace tutors.
i.pittino@claf-cluster.example.it | +39 0432 000 132

Tommaso Cargnelutti
Junior Project Officer (on parental leave until June 2037; please write to Marta Venier)

-------------------------------------------------
NEW IN THE TEAM
-------------------------------------------------

Since 1 February 2037 Valentina Rizzi has joined us as Sustainability Officer. She comes from the Chamber of Commerce of Pordenone-Udine, where she handled environmental declarations for manufacturers for six years. She will prepare the cluster's first sustainability report, due in the autumn.
v.rizzi@claf-cluster.example.it | +39 0432 000 114

-------------------------------------------------
MEET US
-------------------------------------------------

Open Office Day – Thursday 19 March 2037, 15:00–18:00, Via Linussio 51, Udine. Members and students can meet each unit, see the testing laboratory on video and ask about the spring calls.

15:00  Welcome by Francesca Dal Bello
15:20  Innovation desk: how to book a test
16:00  Export desk: the trade fair calendar
17:00  Aperitivo with local wine

Next member breakfast: Thursday 2 April 2037, 08:30, Manzano Technology Park.

-------------------------------------------------

Board and statutes: see About > Governance
Supervisory body: Studio Revisori Associati Tavagnacco

Share this page: Facebook | LinkedIn | X | E-mail

Cluster Legno Arredo Friuli Soc. Cons. a r.l. – Via Linussio 51, 33100 Udine (UD) – VAT IT00000000000
Privacy policy | Cookie policy | Transparency | Site map
© 2037 CLAF. Photos: Davide Urli.
"""
write(F, T)
C = "Friuli Wood and Furniture Cluster"
gold(F,
 [P("Francesca Dal Bello","Managing Director",C), P("Matteo Zanutta","Deputy Director and Head of Administration",C),
  P("Giulia Peressini","Executive Assistant",C), P("Andrea Cossettini","Head of Innovation and Technology",C),
  P("Elisa Moretuzzo","Project Manager",C), P("Luca Bearzi","Digitalisation Expert",C),
  P("Sara Tomasin","Laboratory Technician",C), P("Paolo Di Giusto","Head of Internationalisation",C),
  P("Chiara Londero","Export Manager",C), P("Karin Obersteiner","Export Manager",C),
  P("Marta Venier","Head of Skills and Communication",C), P("Davide Urli","Communication Officer",C),
  P("Irene Pittino","Training Coordinator",C), P("Tommaso Cargnelutti","Junior Project Officer",C),
  P("Valentina Rizzi","Sustainability Officer",C)],
 [O(C,"CLAF"), O("Manzano Technology Park"),
  O("Italian Cluster Network for Wood and Furniture"), O("University of Udine"), O("Italian Trade Agency","ICE"),
  O("Enterprise Europe Network"), O("Holzcluster Kärnten"), O("ITS Academy Udine"),
  O("Chamber of Commerce of Pordenone-Udine"), O("Studio Revisori Associati Tavagnacco")],
 [E("Open Office Day","2037-03-19",None,"Udine","Italy"), E("Aperitivo with local wine","2037-03-19",None,"Udine","Italy"),
  E("member breakfast","2037-04-02",None,"Manzano","Italy")],
 ["2037-03-12","2031","2037-06","2037-02-01","2037-03-19","2037-04-02"], [], "2037-03-12")
