from w import w
UK='United Kingdom'; T="Tay Creative Cluster"
w('15', pub="2034-11-03", P=[("Fiona McAllister",None,None),("Craig Dunsmuir",None,T),("Morag Ferguson-Reid","Director",T),("Mikko Järvelä","co-founder","Northglow Games"),
("Anneke de Vries-Bakker","programme manager","Dutch Game Garden"),("Raj Sandhu",None,"University of Dundee"),("Élodie Marchetti",None,"Laval Virtual"),
("Tomasz Grabowski",None,"Kraków Games Cluster"),("Kirsty Nairn","Chief Executive","NHS Tayside"),("Ewan Soutar",None,T),("Alasdair Munro","head of creative industries","Scottish Enterprise"),
("Heather Lindsay-Crichton","Convener","City Development Committee"),("Gordon Whyte-Calder","Dean","School of Design and Informatics")],
O=[(x,None) for x in [T,"Abertay University","University of Dundee","Northglow Games","Dutch Game Garden","Immersive Lab","Laval Virtual","Kraków Games Cluster","NHS Tayside","Scottish Enterprise",
"City Development Committee","Dundee City Council","Dundee and Angus College","School of Design and Informatics","Outplay Entertainment","4J Studios","Tag Games"]],
E=[("Tay Games & Immersive Summit 2034","2034-10-26","2034-10-27","Dundee",UK),("careers fair","2034-10-27",None,"Dundee",UK),("Dare to be Digital Showcase","2034-10-27",None,"Dundee",UK),
("Gamescom","2035-08",None,"Cologne","Germany"),("Tay Games & Immersive Summit 2035","2035-10-25","2035-10-26",None,None),("European study visit of games clusters","2035-03-14",None,"Dundee",UK)],
D=["2034-11-03","2034-10-26/2034-10-27","2027","2035","2034-12","2035-08","2035-10-25/2035-10-26","2035-03-14","2035-01-31"],
K=["Dundee needs a shared publishing and marketing fund so that independent studios keep the rights to their games",
"Immersive technology for health is the fastest-growing niche and needs a permanent test environment with NHS Tayside",
"The city must offer affordable studio space and housing to keep graduates after their studies",
"European cooperation through cluster partnerships should continue, in particular with Finland, the Netherlands and Poland"])
