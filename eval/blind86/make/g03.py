from h import *
F = 'g03_lacq_enquete_competences_chimie.md'
assert wd(2036,11,20)=='Thursday' and wd(2037,1,15)=='Thursday'
T = """[Accueil](/) · [Le pôle](/pole) · [Adhérents](/adherents) · [Publications](/publications) · [Agenda](/agenda) · [Contact](/contact)

> Ce site utilise des cookies de mesure d'audience. [Paramétrer](/cookies) · [Tout accepter](#)

# Enquête Compétences 2036 : la chimie du bassin de Lacq face au renouvellement des générations

*Publié le 20 novembre 2036 par l'équipe de Chimie Lacq Pyrénées · Catégorie : Études · Temps de lecture : 5 min*

Entre mai et septembre 2036, le pôle **Chimie Lacq Pyrénées** a interrogé ses 74 établissements adhérents sur leurs besoins en compétences à l'horizon 2040. L'enquête, réalisée avec l'Observatoire régional de l'emploi et de la formation de Nouvelle-Aquitaine (OREF) et le cabinet Sextant Conseil SARL, a recueilli 58 réponses, soit un taux de participation de 78 %. Les établissements répondants emploient 6 920 salariés sur les plateformes de Lacq, Mourenx et Pardies.

La synthèse a été présentée le jeudi 20 novembre 2036 lors du Comité stratégique du pôle à Mourenx, en présence de Mme Élodie Carrère-Bastide, vice-présidente du Conseil régional de Nouvelle-Aquitaine chargée de l'emploi et de la formation, et de M. Thierry Laborde-Sanz, sous-préfet d'Oloron-Sainte-Marie.

## Principaux enseignements

1. Un tiers des effectifs partira à la retraite d'ici 2040. 2 310 départs sont attendus, dont 62 % parmi les opérateurs de fabrication et les techniciens de maintenance.
2. Les recrutements deviennent plus longs. Il faut en moyenne 5,4 mois pour pourvoir un poste de technicien, contre 3,1 mois en 2031.
3. La transition bas carbone crée de nouveaux métiers. 44 % des établissements prévoient de recruter des profils en électrification des procédés, captage de CO₂ ou hydrogène.
4. L'alternance reste sous-utilisée. Seuls 9 % des nouveaux embauchés en 2035 venaient d'un contrat d'apprentissage.
5. Les femmes restent minoritaires. Elles représentent 19 % des effectifs et seulement 7 % des postes postés en équipe.

## Ce que nous allons faire

Sur la base de ces résultats, le conseil d'administration du pôle a retenu trois chantiers pour 2037 : une campagne commune de recrutement « Les métiers de la chimie de demain », un parcours de reconversion avec France Travail et l'Université de Pau et des Pays de l'Adour (UPPA), et un programme d'accueil de collégiennes sur les plateformes.

> « Ces chiffres ne sont pas une fatalité. Si nous travaillons ensemble, entreprises, écoles et pouvoirs publics, nous pouvons faire du bassin de Lacq une référence de la chimie bas carbone en Europe », a déclaré **Jean-Marc Haristoy**, président du pôle et directeur du site Arkema France SA de Mont.

Pour **Nadia Bensalem-Lacoste**, déléguée générale, « l'enquête montre que l'attractivité est désormais notre premier enjeu industriel ».

## Méthodologie

| Élément | Détail |
|---|---|
| Période de collecte | 2 mai – 19 septembre 2036 |
| Répondants | 58 établissements sur 74 |
| Effectifs couverts | 6 920 salariés |
| Partenaires | OREF Nouvelle-Aquitaine, Sextant Conseil SARL, UIC Sud-Ouest |
| Financement | Région Nouvelle-Aquitaine, Communauté de communes de Lacq-Orthez |

Les questionnaires ont été complétés par douze entretiens approfondis avec des directeurs des ressources humaines, menés par **Baptiste Oyhénart**, consultant chez Sextant Conseil SARL.

## Prochains rendez-vous

- **15 janvier 2037** – Atelier « Alternance et groupements d'employeurs », Pau, Technopole Hélioparc, 9h30–12h30
- **Mars 2037** – Forum emploi de la chimie, Mourenx
- **Juin 2037** – Présentation de l'enquête au Club des Plateformes Chimiques, Lyon

Le rapport complet (48 pages) est réservé aux adhérents et disponible dans l'espace membres.

**Contact presse :** Camille Etcheverry, chargée de communication – 05 59 00 00 00 – presse@chimie-lacq.example.fr

---

*Partager :* [LinkedIn](#) · [Facebook](#) · [E-mail](#)

*Articles liés :* [Enquête Compétences 2033](#) · [Plateforme de Lacq : 3 nouveaux projets hydrogène](#) · [Rapport d'activité 2035](#)

© 2036 Chimie Lacq Pyrénées – Association loi 1901 · [Mentions légales](/mentions) · [Plan du site](/plan)
"""
write(F, T)
gold(F,
 [P("Élodie Carrère-Bastide","vice-présidente","Conseil régional de Nouvelle-Aquitaine"),
  P("Thierry Laborde-Sanz","sous-préfet d'Oloron-Sainte-Marie",None),
  P("Jean-Marc Haristoy","président du pôle","Chimie Lacq Pyrénées"),
  P("Nadia Bensalem-Lacoste","déléguée générale","Chimie Lacq Pyrénées"),
  P("Baptiste Oyhénart","consultant","Sextant Conseil SARL"),
  P("Camille Etcheverry","chargée de communication","Chimie Lacq Pyrénées")],
 [O("Chimie Lacq Pyrénées"), O("Observatoire régional de l'emploi et de la formation de Nouvelle-Aquitaine","OREF"),
  O("Sextant Conseil SARL"), O("Conseil régional de Nouvelle-Aquitaine"), O("France Travail"),
  O("Université de Pau et des Pays de l'Adour","UPPA"), O("Arkema France SA"), O("UIC Sud-Ouest"),
  O("Communauté de communes de Lacq-Orthez"), O("Technopole Hélioparc"),
  O("Club des Plateformes Chimiques")],
 [E("Comité stratégique du pôle","2036-11-20",None,"Mourenx","France"),
  E("Atelier « Alternance et groupements d'employeurs »","2037-01-15",None,"Pau","France"),
  E("Forum emploi de la chimie","2037-03",None,"Mourenx","France"),
  E("Présentation de l'enquête au Club des Plateformes Chimiques","2037-06",None,"Lyon","France")],
 ["2036-11-20","2036-05/2036-09","2040","2031","2035","2037","2036-05-02/2036-09-19","2037-01-15","2037-03","2037-06"],
 ["Un tiers des effectifs partira à la retraite d'ici 2040. 2 310 départs sont attendus, dont 62 % parmi les opérateurs de fabrication et les techniciens de maintenance",
  "Les recrutements deviennent plus longs. Il faut en moyenne 5,4 mois pour pourvoir un poste de technicien, contre 3,1 mois en 2031",
  "La transition bas carbone crée de nouveaux métiers. 44 % des établissements prévoient de recruter des profils en électrification des procédés, captage de CO₂ ou hydrogène",
  "L'alternance reste sous-utilisée. Seuls 9 % des nouveaux embauchés en 2035 venaient d'un contrat d'apprentissage",
  "Les femmes restent minoritaires. Elles représentent 19 % des effectifs et seulement 7 % des postes postés en équipe"],
 "2036-11-20")
