from g import *
G="Gelderse Ontwikkelingsmaatschappij Vallei en Rivieren"
w("nieuws-GOVR-nieuwe-directeur-agrifood.txt","2033-02-04",
[P("Marieke van den Broek-Hoekstra","algemeen directeur",G),P("Hans Kuipers",None,G),P("Wim Verhagen","voorzitter",G),
 P("Sanne Oosterhuis","gedeputeerde","provincie Gelderland"),P("Youssef El Khatib","senior investment manager",G),
 P("Petra de Wit",None,"Rabobank Vallei en Rijn"),P("Ingrid Terpstra","interim-controller",G),P("Lotte Hendriks","woordvoerder",None),P("Joost van Wijngaarden","decaan","Wageningen University & Research"),P("Fatima Ouali","directeur-eigenaar","Zuivelvrij B.V."),P("Gerrit-Jan Hulshof","voorzitter","Vereniging Agrifood Rivierenland")],
[O(G,"GOVR"),O("gemeente Ede"),O("Betuwe Melk U.A."),O("provincie Gelderland"),O("Zuivelvrij B.V."),O("Krekelhof B.V."),
 O("Wageningen University & Research","WUR"),O("Eiwitkring Binnenveld"),O("Oost NL"),
 O("Regionale Ontwikkelingsmaatschappij Utrecht","ROM Utrecht Region"),O("Rabobank Vallei en Rijn"),O("Kamer van Koophandel"),
 O("Enterprise Europe Network"),O("Rijksdienst voor Ondernemend Nederland","RVO"),O("Vereniging Agrifood Rivierenland")],
[E("Afscheid Hans Kuipers","2033-03-23","2033-03-23","Arnhem","Netherlands"),E("GOVR Jaarcongres","2033-03-23","2033-03-23","Arnhem","Netherlands"),
 E("F&A Next","2033-05-11","2033-05-12","Wageningen","Netherlands"),E("investeerdersbijeenkomst WUR en GOVR","2033-09-14","2033-09-14","Wageningen","Netherlands"),E("Investeerdersdag Agrifood","2033-06-05","2033-06-05","Ede","Netherlands")],
["2033-02-04","2033-04-01","2016","2032","2035","2025-03-01","2033-03-23","2033","2033-05-11/2033-05-12","2033-06-05","2033-09-14","2031","2008/2016","2016/2020","2020/2033"])
