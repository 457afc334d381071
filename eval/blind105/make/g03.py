from h import *
F = 'g03_grenoble_pole_conseil.txt'
assert wd(2036,6,12)=='Thursday' and wd(2036,7,3)=='Thursday' and wd(2036,10,9)=='Thursday'
T = """Accueil > Le pôle > Gouvernance > Actualités

Alpes Photonique & Capteurs – Vie du pôle

Un nouveau conseil d'administration pour Alpes Photonique & Capteurs

Publié le 16 juin 2036 | Catégorie : Vie du pôle | Temps de lecture : 4 min
Contact presse : Élodie Ferraris, chargée de communication – 04 76 21 58 40

Réunie le jeudi 12 juin 2036 au Minatec Conference Center de Grenoble, l'assemblée générale ordinaire de l'association Alpes Photonique & Capteurs (APC) a renouvelé pour moitié son conseil d'administration. 142 adhérents étaient présents ou représentés sur 231, le quorum étant atteint. À l'issue de l'assemblée, le nouveau conseil s'est réuni et a élu son bureau pour un mandat de trois ans.

Le rapport moral présenté par le président sortant, Jean-Baptiste Mollard, a rappelé les chiffres de l'exercice 2035 : 48 projets collaboratifs labellisés, 19 millions d'euros d'aides obtenues par les adhérents et quatre nouvelles start-up accompagnées par le programme d'accélération du pôle. Après neuf années à la présidence, Jean-Baptiste Mollard a souhaité passer la main ; il reste administrateur au titre du collège des grandes entreprises.

« Le pôle a changé d'échelle ; il lui faut maintenant une gouvernance plus proche des PME et des laboratoires », a déclaré la nouvelle présidente, Sandrine Chabert-Roux, directrice générale de la PME Optivalys, spécialisée dans les capteurs hyperspectraux pour l'agriculture.

Le bureau élu le 12 juin 2036

Sandrine Chabert-Roux (Optivalys SAS), présidente
Jean-Baptiste Mollard (STMicroelectronics Grenoble), vice-président collège grandes entreprises
Nathalie Perrin-Gaudin (CEA-Leti), vice-présidente collège recherche et formation
Karim Benaïssa (Lumisens SAS), vice-président collège PME
Hélène Dufour-Vercors (Cabinet Vercors Expertise), trésorière
Marc-Antoine Reynaud (Université Grenoble Alpes), secrétaire

Les autres administrateurs

Collège grandes entreprises :
Isabelle Garnier (Schneider Electric Industries SAS)
Thomas Lacroix-Bellin (Lynred)

Collège PME et ETI :
Cédric Vallet (Photonis Grenoble)
Amandine Fournier (Aquilon Optique SARL)
Yannick Rostaing (Microcapt SAS), nouvel administrateur

Collège recherche et formation :
Pr Bernard Thévenet (Grenoble INP – UGA), nouvel administrateur
Claire Baudoin (Institut Néel, CNRS)

Collège collectivités et partenaires (voix consultative) :
Valérie Chapuis (Région Auvergne-Rhône-Alpes)
Olivier Sarrazin (Grenoble-Alpes Métropole)
Nicolas Brémond (Bpifrance, délégation de Grenoble)

Départs

Le conseil a remercié les administrateurs qui ne se représentaient pas : Françoise Lemaire (Photonis Grenoble), trésorière depuis 2030, et Didier Arnaud-Goddet (Sofradir Services), administrateur depuis la création du pôle en 2024. Une soirée en leur honneur sera organisée en marge de la rentrée du pôle.

L'équipe opérationnelle

Le conseil a renouvelé sa confiance au délégué général, Florian Musy, en poste depuis 2033. L'équipe opérationnelle compte désormais quatorze salariés répartis entre Grenoble et Saint-Étienne.

Prochains rendez-vous

– Jeudi 3 juillet 2036 : premier séminaire stratégique du nouveau conseil, Saint-Étienne (Manufacture, bâtiment Pôle Optique Rhône-Alpes)
– Jeudi 9 octobre 2036 : Journée de la rentrée du pôle et Trophées de l'innovation photonique, Grenoble, WTC
– 18 au 20 novembre 2036 : délégation du pôle au salon Photonics Days, Munich (Allemagne), en partenariat avec Bayern Photonics e.V.

Feuille de route 2036–2039

Le nouveau bureau présentera à la rentrée une feuille de route articulée autour de trois axes : l'intégration photonique sur silicium, les capteurs pour la transition écologique et la formation des techniciens. Le détail sera soumis aux adhérents lors de la journée du 9 octobre.

Pour en savoir plus : gouvernance@alpes-photonique.fr

Partager : LinkedIn | X | Courriel | Imprimer

Crédit photo : © APC / Lucas Berthet

Articles liés :
> Trophées de l'innovation photonique 2035 : les lauréats
> Le pôle labellisé pour la phase 5 de la politique des pôles
> Rapport d'activité 2035 (PDF)

Alpes Photonique & Capteurs – 17 avenue des Martyrs – 38000 Grenoble
Mentions légales | Plan du site | Gestion des cookies
"""
write(F, T)
A='Alpes Photonique & Capteurs'
gold(F,
 [P("Élodie Ferraris","chargée de communication",A), P("Jean-Baptiste Mollard","vice-président collège grandes entreprises",A),
  P("Sandrine Chabert-Roux","présidente",A), P("Nathalie Perrin-Gaudin","vice-présidente collège recherche et formation",A),
  P("Karim Benaïssa","vice-président collège PME",A), P("Hélène Dufour-Vercors","trésorière",A), P("Marc-Antoine Reynaud","secrétaire",A),
  P("Isabelle Garnier","administrateur",A), P("Thomas Lacroix-Bellin","administrateur",A), P("Cédric Vallet","administrateur",A),
  P("Amandine Fournier","administrateur",A), P("Yannick Rostaing","administrateur",A), P("Bernard Thévenet","administrateur",A),
  P("Claire Baudoin","administrateur",A), P("Valérie Chapuis","administrateur",A), P("Olivier Sarrazin","administrateur",A),
  P("Nicolas Brémond","administrateur",A), P("Françoise Lemaire","trésorière",A), P("Didier Arnaud-Goddet","administrateur",A),
  P("Florian Musy","délégué général",A), P("Lucas Berthet",None,None)],
 [O(A,"APC"), O("Optivalys SAS"), O("STMicroelectronics Grenoble"), O("CEA-Leti"), O("Lumisens SAS"), O("Cabinet Vercors Expertise"),
  O("Université Grenoble Alpes","UGA"), O("Schneider Electric Industries SAS"), O("Lynred"), O("Photonis Grenoble"), O("Aquilon Optique SARL"),
  O("Microcapt SAS"), O("Grenoble INP"), O("Institut Néel"), O("CNRS"), O("Région Auvergne-Rhône-Alpes"), O("Grenoble-Alpes Métropole"),
  O("Bpifrance"), O("Sofradir Services"), O("Bayern Photonics e.V.")],
 [E("assemblée générale ordinaire","2036-06-12",None,"Grenoble","France"),
  E("séminaire stratégique","2036-07-03",None,"Saint-Étienne","France"),
  E("Journée de la rentrée du pôle","2036-10-09",None,"Grenoble","France"),
  E("Trophées de l'innovation photonique","2036-10-09",None,"Grenoble","France"),
  E("Photonics Days","2036-11-18","2036-11-20","Munich","Germany")],
 ["2036-06-16","2036-06-12","2035","2030","2024","2033","2036-07-03","2036-10-09","2036-11-18/2036-11-20","2036/2039"], [], "2036-06-16")
