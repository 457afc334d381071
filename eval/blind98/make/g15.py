from h import *
F = 'g15_limoges_rencontres_ceramique_compte_rendu.txt'
for (y,m,d,w) in [(2040,5,24,'Thursday'),(2040,5,25,'Friday'),(2040,6,7,'Thursday'),(2040,9,20,'Thursday'),(2041,5,23,'Thursday')]:
    assert wd(y,m,d)==w, (y,m,d)
KM = ["La décarbonation des fours est la priorité des entreprises de la filière, mais aucune ne peut l'assumer seule : un achat groupé d'études énergétiques sera proposé par le cluster dès l'automne",
 "Le recrutement reste le premier frein au développement ; les entreprises demandent une formation courte de conducteur de four, ouverte aux adultes en reconversion",
 "Les céramiques techniques pour la santé et l'aéronautique offrent des débouchés nouveaux aux PME de la porcelaine, à condition d'investir dans la certification",
 "La coopération avec les clusters céramiques d'Espagne, d'Italie et du Portugal doit déboucher sur un projet européen commun en 2041"]
T = f"""CLUSTER CÉRAMIQUE & MATÉRIAUX DU LIMOUSIN
Accueil > Actualités > Compte rendu

Rencontres Céramique & Industrie 2040 : 180 participants à Limoges pour parler énergie, compétences et marchés

Publié le 7 juin 2040 par Claire Dumonteil | Événements, Vie du cluster | Temps de lecture : 5 min

La sixième édition des Rencontres Céramique & Industrie s'est tenue le jeudi 24 mai 2040 à l'ENSIL-ENSCI, école d'ingénieurs de l'Université de Limoges, sur le campus d'Ester Technopole. Organisée par le Cluster Céramique & Matériaux du Limousin (CCML) avec la Chambre de commerce et d'industrie de la Haute-Vienne, la journée a réuni 180 participants : fabricants de porcelaine, producteurs de céramiques techniques, fournisseurs de fours et d'émaux, laboratoires, organismes de formation et collectivités.

Ouverture

La journée a été ouverte par Bernard Lacoste, président du CCML et dirigeant de la Manufacture Lacoste & Fils, et par Isabelle Néron, vice-présidente de la Région Nouvelle-Aquitaine chargée du développement économique. « La porcelaine de Limoges est connue dans le monde entier ; notre défi est qu'elle soit aussi connue pour être produite avec une énergie propre », a déclaré Bernard Lacoste. Isabelle Néron a rappelé que la Région soutient la filière par un appel à projets dédié à l'efficacité énergétique, ouvert jusqu'au 20 septembre 2040.

Conférence introductive

Le professeur Jean-Christophe Vallaud, directeur de l'Institut de recherche sur les céramiques (IRCER), a présenté un panorama des procédés de cuisson à basse émission : fours électriques, hydrogène, récupération de chaleur. Selon lui, les fours électriques de grande taille seront disponibles pour la porcelaine d'ici cinq ans, mais le coût de l'électricité restera décisif.

Table ronde 1 – Énergie : qui paie la transition ?

Animée par Sophie Marchal, journaliste au Populaire du Centre, la table ronde réunissait Thomas Guérin, directeur industriel de Porcelaines Haute-Vienne SAS, Karima Benali, chargée d'affaires à Bpifrance Limoges, et Luis Ferrer Martí, directeur du Clúster Cerámico de Castellón (ASCER Innovación). Ce dernier a présenté l'expérience espagnole d'achats groupés d'électricité entre 40 entreprises de la province de Castellón.

Table ronde 2 – Compétences : former les céramistes de demain

Avec Nathalie Peyrat, proviseure du lycée des métiers Jean-Baptiste Darnet, Olivier Mazaud, responsable des ressources humaines de Céramiques Techniques du Centre SA, et Chloé Roussel, conseillère à France Travail Haute-Vienne. Les intervenants ont constaté que près d'un poste de conducteur de four sur deux reste vacant plus de six mois. Le lycée propose depuis la rentrée une mention complémentaire en cuisson céramique, mais elle ne compte que huit élèves ; les entreprises présentes se sont engagées à accueillir davantage d'apprentis et à faire découvrir leurs ateliers aux collégiens lors de journées portes ouvertes.

Ateliers de l'après-midi

Trois ateliers parallèles ont permis d'approfondir les échanges : « Céramiques pour la santé », animé par Dr Anne-Laure Besse (3D Céram Sinto) ; « Exporter les arts de la table », animé par Team France Export Nouvelle-Aquitaine ; « Récupérer la chaleur des fours », animé par l'Agence de l'environnement et de la maîtrise de l'énergie (ADEME).

En parallèle, 64 rendez-vous d'affaires ont été organisés entre entreprises, avec l'appui de l'Enterprise Europe Network Nouvelle-Aquitaine.

Visite de site

Le vendredi 25 mai au matin, 30 participants ont visité l'usine de la Manufacture Lacoste & Fils à Saint-Yrieix-la-Perche, où un four tunnel électrique de 42 mètres est en essai depuis mars.

Principales conclusions

En clôture, Marion Faucher, déléguée générale du CCML, a présenté les principales conclusions de la journée :

- {KM[0]} ;
- {KM[1]} ;
- {KM[2]} ;
- {KM[3]}.

Prochaines étapes

Le cluster organisera un atelier de suivi sur l'achat groupé d'études énergétiques le jeudi 20 septembre 2040 à Limoges. Les supports des interventions sont disponibles dans l'espace adhérents. La septième édition des Rencontres aura lieu le jeudi 23 mai 2041.

Merci à nos partenaires : Région Nouvelle-Aquitaine, Limoges Métropole, CCI Haute-Vienne, Université de Limoges, Bpifrance, Crédit Agricole Centre Ouest.

Crédit photos : CCML / Hugo Lavergne

Contact presse : Claire Dumonteil, chargée de communication – communication@ccml.example.fr – 05 55 00 00 00

Partager : LinkedIn | Facebook | X | E-mail

À lire aussi :
- Assemblée générale du CCML : trois nouveaux administrateurs élus (12 avril 2040)
- Le cluster au salon Ceramitec de Munich (3 mars 2040)

Cluster Céramique & Matériaux du Limousin – 12 rue Atlantis, 87068 Limoges
Mentions légales | Politique de confidentialité | Gestion des cookies
"""
write(F, T)
C="Cluster Céramique & Matériaux du Limousin"
gold(F,
 [P("Claire Dumonteil","chargée de communication",C),
  P("Bernard Lacoste","président",C),
  P("Isabelle Néron","vice-présidente","Région Nouvelle-Aquitaine"),
  P("Jean-Christophe Vallaud","directeur","Institut de recherche sur les céramiques"),
  P("Sophie Marchal","journaliste","Populaire du Centre"),
  P("Thomas Guérin","directeur industriel","Porcelaines Haute-Vienne SAS"),
  P("Karima Benali","chargée d'affaires","Bpifrance Limoges"),
  P("Luis Ferrer Martí","directeur","Clúster Cerámico de Castellón"),
  P("Nathalie Peyrat","proviseure","lycée des métiers Jean-Baptiste Darnet"),
  P("Olivier Mazaud","responsable des ressources humaines","Céramiques Techniques du Centre SA"),
  P("Chloé Roussel","conseillère","France Travail Haute-Vienne"),
  P("Anne-Laure Besse",None,"3D Céram Sinto"),
  P("Marion Faucher","déléguée générale",C),
  P("Hugo Lavergne",None,None)],
 [O(C,"CCML"), O("Manufacture Lacoste & Fils"), O("ENSIL-ENSCI"), O("Université de Limoges"), O("Ester Technopole"),
  O("Chambre de commerce et d'industrie de la Haute-Vienne","CCI Haute-Vienne"), O("Région Nouvelle-Aquitaine"),
  O("Institut de recherche sur les céramiques","IRCER"), O("Populaire du Centre"), O("Porcelaines Haute-Vienne SAS"),
  O("Bpifrance Limoges"), O("Clúster Cerámico de Castellón","ASCER Innovación"), O("lycée des métiers Jean-Baptiste Darnet"),
  O("Céramiques Techniques du Centre SA"), O("France Travail Haute-Vienne"), O("3D Céram Sinto"),
  O("Team France Export Nouvelle-Aquitaine"), O("Agence de l'environnement et de la maîtrise de l'énergie","ADEME"),
  O("Enterprise Europe Network Nouvelle-Aquitaine"), O("Limoges Métropole"), O("Bpifrance"), O("Crédit Agricole Centre Ouest")],
 [E("Rencontres Céramique & Industrie 2040","2040-05-24",None,"Limoges","France"),
  E("Visite de site","2040-05-25",None,"Saint-Yrieix-la-Perche","France"),
  E("atelier de suivi sur l'achat groupé d'études énergétiques","2040-09-20",None,"Limoges","France"),
  E("Rencontres Céramique & Industrie","2041-05-23",None,None,None),
  E("Assemblée générale du CCML",None,None,None,None),
  E("Ceramitec",None,None,"Munich","Germany")],
 ["2040-06-07","2040-05-24","2040-09-20","2040-05-25","2040-03","2041-05-23","2041","2040-04-12","2040-03-03"],
 KM, pub="2040-06-07")
