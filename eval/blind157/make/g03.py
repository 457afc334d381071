from h import *
F = 'g03_agriskills_libramont_reunion.html'
assert wd(2039,11,16)=='Wednesday' and wd(2039,11,17)=='Thursday' and wd(2039,11,18)=='Friday' and wd(2040,3,22)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr-BE"><head><meta charset="utf-8"><title>Actualités – AGRI-SKILLS ARDENNE | Erasmus+</title></head>
<body>
<div id="rgpd">Ce site utilise des cookies pour améliorer votre navigation et établir des statistiques de visite. <a href="/vie-privee">En savoir plus</a> <button>J'accepte</button> <button>Je refuse</button> <button>Personnaliser</button></div>
<header><p class="logo">AGRI-SKILLS ARDENNE – Centre d'excellence professionnelle agroalimentaire</p>
<nav><a href="/">Accueil</a> | <a href="/projet">Le projet</a> | <a href="/partenaires">Partenaires</a> | <a href="/actualites">Actualités</a> | <a href="/ressources">Ressources</a> | <a href="/contact">Contact</a> | <a href="/en">EN</a> | <a href="/de">DE</a></nav></header>
<main>
<p class="fil">Accueil » Actualités » Réunions transnationales</p>
<article>
<h1>Troisième réunion transnationale à Libramont : les partenaires d'AGRI-SKILLS ARDENNE au cœur de l'agriculture ardennaise</h1>
<p class="meta">Publié le 24 novembre 2039 par Chloé Mathieu · Réunions · Temps de lecture : 4 min</p>
<p>Du mercredi 16 au vendredi 18 novembre 2039, la Province de Luxembourg a accueilli la troisième réunion transnationale du projet AGRI-SKILLS ARDENNE, un Centre d'excellence professionnelle (CoVE) cofinancé par le programme Erasmus+. Vingt-six représentants des neuf partenaires venus de Belgique, de France, du Luxembourg, d'Autriche et de Roumanie se sont retrouvés à Libramont-Chevigny puis à Bastogne.</p>
<p>L'hôte de la réunion était l'Institut provincial d'enseignement agronomique de La Reid, qui dispose d'une antenne à Libramont, en collaboration avec le Pôle de compétitivité Wagralim et la Chambre de commerce et d'industrie du Luxembourg belge (CCILB).</p>
<h2>Les partenaires du projet</h2>
<p>Le consortium réunit les organisations suivantes :</p>
<ul>
<li>Institut provincial d'enseignement agronomique de La Reid (Belgique) – coordinateur</li>
<li>Pôle de compétitivité Wagralim (Belgique)</li>
<li>Chambre de commerce et d'industrie du Luxembourg belge, CCILB (Belgique)</li>
<li>Lycée agricole de Charleville-Mézières (France)</li>
<li>Lycée Technique Agricole, Gilsdorf (Luxembourg)</li>
<li>HBLFA Francisco Josephinum, Wieselburg (Autriche)</li>
<li>Universitatea de Științe Agricole și Medicină Veterinară Cluj-Napoca (Roumanie)</li>
<li>Clusterul Agro-Transilvania (Roumanie)</li>
<li>Fédération wallonne de l'agriculture (Belgique)</li>
</ul>
<h2>Trois journées bien remplies</h2>
<p><strong>Mercredi 16 novembre</strong> – Après l'accueil par M<sup>me</sup> Véronique LAMBERT, directrice de l'Institut, les partenaires ont fait le point sur les modules de formation en transformation laitière. À 15 h, le comité de pilotage s'est réuni à huis clos. La journée s'est terminée par un dîner de bienvenue à la ferme-brasserie de Bertrix.</p>
<p><strong>Jeudi 17 novembre</strong> – Matinée consacrée à l'atelier « Compétences numériques pour les jeunes agriculteurs », animé par Dr Florian Weißenböck (HBLFA Francisco Josephinum). L'après-midi, visite de la halle aux viandes de Libramont et rencontre avec les éleveurs de la coopérative Ardenne Bovins.</p>
<p><strong>Vendredi 18 novembre</strong> – Visite d'étude à Bastogne, à la fromagerie Les Sept Collines, puis séance de clôture. Dans son intervention, Jean-Pierre Collignon, député provincial en charge de l'enseignement, a rappelé que la province compte plus de 2 600 exploitations et que la moitié des exploitants partiront à la retraite d'ici 2045.</p>
<p>Pour Ioana Mureșan, chargée de projets du Clusterul Agro-Transilvania, « la visite des ateliers de l'Institut a montré qu'un lycée agricole peut devenir le centre d'un vrai écosystème régional ».</p>
<h2>Principaux enseignements</h2>
<ul>
<li>Les modules de formation doivent être courts et compatibles avec le travail saisonnier des apprenants</li>
<li>Les entreprises du cluster sont prêtes à accueillir des stagiaires étrangers si un tuteur parle leur langue</li>
<li>Le passage au numérique reste le premier besoin exprimé par les jeunes exploitants</li>
</ul>
<h2>Prochaine étape</h2>
<p>La quatrième réunion transnationale aura lieu à Cluj-Napoca le jeudi 22 mars 2040. Les réunions précédentes :</p>
<ul>
<li>Réunion de lancement, Namur, 12–13 janvier 2039</li>
<li>Deuxième réunion transnationale, Wieselburg, 5–6 juin 2039</li>
</ul>
<p class="share">Partager : <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Courriel</a></p>
</article>
<aside><h3>Dernières actualités</h3><p><a href="#">Lancement du MOOC sur la fabrication du beurre</a><br><a href="#">Appel à stages 2040</a></p></aside>
</main>
<footer><p>Cofinancé par l'Union européenne. Les points de vue et avis exprimés n'engagent que leurs auteurs.</p>
<p>© 2039 AGRI-SKILLS ARDENNE · <a href="/mentions-legales">Mentions légales</a> · <a href="/plan">Plan du site</a></p></footer>
</body></html>
"""
write(F, T)
I="Institut provincial d'enseignement agronomique de La Reid"
gold(F,
 [P("Chloé Mathieu",None,None),
  P("Véronique LAMBERT","directrice",I),
  P("Florian Weißenböck",None,"HBLFA Francisco Josephinum"),
  P("Jean-Pierre Collignon","député provincial en charge de l'enseignement","Province de Luxembourg"),
  P("Ioana Mureșan","chargée de projets","Clusterul Agro-Transilvania")],
 [O(I), O("Province de Luxembourg"), O("Pôle de compétitivité Wagralim"), O("Chambre de commerce et d'industrie du Luxembourg belge","CCILB"),
  O("Lycée agricole de Charleville-Mézières"), O("Lycée Technique Agricole"), O("HBLFA Francisco Josephinum"),
  O("Universitatea de Științe Agricole și Medicină Veterinară Cluj-Napoca"), O("Clusterul Agro-Transilvania"),
  O("Fédération wallonne de l'agriculture"), O("Ardenne Bovins"), O("Les Sept Collines"), O("Union européenne")],
 [E("troisième réunion transnationale","2039-11-16","2039-11-18","Libramont-Chevigny, Bastogne","Belgium"),
  E("comité de pilotage","2039-11-16",None,"Libramont-Chevigny","Belgium"),
  E("dîner de bienvenue","2039-11-16",None,"Bertrix","Belgium"),
  E("atelier « Compétences numériques pour les jeunes agriculteurs »","2039-11-17",None,"Libramont-Chevigny","Belgium"),
  E("visite de la halle aux viandes de Libramont","2039-11-17",None,"Libramont","Belgium"),
  E("Visite d'étude à Bastogne","2039-11-18",None,"Bastogne","Belgium"),
  E("quatrième réunion transnationale","2040-03-22",None,"Cluj-Napoca","Romania"),
  E("Réunion de lancement","2039-01-12","2039-01-13","Namur","Belgium"),
  E("Deuxième réunion transnationale","2039-06-05","2039-06-06","Wieselburg","Austria")],
 ["2039-11-24","2039-11-16/2039-11-18","2039-11-16","2039-11-17","2039-11-18","2045","2040-03-22","2039-01-12/2039-01-13","2039-06-05/2039-06-06"],
 ["Les modules de formation doivent être courts et compatibles avec le travail saisonnier des apprenants",
  "Les entreprises du cluster sont prêtes à accueillir des stagiaires étrangers si un tuteur parle leur langue",
  "Le passage au numérique reste le premier besoin exprimé par les jeunes exploitants"],
 pub="2039-11-24")
