from h import *
F = 'g06_boisardenne_actualites.html'
assert wd(2039,9,22)=='Thursday' and wd(2039,9,23)=='Friday' and wd(2039,12,8)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Actualités – Cluster Bois Champagne-Ardenne</title></head>
<body>
<div id="rgpd">Ce site utilise des cookies pour mesurer l'audience. <a href="/confidentialite">En savoir plus</a> <button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button></div>
<header><p class="logo">Cluster Bois Champagne-Ardenne – L'interprofession de la filière forêt-bois</p>
<nav><a href="/">Accueil</a> | <a href="/cluster">Le cluster</a> | <a href="/adherents">Nos adhérents</a> | <a href="/projets-europeens">Projets européens</a> | <a href="/actualites">Actualités</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane">Accueil › Projets européens › BOIS-ARDENNE › Actualités</p>

<article>
<h1>BOIS-ARDENNE : les partenaires réunis à Charleville-Mézières à mi-parcours</h1>
<p class="date">Publié le 29 septembre 2039 · Rubrique : Projets européens · Lecture : 4 min</p>

<p>Les huit partenaires français, wallons et flamands du projet BOIS-ARDENNE, cofinancé par le programme Interreg France-Wallonie-Vlaanderen, se sont retrouvés les jeudi 22 et vendredi 23 septembre 2039 à Charleville-Mézières pour leur réunion des partenaires de mi-parcours. Accueillie par la Communauté d'agglomération Ardenne Métropole dans les locaux de la pépinière d'entreprises Rimbaud Tech, la rencontre a permis de faire le point sur les actions menées depuis le lancement du projet en avril 2037.</p>

<p>Le projet vise à faire travailler ensemble les entreprises de la construction bois des deux côtés de la frontière, de la scierie au charpentier. Il est porté par le Cluster Bois Champagne-Ardenne, chef de file, avec les partenaires suivants :</p>
<ul>
<li>Fibois Grand Est (Épinal)</li>
<li>Chambre de Commerce et d'Industrie des Ardennes</li>
<li>Université de Reims Champagne-Ardenne (URCA), laboratoire GRESPI</li>
<li>Office économique wallon du bois (OEWB), Marche-en-Famenne</li>
<li>Hout Info Bois asbl, Bruxelles</li>
<li>Bois &amp; Habitat asbl, Namur</li>
<li>Houtblok West-Vlaanderen vzw, Kortrijk</li>
</ul>

<p>La première journée a été ouverte par Madame Hélène Dufresne-Aubry, vice-présidente chargée du développement économique d'Ardenne Métropole. « Nos forêts sont communes, nos entreprises doivent l'être aussi », a-t-elle déclaré. Le chef de projet, Baptiste Leroux-Maréchal, a ensuite présenté l'état d'avancement : 37 entreprises accompagnées, deux prototypes de modules à ossature bois réalisés et un catalogue commun de produits en chêne et en hêtre locaux.</p>

<p>L'après-midi était consacré à une visite du chantier de la future médiathèque de Sedan, construite en bois local, en compagnie de l'architecte Romain Gaillot. Les entreprises ardennaises qui ont fourni la charpente ont expliqué les difficultés rencontrées pour faire certifier le hêtre en usage structurel, un sujet sur lequel le projet prépare une note commune à destination des bureaux de contrôle. Le soir, un dîner des partenaires s'est tenu à la Maison des Ardennes.</p>

<p>Le vendredi matin, le comité de pilotage a validé la prolongation de six mois du volet formation et une réaffectation budgétaire de 45 000 euros vers les essais au feu conduits par l'URCA. Maxime Van Hove, responsable du projet pour Houtblok West-Vlaanderen vzw, a présenté les résultats de l'enquête menée auprès de 212 entreprises flamandes et wallonnes.</p>

<h2>Recommandations issues de l'évaluation à mi-parcours</h2>
<p>Le cabinet d'évaluation Territoires &amp; Stratégies SARL, mandaté par le chef de file, a présenté ses recommandations :</p>
<ol>
<li>Concentrer les actions de la deuxième moitié du projet sur les entreprises de moins de vingt salariés</li>
<li>Traduire systématiquement les fiches techniques en néerlandais pour toucher les entreprises flamandes</li>
<li>Associer les maîtres d'ouvrage publics dès la conception des prototypes</li>
<li>Préparer dès 2040 la pérennisation du catalogue commun après la fin du financement</li>
</ol>

<h2>Prochains rendez-vous</h2>
<p>Les entreprises intéressées sont invitées aux Rencontres transfrontalières de la construction bois, qui auront lieu le jeudi 8 décembre 2039 à Marche-en-Famenne. Le séminaire de clôture du projet est prévu à Reims en mars 2041. Les éditions précédentes des Rencontres se sont tenues à Kortrijk (2037) et à Reims (2038).</p>
<p>Contact : Baptiste Leroux-Maréchal, chef de projet BOIS-ARDENNE, Cluster Bois Champagne-Ardenne, Reims – b.leroux@clusterbois.example.fr</p>
<p><a href="/actualites">← Retour aux actualités</a> · Partager : <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Courriel</a></p>
</article>
</main>
<footer><p>Avec le soutien du Fonds européen de développement régional. Cluster Bois Champagne-Ardenne, 2 esplanade Roland Garros, 51100 Reims.</p>
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/plan">Plan du site</a> · © 2039</p></footer>
</body></html>
"""
write(F, T)
C="Cluster Bois Champagne-Ardenne"
gold(F,
 [P("Hélène Dufresne-Aubry","vice-présidente chargée du développement économique","Ardenne Métropole"),
  P("Baptiste Leroux-Maréchal","chef de projet",C),
  P("Romain Gaillot","architecte",None),
  P("Maxime Van Hove","responsable du projet","Houtblok West-Vlaanderen vzw")],
 [O(C), O("Communauté d'agglomération Ardenne Métropole"), O("Rimbaud Tech"), O("Fibois Grand Est"),
  O("Chambre de Commerce et d'Industrie des Ardennes"), O("Université de Reims Champagne-Ardenne","URCA"),
  O("GRESPI"), O("Office économique wallon du bois","OEWB"), O("Hout Info Bois asbl"), O("Bois & Habitat asbl"),
  O("Houtblok West-Vlaanderen vzw"), O("Territoires & Stratégies SARL")],
 [E("réunion des partenaires de mi-parcours","2039-09-22","2039-09-23","Charleville-Mézières","France"),
  E("visite du chantier de la future médiathèque de Sedan","2039-09-22",None,"Sedan","France"),
  E("dîner des partenaires","2039-09-22",None,None,None),
  E("comité de pilotage","2039-09-23",None,"Charleville-Mézières","France"),
  E("Rencontres transfrontalières de la construction bois","2039-12-08",None,"Marche-en-Famenne","Belgium"),
  E("séminaire de clôture","2041-03",None,"Reims","France"),
  E("Rencontres transfrontalières de la construction bois","2037",None,"Kortrijk","Belgium"),
  E("Rencontres transfrontalières de la construction bois","2038",None,"Reims","France")],
 ["2039-09-29","2039-09-22/2039-09-23","2037-04","2040","2039-12-08","2041-03","2037","2038"],
 ["Concentrer les actions de la deuxième moitié du projet sur les entreprises de moins de vingt salariés",
  "Traduire systématiquement les fiches techniques en néerlandais pour toucher les entreprises flamandes",
  "Associer les maîtres d'ouvrage publics dès la conception des prototypes",
  "Préparer dès 2040 la pérennisation du catalogue commun après la fin du financement"],
 pub="2039-09-29")
