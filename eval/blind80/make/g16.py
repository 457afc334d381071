from h import *
F = 'g16_luxembourg_wood_cluster_new_board_post.txt'
T = """Nathalie Kieffer-Reuter • 1st
Cluster Manager at Holzcluster Lëtzebuerg | Timber construction | Circular bioeconomy
3d • Edited • 🌐

🌲 New board, new energy! 🌲

Yesterday evening, Wednesday 14 March 2035 wait – Thursday! – our members met in Ettelbruck for the General Assembly of Holzcluster Lëtzebuerg a.s.b.l. (Luxembourg Wood Cluster) and elected the board that will lead us until 2038. I am proud and a little emotional to introduce them:

👉 President: Jos SCHMIT, Managing Director of Schmit Holzbau S.à r.l., Wiltz
👉 Vice-President: Dr. Mireille Hoffmann-Da Silva, Head of Research at the Luxembourg Institute of Science and Technology (LIST)
👉 Vice-President: Patrick Thill, CEO of Ardenne Bois Energie S.A.
👉 Treasurer: Carla Ferreira Mendes, Chief Financial Officer, Menuiserie Weber & Fils S.à r.l.
👉 Secretary: Claude Wagner, Forest Engineer, Administration de la nature et des forêts
👉 Members: Luc Origer (Origer Architectes), Sandra Becker (Chambre des Métiers), Tom Kremer (Kremer Scierie S.A.), and Dr. Gilles van den Bosch (University of Luxembourg)

Auditors (réviseurs de caisse): Marc Feltgen and Isabelle Nilles.

A huge thank you to our outgoing president, Romain Hilger, who chaired the cluster for eight years and led it from a loose network of 20 sawmills and carpenters to an association of 96 members. Romain, your calm voice in every discussion will be missed – but we know you will stay close as honorary president! 🙏

The General Assembly also approved three priorities for the new board:
1️⃣ more timber in public buildings, together with the Ministry of Public Works,
2️⃣ a regional wood traceability label,
3️⃣ a joint training centre for carpenters with the Lycée technique d'Ettelbruck.

A few words on why this matters: Luxembourg builds more and more in wood, but most of the timber still comes from abroad, while our own forests in the Éislek are under pressure from drought and bark beetle. The new board wants the cluster to connect foresters, sawmills, carpenters, architects and public clients so that more local wood ends up in local buildings. That only works if everyone in the chain talks to each other – and that is exactly what a cluster is for.

Many thanks to Luxinnovation, the national innovation agency, and to its cluster team led by Sven Muller for supporting us since day one, and to the Minister of the Economy, Lex Delles, for his video message.

Next dates: board retreat on 27 April 2035 in Clervaux, and the Holzbaudag (timber construction day) on 19 September 2035 in Diekirch. Save the date! 📅

#wood #timberconstruction #cluster #Luxembourg #bioeconomy #governance #newboard

—
👍❤️👏 187 · 34 comments · 12 reposts

Comments

Jos SCHMIT • President at Holzcluster Lëtzebuerg
Thank you Nathalie and thanks to all members for their trust. We have a lot to do – let's build it together, in wood of course 😉
3d · Like · Reply

Romain Hilger • Retired · Honorary President, Holzcluster Lëtzebuerg
Félicitatiounen un de neie Comité! Eight fantastic years, thank you all. I will be watching from the sawdust 😄
3d · Like · Reply

Mireille Hoffmann-Da Silva • Head of Research, LIST
Looking forward to bringing research and the workshops closer together. Merci!
3d · Like · Reply

Anke Jansen-Terhorst • Project Manager at Holzcluster Nordrhein-Westfalen e.V.
Congratulations from Düsseldorf! Let's talk about the cross-border timber passport project at the Holzbaudag.
2d · Like · Reply

Pierre-Yves Lambert • Directeur, Pôle Fibres-Énergivie
Bravo à toute l'équipe ! Rendez-vous à Strasbourg in June for the Forum Bois Construction.
2d · Like · Reply

Sven Muller • Cluster Manager at Luxinnovation
Great team and a great result. Congratulations, Jos and everyone!
1d · Like · Reply

Load more comments

See translation
"""
T = T.replace("Wednesday 14 March 2035 wait – Thursday! –", "Thursday 15 March 2035,")
write(F, T)
H = "Holzcluster Lëtzebuerg a.s.b.l."
gold(F,
 [P("Nathalie Kieffer-Reuter", "Cluster Manager", "Holzcluster Lëtzebuerg"),
  P("Jos SCHMIT", "President", "Holzcluster Lëtzebuerg"),
  P("Mireille Hoffmann-Da Silva", "Vice-President", "Holzcluster Lëtzebuerg"),
  P("Patrick Thill", "Vice-President", "Holzcluster Lëtzebuerg"),
  P("Carla Ferreira Mendes", "Treasurer", "Holzcluster Lëtzebuerg"),
  P("Claude Wagner", "Secretary", "Holzcluster Lëtzebuerg"),
  P("Luc Origer", "member", "Origer Architectes"),
  P("Sandra Becker", "member", "Chambre des Métiers"),
  P("Tom Kremer", "member", "Kremer Scierie S.A."),
  P("Gilles van den Bosch", "member", "University of Luxembourg"),
  P("Marc Feltgen", "Auditor", "Holzcluster Lëtzebuerg"),
  P("Isabelle Nilles", "Auditor", "Holzcluster Lëtzebuerg"),
  P("Romain Hilger", "honorary president", "Holzcluster Lëtzebuerg"),
  P("Sven Muller", "Cluster Manager", "Luxinnovation"),
  P("Lex Delles", "Minister of the Economy", None),
  P("Anke Jansen-Terhorst", "Project Manager", "Holzcluster Nordrhein-Westfalen e.V."),
  P("Pierre-Yves Lambert", "Directeur", "Pôle Fibres-Énergivie")],
 [O(H), O("Schmit Holzbau S.à r.l."), O("Luxembourg Institute of Science and Technology", "LIST"), O("Ardenne Bois Energie S.A."),
  O("Menuiserie Weber & Fils S.à r.l."), O("Administration de la nature et des forêts"), O("Origer Architectes"),
  O("Chambre des Métiers"), O("Kremer Scierie S.A."), O("University of Luxembourg"), O("Ministry of Public Works"),
  O("Lycée technique d'Ettelbruck"), O("Luxinnovation"), O("Holzcluster Nordrhein-Westfalen e.V."), O("Pôle Fibres-Énergivie")],
 [E("General Assembly", "2035-03-15", None, "Ettelbruck", "Luxembourg"),
  E("board retreat", "2035-04-27", None, "Clervaux", "Luxembourg"),
  E("Holzbaudag", "2035-09-19", None, "Diekirch", "Luxembourg"),
  E("Forum Bois Construction", "2035-06", None, "Strasbourg", "France")],
 ["2035-03-15", "2038", "2035-04-27", "2035-09-19", "2035-06"],
 [])
