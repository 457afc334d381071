from mk import *
W("vienna-elastomers-mobility-cluster-peer-review-2033-pdf","vienna-elastomers-mobility-cluster-peer-review-2033-pdf.txt","2033-09-12",
[P("Ewa Grabowska-Lis","managing director","Silesian Automotive Cluster"),P("Jordi Puigdemont i Serra","manager","Clúster de la Mobilitat de Girona"),P("Koen Vandamme","innovation manager","Flanders Plastics Network"),
 P("Ruth O'Sullivan","facilitator","ECMN"),P("Hélène Marchetti-Dubois","general manager","VEMC"),P("Pierre-Alain Vigier","chairman of the board","VEMC")],
[O("Vienna Elastomers & Mobility Cluster","VEMC"),O("European Cluster Managers' Network","ECMN"),O("Silesian Automotive Cluster"),O("Clúster de la Mobilitat de Girona"),O("Flanders Plastics Network"),
 O("Pneumatik Werke Traiskirchen GmbH"),O("TU Wien"),O("FH Technikum Wien"),O("City of Vienna"),O("MA 23"),O("Vienna Business Agency"),O("Prüfzentrum Michaud"),O("ACstyria"),O("European Cluster Excellence Initiative")],
[E("Peer review visit","2033-06-14","2033-06-16","Vienna","Austria"),E("visit to the test track of Prüfzentrum Michaud","2033-06-15","2033-06-15","Teesdorf","Austria"),E("feedback session with the board","2033-06-16","2033-06-16"),
 E("board meeting","2034-01-24","2034-01-24"),E("follow-up call with the peers","2034-06","2034-06"),E("next peer review","2033-11-07","2033-11-09","Katowice","Poland")],
["2033-09","2033-06-14/2033-06-16","2033-09-12","2031/2035","2033-06-15","2030","2034","2034-01-24","2034-06","2033-11-07/2033-11-09"],["5 strengths (one cut at page break) + 5 areas + (a)-(d)"])
W("westland-tuinbouw-logistiek-cluster-positiepaper-2037","westland-tuinbouw-logistiek-cluster-positiepaper-2037.md","2037-02-11",
[P("Anouk Peeters-Janssen","directeur","Transport Peeters Honselersdijk B.V."),P("Ton van de Ven","Clustervoorzitter","Tuinbouw & Logistiek Cluster Westland"),P("Mieke Hendrix-Coenen","gedeputeerde",None),P("Sanne Verstappen","clustermanager","Tuinbouw & Logistiek Cluster Westland")],
[O("Tuinbouw & Logistiek Cluster Westland","TLCW"),O("Tweede Kamer"),O("Gedeputeerde Staten van Zuid-Holland"),O("Stedin"),O("Transport Peeters Honselersdijk B.V."),O("TenneT"),O("Havenbedrijf Rotterdam"),
 O("Provincie Zuid-Holland"),O("Energietafel Westland"),O("Hogeschool Inholland Delft"),O("Greenport Koeltechniek Westland B.V."),O("ministerie van Klimaat en Groene Groei")],
[E("werkbezoek voor Kamerleden","2037-03-17","2037-03-17"),E("bespreking met het ministerie van Klimaat en Groene Groei","2037-04-02","2037-04-02","Den Haag","Netherlands")],
["2037-02-11","2037-01-28","2036","2036-12","2038","2036-11","2037-04","2037-03-17","2037-04-02"],["5 demands"])
W("terres-ebre-agroalimentari-butlleti-maig-2035","terres-ebre-agroalimentari-butlleti-maig-2035.eml","2035-05-24",
[P("Núria Sabaté Vidal","gerent","Clúster Agroalimentari de les Terres de l'Ebre"),P("Montserrat Ferré i Cid","presidenta",None),P("Joan Josep Curto Bertomeu","investigador","IRTA"),
 P("Rosa Maria Queral Fabregat","directora","Comunitat General de Regants del Canal de la Dreta de l'Ebre"),P("Àlex Lleixà Subirats","gerent","Cítrics del Baix Ebre SCCL"),P("Laia Forcadell Roig","advocada",None)],
[O("Clúster Agroalimentari de les Terres de l'Ebre","CATE"),O("Institut de Recerca i Tecnologia Agroalimentàries","IRTA"),O("Comunitat General de Regants del Canal de la Dreta de l'Ebre"),O("Cítrics del Baix Ebre SCCL"),
 O("Departament d'Acció Climàtica, Alimentació i Agenda Rural"),O("Agència Catalana de l'Aigua","ACA"),O("Tallers Cabré de la Sénia SL"),O("Arrossaires del Delta de l'Ebre"),O("Universitat Rovira i Virgili"),O("Aigües de l'Ebre SA")],
[E("Aigua, arròs i cítrics: com adaptar-nos a la sequera","2035-05-17","2035-05-17","Amposta","Spain"),E("dinar de germanor","2035-05-17","2035-05-17","Amposta","Spain"),
 E("Visita a la planta de reutilització d'aigües de Tortosa","2035-06-07","2035-06-07","Tortosa","Spain"),E("Etiquetatge i declaracions ambientals","2035-06-12","2035-06-12"),E("Assemblea general ordinària","2035-06-19","2035-06-19","Tortosa","Spain")],
["2035-05-24","2035-05","2035-05-17","2034","2035-06-07","2035-06-12","2035-06-19","2035-05-03","2035-05-14"],["4 conclusions"])
