from h import *
F = 'g04_limoges_journee_info_appel.html'
assert wd(2037,10,6)=='Tuesday' and wd(2037,10,1)=='Thursday' and wd(2037,11,19)=='Thursday' and wd(2037,10,15)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Journée d'information – Appel « Céramiques pour l'énergie » | CERAMIL</title></head>
<body>
<div class="rgpd">Nous utilisons des cookies pour mesurer l'audience. <a href="#">Tout accepter</a> · <a href="#">Personnaliser</a> · <a href="#">Continuer sans accepter</a></div>
<header><p class="logo">CERAMIL – Cluster Céramique &amp; Matériaux du Limousin</p>
<ul class="menu"><li>Le cluster</li><li>Adhérents</li><li>Projets</li><li><b>Agenda</b></li><li>Actualités</li><li>Contact</li></ul></header>
<main>
<p class="fil">Accueil &gt; Agenda &gt; Journée d'information</p>
<p class="date-pub">Publié le 22 septembre 2037 par l'équipe CERAMIL · Mis à jour le 29 septembre 2037</p>
<h1>Journée d'information : appel à projets « Céramiques pour l'énergie »</h1>
<p class="chapo"><strong>Mardi 6 octobre 2037, de 9 h 30 à 12 h 30, à Limoges (Ester Technopole) et en ligne.</strong> Inscription obligatoire avant le jeudi 1er octobre 2037 à midi.</p>

<h2>Pourquoi cette matinée ?</h2>
<p>La Région Nouvelle-Aquitaine a ouvert le 15 septembre un appel à projets collaboratifs consacré aux céramiques techniques pour la production et le stockage d'énergie : électrolyseurs à oxyde solide, isolants pour batteries, composants pour le solaire à concentration. Les projets doivent associer au moins deux PME et un laboratoire. La date limite de dépôt est fixée au jeudi 19 novembre 2037 à 17 h.</p>
<p>CERAMIL organise, avec l'Agence de Développement et d'Innovation de Nouvelle-Aquitaine (ADI N-A) et l'Institut de Recherche sur les Céramiques (IRCER), une matinée pour présenter les règles de l'appel, les critères d'éligibilité et les erreurs fréquentes des dossiers précédents. Une séance de rencontres entre porteurs de projets suit la présentation.</p>

<h2>Programme</h2>
<table class="prog">
<tr><td>9 h 30</td><td>Accueil café</td></tr>
<tr><td>9 h 45</td><td>Mot d'accueil – Philippe Mazaud, président de CERAMIL</td></tr>
<tr><td>10 h 00</td><td>L'appel en détail : budget, taux d'aide, calendrier – Sandrine Couderc, chargée de mission innovation, Région Nouvelle-Aquitaine</td></tr>
<tr><td>10 h 40</td><td>Témoignage : le projet HYCERAM, lauréat 2035 – Dr Élodie Marcheix, IRCER, et Thomas Vergnaud, directeur général de Céradyne Saint-Junien SAS</td></tr>
<tr><td>11 h 10</td><td>Monter un consortium : conseils pratiques – Karim Benslimane, ADI N-A</td></tr>
<tr><td>11 h 30</td><td>Rendez-vous d'affaires de 15 minutes entre participants (sur inscription préalable)</td></tr>
<tr><td>12 h 30</td><td>Fin – buffet déjeunatoire sur place pour les participants présents</td></tr>
</table>

<h2>Informations pratiques</h2>
<ul>
<li><b>Lieu :</b> Ester Technopole, bâtiment Ester Center, salle Vienne, 1 avenue d'Ester, 87000 Limoges. Parking gratuit.</li>
<li><b>En ligne :</b> retransmission sur Teams ; le lien est envoyé la veille. Les rendez-vous d'affaires se tiennent uniquement sur place.</li>
<li><b>Inscription :</b> gratuite, avant le jeudi 1er octobre 2037, 12 h. Nombre de places en salle limité à 60.</li>
<li><b>Accessibilité :</b> salle accessible aux personnes à mobilité réduite.</li>
</ul>
<p><a class="btn" href="/agenda/journee-info-ceramiques-energie/inscription">Je m'inscris</a> · <a href="/docs/cahier-des-charges-2037.pdf">Cahier des charges (PDF, 620 Ko)</a> · <a href="/docs/faq.pdf">FAQ</a></p>

<h2>Et ensuite ?</h2>
<p>Une seconde séance, uniquement en ligne, aura lieu le jeudi 15 octobre de 14 h à 15 h 30 pour répondre aux questions reçues par écrit. Les supports de présentation seront publiés sur cette page dans la semaine qui suit la journée.</p>
<p>Rappel : la précédente édition de l'appel, en 2035, avait retenu 7 projets sur 23 déposés, pour un total d'aides de 4,2 millions d'euros.</p>

<div class="contact"><h3>Contact</h3>
<p>Manon Lachaud<br>Chargée de projets – animation de la filière<br>CERAMIL, 16 rue Atlantis, 87068 Limoges<br>05 55 00 00 00 · m.lachaud@ceramil.example.fr</p></div>

<div class="partage">Partager : <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Copier le lien</a></div>

<aside><h3>À venir dans l'agenda</h3>
<ul><li>20 octobre 2037 – Atelier « Décarbonation des fours », Saint-Yrieix-la-Perche</li>
<li>4–5 novembre 2037 – Stand collectif au salon Ceramics France, Paris</li>
<li>10 décembre 2037 – Assemblée générale de CERAMIL, Limoges</li></ul></aside>
</main>
<footer><p>CERAMIL est soutenu par la Région Nouvelle-Aquitaine et Limoges Métropole. Mentions légales · Plan du site · Politique de confidentialité</p>
<p>© 2037 CERAMIL</p></footer>
</body></html>
"""
write(F, T)
C="Cluster Céramique & Matériaux du Limousin"; R="Région Nouvelle-Aquitaine"
gold(F,
 [P("Philippe Mazaud","président","CERAMIL"),
  P("Sandrine Couderc","chargée de mission innovation",R),
  P("Élodie Marcheix",None,"IRCER"),
  P("Thomas Vergnaud","directeur général","Céradyne Saint-Junien SAS"),
  P("Karim Benslimane",None,"ADI N-A"),
  P("Manon Lachaud","Chargée de projets – animation de la filière","CERAMIL")],
 [O(C,"CERAMIL"), O(R), O("Agence de Développement et d'Innovation de Nouvelle-Aquitaine","ADI N-A"),
  O("Institut de Recherche sur les Céramiques","IRCER"), O("Céradyne Saint-Junien SAS"), O("Limoges Métropole")],
 [E("Journée d'information : appel à projets « Céramiques pour l'énergie »","2037-10-06",None,"Limoges","France"),
  E("Rendez-vous d'affaires","2037-10-06",None,"Limoges","France"),
  E("seconde séance","2037-10-15"),
  E("Atelier « Décarbonation des fours »","2037-10-20",None,"Saint-Yrieix-la-Perche","France"),
  E("Ceramics France","2037-11-04","2037-11-05","Paris","France"),
  E("Assemblée générale de CERAMIL","2037-12-10",None,"Limoges","France")],
 ["2037-09-22","2037-09-29","2037-10-06","2037-10-01","2037-09-15","2037-11-19","2035","2037-10-15","2037-10-20",
  "2037-11-04/2037-11-05","2037-12-10"],
 [], "2037-09-22")
