from h import *
F = 'breizh-mor-lorient-equipe-et-gouvernance.html'
T = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>L'équipe et la gouvernance – Breizh Mor Industries, cluster naval et nautique du Morbihan</title></head>
<body>
<div id="tarteaucitron">Ce site utilise des cookies pour mesurer l'audience. <a href="/confidentialite">En savoir plus</a> <button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button></div>
<header><a href="/" class="logo">Breizh Mor Industries</a>
<nav><ul><li><a href="/le-cluster">Le cluster</a></li><li><a href="/le-cluster/equipe" class="actif">Équipe &amp; gouvernance</a></li><li><a href="/adherents">Annuaire des adhérents</a></li><li><a href="/projets">Projets</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/actualites">Actualités</a></li><li><a href="/adherer">Adhérer</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<p class="lang"><a href="/fr">FR</a> | <a href="/en">EN</a> | <a href="/br">BR</a></p></header>
<main>
<p class="fil">Accueil &gt; Le cluster &gt; Équipe &amp; gouvernance</p>
<h1>L'équipe et la gouvernance</h1>
<p>Créée en 2011 à Lorient, l'association Breizh Mor Industries fédère 142 entreprises de la construction et de la réparation navales, du nautisme, des énergies marines renouvelables et de la pêche, ainsi que des laboratoires de l'Université Bretagne Sud (UBS) et de l'École nationale supérieure de techniques avancées Bretagne (ENSTA Bretagne). Le cluster est membre du Pôle Mer Bretagne Atlantique et de la French Fab.</p>

<h2>L'équipe permanente</h2>
<div class="cartes">
<div class="carte"><h3>Gwenaëlle Le Floc'h</h3><p class="fonction">Déléguée générale</p><p>Stratégie, relations institutionnelles, projets européens. Arrivée en septembre 2031 après dix ans chez Naval Group à Lorient.</p><p>gwenaelle.lefloch@breizhmor.bzh · 02 97 55 40 01</p></div>
<div class="carte"><h3>Yann-Erwan Le Goff</h3><p class="fonction">Responsable du pôle développement des entreprises</p><p>Accompagnement des PME, diagnostics industrie du futur, achats groupés.</p><p>ye.legoff@breizhmor.bzh</p></div>
<div class="carte"><h3>Maëlys Guillou-Tanguy</h3><p class="fonction">Chargée de mission énergies marines renouvelables</p><p>Filière éolien flottant, lien avec Bretagne Ocean Power et le parc de Groix – Belle-Île.</p><p>m.guillou@breizhmor.bzh</p></div>
<div class="carte"><h3>Dr. Karim Benhamou</h3><p class="fonction">Chargé de mission innovation et projets collaboratifs</p><p>Montage de projets, relations avec l'UBS et l'Ifremer, labellisation.</p><p>k.benhamou@breizhmor.bzh</p></div>
<div class="carte"><h3>Soizic Jégo</h3><p class="fonction">Chargée de communication et d'événements</p><p>Newsletter, réseaux sociaux, organisation des Rencontres Breizh Mor.</p><p>s.jego@breizhmor.bzh</p></div>
<div class="carte"><h3>Anaïs Da Costa Rivière</h3><p class="fonction">Assistante administrative et financière</p><p>Adhésions, facturation, logistique.</p><p>contact@breizhmor.bzh · 02 97 55 40 00</p></div>
<div class="carte"><h3>Tristan Kerbrat</h3><p class="fonction">Alternant, chargé de mission emploi-formation</p><p>Forum des métiers de la mer, relations avec les lycées maritimes. En alternance avec l'IUT de Lorient-Pontivy jusqu'en août 2035.</p></div>
</div>

<h2>Le conseil d'administration</h2>
<p>Le conseil d'administration a été élu par l'assemblée générale du 16 juin 2034 pour un mandat de trois ans (2034–2037). Il se réunit cinq fois par an.</p>
<table>
<tr><th>Nom</th><th>Fonction au CA</th><th>Entreprise / organisme</th></tr>
<tr><td>Hervé LE DANTEC</td><td>Président</td><td>Chantier Naval du Blavet SAS, Lanester</td></tr>
<tr><td>Catherine MORVAN-BERTHO</td><td>Vice-présidente</td><td>Kerroc'h Composites SARL, Ploemeur</td></tr>
<tr><td>Loïc PÉRON</td><td>Trésorier</td><td>Atlantique Hydraulique Services SA, Lorient</td></tr>
<tr><td>Dr. Inès Martin-Kervella</td><td>Secrétaire</td><td>Université Bretagne Sud, laboratoire IRDL</td></tr>
<tr><td>Jean-Marc de La Villemarqué</td><td>Administrateur</td><td>Naval Group, site de Lorient</td></tr>
<tr><td>Rozenn Quéméner</td><td>Administratrice</td><td>Voilerie Océane, La Trinité-sur-Mer</td></tr>
<tr><td>Fabrice Nicolas</td><td>Administrateur</td><td>Armement Lorientais de Pêche</td></tr>
<tr><td>Aurélie Van Hove</td><td>Administratrice</td><td>Lorient Agglomération (membre associé)</td></tr>
</table>
<p>Président d'honneur : Bernard Le Pennec, fondateur du cluster et président de 2011 à 2028.</p>

<h2>Le comité d'orientation stratégique</h2>
<p>Présidé par la Pr. Solène Arzel-Maguet (ENSTA Bretagne), le comité réunit des experts extérieurs : Mikael Thorsen (Maritime Cluster Norway-Denmark), Lorena Echeverría Goñi (Clúster Marítimo Vasco, Bilbao) et un représentant de la Région Bretagne. Il s'est réuni pour la dernière fois le 3 octobre 2034 à Lorient.</p>

<h2>Les commissions thématiques</h2>
<p>Quatre commissions ouvertes à tous les adhérents préparent les décisions du conseil d'administration et proposent des actions collectives :</p>
<ul>
<li><strong>Navires du futur et décarbonation</strong> – animée par Loïc Péron, avec l'appui de Yann-Erwan Le Goff ; travaux en cours sur la propulsion vélique et l'hydrogène à quai.</li>
<li><strong>Énergies marines renouvelables</strong> – animée par Maëlys Guillou-Tanguy ; préparation des appels d'offres pour le parc éolien flottant au large de Groix.</li>
<li><strong>Emploi, compétences et attractivité</strong> – animée par Rozenn Quéméner ; le Forum des métiers de la mer accueille chaque année plus de 1 200 collégiens et lycéens.</li>
<li><strong>International</strong> – animée par Jean-Marc de La Villemarqué ; missions collectives vers les salons Europort (Rotterdam) et SMM (Hambourg).</li>
</ul>

<h2>Nos financeurs</h2>
<p>Région Bretagne · Lorient Agglomération · Conseil départemental du Morbihan · Union européenne (FEDER) · Banque des Territoires</p>

<aside><h3>Prochain rendez-vous</h3><p><strong>Rencontres Breizh Mor 2035</strong> – jeudi 12 avril 2035, Cité de la Voile Éric Tabarly, Lorient. <a href="/agenda/rencontres-2035">Inscriptions</a></p></aside>
</main>
<footer><p>Breizh Mor Industries – Association loi 1901 – Base de sous-marins, 18 rue Sous-Marin Flore, 56100 Lorient – 02 97 55 40 00</p>
<p><a href="/mentions-legales">Mentions légales</a> · <a href="/confidentialite">Politique de confidentialité</a> · <a href="/plan">Plan du site</a> · © 2034 Breizh Mor Industries</p></footer>
</body></html>
"""
import datetime
assert datetime.date(2035,4,12).strftime('%A')=='Thursday', datetime.date(2035,4,12).strftime('%A')
write(F, T)
BM="Breizh Mor Industries"
gold(F, [
 P("Gwenaëlle Le Floc'h", "Déléguée générale", BM),
 P("Yann-Erwan Le Goff", "Responsable du pôle développement des entreprises", BM),
 P("Maëlys Guillou-Tanguy", "Chargée de mission énergies marines renouvelables", BM),
 P("Karim Benhamou", "Chargé de mission innovation et projets collaboratifs", BM),
 P("Soizic Jégo", "Chargée de communication et d'événements", BM),
 P("Anaïs Da Costa Rivière", "Assistante administrative et financière", BM),
 P("Tristan Kerbrat", "Alternant, chargé de mission emploi-formation", BM),
 P("Hervé LE DANTEC", "Président", BM),
 P("Catherine MORVAN-BERTHO", "Vice-présidente", BM),
 P("Loïc PÉRON", "Trésorier", BM),
 P("Inès Martin-Kervella", "Secrétaire", BM),
 P("Jean-Marc de La Villemarqué", "Administrateur", BM),
 P("Rozenn Quéméner", "Administratrice", BM),
 P("Fabrice Nicolas", "Administrateur", BM),
 P("Aurélie Van Hove", "Administratrice", BM),
 P("Bernard Le Pennec", "Président d'honneur", BM),
 P("Solène Arzel-Maguet", None, "ENSTA Bretagne"),
 P("Mikael Thorsen", None, "Maritime Cluster Norway-Denmark"),
 P("Lorena Echeverría Goñi", None, "Clúster Marítimo Vasco"),
],[
 O(BM),
 O("Université Bretagne Sud","UBS"),
 O("École nationale supérieure de techniques avancées Bretagne","ENSTA Bretagne"),
 O("Pôle Mer Bretagne Atlantique"), O("French Fab"),
 O("Naval Group"), O("Bretagne Ocean Power"), O("Ifremer"),
 O("IUT de Lorient-Pontivy"),
 O("Chantier Naval du Blavet SAS"), O("Kerroc'h Composites SARL"),
 O("Atlantique Hydraulique Services SA"), O("IRDL"),
 O("Voilerie Océane"), O("Armement Lorientais de Pêche"),
 O("Lorient Agglomération"),
 O("Maritime Cluster Norway-Denmark"), O("Clúster Marítimo Vasco"),
 O("Région Bretagne"), O("Conseil départemental du Morbihan"),
 O("Union européenne"), O("Banque des Territoires"),
],[
 E("Forum des métiers de la mer",None,None,None,None),
 E("assemblée générale du 16 juin 2034","2034-06-16","2034-06-16",None,None),
 E("comité d'orientation stratégique","2034-10-03","2034-10-03","Lorient","France"),
 E("Europort",None,None,"Rotterdam","Netherlands"),
 E("SMM",None,None,"Hambourg","Germany"),
 E("Rencontres Breizh Mor 2035","2035-04-12","2035-04-12","Lorient","France"),
],["2011","2031-09","2035-08","2034-06-16","2034/2037","2011/2028","2034-10-03","2035-04-12"],[])
