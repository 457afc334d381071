from g import *
L="Legno Lombardo Cluster"
w("furniture-futures-summit-2035-speakers.md",None,
[P("Chiara Di Stefano","President",L),P("Rainer Lindqvist","Policy Officer","DG GROW"),
 P("Giulia Marchetti","Full professor of design for sustainability","Politecnico di Milano"),
 P("Tomasz Wierzbicki","Head of Sustainability","Meblarnia Podlaska Sp. z o.o."),P("Elif Arslan","Co-founder and CTO","Rinnova Materials"),
 P("Paolo Brambilla","journalist","Il Giornale dell'Arredo"),P("Sven de Jong","product manager for traceability","Herkomst Data B.V."),
 P("Federica Colombo","Digital transformation manager","Confartigianato Imprese Monza Brianza"),
 P("Andrea Ó Súilleabháin","Innovation Lead","Furniture & Wood Ireland"),P("Lorenzo Cattaneo","Director","ITS Academy Legno e Arredo Lissone"),
 P("Magdalena Hofer","Head of HR","Hofer Küchenwerk GmbH"),P("Giovanni Fumagalli","Regional Minister for Economic Development","Regione Lombardia"),
 P("Beatrice Sala","communication officer",L)],
[O(L),O("Chamber of Commerce of Monza and Brianza"),O("Mobilificio Di Stefano S.r.l."),O("Politecnico di Milano"),
 O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),O("European Commission"),
 O("Swedish Environmental Protection Agency"),O("CircoLab"),O("Meblarnia Podlaska Sp. z o.o."),O("Rinnova Materials"),O("University of Pavia"),
 O("Il Giornale dell'Arredo"),O("Herkomst Data B.V."),O("CEN"),O("Confartigianato Imprese Monza Brianza"),O("Furniture & Wood Ireland"),
 O("ITS Academy Legno e Arredo Lissone"),O("Hofer Küchenwerk GmbH"),O("Regione Lombardia")],
[E("Furniture Futures Summit 2035","2035-11-08","2035-11-09","Monza","Italy"),
 E("Furniture Futures Summit 2033","2033","2033","Cantù","Italy"),E("Furniture Futures Summit 2034","2034","2034","Lissone","Italy")],
["2035-11-08/2035-11-09","2040","2035-09-15","2035-09-30","2033","2030","2034-01","2031","2032","2031-09","2034","2035-11-07","2035-09-02"])
