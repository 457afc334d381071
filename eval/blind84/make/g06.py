from h import *
F = 'g06_belfort_assises_hydrogene_conclusions-pdf.txt'
assert wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday' and wd(2037,10,7)=='Wednesday'
H = "Assises de l'hydrogène du Nord Franche-Comté – Conclusions                                    Octobre 2036"
T = H + """

                    ASSISES DE L'HYDROGÈNE DU NORD FRANCHE-COMTÉ
                              4e édition – Belfort, 8 et 9 octobre 2036

                         DOCUMENT DE CONCLUSIONS
          établi par le comité d'organisation – version du 20 octobre 2036

Organisateurs : Pôle Véhicule du Futur, association H2 Nord Franche-Comté (H2NFC), Pays de Montbéliard
Agglomération, Grand Belfort Communauté d'Agglomération, avec le soutien de la Région Bourgogne-Franche-
Comté et de l'Agence de l'environnement et de la maîtrise de l'énergie (ADEME).

1. Contexte
Les 4es Assises de l'hydrogène du Nord Franche-Comté se sont tenues les mercredi 8 et jeudi 9 octobre 2036 à
l'Atria, centre de congrès de Belfort. Elles ont réuni 640 participants, dont 230 entreprises, 41 collecti-
vités et 18 laboratoires, ainsi que des délégations du Bade-Wurtemberg et du canton du Jura suisse. Le pro-
gramme comptait quatre sessions plénières, huit ateliers et une visite de la plateforme d'essais de
l'Université de technologie de Belfort-Montbéliard (UTBM) à Sevenans.

L'ouverture a été assurée par Mme Claire Vuillemin, vice-présidente de la Région Bourgogne-Franche-Comté
chargée de la transition énergétique, et M. Damien Meslot, président de Grand Belfort Communauté d'Agglo-
mération. La conférence introductive a été donnée par Dr Ingrid Haas, directrice de la Plattform H2BW
(Stuttgart), sur l'état du corridor hydrogène rhénan.

2. Programme résumé
Mercredi 8 octobre
09:00  Accueil et café
09:30  Plénière d'ouverture
11:00  Table ronde « Mobilité lourde : où en sommes-nous ? » – animée par Julien Grosjean, H2NFC
14:00  Ateliers parallèles (A1 à A4)
17:30  Visite de la plateforme d'essais UTBM, Sevenans (sur inscription)
19:30  Dîner des Assises, Tour 41

Jeudi 9 octobre
09:00  Plénière « Compétences et formation »
10:45  Ateliers parallèles (A5 à A8)
14:00  Rendez-vous d'affaires (B2B)
16:30  Restitution des ateliers et conclusions

Ateliers : A1 Production par électrolyse et prix de l'électricité ; A2 Stations et logistique ; A3 Ferroviaire
régional ; A4 Usages industriels ; A5 Formation et métiers ; A6 Financement des projets ; A7 Sécurité et
acceptabilité ; A8 Coopération transfrontalière. Chaque atelier a désigné un rapporteur chargé de présenter
trois constats et deux propositions lors de la restitution finale du jeudi après-midi.

3. Conclusions des Assises
Les participants ont validé en séance de clôture les conclusions suivantes :

Conclusion 1 – Les premiers usages industriels sont en place, mais la demande reste fragmentée ; la mutua-
lisation des besoins entre industriels du territoire est la condition d'une production locale compétitive.
Conclusion 2 – La mobilité lourde (bus, bennes, trains régionaux) constitue le débouché le plus mûr à court
terme et doit être priorisée dans les plans de déploiement des stations.
Conclusion 3 – Le manque de techniciens qualifiés en maintenance hydrogène est désormais le premier frein
cité par les entreprises, devant le coût de l'électricité.
Conclusion 4 – La coopération transfrontalière avec le Bade-Wurtemberg et la Suisse doit passer du dialogue
à des projets d'infrastructures communs.
Conclusion 5 – Les petites et moyennes entreprises de la sous-traitance automobile peuvent se reconvertir vers
les composants hydrogène à condition d'un accompagnement financier et technique dédié.

3 / 5
""" + H + """

4. Recommandations adressées aux pouvoirs publics et aux acteurs de la filière
   1. Créer d'ici 2038 un guichet unique régional pour les projets hydrogène, porté par l'Agence économique
      régionale de Bourgogne-Franche-Comté (AER BFC).
   2. Lancer un appel à manifestation d'intérêt commun aux agglomérations de Belfort et de Montbéliard pour la
      commande groupée de véhicules lourds.
   3. Ouvrir une formation de technicien de maintenance hydrogène au lycée Jules Ferry de Delle dès la rentrée
      2037.
   4. Constituer avec les partenaires allemands et suisses un groupe de travail permanent sur le corridor rhé-
      nan.
   5. Réserver une part des aides régionales à la diversification aux sous-traitants automobiles.

5. Intervenants cités
– Claire Vuillemin, vice-présidente, Région Bourgogne-Franche-Comté
– Damien Meslot, président, Grand Belfort Communauté d'Agglomération
– Ingrid Haas, directrice, Plattform H2BW
– Julien Grosjean, délégué général, H2NFC
– Sophie Lachat, responsable du projet Hy'Mobil, Pays de Montbéliard Agglomération
– Pierre-Alain Girardin, directeur, Hydrogène Suisse Romande, Delémont
– Nathalie Cuenot, directrice des ressources humaines, Alstom Belfort
– Karim Benyahia, fondateur, Électrolyse Franc-Comtoise SAS
– Prof. Marion Bécoulet, directrice du laboratoire FEMTO-ST, département Énergie

6. Suites
Le comité d'organisation présentera l'état d'avancement des recommandations lors de la réunion plénière de
H2NFC du 11 mars 2037. Les 5es Assises auront lieu le mercredi 7 octobre 2037 à Montbéliard, à l'Axone. Les
supports des intervenants et les photos (crédit : Lucas Ferreira / Grand Belfort) sont disponibles sur
l'espace membres.

Contact : Julien Grosjean, délégué général H2NFC – contact@h2nfc.example.fr – 03 84 00 00 00

4 / 5
""" + H + """

Annexe – Participants par catégorie
Entreprises ........................................................................ 230
Collectivités et services de l'État ............................................ 41
Laboratoires et établissements d'enseignement .............................. 18
Associations, pôles et clusters ................................................. 27
Délégations étrangères (Allemagne, Suisse, Italie) ......................... 34
Autres ............................................................................... 290

Document établi sous la responsabilité du comité d'organisation. Reproduction autorisée avec mention de la source.

5 / 5
"""
write(F, T)
gold(F,
 [P("Claire Vuillemin","vice-présidente","Région Bourgogne-Franche-Comté"),
  P("Damien Meslot","président","Grand Belfort Communauté d'Agglomération"),
  P("Ingrid Haas","directrice","Plattform H2BW"),
  P("Julien Grosjean","délégué général","H2NFC"),
  P("Sophie Lachat","responsable du projet Hy'Mobil","Pays de Montbéliard Agglomération"),
  P("Pierre-Alain Girardin","directeur","Hydrogène Suisse Romande"),
  P("Nathalie Cuenot","directrice des ressources humaines","Alstom Belfort"),
  P("Karim Benyahia","fondateur","Électrolyse Franc-Comtoise SAS"),
  P("Marion Bécoulet","directrice du laboratoire FEMTO-ST","FEMTO-ST"),
  P("Lucas Ferreira",None,"Grand Belfort")],
 [O("Pôle Véhicule du Futur"), O("H2 Nord Franche-Comté","H2NFC"), O("Pays de Montbéliard Agglomération"),
  O("Grand Belfort Communauté d'Agglomération"), O("Région Bourgogne-Franche-Comté"),
  O("Agence de l'environnement et de la maîtrise de l'énergie","ADEME"),
  O("Université de technologie de Belfort-Montbéliard","UTBM"), O("Plattform H2BW"),
  O("Agence économique régionale de Bourgogne-Franche-Comté","AER BFC"), O("lycée Jules Ferry de Delle"),
  O("Hydrogène Suisse Romande"), O("Alstom Belfort"), O("Électrolyse Franc-Comtoise SAS"), O("FEMTO-ST")],
 [E("Assises de l'hydrogène du Nord Franche-Comté (2036 edition)","2036-10-08","2036-10-09","Belfort","France"),
  E("Table ronde « Mobilité lourde : où en sommes-nous ? »","2036-10-08",None,"Belfort","France"),
  E("Visite de la plateforme d'essais UTBM","2036-10-08",None,"Sevenans","France"),
  E("Dîner des Assises","2036-10-08",None,"Belfort","France"),
  E("Rendez-vous d'affaires (B2B)","2036-10-09",None,"Belfort","France"),
  E("réunion plénière de H2NFC","2037-03-11",None,None,None),
  E("Assises de l'hydrogène du Nord Franche-Comté (2037 edition)","2037-10-07",None,"Montbéliard","France")],
 ["2036-10","2036-10-08/2036-10-09","2036-10-20","2036-10-08","2036-10-09","2038","2037","2037-03-11","2037-10-07"],
 ["Les premiers usages industriels sont en place, mais la demande reste fragmentée ; la mutua-\nlisation des besoins entre industriels du territoire est la condition d'une production locale compétitive",
  "La mobilité lourde (bus, bennes, trains régionaux) constitue le débouché le plus mûr à court\nterme et doit être priorisée dans les plans de déploiement des stations",
  "Le manque de techniciens qualifiés en maintenance hydrogène est désormais le premier frein\ncité par les entreprises, devant le coût de l'électricité",
  "La coopération transfrontalière avec le Bade-Wurtemberg et la Suisse doit passer du dialogue\nà des projets d'infrastructures communs",
  "Les petites et moyennes entreprises de la sous-traitance automobile peuvent se reconvertir vers\nles composants hydrogène à condition d'un accompagnement financier et technique dédié",
  "Créer d'ici 2038 un guichet unique régional pour les projets hydrogène, porté par l'Agence économique\n      régionale de Bourgogne-Franche-Comté (AER BFC)",
  "Lancer un appel à manifestation d'intérêt commun aux agglomérations de Belfort et de Montbéliard pour la\n      commande groupée de véhicules lourds",
  "Ouvrir une formation de technicien de maintenance hydrogène au lycée Jules Ferry de Delle dès la rentrée\n      2037",
  "Constituer avec les partenaires allemands et suisses un groupe de travail permanent sur le corridor rhé-\n      nan",
  "Réserver une part des aides régionales à la diversification aux sous-traitants automobiles"],
 "2036-10-20")
