from h import *
F = 'g11_saumur_rencontres_filiere_vin.html'
assert wd(2041,10,7)=='Monday' and wd(2041,10,8)=='Tuesday' and wd(2041,11,18)=='Monday' and wd(2041,12,5)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Retour sur les 5es Rencontres Vin &amp; Innovation de Saumur – Anjou Vitinnov</title></head>
<body>
<div class="bandeau-cookies">En poursuivant votre navigation, vous acceptez l'utilisation de cookies pour la mesure d'audience. <a href="/cookies">En savoir plus</a> <button>J'accepte</button> <button>Je refuse</button></div>
<header>
<p class="logo">Anjou Vitinnov – le cluster de la filière vitivinicole du Saumurois</p>
<nav><a href="/">Accueil</a> | <a href="/cluster">Le cluster</a> | <a href="/adherents">Nos adhérents</a> | <a href="/agenda">Agenda</a> | <a href="/actualites">Actualités</a> | <a href="/adherer">Adhérer</a> | <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="ariane">Accueil &gt; Actualités &gt; Événements</p>
<h1>Retour sur les 5es Rencontres Vin &amp; Innovation de Saumur</h1>
<p class="meta">Publié le 21 octobre 2041 par Élodie Chauvin · Temps de lecture : 4 min</p>
<p>Partager : <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>

<p>Les lundi 7 et mardi 8 octobre 2041, près de 260 vignerons, négociants, chercheurs et équipementiers se sont retrouvés dans les caves troglodytiques de Saint-Hilaire-Saint-Florent et au Parc des expositions du Breil pour la cinquième édition des Rencontres Vin &amp; Innovation. Organisées par Anjou Vitinnov avec l'Institut français de la vigne et du vin (IFV) et la Chambre d'agriculture des Pays de la Loire, elles avaient cette année pour thème l'eau : sécheresses à répétition, irrigation, traitement des effluents de cave.</p>

<h2>Une ouverture sous le signe du climat</h2>
<p>Après le mot d'accueil de Jackie GOULET-LEROUX, maire de Saumur, et de Benoît Rabouin, président d'Anjou Vitinnov et vigneron à Montreuil-Bellay, la climatologue Hélène de La Rochefoucauld (INRAE, centre Pays de la Loire) a présenté ses projections pour le Val de Loire au cours des trente prochaines années. « Le chenin supportera la chaleur ; c'est le manque d'eau au printemps qui nous inquiète », a-t-elle résumé.</p>
<p>La table ronde qui a suivi réunissait Anne-Sophie Guérin, directrice de l'Interprofession des Vins du Val de Loire (InterLoire), Mathieu Poupard, responsable environnement de la maison Ackerman, et Karim Benali, chargé de mission à l'Agence de l'eau Loire-Bretagne.</p>

<h2>Visites et rendez-vous d'affaires</h2>
<p>Le lundi après-midi, trois visites étaient proposées : la station de traitement des effluents de la cave coopérative Robert et Marcel, le vignoble expérimental de l'IFV à Montreuil-Bellay et la cave troglodytique de la maison Bouvet-Ladubay. Le soir, le dîner des Rencontres s'est tenu à l'École nationale d'équitation, où a été remis le Trophée de l'innovation vitivinicole à la start-up angevine Hydrovigne pour ses sondes d'humidité sans fil.</p>
<p>Le mardi matin, 74 rendez-vous d'affaires ont eu lieu entre vignerons et fournisseurs, grâce à la plateforme de mise en relation de l'Enterprise Europe Network Pays de la Loire. Une délégation de six entreprises du cluster vitivinicole de Rheinhessen (Allemagne) y participait pour la première fois.</p>

<h2>Ce qu'il faut retenir</h2>
<ul>
<li>L'irrigation de la vigne restera l'exception en Saumurois ; la priorité est de garder l'eau dans les sols</li>
<li>Les caves peuvent réduire de moitié leur consommation d'eau en récupérant les eaux de lavage</li>
<li>Les petites exploitations ont besoin d'un diagnostic eau gratuit et rapide, porté par le cluster</li>
<li>La coopération avec les régions viticoles allemandes doit passer par des projets concrets, pas seulement par des visites</li>
</ul>

<h2>Les éditions précédentes</h2>
<ul>
<li>2037 – Saumur, 12 octobre : « Le numérique à la vigne »</li>
<li>2038 – Doué-en-Anjou, 4 et 5 octobre : « Robots et main-d'œuvre »</li>
<li>2039 – Saumur, 10 et 11 octobre : « Les cépages de demain »</li>
<li>2040 – Montreuil-Bellay, 8 et 9 octobre : « Vendre à l'export »</li>
</ul>

<h2>Prochains rendez-vous</h2>
<p>Le conseil d'administration du cluster se réunira le lundi 18 novembre 2041 pour arrêter le programme 2042. L'assemblée générale d'Anjou Vitinnov aura lieu le jeudi 5 décembre 2041 à Saumur, suivie d'un atelier sur le diagnostic eau.</p>
<p>Les présentations des intervenants sont disponibles dans l'espace adhérents.</p>
<p class="signature">Élodie Chauvin, chargée de communication, Anjou Vitinnov</p>

<aside><h3>Nos partenaires</h3><p>Région Pays de la Loire · Saumur Val de Loire Agglomération · Crédit Agricole Anjou Maine · Université d'Angers</p></aside>
</main>
<footer><p>Anjou Vitinnov · Maison du Vin, quai Lucien Gautier, 49400 Saumur · <a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Politique de confidentialité</a> · © 2041</p></footer>
</body></html>
"""
write(F, T)
C="Anjou Vitinnov"
gold(F,
 [P("Élodie Chauvin","chargée de communication",C),
  P("Jackie GOULET-LEROUX","maire de Saumur",None),
  P("Benoît Rabouin","président",C),
  P("Hélène de La Rochefoucauld","climatologue","INRAE"),
  P("Anne-Sophie Guérin","directrice","Interprofession des Vins du Val de Loire"),
  P("Mathieu Poupard","responsable environnement","Ackerman"),
  P("Karim Benali","chargé de mission","Agence de l'eau Loire-Bretagne")],
 [O(C), O("Institut français de la vigne et du vin","IFV"), O("Chambre d'agriculture des Pays de la Loire"),
  O("INRAE"), O("Interprofession des Vins du Val de Loire","InterLoire"), O("Ackerman"),
  O("Agence de l'eau Loire-Bretagne"), O("Robert et Marcel"), O("Bouvet-Ladubay"), O("École nationale d'équitation"),
  O("Hydrovigne"), O("Enterprise Europe Network Pays de la Loire"), O("Région Pays de la Loire"),
  O("Saumur Val de Loire Agglomération"), O("Crédit Agricole Anjou Maine"), O("Université d'Angers")],
 [E("5es Rencontres Vin & Innovation de Saumur","2041-10-07","2041-10-08","Saumur","France"),
  E("station de traitement des effluents de la cave coopérative Robert et Marcel","2041-10-07",None,None,"France"),
  E("vignoble expérimental de l'IFV à Montreuil-Bellay","2041-10-07",None,"Montreuil-Bellay","France"),
  E("cave troglodytique de la maison Bouvet-Ladubay","2041-10-07",None,None,"France"),
  E("dîner des Rencontres","2041-10-07",None,"Saumur","France"),
  E("Trophée de l'innovation vitivinicole","2041-10-07",None,"Saumur","France"),
  E("Rencontres Vin & Innovation (2037 edition)","2037-10-12",None,"Saumur","France"),
  E("Rencontres Vin & Innovation (2038 edition)","2038-10-04","2038-10-05","Doué-en-Anjou","France"),
  E("Rencontres Vin & Innovation (2039 edition)","2039-10-10","2039-10-11","Saumur","France"),
  E("Rencontres Vin & Innovation (2040 edition)","2040-10-08","2040-10-09","Montreuil-Bellay","France"),
  E("conseil d'administration","2041-11-18",None,None,None),
  E("assemblée générale d'Anjou Vitinnov","2041-12-05",None,"Saumur","France"),
  E("atelier sur le diagnostic eau","2041-12-05",None,"Saumur","France")],
 ["2041-10-21","2041-10-07/2041-10-08","2037-10-12","2038-10-04/2038-10-05","2039-10-10/2039-10-11",
  "2040-10-08/2040-10-09","2041-11-18","2042","2041-12-05"],
 ["L'irrigation de la vigne restera l'exception en Saumurois ; la priorité est de garder l'eau dans les sols",
  "Les caves peuvent réduire de moitié leur consommation d'eau en récupérant les eaux de lavage",
  "Les petites exploitations ont besoin d'un diagnostic eau gratuit et rapide, porté par le cluster",
  "La coopération avec les régions viticoles allemandes doit passer par des projets concrets, pas seulement par des visites"],
 pub="2041-10-21")
