from h import *
F = 'g03_montpellier_gouvernance_pole.md'
assert wd(2035,6,12)=='Tuesday' and wd(2035,9,3)=='Monday' and wd(2035,10,18)=='Thursday'
T = """# Gouvernance : un nouveau conseil d'administration et une nouvelle directrice pour AgriSud Innovation

*Publié le 14/06/2035 · Rubrique : Vie du pôle · Temps de lecture : 4 min*

[Accueil](/) > [Actualités](/actualites) > Vie du pôle

L'assemblée générale d'AgriSud Innovation, le pôle de compétitivité des filières agricoles et agroalimentaires méditerranéennes, s'est tenue le mardi 12 juin 2035 au Corum de Montpellier. Près de 190 adhérents ont participé aux travaux, dont une cinquantaine à distance depuis Perpignan, Nîmes et Avignon. L'assemblée a approuvé le rapport d'activité et les comptes, puis renouvelé le tiers sortant du conseil d'administration.

## Le bureau 2035-2038

Réuni à l'issue de l'assemblée, le nouveau conseil d'administration a élu son bureau :

- **Président** : Jean-Baptiste Delacroix-Ribes, directeur général de la coopérative viticole Vignerons du Pic Saint-Loup
- **Vice-présidente recherche** : Sophie N'Diaye, directrice de recherche à l'INRAE, centre Occitanie-Montpellier
- **Vice-président entreprises** : Álvaro Gómez de la Fuente, fondateur de la start-up Hydroponia SAS (Castelnau-le-Lez)
- **Trésorière** : Martine Castagné, Crédit Agricole du Languedoc
- **Secrétaire** : Lucas Ferrandon, Institut Agro Montpellier

Le conseil compte désormais 24 administrateurs répartis en quatre collèges (entreprises, recherche et formation, collectivités, financeurs). Quatre nouvelles structures y font leur entrée : la Chambre régionale d'agriculture d'Occitanie, l'Université de Perpignan Via Domitia, la société Biolande SA et le Cirad.

## Départ de Françoise Aubanel

L'assemblée a aussi été l'occasion de saluer Françoise Aubanel, directrice du pôle depuis 2027, qui part à la retraite à la fin de l'été. Ingénieure agronome de formation, elle avait auparavant dirigé le service innovation de la Région Occitanie. « En huit ans, le pôle est passé de 140 à 410 adhérents et a labellisé plus de 300 projets collaboratifs », a rappelé le président sortant, Bernard Lafforgue (Arterris), qui quitte lui aussi le bureau mais reste administrateur.

## Une directrice venue de Barcelone

Le conseil d'administration a nommé Ingrid Vasquez-Lindgren directrice générale à compter du lundi 3 septembre 2035. Franco-suédoise, 44 ans, elle dirigeait depuis 2031 le programme agroalimentaire de l'agence catalane ACCIÓ à Barcelone, après dix années chez Danone Nutricia Research à Utrecht. Elle sera épaulée par Thomas Arnaud, directeur adjoint, qui assure l'intérim durant l'été.

« Je connais bien les pôles français pour avoir monté avec eux plusieurs projets européens. Ma priorité sera l'eau : aucune filière méditerranéenne n'échappera à la question », a-t-elle déclaré par visioconférence.

## Ce qu'il faut retenir de l'assemblée générale

- Le budget 2035 s'élève à 3,1 millions d'euros, dont 38 % de cotisations et de prestations
- La feuille de route 2035-2038 est recentrée sur trois axes : eau et irrigation, agroécologie, alimentation durable
- Le pôle rejoindra l'association France Clusters et le réseau européen Vanguard Initiative
- Une antenne du pôle ouvrira à Toulouse au premier semestre 2036

## Agenda

Les adhérents sont invités à rencontrer la nouvelle directrice lors des Rencontres AgriSud, le jeudi 18 octobre 2035 au domaine de Restinclières à Prades-le-Lez, de 9 h 30 à 17 h. Au programme : ateliers par filière, un forum de l'emploi et, à 12 h 30, un déjeuner-buffet avec les producteurs locaux. Inscription avant le 5 octobre.

La 4e édition du concours Graines d'Innovation sera lancée à cette occasion ; les éditions précédentes s'étaient tenues à Nîmes (2032), Perpignan (2033) et Carcassonne (2034).

**Contact presse** : Clémence Roudil, chargée de communication – clemence.roudil@agrisud.example.fr – 04 67 00 00 00

*Partager : [LinkedIn](#) · [X](#) · [Courriel](#)*

---
AgriSud Innovation · Maison de l'Agriculture, 34000 Montpellier · [Mentions légales](/mentions) · [Gestion des cookies](/cookies)
"""
write(F, T)
C="AgriSud Innovation"
gold(F,
 [P("Jean-Baptiste Delacroix-Ribes","Président",C),
  P("Sophie N'Diaye","Vice-présidente recherche",C),
  P("Álvaro Gómez de la Fuente","Vice-président entreprises",C),
  P("Martine Castagné","Trésorière",C),
  P("Lucas Ferrandon","Secrétaire",C),
  P("Françoise Aubanel","directrice",C),
  P("Bernard Lafforgue","administrateur",C),
  P("Ingrid Vasquez-Lindgren","directrice générale",C),
  P("Thomas Arnaud","directeur adjoint",C),
  P("Clémence Roudil","chargée de communication",C)],
 [O(C), O("Vignerons du Pic Saint-Loup"), O("INRAE"), O("Hydroponia SAS"), O("Crédit Agricole du Languedoc"),
  O("Institut Agro Montpellier"), O("Chambre régionale d'agriculture d'Occitanie"), O("Université de Perpignan Via Domitia"),
  O("Biolande SA"), O("Cirad"), O("Région Occitanie"), O("Arterris"), O("ACCIÓ"), O("Danone Nutricia Research"),
  O("France Clusters"), O("Vanguard Initiative")],
 [E("assemblée générale","2035-06-12",None,"Montpellier","France"),
  E("Rencontres AgriSud","2035-10-18",None,"Prades-le-Lez","France"),
  E("forum de l'emploi","2035-10-18",None,"Prades-le-Lez","France"),
  E("déjeuner-buffet","2035-10-18",None,"Prades-le-Lez","France"),
  E("4e édition du concours Graines d'Innovation","2035-10-18",None,"Prades-le-Lez","France"),
  E("concours Graines d'Innovation (2032)","2032",None,"Nîmes","France"),
  E("concours Graines d'Innovation (2033)","2033",None,"Perpignan","France"),
  E("concours Graines d'Innovation (2034)","2034",None,"Carcassonne","France")],
 ["2035-06-14","2035-06-12","2035/2038","2027","2035-09-03","2031","2035","2036","2035-10-18","2035-10-05","2032","2033","2034"],
 ["Le budget 2035 s'élève à 3,1 millions d'euros, dont 38 % de cotisations et de prestations",
  "La feuille de route 2035-2038 est recentrée sur trois axes : eau et irrigation, agroécologie, alimentation durable",
  "Le pôle rejoindra l'association France Clusters et le réseau européen Vanguard Initiative",
  "Une antenne du pôle ouvrira à Toulouse au premier semestre 2036"],
 pub="2035-06-14")
