import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g03.html'
t = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Mecanic Vallée Rouergue – Nominations</title></head>
<body>
<div class="cookie">Ce site utilise des cookies. <a href="#">Accepter</a> <a href="#">Personnaliser</a></div>
<nav><a href="/">Accueil</a> | <a href="/le-cluster">Le cluster</a> | <a href="/adherents">Adhérents</a> | <a href="/agenda">Agenda</a> | <a href="/actualites">Actualités</a> | <a href="/contact">Contact</a></nav>
<p class="crumbs">Accueil › Actualités › Vie du cluster</p>
<article>
<h1>Gouvernance : Hélène Bastide nommée directrice générale, Jean-Marc Vigouroux passe le relais</h1>
<p class="meta">Publié le 3 février 2035 · Catégorie : Vie du cluster · Lecture : 4 min</p>
<p>Le conseil d'administration de l'association Mecanic Vallée Rouergue, réuni le {day(2035,1,30,'fr')} 30 janvier 2035 à Rodez, a nommé Hélène Bastide au poste de directrice générale. Elle prendra ses fonctions le 1er mars 2035 et succède à Jean-Marc Vigouroux, directeur du cluster depuis 2024, qui fait valoir ses droits à la retraite.</p>
<p>Ingénieure diplômée de l'INSA Toulouse, Hélène Bastide, 44 ans, a passé douze ans chez Ratier-Figeac, d'abord comme responsable industrialisation puis comme directrice des achats du site de Figeac. Depuis 2031, elle dirigeait l'agence de développement économique Aveyron Expansion, où elle a piloté l'accueil d'une quinzaine d'entreprises sous-traitantes dans le bassin de Decazeville.</p>
<blockquote>« Le Rouergue a un savoir-faire rare en usinage de précision et en traitement de surface. Mon rôle sera d'aider nos 180 adhérents à trouver des marchés hors de l'aéronautique et à recruter, parce que c'est aujourd'hui le premier frein à leur croissance », explique la nouvelle directrice.</blockquote>
<h2>Onze ans à la tête du cluster</h2>
<p>Arrivé en 2024 alors que l'association comptait sept salariés, Jean-Marc Vigouroux laisse une équipe de quinze personnes et un réseau qui s'étend désormais sur l'Aveyron, le Lot et le Tarn. Sous sa direction, le cluster a lancé l'Académie de l'usinage avec le lycée La Roque et créé le salon d'affaires Rouergue Industries, dont la sixième édition a réuni 2 100 visiteurs à Onet-le-Château en octobre 2034.</p>
<p>Avant de rejoindre le cluster, cet ancien technicien de maintenance avait fait toute sa carrière dans les ateliers du département, de l'entretien des presses à la direction d'une PME de mécanique générale à Capdenac. Il a aussi présidé pendant quatre ans la commission industrie du conseil de développement du Grand Rodez. « Je pars avec un seul regret : ne pas avoir réussi à faire venir le train jusqu'à nos usines », plaisante-t-il. Il restera disponible pour accompagner la nouvelle équipe pendant la période de transition et continuera de siéger au jury des trophées de l'apprentissage.</p>
<p>Le président du cluster, Laurent Cayron (PDG de Cayron Mécanique SAS), a salué « un bâtisseur discret, qui a toujours préféré les ateliers aux tribunes ». Un pot de départ sera organisé en l'honneur de Jean-Marc Vigouroux le {day(2035,2,27,'fr')} 27 février 2035 à 18 h 30 à la Maison de l'Industrie, à Rodez ; les adhérents sont invités à s'inscrire avant le 20 février.</p>
<h2>Autres changements dans l'équipe</h2>
<ul>
<li>Camille Ricard, jusqu'ici chargée de mission emploi-compétences, devient directrice adjointe ;</li>
<li>Yannick Lacombe rejoint le cluster comme chargé d'affaires internationales, après cinq ans à la Chambre de commerce et d'industrie de l'Aveyron (CCI Aveyron) ;</li>
<li>Sophie Marty, responsable communication, part rejoindre la Région Occitanie / Pyrénées-Méditerranée à Toulouse. Merci Sophie !</li>
</ul>
<h2>Composition du bureau (mandat 2034–2037)</h2>
<table>
<tr><th>Fonction</th><th>Nom</th><th>Entreprise</th></tr>
<tr><td>Président</td><td>Laurent Cayron</td><td>Cayron Mécanique SAS</td></tr>
<tr><td>Vice-présidente</td><td>Agnès Fabre-Lagarrigue</td><td>Thermolaquage du Ségala SARL</td></tr>
<tr><td>Vice-président</td><td>Olivier Bouyssou</td><td>Bosch Rodez</td></tr>
<tr><td>Trésorier</td><td>Didier Galtier</td><td>Crédit Agricole Nord Midi-Pyrénées</td></tr>
<tr><td>Secrétaire</td><td>Marion Vernhet</td><td>IUT de Rodez</td></tr>
</table>
<h2>À l'agenda</h2>
<ul>
<li>{day(2035,3,12,'fr')} 12 mars 2035 – Petit-déjeuner adhérents « Décarboner son atelier », Villefranche-de-Rouergue, 8 h 30</li>
<li>2 et 3 avril 2035 – Mission collective au salon Global Industrie, Lyon</li>
<li>{day(2035,6,19,'fr')} 19 juin 2035 – Assemblée générale de Mecanic Vallée Rouergue, Millau</li>
</ul>
<p class="credit">Photo : Hélène Bastide © Mecanic Vallée Rouergue / P. Soulié</p>
</article>
<aside><h3>Contact presse</h3><p>Camille Ricard – 05 65 00 41 27 – c.ricard@mvr-cluster.fr</p></aside>
<div class="share">Partager : LinkedIn · Facebook · Imprimer</div>
<footer>Mecanic Vallée Rouergue – 4 avenue de Bourran, 12000 Rodez · Mentions légales · Plan du site<br>Avec le soutien de la Région Occitanie et de l'Union européenne (FEDER)</footer>
</body></html>
"""
write(F, t)
M = 'Mecanic Vallée Rouergue'
people = [P('Hélène Bastide', 'directrice générale', M), P('Jean-Marc Vigouroux', 'directeur du cluster', M),
 P('Laurent Cayron', 'Président', 'Mecanic Vallée Rouergue'), P('Camille Ricard', 'directrice adjointe', M),
 P('Yannick Lacombe', "chargé d'affaires internationales", M), P('Sophie Marty', 'responsable communication', M),
 P('Agnès Fabre-Lagarrigue', 'Vice-présidente', 'Mecanic Vallée Rouergue'), P('Olivier Bouyssou', 'Vice-président', 'Mecanic Vallée Rouergue'),
 P('Didier Galtier', 'Trésorier', 'Mecanic Vallée Rouergue'), P('Marion Vernhet', 'Secrétaire', 'Mecanic Vallée Rouergue'),
 P('P. Soulié', None, None)]
orgs = [O(M), O('INSA Toulouse'), O('Ratier-Figeac'), O('Aveyron Expansion'), O('conseil de développement du Grand Rodez'), O('lycée La Roque'),
 O('Cayron Mécanique SAS'), O("Chambre de commerce et d'industrie de l'Aveyron", 'CCI Aveyron'),
 O('Région Occitanie / Pyrénées-Méditerranée'), O('Thermolaquage du Ségala SARL'), O('Bosch Rodez'),
 O('Crédit Agricole Nord Midi-Pyrénées'), O('IUT de Rodez')]
events = [E("conseil d'administration", '2035-01-30', None, 'Rodez', 'France'),
 E('Rouergue Industries', '2034-10', None, 'Onet-le-Château', 'France'),
 E('pot de départ', '2035-02-27', None, 'Rodez', 'France'),
 E('Petit-déjeuner adhérents « Décarboner son atelier »', '2035-03-12', None, 'Villefranche-de-Rouergue', 'France'),
 E('Mission collective au salon Global Industrie', '2035-04-02', '2035-04-03', 'Lyon', 'France'),
 E('Assemblée générale de Mecanic Vallée Rouergue', '2035-06-19', None, 'Millau', 'France')]
dates = ['2035-02-03', '2035-01-30', '2035-03-01', '2024', '2031', '2034-10', '2035-02-27', '2035-02-20', '2034/2037',
 '2035-03-12', '2035-04-02/2035-04-03', '2035-06-19']
gold(F, people, orgs, events, dates, [], pub='2035-02-03')
