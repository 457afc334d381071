from g import *
A="Kaamos Cold Testing Cluster ry"
G("news_kaamos-cold-testing-ceo-steps-down.md","2031-11-03",[
P("Pekka Ylitalo","chief executive",A),
P("Saara Keinänen","Head of Operations",A),
P("Hanna-Maria Kivelä","Board chair",A),
P("Joonas Hettula","Safety and Training Manager",A),
P("Mikko Palosaari","Director of Business Development","Regional Council of Lapland"),
P("Annikki Ruokangas","Director","Lapland Chamber of Commerce"),
P("Tapani Aikio","owner","Ivalo Ice Track Oy"),
P("Claudia Reimers","Head of Winter Testing Europe","Nordlicht Fahrwerk GmbH"),
P("Veera Mäenpää","Communications Officer",None),
],[O(A,"Kaamos"),O("Arctic Proving Grounds Muonio Oy"),O("Lapland University of Applied Sciences"),O("Regional Council of Lapland","Lapin liitto"),
O("Lapland Chamber of Commerce"),O("Ivalo Ice Track Oy"),O("Nordlicht Fahrwerk GmbH"),O("University of Lapland"),O("Finnish Meteorological Institute"),O("Business Finland")],
[E("extraordinary Board meeting","2031-10-29","2031-10-29","Rovaniemi","Finland"),
 E("Kaamos Winter Test Days","2032-02-02","2032-02-04","Sodankylä","Finland")],
["2031-11-03","2024","2031-12-01","2032","2031-10","2032-06","2027","2030","2031/2032","2032/2035","2031-10-29","2032-01-15","2032-02-02/2032-02-04","2032-03","2032-08-01"])
