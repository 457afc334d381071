from h import *
F = 'g02_communique_regions_bourges.txt'
assert wd(2037,3,19)=='Thursday' and wd(2037,3,18)=='Wednesday' and wd(2037,6,24)=='Wednesday'
T = """Région Centre-Val de Loire – Espace presse
Accueil > Presse > Communiqués > 2037

COMMUNIQUÉ DE PRESSE
Orléans, le 20 mars 2037

Rencontre des présidents de régions industrielles à Bourges : une déclaration commune pour des clusters au cœur de la
politique industrielle européenne

Les présidents et vice-présidents de sept régions européennes se sont réunis le jeudi 19 mars 2037 à Bourges, à
l'invitation de François Delaunay-Ribeiro, président de la Région Centre-Val de Loire, pour la troisième Rencontre des
régions industrielles d'Europe. La réunion s'est tenue au Palais Jacques-Cœur et a été précédée, la veille au soir,
d'un dîner de travail à l'hôtel de Région à Orléans.

Autour de la table : Katrin Vollmer, ministre de l'Économie de la Sarre (Saarland), Ondřej Kalina, hejtman du kraj de
Vysočina, Marta Elizondo Arregi, vice-présidente chargée du développement économique de la Navarre, Piotr Zaremba,
marszałek de la voïvodie d'Opole, Sanna Kettunen, directrice régionale du Conseil régional de Satakunta, et Giulia
Ferrandi, assesseure à l'industrie de la Région Marches. La Commission européenne était représentée par Lucas
Moreau-Santini, chef d'unité « Écosystèmes industriels : clusters, économie sociale et entrepreneuriat » à la DG GROW.

Les échanges ont porté sur trois thèmes : la place des clusters et des pôles de compétitivité dans le futur cadre
financier pluriannuel, la sécurisation des chaînes de valeur dans l'automobile, la défense et la pharmacie, et la
formation des compétences industrielles dans les territoires.

« Nos pôles sont le lieu où l'État, les régions et les entreprises se parlent vraiment. Nous demandons qu'ils soient
reconnus comme des partenaires de plein droit de la politique industrielle de l'Union », a déclaré François
Delaunay-Ribeiro à l'issue de la rencontre.

Pour Katrin Vollmer, « la transformation de l'automobile ne réussira que si les sous-traitants de nos régions
frontalières sont associés aux alliances industrielles européennes ». Lucas Moreau-Santini a salué « une contribution
très concrète » et a indiqué que la Commission en tiendrait compte dans sa consultation sur la politique des clusters,
ouverte jusqu'au 30 avril 2037.

Plusieurs pôles de la région ont présenté leurs travaux : le pôle S2E2 (Smart Electricity Cluster), représenté par son
directeur général Mathieu Guillard, le pôle Cosmetic Valley, dont la présidente Anne-Sophie Bréval a rappelé
l'importance des 300 PME de la filière, et le cluster Polepharma, représenté par Hélène Marchetti, déléguée générale.
La CCI Centre-Val de Loire et l'agence régionale de développement Dev'Up ont coorganisé la rencontre.

DÉCLARATION COMMUNE DE BOURGES (extraits)

Les régions signataires s'engagent et recommandent :

1. que les clusters et pôles de compétitivité soient reconnus comme des outils de mise en œuvre des stratégies de
spécialisation intelligente et de la politique industrielle européenne ;
2. qu'une ligne budgétaire dédiée à la coopération interrégionale entre clusters soit maintenue après 2040 ;
3. que les petites et moyennes entreprises sous-traitantes soient associées aux alliances industrielles et aux projets
importants d'intérêt européen commun ;
4. que les régions et les clusters soient consultés lors de l'élaboration des plans de transition des écosystèmes ;
5. que soit créé un réseau permanent des régions industrielles, avec un secrétariat tournant.

La déclaration a été signée par les sept régions présentes. Elle sera transmise à la commissaire européenne chargée de
la stratégie industrielle et présentée au Comité européen des régions (CdR) lors de sa session plénière des 24 et 25
juin 2037.

La prochaine rencontre aura lieu en 2038 à Sarrebruck (Saarbrücken), en Sarre. La Navarre s'est proposée pour
accueillir l'édition de 2039.

À propos de la Région Centre-Val de Loire
La Région Centre-Val de Loire compte 2,6 millions d'habitants et six pôles de compétitivité. Sa stratégie régionale de
développement économique, d'innovation et d'internationalisation (SRDEII) 2035-2040 fait de l'industrie une priorité.

Contacts presse
Service presse de la Région Centre-Val de Loire
Claire Nogaret – 02 38 70 30 30 – presse@centrevaldeloire.example
Cabinet du président : Yannick Béraud – 02 38 70 31 12

Photos de la rencontre disponibles sur demande (crédit : Région CVL / Thomas Lhuillier).

Partager : Facebook | LinkedIn | X | Courriel
Mentions légales · Accessibilité · Gestion des cookies
"""
write(F, T)
gold(F,
 [P("François Delaunay-Ribeiro","président","Région Centre-Val de Loire"),
  P("Katrin Vollmer","ministre de l'Économie de la Sarre"),
  P("Ondřej Kalina","hejtman du kraj de Vysočina"),
  P("Marta Elizondo Arregi","vice-présidente chargée du développement économique de la Navarre"),
  P("Piotr Zaremba","marszałek de la voïvodie d'Opole"),
  P("Sanna Kettunen","directrice régionale","Conseil régional de Satakunta"),
  P("Giulia Ferrandi","assesseure à l'industrie","Région Marches"),
  P("Lucas Moreau-Santini","chef d'unité « Écosystèmes industriels : clusters, économie sociale et entrepreneuriat »","DG GROW"),
  P("Mathieu Guillard","directeur général","S2E2"), P("Anne-Sophie Bréval","présidente","Cosmetic Valley"),
  P("Hélène Marchetti","déléguée générale","Polepharma"),
  P("Claire Nogaret",None,"Service presse de la Région Centre-Val de Loire"),
  P("Yannick Béraud",None,"Cabinet du président"), P("Thomas Lhuillier")],
 [O("Région Centre-Val de Loire"), O("Conseil régional de Satakunta"), O("Région Marches"),
  O("Commission européenne"), O("DG GROW"), O("Smart Electricity Cluster","S2E2"), O("Cosmetic Valley"),
  O("Polepharma"), O("CCI Centre-Val de Loire"), O("Dev'Up"), O("Comité européen des régions","CdR"),
  O("Service presse de la Région Centre-Val de Loire")],
 [E("troisième Rencontre des régions industrielles d'Europe","2037-03-19",None,"Bourges","France"),
  E("dîner de travail","2037-03-18",None,"Orléans","France"),
  E("session plénière","2037-06-24","2037-06-25",None,None),
  E("prochaine rencontre","2038","2038","Sarrebruck","Germany")],
 ["2037-03-20","2037-03-19","2037-04-30","2040","2037-06-24/2037-06-25","2038","2039","2035/2040"],
 ["que les clusters et pôles de compétitivité soient reconnus comme des outils de mise en œuvre des stratégies de spécialisation intelligente et de la politique industrielle européenne",
  "qu'une ligne budgétaire dédiée à la coopération interrégionale entre clusters soit maintenue après 2040",
  "que les petites et moyennes entreprises sous-traitantes soient associées aux alliances industrielles et aux projets importants d'intérêt européen commun",
  "que les régions et les clusters soient consultés lors de l'élaboration des plans de transition des écosystèmes",
  "que soit créé un réseau permanent des régions industrielles, avec un secrétariat tournant"],
 pub="2037-03-20")
