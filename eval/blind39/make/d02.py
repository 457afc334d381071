from common import *
FN = "invitation_journee-cluster-agrivalor-occitanie-2033.txt"
T = """
AGRIVALOR OCCITANIE — Cluster des agro-ressources et de la bioéconomie
Invitation

Journée annuelle du cluster 2033
« Des champs aux bioraffineries : accélérer la valeur ajoutée en Occitanie »

Jeudi 22 septembre 2033, de 9h00 à 17h30
Hôtel de Région, Montpellier (salle de l'Assemblée)

Madame, Monsieur,

Le Conseil d'administration d'AgriValor Occitanie et sa présidente, Mme Hélène CASTAGNÉ, ont le plaisir de vous
convier à la Journée annuelle du cluster. Cette septième édition réunira les adhérents, les partenaires
académiques, les coopératives et les financeurs autour d'une question simple : comment transformer davantage de
biomasse régionale en produits à forte valeur, ici, plutôt que de l'exporter brute ?

Cette année, la journée sera ouverte par deux conférences en anglais, pour accueillir nos partenaires du réseau
européen BIOVALUE-Med et la délégation catalane invitée dans le cadre de notre accord avec le Clúster Agrobio Terres
de l'Ebre.

PROGRAMME

8h30   Accueil café, remise des badges

9h00   Mot d'accueil
       Hélène CASTAGNÉ, présidente d'AgriValor Occitanie, directrice générale de la coopérative Céréalis Sud
       Jean-Baptiste ROUQUETTE, vice-président en charge de l'économie, Région Occitanie

9h30   Keynote 1 (en anglais) — "From straw to spin-offs: what ten years of biorefinery pilots taught us"
       Dr. Ingrid van der Linden, Director of Open Innovation, Rijnmond Biobased Foundation (Pays-Bas)

10h15  Keynote 2 (en anglais) — "Regions as first buyers: public procurement for bio-based products"
       Marco Di Stefano, Policy Officer, European Commission, DG RTD, unité Bioéconomie

11h00  Pause et espace exposants (24 stands d'adhérents)

11h30  Table ronde — « Financer l'industrialisation : quels outils pour les PME ? »
       Animation : Laure Fabre-Mazet, déléguée générale d'AgriValor Occitanie
       Avec : Thomas Aubagnac (AD'OCC, chargé d'affaires agroalimentaire), Nadia Bensalem (Bpifrance,
       direction régionale Occitanie), Pierre-Louis de Saint-Aignan (fondateur, Lignocell SAS), Carmen
       Puig i Ferrer (Clúster Agrobio Terres de l'Ebre, directora)

12h45  Déjeuner régional préparé par le lycée agricole de Castelnaudary

14h00  Ateliers en parallèle
       A — Coproduits de la vigne : marcs, sarments et polyphénols (salle Cévennes)
           avec l'INRAE Occitanie-Montpellier et l'Institut Français de la Vigne et du Vin
       B — Fibres végétales pour le bâtiment (salle Pyrénées)
           avec Chanvrerie du Lauragais SARL et l'IMT Mines Alès
       C — Rendez-vous d'affaires B2B, organisés avec l'Enterprise Europe Network (salle Camargue)

16h00  Remise des Trophées AgriValor 2033 (trois catégories : start-up, coopérative, partenariat recherche)

16h45  Keynote de clôture (en anglais) — "Scaling bio-based value chains across the Mediterranean"
       Prof. Sofia Papadaki-Moreno, Coordinator, BIOVALUE-Med network

17h15  Conclusions et cocktail

INFORMATIONS PRATIQUES

Inscription gratuite pour les adhérents, 90 € HT pour les non-adhérents, avant le 9 septembre 2033.
Les rendez-vous B2B de l'atelier C doivent être réservés sur la plateforme avant le 15 septembre 2033.
Une traduction simultanée français/anglais est assurée pour les trois keynotes.

Accès : tramway ligne 1, arrêt « Moularès – Hôtel de Ville ». Parking limité sur place.

La veille, mercredi 21 septembre 2033, une visite de la bioraffinerie pilote de Lignocell SAS à Lunel est proposée
aux participants étrangers (départ 14h00 de la gare Saint-Roch, retour 18h00).

À noter également : l'assemblée générale ordinaire du cluster se tiendra le 1er décembre 2033 à Toulouse.

Nous comptons sur votre présence.

Laure Fabre-Mazet
Déléguée générale
AgriValor Occitanie
Maison de l'Agriculture — 34000 Montpellier
contact@agrivalor-occitanie.example

AgriValor Occitanie est soutenu par la Région Occitanie / Pyrénées-Méditerranée et l'Union européenne (FEDER).
Pour ne plus recevoir nos invitations, répondez « STOP » à ce message.
"""
save_text(FN, T)
save_gold(FN, None,
 [P("Hélène CASTAGNÉ","présidente","AgriValor Occitanie"),
  P("Jean-Baptiste ROUQUETTE","vice-président en charge de l'économie","Région Occitanie"),
  P("Ingrid van der Linden","Director of Open Innovation","Rijnmond Biobased Foundation"),
  P("Marco Di Stefano","Policy Officer","DG RTD"),
  P("Laure Fabre-Mazet","déléguée générale","AgriValor Occitanie"),
  P("Thomas Aubagnac","chargé d'affaires agroalimentaire","AD'OCC"),
  P("Nadia Bensalem",None,"Bpifrance"),
  P("Pierre-Louis de Saint-Aignan","fondateur","Lignocell SAS"),
  P("Carmen Puig i Ferrer","directora","Clúster Agrobio Terres de l'Ebre"),
  P("Sofia Papadaki-Moreno","Coordinator","BIOVALUE-Med")],
 [O("AgriValor Occitanie"), O("BIOVALUE-Med"), O("Clúster Agrobio Terres de l'Ebre"), O("Céréalis Sud"),
  O("Région Occitanie / Pyrénées-Méditerranée"), O("Rijnmond Biobased Foundation"), O("European Commission"), O("DG RTD"),
  O("AD'OCC"), O("Bpifrance"), O("Lignocell SAS"), O("lycée agricole de Castelnaudary"),
  O("INRAE Occitanie-Montpellier"), O("Institut Français de la Vigne et du Vin"), O("Chanvrerie du Lauragais SARL"),
  O("IMT Mines Alès"), O("Enterprise Europe Network"), O("Union européenne")],
 [E("Journée annuelle du cluster 2033","2033-09-22",None,"Montpellier","France"),
  E("Remise des Trophées AgriValor 2033","2033-09-22",None,"Montpellier","France"),
  E("visite de la bioraffinerie pilote de Lignocell SAS","2033-09-21",None,"Lunel","France"),
  E("assemblée générale ordinaire du cluster","2033-12-01",None,"Toulouse","France")],
 ["2033-09-22","2033-09-09","2033-09-15","2033-09-21","2033-12-01"],
 [])
