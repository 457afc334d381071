from h import *
F = 'g02_mulhouse_rencontres_programme.txt'
assert wd(2039,10,13)=='Thursday' and wd(2039,10,14)=='Friday' and wd(2039,9,30)=='Friday'
T = """Pôle Véhicule du Futur – Agenda
Accueil > Événements > Rencontres de la mobilité 2039

RENCONTRES DE LA MOBILITÉ DURABLE – 9e ÉDITION
Jeudi 13 et vendredi 14 octobre 2039
Parc des Expositions de Mulhouse, Mulhouse (Haut-Rhin)

Publié le 5 septembre 2039 par Claire Lefèvre-Scheidecker, chargée de communication

Le pôle de compétitivité Véhicule du Futur, en partenariat avec la Région Grand Est, Mulhouse Alsace Agglomération (m2A) et l'Agence de développement économique d'Alsace (ADIRA), organise la neuvième édition de ses Rencontres de la mobilité durable. Deux jours pour faire le point sur l'électrification des flottes, l'hydrogène pour les poids lourds et la reconversion des sous-traitants automobiles du Rhin supérieur.

Inscription gratuite pour les adhérents du pôle, 120 € HT pour les non-adhérents. Clôture des inscriptions : vendredi 30 septembre 2039.

PROGRAMME

Jeudi 13 octobre
08h30  Accueil café
09h15  Ouverture par Jean-Baptiste de La Roncière, président du pôle Véhicule du Futur, et Sylvie Kuntz, vice-présidente de la Région Grand Est chargée de l'industrie
10h00  Keynote : « Le camion à hydrogène en 2045 » – Dr Annelies Verstraeten, directrice de programme, Hydrogen Europe (Bruxelles)
11h00  Table ronde n° 1 : sous-traitants du moteur thermique, quelle reconversion ?
       avec Thomas Muller (Stellantis, site de Mulhouse), Karin Schönberger (Bioeconomy & Mobility Cluster Baden-Württemberg) et Paul-Henri Weissenburger (UIMM Alsace)
12h30  Déjeuner et espace exposants
14h00  Ateliers en parallèle (bornes de recharge / logistique urbaine / batteries de seconde vie)
16h30  Rendez-vous d'affaires B2B avec Enterprise Europe Network Grand Est
19h30  Dîner des Rencontres à la Cité de l'Automobile

Vendredi 14 octobre
09h00  Visites de sites : usine Stellantis de Mulhouse ou centre d'essais de l'UTBM à Belfort (départ en car à 8h45)
12h00  Restitution des ateliers et clôture par Marc Ohlmann, directeur général du pôle

LES ÉDITIONS PRÉCÉDENTES
- 8e édition : 12 et 13 octobre 2038, Mulhouse – 410 participants
- 7e édition : 7 octobre 2037, Montbéliard – consacrée aux batteries
- 6e édition : du 29 septembre au 1er octobre 2036, Strasbourg, avec le pôle allemand e-mobil BW

CE QU'IL FAUT RETENIR DE L'ÉDITION 2038
Les participants de l'an dernier avaient adopté quatre recommandations, transmises à la Région Grand Est :
1. Créer un fonds régional d'accompagnement des sous-traitants en reconversion, ouvert aussi aux entreprises de moins de 50 salariés.
2. Mutualiser les bancs d'essai entre l'Alsace et la Franche-Comté plutôt que d'en construire de nouveaux.
3. Associer systématiquement les lycées professionnels aux projets de formation sur les batteries.
4. Porter une candidature commune du Rhin supérieur à un partenariat européen sur l'hydrogène pour le transport routier.

À PROPOS DU PÔLE
Labellisé par l'État depuis 2005, le pôle Véhicule du Futur fédère plus de 400 adhérents en Alsace et en Franche-Comté : constructeurs, équipementiers, laboratoires, écoles d'ingénieurs et collectivités. Il accompagne les projets collaboratifs de recherche et développement, la montée en compétences des salariés et l'internationalisation des PME, notamment au sein du réseau franco-allemand des clusters de la mobilité.
Programme sous réserve de modifications. Les présentations seront mises en ligne après l'événement.

INFOS PRATIQUES
Accès : tram ligne 2, arrêt Parc Expo. Parking gratuit.
Hébergement : tarifs préférentiels dans les hôtels partenaires jusqu'au 23 septembre.
Contact : evenements@vehiculedufutur.example.fr – 03 89 00 00 00

Partager : Facebook | LinkedIn | X | E-mail
Vous aimerez aussi : Webinaire « Financer sa transition » le 8 novembre 2039 | Assemblée générale du pôle, 1er décembre 2039, Belfort

© Pôle Véhicule du Futur – Mentions légales – Gestion des cookies
"""
assert wd(2039,11,8)=='Tuesday' and wd(2039,12,1)=='Thursday'
write(F, T)
V = "pôle Véhicule du Futur"
gold(F,
 [P("Claire Lefèvre-Scheidecker","chargée de communication",None),
  P("Jean-Baptiste de La Roncière","président",V),
  P("Sylvie Kuntz","vice-présidente de la Région Grand Est chargée de l'industrie","Région Grand Est"),
  P("Annelies Verstraeten","directrice de programme","Hydrogen Europe"),
  P("Thomas Muller",None,"Stellantis"),
  P("Karin Schönberger",None,"Bioeconomy & Mobility Cluster Baden-Württemberg"),
  P("Paul-Henri Weissenburger",None,"UIMM Alsace"),
  P("Marc Ohlmann","directeur général",V)],
 [O("Pôle Véhicule du Futur"), O("Région Grand Est"), O("Mulhouse Alsace Agglomération","m2A"),
  O("Agence de développement économique d'Alsace","ADIRA"), O("Hydrogen Europe"), O("Stellantis"),
  O("Bioeconomy & Mobility Cluster Baden-Württemberg"), O("UIMM Alsace"), O("Enterprise Europe Network Grand Est"),
  O("UTBM"), O("e-mobil BW")],
 [E("Rencontres de la mobilité durable","2039-10-13","2039-10-14","Mulhouse","France"),
  E("Rendez-vous d'affaires B2B","2039-10-13",None,"Mulhouse","France"),
  E("Dîner des Rencontres","2039-10-13",None,"Mulhouse","France"),
  E("Visites de sites","2039-10-14",None,None,"France"),
  E("8e édition","2038-10-12","2038-10-13","Mulhouse","France"),
  E("7e édition","2037-10-07",None,"Montbéliard","France"),
  E("6e édition","2036-09-29","2036-10-01","Strasbourg","France"),
  E("Webinaire « Financer sa transition »","2039-11-08",None,None,None),
  E("Assemblée générale du pôle","2039-12-01",None,"Belfort","France")],
 ["2039-10-13/2039-10-14","2039-09-05","2039-09-30","2039-10-13","2039-10-14","2038-10-12/2038-10-13","2037-10-07",
  "2036-09-29/2036-10-01","2039-09-23","2039-11-08","2039-12-01","2005"],
 ["Créer un fonds régional d'accompagnement des sous-traitants en reconversion, ouvert aussi aux entreprises de moins de 50 salariés",
  "Mutualiser les bancs d'essai entre l'Alsace et la Franche-Comté plutôt que d'en construire de nouveaux",
  "Associer systématiquement les lycées professionnels aux projets de formation sur les batteries",
  "Porter une candidature commune du Rhin supérieur à un partenariat européen sur l'hydrogène pour le transport routier"],
 pub="2039-09-05")
