from h import *
F = 'g06_auvergne_rencontres_caoutchouc_bilan.txt'
assert wd(2035,10,9)=='Tuesday' and wd(2035,10,10)=='Wednesday' and wd(2036,10,14)=='Tuesday'
T = """Pôle Élastomères Auvergne – Actualités
Accueil › Actualités › Événements › Bilan des Rencontres 2035

Ce site utilise des cookies pour mesurer l'audience. Accepter / Refuser / Personnaliser

Le pôle | Nos adhérents | Projets | Formations | Agenda | Actualités | Contact | Espace adhérents

BILAN
Rencontres Élastomères & Industrie 2035 : l'économie circulaire au cœur des débats
Publié le 22 octobre 2035 par la rédaction – Temps de lecture : 6 min

Les 9 et 10 octobre 2035, plus de 380 participants se sont retrouvés au Polydome de Clermont-Ferrand pour la septième édition des Rencontres Élastomères & Industrie, organisées par le Pôle Élastomères Auvergne (PEA) avec le soutien de la Région Auvergne-Rhône-Alpes et de Clermont Auvergne Métropole. Pendant deux jours, industriels, chercheurs, équipementiers et représentants des pouvoirs publics ont débattu de l'avenir du caoutchouc dans une industrie qui doit réduire son empreinte carbone et sécuriser ses approvisionnements.

Une ouverture sous le signe de la souveraineté
En ouverture, le président du pôle, Bertrand Chassaing, a rappelé que la filière représente dans la région près de 19 000 emplois directs. « Nous dépendons encore à plus de 80 % de matières premières importées. La crise de 2033 nous a montré à quel point cette dépendance nous rend vulnérables », a-t-il déclaré. Mme Hélène Voldoire, vice-présidente de la Région Auvergne-Rhône-Alpes déléguée à l'industrie, a annoncé un appel à projets dédié au recyclage des élastomères, doté de 4 millions d'euros, qui sera ouvert au premier trimestre 2036.

La conférence plénière a été donnée par le professeur Olivier Desgranges, directeur de l'Institut de Chimie de Clermont-Ferrand (ICCF), sur les nouvelles voies de dévulcanisation. Il a présenté les résultats d'un projet mené avec Michelin et l'Université Clermont Auvergne, qui permet de réintroduire jusqu'à 30 % de caoutchouc recyclé dans certaines pièces techniques sans perte de performance.

Quatre tables rondes
Les quatre tables rondes ont abordé le caoutchouc naturel et la traçabilité, le recyclage des pneumatiques, les compétences et la formation, ainsi que la décarbonation des procédés de cuisson. Parmi les intervenants : Camille Roussel-Faure, responsable RSE chez Trelleborg Sealing Solutions à Clermont-Ferrand ; Ignacio Herrera, directeur du cluster basque Bizkaia Elastomer Network ; Nathalie Pouget, déléguée régionale de l'Agence de la transition écologique (ADEME) ; et Karim Benali, fondateur de la start-up RecyGom, lauréate du concours d'innovation de l'édition 2034.

La table ronde sur les compétences a été la plus animée. Les industriels présents ont décrit des postes de régleurs et de techniciens de mélange vacants depuis plus d'un an, et des apprentis qui quittent la filière après leur diplôme faute de perspectives claires. Les représentants des lycées professionnels ont rappelé que les effectifs des sections plasturgie et élastomères ont baissé d'un tiers en dix ans. Plusieurs intervenants ont plaidé pour une campagne commune de communication auprès des collégiens et de leurs familles, avec des visites d'usines ouvertes le samedi.

Sur le recyclage des pneumatiques, les échanges ont porté sur le coût de la collecte, la qualité très variable des granulats et l'absence de débouchés stables pour les poudrettes. Les participants ont noté que les donneurs d'ordre de l'automobile exigent désormais une part de matière recyclée dans leurs cahiers des charges, sans toujours accepter de payer le surcoût.

Le mercredi 10 octobre, les participants ont pu visiter le site de production de Cooper Standard à Riom ou le centre de recherche de Ladoux. Une session de rendez-vous d'affaires a également permis 164 rencontres entre adhérents et donneurs d'ordre.

Remise des Trophées de l'innovation
Le dîner de gala du mardi soir, au Musée d'art Roger-Quilliot, a été l'occasion de remettre les Trophées de l'innovation 2035. Le premier prix a été attribué à la PME Joints Thiers Industrie pour un joint d'étanchéité sans solvant. Le prix « Jeune pousse » est revenu à Elasto'Loop, issue de SIGMA Clermont.

Les principales conclusions
À l'issue des deux journées, le comité d'organisation a retenu les conclusions suivantes :
1. La filière doit construire une plateforme régionale mutualisée de recyclage des élastomères d'ici 2038.
2. La traçabilité du caoutchouc naturel devient une exigence réglementaire et commerciale ; les PME ont besoin d'un accompagnement collectif.
3. Le manque de techniciens formés reste le premier frein au développement ; un nouveau titre professionnel doit être créé avec les lycées de la région.
4. La coopération avec les clusters européens, notamment en Espagne et en Allemagne, doit être renforcée par des projets communs.
5. Les entreprises demandent un guichet unique pour les aides à la décarbonation.

« Ces Rencontres ne sont pas un simple colloque. Ce sont des engagements que nous suivrons tout au long de l'année », a conclu Élodie Marchetti, déléguée générale du pôle.

Et ensuite ?
Le pôle organisera un atelier de restitution avec les adhérents le 5 décembre 2035 à Thiers. La huitième édition des Rencontres aura lieu les 14 et 15 octobre 2036, toujours à Clermont-Ferrand.

Les présentations des intervenants sont disponibles dans l'espace adhérents.

Crédit photo : PEA / Studio Arverne

Partager : Facebook | LinkedIn | X | Courriel

À lire aussi
› Nouveau conseil d'administration du pôle
› Formation : les bases de la formulation des mélanges
› Appel à projets régional « Recyclage des élastomères »

Pôle Élastomères Auvergne – 8 rue de l'Industrie, 63000 Clermont-Ferrand
Mentions légales | Politique de confidentialité | Plan du site
"""
write(F, T)
gold(F,
 [P("Bertrand Chassaing","président","Pôle Élastomères Auvergne"),
  P("Hélène Voldoire","vice-présidente de la Région Auvergne-Rhône-Alpes déléguée à l'industrie","Région Auvergne-Rhône-Alpes"),
  P("Olivier Desgranges","directeur","Institut de Chimie de Clermont-Ferrand"),
  P("Camille Roussel-Faure","responsable RSE","Trelleborg Sealing Solutions"),
  P("Ignacio Herrera","directeur","Bizkaia Elastomer Network"),
  P("Nathalie Pouget","déléguée régionale","Agence de la transition écologique"),
  P("Karim Benali","fondateur","RecyGom"),
  P("Élodie Marchetti","déléguée générale","Pôle Élastomères Auvergne")],
 [O("Pôle Élastomères Auvergne","PEA"), O("Région Auvergne-Rhône-Alpes"), O("Clermont Auvergne Métropole"),
  O("Institut de Chimie de Clermont-Ferrand","ICCF"), O("Michelin"), O("Université Clermont Auvergne"),
  O("Trelleborg Sealing Solutions"), O("Bizkaia Elastomer Network"), O("Agence de la transition écologique","ADEME"),
  O("RecyGom"), O("Cooper Standard"), O("Joints Thiers Industrie"), O("Elasto'Loop"), O("SIGMA Clermont"),
  O("Studio Arverne")],
 [E("Rencontres Élastomères & Industrie 2035","2035-10-09","2035-10-10","Clermont-Ferrand","France"),
  E("visite du site de production de Cooper Standard","2035-10-10",None,"Riom","France"),
  E("visite du centre de recherche de Ladoux","2035-10-10",None,None,"France"),
  E("rendez-vous d'affaires","2035-10-10",None,"Clermont-Ferrand","France"),
  E("dîner de gala","2035-10-09",None,"Clermont-Ferrand","France"),
  E("Trophées de l'innovation 2035","2035-10-09",None,"Clermont-Ferrand","France"),
  E("atelier de restitution","2035-12-05",None,"Thiers","France"),
  E("Rencontres Élastomères & Industrie (huitième édition)","2036-10-14","2036-10-15","Clermont-Ferrand","France")],
 ["2035-10-22","2035-10-09/2035-10-10","2033","2036","2035-10-10","2038","2035-12-05","2036-10-14/2036-10-15"],
 ["La filière doit construire une plateforme régionale mutualisée de recyclage des élastomères d'ici 2038",
  "La traçabilité du caoutchouc naturel devient une exigence réglementaire et commerciale ; les PME ont besoin d'un accompagnement collectif",
  "Le manque de techniciens formés reste le premier frein au développement ; un nouveau titre professionnel doit être créé avec les lycées de la région",
  "La coopération avec les clusters européens, notamment en Espagne et en Allemagne, doit être renforcée par des projets communs",
  "Les entreprises demandent un guichet unique pour les aides à la décarbonation"], pub="2035-10-22")
