from h import *
F = 'g03_valence_atelier_emballages.md'
assert wd(2039,3,15)=='Tuesday' and wd(2039,6,14)=='Tuesday' and wd(2038,10,4)=='Monday'
T = """---
titre: "Compte rendu – Atelier n° 4 « Emballages réemployables : passer à l'échelle »"
auteur: CELDA – Cluster Emballage & Logistique Drôme-Ardèche
date: 2039-03-24
---

[Accueil](/) > [Nos actions](/actions) > [Ateliers](/actions/ateliers) > Compte rendu

# Emballages réemployables : passer à l'échelle

*Compte rendu de l'atelier du mardi 15 mars 2039 – Valence, Pôle numérique Rovaltain*

Publié le 24/03/2039 par l'équipe du cluster · Temps de lecture : 6 min

Pour sa quatrième édition, le cycle d'ateliers « Emballage de demain » du **Cluster Emballage & Logistique Drôme-Ardèche (CELDA)** a réuni 58 participants à Valence : industriels de l'agroalimentaire, fabricants d'emballages, logisticiens, collectivités et chercheurs. L'atelier était co-organisé avec la **CCI de la Drôme** et **Valence Romans Agglo**, avec le soutien de l'agence régionale **Auvergne-Rhône-Alpes Entreprises**.

## Programme de la journée

- 9h00 – Accueil café
- 9h30 – Mot d'accueil de **Nicolas Fabre-Delorme**, vice-président de Valence Romans Agglo chargé du développement économique
- 9h45 – Résultats de l'enquête régionale sur le réemploi, par **Dr Amina Benhaddou**, chargée de recherche à l'INRAE (unité IATE, Montpellier)
- 10h30 – Table ronde « Qui paie la logistique retour ? »
- 12h30 – Déjeuner
- 14h00 – Visite de la plateforme de lavage de Vaucluse Réemploi SAS à Portes-lès-Valence
- 16h00 – Restitution en plénière

## Ce que nous avons entendu

L'enquête présentée par Amina Benhaddou, menée auprès de 212 entreprises de la région entre octobre 2038 et janvier 2039, montre que 71 % d'entre elles souhaitent tester des contenants réemployables, mais que 12 % seulement l'ont fait à l'échelle d'une gamme entière. Le coût de la logistique retour et l'absence de standards communs pour les caisses et les bocaux sont les deux obstacles cités le plus souvent.

À la table ronde, **Claire Maisonneuve-Tardy**, directrice générale de la coopérative laitière Les Crémiers du Vercors, a raconté comment sa coopérative a abandonné un premier essai en 2037 faute de points de collecte. **Johan Peeters**, fondateur de l'entreprise belge ReCircle Pack, a présenté un modèle de consigne partagé entre plusieurs marques. Pour **Sébastien Arnaud**, directeur logistique du groupe Biocoop Sud-Est, « le réemploi ne fonctionnera que si les distributeurs acceptent de partager leurs camions ».

## Enseignements de l'atelier

Les participants ont retenu les enseignements suivants :

1. Le réemploi n'est rentable qu'à partir d'un certain volume ; les PME ont intérêt à mutualiser les flux plutôt qu'à lancer chacune leur propre boucle
2. Un format standard de caisse et de bocal pour la filière régionale réduirait fortement les coûts de lavage et de stockage
3. Les collectivités peuvent accélérer le mouvement en intégrant des clauses de réemploi dans la restauration collective
4. Les données de l'enquête doivent être mises à jour chaque année pour suivre les progrès de la filière

## Et maintenant ?

Le CELDA constituera d'ici l'été un groupe de travail « standard régional » animé par **Lucie Garnier-Oyono**, chargée de mission innovation du cluster. Les résultats seront présentés lors des Rencontres régionales de l'emballage, le mardi 14 juin 2039 à Lyon, organisées par la Région Auvergne-Rhône-Alpes.

> « Nous avons assez d'expérimentations ; il faut maintenant des volumes », a conclu le président du CELDA, **Bertrand Chazal**, en clôturant la journée.

### Les éditions précédentes du cycle

- Atelier n° 1 – « Écoconception et recyclabilité », Annonay, 2 juin 2037
- Atelier n° 2 – « Traçabilité numérique des palettes », Montélimar, 30 novembre 2037
- Atelier n° 3 – « Matériaux biosourcés », Romans-sur-Isère, lundi 4 octobre 2038

---

*Contact : Lucie Garnier-Oyono – l.garnier@celda.example.fr – 04 75 00 00 00*
*Le CELDA est membre du réseau national France Clusters.*

[Partager sur LinkedIn](#) · [Imprimer](#) · [S'abonner à la lettre d'information](#)
"""
write(F, T)
C="Cluster Emballage & Logistique Drôme-Ardèche"
gold(F,
 [P("Nicolas Fabre-Delorme","vice-président","Valence Romans Agglo"),
  P("Amina Benhaddou","chargée de recherche","INRAE"),
  P("Claire Maisonneuve-Tardy","directrice générale","Les Crémiers du Vercors"),
  P("Johan Peeters","fondateur","ReCircle Pack"),
  P("Sébastien Arnaud","directeur logistique","Biocoop Sud-Est"),
  P("Lucie Garnier-Oyono","chargée de mission innovation",C),
  P("Bertrand Chazal","président",C)],
 [O(C,"CELDA"), O("CCI de la Drôme"), O("Valence Romans Agglo"), O("Auvergne-Rhône-Alpes Entreprises"),
  O("INRAE"), O("IATE"), O("Vaucluse Réemploi SAS"), O("Les Crémiers du Vercors"), O("ReCircle Pack"),
  O("Biocoop Sud-Est"), O("Région Auvergne-Rhône-Alpes"), O("France Clusters")],
 [E("Emballages réemployables : passer à l'échelle","2039-03-15",None,"Valence","France"),
  E("Visite de la plateforme de lavage de Vaucluse Réemploi SAS","2039-03-15",None,"Portes-lès-Valence","France"),
  E("Rencontres régionales de l'emballage","2039-06-14",None,"Lyon","France"),
  E("Écoconception et recyclabilité","2037-06-02",None,"Annonay","France"),
  E("Traçabilité numérique des palettes","2037-11-30",None,"Montélimar","France"),
  E("Matériaux biosourcés","2038-10-04",None,"Romans-sur-Isère","France")],
 ["2039-03-24","2039-03-15","2038-10/2039-01","2037","2039-06-14","2037-06-02","2037-11-30","2038-10-04"],
 ["Le réemploi n'est rentable qu'à partir d'un certain volume ; les PME ont intérêt à mutualiser les flux plutôt qu'à lancer chacune leur propre boucle",
  "Un format standard de caisse et de bocal pour la filière régionale réduirait fortement les coûts de lavage et de stockage",
  "Les collectivités peuvent accélérer le mouvement en intégrant des clauses de réemploi dans la restauration collective",
  "Les données de l'enquête doivent être mises à jour chaque année pour suivre les progrès de la filière"],
 pub="2039-03-24")
