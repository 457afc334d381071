from h import *
F = 'g04_aube_textile_ca_compte_rendu.md'
assert wd(2041,1,17)=='Thursday' and wd(2041,3,14)=='Thursday' and wd(2041,2,5)=='Tuesday'
T = """# Cluster Textile & Matériaux de l'Aube – Compte rendu du conseil d'administration

**Séance du jeudi 17 janvier 2041, 14 h 00 – 16 h 45**
**Lieu :** Maison de l'entreprise, Technopole de l'Aube en Champagne, Troyes (et en visioconférence)

Diffusion : administrateurs, équipe permanente · Document interne – ne pas transférer

---

## Présents

- Mme Hélène Dupré-Lacombe, présidente (Lacombe Tricotage SAS)
- M. Benoît Ravier, vice-président (Ravier Teinturerie et Apprêts SARL)
- M. Yannick Le Goff, trésorier (Crédit Agricole Champagne-Bourgogne)
- Mme Fatou Ndiaye-Renard, secrétaire (Université de technologie de Troyes)
- M. Giovanni Berardi, administrateur (Filature de la Seine SA)
- Mme Claire d'Aubigny, administratrice, représentant la Chambre de commerce et d'industrie de Troyes et de l'Aube

**Excusé :** M. Patrick Humbert (Conseil départemental de l'Aube), pouvoir donné à Mme Dupré-Lacombe.

**Assistent également :** Mme Laure Vasseur, déléguée générale du cluster ; M. Théo Marchal, chargé de mission Europe.

Le quorum étant atteint (six administrateurs présents sur sept), la présidente ouvre la séance à 14 h 05.

## 1. Approbation du compte rendu de la séance du 8 novembre 2040

Le compte rendu est approuvé à l'unanimité, sans modification.

## 2. Point financier

M. Le Goff présente l'atterrissage 2040 : un excédent de 18 400 euros, dû principalement aux cotisations de onze nouveaux adhérents et à la subvention de la Région Grand Est. Le budget prévisionnel 2041 s'établit à 612 000 euros. Il sera soumis à l'assemblée générale.

## 3. Bilan du salon et des missions 2040

Mme Vasseur rappelle les actions collectives de l'année écoulée : un stand collectif de neuf entreprises au salon Techtextil à Francfort du 14 au 17 mai 2040, la mission d'étude à Prato (Italie) en septembre 2040, avec une visite du Museo del Tessuto et de deux filatures de laine recyclée, ainsi que la 6e édition des Rencontres du textile circulaire, le 27 novembre 2040 à Troyes, qui a réuni 140 participants.

M. Berardi souligne que les contacts pris à Prato ont déjà débouché sur un essai industriel chez Filature de la Seine. Il propose de renouveler la mission en 2041 avec le Consorzio Next Technology Tessile.

## 4. Projet européen « Re-Fibre »

M. Marchal présente l'état du dossier déposé avec quatre partenaires (clusters de Łódź, de Guimarães et de Biella, et l'agence AD Grand Est). Le résultat de l'évaluation est attendu pour mars. La réunion de lancement aurait lieu à Troyes en juin si le projet est retenu. Le conseil approuve le principe d'un cofinancement sur fonds propres de 25 000 euros.

## 5. Assemblée générale 2041

L'assemblée générale ordinaire se tiendra le jeudi 14 mars 2041 à 17 h 00 à l'Hôtel de Ville de Troyes, suivie d'un cocktail. Les mandats de M. Ravier et de Mme d'Aubigny arrivent à échéance ; tous deux se représentent. Les candidatures doivent parvenir au secrétariat au plus tard le 21 février 2041.

## 6. Questions diverses

Le cluster recevra le mardi 5 février 2041 une délégation de l'Agence pour l'innovation du Brabant-Wallon. M. Le Goff signale le départ en retraite de M. Alain Boissière, ancien président du cluster (2029–2036), et propose de l'inviter à l'assemblée générale.

## Relevé de décisions

1. Le compte rendu de la séance du 8 novembre 2040 est approuvé
2. Le budget prévisionnel 2041 de 612 000 euros est arrêté et sera soumis à l'assemblée générale
3. Le cluster cofinancera le projet « Re-Fibre » à hauteur de 25 000 euros s'il est retenu
4. Une nouvelle mission d'étude à Prato sera organisée à l'automne 2041
5. L'assemblée générale est convoquée le 14 mars 2041 à Troyes

L'ordre du jour étant épuisé, la séance est levée à 16 h 45.

*Prochaine réunion du conseil : jeudi 14 mars 2041, 15 h 00, avant l'assemblée générale.*

La présidente, Hélène Dupré-Lacombe — La secrétaire, Fatou Ndiaye-Renard
"""
write(F, T)
N="Cluster Textile & Matériaux de l'Aube"
gold(F,
 [P("Hélène Dupré-Lacombe","présidente",N),
  P("Benoît Ravier","vice-président",N),
  P("Yannick Le Goff","trésorier",N),
  P("Fatou Ndiaye-Renard","secrétaire",N),
  P("Giovanni Berardi","administrateur",N),
  P("Claire d'Aubigny","administratrice",N),
  P("Patrick Humbert",None,"Conseil départemental de l'Aube"),
  P("Laure Vasseur","déléguée générale",N),
  P("Théo Marchal","chargé de mission Europe",N),
  P("Alain Boissière","ancien président",N)],
 [O(N), O("Lacombe Tricotage SAS"), O("Ravier Teinturerie et Apprêts SARL"), O("Crédit Agricole Champagne-Bourgogne"),
  O("Université de technologie de Troyes"), O("Filature de la Seine SA"),
  O("Chambre de commerce et d'industrie de Troyes et de l'Aube"), O("Conseil départemental de l'Aube"),
  O("Région Grand Est"), O("Consorzio Next Technology Tessile"), O("AD Grand Est"),
  O("Agence pour l'innovation du Brabant-Wallon")],
 [E("conseil d'administration","2041-01-17",None,"Troyes","France"),
  E("séance du 8 novembre 2040","2040-11-08",None,None,None),
  E("Techtextil","2040-05-14","2040-05-17","Francfort","Germany"),
  E("mission d'étude à Prato","2040-09",None,"Prato","Italy"),
  E("6e édition des Rencontres du textile circulaire","2040-11-27",None,"Troyes","France"),
  E("réunion de lancement","2041-06",None,"Troyes","France"),
  E("assemblée générale ordinaire","2041-03-14",None,"Troyes","France"),
  E("cocktail","2041-03-14",None,"Troyes","France"),
  E("délégation de l'Agence pour l'innovation du Brabant-Wallon","2041-02-05",None,None,None),
  E("nouvelle mission d'étude à Prato","2041",None,"Prato","Italy"),
  E("Prochaine réunion du conseil","2041-03-14",None,None,None)],
 ["2041-01-17","2040-11-08","2040","2041","2040-05-14/2040-05-17","2040-09","2040-11-27","2041-03","2041-06",
  "2041-03-14","2041-02-21","2041-02-05","2029/2036"],
 ["Le compte rendu de la séance du 8 novembre 2040 est approuvé",
  "Le budget prévisionnel 2041 de 612 000 euros est arrêté et sera soumis à l'assemblée générale",
  "Le cluster cofinancera le projet « Re-Fibre » à hauteur de 25 000 euros s'il est retenu",
  "Une nouvelle mission d'étude à Prato sera organisée à l'automne 2041",
  "L'assemblée générale est convoquée le 14 mars 2041 à Troyes"],
 pub=None)
