from h import *
F = 'g04_caux_lin_lettre_information.html'
assert wd(2040,6,14)=='Thursday' and wd(2040,5,24)=='Thursday' and wd(2040,7,13)=='Friday' and wd(2040,9,27)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La Lettre n°27 – juin 2040 | Cluster Lin &amp; Fibres de Normandie</title></head>
<body>
<div id="tarteaucitron">Ce site utilise des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Tout refuser</button> <a href="/cookies">Personnaliser</a></div>
<header><p class="logo">Cluster Lin &amp; Fibres de Normandie</p>
<nav><a href="/">Accueil</a> · <a href="/le-cluster">Le cluster</a> · <a href="/adherents">Nos adhérents</a> · <a href="/projets">Projets</a> · <a href="/actualites">Actualités</a> · <a href="/agenda">Agenda</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="fil">Accueil › Actualités › La Lettre</p>
<h1>La Lettre du Cluster – n°27, juin 2040</h1>
<p class="date">Publiée le 18 juin 2040</p>
<p>Édito – Après un printemps sec qui a inquiété les liniculteurs du Pays de Caux, les premières estimations de récolte sont enfin rassurantes. Dans ce numéro : le nouveau bureau, le bilan des Rencontres du lin, un appel à projets régional et notre agenda de la rentrée. Bonne lecture ! <em>— Claire LEBOURG, déléguée générale</em></p>

<article>
<h2>Assemblée générale : un nouveau bureau pour trois ans</h2>
<p>Réunie le jeudi 14 juin 2040 au Palais Bénédictine à Fécamp, l'assemblée générale du cluster a approuvé les comptes 2039 et élu son bureau pour la période 2040-2043. Après deux mandats, M. Hervé DUCLOS (Teillage Duclos, Goderville) passe la main ; il reste administrateur.</p>
<p>Composition du nouveau bureau :</p>
<ul>
<li>Présidente : Sophie Vandamme-Roussel, directrice générale de Lin Caux Textiles SAS</li>
<li>Vice-président : Antoine de La Héronnière, Coopérative Linière du Pays de Caux</li>
<li>Trésorier : Mathieu GRENIER, Crédit Agricole Normandie-Seine</li>
<li>Secrétaire : Pr Nadia Belkacem, Université Le Havre Normandie</li>
</ul>
<p>« Nous devons faire revenir la transformation du lin en Normandie : aujourd'hui, près de 80 % de nos fibres partent encore en Asie pour être filées », a rappelé la nouvelle présidente.</p>
<p>Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>
</article>

<article>
<h2>Rencontres du lin 2040 : retour sur une journée dense</h2>
<p>Plus de 180 participants se sont retrouvés le jeudi 24 mai 2040 à l'Estran, à Dieppe, pour les Rencontres du lin. Le matin, Jean-Baptiste Morvan, chef du service économie de la Région Normandie, a présenté la feuille de route régionale sur les fibres végétales ; l'après-midi, la table ronde sur les composites biosourcés a réuni l'IRT Jules Verne, le CETI de Tourcoing et deux équipementiers automobiles.</p>
<p>Ce qu'il faut retenir :</p>
<ul>
<li>La filière doit investir dans au moins une unité de filature au nord de la Seine d'ici 2045</li>
<li>Les composites à base de lin sont prêts pour l'automobile, mais les volumes restent trop faibles pour convaincre les constructeurs</li>
<li>La formation aux métiers du teillage manque de candidats et doit être mieux connue des lycées agricoles</li>
</ul>
<p>Les présentations sont disponibles dans l'espace adhérents. <a href="/actualites/rencontres-2040">Lire la suite</a></p>
</article>

<article>
<h2>Appel à projets « Impulsion Fibres » : dépôt avant le 13 juillet</h2>
<p>L'AD Normandie (Agence de Développement pour la Normandie) ouvre un appel à projets destiné aux PME qui développent de nouveaux produits à partir de lin, de chanvre ou de laine. Les aides peuvent atteindre 200 000 euros par projet. Clôture des dépôts : vendredi 13 juillet 2040 à midi. L'équipe du cluster relit gratuitement les dossiers des adhérents ; contactez Julien Marais, chargé de mission innovation.</p>
</article>

<article>
<h2>Ils nous ont rejoints</h2>
<p>Bienvenue à trois nouveaux adhérents : Atelier Fil d'Albâtre (Étretat, tissage), Biocomp Normandie (Rouen, composites) et le lycée agricole d'Yvetot.</p>
</article>

<h2>Agenda</h2>
<ul>
<li>27 septembre 2040 – Visite de la filature Safilin à Béthune, départ en car de Fécamp</li>
<li>Octobre 2040 – Conseil d'administration, Fécamp</li>
<li>4-6 décembre 2040 – Stand collectif au salon JEC World, Paris-Nord Villepinte</li>
</ul>
<p><a href="/agenda">Tout l'agenda</a> · <a href="/lettre/archives">Lettres précédentes</a></p>
</main>
<footer><p>Cluster Lin &amp; Fibres de Normandie · 12 rue Jules Ferry · 76400 Fécamp · contact@lin-fibres-normandie.example.fr</p>
<p>Avec le soutien de la Région Normandie. <a href="/mentions-legales">Mentions légales</a> · <a href="/desabonnement">Se désabonner</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster Lin & Fibres de Normandie"
gold(F,
 [P("Claire LEBOURG","déléguée générale",C), P("Hervé DUCLOS","administrateur",C),
  P("Sophie Vandamme-Roussel","Présidente",C), P("Antoine de La Héronnière","Vice-président",C),
  P("Mathieu GRENIER","Trésorier",C), P("Nadia Belkacem","Secrétaire",C),
  P("Jean-Baptiste Morvan","chef du service économie","Région Normandie"),
  P("Julien Marais","chargé de mission innovation",C)],
 [O(C), O("Teillage Duclos"), O("Lin Caux Textiles SAS"), O("Coopérative Linière du Pays de Caux"),
  O("Crédit Agricole Normandie-Seine"), O("Université Le Havre Normandie"), O("Région Normandie"),
  O("IRT Jules Verne"), O("CETI"), O("Agence de Développement pour la Normandie","AD Normandie"),
  O("Atelier Fil d'Albâtre"), O("Biocomp Normandie"), O("lycée agricole d'Yvetot"), O("Safilin")],
 [E("assemblée générale","2040-06-14",None,"Fécamp","France"),
  E("Rencontres du lin","2040-05-24",None,"Dieppe","France"),
  E("Visite de la filature Safilin","2040-09-27",None,"Béthune","France"),
  E("Conseil d'administration","2040-10",None,"Fécamp","France"),
  E("JEC World","2040-12-04","2040-12-06","Villepinte","France")],
 ["2040-06","2040-06-18","2040-06-14","2039","2040/2043","2040-05-24","2045","2040-07-13","2040-09-27","2040-10","2040-12-04/2040-12-06"],
 ["La filière doit investir dans au moins une unité de filature au nord de la Seine d'ici 2045",
  "Les composites à base de lin sont prêts pour l'automobile, mais les volumes restent trop faibles pour convaincre les constructeurs",
  "La formation aux métiers du teillage manque de candidats et doit être mieux connue des lycées agricoles"],
 pub="2040-06-18")
