from h import *
F = 'g03_poitiers_pole_retour_evenements.md'
assert wd(2036,5,20)=='Tuesday' and wd(2036,5,21)=='Wednesday' and wd(2036,6,5)=='Thursday' and wd(2036,6,16)=='Monday'
assert wd(2036,9,24)=='Wednesday' and wd(2036,9,25)=='Thursday' and wd(2036,10,8)=='Wednesday' and wd(2036,4,28)=='Monday'
T = """[Accueil](/) > [Actualités](/actualites) > Retour sur nos événements du printemps

# Retour sur nos événements du printemps 2036

*Publié le 2 juillet 2036 par l'équipe animation · Temps de lecture : 6 min*

Le printemps a été chargé pour **Vienne Mobilités Avancées**, le cluster régional des équipementiers et des acteurs de la mobilité décarbonée du Poitou. Petit tour d'horizon de trois rendez-vous, avant la pause estivale.

---

## 1. Les Rencontres Mobilités du Futuroscope – 5e édition

Les 20 et 21 mai 2036, la 5e édition des Rencontres Mobilités a réuni 230 participants au Palais des congrès du Futuroscope, à Chasseneuil-du-Poitou. Le mardi était consacré aux conférences, le mercredi aux rendez-vous d'affaires.

Au programme du mardi 20 mai :

- 9h30 – Ouverture par **Hélène Dubreuil-Sarrazin**, présidente du cluster et directrice générale de Sarrazin Composites SAS
- 10h00 – Table ronde « Batteries : quelle place pour les PME ? », animée par le journaliste **Antoine Le Gall** (La Nouvelle République)
- 14h00 – Ateliers thématiques (hydrogène, rétrofit, recyclage)
- 19h30 – Dîner des partenaires au restaurant La Chênaie

Le mercredi 21 mai, 142 rendez-vous d'affaires ont été organisés entre les membres et les donneurs d'ordre venus de toute la région Nouvelle-Aquitaine.

Les éditions précédentes s'étaient tenues à Châtellerault (2034) et à Niort (2035).

### Ce qu'il faut retenir

- Les PME doivent se regrouper pour répondre aux appels d'offres des constructeurs
- Le rétrofit des véhicules utilitaires est un marché de niche mais en forte croissance
- La formation aux métiers de la batterie reste le premier frein au développement
- La Région et l'ADI Nouvelle-Aquitaine s'engagent à prolonger le dispositif d'accompagnement jusqu'en 2038

[Lire le compte rendu complet](/actualites/rencontres-2036)

---

## 2. Visite de l'usine ACC à Douvrin

Le jeudi 5 juin, une délégation de douze entreprises adhérentes s'est rendue dans le Pas-de-Calais pour visiter la gigafactory d'Automotive Cells Company (ACC). La visite a été organisée avec le pôle de compétitivité i-Trans et la CCI Vienne. **Marc-Olivier Tchamba**, chargé de mission international du cluster, a piloté la délégation : « Nos adhérents ont pu mesurer le niveau d'exigence qualité d'un site de cette taille. »

---

## 3. Assemblée générale

L'assemblée générale ordinaire s'est tenue le lundi 16 juin 2036 à la Technopole du Futuroscope. Les adhérents ont approuvé le rapport d'activité et les comptes de l'exercice 2035, et élu trois nouveaux administrateurs :

- **Claire Nguyen-Baudry** (Valeo, site de Châtellerault)
- **Youssef Benali** (Université de Poitiers, laboratoire Pprime)
- **Jean-Baptiste de La Roche-Aymon** (Transports Aymon Frères SARL)

Le conseil d'administration a ensuite reconduit **Hélène Dubreuil-Sarrazin** à la présidence pour la période 2036–2039. **Pascal Moinet** (Crédit Agricole Touraine Poitou) reste trésorier.

---

## À venir

| Date | Événement | Lieu |
|---|---|---|
| Mercredi 24 et jeudi 25 septembre 2036 | Mission collective au salon IAA Transportation | Hanovre (Allemagne) |
| Mercredi 8 octobre 2036, 9h–12h | Petit-déjeuner « Financer son projet hydrogène » avec Bpifrance | Poitiers |
| 18 novembre 2036 | Journée européenne des clusters mobilité, avec le réseau France Clusters | Bordeaux |

Inscriptions à la mission de Hanovre avant le **31 juillet 2036**. Le cluster prend en charge 50 % des frais de stand pour les adhérents de moins de 50 salariés.

---

**Contact** : Élodie Pérochon, chargée de communication – communication@vma.example.fr – 05 49 00 00 00

*Vienne Mobilités Avancées est une association loi 1901 soutenue par la Région Nouvelle-Aquitaine et Grand Poitiers Communauté urbaine.*

[Partager sur LinkedIn] · [Imprimer] · [S'abonner à la lettre d'information]

Mentions légales · Politique de cookies · Plan du site
"""
write(F, T)
C = "Vienne Mobilités Avancées"
gold(F,
 [P("Hélène Dubreuil-Sarrazin", "présidente", C),
  P("Antoine Le Gall", "journaliste", "La Nouvelle République"),
  P("Marc-Olivier Tchamba", "chargé de mission international", C),
  P("Claire Nguyen-Baudry", "administrateur", C),
  P("Youssef Benali", "administrateur", C),
  P("Jean-Baptiste de La Roche-Aymon", "administrateur", C),
  P("Pascal Moinet", "trésorier", C),
  P("Élodie Pérochon", "chargée de communication", C)],
 [O(C), O("Sarrazin Composites SAS"), O("La Nouvelle République"), O("ADI Nouvelle-Aquitaine"),
  O("Automotive Cells Company", "ACC"), O("i-Trans"), O("CCI Vienne"), O("Valeo"), O("Université de Poitiers"),
  O("Pprime"), O("Transports Aymon Frères SARL"), O("Crédit Agricole Touraine Poitou"), O("Bpifrance"),
  O("France Clusters"), O("Région Nouvelle-Aquitaine"), O("Grand Poitiers Communauté urbaine")],
 [E("5e édition des Rencontres Mobilités", "2036-05-20", "2036-05-21", "Chasseneuil-du-Poitou", "France"),
  E("Dîner des partenaires", "2036-05-20", None, "Chasseneuil-du-Poitou", "France"),
  E("rendez-vous d'affaires", "2036-05-21", None, "Chasseneuil-du-Poitou", "France"),
  E("Rencontres Mobilités (2034)", "2034", None, "Châtellerault", "France"),
  E("Rencontres Mobilités (2035)", "2035", None, "Niort", "France"),
  E("Visite de l'usine ACC à Douvrin", "2036-06-05", None, "Douvrin", "France"),
  E("assemblée générale ordinaire", "2036-06-16", None, None, None),
  E("Mission collective au salon IAA Transportation", "2036-09-24", "2036-09-25", "Hanovre", "Germany"),
  E("Petit-déjeuner « Financer son projet hydrogène »", "2036-10-08", None, "Poitiers", "France"),
  E("Journée européenne des clusters mobilité", "2036-11-18", None, "Bordeaux", "France")],
 ["2036", "2036-07-02", "2036-05-20/2036-05-21", "2036-05-20", "2036-05-21", "2034", "2035", "2038", "2036-06-05",
  "2036-06-16", "2036/2039", "2036-09-24/2036-09-25", "2036-10-08", "2036-11-18", "2036-07-31"],
 ["Les PME doivent se regrouper pour répondre aux appels d'offres des constructeurs",
  "Le rétrofit des véhicules utilitaires est un marché de niche mais en forte croissance",
  "La formation aux métiers de la batterie reste le premier frein au développement",
  "La Région et l'ADI Nouvelle-Aquitaine s'engagent à prolonger le dispositif d'accompagnement jusqu'en 2038"],
 pub="2036-07-02")
