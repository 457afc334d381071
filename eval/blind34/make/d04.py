from common import *
T = """Nominations | Microtechniques

Besançon, le 11/09/2035 – Le pôle MICROVAL, pôle de compétitivité des microtechniques et du luxe en
Bourgogne-Franche-Comté, annonce plusieurs nominations au sein de son équipe et de ses instances.

Claire DUVERNOIS est nommée Chief Executive Officer du pôle à compter du 1er octobre 2035. Ingénieure de
l'ENSMM, elle était jusqu'ici Head of Business Development chez Horlogerie Vuillemin SAS à Morteau. Elle succède
à Laurent MOUGIN, directeur général depuis 2026, qui rejoint l'Agence Économique Régionale de Bourgogne-Franche-Comté
(AER BFC) comme directeur adjoint.

Au conseil d'administration, Étienne Grosperrin, président-directeur général de Décolletage Grosperrin SA, est élu
vice-président lors du conseil du 4 septembre 2035. Il remplace Nadia Belkacem, qui reste administratrice.

L'équipe opérationnelle accueille également :
• Hugo Lambert-Cuenot, Innovation Manager « medtech » (précédemment chez FEMTO-ST) ;
• Inès Tissot, Communication & Events Officer ;
• Sébastien Jeannerod, senior advisor en charge des projets européens.

« Avec Claire, nous avons une Chief Executive Officer qui connaît à la fois l'atelier et les marchés
export », souligne Pierre-Alain Roux, président du pôle.

Claire Duvernois présentera la feuille de route 2036-2040 du pôle lors des Rencontres Microval, le mardi 20
novembre à Besançon (Micropolis), puis au salon EPHJ à Genève en juin 2036.

Contact presse : Inès Tissot – presse@microval.example
"""
save("nominations-pole-microval-2035.txt", T, "2035-09-11",
 [P("Claire DUVERNOIS","Chief Executive Officer","MICROVAL"),
  P("Laurent MOUGIN","directeur adjoint","Agence Économique Régionale de Bourgogne-Franche-Comté"),
  P("Étienne Grosperrin","vice-président","MICROVAL"),
  P("Nadia Belkacem","administratrice","MICROVAL"),
  P("Hugo Lambert-Cuenot","Innovation Manager","MICROVAL"),
  P("Inès Tissot","Communication & Events Officer","MICROVAL"),
  P("Sébastien Jeannerod","senior advisor","MICROVAL"),
  P("Pierre-Alain Roux","président","MICROVAL")],
 [O("MICROVAL"),O("ENSMM"),O("Horlogerie Vuillemin SAS"),
  O("Agence Économique Régionale de Bourgogne-Franche-Comté","AER BFC"),O("Décolletage Grosperrin SA"),O("FEMTO-ST")],
 [E("conseil d'administration","2035-09-04","2035-09-04",None,None),
  E("Rencontres Microval","2035-11-20","2035-11-20","Besançon","France"),
  E("EPHJ","2036-06","2036-06","Genève","Switzerland")],
 ["2035-09-11","2035-10-01","2026","2035-09-04","2036/2040","2035-11-20","2036-06"], [])
