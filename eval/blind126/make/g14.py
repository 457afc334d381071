from h import *
F = 'g14_vienne_pole_lettre_adherents.html'
assert wd(2038,11,18)=='Thursday' and wd(2038,12,7)=='Tuesday' and wd(2038,11,25)=='Thursday' and wd(2039,1,20)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La Lettre des adhérents n°58 – Vienne Matériaux & Éco-construction</title></head>
<body>
<div class="bandeau">Ce site utilise des cookies. <button>Tout accepter</button> <button>Personnaliser</button></div>
<header><p>Vienne Matériaux &amp; Éco-construction – le pôle des filières bois, pierre et isolants biosourcés</p>
<nav>Accueil | Le cluster | Adhérents | Projets | Agenda | Actualités | Espace adhérent</nav></header>
<main>
<h1>La Lettre des adhérents – n°58 – novembre 2038</h1>
<p><em>Poitiers, le 8 novembre 2038</em></p>

<h2>Le mot du président</h2>
<p>Chers adhérents, la rentrée a été dense : trois nouveaux projets collaboratifs labellisés, une délégation québécoise accueillie à Châtellerault, et une première participation remarquée au salon Batimat. Merci à toutes et à tous. — <strong>Jean-Marc Delaunay-Rivière</strong>, président, dirigeant de la Menuiserie Delaunay SAS</p>

<h2>Retour sur : la Rencontre régionale de l'éco-construction</h2>
<p>Le 20 octobre 2038, 150 professionnels se sont retrouvés au Futuroscope pour la 4e Rencontre régionale de l'éco-construction, organisée par le cluster avec l'Agence de développement et d'innovation Nouvelle-Aquitaine (ADI N-A) et la Région Nouvelle-Aquitaine. La journée a été ouverte par Mme Sandrine Le Goff-Moreau, vice-présidente de la Région chargée de l'économie, puis par M. Thierry Bonnaud, délégué régional de l'ADEME.</p>
<p>Une table ronde animée par <strong>Aurélie N'Diaye</strong>, chargée de mission filières au cluster, a réuni des architectes, des artisans et le bailleur social Habitat de la Vienne.</p>
<h3>Ce qu'il faut retenir</h3>
<ul>
<li>les matériaux biosourcés restent 15 à 20 % plus chers, mais l'écart se réduit avec les volumes</li>
<li>les bailleurs sociaux sont prêts à tester des chantiers pilotes si l'assurance suit</li>
<li>la formation des artisans à la pose reste le principal goulet d'étranglement</li>
</ul>
<p><a href="#">Lire la suite</a></p>

<h2>Agenda des prochaines semaines</h2>
<ul>
<li><strong>Jeudi 18 novembre 2038, 8h30–10h30</strong> – Petit-déjeuner adhérents « RE2030 : ce qui change au 1er janvier », chez Isobio Poitou SARL, Chasseneuil-du-Poitou. Intervenant : Pierre-Yves Lemaire, ingénieur au CSTB.</li>
<li><strong>Jeudi 25 novembre 2038</strong> – Conseil d'administration, Poitiers (réservé aux administrateurs)</li>
<li><strong>Mardi 7 décembre 2038</strong> – Webinaire « Financer un projet européen : LIFE et Interreg Sudoe », avec Europe Direct Poitou et l'Université de Poitiers</li>
<li><strong>Jeudi 20 janvier 2039</strong> – Vœux du cluster et assemblée générale, Châtellerault</li>
</ul>

<h2>Mission au Québec : les suites</h2>
<p>En retour de la visite d'une délégation de Cecobois (Québec) accueillie à Châtellerault les 27 et 28 septembre 2038, une mission de cinq entreprises adhérentes se rendra à Québec et Montréal du 12 au 16 avril 2039, avec le soutien de Business France et de la CCI de la Vienne. Au programme : des rendez-vous d'affaires avec des constructeurs de maisons à ossature bois, la visite de deux usines de panneaux isolants et un échange avec les écoles de formation aux métiers du bois. Les adhérents intéressés peuvent encore se manifester auprès de l'équipe.</p>

<h2>Vie du réseau</h2>
<ul>
<li>Bienvenue à nos nouveaux adhérents : Chanvre du Mirebalais SCIC, le bureau d'études Thermibat Conseil et le lycée professionnel du Bâtiment de Poitiers.</li>
<li>Pierres de Chauvigny SA a été retenue dans l'appel à projets France 2030 « Matériaux innovants ».</li>
<li>Mme Hélène Zhou-Martin rejoint l'équipe comme chargée de projets européens. Elle était auparavant chez France Clusters à Lyon (2033–2038).</li>
<li>Le cluster a renouvelé sa convention avec le Pôle Éco-construction de Wallonie (Cluster Éco-construction asbl) pour 2039–2041.</li>
</ul>

<h2>Appels et échéances</h2>
<p>Appel à projets régional « Bois construction » : dépôt des dossiers jusqu'au 15 décembre 2038. L'équipe du cluster relit les candidatures des adhérents jusqu'au 1er décembre.</p>
</main>
<footer>
<p>Vienne Matériaux &amp; Éco-construction – association loi 1901 – 12 rue Carnot, 86000 Poitiers – contact@vmec.example.fr</p>
<p>Vous recevez cette lettre en tant qu'adhérent. <a href="#">Se désinscrire</a> · <a href="#">Mentions légales</a></p>
<p>Partager : LinkedIn · Facebook · E-mail</p>
</footer>
</body></html>
"""
write(F, T)
V = "Vienne Matériaux & Éco-construction"
gold(F,
 [P("Jean-Marc Delaunay-Rivière", "président", V),
  P("Sandrine Le Goff-Moreau", "vice-présidente de la Région chargée de l'économie", "Région Nouvelle-Aquitaine"),
  P("Thierry Bonnaud", "délégué régional", "ADEME"),
  P("Aurélie N'Diaye", "chargée de mission filières", V),
  P("Pierre-Yves Lemaire", "ingénieur", "CSTB"),
  P("Hélène Zhou-Martin", "chargée de projets européens", V)],
 [O(V), O("Menuiserie Delaunay SAS"), O("Agence de développement et d'innovation Nouvelle-Aquitaine", "ADI N-A"),
  O("Région Nouvelle-Aquitaine"), O("ADEME"), O("Habitat de la Vienne"), O("Isobio Poitou SARL"), O("CSTB"),
  O("Europe Direct Poitou"), O("Université de Poitiers"), O("Cecobois"), O("Business France"), O("CCI de la Vienne"),
  O("Chanvre du Mirebalais SCIC"), O("Thermibat Conseil"), O("lycée professionnel du Bâtiment de Poitiers"),
  O("Pierres de Chauvigny SA"), O("France Clusters"), O("Cluster Éco-construction asbl")],
 [E("Batimat", None, None, None, None),
  E("4e Rencontre régionale de l'éco-construction", "2038-10-20", None, None, None),
  E("Petit-déjeuner adhérents « RE2030 : ce qui change au 1er janvier »", "2038-11-18", None, "Chasseneuil-du-Poitou", "France"),
  E("Conseil d'administration", "2038-11-25", None, "Poitiers", "France"),
  E("Webinaire « Financer un projet européen : LIFE et Interreg Sudoe »", "2038-12-07", None, None, None),
  E("Vœux du cluster et assemblée générale", "2039-01-20", None, "Châtellerault", "France"),
  E("visite d'une délégation de Cecobois", "2038-09-27", "2038-09-28", "Châtellerault", "France"),
  E("mission", "2039-04-12", "2039-04-16", "Québec, Montréal", "Canada")],
 ["2038-11", "2038-11-08", "2038-10-20", "2038-11-18", "2039-01-01", "2038-11-25", "2038-12-07", "2039-01-20",
  "2038-09-27/2038-09-28", "2039-04-12/2039-04-16", "2033/2038", "2039/2041", "2038-12-15", "2038-12-01"],
 ["les matériaux biosourcés restent 15 à 20 % plus chers, mais l'écart se réduit avec les volumes",
  "les bailleurs sociaux sont prêts à tester des chantiers pilotes si l'assurance suit",
  "la formation des artisans à la pose reste le principal goulet d'étranglement"],
 pub="2038-11-08")
