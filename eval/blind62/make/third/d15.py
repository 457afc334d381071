from w import W
N=None
A="Aviation Valley Podkarpackie"; V="Aerospace Valley"
W("podkarpackie-aviation-valley-study-visit-toulouse-blog","podkarpackie-aviation-valley-study-visit-toulouse-blog.md","2034-11-04",
[("Karolina Dudek-Haas","International Projects Officer",A),("Jean-Baptiste Larrieu","Director General",V),("Claire Fabre-Dumont","head of the industry department","AD'OCC"),
 ("Sébastien Roux","plant manager","Latécoère"),("Nathalie Castaing-Bordes","director","Lycée Airbus"),("Wojciech Kaczmarczyk","CEO","Pratt-Tech Rzeszów Sp. z o.o."),
 ("Magdalena Sroka-Niewiadomska","vice-rector for cooperation","Rzeszów University of Technology"),("Michel Kowalski-Durand","Honorary Consul of Poland in Toulouse",N),
 ("Pierre-Henri de La Roche","business development director","Tarmac Aerosave"),("Marek Bartoszewicz","president",A),("Françoise Verdier-Klein","president",V),
 ("Tomasz Pelc","project manager",A),("Ewelina Rusin","finance",A),("Jan Wilk",N,N)],
[(A,),(V,),("Podkarpackie Regional Development Agency","RARR"),("Rzeszów University of Technology",),("Marshal's Office of the Podkarpackie Voivodeship",),("AD'OCC",),("Latécoère",),
 ("Lycée Airbus",),("Airbus",),("Pratt-Tech Rzeszów Sp. z o.o.",),("ONERA",),("Tarmac Aerosave",)],
[("study visit to Aerospace Valley","2034-10-23","2034-10-25","Toulouse","France"),("reception","2034-10-24","2034-10-24","Toulouse","France"),("Paris Air Show","2035-06","2035-06","Paris","France"),
 ("autumn meeting","2034-11-20","2034-11-20","Jasionka","Poland"),("Aviation Valley Innovation Days","2035-04","2035-04","Rzeszów","Poland"),("third study visit","2035",N,"Seville","Spain")],
["2034-11-04","2034-10-23/2034-10-25","2033","2035-06","2034-11-20","2035-04","2035","2034-11-05"],
["Long coaching programmes for SMEs work better than single audits","Apprenticeships need a common school run together by the companies",
 "A joint cluster office in Brussels or Toulouse would help Polish SMEs reach prime contractors","Aircraft recycling is a growing market where our members can offer services"])
