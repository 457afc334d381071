from h import *
F = 'g04_corse_agroalimentaire_lettre.html'
assert wd(2036,4,9)=='Wednesday' and wd(2036,5,15)=='Thursday' and wd(2036,3,12)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La Lettre du Cluster – n° 27 – Avril 2036</title></head>
<body>
<div id="rgpd">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a> · <a href="#">Personnaliser</a></div>
<header><p class="logo">Cluster Agroalimentaire de Corse</p>
<nav><a href="/">Accueil</a> · <a href="/cluster">Le cluster</a> · <a href="/adherents">Adhérents</a> · <a href="/agenda">Agenda</a> · <a href="/actualites">Actualités</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane">Accueil › Actualités › La Lettre n° 27</p>
<h1>La Lettre du Cluster – n° 27 – Avril 2036</h1>
<p class="date">Publié le 1<sup>er</sup> avril 2036 | Partager : <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>

<h2>Édito</h2>
<p>Chers adhérents, la saison touristique approche et, avec elle, la question qui revient chaque année : comment faire
entrer davantage de produits corses dans les cuisines des hôtels et des restaurants de l'île ? Notre plateforme
d'achat groupé a franchi le cap des 120 établissements clients. C'est encourageant, mais encore trop peu. Je compte sur
chacun d'entre vous pour venir aux Rencontres acheteurs de Corte et convaincre, assiette à l'appui.</p>
<p><strong>Marie-Laure Santoni-Filippi</strong>, présidente</p>

<h2>Vie des adhérents</h2>
<p><strong>Bienvenue</strong> à la SAS Fromagerie du Niolo (Calacuccia), à la SARL Agrumes de la Plaine (Linguizzetta),
à la SCOP Moulin Oléicole du Nebbiu (Oletta) et à l'EURL Brasserie Tavignanu (Corte).</p>
<p><strong>Anniversaire :</strong> la coopérative Unione di i Castagnicultori Corsi fête ses 40 ans ; créée en 1996 à
Piedicroce, elle regroupe aujourd'hui 212 producteurs.</p>
<p><strong>Investissement :</strong> la SAS Charcuterie Pietri Frères inaugure à Ghisonaccia un séchoir de 1 800 m² ; un
investissement de 4,5 M€ soutenu par l'Agence de développement économique de la Corse (ADEC).</p>

<h2>Carnet</h2>
<p>Pascal Orsoni est nommé directeur du Cluster Agroalimentaire de Corse à compter du 1<sup>er</sup> mai 2036. Il
succède à Hélène Casabianca, qui part à la retraite après quatorze ans à la tête de l'équipe. Le conseil
d'administration accueille Jean-Dominique Mattei, gérant de la Brasserie Tavignanu, comme administrateur.</p>

<h2>Agenda</h2>
<ul>
<li><strong>Mercredi 9 avril 2036, 9h30–12h30</strong> – Atelier « Étiquetage et allégations de santé », Chambre de commerce et d'industrie de Haute-Corse, Bastia.</li>
<li><strong>Jeudi 15 mai 2036, 10h–17h</strong> – Rencontres acheteurs CHR, Università di Corsica Pasquale Paoli, Corte. Inscriptions avant le 2 mai 2036.</li>
<li><strong>24–26 juin 2036</strong> – Salon Terra Madre Méditerranée, Marseille : stand collectif du cluster (6 places).</li>
</ul>
<p><strong>Retour sur</strong> la journée « Export Italie » du mercredi 12 mars 2036 à Ajaccio : 38 entreprises, 64 rendez-vous
d'affaires avec des importateurs de Toscane et de Ligurie.</p>

<h2>Depuis Bruxelles</h2>
<p>La Commission européenne a présenté sa communication sur les clusters et les régions ultrapériphériques et insulaires.
Selon Lucia Ferraro, chargée de mission au bureau de la Collectivité de Corse à Bruxelles, les îles pourront
bénéficier d'un volet spécifique de la plateforme européenne de collaboration des clusters à partir de 2037.</p>

<h2>Étude : les circuits courts en Corse</h2>
<p>L'étude menée avec l'Office du Développement Agricole et Rural de Corse (ODARC) auprès de 146 producteurs est
disponible. Principaux enseignements :</p>
<ul>
<li>Les circuits courts représentent 41 % du chiffre d'affaires des adhérents</li>
<li>Le transport maritime reste le premier surcoût pour l'export vers le continent</li>
<li>Un producteur sur trois souhaite mutualiser la logistique</li>
</ul>

<h2>Offres et appels</h2>
<p>Appel à projets « Innovation alimentaire » de la Collectivité de Corse : dépôt des dossiers jusqu'au 30 juin 2036.</p>

<blockquote>« Grâce au cluster, nos clémentines sont servies dans trois hôtels de Porto-Vecchio. » — Anthony Luciani, gérant, SARL Agrumes de la Plaine</blockquote>
</main>
<footer>
<p>Cluster Agroalimentaire de Corse – association loi 1901 – 2 rue du Pontetto, 20200 Bastia – SIRET 000 000 000 00000</p>
<p>Directeur de la publication : Marie-Laure Santoni-Filippi · Crédit photo : Ghjuvanni Paoli</p>
<p>Vous recevez cette lettre car vous êtes adhérent ou partenaire. <a href="#">Se désinscrire</a></p>
</footer>
</body></html>
"""
write(F, T)
CA="Cluster Agroalimentaire de Corse"
gold(F,
 [P("Marie-Laure Santoni-Filippi","présidente",CA),
  P("Pascal Orsoni","directeur",CA),
  P("Hélène Casabianca",None,CA),
  P("Jean-Dominique Mattei","administrateur",CA),
  P("Lucia Ferraro","chargée de mission","Collectivité de Corse"),
  P("Anthony Luciani","gérant","SARL Agrumes de la Plaine"),
  P("Ghjuvanni Paoli",None,None)],
 [O(CA), O("SAS Fromagerie du Niolo"), O("SARL Agrumes de la Plaine"), O("SCOP Moulin Oléicole du Nebbiu"),
  O("EURL Brasserie Tavignanu"), O("Unione di i Castagnicultori Corsi"), O("SAS Charcuterie Pietri Frères"),
  O("Agence de développement économique de la Corse","ADEC"),
  O("Chambre de commerce et d'industrie de Haute-Corse"), O("Università di Corsica Pasquale Paoli"),
  O("Commission européenne"), O("Collectivité de Corse"), O("plateforme européenne de collaboration des clusters"),
  O("Office du Développement Agricole et Rural de Corse","ODARC")],
 [E("Rencontres acheteurs CHR","2036-05-15",None,"Corte","France"),
  E("Atelier « Étiquetage et allégations de santé »","2036-04-09",None,"Bastia","France"),
  E("Salon Terra Madre Méditerranée","2036-06-24","2036-06-26","Marseille","France"),
  E("journée « Export Italie »","2036-03-12",None,"Ajaccio","France")],
 ["2036-04","2036-04-01","1996","2036-05-01","2036-04-09","2036-05-15","2036-05-02","2036-06-24/2036-06-26",
  "2036-03-12","2037","2036-06-30"],
 ["Les circuits courts représentent 41 % du chiffre d'affaires des adhérents",
  "Le transport maritime reste le premier surcoût pour l'export vers le continent",
  "Un producteur sur trois souhaite mutualiser la logistique"], "2036-04-01")
