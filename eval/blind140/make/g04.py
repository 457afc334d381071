from h import *
F = 'g04_oyonnax_atelier_recyclage.html'
assert wd(2039,11,17)=='Thursday' and wd(2039,12,8)=='Thursday' and wd(2040,1,26)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Restitution de l'atelier « Plastiques recyclés » – Pôle Plasturgie Haut-Bugey</title></head>
<body>
<div id="rgpd">Ce site utilise des cookies pour mesurer l'audience. <a href="/confidentialite">En savoir plus</a> <button>Tout accepter</button> <button>Paramétrer</button></div>
<header><p>Pôle Plasturgie Haut-Bugey – le réseau des plasturgistes de l'Ain</p>
<nav><a href="/">Accueil</a> | <a href="/pole">Le pôle</a> | <a href="/adherents">Adhérents</a> | <a href="/projets">Projets</a> | <a href="/actualites">Actualités</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane">Accueil &gt; Actualités &gt; Économie circulaire</p>
<h1>Plastiques recyclés : ce qu'il faut retenir de l'atelier du 17 novembre</h1>
<p class="date">Publié le 29/11/2039 par Lucie Berthet-Moreau</p>

<p>Le jeudi 17 novembre 2039, une cinquantaine de dirigeants, responsables qualité et acheteurs se sont retrouvés à Oyonnax, dans les locaux du centre technique IPC, pour un atelier consacré à l'intégration de matières recyclées dans les pièces techniques. L'atelier était le troisième de la série « Les Jeudis de la circularité », lancée au printemps par le Pôle Plasturgie Haut-Bugey avec la Région Auvergne-Rhône-Alpes et l'ADEME.</p>

<p>Après le mot d'accueil de Jean-Baptiste Duraffourg, président du pôle et dirigeant de la société Moules Duraffourg SAS à Bellignat, Mme Naïma Belkacem, ingénieure matériaux au Centre Technique Industriel de la Plasturgie et des Composites (IPC), a présenté les résultats d'essais menés sur onze grades de polypropylène recyclé. Trois entreprises adhérentes ont ensuite témoigné : Plastivaloire (Bellignat), Injectal Bugey et la start-up Recyclo'Ain, fondée à Nantua en 2037.</p>

<h2>Le programme de la matinée</h2>
<ul>
<li>08h45 – Accueil café</li>
<li>09h15 – Ouverture, Jean-Baptiste Duraffourg</li>
<li>09h30 – Résultats des essais IPC, Naïma Belkacem</li>
<li>10h30 – Table ronde « Du déchet à la pièce automobile » animée par Thierry Vuaillat, journaliste au Progrès</li>
<li>11h45 – Travail en sous-groupes</li>
<li>12h45 – Restitution et déjeuner</li>
</ul>

<p>Pendant le travail en sous-groupes, les participants ont comparé les coûts réels d'une pièce en matière vierge et d'une pièce en matière recyclée, en tenant compte des rebuts, des réglages machine plus fréquents et des contrôles supplémentaires. Dans la plupart des cas étudiés, l'écart de prix se réduit à moins de cinq pour cent dès que la matière est triée sur place, ce qui a surpris plusieurs acheteurs présents.</p>

<h2>Les enseignements de l'atelier</h2>
<p>Les participants se sont accordés sur plusieurs constats, que l'équipe du pôle a synthétisés :</p>
<ul>
<li>La qualité des matières recyclées reste trop variable d'un lot à l'autre pour les pièces de sécurité</li>
<li>Les cahiers des charges des donneurs d'ordre n'autorisent pas encore les matières recyclées dans la plupart des pièces visibles</li>
<li>Un tri plus fin des déchets de production dans la vallée permettrait de réinjecter directement une partie des rebuts</li>
<li>Les petites entreprises manquent d'outils pour calculer l'empreinte carbone de leurs pièces</li>
</ul>

<h2>Nos recommandations</h2>
<p>À l'issue de la restitution, le bureau du pôle a retenu trois recommandations pour 2040 :</p>
<ol>
<li>Créer une bourse locale des rebuts de production entre adhérents, gérée par le pôle</li>
<li>Engager avec la filière automobile un dialogue sur l'évolution des cahiers des charges</li>
<li>Proposer un diagnostic carbone subventionné à vingt PME d'ici fin 2040</li>
</ol>

<p>« Nous avons dans la vallée tous les maillons de la chaîne, il nous manque la confiance entre eux », a résumé Sandrine Jacquemoud-Collet, déléguée générale du pôle.</p>

<h2>Prochains rendez-vous</h2>
<p>Le quatrième atelier de la série, sur l'écoconception des moules, aura lieu le 8 décembre 2039 à Bellignat. L'assemblée générale du pôle se tiendra le jeudi 26 janvier 2040 à Valexpo, Oyonnax. Les inscriptions pour le salon professionnel Plast'Innov, prévu du 13 au 15 mars 2040 à Lyon, sont ouvertes jusqu'au 15 février.</p>

<p>Les supports de présentation sont disponibles dans l'espace adhérents. <a href="/adherents/supports">Lire la suite</a></p>
<p>Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>
</main>
<footer><p>Pôle Plasturgie Haut-Bugey · 00 rue Anatole France, 01100 Oyonnax · 04 74 00 00 00</p>
<p>Avec le soutien de la Région Auvergne-Rhône-Alpes et de Haut-Bugey Agglomération · <a href="/mentions">Mentions légales</a></p></footer>
</body></html>
"""
write(F, T)
C="Pôle Plasturgie Haut-Bugey"
gold(F,
 [P("Lucie Berthet-Moreau",None,None),
  P("Jean-Baptiste Duraffourg","président",C),
  P("Naïma Belkacem","ingénieure matériaux","Centre Technique Industriel de la Plasturgie et des Composites"),
  P("Thierry Vuaillat","journaliste","Progrès"),
  P("Sandrine Jacquemoud-Collet","déléguée générale",C)],
 [O(C), O("Centre Technique Industriel de la Plasturgie et des Composites","IPC"), O("Région Auvergne-Rhône-Alpes"),
  O("ADEME"), O("Moules Duraffourg SAS"), O("Plastivaloire"), O("Injectal Bugey"), O("Recyclo'Ain"), O("Progrès"),
  O("Haut-Bugey Agglomération")],
 [E("atelier « Plastiques recyclés »","2039-11-17",None,"Oyonnax","France"),
  E("quatrième atelier de la série","2039-12-08",None,"Bellignat","France"),
  E("assemblée générale","2040-01-26",None,"Oyonnax","France"),
  E("Plast'Innov","2040-03-13","2040-03-15","Lyon","France")],
 ["2039-11-17","2039-11-29","2037","2040","2039-12-08","2040-01-26","2040-03-13/2040-03-15","2040-02-15"],
 [  "La qualité des matières recyclées reste trop variable d'un lot à l'autre pour les pièces de sécurité",
  "Les cahiers des charges des donneurs d'ordre n'autorisent pas encore les matières recyclées dans la plupart des pièces visibles",
  "Un tri plus fin des déchets de production dans la vallée permettrait de réinjecter directement une partie des rebuts",
  "Les petites entreprises manquent d'outils pour calculer l'empreinte carbone de leurs pièces",
"Créer une bourse locale des rebuts de production entre adhérents, gérée par le pôle",
  "Engager avec la filière automobile un dialogue sur l'évolution des cahiers des charges",
  "Proposer un diagnostic carbone subventionné à vingt PME d'ici fin 2040"],
 pub="2039-11-29")
