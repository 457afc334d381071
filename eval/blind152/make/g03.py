from h import *
F = 'g03_laval_erasmus_reunion_partenaires.md'
assert wd(2037,5,6)=='Wednesday' and wd(2037,5,7)=='Thursday'
T = """# Projet Erasmus+ SKILLCLUST – Compte rendu de la 3e réunion transnationale des partenaires

**Laval (Mayenne), 6–7 mai 2037**
*Rédigé par : Laval Mayenne Technopole, coordinateur du projet · diffusé aux partenaires le 19/05/2037*

---

## 1. Participants

La réunion s'est tenue dans les locaux de Laval Mayenne Technopole, avec 17 personnes représentant les sept partenaires du consortium :

| Partenaire | Pays | Représentants |
|---|---|---|
| Laval Mayenne Technopole (coordinateur) | France | Élodie Perrin-Bachelot, cheffe de projet ; Thibault Le Gall, chargé de mission formation |
| Pôle Végépolys Valley | France | Marine d'Aubigné, responsable compétences |
| Fundación CTIC Centro Tecnológico | Espagne | Ignacio Fernández Riera |
| Klaster Obróbki Metali, Radom | Pologne | Paweł Chmielarczyk, président du conseil |
| Virtual Vehicle Research GmbH | Autriche | Dr. Verena Hofstätter-Lind |
| Hellenic Clusters Network | Grèce | Nikos Papadimitriou, coordinateur |
| Lycée polytechnique Robert-Buron | France | Sylvie Marchand, proviseure adjointe |

Excusée : Annika Rautio (Tampere Universities), partenaire associé.

## 2. Déroulé

**Mercredi 6 mai 2037**

- 9h00 – Accueil et café
- 9h30 – Tour de table et avancement des activités depuis la réunion de Radom (novembre 2036)
- 11h00 – Présentation du référentiel de compétences « gestionnaire de cluster » (résultat n° 2), par Thibault Le Gall
- 14h00 – Atelier de test des modules de formation en ligne, animé par Marine d'Aubigné
- 16h30 – Point financier et rapport intermédiaire à l'Agence Erasmus+ France Éducation Formation
- 20h00 – Dîner des partenaires à la Brasserie du Vieux-Château

**Jeudi 7 mai 2037**

- 9h00 – Visite du centre de réalité virtuelle Laval Virtual Center
- 11h00 – Table ronde avec des entreprises mayennaises sur les besoins en compétences numériques
- 13h00 – Clôture

## 3. Points discutés

Le référentiel de compétences a été validé dans ses grandes lignes. Les partenaires ont relevé que les clusters de petite taille ne disposent souvent que d'une à deux personnes et que les modules doivent rester courts. Dr. Verena Hofstätter-Lind a proposé d'ajouter un module sur la gestion des données des membres, accepté par le consortium.

La table ronde du jeudi a réuni huit entreprises, dont Lactalis Ingrédients et la PME Actemium Laval. Le directeur général de Laval Mayenne Technopole, Hervé Quéméner, a rappelé que le département compte plus de 60 % de PME industrielles de moins de 50 salariés et que l'accès à la formation continue reste difficile en zone rurale.

## 4. Conclusions de la réunion

Les partenaires ont retenu les conclusions suivantes :

1. Les modules de formation seront limités à 90 minutes chacun et traduits dans les cinq langues du consortium
2. Le module supplémentaire sur les données des membres sera préparé par Virtual Vehicle Research GmbH
3. La phase pilote avec 40 gestionnaires de cluster se déroulera de septembre à décembre 2037
4. Le rapport intermédiaire sera déposé au plus tard le 30 juin 2037

## 5. Prochaines étapes

- Réunion transnationale n° 4 : Graz, 3–4 février 2038 (hôte : Virtual Vehicle Research GmbH)
- Événement de diffusion nationale en Espagne : Gijón, mars 2038
- Conférence finale : Bruxelles, octobre 2038, en marge de la semaine européenne des régions et des villes

Contact : Élodie Perrin-Bachelot, cheffe de projet SKILLCLUST – e.perrin@lmt.example.fr

*Le soutien de la Commission européenne à la production de cette publication ne constitue pas une approbation du contenu, qui reflète uniquement le point de vue des auteurs.*
"""
assert wd(2038,2,3)=='Wednesday'
write(F, T)
L = "Laval Mayenne Technopole"
gold(F,
 [P("Élodie Perrin-Bachelot","cheffe de projet",L), P("Thibault Le Gall","chargé de mission formation",L),
  P("Marine d'Aubigné","responsable compétences","Pôle Végépolys Valley"),
  P("Ignacio Fernández Riera",None,"Fundación CTIC Centro Tecnológico"),
  P("Paweł Chmielarczyk","président du conseil","Klaster Obróbki Metali"),
  P("Verena Hofstätter-Lind",None,"Virtual Vehicle Research GmbH"),
  P("Nikos Papadimitriou","coordinateur","Hellenic Clusters Network"),
  P("Sylvie Marchand","proviseure adjointe","Lycée polytechnique Robert-Buron"),
  P("Annika Rautio",None,"Tampere Universities"),
  P("Hervé Quéméner","directeur général",L)],
 [O(L), O("Pôle Végépolys Valley"), O("Fundación CTIC Centro Tecnológico"), O("Klaster Obróbki Metali"),
  O("Virtual Vehicle Research GmbH"), O("Hellenic Clusters Network"), O("Lycée polytechnique Robert-Buron"),
  O("Tampere Universities"), O("Agence Erasmus+ France Éducation Formation"), O("Lactalis Ingrédients"),
  O("Actemium Laval"), O("Commission européenne")],
 [E("3e réunion transnationale des partenaires","2037-05-06","2037-05-07","Laval","France"),
  E("réunion de Radom","2036-11",None,"Radom","Poland"),
  E("Atelier de test des modules de formation en ligne","2037-05-06",None,"Laval","France"),
  E("Dîner des partenaires","2037-05-06",None,"Laval","France"),
  E("Visite du centre de réalité virtuelle Laval Virtual Center","2037-05-07",None,"Laval","France"),
  E("Réunion transnationale n° 4","2038-02-03","2038-02-04","Graz","Austria"),
  E("Événement de diffusion nationale en Espagne","2038-03",None,"Gijón","Spain"),
  E("Conférence finale","2038-10",None,"Bruxelles","Belgium"),
  E("semaine européenne des régions et des villes","2038-10",None,"Bruxelles","Belgium")],
 ["2037-05-06/2037-05-07","2037-05-19","2037-05-06","2036-11","2037-05-07","2037-09/2037-12","2037-06-30",
  "2038-02-03/2038-02-04","2038-03","2038-10"],
 ["Les modules de formation seront limités à 90 minutes chacun et traduits dans les cinq langues du consortium",
  "Le module supplémentaire sur les données des membres sera préparé par Virtual Vehicle Research GmbH",
  "La phase pilote avec 40 gestionnaires de cluster se déroulera de septembre à décembre 2037",
  "Le rapport intermédiaire sera déposé au plus tard le 30 juin 2037"],
 pub="2037-05-19")
