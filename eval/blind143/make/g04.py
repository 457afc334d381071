from h import *
F = 'g04_hautjura_rencontres_optiques.html'
assert wd(2041,10,10)=='Thursday' and wd(2041,10,11)=='Friday' and wd(2041,9,13)=='Friday' and wd(2040,10,4)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Les Rencontres Optiques du Haut-Jura – Pôle Lunetier du Haut-Jura</title></head>
<body>
<div id="tarteaucitron">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Personnaliser</a> <button>Tout accepter</button> <button>Tout refuser</button></div>
<header><p class="logo">Pôle Lunetier du Haut-Jura</p>
<nav><a href="/">Accueil</a> | <a href="/le-pole">Le pôle</a> | <a href="/adherents">Nos adhérents</a> | <a href="/projets">Projets</a> | <a href="/agenda">Agenda</a> | <a href="/actualites">Actualités</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="fil">Accueil › Agenda › Les Rencontres Optiques du Haut-Jura</p>
<h1>Les Rencontres Optiques du Haut-Jura</h1>
<p class="chapo">Depuis 2035, le Pôle Lunetier du Haut-Jura réunit chaque automne fabricants, sous-traitants, designers et distributeurs de la filière optique autour de deux journées d'échanges, d'ateliers et de rendez-vous d'affaires.</p>

<h2>7e édition – jeudi 10 et vendredi 11 octobre 2041, Morez</h2>
<p>Lieu : Espace Lamartine, Morez (Jura). Inscription en ligne jusqu'au vendredi 13 septembre 2041. Tarif adhérent : 90 € HT ; non-adhérent : 180 € HT.</p>
<p>Thème de l'année : « Relocaliser la monture : matériaux biosourcés et petites séries ».</p>
<p>Pourquoi participer ? Les Rencontres sont le seul rendez-vous qui rassemble toute la chaîne de valeur de la lunette française, de la fonderie de charnières au distributeur indépendant. Les rendez-vous d'affaires sont organisés à partir des profils déposés sur la plateforme d'inscription ; chaque participant reçoit son planning personnalisé la semaine précédant l'événement. Des navettes gratuites relient la gare de Morez au lieu des Rencontres.</p>
<h3>Programme (extraits)</h3>
<ul>
<li><strong>Jeudi 10 octobre, 9h30</strong> – Ouverture par Mme Séverine Lamy-Duchêne, présidente du Pôle Lunetier du Haut-Jura, et M. Bastien Girod, vice-président chargé de l'économie de la Région Bourgogne-Franche-Comté</li>
<li><strong>10h15</strong> – Conférence de Mme Liesbeth Van der Auwera, directrice de l'innovation chez Vlaams Optisch Centrum (Anvers) : « L'acétate sans solvant, où en est-on ? »</li>
<li><strong>11h30</strong> – Table ronde « Les petites séries sont-elles rentables ? », animée par Jean-Philippe Cattin, journaliste à L'Opticien Lunetier</li>
<li><strong>14h00–17h30</strong> – Rendez-vous d'affaires (20 minutes, planifiés à l'avance)</li>
<li><strong>19h30</strong> – Dîner de la filière au Musée de la Lunette, Morez</li>
<li><strong>Vendredi 11 octobre, 8h30</strong> – Visites d'entreprises à Morez et Saint-Claude (trois parcours au choix)</li>
<li><strong>12h00</strong> – Clôture et déjeuner</li>
</ul>
<p>Partenaires : Agence Économique Régionale de Bourgogne-Franche-Comté (AER BFC), Chambre de Commerce et d'Industrie du Jura, Lycée Victor Bérard de Morez, Communauté de communes Haut-Jura Arcade.</p>

<h2>Ce qu'il faut retenir de l'édition 2040</h2>
<p>La 6e édition s'est tenue les 4 et 5 octobre 2040 à Saint-Claude, avec 212 participants et 318 rendez-vous d'affaires. Les ateliers ont conduit aux conclusions suivantes :</p>
<ul>
<li>la filière manque de soudeurs et de polisseurs qualifiés, et les formations doivent être ouvertes aux adultes en reconversion</li>
<li>les clients européens acceptent un surcoût de 10 à 15 % pour une monture fabriquée dans le Jura, à condition que l'origine soit certifiée</li>
<li>les sous-traitants doivent mutualiser leurs achats de matières premières pour peser face aux fournisseurs asiatiques</li>
</ul>

<h2>Les éditions précédentes</h2>
<table>
<tr><th>Édition</th><th>Dates</th><th>Lieu</th><th>Thème</th></tr>
<tr><td>6e</td><td>4–5 octobre 2040</td><td>Saint-Claude</td><td>Compétences et transmission</td></tr>
<tr><td>5e</td><td>28–29 septembre 2039</td><td>Lons-le-Saunier</td><td>L'export vers l'Amérique du Nord</td></tr>
<tr><td>4e</td><td>7–8 octobre 2038</td><td>Morez</td><td>La lunette connectée</td></tr>
<tr><td>3e</td><td>1er octobre 2037</td><td>Saint-Claude</td><td>Économie circulaire</td></tr>
<tr><td>2e</td><td>9 octobre 2036</td><td>Morez</td><td>Marque et origine</td></tr>
<tr><td>1re</td><td>16 octobre 2035</td><td>Morez</td><td>Lancement</td></tr>
</table>
<p>Les actes des éditions 2037 à 2040 sont téléchargeables dans l'<a href="/ressources">espace ressources</a>.</p>

<h2>Contact</h2>
<p>Amandine Rousseau-Bel, chargée de mission événements · Pôle Lunetier du Haut-Jura, 8 rue de la République, 39400 Morez · 03 84 00 00 00 · <a href="mailto:rencontres@pole-lunetier.example.fr">rencontres@pole-lunetier.example.fr</a></p>
<p><a href="/agenda">← Retour à l'agenda</a> · Partager : <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Courriel</a></p>
</main>
<footer><p>Pôle Lunetier du Haut-Jura – association loi 1901 · Avec le soutien de la Région Bourgogne-Franche-Comté et de l'Union européenne (FEDER 2035–2041)</p>
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Politique de confidentialité</a> · © 2041</p></footer>
</body></html>
"""
write(F, T)
PL="Pôle Lunetier du Haut-Jura"
gold(F,
 [P("Séverine Lamy-Duchêne","présidente",PL),
  P("Bastien Girod","vice-président chargé de l'économie","Région Bourgogne-Franche-Comté"),
  P("Liesbeth Van der Auwera","directrice de l'innovation","Vlaams Optisch Centrum"),
  P("Jean-Philippe Cattin","journaliste","L'Opticien Lunetier"),
  P("Amandine Rousseau-Bel","chargée de mission événements",PL)],
 [O(PL), O("Région Bourgogne-Franche-Comté"), O("Vlaams Optisch Centrum"), O("L'Opticien Lunetier"),
  O("Agence Économique Régionale de Bourgogne-Franche-Comté","AER BFC"), O("Chambre de Commerce et d'Industrie du Jura"),
  O("Lycée Victor Bérard"), O("Communauté de communes Haut-Jura Arcade"), O("Union européenne")],
 [E("Les Rencontres Optiques du Haut-Jura (7e édition)","2041-10-10","2041-10-11","Morez","France"),
  E("Rendez-vous d'affaires","2041-10-10",None,"Morez","France"),
  E("Dîner de la filière","2041-10-10",None,"Morez","France"),
  E("Visites d'entreprises","2041-10-11",None,"Morez, Saint-Claude","France"),
  E("Les Rencontres Optiques du Haut-Jura (6e édition)","2040-10-04","2040-10-05","Saint-Claude","France"),
  E("Les Rencontres Optiques du Haut-Jura (5e édition)","2039-09-28","2039-09-29","Lons-le-Saunier","France"),
  E("Les Rencontres Optiques du Haut-Jura (4e édition)","2038-10-07","2038-10-08","Morez","France"),
  E("Les Rencontres Optiques du Haut-Jura (3e édition)","2037-10-01",None,"Saint-Claude","France"),
  E("Les Rencontres Optiques du Haut-Jura (2e édition)","2036-10-09",None,"Morez","France"),
  E("Les Rencontres Optiques du Haut-Jura (1re édition)","2035-10-16",None,"Morez","France")],
 ["2035","2041-10-10/2041-10-11","2041-09-13","2041-10-10","2041-10-11","2040-10-04/2040-10-05","2039-09-28/2039-09-29",
  "2038-10-07/2038-10-08","2037-10-01","2036-10-09","2035-10-16","2037/2040","2035/2041"],
 ["la filière manque de soudeurs et de polisseurs qualifiés, et les formations doivent être ouvertes aux adultes en reconversion",
  "les clients européens acceptent un surcoût de 10 à 15 % pour une monture fabriquée dans le Jura, à condition que l'origine soit certifiée",
  "les sous-traitants doivent mutualiser leurs achats de matières premières pour peser face aux fournisseurs asiatiques"])
