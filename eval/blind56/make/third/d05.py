from w import *
D="Dalarna Steel & Circular Industry Cluster"
W("new-members_dalarna-steel-circular-cluster_2034","new-members_dalarna-steel-circular-cluster_2034.md","2034-06-05",
[P("Karin Ersson-Lindqvist","Chair of the Board",D),P("Anders Hedlund","CEO","Falu Skrot & Metallåtervinning AB"),P("Sara Nyström-Bakr","co-founder and CTO","H2Dala AB"),
 P("Per-Olof Mattsson","Managing Director","Siljan Precision Engineering AB"),P("Jukka Heikkilä","Sales Director Nordics","Kokkolan Konepaja Oy"),
 P("Friederike von Aschenbach","Head of Business Development Scandinavia","Westfalen Induktion GmbH"),P("Tomasz Wróblewski","Export Manager","Stalprofil Serwis sp. z o.o."),
 P("Ingrid Sæther","Project Manager","Norsk Slaggteknikk AS"),P("Mohammed Al-Karimi","partner","Avesta Energiservice Kommanditbolag"),
 P("Lena Persson","Senior Consultant","Dalcon Miljökonsult Handelsbolag"),P("Kasper Nygaard Holm","partner","Jutland Steel Logistics ApS"),
 P("Eva Grahn","Dean","Högskolan Dalarna"),P("Jonas Berglund","coordinator","Teknikcollege Dalarna"),P("Annika Lindqvist","Head of Business Development","Hedemora kommun"),
 P("Jean-Baptiste Leroux","Délégué général","Cluster Acier Hauts-de-France"),P("Emma Sundberg","Membership and Services Manager",D)],
[O(D,"DSCIC")]+[O(x) for x in ["Falu Skrot & Metallåtervinning AB","H2Dala AB","Siljan Precision Engineering AB","Kokkolan Konepaja Oy","Westfalen Induktion GmbH",
 "Stalprofil Serwis sp. z o.o.","Norsk Slaggteknikk AS","Avesta Energiservice Kommanditbolag","Dalcon Miljökonsult Handelsbolag","Jutland Steel Logistics ApS",
 "Högskolan Dalarna","School of Technology and Business Studies","Teknikcollege Dalarna","Hedemora kommun","Cluster Acier Hauts-de-France","Gagnef Verktyg AB","Orsa Plåt AB","Nordic Coil Coating Oy"]],
[E("Nordic Steel Days","2034-05-23","2034-05-23","Luleå","Sweden"),E("New members' introduction","2034-06-14","2034-06-14","Borlänge","Sweden"),
 E("Summer meeting and site visit to the Avesta melt shop","2034-08-23","2034-08-23","Avesta","Sweden"),
 E("Dalarna Circular Metals Conference 2034","2034-11-07","2034-11-08","Falun","Sweden")],
["2034","2034-06-05","2034-01/2034-05","2034-08-21","2034-10-16","2032","2034-03","2034-05-23","2033","2034-06-14","2034-08-23","2034-11-07/2034-11-08"])
