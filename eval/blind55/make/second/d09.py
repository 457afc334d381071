from s import *
CV="Crystal Valley Cluster, z. s."
W("NEW-DATE_glass-design-roundtable_Liberec","NEW-DATE_glass-design-roundtable_Liberec.eml","2034-02-24",[
P("Kateřina Benešová","Event Manager",CV),P("Veronika Hrdličková-Salač","Head of Design","Lasvit s.r.o."),
P("Tomáš Dvořák","Director","Czech Glass Association"),P("Pavel Kučera","Chairman of the Board","Crystal Valley Cluster"),
P("Jana Horáčková","Deputy Governor of the Liberec Region",None),P("Martin Šimek",None,"Technical University of Liberec"),
P("Lucie Koldová","designer",None),P("Jiří Pačinek",None,"Pačinek Glass s.r.o."),P("Anke von Rosenberg",None,"Glasfachschule Zwiesel"),
P("Radek Novák",None,"Preciosa, a.s.")],
[O(CV),O("Technical University of Liberec"),O("Lasvit s.r.o."),O("Regional Authority of the Liberec Region"),
O("Czech Glass Association","Asociace sklářského a keramického průmyslu ČR"),O("Department of Glass Technology"),O("Pačinek Glass s.r.o."),
O("Glasfachschule Zwiesel"),O("Preciosa, a.s."),O("Ajeto"),O("Glas- und Keramik-Netzwerk Oberlausitz e. V.")],
[E("Crystal Valley Roundtable \"Glass, light and design after the energy crisis\"","2034-03-23",None,"Liberec","Czechia"),
E("Crystal Valley Roundtable on skills and apprenticeships","2034-06-08",None,"Jablonec nad Nisou","Czechia")],
["2034-03-23","2034-03-09","2034-03-17","2034-03-20","2034-03-22/2034-03-23","2033","2034-06-08","2034-02-06","2034","2034-03-03"])
