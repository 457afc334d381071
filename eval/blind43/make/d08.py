from common import *
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Normandy Cluster Week 2033 – Programme | AD Normandie</title></head>
<body>
<div id="cookies">We use cookies to measure audience. <button>OK</button> <button>Customise</button></div>
<header>
<a class="logo" href="/">AD Normandie – Agence de Développement pour la Normandie</a>
<nav><a href="/">Home</a> | <a href="/invest">Invest</a> | <a href="/innovate">Innovate</a> | <a href="/clusters">Clusters &amp; networks</a> | <a href="/events">Events</a> | <a href="/fr">FR</a></nav>
<p class="breadcrumb">Home / Events / Normandy Cluster Week 2033</p>
</header>
<main>
<h1>Normandy Cluster Week 2033</h1>
<p class="subtitle">Monday 3 to Friday 7 October 2033 · one day, one cluster, one place</p>
<p>For the second year running, the Normandy Cluster Week puts the region's clusters and competitiveness poles in the spotlight. Each day a different cluster opens its doors, in a different town, with a format of its own: from a conference on offshore wind to a hackathon for food packaging. All events are free for companies; registration is required for each day separately. The week is coordinated by AD Normandie with the Région Normandie and is labelled as part of the EU Cluster Weeks campaign.</p>
<p>"Our clusters work on very different subjects, but the companies behind them often share suppliers, customers and the same recruitment problems. The week is there so that they meet," explains Sébastien Lecanu, head of the clusters department at AD Normandie.</p>

<h2>Programme</h2>

<div class="day">
<h3>Monday 3 October – Le Havre</h3>
<p><strong>Offshore Wind Supply Chain Day</strong><br>
Organiser: Pôle Éolien Manche-Seine (PEMS)<br>
Venue: Docks Océane, Le Havre · 9:00–17:30<br>
Conference and exhibition for suppliers to the offshore wind farms in the Channel. Keynote by Gwenaëlle Le Bihan, director of offshore projects at Rivage Énergies SAS. In the afternoon, a visit of the blade factory of Caux Composites SA.</p>
</div>

<div class="day">
<h3>Tuesday 4 October – Caen</h3>
<p><strong>Cyber &amp; Health: securing hospitals</strong><br>
Organiser: Normandie Santé Numérique, with the Caen University Hospital (CHU de Caen)<br>
Venue: Campus EffiScience, Colombelles · 14:00–18:00<br>
Workshop for hospital IT managers and start-ups; round table with Dr. Olivier Dufresne, chief information officer of the CHU de Caen, and Anaïs Marchetti, founder of Vigilis Santé.</p>
</div>

<div class="day">
<h3>Wednesday 5 October – Rouen</h3>
<p><strong>Chemistry &amp; Process Industry Forum</strong><br>
Organiser: AXE Seine Chimie, the chemistry and process cluster of the Seine valley<br>
Venue: Kindarena, Rouen · 8:30–16:00<br>
Forum on decarbonising the chemical plants of the Seine axis, with the launch of the regional industrial heat network study. Speakers include Hervé Quesnel, president of AXE Seine Chimie, and Isabelle Thorel-Bazin, regional director of ADEME Normandie.</p>
</div>

<div class="day">
<h3>Thursday 6 October – Saint-Lô</h3>
<p><strong>Hack'Emballage – the dairy packaging hackathon</strong><br>
Organiser: Normandie Agri-Food Valley (NAV)<br>
Venue: Pôle Agricole de Saint-Lô · 9:00 on Thursday to 16:00 on Friday<br>
Teams of students and young professionals work for 30 hours on three challenges set by dairy cooperatives. The jury is chaired by Yannick Hébert, innovation director of Coopérative Laitière du Bocage. Winners announced on Friday 7 October at 15:00.</p>
</div>

<div class="day">
<h3>Friday 7 October – Évreux</h3>
<p><strong>Closing event: "Clusters and skills"</strong><br>
Organiser: Pôle Parfum-Cosmétique de l'Eure and the Campus des Métiers et des Qualifications Industrie du Futur<br>
Venue: Hôtel de Région annex, Évreux · 10:00–13:00<br>
Presentation of the first joint skills barometer of the Normandy clusters, followed by a debate with Christelle Montagu, vice-president of the Région Normandie in charge of economy and innovation. Networking lunch.</p>
</div>

<h2>Why a Cluster Week?</h2>
<p>Normandy has more than fifteen clusters, competitiveness poles and business networks, many of them small and run by two or three people. Each organises its own events, often on the same subjects and sometimes on the same day. The Cluster Week bundles five of these events in one week and one communication campaign, so that companies see the whole range of what the clusters offer and the clusters learn from each other's formats. Last year's first edition attracted 780 participants over five days; a third of them attended the event of a cluster of which their company was not a member.</p>
<p>The week also serves as a test for closer cooperation between the clusters: a joint skills barometer, presented on Friday, is the first common publication of the Normandy clusters, and a shared calendar of events for 2034 will be published at the end of the week.</p>
<h2>Practical information</h2>
<ul>
<li>Registration for each day closes on 28 September 2033.</li>
<li>Free shuttle between Rouen station and Kindarena on 5 October.</li>
<li>Working language: French; the Offshore Wind Supply Chain Day has interpretation into English.</li>
</ul>
<p>Contact: Laure Vasseur, events officer, AD Normandie – clusterweek@adnormandie.example</p>
<p>Save the date: Normandy Cluster Week 2034 will take place from 2 to 6 October 2034.</p>
</main>
<footer>
<p>AD Normandie · Le Dock, 1 quai de la Saône, Rouen · <a href="#">Legal notice</a> · <a href="#">Personal data</a> · <a href="#">Accessibility: partially compliant</a></p>
<p>Follow us: LinkedIn · YouTube · X</p>
</footer>
</body>
</html>
"""
gold("adnormandie_normandy-cluster-week-2033_programme.html", None,
 [P("Sébastien Lecanu","head of the clusters department","AD Normandie"),
  P("Gwenaëlle Le Bihan","director of offshore projects","Rivage Énergies SAS"),
  P("Olivier Dufresne","chief information officer","CHU de Caen"),
  P("Anaïs Marchetti","founder","Vigilis Santé"),
  P("Hervé Quesnel","president","AXE Seine Chimie"),
  P("Isabelle Thorel-Bazin","regional director","ADEME Normandie"),
  P("Yannick Hébert","innovation director","Coopérative Laitière du Bocage"),
  P("Christelle Montagu","vice-president","Région Normandie"),
  P("Laure Vasseur","events officer","AD Normandie")],
 [O("AD Normandie – Agence de Développement pour la Normandie","AD Normandie"), O("Région Normandie"),
  O("Pôle Éolien Manche-Seine","PEMS"), O("Rivage Énergies SAS"), O("Caux Composites SA"),
  O("Normandie Santé Numérique"), O("Caen University Hospital","CHU de Caen"), O("Vigilis Santé"),
  O("AXE Seine Chimie"), O("ADEME Normandie"), O("Normandie Agri-Food Valley","NAV"),
  O("Coopérative Laitière du Bocage"), O("Pôle Parfum-Cosmétique de l'Eure"),
  O("Campus des Métiers et des Qualifications Industrie du Futur")],
 [E("Normandy Cluster Week 2033","2033-10-03","2033-10-07",None,None),
  E("Offshore Wind Supply Chain Day","2033-10-03",None,"Le Havre","France"),
  E("Cyber & Health: securing hospitals","2033-10-04",None,"Caen","France"),
  E("Chemistry & Process Industry Forum","2033-10-05",None,"Rouen","France"),
  E("Hack'Emballage","2033-10-06","2033-10-07","Saint-Lô","France"),
  E('Closing event: "Clusters and skills"',"2033-10-07",None,"Évreux","France"),
  E("Normandy Cluster Week 2034","2034-10-02","2034-10-06",None,None),
  E("EU Cluster Weeks",None,None,None,None)],
 ["2033-10-03/2033-10-07","2033-10-03","2033-10-04","2033-10-05","2033-10-06","2033-10-07","2033-09-28","2034-10-02/2034-10-06","2034"],
 [], T)
