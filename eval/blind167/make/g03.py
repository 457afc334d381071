from h import *
F = 'g03_vendee_cluster_actualites.html'
assert wd(2039,1,24)=='Monday' and wd(2039,1,25)=='Tuesday' and wd(2039,1,26)=='Wednesday' and wd(2039,2,17)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Actualités – Vendée Proteina, cluster des protéines végétales</title></head>
<body>
<div id="tarteaucitron">Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation. <button>Tout accepter</button> <button>Tout refuser</button> <a href="/cookies">Personnaliser</a></div>
<header><p class="logo">Vendée Proteina – le cluster des protéines végétales de Vendée</p>
<nav><a href="/">Accueil</a> | <a href="/cluster">Le cluster</a> | <a href="/adherents">Nos adhérents</a> | <a href="/projets-europeens">Projets européens</a> | <a href="/agenda">Agenda</a> | <a href="/actualites">Actualités</a> | <a href="/adherer">Adhérer</a></nav></header>
<main>
<p class="fil">Accueil &gt; Actualités &gt; Projets européens</p>
<h1>Lancement du projet Horizon Europe LEGUMIX à La Roche-sur-Yon</h1>
<p class="meta">Publié le 2 février 2039 par Maëlle Guitton · Projets européens · Temps de lecture : 4 min</p>

<p>Du lundi 24 au mercredi 26 janvier 2039, Vendée Proteina a accueilli à La Roche-sur-Yon la réunion de lancement du projet LEGUMIX, financé par le programme Horizon Europe pour quatre ans (2039–2042). Le projet réunit quatorze partenaires de neuf pays autour d'un objectif : faire passer les légumineuses cultivées en Europe du champ à l'assiette, avec des filières locales de transformation.</p>

<p>Le consortium est coordonné par l'Institut national de recherche pour l'agriculture, l'alimentation et l'environnement (INRAE), représenté par Dr Bertrand Lemoigne, directeur de recherche à l'unité de Nantes. Parmi les partenaires figurent l'Universiteit Gent (Belgique), le Teagasc (Irlande), la coopérative Agri Kandava (Lettonie), l'Università del Salento (Italie), le cluster slovène Grozd Vipava, l'entreprise roumaine Sebeș Agrofood SRL et la Fundación Cesefor (Espagne).</p>

<h2>Trois jours de travail</h2>
<p>La première journée, lundi, a été consacrée à l'assemblée générale du consortium : présentation des huit lots de travail, règles de gestion financière, plan de communication. Mme Carla Fontanesi, chargée de projet à l'Agence exécutive européenne pour la recherche (REA), a rappelé les obligations de rapport et les premières échéances. Le soir, les partenaires se sont retrouvés pour un dîner au restaurant Le Pas de l'Océan, aux Sables-d'Olonne.</p>
<p>Mardi 25 janvier, un atelier avec une trentaine d'adhérents du cluster a permis de confronter les besoins des transformateurs vendéens aux travaux des chercheurs. L'après-midi, le groupe a visité l'usine de la société Légumerie des Herbiers, aux Herbiers, qui produit des farines de féverole et de pois.</p>
<p>Mercredi matin, le comité de pilotage a désigné les responsables des lots et fixé le calendrier des livrables de la première année.</p>

<h2>Ce qu'il faut retenir</h2>
<p>À l'issue de la réunion, les partenaires ont retenu les principaux enseignements suivants :</p>
<ul>
<li>les transformateurs de petite taille manquent avant tout d'équipements de décorticage partagés ;</li>
<li>les essais agronomiques doivent être menés chez les agriculteurs des régions partenaires, pas seulement en station ;</li>
<li>les clusters serviront de relais vers les PME pour les appels à démonstrateurs prévus en 2040 ;</li>
<li>un comité consultatif des consommateurs sera mis en place dès la première année.</li>
</ul>
<p>« Nous avons en Vendée des agriculteurs prêts à semer et des entreprises prêtes à transformer. LEGUMIX doit faire le lien », a déclaré François-Xavier Rabiller, président de Vendée Proteina.</p>

<h2>Assemblée générale du cluster : un nouveau bureau</h2>
<p>Réunis en assemblée générale le jeudi 17 février 2039 à la Maison des entreprises de La Roche-sur-Yon, les adhérents de Vendée Proteina ont élu leur bureau pour la période 2039–2042 :</p>
<ul>
<li>Président : François-Xavier Rabiller (Rabiller Frères SAS)</li>
<li>Vice-présidente : Anne-Sophie de La Brosse (Coopérative Cavac)</li>
<li>Trésorier : Hervé MÉNARD (Crédit Agricole Atlantique Vendée)</li>
<li>Secrétaire : Lucie Pondevie (Lycée agricole Nature, La Roche-sur-Yon)</li>
</ul>
<p>Le bureau remercie Jean-Paul Boisseau, président de 2033 à 2039, pour son engagement depuis la création du cluster.</p>

<h2>Prochain rendez-vous</h2>
<p>La deuxième réunion du consortium LEGUMIX aura lieu à Gand, en Belgique, en septembre 2039. Le projet est cofinancé par l'Union européenne.</p>
<p>Contact presse : Maëlle Guitton, chargée de communication, Vendée Proteina</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Courriel</a></p>
<p><a href="/actualites">← Toutes les actualités</a></p>
</main>
<footer><p>Vendée Proteina · 35 boulevard Louis-Blanc, 85000 La Roche-sur-Yon · contact@vendeeproteina.example.fr</p>
<p>Avec le soutien du Département de la Vendée et de la Région Pays de la Loire · <a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Confidentialité</a></p></footer>
</body></html>
"""
write(F, T)
V="Vendée Proteina"
gold(F,
 [P("Maëlle Guitton","chargée de communication",V),
  P("Bertrand Lemoigne","directeur de recherche","INRAE"),
  P("Carla Fontanesi","chargée de projet","Agence exécutive européenne pour la recherche"),
  P("François-Xavier Rabiller","Président",V),
  P("Anne-Sophie de La Brosse","Vice-présidente",V),
  P("Hervé MÉNARD","Trésorier",V),
  P("Lucie Pondevie","Secrétaire",V),
  P("Jean-Paul Boisseau","président",V)],
 [O(V), O("Institut national de recherche pour l'agriculture, l'alimentation et l'environnement","INRAE"),
  O("Universiteit Gent"), O("Teagasc"), O("Agri Kandava"), O("Università del Salento"), O("Grozd Vipava"),
  O("Sebeș Agrofood SRL"), O("Fundación Cesefor"), O("Agence exécutive européenne pour la recherche","REA"),
  O("Légumerie des Herbiers"), O("Rabiller Frères SAS"), O("Coopérative Cavac"),
  O("Crédit Agricole Atlantique Vendée"), O("Lycée agricole Nature"), O("Département de la Vendée"),
  O("Région Pays de la Loire")],
 [E("réunion de lancement du projet LEGUMIX","2039-01-24","2039-01-26","La Roche-sur-Yon","France"),
  E("assemblée générale du consortium","2039-01-24",None,"La Roche-sur-Yon","France"),
  E("dîner","2039-01-24",None,"Sables-d'Olonne","France"),
  E("atelier","2039-01-25",None,"La Roche-sur-Yon","France"),
  E("visite de l'usine de la société Légumerie des Herbiers","2039-01-25",None,"Herbiers","France"),
  E("comité de pilotage","2039-01-26",None,"La Roche-sur-Yon","France"),
  E("assemblée générale","2039-02-17",None,"La Roche-sur-Yon","France"),
  E("deuxième réunion du consortium LEGUMIX","2039-09",None,"Gand","Belgium")],
 ["2039-02-02","2039-01-24/2039-01-26","2039/2042","2039-01-25","2040","2039-02-17","2033/2039","2039-09"],
 ["les transformateurs de petite taille manquent avant tout d'équipements de décorticage partagés",
  "les essais agronomiques doivent être menés chez les agriculteurs des régions partenaires, pas seulement en station",
  "les clusters serviront de relais vers les PME pour les appels à démonstrateurs prévus en 2040",
  "un comité consultatif des consommateurs sera mis en place dès la première année"],
 pub="2039-02-02")
