from h import *
F = 'g10_bfc_lettre_innovation.txt'
assert wd(2041,3,19)=='Tuesday' and wd(2041,3,28)=='Thursday' and wd(2041,4,9)=='Tuesday' and wd(2041,2,13)=='Wednesday'
T = """Si ce message ne s'affiche pas correctement, consultez-le dans votre navigateur.

INNOV'BFC – La lettre de l'Agence régionale d'innovation Bourgogne-Franche-Comté
N° 58 · Mars 2041

Sommaire
1. Édito
2. S3 : la révision à mi-parcours est lancée
3. Retour sur l'atelier de découverte entrepreneuriale « Microtechniques et santé »
4. Mission Suisse romande : 9 entreprises à Lausanne et Neuchâtel
5. Portrait : une nouvelle cheffe de projet pour le pôle Hydrogène
6. Agenda
7. Anciens numéros

--------------------------------------------------------------------
1. ÉDITO

Chères lectrices, chers lecteurs,

Il y a cinq ans, la Région adoptait sa Stratégie régionale de spécialisation intelligente 2036–2041. Nous voici à l'heure du bilan intermédiaire, et vous y êtes associés dès ce mois-ci. Bonne lecture !

Philippe Courvoisier
Directeur général de l'Agence régionale d'innovation Bourgogne-Franche-Comté (ARI BFC)

--------------------------------------------------------------------
2. S3 : LA RÉVISION À MI-PARCOURS EST LANCÉE

Le comité de pilotage de la S3, réuni le mercredi 13 février 2041 à l'Hôtel de Région à Dijon sous la présidence de Martine Lacroix-Vernier, vice-présidente du Conseil régional de Bourgogne-Franche-Comté chargée de l'économie, a validé le lancement de la révision à mi-parcours. L'évaluation est confiée au cabinet Technopolis France et doit rendre ses conclusions en septembre 2041.

Trois questions guideront les travaux : les six domaines de spécialisation sont-ils toujours pertinents ? Les instruments (appels à projets, chèques innovation, soutien aux pôles) atteignent-ils les PME ? Quelle place donner aux partenariats européens ?

Une consultation en ligne sera ouverte du 1er avril au 15 mai 2041.

--------------------------------------------------------------------
3. RETOUR SUR L'ATELIER « MICROTECHNIQUES ET SANTÉ »

Le 28 février 2041, 52 participants se sont retrouvés à la Maison des microtechniques de Besançon pour un atelier de découverte entrepreneuriale consacré aux dispositifs médicaux. L'atelier était animé par Romain Béguin, chargé de mission S3 à l'ARI BFC, avec le pôle des microtechniques et l'Université Marie et Louis Pasteur.

Ce qu'il faut retenir :
• les PME du Doubs et du Jura disposent d'un savoir-faire rare en micro-usinage, mais peinent à franchir la certification des dispositifs médicaux ;
• les essais cliniques restent le principal goulot d'étranglement, faute de lien avec le CHU de Besançon ;
• un service mutualisé d'appui réglementaire est jugé prioritaire par 80 % des participants ;
• la coopération transfrontalière avec l'Arc jurassien suisse doit être renforcée.

Les conclusions seront transmises au comité de pilotage de la S3.

--------------------------------------------------------------------
4. MISSION SUISSE ROMANDE

Du 4 au 6 mars 2041, neuf entreprises régionales ont participé à une mission à Lausanne et Neuchâtel, organisée avec Business France et la Chambre de commerce et d'industrie Bourgogne-Franche-Comté. Au programme : visite de l'EPFL Innovation Park, rencontres avec le Centre suisse d'électronique et de microtechnique (CSEM) et 31 rendez-vous d'affaires. « Nous sommes revenus avec deux projets de R&D concrets », témoigne Hélène Grosjean, dirigeante de la société Microprécision Jura à Morez.

--------------------------------------------------------------------
5. PORTRAIT

Depuis le 1er mars 2041, Amina Belkacem est cheffe de projet du pôle Hydrogène de l'agence, basé à Belfort. Ingénieure de formation, elle a travaillé huit ans chez Alstom à Belfort puis au sein du Pôle Véhicule du Futur. Elle succède à Julien Marchal, parti rejoindre l'Université de technologie de Belfort-Montbéliard (UTBM).

--------------------------------------------------------------------
EN BREF

• Chèques innovation : 214 chèques attribués en 2040, pour un montant moyen de 9 800 euros. Le dispositif est reconduit à l'identique, avec un guichet ouvert toute l'année.
• Pôles de compétitivité : le Pôle Véhicule du Futur et le pôle Vitagora ont signé avec l'agence une convention de coopération pour la période 2041–2043.
• Europe : l'ARI BFC a rejoint le partenariat européen de spécialisation intelligente sur les dispositifs médicaux, aux côtés de la Catalogne, du Bade-Wurtemberg et de la Région de Lombardie.
• Recrutement : l'agence recherche un(e) chargé(e) d'affaires Europe, poste basé à Dijon. Candidatures jusqu'au 31 mars 2041.

--------------------------------------------------------------------
6. AGENDA

Mardi 19 mars 2041 · 9h30–12h30 · Dijon, Maison régionale de l'innovation
Atelier S3 « Agroalimentaire et bioéconomie » – inscription obligatoire

Jeudi 28 mars 2041 · 14h00–17h00 · Webinaire
Présentation des appels à projets régionaux innovation 2041

Mardi 9 avril 2041 · 9h00–17h30 · Belfort, Techn'Hom
Journée Hydrogène Bourgogne-Franche-Comté, avec le Pôle Véhicule du Futur

Du 21 au 23 mai 2041 · Nevers
Forum régional de l'innovation et remise des Trophées de l'innovation BFC

--------------------------------------------------------------------
7. ANCIENS NUMÉROS

N° 57 – Février 2041 : Chèques innovation, le bilan 2040
N° 56 – Janvier 2041 : Vœux et feuille de route
N° 55 – Décembre 2040 : Spécial pôles de compétitivité
N° 54 – Novembre 2040 : Retour sur le Forum de Dole

--------------------------------------------------------------------
Agence régionale d'innovation Bourgogne-Franche-Comté
Temis Center, 18 rue Alain Savary, 25000 Besançon · 03 81 00 00 00
Directrice de la publication : Claire Montagnon · Rédaction : Lucie Pernot

Vous recevez cette lettre car vous êtes inscrit(e) à nos actualités.
Se désinscrire | Gérer mes préférences | Politique de confidentialité
Crédits photos : ARI BFC / Stéphane Guyot
"""
write(F, T)
A="Agence régionale d'innovation Bourgogne-Franche-Comté"
gold(F,
 [P("Philippe Courvoisier","Directeur général",A),
  P("Martine Lacroix-Vernier","vice-présidente","Conseil régional de Bourgogne-Franche-Comté"),
  P("Romain Béguin","chargé de mission S3","ARI BFC"),
  P("Hélène Grosjean","dirigeante","Microprécision Jura"),
  P("Amina Belkacem","cheffe de projet du pôle Hydrogène",A),
  P("Julien Marchal",None,"Université de technologie de Belfort-Montbéliard"),
  P("Claire Montagnon","Directrice de la publication",A),
  P("Lucie Pernot","Rédaction",A),
  P("Stéphane Guyot",None,None)],
 [O(A,"ARI BFC"), O("Conseil régional de Bourgogne-Franche-Comté"), O("Technopolis France"),
  O("Université Marie et Louis Pasteur"), O("CHU de Besançon"), O("Business France"),
  O("Chambre de commerce et d'industrie Bourgogne-Franche-Comté"),
  O("Centre suisse d'électronique et de microtechnique","CSEM"), O("Microprécision Jura"), O("Alstom"),
  O("Pôle Véhicule du Futur"), O("Vitagora"), O("pôle des microtechniques"), O("pôle Hydrogène"), O("Université de technologie de Belfort-Montbéliard","UTBM")],
 [E("comité de pilotage de la S3","2041-02-13",None,"Dijon","France"),
  E("atelier de découverte entrepreneuriale « Microtechniques et santé »","2041-02-28",None,"Besançon","France"),
  E("Mission Suisse romande","2041-03-04","2041-03-06","Lausanne, Neuchâtel","Switzerland"),
   E("Atelier S3 « Agroalimentaire et bioéconomie »","2041-03-19",None,"Dijon","France"),
  E("Présentation des appels à projets régionaux innovation 2041","2041-03-28",None,None,None),
  E("Journée Hydrogène Bourgogne-Franche-Comté","2041-04-09",None,"Belfort","France"),
  E("Forum régional de l'innovation","2041-05-21","2041-05-23","Nevers","France"),
  E("remise des Trophées de l'innovation BFC","2041-05",None,"Nevers","France"),
  E("Forum de Dole",None,None,"Dole","France")],
 ["2041-03","2036/2041","2041-02-13","2041-09","2041-04-01/2041-05-15","2041-02-28","2041-03-04/2041-03-06",
  "2041-03-01","2041-03-19","2041-03-28","2041-04-09","2041-05-21/2041-05-23","2041-02","2041-01","2040-12","2040-11","2040","2041/2043","2041-03-31"],
 ["les PME du Doubs et du Jura disposent d'un savoir-faire rare en micro-usinage, mais peinent à franchir la certification des dispositifs médicaux",
  "les essais cliniques restent le principal goulot d'étranglement, faute de lien avec le CHU de Besançon",
  "un service mutualisé d'appui réglementaire est jugé prioritaire par 80 % des participants",
  "la coopération transfrontalière avec l'Arc jurassien suisse doit être renforcée"],
 pub="2041-03")
