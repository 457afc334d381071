from h import *
F = 'g01_angers_vegepolys_agenda.html'
assert wd(2038,3,10)=='Wednesday' and wd(2038,3,24)=='Wednesday' and wd(2038,4,7)=='Wednesday' and wd(2038,4,8)=='Thursday' and wd(2038,5,18)=='Tuesday' and wd(2038,6,15)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Agenda | Pôle Végétal Anjou-Loire</title></head>
<body>
<div class="rgpd">Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation. <button>Tout accepter</button> <button>Paramétrer</button> <a href="/mentions">En savoir plus</a></div>
<header><p class="logo">Pôle Végétal Anjou-Loire · pôle de compétitivité du végétal spécialisé</p>
<nav><a href="/">Accueil</a> | <a href="/pole">Le pôle</a> | <a href="/adherents">Adhérents</a> | <a href="/projets">Projets</a> | <a href="/agenda">Agenda</a> | <a href="/actus">Actualités</a> | <a href="/contact">Contact</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="ariane">Accueil &gt; Agenda &gt; Printemps 2038</p>
<h1>Agenda des événements</h1>
<p>Retrouvez ci-dessous les rendez-vous du pôle et de ses partenaires pour le printemps 2038. Les inscriptions sont ouvertes aux adhérents et, sauf mention contraire, aux entreprises non adhérentes moyennant une participation aux frais.</p>
<p class="filtres">Filtrer : <a href="#">Tous</a> · <a href="#">Ateliers</a> · <a href="#">Webinaires</a> · <a href="#">International</a> · <a href="#">Vie du pôle</a></p>

<div class="event">
<p class="date">Mercredi 10 mars 2038 · 11h00–12h00 · En ligne</p>
<h2>Webinaire « Biocontrôle : ce qui change en 2038 »</h2>
<p>Premier rendez-vous du cycle « Les midis du végétal ». Intervention de Laurence Moreau-Delaunay, chargée de mission réglementation au pôle, et de Thibault Garnier, responsable technique chez Semences de l'Authion SAS. Une heure pour faire le point sur les nouvelles autorisations de mise sur le marché et sur le calendrier d'instruction de l'ANSES.</p>
<p><a href="/agenda/midis-1">S'inscrire</a> · <a href="/agenda/midis-1">Lire la suite</a></p>
</div>

<div class="event">
<p class="date">Mercredi 24 mars 2038 · 9h00–17h00 · Angers, Campus du Végétal</p>
<h2>Atelier « Eau et irrigation en horticulture »</h2>
<p>Journée de travail co-organisée avec la Chambre d'agriculture des Pays de la Loire et l'Institut Agro Rennes-Angers. Le matin, trois retours d'expérience de pépiniéristes du Saumurois ; l'après-midi, ateliers en petits groupes sur le recyclage des eaux de drainage. Animation : Youssef El Amrani, chef de projet innovation.</p>
<p>Date limite d'inscription : vendredi 19 mars 2038. <a href="/agenda/eau">Lire la suite</a></p>
</div>

<div class="event">
<p class="date">Du mercredi 7 au jeudi 8 avril 2038 · Rotterdam (Pays-Bas)</p>
<h2>Mission collective au salon GreenTech Rotterdam</h2>
<p>Le pôle emmène une délégation de huit entreprises sur le pavillon régional, en partenariat avec Solutions&amp;co, l'agence de développement économique des Pays de la Loire, et Business France. Programme : le 7 avril, visite guidée du salon et rendez-vous d'affaires préorganisés ; le 8 avril à 8h30, petit-déjeuner d'affaires avec le cluster néerlandais Greenport West-Holland, puis visite de serres à Westland l'après-midi.</p>
<p>Places limitées, clôture des candidatures le 5 mars 2038. <a href="/agenda/greentech">Lire la suite</a></p>
</div>

<div class="event">
<p class="date">Mardi 18 mai 2038 · 14h00 · Angers, Hôtel de la Technopole</p>
<h2>Assemblée générale ordinaire 2038</h2>
<p>Réservée aux adhérents à jour de cotisation. Ordre du jour : rapport moral du président, Jean-Baptiste de La Villemarqué ; rapport financier présenté par la trésorière, Anne-Sophie Le Goff (Vilmorin Jardin) ; approbation des comptes 2037 ; renouvellement du tiers du conseil d'administration ; questions diverses. L'assemblée sera suivie à 17h30 d'un cocktail dans les jardins de la Technopole.</p>
<p>Les pouvoirs doivent parvenir au secrétariat avant le 11 mai 2038. <a href="/agenda/ag2038">Lire la suite</a></p>
</div>

<div class="event">
<p class="date">Mardi 15 juin 2038 · 9h30–16h00 · Nantes, Cité des Congrès</p>
<h2>Rencontres du végétal – 12e édition</h2>
<p>Le rendez-vous annuel de la filière. Au programme : plénière d'ouverture avec Mathilde Kerbrat, vice-présidente de la Région Pays de la Loire chargée de l'agriculture ; tables rondes sur les variétés résistantes et sur l'emploi saisonnier ; remise des Trophées de l'innovation végétale ; rendez-vous BtoB l'après-midi. La 11e édition, le 17 juin 2037 à Angers, avait réuni 420 participants.</p>
<p><a href="/agenda/rencontres">Programme détaillé</a> · <a href="/agenda/rencontres">S'inscrire</a></p>
</div>

<div class="event archive">
<p class="date">Événements passés</p>
<ul>
<li>25 février 2038 – Matinale « Financer son projet d'innovation » avec Bpifrance, Angers</li>
<li>3 février 2038 – Conseil d'administration du pôle, Angers</li>
<li>14–16 janvier 2038 – Salon du Végétal, Angers (stand collectif)</li>
</ul>
<p><a href="/agenda/archives">Voir toutes les archives</a></p>
</div>

<p class="partager">Partager : <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Courriel</a> · <a href="/agenda.ics">Ajouter à mon agenda (iCal)</a></p>
</main>
<footer><p>Pôle Végétal Anjou-Loire · 42 rue Georges Morel, 49070 Beaucouzé · contact@polevegetal.example.fr · 02 41 00 00 00</p>
<p>Avec le soutien de la Région Pays de la Loire et d'Angers Loire Métropole. <a href="/mentions">Mentions légales</a> · <a href="/rgpd">Données personnelles</a> · © 2038</p></footer>
</body></html>
"""
write(F, T)
PV="Pôle Végétal Anjou-Loire"
gold(F,
 [P("Laurence Moreau-Delaunay","chargée de mission réglementation",PV),
  P("Thibault Garnier","responsable technique","Semences de l'Authion SAS"),
  P("Youssef El Amrani","chef de projet innovation",None),
  P("Jean-Baptiste de La Villemarqué","président",PV),
  P("Anne-Sophie Le Goff","trésorière",PV),
  P("Mathilde Kerbrat","vice-présidente de la Région Pays de la Loire chargée de l'agriculture","Région Pays de la Loire")],
 [O(PV), O("Semences de l'Authion SAS"), O("ANSES"), O("Chambre d'agriculture des Pays de la Loire"),
  O("Institut Agro Rennes-Angers"), O("Solutions&co"), O("Business France"), O("Greenport West-Holland"),
  O("Vilmorin Jardin"), O("Région Pays de la Loire"), O("Bpifrance"), O("Angers Loire Métropole")],
 [E("Biocontrôle : ce qui change en 2038","2038-03-10"),
  E("Eau et irrigation en horticulture","2038-03-24",None,"Angers","France"),
  E("Mission collective au salon GreenTech Rotterdam","2038-04-07","2038-04-08","Rotterdam","Netherlands"),
  E("GreenTech Rotterdam","2038-04-07",None,"Rotterdam","Netherlands"),
  E("rendez-vous d'affaires préorganisés","2038-04-07",None,"Rotterdam","Netherlands"),
  E("petit-déjeuner d'affaires","2038-04-08",None,None,None),
  E("visite de serres","2038-04-08",None,"Westland","Netherlands"),
  E("Assemblée générale ordinaire 2038","2038-05-18",None,"Angers","France"),
  E("cocktail","2038-05-18",None,"Angers","France"),
  E("Rencontres du végétal – 12e édition","2038-06-15",None,"Nantes","France"),
  E("remise des Trophées de l'innovation végétale","2038-06-15",None,"Nantes","France"),
  E("rendez-vous BtoB","2038-06-15",None,"Nantes","France"),
  E("11e édition","2037-06-17",None,"Angers","France"),
  E("Matinale « Financer son projet d'innovation »","2038-02-25",None,"Angers","France"),
  E("Conseil d'administration du pôle","2038-02-03",None,"Angers","France"),
  E("Salon du Végétal","2038-01-14","2038-01-16","Angers","France")],
 ["2038","2038-03-10","2038-03-24","2038-03-19","2038-04-07/2038-04-08","2038-04-07","2038-04-08","2038-03-05",
  "2038-05-18","2037","2038-05-11","2038-06-15","2037-06-17","2038-02-25","2038-02-03","2038-01-14/2038-01-16"],
 [])
