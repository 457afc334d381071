from h import *
F = 'g10_epinal_assises_filiere_bois_conclusions.html'
assert wd(2039,11,17)=='Jeudi'.replace('Jeudi','Thursday') and wd(2039,11,16)=='Wednesday' and wd(2040,1,24)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Assises vosgiennes de la filière bois 2039 : les conclusions – Pôle Fibres-Bois Vosges</title></head>
<body>
<div class="rgpd">En poursuivant votre navigation, vous acceptez l'utilisation de cookies à des fins de mesure d'audience. <a href="/confidentialite">En savoir plus</a> <button>J'accepte</button> <button>Je refuse</button></div>
<header><p class="logo">Pôle Fibres-Bois Vosges</p>
<nav><a href="/">Accueil</a> | <a href="/pole">Le pôle</a> | <a href="/adherents">Adhérents</a> | <a href="/projets">Projets</a> | <a href="/actualites">Actualités</a> | <a href="/agenda">Agenda</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="fil">Accueil &gt; Actualités &gt; Comptes rendus</p>
<h1>Assises vosgiennes de la filière bois 2039 : les conclusions</h1>
<p class="date">Publié le 28 novembre 2039 par Claire Haxaire, chargée de communication</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>

<p>Près de 260 professionnels – exploitants forestiers, scieurs, fabricants de meubles, papetiers, élus et chercheurs – se sont réunis à Épinal le jeudi 17 novembre 2039 pour la cinquième édition des Assises vosgiennes de la filière bois. Organisées par le Pôle Fibres-Bois Vosges avec le Conseil départemental des Vosges et la Région Grand Est, les Assises se sont tenues au Centre des congrès d'Épinal.</p>

<p>La veille, mercredi 16 novembre, une cinquantaine de participants ont pris part à une visite de la scierie Vosges Sapin Industrie à Rambervillers, puis de l'ENSTIB, l'École nationale supérieure des technologies et industries du bois, où les étudiants ont présenté leurs prototypes de construction en bois feuillu.</p>

<h2>Une filière sous tension</h2>
<p>En ouverture, François VANNSON, président du Conseil départemental des Vosges, a rappelé que la forêt couvre près de la moitié du département et que la filière y représente plus de 10 000 emplois. Les sécheresses répétées et les attaques de scolytes ont toutefois fait chuter la qualité du sapin et de l'épicéa. « Nous récoltons aujourd'hui du bois que nous n'avons pas choisi de récolter », a résumé Jean-Marc Didier, directeur de l'agence territoriale de l'Office national des forêts (ONF) à Épinal.</p>

<p>La table ronde de la matinée a réuni Mme Sophie Gérardin, présidente de la Fédération nationale du bois en Grand Est, M. Hugo de La Vaissière, directeur général des Papeteries de la Haute-Moselle, et Mme Nathalie Thiéry, vice-présidente de la Région Grand Est chargée de la forêt. Tous ont souligné le manque de main-d'œuvre qualifiée et le besoin d'investir dans le séchage et la transformation du hêtre.</p>

<p>L'après-midi, quatre ateliers ont travaillé sur le bois feuillu dans la construction, la formation, l'énergie et l'adaptation des forêts au climat.</p>

<h2>Conclusions et recommandations</h2>
<p>Au terme de la journée, le rapporteur général, Pierre-Yves Colin, délégué général du Pôle Fibres-Bois Vosges, a présenté les recommandations retenues par les participants :</p>
<ul>
<li>créer une plateforme départementale de séchage et d'aboutage du hêtre, ouverte aux petites scieries</li>
<li>inscrire une part minimale de bois local dans les marchés publics de construction des collectivités vosgiennes</li>
<li>ouvrir à la rentrée 2040 une formation de conducteurs de scierie en alternance au lycée Pierre Mendès France d'Épinal</li>
<li>lancer avec l'ONF et les communes forestières un plan de reboisement diversifié sur 5 000 hectares</li>
<li>mieux valoriser les produits connexes (écorces, sciures) dans la chimie verte, en lien avec les papetiers</li>
</ul>
<p>Ces recommandations seront transmises au préfet des Vosges et présentées au comité stratégique du contrat de filière régional le mardi 24 janvier 2040.</p>

<h2>Les éditions précédentes</h2>
<ul>
<li>2031 – Épinal, 14 novembre</li>
<li>2033 – Gérardmer, 7 et 8 octobre</li>
<li>2035 – Saint-Dié-des-Vosges, 19 novembre</li>
<li>2037 – Remiremont, 25 novembre</li>
</ul>

<p>Les présentations des intervenants sont disponibles dans l'espace adhérents. Contact presse : Claire Haxaire, communication@fibresbois.example.fr</p>
<p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a></p>
</main>
<footer><p>Pôle Fibres-Bois Vosges – association loi 1901 – 1 rue de la Maix, 88000 Épinal</p><p><a href="/mentions">Mentions légales</a> · <a href="/confidentialite">Politique de confidentialité</a> · © 2039</p></footer>
</body></html>
"""
write(F, T)
PF="Pôle Fibres-Bois Vosges"; CD="Conseil départemental des Vosges"
gold(F,
 [P("Claire Haxaire","chargée de communication",PF), P("François VANNSON","président",CD),
  P("Jean-Marc Didier","directeur de l'agence territoriale","Office national des forêts"),
  P("Sophie Gérardin","présidente","Fédération nationale du bois en Grand Est"),
  P("Hugo de La Vaissière","directeur général","Papeteries de la Haute-Moselle"),
  P("Nathalie Thiéry","vice-présidente de la Région Grand Est chargée de la forêt","Région Grand Est"),
  P("Pierre-Yves Colin","délégué général",PF)],
 [O(PF), O(CD), O("Région Grand Est"), O("Vosges Sapin Industrie"),
  O("École nationale supérieure des technologies et industries du bois","ENSTIB"),
  O("Office national des forêts","ONF"), O("Fédération nationale du bois en Grand Est"),
  O("Papeteries de la Haute-Moselle"), O("lycée Pierre Mendès France")],
 [E("Assises vosgiennes de la filière bois 2039","2039-11-17",None,"Épinal","France"),
  E("visite de la scierie Vosges Sapin Industrie","2039-11-16",None,"Rambervillers","France"),
  E("comité stratégique du contrat de filière régional","2040-01-24",None,None,None),
  E("Assises vosgiennes de la filière bois","2031-11-14",None,"Épinal","France"),
  E("Assises vosgiennes de la filière bois","2033-10-07","2033-10-08","Gérardmer","France"),
  E("Assises vosgiennes de la filière bois","2035-11-19",None,"Saint-Dié-des-Vosges","France"),
  E("Assises vosgiennes de la filière bois","2037-11-25",None,"Remiremont","France")],
 ["2039-11-28","2039-11-17","2039-11-16","2040-01-24","2040","2031-11-14","2033-10-07/2033-10-08","2035-11-19","2037-11-25"],
 ["créer une plateforme départementale de séchage et d'aboutage du hêtre, ouverte aux petites scieries",
  "inscrire une part minimale de bois local dans les marchés publics de construction des collectivités vosgiennes",
  "ouvrir à la rentrée 2040 une formation de conducteurs de scierie en alternance au lycée Pierre Mendès France d'Épinal",
  "lancer avec l'ONF et les communes forestières un plan de reboisement diversifié sur 5 000 hectares",
  "mieux valoriser les produits connexes (écorces, sciures) dans la chimie verte, en lien avec les papetiers"],
 pub="2039-11-28")
