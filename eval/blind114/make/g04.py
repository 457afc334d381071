from h import *
F = 'g04_vosges_cluster_bois_ag.html'
assert wd(2036,6,12)=='Thursday' and wd(2036,9,15)=='Monday' and wd(2036,7,3)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Assemblée générale 2036 : un nouveau conseil d'administration | Vosges Bois Innovation</title></head>
<body>
<div id="rgpd">Ce site utilise des cookies pour mesurer l'audience. <a href="/cookies">En savoir plus</a> <button>Tout accepter</button> <button>Tout refuser</button></div>
<header><p>VOSGES BOIS INNOVATION – le cluster de la filière forêt-bois des Vosges</p>
<nav><a href="/">Accueil</a> · <a href="/cluster">Le cluster</a> · <a href="/adherents">Adhérents</a> · <a href="/actualites">Actualités</a> · <a href="/agenda">Agenda</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane">Accueil / Actualités / Vie du cluster</p>
<h1>Assemblée générale 2036 : Claire Hennequin-Vautrin succède à Bernard Thiéry</h1>
<p class="date">Publié le 16 juin 2036 · Catégorie : Vie du cluster · Temps de lecture : 4 min</p>

<p>L'assemblée générale ordinaire de l'association Vosges Bois Innovation (VBI) s'est tenue le jeudi 12 juin 2036 à Épinal, à l'ENSTIB, l'École nationale supérieure des technologies et industries du bois. Quatre-vingt-sept adhérents étaient présents ou représentés sur 131, ce qui a permis d'atteindre le quorum dès l'ouverture de la séance.</p>

<p>Après l'approbation du rapport moral et du rapport financier 2035, présentés respectivement par le président sortant Bernard Thiéry et par le trésorier Luc Demangeon, les adhérents ont élu un nouveau conseil d'administration de quinze membres, réparti en trois collèges, pour un mandat de trois ans (2036-2039).</p>

<h2>Les trois collèges du conseil</h2>
<p><strong>Collège « Entreprises »</strong> (9 sièges) : Scierie Hennequin SAS, Menuiserie Perrin &amp; Fils, Vosges Charpente Construction, Papeterie de Golbey (Norske Skog Golbey), Parisot Meubles, Lorraine Pellets SARL, Bois Déco Gérardmer, Atelier Kœnig Agencement, Groupe Poirot.</p>
<p><strong>Collège « Recherche et formation »</strong> (3 sièges) : ENSTIB, Lycée des métiers du bois de Mouchard, Université de Lorraine (laboratoire LERMAB).</p>
<p><strong>Collège « Territoires et partenaires »</strong> (3 sièges) : Communauté d'agglomération d'Épinal, Chambre de commerce et d'industrie des Vosges, Fibois Grand Est.</p>

<h2>Le nouveau bureau</h2>
<p>Réuni à l'issue de l'assemblée, le conseil d'administration a désigné son bureau :</p>
<ul>
<li>Présidente : Claire Hennequin-Vautrin (Scierie Hennequin SAS)</li>
<li>Vice-président en charge de l'innovation : Pr Étienne Collardey, directeur de l'ENSTIB</li>
<li>Vice-présidente en charge de l'emploi et des compétences : Nadia Benali (Parisot Meubles)</li>
<li>Trésorier : Luc Demangeon (Lorraine Pellets SARL), reconduit</li>
<li>Secrétaire : Jean-Baptiste de La Motte (Atelier Kœnig Agencement)</li>
</ul>

<p>Claire Hennequin-Vautrin, 44 ans, dirige depuis 2029 la scierie familiale de Rambervillers, qui emploie 62 salariés. Ingénieure diplômée de l'ENSTIB, elle a travaillé auparavant cinq ans chez un fabricant de maisons à ossature bois en Bavière. « Notre filière a les arbres, les savoir-faire et les marchés. Ce qui nous manque, ce sont des bras et des jeunes. Ce sera ma priorité », a-t-elle déclaré devant les adhérents.</p>

<p>Bernard Thiéry, président de 2027 à 2036, reste administrateur au titre de la Menuiserie Perrin &amp; Fils. Sous ses deux mandats, le cluster est passé de 48 à 131 adhérents et a obtenu le label « Cluster Grand Est » de la Région Grand Est.</p>

<h2>Résolutions adoptées pour 2036-2037</h2>
<p>Sur proposition du conseil sortant, l'assemblée a adopté à l'unanimité les résolutions suivantes :</p>
<ol>
<li>Créer avec les lycées professionnels et l'ENSTIB un « campus des métiers du bois » itinérant dans les vallées vosgiennes</li>
<li>Porter un projet collectif de séchage et de classement du bois feuillu pour la construction</li>
<li>Renforcer les liens avec les clusters bois du Bade-Wurtemberg et de Suisse romande</li>
</ol>

<h2>L'équipe permanente</h2>
<p>L'équipe d'animation reste composée de Mathieu Grandclaude, délégué général, de Sophie Marchal, chargée de mission innovation, et d'Inès Haddad, chargée de communication. Un poste de chargé(e) de projets emploi-formation sera ouvert en septembre 2036.</p>

<h2>À noter dans vos agendas</h2>
<ul>
<li>Jeudi 3 juillet 2036 : visite de la chaufferie bois de Saint-Dié-des-Vosges, réservée aux adhérents</li>
<li>Lundi 15 septembre 2036 : 12e Rencontres du bois vosgien, Gérardmer</li>
<li>Du 14 au 17 octobre 2036 : mission collective au salon Holz à Bâle (Suisse)</li>
</ul>
<p><a href="/actualites">← Retour aux actualités</a> · Partager : <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Courriel</a></p>
</main>
<footer><p>Vosges Bois Innovation – association loi 1901 · 9 rue de la Scierie, 88000 Épinal · contact@vbi.example.fr</p>
<p>Avec le soutien de la Région Grand Est et du Conseil départemental des Vosges · <a href="/mentions">Mentions légales</a></p></footer>
</body></html>
"""
write(F, T)
V="Vosges Bois Innovation"
gold(F,
 [P("Claire Hennequin-Vautrin","Présidente",V),
  P("Bernard Thiéry","président",V),
  P("Luc Demangeon","Trésorier",V),
  P("Étienne Collardey","Vice-président en charge de l'innovation",V),
  P("Nadia Benali","Vice-présidente en charge de l'emploi et des compétences",V),
  P("Jean-Baptiste de La Motte","Secrétaire",V),
  P("Mathieu Grandclaude","délégué général",V),
  P("Sophie Marchal","chargée de mission innovation",V),
  P("Inès Haddad","chargée de communication",V)],
 [O(V,"VBI"), O("École nationale supérieure des technologies et industries du bois","ENSTIB"),
  O("Scierie Hennequin SAS"), O("Menuiserie Perrin & Fils"), O("Vosges Charpente Construction"),
  O("Norske Skog Golbey"), O("Parisot Meubles"), O("Lorraine Pellets SARL"), O("Bois Déco Gérardmer"),
  O("Atelier Kœnig Agencement"), O("Groupe Poirot"), O("Lycée des métiers du bois de Mouchard"),
  O("Université de Lorraine"), O("LERMAB"), O("Communauté d'agglomération d'Épinal"),
  O("Chambre de commerce et d'industrie des Vosges"), O("Fibois Grand Est"), O("Région Grand Est"),
  O("Conseil départemental des Vosges")],
 [E("assemblée générale ordinaire","2036-06-12",None,"Épinal","France"),
  E("visite de la chaufferie bois de Saint-Dié-des-Vosges","2036-07-03",None,"Saint-Dié-des-Vosges","France"),
  E("12e Rencontres du bois vosgien","2036-09-15",None,"Gérardmer","France"),
  E("mission collective au salon Holz","2036-10-14","2036-10-17","Bâle","Switzerland")],
 ["2036-06-16","2036-06-12","2035","2036/2039","2029","2027/2036","2036/2037","2036-09","2036-07-03","2036-09-15","2036-10-14/2036-10-17"],
 ["Créer avec les lycées professionnels et l'ENSTIB un « campus des métiers du bois » itinérant dans les vallées vosgiennes",
  "Porter un projet collectif de séchage et de classement du bois feuillu pour la construction",
  "Renforcer les liens avec les clusters bois du Bade-Wurtemberg et de Suisse romande"],
 pub="2036-06-16")
