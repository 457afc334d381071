from h import *
F = 'g16_ostbelgien_wood_cluster_new_board_post.txt'
T = """Nathalie Kieffer-Reuter • 1st
Cluster Manager at Holzcluster Ostbelgien | Timber construction | Circular bioeconomy
3d • Edited • 🌐

🌲 New board, new energy! 🌲

Yesterday evening, Wednesday 14 March 2035 wait – Thursday! – our members met in Sankt Vith for the General Assembly of Holzcluster Ostbelgien VoG (East Belgian Wood Cluster) and elected the board that will lead us until 2038. I am proud and a little emotional to introduce them:

👉 President: Jos SCHMIT, Managing Director of Schmit Holzbau PGmbH, Bütgenbach
👉 Vice-President: Dr. Mireille Hoffmann-Da Silva, Head of Research at Gembloux Agro-Bio Tech, University of Liège (ULiège)
👉 Vice-President: Patrick Thill, CEO of Ardenne Bois Energie AG
👉 Treasurer: Carla Ferreira Mendes, Chief Financial Officer, Schreinerei Weber & Söhne PGmbH
👉 Secretary: Claude Wagner, Forest Engineer, Département de la Nature et des Forêts
👉 Members: Luc Origer (Origer Architectes), Sandra Becker (Industrie- und Handelskammer Eupen-Malmedy-St. Vith), Tom Kremer (Sägewerk Kremer AG), and Dr. Gilles van den Bosch (Autonome Hochschule Ostbelgien)

Auditors (Kassenprüfer): Marc Feltgen and Isabelle Nilles.

A huge thank you to our outgoing president, Romain Hilger, who chaired the cluster for eight years and led it from a loose network of 20 sawmills and carpenters to an association of 96 members. Romain, your calm voice in every discussion will be missed – but we know you will stay close as honorary president! 🙏

The General Assembly also approved three priorities for the new board:
1️⃣ more timber in public buildings, together with the Ministry of the German-speaking Community,
2️⃣ a regional wood traceability label,
3️⃣ a joint training centre for carpenters with the Zentrum für Aus- und Weiterbildung des Mittelstandes.

A few words on why this matters: East Belgium builds more and more in wood, but much of the timber still leaves the region unprocessed, while our own forests in the Eifel are under pressure from drought and bark beetle. The new board wants the cluster to connect foresters, sawmills, carpenters, architects and public clients so that more local wood ends up in local buildings. That only works if everyone in the chain talks to each other – and that is exactly what a cluster is for.

Many thanks to the Wirtschaftsförderungsgesellschaft Ostbelgiens (WFG), our regional development agency, and to its cluster team led by Sven Muller for supporting us since day one, and to the Minister for Economy, Lena Schroeder-Wirtz, for her video message.

Next dates: board retreat on 27 April 2035 in Eupen, and the Holzbautag (timber construction day) on 19 September 2035 in Büllingen. Save the date! 📅

#wood #timberconstruction #cluster #Ostbelgien #bioeconomy #governance #newboard

—
👍❤️👏 187 · 34 comments · 12 reposts

Comments

Jos SCHMIT • President at Holzcluster Ostbelgien
Thank you Nathalie and thanks to all members for their trust. We have a lot to do – let's build it together, in wood of course 😉
3d · Like · Reply

Romain Hilger • Retired · Honorary President, Holzcluster Ostbelgien
Herzlichen Glückwunsch an den neuen Vorstand! Eight fantastic years, thank you all. I will be watching from the sawdust 😄
3d · Like · Reply

Mireille Hoffmann-Da Silva • Head of Research, ULiège
Looking forward to bringing research and the workshops closer together. Merci!
3d · Like · Reply

Anke Jansen-Terhorst • Project Manager at Holzcluster Nordrhein-Westfalen e.V.
Congratulations from Düsseldorf! Let's talk about the cross-border timber passport project at the Holzbautag.
2d · Like · Reply

Pierre-Yves Lambert • Directeur, Pôle Fibres-Énergivie
Bravo à toute l'équipe ! Rendez-vous à Strasbourg in June for the Forum Bois Construction.
2d · Like · Reply

Sven Muller • Cluster Manager at WFG Ostbelgien
Great team and a great result. Congratulations, Jos and everyone!
1d · Like · Reply

Load more comments

See translation
"""
T = T.replace("Wednesday 14 March 2035 wait – Thursday! –", "Thursday 15 March 2035,")
write(F, T)
H = "Holzcluster Ostbelgien VoG"
gold(F,
 [P("Nathalie Kieffer-Reuter", "Cluster Manager", "Holzcluster Ostbelgien"),
  P("Jos SCHMIT", "President", "Holzcluster Ostbelgien"),
  P("Mireille Hoffmann-Da Silva", "Vice-President", "Holzcluster Ostbelgien"),
  P("Patrick Thill", "Vice-President", "Holzcluster Ostbelgien"),
  P("Carla Ferreira Mendes", "Treasurer", "Holzcluster Ostbelgien"),
  P("Claude Wagner", "Secretary", "Holzcluster Ostbelgien"),
  P("Luc Origer", "member", "Holzcluster Ostbelgien"),
  P("Sandra Becker", "member", "Holzcluster Ostbelgien"),
  P("Tom Kremer", "member", "Holzcluster Ostbelgien"),
  P("Gilles van den Bosch", "member", "Holzcluster Ostbelgien"),
  P("Marc Feltgen", "Auditor", "Holzcluster Ostbelgien"),
  P("Isabelle Nilles", "Auditor", "Holzcluster Ostbelgien"),
  P("Romain Hilger", "honorary president", "Holzcluster Ostbelgien"),
  P("Sven Muller", "Cluster Manager", "WFG Ostbelgien"),
  P("Lena Schroeder-Wirtz", "Minister for Economy", None),
  P("Anke Jansen-Terhorst", "Project Manager", "Holzcluster Nordrhein-Westfalen e.V."),
  P("Pierre-Yves Lambert", "Directeur", "Pôle Fibres-Énergivie")],
 [O(H), O("Schmit Holzbau PGmbH"), O("Gembloux Agro-Bio Tech"), O("University of Liège", "ULiège"), O("Ardenne Bois Energie AG"),
  O("Schreinerei Weber & Söhne PGmbH"), O("Département de la Nature et des Forêts"), O("Origer Architectes"),
  O("Industrie- und Handelskammer Eupen-Malmedy-St. Vith"), O("Sägewerk Kremer AG"), O("Autonome Hochschule Ostbelgien"), O("Ministry of the German-speaking Community"),
  O("Zentrum für Aus- und Weiterbildung des Mittelstandes"), O("Wirtschaftsförderungsgesellschaft Ostbelgiens", "WFG"), O("Holzcluster Nordrhein-Westfalen e.V."), O("Pôle Fibres-Énergivie")],
 [E("General Assembly", "2035-03-15", None, "Sankt Vith", "Belgium"),
  E("board retreat", "2035-04-27", None, "Eupen", "Belgium"),
  E("Holzbautag", "2035-09-19", None, "Büllingen", "Belgium"),
  E("Forum Bois Construction", "2035-06", None, "Strasbourg", "France")],
 ["2035-03-15", "2038", "2035-04-27", "2035-09-19", "2035-06"],
 [])
