from h import *
F = 'g11_vannes_rencontres_nautisme_compte_rendu.html'
assert wd(2040,6,5)=='Tuesday' and wd(2040,10,9)=='Tuesday' and wd(2040,6,4)=='Monday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Compte rendu – Rencontres Golfe Nautisme 2040 | Golfe Nautisme Innovation</title></head>
<body>
<div class="rgpd">Ce site utilise des cookies pour mesurer l'audience. <a href="/confidentialite">En savoir plus</a> <button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button></div>
<header><p class="logo">Golfe Nautisme Innovation – le cluster des industries nautiques du Morbihan</p>
<nav><a href="/">Accueil</a> | <a href="/le-cluster">Le cluster</a> | <a href="/adherents">Adhérents</a> | <a href="/actualites">Actualités</a> | <a href="/agenda">Agenda</a> | <a href="/emploi">Emploi</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="fil">Accueil &gt; Actualités &gt; Compte rendu</p>
<h1>Rencontres Golfe Nautisme 2040 : le nautisme morbihannais mise sur la réparation et le recyclage</h1>
<p class="meta">Publié le 14 juin 2040 par Maëlle Le Gouguec · Catégorie : Événements</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>

<p>Les cinquièmes Rencontres Golfe Nautisme se sont tenues le mardi 5 juin 2040 au Palais des Arts et des Congrès de Vannes. Près de 210 chefs d'entreprise, chercheurs et élus ont répondu à l'invitation du cluster Golfe Nautisme Innovation (GNI), co-organisateur de la journée avec la Chambre de commerce et d'industrie du Morbihan et Golfe du Morbihan – Vannes agglomération. La veille, le lundi 4 juin, une visite du chantier de déconstruction de bateaux de Séné avait réuni une trentaine de participants. Les participants y ont découvert comment les coques en polyester sont découpées, triées et broyées avant d'être envoyées vers une cimenterie.</p>

<p>En ouverture, Yann-Erwan Kerhervé, président du cluster et dirigeant du chantier Kerhervé Composites, a rappelé que le département compte plus de 600 entreprises nautiques, mais que la moitié des bateaux de plaisance du golfe ont plus de trente ans. Mme Gwenola Le Texier, vice-présidente de la Région Bretagne chargée de l'économie maritime, a présenté la feuille de route régionale « Bretagne nautisme durable 2040-2045 ».</p>

<h2>Au programme</h2>
<ul>
<li>9 h 30 – Ouverture officielle</li>
<li>10 h 00 – Conférence « Un bateau sur deux a plus de trente ans : que faire de la flotte ? », par Dr Armelle Cadoret, Université Bretagne Sud (UBS)</li>
<li>11 h 15 – Table ronde : la réparation, un métier d'avenir ?</li>
<li>12 h 30 – Déjeuner et rendez-vous d'affaires</li>
<li>14 h 00 – Ateliers : matériaux biosourcés ; électrification ; formation</li>
<li>17 h 00 – Remise des Trophées de l'innovation nautique</li>
</ul>

<p>Les Trophées ont récompensé la jeune entreprise Ostréa Marine de Locmariaquer pour une coque en fibre de lin, et l'atelier d'insertion Les Voiles de l'Isle d'Arz pour son programme de reconditionnement de voiliers. Le jury était présidé par Jean-Baptiste Guillouzic, directeur de l'agence de développement économique Bretagne Sud Développement.</p>

<h2>Ce qu'il faut retenir</h2>
<ul>
<li>La réparation et le reconditionnement des bateaux existants créeront plus d'emplois dans le Morbihan que la construction neuve d'ici 2045</li>
<li>La filière de déconstruction doit être organisée à l'échelle de la Bretagne, avec un point de collecte par bassin de navigation</li>
<li>Les entreprises manquent de stratifieurs et de mécaniciens ; le lycée professionnel et les chantiers doivent construire des parcours communs</li>
<li>Les projets d'électrification ont besoin de bancs d'essai partagés plutôt que d'équipements dans chaque entreprise</li>
</ul>

<h2>Les éditions précédentes</h2>
<p>2032 – Vannes, 13 juin<br>
2034 – Arradon, 6 juin<br>
2036 – Auray, 10 juin<br>
2038 – Vannes, 12 juin</p>

<h2>Et après ?</h2>
<p>Le conseil d'administration du cluster se réunira le mardi 9 octobre 2040 pour décider de la création d'un groupe de travail « déconstruction ». Contact : Maëlle Le Gouguec, chargée de mission communication, m.legouguec@gni.example.fr</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>
</main>
<footer><p>Golfe Nautisme Innovation · Parc du Golfe, 56000 Vannes · Avec le soutien de la Région Bretagne et de l'Union européenne</p>
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Politique de confidentialité</a> · <a href="/plan">Plan du site</a></p></footer>
</body></html>
"""
write(F, T)
G = "Golfe Nautisme Innovation"
gold(F,
 [P("Maëlle Le Gouguec","chargée de mission communication",G),
  P("Yann-Erwan Kerhervé","président",G),
  P("Gwenola Le Texier","vice-présidente de la Région Bretagne chargée de l'économie maritime","Région Bretagne"),
  P("Armelle Cadoret",None,"Université Bretagne Sud"),
  P("Jean-Baptiste Guillouzic","directeur","Bretagne Sud Développement")],
 [O(G,"GNI"), O("Chambre de commerce et d'industrie du Morbihan"), O("Golfe du Morbihan – Vannes agglomération"),
  O("Kerhervé Composites"), O("Région Bretagne"), O("Université Bretagne Sud","UBS"), O("Ostréa Marine"),
  O("Les Voiles de l'Isle d'Arz"), O("Bretagne Sud Développement"), O("Union européenne")],
 [E("Rencontres Golfe Nautisme 2040","2040-06-05",None,"Vannes","France"),
  E("visite du chantier de déconstruction de bateaux de Séné","2040-06-04",None,"Séné","France"),
  E("Un bateau sur deux a plus de trente ans : que faire de la flotte ?","2040-06-05",None,"Vannes","France"),
  E("Ateliers","2040-06-05",None,"Vannes","France"),
  E("Remise des Trophées de l'innovation nautique","2040-06-05",None,"Vannes","France"),
  E("Rencontres Golfe Nautisme","2032-06-13",None,"Vannes","France"),
  E("Rencontres Golfe Nautisme","2034-06-06",None,"Arradon","France"),
  E("Rencontres Golfe Nautisme","2036-06-10",None,"Auray","France"),
  E("Rencontres Golfe Nautisme","2038-06-12",None,"Vannes","France"),
  E("conseil d'administration","2040-10-09",None,None,None)],
 ["2040-06-14","2040-06-05","2040-06-04","2040/2045","2045","2032-06-13","2034-06-06","2036-06-10","2038-06-12","2040-10-09"],
 ["La réparation et le reconditionnement des bateaux existants créeront plus d'emplois dans le Morbihan que la construction neuve d'ici 2045",
  "La filière de déconstruction doit être organisée à l'échelle de la Bretagne, avec un point de collecte par bassin de navigation",
  "Les entreprises manquent de stratifieurs et de mécaniciens ; le lycée professionnel et les chantiers doivent construire des parcours communs",
  "Les projets d'électrification ont besoin de bancs d'essai partagés plutôt que d'équipements dans chaque entreprise"],
 pub="2040-06-14")
