from w import W
C="Consorzio Distretto del Mobile Trevigiano s.c.a r.l."
W("treviso-furniture-design-cluster-conference-outcome-2035","treviso-furniture-design-cluster-conference-outcome-2035.txt","2035-06-06",
[("Giovanni Battista Zanatta","President",C),("Elena Dal Pozzo-Marcon","Regional Councillor for Economic Development","Veneto Region"),
 ("Piotr Zawadzki-Lehner","policy officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),("Marta Benetton-Sfriso",None,"IUAV"),
 ("Luca De Marchi",None,"Poltrone De Marchi S.r.l."),("Sabine Oberleitner",None,"Holzcluster Salzburg"),("Jure Kovačič",None,"Slovenian Wood Industry Cluster"),
 ("Francesca Gobbo","journalist",None),("Roberto Furlanetto","director","ITS Academy Cosmo"),("Alessandra Tonon Rizzardini","scientific coordinator","Ca' Foscari University of Venice"),
 ("Federico Bortoletto","cluster manager",C),("Silvia Zago",None,None)],
[(C,None),("Chamber of Commerce of Treviso-Belluno",None),("Confartigianato Marca Trevigiana",None),("IUAV University of Venice","IUAV"),("Veneto Region",None),("European Commission",None),
 ("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),("Poltrone De Marchi S.r.l.",None),("Holzcluster Salzburg",None),("Slovenian Wood Industry Cluster",None),
 ("ITS Academy Cosmo",None),("Italian National Agency for New Technologies, Energy and Sustainable Economic Development","ENEA"),("Unioncamere Veneto",None),("Molteni & Figli S.p.A.",None),
 ("Tessaro Legnami S.r.l.",None),("Ca' Foscari University of Venice",None)],
[("Annual Conference of the Distretto del Mobile Trevigiano, 5th edition","2035-05-10","2035-05-11","Treviso","Italy"),("B2B session","2035-05-11","2035-05-11","Treviso","Italy"),
 ("dinner at the Villa Emo","2035-05-10","2035-05-10","Fanzolo","Italy"),("optional company visit to the Molteni & Figli S.p.A. plant","2035-05-12","2035-05-12","Giussano","Italy"),
 ("visit to the Tessaro Legnami S.r.l. sawmill","2035-05-12","2035-05-12","Castelfranco Veneto","Italy"),("sixth edition of the conference","2036-05-08","2036-05-09","Treviso","Italy"),
 ("half-day workshop on product passports","2035-10-23","2035-10-23","Oderzo","Italy")],
["2035-05-10/2035-05-11","2035-06-06","2035-05-11","2040","2035-05-10","2035-05-12","2030","2036","2035-09","2034","2036-05-08/2036-05-09","2035-10-23"],list("12345"))
