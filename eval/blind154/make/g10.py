from h import *
F = 'g10_gers_cluster_agro_assemblee_generale.html'
assert wd(2041,6,27)=='Thursday' and wd(2041,7,4)=='Thursday' and wd(2041,10,18)=='Friday' and wd(2041,10,19)=='Saturday' and wd(2041,9,16)=='Monday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Assemblée générale 2041 : un nouveau bureau pour le cluster | Cluster Agroalimentaire de Gascogne</title></head>
<body>
<div class="bandeau-cookies">Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation. <a href="/cookies">En savoir plus</a> <button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button></div>
<header><p class="logo">Cluster Agroalimentaire de Gascogne</p>
<nav><a href="/">Accueil</a> | <a href="/le-cluster">Le cluster</a> | <a href="/adherents">Nos adhérents</a> | <a href="/actions">Nos actions</a> | <a href="/actualites">Actualités</a> | <a href="/agenda">Agenda</a> | <a href="/adherer">Adhérer</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="fil">Accueil &gt; Actualités &gt; Vie du cluster</p>
<h1>Assemblée générale 2041 : un nouveau bureau pour le cluster</h1>
<p class="meta">Publié le 8 juillet 2041 · Vie du cluster · Temps de lecture : 4 min</p>

<p>Le Cluster Agroalimentaire de Gascogne (CAG) a tenu son assemblée générale élective le jeudi 27 juin 2041 à Auch, dans l'amphithéâtre du lycée agricole Beaulieu-Lavacant. Près de 110 participants, dont 64 adhérents à jour de cotisation, ont fait le déplacement depuis tout le Gers, mais aussi depuis les Hautes-Pyrénées et le Lot-et-Garonne.</p>

<p>Après le rapport moral du président sortant, Jean-Pierre DUBARRY, et la présentation des comptes 2040 par le trésorier, l'assemblée a renouvelé pour trois ans la moitié des sièges du conseil d'administration. Réuni à son tour le jeudi 4 juillet à la Maison de l'agriculture d'Auch, le nouveau conseil d'administration a élu son bureau pour la période 2041-2044 :</p>
<ul>
<li>Présidente : Marie-Hélène LABORDE-NOGUÈS, directrice générale de la coopérative Vignerons du Val d'Adour</li>
<li>Vice-présidents : Thierry CASTAGNET (Conserverie Castagnet, Condom) et Audrey SENTOUS (Ferme aux Canards de Lectoure)</li>
<li>Trésorier : Bernard Lalanne, expert-comptable, cabinet Lalanne &amp; Associés</li>
<li>Secrétaire : Nadia Ben Saïd, responsable innovation chez Gascogne Céréales</li>
</ul>

<p>Jean-Pierre Dubarry, producteur de foie gras à Fleurance, avait présidé le cluster depuis sa création en 2029. « Douze ans, c'est assez. Le cluster a besoin d'un regard neuf, et d'une génération qui parle autant aux clients qu'aux banques », a-t-il déclaré sous les applaudissements. Il reste administrateur au titre du collège des producteurs.</p>

<p>Première femme à présider le cluster, Marie-Hélène Laborde-Noguès a présenté ses trois priorités : l'emploi et les compétences, la transition énergétique des ateliers de transformation et l'export vers l'Espagne. Elle a salué le travail de l'équipe permanente, emmenée par la directrice Céline LAGARDÈRE, et de ses partenaires, la Région Occitanie, le Conseil départemental du Gers, la Chambre d'agriculture du Gers et la CCI du Gers.</p>

<p>La matinée s'est poursuivie par une table ronde sur le recrutement dans les industries agroalimentaires rurales, animée par Pascal Fitte, journaliste à La Dépêche du Midi, avec Isabelle Soulé de France Travail et Karim Mansouri, directeur du CFA agricole du Gers.</p>

<h2>Les conclusions de l'assemblée</h2>
<p>À l'issue des échanges, l'assemblée a retenu les orientations suivantes :</p>
<ul>
<li>Créer d'ici fin 2041 un groupement d'employeurs pour partager des techniciens de maintenance entre PME</li>
<li>Lancer un diagnostic énergétique collectif pour les ateliers de moins de vingt salariés</li>
<li>Organiser une mission de prospection en Aragon et en Navarre au premier semestre 2042</li>
<li>Ouvrir le conseil d'administration à un représentant des jeunes agriculteurs</li>
</ul>

<p>La journée s'est achevée par un déjeuner gascon préparé par les élèves du lycée, puis par la visite de la nouvelle conserverie de la coopérative à Riscle.</p>

<h2>Prochains rendez-vous</h2>
<ul>
<li>Lundi 16 septembre 2041, 9 h – petit-déjeuner des adhérents « Recruter autrement », Auch</li>
<li>Vendredi 18 et samedi 19 octobre 2041 – salon Gascogne Gourmande, Auch, halle aux grains</li>
</ul>

<p class="partage">Partager : <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Courriel</a></p>
<p class="tags">Mots-clés : assemblée générale, gouvernance, bureau, emploi</p>
</main>
<footer><p>Cluster Agroalimentaire de Gascogne – association loi 1901 · 3 chemin de la Caillaouère, 32000 Auch · 05 62 00 00 00</p>
<p>Avec le soutien de la Région Occitanie et du Département du Gers · <a href="/mentions-legales">Mentions légales</a> · <a href="/plan">Plan du site</a> · <a href="/accessibilite">Accessibilité : non conforme</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster Agroalimentaire de Gascogne"
gold(F,
 [P("Jean-Pierre DUBARRY","président sortant",C),
  P("Marie-Hélène LABORDE-NOGUÈS","Présidente",C),
  P("Thierry CASTAGNET","Vice-président",C),
  P("Audrey SENTOUS","Vice-président",C),
  P("Bernard Lalanne","Trésorier",C),
  P("Nadia Ben Saïd","Secrétaire",C),
  P("Céline LAGARDÈRE","directrice",C),
  P("Pascal Fitte","journaliste","La Dépêche du Midi"),
  P("Isabelle Soulé",None,"France Travail"),
  P("Karim Mansouri","directeur","CFA agricole du Gers")],
 [O(C,"CAG"), O("lycée agricole Beaulieu-Lavacant"), O("Vignerons du Val d'Adour"), O("Conserverie Castagnet"),
  O("Ferme aux Canards de Lectoure"), O("Lalanne & Associés"), O("Gascogne Céréales"), O("Région Occitanie"),
  O("Conseil départemental du Gers"), O("Chambre d'agriculture du Gers"), O("CCI du Gers"), O("La Dépêche du Midi"),
  O("France Travail"), O("CFA agricole du Gers")],
 [E("assemblée générale élective","2041-06-27",None,"Auch","France"),
  E("conseil d'administration","2041-07-04",None,"Auch","France"),
  E("visite de la nouvelle conserverie de la coopérative","2041-06-27",None,"Riscle","France"),
  E("petit-déjeuner des adhérents « Recruter autrement »","2041-09-16",None,"Auch","France"),
  E("salon Gascogne Gourmande","2041-10-18","2041-10-19","Auch","France")],
 ["2041-07-08","2041-06-27","2040","2041-07-04","2041/2044","2029","2041","2042","2041-09-16","2041-10-18/2041-10-19"],
 ["Créer d'ici fin 2041 un groupement d'employeurs pour partager des techniciens de maintenance entre PME",
  "Lancer un diagnostic énergétique collectif pour les ateliers de moins de vingt salariés",
  "Organiser une mission de prospection en Aragon et en Navarre au premier semestre 2042",
  "Ouvrir le conseil d'administration à un représentant des jeunes agriculteurs"],
 pub="2041-07-08")
