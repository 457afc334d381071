from h import *
F = 'g03_agen_cluster_nouvelle_directrice.md'
assert wd(2036,9,5)=='Friday' and wd(2036,10,1)=='Wednesday' and wd(2036,11,20)=='Thursday'
T = """[Accueil](/) › [Actualités](/actualites) › Vie du cluster

# Passage de relais à la tête d'Agrinov Garonne : Claire Dubois-Lasserre succède à Jean-Marc Ducasse

*Publié le 8 septembre 2036 · Rubrique : Vie du cluster · par la rédaction*

Le conseil d'administration d'**Agrinov Garonne**, le cluster agroalimentaire et agritech du Lot-et-Garonne, a nommé **Claire Dubois-Lasserre** au poste de directrice. Réuni le vendredi 5 septembre 2036 à l'Agropole d'Estillac, près d'Agen, le conseil a retenu sa candidature à l'unanimité parmi quatorze dossiers. Elle prendra ses fonctions le mercredi 1er octobre 2036.

Ingénieure agronome de formation (Bordeaux Sciences Agro), Claire Dubois-Lasserre, 44 ans, a passé douze ans chez Maïsadour à Haut-Mauco, d'abord comme responsable qualité puis comme directrice de l'innovation (2029–2036). Elle a également présidé le groupe de travail « fruits et légumes » de l'Association Nationale des Industries Alimentaires (ANIA). « Je connais ce territoire par ses coopératives et ses vergers. Je veux que chaque adhérent, du producteur de pruneaux au fabricant de capteurs, trouve au cluster une porte d'entrée simple », a-t-elle déclaré.

## Un départ après dix ans

Elle succède à **Jean-Marc Ducasse**, directeur depuis la création du cluster en 2026, qui part à la retraite. Sous sa direction, Agrinov Garonne est passé de 18 à 146 adhérents et a obtenu en 2033 le label Silver de l'European Cluster Excellence Initiative (ECEI). Une soirée d'hommage sera organisée le jeudi 20 novembre 2036 au Théâtre Ducourneau d'Agen, en marge de l'assemblée générale annuelle.

Le président du cluster, **Bertrand Laffargue** (Coopérative Unicoque, Cancon), a salué « un bâtisseur discret, qui a su faire travailler ensemble des gens qui ne se parlaient pas ». Pour **Sylvie Marchand-Tessier**, vice-présidente de la Région Nouvelle-Aquitaine chargée de l'agriculture et de l'agroalimentaire, le cluster « est devenu l'interlocuteur naturel de la Région sur l'innovation agricole dans la vallée de la Garonne ».

## Ce que retient Jean-Marc Ducasse de dix années de cluster

Interrogé par notre rédaction, le directeur sortant a résumé ses enseignements en quelques points :

- Un cluster vit de projets concrets, pas de réunions : chaque groupe de travail doit déboucher sur au moins un projet collaboratif par an
- Les entreprises viennent pour les services, elles restent pour le réseau
- La confiance avec la Région et l'agglomération se construit sur la durée ; il ne faut jamais changer d'interlocuteur trop souvent
- Les petits producteurs doivent être représentés au conseil d'administration, sinon le cluster devient un club de grandes entreprises

## L'équipe permanente

Autour de la nouvelle directrice, l'équipe compte cinq salariés :

| Fonction | Nom |
|---|---|
| Chargé de mission agritech et numérique | Hugo Ferreira |
| Chargée de mission filières fruits et légumes | Amandine Sarrazin |
| Chargé de projets européens | Paulo Mendes da Silva |
| Responsable communication et événements | Inès Benali |
| Assistante de direction | Corinne Lagarde |

Paulo Mendes da Silva coordonne notamment la participation du cluster au projet Interreg SUDOE « AgriWater » avec des partenaires de Navarre et de l'Alentejo.

## Prochains rendez-vous

- **Jeudi 20 novembre 2036** : assemblée générale annuelle d'Agrinov Garonne, Agen, suivie de la soirée d'hommage
- **3 décembre 2036** : atelier « Irrigation de précision et capteurs », Agropole, Estillac
- **Janvier 2037** : les Rencontres Agritech du Sud-Ouest, 6e édition, à Agen

Photos : Thomas LAPEYRE / Agrinov Garonne

Contact presse : Inès Benali – communication@agrinov-garonne.example.fr – 05 53 00 00 00

*Agrinov Garonne est soutenu par la Région Nouvelle-Aquitaine, l'Agglomération d'Agen et la CCI de Lot-et-Garonne.*

[Partager sur LinkedIn](#) · [Imprimer](#) · [← Retour aux actualités](/actualites)
"""
write(F, T)
A="Agrinov Garonne"
gold(F,
 [P("Claire Dubois-Lasserre","directrice",A),
  P("Jean-Marc Ducasse","directeur",A),
  P("Bertrand Laffargue","président",A),
  P("Sylvie Marchand-Tessier","vice-présidente de la Région Nouvelle-Aquitaine chargée de l'agriculture et de l'agroalimentaire","Région Nouvelle-Aquitaine"),
  P("Hugo Ferreira","Chargé de mission agritech et numérique",A),
  P("Amandine Sarrazin","Chargée de mission filières fruits et légumes",A),
  P("Paulo Mendes da Silva","Chargé de projets européens",A),
  P("Inès Benali","Responsable communication et événements",A),
  P("Corinne Lagarde","Assistante de direction",A),
  P("Thomas LAPEYRE",None,None)],
 [O(A), O("Bordeaux Sciences Agro"), O("Maïsadour"),
  O("Association Nationale des Industries Alimentaires","ANIA"), O("European Cluster Excellence Initiative","ECEI"),
  O("Coopérative Unicoque"), O("Région Nouvelle-Aquitaine"), O("Agglomération d'Agen"), O("CCI de Lot-et-Garonne")],
 [E("conseil d'administration","2036-09-05",None,"Estillac","France"),
  E("soirée d'hommage","2036-11-20",None,"Agen","France"),
  E("assemblée générale annuelle","2036-11-20",None,"Agen","France"),
  E("atelier « Irrigation de précision et capteurs »","2036-12-03",None,"Estillac","France"),
  E("Rencontres Agritech du Sud-Ouest","2037-01",None,"Agen","France")],
 ["2036-09-08","2036-09-05","2036-10-01","2029/2036","2026","2033","2036-11-20","2036-12-03","2037-01"],
 ["Un cluster vit de projets concrets, pas de réunions : chaque groupe de travail doit déboucher sur au moins un projet collaboratif par an",
  "Les entreprises viennent pour les services, elles restent pour le réseau",
  "La confiance avec la Région et l'agglomération se construit sur la durée ; il ne faut jamais changer d'interlocuteur trop souvent",
  "Les petits producteurs doivent être représentés au conseil d'administration, sinon le cluster devient un club de grandes entreprises"],
 pub="2036-09-08")
