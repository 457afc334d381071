from h import *
F = 'g05_entretien_manager_cluster_auvergne.md'
assert wd(2035,6,12)=='Tuesday' and wd(2035,9,27)=='Thursday'
T = """Accueil › Actualités › Entretiens

# « Un cluster, c'est d'abord une confiance entre concurrents » – entretien avec Hélène Vasseur, déléguée générale de Volcans Mobilité

*Publié le 4 juin 2035 · Propos recueillis par Julien Marchand · Photo : © Volcans Mobilité / Lucas Ferrand*

Partager : [LinkedIn](#) · [Facebook](#) · [Courriel](#)

---

**Basé à Clermont-Ferrand, le cluster Volcans Mobilité fédère 96 entreprises et laboratoires de la filière pneumatique, des véhicules spéciaux et de la mobilité décarbonée en Auvergne. Sa déléguée générale, Hélène Vasseur, arrivée en janvier 2031, revient sur quatre années de transformation et sur les projets à venir.**

**Vous avez pris vos fonctions il y a quatre ans. Qu'est-ce qui a changé depuis ?**

Quand je suis arrivée, le cluster comptait une cinquantaine d'adhérents, presque tous des sous-traitants de la région clermontoise. Aujourd'hui, nous avons des membres dans les quatre départements auvergnats, des start-up issues de l'Université Clermont Auvergne (UCA) et plusieurs grands groupes. Nous avons surtout changé de méthode : moins de conférences, plus de projets collaboratifs. En 2034, nos adhérents ont monté onze projets ensemble, contre deux en 2030.

**Comment convainc-on des concurrents de travailler ensemble ?**

En commençant par des sujets où personne ne perd rien : la formation, les achats d'énergie, les tests en conditions réelles. Le banc d'essai partagé que nous avons ouvert avec l'Institut Pascal et SIGMA Clermont en 2033 a été un tournant. Des entreprises qui ne se parlaient pas se retrouvaient le mardi matin devant la même machine. La confiance vient des petites choses.

**Le cluster a obtenu le label « Gold » de l'ECEI en mars. Qu'est-ce que cela change ?**

C'est une reconnaissance du travail de l'équipe – nous sommes sept permanents – et du conseil d'administration présidé par Bernard Chaumeil, le dirigeant de Chaumeil Équipements. Concrètement, le label nous ouvre des portes pour les partenariats européens. Nous venons d'ailleurs d'être retenus, avec des clusters de Bavière, du Piémont et de Silésie, dans un partenariat stratégique européen consacré aux véhicules lourds à hydrogène.

**Quelles sont vos relations avec la Région ?**

Très étroites. La Région Auvergne-Rhône-Alpes finance environ 40 % de notre budget, le reste venant des cotisations et des projets. Nous travaillons aussi avec l'agence régionale Auvergne-Rhône-Alpes Entreprises, qui accompagne nos membres à l'export. Le vice-président chargé de l'économie, Olivier Dumontet, viendra d'ailleurs ouvrir notre assemblée générale.

**Justement, quels sont les prochains rendez-vous ?**

Notre assemblée générale se tiendra le mardi 12 juin 2035 au Polydôme de Clermont-Ferrand, à partir de 14 heures. Elle sera suivie d'une table ronde sur le recrutement dans l'industrie, avec notamment Karima Benali, directrice des ressources humaines de Michelin Clermont. Ensuite, les 27 et 28 septembre 2035, nous organisons à Vichy les Rencontres de la mobilité lourde, avec des rendez-vous d'affaires entre constructeurs et fournisseurs le jeudi après-midi. Et nous serons présents au salon Solutrans à Lyon en novembre.

**Quel est le principal défi pour les années 2035–2040 ?**

Les compétences, sans hésitation. Nos adhérents estiment qu'il leur manquera 1 200 techniciens d'ici 2040. Nous préparons avec le lycée Roger Claustres et l'IUT de Montluçon une formation en alternance sur la maintenance des véhicules électriques et hydrogène. La première promotion doit démarrer en septembre 2036.

**Si vous deviez donner un conseil à un nouveau responsable de cluster ?**

Écouter avant de proposer. Passer les six premiers mois dans les ateliers plutôt que dans les réunions. Et ne jamais promettre un financement avant de l'avoir obtenu !

---

**Bio express**
Hélène Vasseur, 44 ans, ingénieure de formation (INSA Lyon). 2016–2024 : chargée d'affaires chez Bpifrance à Lyon. 2024–2030 : responsable innovation à la CCI Puy-de-Dôme. Depuis 2031 : déléguée générale de Volcans Mobilité.

**À lire aussi**
- Volcans Mobilité obtient le label Gold (18 mars 2035)
- Retour sur les Rencontres de la mobilité lourde 2034
- Trois nouveaux adhérents au premier trimestre

[S'abonner à la lettre d'information](#) | [Mentions légales](#) | [Politique de cookies](#)

Volcans Mobilité – 10 rue de l'Industrie, 63000 Clermont-Ferrand – contact@volcans-mobilite.example.fr
"""
write(F, T)
C = "Volcans Mobilité"
gold(F,
 [P("Hélène Vasseur","déléguée générale",C), P("Julien Marchand"), P("Lucas Ferrand"),
  P("Bernard Chaumeil","dirigeant","Chaumeil Équipements"),
  P("Olivier Dumontet","vice-président chargé de l'économie","Région Auvergne-Rhône-Alpes"),
  P("Karima Benali","directrice des ressources humaines","Michelin Clermont")],
 [O(C), O("Université Clermont Auvergne","UCA"), O("Institut Pascal"), O("SIGMA Clermont"), O("ECEI"),
  O("Chaumeil Équipements"), O("Région Auvergne-Rhône-Alpes"), O("Auvergne-Rhône-Alpes Entreprises"),
  O("Michelin Clermont"), O("lycée Roger Claustres"), O("IUT de Montluçon"), O("INSA Lyon"), O("Bpifrance"),
  O("CCI Puy-de-Dôme")],
 [E("assemblée générale","2035-06-12",None,"Clermont-Ferrand","France"),
  E("table ronde sur le recrutement dans l'industrie","2035-06-12",None,"Clermont-Ferrand","France"),
  E("Rencontres de la mobilité lourde","2035-09-27","2035-09-28","Vichy","France"),
  E("rendez-vous d'affaires","2035-09-27",None,"Vichy","France"),
  E("Solutrans","2035-11",None,"Lyon","France"),
  E("Rencontres de la mobilité lourde 2034","2034")],
 ["2035-06-04","2031-01","2034","2030","2033","2035-06-12","2035-09-27/2035-09-28","2035/2040","2040","2036-09",
  "2016/2024","2024/2030","2031","2035-03-18","2035-03","2035-11"],
 [], "2035-06-04")
