from h import *
F = 'g02_reims_rencontres_bioeconomie_conclusions.html'
assert wd(2039,10,6)=='Thursday' and wd(2039,10,7)=='Friday' and wd(2040,10,11)=='Thursday' and wd(2040,10,12)=='Friday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Conclusions des 6es Rencontres de la bioéconomie – Pôle Agro-Ressources Grand Est</title></head>
<body>
<div class="bandeau-cookies">Ce site utilise des cookies pour mesurer l'audience. <a href="/cookies">En savoir plus</a> <button>Tout accepter</button> <button>Tout refuser</button></div>
<header><p class="logo">PARGE · Pôle Agro-Ressources Grand Est</p>
<nav><a href="/">Accueil</a> · <a href="/pole">Le pôle</a> · <a href="/adherents">Adhérents</a> · <a href="/projets">Projets</a> · <a href="/agenda">Agenda</a> · <a href="/actualites">Actualités</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane">Accueil &gt; Actualités &gt; Événements</p>
<h1>Rencontres de la bioéconomie : les conclusions de la 6e édition</h1>
<p class="date">Publié le 20 octobre 2039 · par l'équipe communication</p>

<p>La 6e édition des Rencontres de la bioéconomie de Reims s'est tenue les jeudi 6 et vendredi 7 octobre 2039 au Centre des congrès de Reims. Organisées par le Pôle Agro-Ressources Grand Est (PARGE) avec la Région Grand Est et l'Université de Reims Champagne-Ardenne (URCA), elles ont réuni 520 participants venus de 14 pays, dont une délégation de cluster finlandaise et une autre de Wallonie.</p>

<p>En ouverture, Claire Dubois-Lemaître, présidente du pôle, a rappelé que la filière régionale transforme chaque année plus de dix millions de tonnes de biomasse agricole. Jean-Marc Lhuillier, vice-président de la Région Grand Est chargé de l'innovation, a annoncé un nouvel appel à projets régional sur les biomatériaux, ouvert jusqu'au 15 janvier 2040.</p>

<p>La Commission européenne était représentée par Ewa Kowalczyk-Nowak, cheffe d'unité « Bioéconomie et chimie » à la DG GROW, qui a présenté l'état d'avancement du parcours de transition de l'écosystème agroalimentaire et les attentes de la Commission envers les clusters.</p>

<h2>Le programme en bref</h2>
<ul>
<li>Jeudi 6 octobre, 9h30 – Séance plénière d'ouverture</li>
<li>11h00 – Table ronde « Biomasse : produire plus ou transformer mieux ? » avec Mikko Järvinen (Lignova Oy, Oulu), Sophie N'Diaye (URCA, chaire de chimie verte) et Benoît Vasseur (coopérative Vivescia)</li>
<li>14h00 – Ateliers thématiques : biomatériaux, biocarburants avancés, compétences</li>
<li>19h30 – Dîner de gala au Palais du Tau</li>
<li>Vendredi 7 octobre, 9h00 – Rendez-vous d'affaires (B2B) : 212 rendez-vous</li>
<li>14h00 – Visites de sites à la bioraffinerie de Pomacle-Bazancourt</li>
</ul>

<h2>Conclusions des Rencontres</h2>
<p>À l'issue des ateliers, le comité scientifique présidé par Sophie N'Diaye a retenu les conclusions suivantes :</p>
<ol>
<li>La bioéconomie régionale doit passer d'une logique de volumes à une logique de valeur ajoutée, en priorité sur les biomatériaux pour le bâtiment et l'emballage</li>
<li>Les PME manquent d'accès aux démonstrateurs industriels ; un droit de tirage sur les équipements de la bioraffinerie doit leur être ouvert</li>
<li>Les besoins en compétences sont sous-estimés : 1 800 recrutements sont attendus d'ici 2045, notamment en maintenance et en biotechnologie</li>
<li>La coopération avec les clusters finlandais et wallons doit se traduire par au moins un projet commun dans le cadre d'Horizon Europe</li>
<li>Le pôle doit mesurer l'empreinte carbone de ses projets labellisés et publier ces données chaque année</li>
</ol>

<p>« Ces conclusions seront notre feuille de route pour les deux prochaines années », a résumé Thibault de Saint-Aubert, directeur général du PARGE.</p>

<h2>Six ans de Rencontres</h2>
<p>Lancées en 2034 à Reims, les Rencontres ont changé de ville à plusieurs reprises : Troyes a accueilli l'édition 2036, Châlons-en-Champagne celle de 2037 et Reims celle de 2038. Le nombre de participants a presque triplé depuis la première édition.</p>

<p>La 7e édition se tiendra les 11 et 12 octobre 2040 à Troyes, à l'Université de technologie de Troyes (UTT). Les propositions d'ateliers peuvent être déposées jusqu'au 31 mars 2040.</p>

<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Courriel</a> · <a href="/actualites">← Retour aux actualités</a></p>

<aside><h3>À lire aussi</h3>
<p><a href="#">Le PARGE rejoint le réseau européen des clusters de la bioéconomie</a> · <a href="#">Quatorze nouveaux projets labellisés</a></p></aside>
</main>
<footer><p>Pôle Agro-Ressources Grand Est – association loi 1901 – 2 esplanade Roland-Garros, 51100 Reims · contact@parge.example.fr</p>
<p>Avec le soutien de l'État et de la Région Grand Est · <a href="/mentions">Mentions légales</a> · <a href="/rgpd">Données personnelles</a></p></footer>
</body></html>
"""
write(F, T)
PG = "Pôle Agro-Ressources Grand Est"
gold(F,
 [P("Claire Dubois-Lemaître", "présidente", PG),
  P("Jean-Marc Lhuillier", "vice-président de la Région Grand Est chargé de l'innovation", "Région Grand Est"),
  P("Ewa Kowalczyk-Nowak", "cheffe d'unité « Bioéconomie et chimie »", "DG GROW"),
  P("Mikko Järvinen", None, "Lignova Oy"),
  P("Sophie N'Diaye", None, "URCA"),
  P("Benoît Vasseur", None, "Vivescia"),
  P("Thibault de Saint-Aubert", "directeur général", "PARGE")],
 [O(PG, "PARGE"), O("Région Grand Est"), O("Université de Reims Champagne-Ardenne", "URCA"),
  O("Commission européenne"), O("DG GROW"), O("Bioéconomie et chimie"), O("Lignova Oy"), O("Vivescia"),
  O("Université de technologie de Troyes", "UTT")],
 [E("6e édition des Rencontres de la bioéconomie de Reims", "2039-10-06", "2039-10-07", "Reims", "France"),
  E("Dîner de gala", "2039-10-06", None, "Reims", "France"),
  E("Rendez-vous d'affaires (B2B)", "2039-10-07", None, "Reims", "France"),
  E("Visites de sites à la bioraffinerie de Pomacle-Bazancourt", "2039-10-07", None, "Pomacle-Bazancourt", "France"),
  E("Rencontres de la bioéconomie (2034)", "2034", None, "Reims", "France"),
  E("Rencontres de la bioéconomie (édition 2036)", "2036", None, "Troyes", "France"),
  E("Rencontres de la bioéconomie (2037)", "2037", None, "Châlons-en-Champagne", "France"),
  E("Rencontres de la bioéconomie (2038)", "2038", None, "Reims", "France"),
  E("7e édition", "2040-10-11", "2040-10-12", "Troyes", "France")],
 ["2039-10-20", "2039-10-06/2039-10-07", "2040-01-15", "2039-10-06", "2039-10-07", "2045", "2034", "2036", "2037", "2038",
  "2040-10-11/2040-10-12", "2040-03-31"],
 ["La bioéconomie régionale doit passer d'une logique de volumes à une logique de valeur ajoutée, en priorité sur les biomatériaux pour le bâtiment et l'emballage",
  "Les PME manquent d'accès aux démonstrateurs industriels ; un droit de tirage sur les équipements de la bioraffinerie doit leur être ouvert",
  "Les besoins en compétences sont sous-estimés : 1 800 recrutements sont attendus d'ici 2045, notamment en maintenance et en biotechnologie",
  "La coopération avec les clusters finlandais et wallons doit se traduire par au moins un projet commun dans le cadre d'Horizon Europe",
  "Le pôle doit mesurer l'empreinte carbone de ses projets labellisés et publier ces données chaque année"],
 pub="2039-10-20")
