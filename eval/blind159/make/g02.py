from h import *
F = 'g02_haute_marne_metallurgie_gouvernance.html'
assert wd(2039,6,2)=='Thursday' and wd(2039,10,6)=='Thursday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Nouvelle gouvernance – Pôle Métal Haute-Marne</title></head>
<body>
<div id="rgpd">Ce site utilise des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Tout refuser</button> <a href="/cookies">Personnaliser</a></div>
<header><p>Pôle Métal Haute-Marne – forge, fonderie, coutellerie et mécanique</p>
<nav><a href="/">Accueil</a> › <a href="/le-pole">Le pôle</a> › <a href="/adherents">Adhérents</a> › <a href="/actualites">Actualités</a> › <a href="/agenda">Agenda</a> › <a href="/contact">Contact</a></nav></header>
<main>
<p class="fil">Accueil › Actualités › Vie du pôle</p>
<h1>Une nouvelle équipe à la tête du Pôle Métal Haute-Marne</h1>
<p class="date">Publié le 9 juin 2039 · Catégorie : Vie du pôle · Lecture : 4 min</p>
<p>Réunis en assemblée générale le jeudi 2 juin 2039 au Signe, centre national du graphisme à Chaumont, les adhérents du Pôle Métal Haute-Marne ont renouvelé la moitié de leur conseil d'administration. Quatre-vingt-sept entreprises et organismes sur cent trente-deux étaient présents ou représentés. Le conseil s'est réuni dans la foulée et a élu son nouveau bureau pour la période 2039–2042.</p>
<p>Jean-Baptiste COLLOT, président-directeur général des Forges de Bologne, succède à Martine Henriot à la présidence. Celle-ci, dirigeante de la coutellerie Henriot-Nogent, avait présidé le pôle pendant deux mandats, depuis 2033. « Martine a fait du pôle un lieu où les concurrents d'hier travaillent ensemble sur la décarbonation de leurs fours. Je compte bien continuer dans cette voie », a déclaré le nouveau président devant l'assemblée.</p>

<h2>La composition du bureau</h2>
<p>Le bureau élu par le conseil d'administration se compose comme suit :</p>
<ul>
<li>Président : Jean-Baptiste Collot (Forges de Bologne)</li>
<li>Vice-présidente chargée de l'innovation : Dr Claire Vautrin, directrice de l'antenne de Chaumont de l'Université de technologie de Troyes (UTT)</li>
<li>Vice-président chargé de l'emploi et des compétences : Karim Bensaïd (Fonderie de Joinville)</li>
<li>Trésorière : Anne-Sophie de La Motte-Barrois (Cabinet Barrois Expertise, Langres)</li>
<li>Secrétaire : Philippe Mougin (Mougin Mécanique de précision, Saint-Dizier)</li>
</ul>
<p>Les administrateurs nouvellement élus sont Élodie Rigollot (Coutellerie Rigollot, Nogent), Thomas Garnier (Garnier Traitements Thermiques, Bologne), Sandrine Petitjean (Lycée des métiers Eugène-Decomble, Chaumont) et Vincent Huguenin (Haute-Marne Numérique). La Chambre de commerce et d'industrie de la Haute-Marne et le Conseil départemental de la Haute-Marne restent membres de droit.</p>

<h2>Une nouvelle directrice en septembre</h2>
<p>L'assemblée a également été l'occasion de présenter la future directrice du pôle. Mélanie Thiébaut, aujourd'hui chargée de mission industrie à l'agence régionale Grand E-nov+ à Nancy, prendra ses fonctions le 1er septembre 2039. Elle remplace Olivier Pernot, directeur depuis la création de l'association en 2029, qui part à la retraite. Les adhérents lui ont offert un couteau de Nogent gravé à ses initiales, sous une longue ovation.</p>
<p>Olivier Pernot a rappelé les grandes étapes : la labellisation en 2031, le lancement du programme « Fours bas carbone » en 2035, le premier salon Métal'Expo à Saint-Dizier en 2036 et l'adhésion au réseau européen des clusters de la fonderie. « Le pôle n'était qu'un bureau prêté par la CCI. Aujourd'hui, c'est une équipe de six personnes et un laboratoire d'essais partagé », a-t-il résumé.</p>

<h2>Rapport d'activité 2038</h2>
<p>La directrice adjointe, Laure Chevalier, a présenté le rapport d'activité : 41 projets accompagnés, 18 nouveaux adhérents, 260 personnes formées au soudage et à la maintenance, et deux missions collectives, à la foire de Hanovre et au salon GIFA de Düsseldorf. Les comptes 2038, certifiés par le commissaire aux comptes, ont été approuvés à l'unanimité, de même que le budget 2039.</p>

<h2>Prochain rendez-vous</h2>
<p>Le prochain temps fort sera la cinquième édition de Métal'Expo, le jeudi 6 octobre 2039 au parc des expositions de Saint-Dizier. Les inscriptions des exposants sont ouvertes jusqu'au 15 juillet 2039.</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Courriel</a> · <a href="#">Imprimer</a></p>
<aside><h3>À lire aussi</h3><ul><li><a href="#">Fours bas carbone : cinq entreprises lauréates</a></li><li><a href="#">Les métiers de la forge à l'honneur au collège de Joinville</a></li></ul></aside>
</main>
<footer><p>Pôle Métal Haute-Marne · 40 avenue du Général-Leclerc, 52000 Chaumont · 03 25 00 00 00 · contact@polemetal52.example.fr</p>
<p>Avec le soutien de la Région Grand Est et de l'État. <a href="/mentions-legales">Mentions légales</a> · <a href="/plan">Plan du site</a></p></footer>
</body></html>
"""
write(F, T)
PM="Pôle Métal Haute-Marne"
gold(F,
 [P("Jean-Baptiste COLLOT","Président",PM), P("Martine Henriot","dirigeante","Henriot-Nogent"),
  P("Claire Vautrin","Vice-présidente chargée de l'innovation",PM),
  P("Karim Bensaïd","Vice-président chargé de l'emploi et des compétences",PM),
  P("Anne-Sophie de La Motte-Barrois","Trésorière",PM), P("Philippe Mougin","Secrétaire",PM),
  P("Élodie Rigollot","administrateur",PM), P("Thomas Garnier","administrateur",PM),
  P("Sandrine Petitjean","administrateur",PM), P("Vincent Huguenin","administrateur",PM),
  P("Mélanie Thiébaut","directrice",PM), P("Olivier Pernot","directeur",PM), P("Laure Chevalier","directrice adjointe",PM)],
 [O(PM), O("Forges de Bologne"), O("Henriot-Nogent"), O("Université de technologie de Troyes","UTT"), O("Fonderie de Joinville"),
  O("Cabinet Barrois Expertise"), O("Mougin Mécanique de précision"), O("Coutellerie Rigollot"),
  O("Garnier Traitements Thermiques"), O("Lycée des métiers Eugène-Decomble"), O("Haute-Marne Numérique"),
  O("Chambre de commerce et d'industrie de la Haute-Marne","CCI"), O("Conseil départemental de la Haute-Marne"),
  O("Grand E-nov+"), O("Région Grand Est")],
 [E("assemblée générale","2039-06-02",None,"Chaumont","France"),
  E("premier salon Métal'Expo","2036",None,"Saint-Dizier","France"),
  E("foire de Hanovre",None,None,"Hanovre","Germany"), E("salon GIFA",None,None,"Düsseldorf","Germany"),
  E("cinquième édition de Métal'Expo","2039-10-06",None,"Saint-Dizier","France")],
 ["2039-06-09","2039-06-02","2039/2042","2033","2039-09-01","2029","2031","2035","2036","2039-10-06","2039-07-15"],
 [], pub="2039-06-09")
