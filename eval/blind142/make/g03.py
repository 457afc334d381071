from h import *
F = 'g03_grenoble_conference_finale_horizon.md'
assert wd(2041,6,5)=='Wednesday' and wd(2041,6,6)=='Thursday' and wd(2041,6,4)=='Tuesday'
T = """# Conférence finale du projet SMARTGRID-ALPS : quatre ans de démonstrateurs, et après ?

*Compte rendu publié le 19 juin 2041 par l'équipe communication de Tenerrdis · Rubrique : Projets européens · Temps de lecture : 5 min*

[Accueil](/) › [Actualités](/actualites) › [Projets européens](/actualites/europe)

Les 5 et 6 juin 2041, près de 220 participants se sont retrouvés au World Trade Center de Grenoble pour la conférence finale de SMARTGRID-ALPS, projet financé par Horizon Europe de septembre 2037 à août 2041. Coordonné par le pôle de compétitivité Tenerrdis, le consortium réunissait 16 partenaires de six pays autour d'un objectif : démontrer que des réseaux électriques locaux, pilotés par des PME, peuvent intégrer massivement le solaire et le stockage dans des vallées de montagne.

## Qui étaient les partenaires ?

Outre Tenerrdis, le consortium comptait notamment le CEA-Liten, Grenoble INP – UGA, la société coopérative Enercoop Auvergne-Rhône-Alpes, la communauté de communes du Grésivaudan, l'entreprise savoyarde Hydrostock SAS, le cluster autrichien Ökoenergie-Cluster Oberösterreich (OEC), l'Agenzia per l'Energia del Friuli Venezia Giulia (APE FVG), la Hochschule Luzern et l'institut slovène Institut Jožef Stefan.

## Programme de la première journée (mercredi 5 juin)

- 9h00 – Accueil par Émilie Rousseau-Garnier, directrice générale de Tenerrdis, et par Jean-Baptiste de La Roche, vice-président de Grenoble-Alpes Métropole chargé de la transition énergétique
- 9h45 – Bilan du projet par la coordinatrice scientifique, Dr Anne-Sophie Le Goff (CEA-Liten)
- 11h00 – Table ronde « Les PME peuvent-elles piloter la flexibilité locale ? », animée par le journaliste Thomas Mercier, avec Lukas Pühringer (OEC), Francesca Zanin (APE FVG) et Karim Benali, gérant d'Hydrostock SAS
- 14h00 – Ateliers parallèles sur les trois démonstrateurs (Crolles, Tolmin, Wels)
- 17h30 – Remise des prix « Village à énergie positive » par la Région Auvergne-Rhône-Alpes
- 19h30 – Dîner de clôture au Musée dauphinois

## Deuxième journée (jeudi 6 juin)

La matinée a été consacrée à une visite de terrain du démonstrateur de Crolles, où la communauté de communes du Grésivaudan a présenté le poste de stockage partagé installé en 2039. L'après-midi, une session fermée a réuni les partenaires et Mme Katarzyna Wiśniewska-Ploug, chargée de projet à la CINEA (European Climate, Infrastructure and Environment Executive Agency), pour préparer le rapport final.

## Le projet en chiffres

En quatre ans, les trois démonstrateurs ont raccordé 1 140 foyers et 87 entreprises ; 31 PME ont été accompagnées dans la conception de services de flexibilité et 9 d'entre elles vendent aujourd'hui ces services. Le taux d'autoconsommation locale a atteint 64 % à Crolles.

## Recommandations

Le consortium a présenté cinq recommandations à l'intention des régions alpines et de la Commission européenne :

1. Ouvrir les appels d'offres de flexibilité des gestionnaires de réseau aux groupements de PME, et pas seulement aux grands agrégateurs
2. Créer dans chaque vallée un « guichet énergie » commun aux communes, chargé d'informer les entreprises
3. Simplifier les règles de partage de l'électricité entre bâtiments publics et privés
4. Financer la formation d'électriciens aux systèmes de stockage via les fonds régionaux
5. Pérenniser le réseau des trois démonstrateurs au-delà de la fin du projet

« Ce projet prouve qu'une PME de vingt salariés peut être un acteur du réseau, à condition qu'on lui en laisse la place », a conclu Émilie Rousseau-Garnier.

## Et maintenant ?

Les partenaires ont annoncé un projet de suite, déposé dans le cadre de l'appel Interreg Espace Alpin de l'automne 2041, et une présentation des résultats lors des Rencontres européennes des clusters de l'énergie à Lyon, le 4 novembre 2041. Les éditions précédentes de la conférence annuelle du projet s'étaient tenues à Linz (2038), Udine (2039) et Ljubljana (2040).

Les présentations sont disponibles sur l'espace documentaire du projet. [Lire la suite](#) · [Partager](#) · [Imprimer](#)

---
*Tenerrdis – pôle de compétitivité de la transition énergétique · Grenoble · Ce projet a reçu un financement du programme de recherche et d'innovation Horizon Europe de l'Union européenne. Mentions légales · Cookies*
"""
assert wd(2041,11,4)=='Monday'
write(F, T)
TE="Tenerrdis"
gold(F,
 [P("Émilie Rousseau-Garnier","directrice générale",TE),
  P("Jean-Baptiste de La Roche","vice-président","Grenoble-Alpes Métropole"),
  P("Anne-Sophie Le Goff","coordinatrice scientifique","CEA-Liten"),
  P("Thomas Mercier","journaliste",None),
  P("Lukas Pühringer",None,"Ökoenergie-Cluster Oberösterreich"),
  P("Francesca Zanin",None,"Agenzia per l'Energia del Friuli Venezia Giulia"),
  P("Karim Benali","gérant","Hydrostock SAS"),
  P("Katarzyna Wiśniewska-Ploug","chargée de projet","European Climate, Infrastructure and Environment Executive Agency")],
 [O(TE), O("CEA-Liten"), O("Grenoble INP – UGA"), O("Enercoop Auvergne-Rhône-Alpes"),
  O("communauté de communes du Grésivaudan"), O("Hydrostock SAS"), O("Ökoenergie-Cluster Oberösterreich","OEC"),
  O("Agenzia per l'Energia del Friuli Venezia Giulia","APE FVG"), O("Hochschule Luzern"), O("Institut Jožef Stefan"),
  O("Grenoble-Alpes Métropole"), O("Région Auvergne-Rhône-Alpes"),
  O("European Climate, Infrastructure and Environment Executive Agency","CINEA"), O("Commission européenne")],
 [E("conférence finale de SMARTGRID-ALPS","2041-06-05","2041-06-06","Grenoble","France"),
  E("Ateliers parallèles sur les trois démonstrateurs","2041-06-05",None,"Grenoble","France"),
  E("Remise des prix « Village à énergie positive »","2041-06-05",None,"Grenoble","France"),
  E("Dîner de clôture","2041-06-05",None,"Grenoble","France"),
  E("visite de terrain du démonstrateur de Crolles","2041-06-06",None,"Crolles","France"),
  E("Rencontres européennes des clusters de l'énergie","2041-11-04",None,"Lyon","France"),
  E("conférence annuelle du projet (2038)","2038",None,"Linz","Austria"),
  E("conférence annuelle du projet (2039)","2039",None,"Udine","Italy"),
  E("conférence annuelle du projet (2040)","2040",None,"Ljubljana","Slovenia")],
 ["2041-06-19","2041-06-05/2041-06-06","2037-09/2041-08","2041-06-05","2041-06-06","2039","2041","2041-11-04","2038","2040"],
 ["Ouvrir les appels d'offres de flexibilité des gestionnaires de réseau aux groupements de PME, et pas seulement aux grands agrégateurs",
  "Créer dans chaque vallée un « guichet énergie » commun aux communes, chargé d'informer les entreprises",
  "Simplifier les règles de partage de l'électricité entre bâtiments publics et privés",
  "Financer la formation d'électriciens aux systèmes de stockage via les fonds régionaux",
  "Pérenniser le réseau des trois démonstrateurs au-delà de la fin du projet"],
 pub="2041-06-19")
