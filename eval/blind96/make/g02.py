from h import *
F = 'g02_position_commune_clusters_fr.html'
assert wd(2039,6,14)=='Tuesday' and wd(2039,5,24)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Position commune des clusters du Massif central – Limousin Clusters</title></head>
<body>
<div id="cookies">Ce site utilise des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Tout refuser</button> <a href="/cookies">Personnaliser</a></div>
<header><a href="/" class="logo">Limousin Clusters · Réseau régional</a>
<nav><a href="/">Accueil</a> <a href="/reseau">Le réseau</a> <a href="/clusters">Nos clusters</a> <a href="/actualites" class="active">Actualités</a> <a href="/agenda">Agenda</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane">Accueil › Actualités › Prises de position</p>
<article>
<p class="meta">Publié le 14 juin 2039 · Par la rédaction · Lecture : 5 min</p>
<h1>Fonds européens après 2041 : sept clusters du Massif central adressent leurs demandes à la Commission</h1>
<p class="chapo">Réunies à Limoges le mardi 24 mai 2039, sept associations de clusters ont adopté une position commune sur le prochain cadre financier pluriannuel. Le texte a été remis le 14 juin 2039 à la Direction générale de la politique régionale et urbaine.</p>

<h2>Les signataires</h2>
<ul>
<li>Limousin Clusters, réseau régional des clusters (coordinateur)</li>
<li>Elopsys, pôle d'excellence numérique et photonique</li>
<li>Pôle Européen de la Céramique</li>
<li>Cluster Bois Massif Central</li>
<li>Association Auvergne Agro-Alimentaire (3A)</li>
<li>Cluster Cuir &amp; Luxe de Saint-Junien</li>
<li>Hydrogène Vallée de la Dordogne</li>
</ul>

<h2>Le contexte</h2>
<p>Les clusters du Massif central regroupent ensemble près de 1 400 entreprises, dont 85 % de PME, et 46 000 emplois. Pour Marie-Hélène Bourdarias, présidente de Limousin Clusters, « les territoires ruraux ont besoin de clusters forts, et les clusters ont besoin de règles simples ». Le texte a été préparé par un groupe de rédaction animé par Olivier Vergnaud, délégué général de Limousin Clusters, entre février et mai 2039.</p>
<p>La réunion de Limoges s'est tenue à l'ESTER Technopole en présence de Jean-Pierre Castagné, vice-président de la Région Nouvelle-Aquitaine chargé du développement économique, et de Sofia Andreou, cheffe d'unité adjointe à la Direction générale de la politique régionale et urbaine (DG REGIO), qui est intervenue à distance depuis Bruxelles.</p>

<h2>Nos demandes à la Commission européenne</h2>
<p>Les signataires demandent à la Commission européenne :</p>
<ol>
<li>de maintenir une enveloppe dédiée aux organisations de clusters dans les programmes régionaux du FEDER après 2041</li>
<li>de financer l'animation des clusters sur des périodes de cinq ans au moins, et non plus projet par projet</li>
<li>de reconnaître le label « Cluster Excellence » comme critère de qualité dans les appels européens</li>
<li>d'ouvrir les partenariats européens de clusters aux régions rurales et de montagne avec un taux de cofinancement majoré</li>
<li>de simplifier les règles de contrôle pour les petites associations, avec des coûts simplifiés généralisés</li>
</ol>

<h2>Ce que les clusters s'engagent à faire</h2>
<p>En retour, les sept associations s'engagent à publier chaque année leurs indicateurs de résultats, à mutualiser leurs services d'accompagnement à l'international et à organiser un forum annuel commun. La première édition de ce forum, les Rencontres des clusters du Massif central, aura lieu à Clermont-Ferrand les 12 et 13 octobre 2039.</p>

<h2>Réactions</h2>
<p>« Ce texte arrive au bon moment : les négociations sur l'après-2041 commencent », a réagi Thierry Lachaise, directeur d'Elopsys. Pour Agnès Moulin, présidente du Cluster Bois Massif Central, la demande sur les taux de cofinancement est « une question de survie pour les associations de moins de cinq salariés ».</p>
<p>La position commune sera également présentée lors de la Semaine européenne des régions et des villes à Bruxelles, du 10 au 13 octobre 2039, par Héloïse Tardieu, chargée de mission Europe à Limousin Clusters.</p>

<p class="pj">📄 Télécharger la position commune (PDF, 4 pages) · 📄 Version anglaise (PDF)</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>
</article>

<aside><h3>À lire aussi</h3>
<ul><li><a href="#">Assemblée générale 2039 : un nouveau bureau élu</a> (2 mai 2039)</li>
<li><a href="#">Appel à projets « Clusters et transition » : résultats</a> (18 avril 2039)</li>
<li><a href="#">Retour sur les Rencontres régionales de l'innovation</a> (30 mars 2039)</li></ul>
<h3>Contact presse</h3>
<p>Héloïse Tardieu · europe@limousin-clusters.example.fr · 05 00 00 00 00</p></aside>
</main>
<footer><p>Limousin Clusters · ESTER Technopole, 1 avenue d'Ester, 87000 Limoges</p>
<p>Avec le soutien de la Région Nouvelle-Aquitaine · <a href="/mentions">Mentions légales</a> · <a href="/rgpd">Données personnelles</a> · © 2039</p></footer>
</body></html>
"""
write(F, T)
L = "Limousin Clusters"
gold(F,
 [P("Marie-Hélène Bourdarias","présidente",L), P("Olivier Vergnaud","délégué général",L),
  P("Jean-Pierre Castagné","vice-président de la Région Nouvelle-Aquitaine chargé du développement économique","Région Nouvelle-Aquitaine"),
  P("Sofia Andreou","cheffe d'unité adjointe","Direction générale de la politique régionale et urbaine"),
  P("Thierry Lachaise","directeur","Elopsys"), P("Agnès Moulin","présidente","Cluster Bois Massif Central"),
  P("Héloïse Tardieu","chargée de mission Europe",L)],
 [O(L), O("Elopsys"), O("Pôle Européen de la Céramique"), O("Cluster Bois Massif Central"),
  O("Association Auvergne Agro-Alimentaire","3A"), O("Cluster Cuir & Luxe de Saint-Junien"), O("Hydrogène Vallée de la Dordogne"),
  O("Direction générale de la politique régionale et urbaine","DG REGIO"), O("ESTER Technopole"), O("Région Nouvelle-Aquitaine"),
  O("Commission européenne")],
 [E("réunion de Limoges","2039-05-24",None,"Limoges","France"),
  E("Rencontres des clusters du Massif central","2039-10-12","2039-10-13","Clermont-Ferrand","France"),
  E("Semaine européenne des régions et des villes","2039-10-10","2039-10-13","Bruxelles","Belgium"),
  E("Rencontres régionales de l'innovation",None,None,None,None),
  E("Assemblée générale 2039","2039",None,None,None)],
 ["2039-06-14","2039-05-24","2041","2039-02/2039-05","2039-10-12/2039-10-13","2039-10-10/2039-10-13","2039-05-02","2039-04-18","2039-03-30"],
 ["de maintenir une enveloppe dédiée aux organisations de clusters dans les programmes régionaux du FEDER après 2041",
  "de financer l'animation des clusters sur des périodes de cinq ans au moins, et non plus projet par projet",
  "de reconnaître le label « Cluster Excellence » comme critère de qualité dans les appels européens",
  "d'ouvrir les partenariats européens de clusters aux régions rurales et de montagne avec un taux de cofinancement majoré",
  "de simplifier les règles de contrôle pour les petites associations, avec des coûts simplifiés généralisés"],
 "2039-06-14")
