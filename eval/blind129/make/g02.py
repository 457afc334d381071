from h import *
F = 'g02_reims_ag_elective_bioeconomie.txt'
assert wd(2039,6,23)=='Jeudi'.replace('Jeudi','Thursday') and wd(2039,7,5)=='Tuesday' and wd(2039,10,13)=='Thursday'
T = """Accueil > Actualités > Vie du réseau

Assemblée générale élective : Champagne Bioressources renouvelle son conseil d'administration

Publié le 28/06/2039 – Rubrique : Gouvernance – Temps de lecture : 4 min

L'assemblée générale élective de l'association Champagne Bioressources s'est tenue le jeudi 23 juin 2039 au Centre des congrès de Reims, en présence de 112 adhérents présents ou représentés sur 187. Après la présentation du rapport moral et du rapport financier de l'exercice 2038, les adhérents ont élu le nouveau conseil d'administration pour la période 2039-2042.

Le cluster, créé en 2029 à l'initiative de la Chambre régionale d'agriculture Grand Est et de l'Université de Reims Champagne-Ardenne (URCA), fédère des coopératives agricoles, des industriels de la chimie du végétal, des start-up et des laboratoires autour de la valorisation de la biomasse champenoise : betterave, luzerne, chanvre et coproduits de la vigne.

Un nouveau président issu d'une coopérative

Les administrateurs, réunis à l'issue de l'assemblée, ont élu à l'unanimité Jean-Baptiste Lhermitte-Dubois, directeur général de la coopérative Luzéal Champagne, au poste de président. Il succède à Madame Françoise Vautrin, présidente depuis 2033, qui quitte le conseil après deux mandats. « Françoise a fait passer le cluster de 60 à près de 190 membres et lui a donné une place reconnue auprès de la Région Grand Est », a souligné le nouveau président dans son premier discours.

Composition du bureau 2039-2042 :
- Président : Jean-Baptiste Lhermitte-Dubois (Luzéal Champagne)
- Vice-présidente recherche : Pr Nadia Benchekroun, URCA, Institut de chimie moléculaire de Reims
- Vice-président industrie : Thibault de Vauxcelles, Chanvrière de l'Aube SAS
- Trésorier : Luc Massonnet (Crédit Agricole du Nord Est)
- Secrétaire : Aurélie Perrinet-Girard, Fabrique Bio Énergies

Les autres administrateurs élus sont : Olivier Gaspard (Cristal Union), Sophie N'Diaye (Agro Innovation Lab), Marc-Antoine Ruinart (Comité Champagne), Élodie Fresnel (NeoChem Bazancourt) et Yann Le Bihan (AgroParisTech, centre de Reims). La Région Grand Est et Reims Métropole siègent au conseil avec voix consultative.

L'équipe opérationnelle

L'équipe permanente reste dirigée par Clémence Aubriot, déléguée générale du cluster depuis 2036. Elle est entourée de Mehdi Zerrouki, chargé de projets européens, et de Laura Schaeffer, chargée de communication et d'animation. Un poste de chargé de mission « filière chanvre » sera ouvert au recrutement à l'automne, avec une date limite de candidature fixée au 15 septembre 2039.

Principales décisions de l'assemblée

L'assemblée générale a adopté les résolutions suivantes :
1. Le rapport moral et le rapport financier 2038 sont approuvés à l'unanimité
2. La cotisation des TPE et start-up est ramenée à 250 euros par an à compter du 1er janvier 2040
3. Un collège « collectivités et financeurs » est créé dans les statuts, sans droit de vote sur les projets labellisés
4. Le cluster déposera une candidature commune avec le pôle IAR pour un projet européen sur la chimie biosourcée

Des partenaires européens présents

Une délégation du cluster wallon Wagralim, conduite par sa directrice Anne-Sophie Vandermeulen, et deux représentants du BioVale britannique ont assisté à l'assemblée en observateurs. Les trois structures préparent une rencontre d'affaires transfrontalière à Namur le 13 octobre 2039.

La journée s'est terminée par une table ronde sur « le financement des démonstrateurs industriels », animée par la journaliste Camille Forestier, avec Hervé Lacombe de Bpifrance et Inès Carvalho, chargée d'affaires au Fonds européen d'investissement, suivie d'un cocktail dans les caves de la maison Delamotte-Ribaut.

Prochain rendez-vous : le conseil d'administration se réunira pour la première fois dans sa nouvelle composition le mardi 5 juillet 2039 au siège du cluster, 2 esplanade Roland-Garros à Reims.

Contact presse : Laura Schaeffer – communication@champagne-bioressources.example.fr – 03 26 00 00 00

Partager : LinkedIn | X | E-mail
Mentions légales | Politique de confidentialité | Plan du site
© Champagne Bioressources 2039
"""
write(F, T)
C="Champagne Bioressources"
gold(F,
 [P("Jean-Baptiste Lhermitte-Dubois","Président",C),
  P("Françoise Vautrin","présidente",C),
  P("Nadia Benchekroun","Vice-présidente recherche",C),
  P("Thibault de Vauxcelles","Vice-président industrie",C),
  P("Luc Massonnet","Trésorier",C),
  P("Aurélie Perrinet-Girard","Secrétaire",C),
  P("Olivier Gaspard","administrateur",C),
  P("Sophie N'Diaye","administrateur",C),
  P("Marc-Antoine Ruinart","administrateur",C),
  P("Élodie Fresnel","administrateur",C),
  P("Yann Le Bihan","administrateur",C),
  P("Clémence Aubriot","déléguée générale",C),
  P("Mehdi Zerrouki","chargé de projets européens",C),
  P("Laura Schaeffer","chargée de communication et d'animation",C),
  P("Anne-Sophie Vandermeulen","directrice","Wagralim"),
  P("Camille Forestier","journaliste",None),
  P("Hervé Lacombe",None,"Bpifrance"),
  P("Inès Carvalho","chargée d'affaires","Fonds européen d'investissement")],
 [O(C), O("Chambre régionale d'agriculture Grand Est"), O("Université de Reims Champagne-Ardenne","URCA"),
  O("Luzéal Champagne"), O("Région Grand Est"), O("Institut de chimie moléculaire de Reims"),
  O("Chanvrière de l'Aube SAS"), O("Crédit Agricole du Nord Est"), O("Fabrique Bio Énergies"),
  O("Cristal Union"), O("Agro Innovation Lab"), O("Comité Champagne"), O("NeoChem Bazancourt"),
  O("AgroParisTech"), O("Reims Métropole"), O("pôle IAR"), O("Wagralim"), O("BioVale"),
  O("Bpifrance"), O("Fonds européen d'investissement")],
 [E("Assemblée générale élective","2039-06-23",None,"Reims","France"),
  E("rencontre d'affaires transfrontalière","2039-10-13",None,"Namur","Belgium"),
  E("conseil d'administration","2039-07-05",None,"Reims","France")],
 ["2039-06-28","2039-06-23","2038","2039/2042","2029","2033","2036","2039-09-15","2040-01-01","2039-10-13","2039-07-05"],
 ["Le rapport moral et le rapport financier 2038 sont approuvés à l'unanimité",
  "La cotisation des TPE et start-up est ramenée à 250 euros par an à compter du 1er janvier 2040",
  "Un collège « collectivités et financeurs » est créé dans les statuts, sans droit de vote sur les projets labellisés",
  "Le cluster déposera une candidature commune avec le pôle IAR pour un projet européen sur la chimie biosourcée"],
 pub="2039-06-28")
