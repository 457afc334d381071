from mk import save
T = '''PRESS RELEASE
For immediate release

Apulian Clean Energy District appoints new cluster manager and elects new chair

Bari, 15 January 2035 – The Apulian Clean Energy District (Distretto Pugliese Energia
Pulita, DPEP) has appointed Rosaria D'Ambrosio as its new cluster manager. She will take up
the post on 1 March 2035, succeeding Vito Lorusso, who has led the district's operational team
since 2027 and will retire at the end of February. At its meeting of 12 January, the board
also elected Nicola Carrieri, chief executive officer of Ventomare S.p.A., as chair of the
district. He succeeds Angela Semeraro, professor of electrical engineering at the Politecnico
di Bari, who completed two three-year terms.

Rosaria D'Ambrosio joins DPEP from the Regional Agency for Technology and Innovation
(ARTI), where she was head of the smart specialisation unit. Before that she spent eight years
at Enersud Sistemi S.r.l. in Taranto as a project engineer for grid connections of solar and
wind parks. She holds a PhD in energy systems from the University of Salento.

"Puglia already produces more renewable electricity than it consumes. The next step is to make
sure the factories, the ports and the skills stay here as well," said Rosaria D'Ambrosio. "My
first priority is the offshore wind supply chain around the ports of Brindisi and Taranto."

Nicola Carrieri has been a member of the DPEP board since 2030. Before joining Ventomare,
a developer of floating offshore wind projects in the Adriatic and Ionian seas, he was
country manager for Italy at the Danish turbine service company Blaesvind A/S.

"Angela Semeraro built the bridge between our universities and our companies. I intend to
keep walking across it," said Nicola Carrieri. "I also want to thank Vito Lorusso, who
turned a list of members into a real community."

Angela Semeraro will remain on the board as past chair until the General Assembly in May 2035.

About DPEP
The Apulian Clean Energy District is the regional technology district for renewable energy,
storage and hydrogen in Puglia. Founded in 2012, it brings together 118 companies, the four
Apulian universities, research centres and public bodies. DPEP is a member of the Italian
cluster network for energy and of the European Clean Hydrogen Alliance.

Media contact
Gianluca Resta, communication officer
press@dpep.example | +39 080 000 0000
'''
save('dpep-press-release-new-cluster-manager-and-chair.txt', T, '2035-01-15',
 [("Rosaria D'Ambrosio","cluster manager","DPEP"),
  ("Vito Lorusso","cluster manager","DPEP"),
  ("Nicola Carrieri","chief executive officer","Ventomare S.p.A."),
  ("Angela Semeraro","professor of electrical engineering","Politecnico di Bari"),
  ("Gianluca Resta","communication officer","DPEP")],
 [("Apulian Clean Energy District","DPEP"),("Ventomare S.p.A.",None),("Politecnico di Bari",None),
  ("Regional Agency for Technology and Innovation","ARTI"),("Enersud Sistemi S.r.l.",None),("University of Salento",None),
  ("Blaesvind A/S",None),("European Clean Hydrogen Alliance",None)],
 [("board meeting","2035-01-12","2035-01-12",None,None),("General Assembly","2035-05","2035-05",None,None)],
 ["2035-01-15","2035-03-01","2027","2035-02","2035-01-12","2030","2035-05","2012"],
 [])
