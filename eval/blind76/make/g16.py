from h import *
F = 'szczecin-maritime-offshore-clusters-merger-2036.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Two clusters, one voice: Szczecin maritime and offshore wind clusters merge | BOMC</title></head>
<body>
<div class="cookie">We use cookies to analyse traffic and improve your experience. <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/" class="brand">Baltic Offshore &amp; Maritime Cluster</a>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/news" class="current">News</a> · <a href="/events">Events</a> · <a href="/join">Join</a> · <a href="/pl">PL</a> · <a href="/de">DE</a></nav></header>
<main>
<p class="bc">Home › News</p>
<h1>Two clusters, one voice: Szczecin maritime and offshore wind clusters merge</h1>
<p class="meta">Szczecin, 2 February 2036 · News · by the BOMC communications team</p>
<p><strong>The West Pomeranian Maritime Cluster (ZKM) and the Szczecin Offshore Wind Cluster (SOWC) have merged into a single organisation, the Baltic Offshore &amp; Maritime Cluster (BOMC). The merger was approved by the general assemblies of both associations at a joint meeting in Szczecin on Tuesday 29 January 2036 and takes legal effect on 1 March 2036.</strong></p>
<p>The new cluster brings together 142 members: shipyards, port operators, steel fabricators, cable and foundation suppliers, engineering offices, universities and local authorities from West Pomerania, with eleven associated members from Mecklenburg-Western Pomerania and Scania. Together they employ more than 21,000 people. The legal form is a registered association (stowarzyszenie) under Polish law, with the seat in Szczecin; the former ZKM association continues as the legal entity under its new name, while SOWC is dissolved and its members transferred.</p>
<h2>Why merge?</h2>
<p>"Our members increasingly work for the same customers: the developers of offshore wind farms in the Baltic Sea," said Zbigniew Kamiński, until now President of the West Pomeranian Maritime Cluster and Chairman of the Management Board of Gryfia Shipbuilding S.A. "It made no sense for two associations in the same city to run separate trade missions, training schemes and lobbying. One cluster with a clear offshore and maritime profile will be heard in Warsaw and in Brussels."</p>
<p>Monika Szulc-Bergmann, President of the Szczecin Offshore Wind Cluster and CEO of Baltic Foundations Sp. z o.o., added: "We bring in the offshore expertise and our partners in Germany and Denmark; ZKM brings decades of shipbuilding and port experience. Our members voted for the merger with 94 % of the votes."</p>
<h2>The new leadership</h2>
<p>At the joint assembly the members elected the first Management Board of BOMC for a term 2036–2039:</p>
<ul>
<li>President: Monika Szulc-Bergmann (Baltic Foundations Sp. z o.o.)</li>
<li>First Vice-President: Zbigniew Kamiński (Gryfia Shipbuilding S.A.)</li>
<li>Vice-President: Prof. dr hab. inż. Tadeusz Graczyk (Maritime University of Szczecin)</li>
<li>Treasurer: Justyna Wójcik-Lange (Port Services Świnoujście Sp. z o.o.)</li>
<li>Member: Henning Carstensen (Stralsund Offshore Logistics GmbH)</li>
</ul>
<p>The Supervisory Committee is chaired by Dr. Krystyna Nowak-Zych of the West Pomeranian University of Technology (ZUT). The cluster office will be led by Managing Director Bartosz Lewandowski, previously manager of SOWC; Agnieszka Maj, formerly director of the ZKM office, becomes Head of Member Services. All eight staff members of both offices continue in the new organisation at the Maritime Technology Centre on Wały Chrobrego.</p>
<h2>What members can expect</h2>
<p>The joint assembly adopted five priorities for the first three years of the merged cluster:</p>
<ol>
<li>Bring at least 30 West Pomeranian suppliers into the supply chains of the Baltic offshore wind farms by 2039.</li>
<li>Create a joint training centre for welders, riggers and service technicians with the Maritime University of Szczecin.</li>
<li>Represent members in the planning of the installation port in Świnoujście and of the deep-water container terminal.</li>
<li>Build a cross-border partnership with the clusters of Mecklenburg-Western Pomerania and Scania.</li>
<li>Offer one membership fee structure and one set of services from 1 March 2036.</li>
</ol>
<p>Members of both former clusters keep their membership automatically; no new declaration is needed. The new fee structure will be sent to all members by 15 February 2036.</p>
<h2>Thanks and next steps</h2>
<p>The assembly thanked Marian Kowalczyk, founding President of ZKM from 2011 to 2020, who attended the meeting as a guest of honour, and the West Pomeranian Voivodeship Marshal's Office, whose support made the merger study possible. Deputy Marshal Olga Kaczmarek-Rehn congratulated the members and confirmed that the region will co-finance the cluster's offshore supply-chain programme.</p>
<p>The merger was prepared over fourteen months by a working group of both boards, supported by the law firm Wardyński Nord Sp.k. and the consultancy Pomorskie Doradztwo Sp. z o.o. The group met for the first time on 14 November 2034 and presented its recommendations to both boards in September 2035.</p>
<p>The first event of the merged cluster will be the Baltic Offshore Supply Chain Day in Szczecin on Wednesday 12 March 2036, with the Polish Wind Energy Association (PSEW) as partner. Registration is open on the events page; participation is free of charge for members of the cluster and their employees.</p>
<p class="photo">Photo: the joint general assembly at the Maritime University of Szczecin, 29 January 2036 (Photo: Kacper Nowicki / BOMC).</p>
<p class="share">Share: LinkedIn · Facebook · X · E-mail</p>
</main>
<footer><p>Baltic Offshore &amp; Maritime Cluster · ul. Wały Chrobrego 1-2, 70-500 Szczecin, Poland · office@bomc.eu</p><p>© 2036 BOMC · <a href="#">Privacy policy</a> · <a href="#">Imprint</a></p></footer>
</body></html>
"""
write(F, T)
B_='Baltic Offshore & Maritime Cluster'
gold(F, [P('Zbigniew Kamiński','First Vice-President',B_), P('Monika Szulc-Bergmann','President',B_),
 P('Tadeusz Graczyk','Vice-President',B_), P('Justyna Wójcik-Lange','Treasurer',B_), P('Henning Carstensen','Member',B_),
 P('Krystyna Nowak-Zych',None,'West Pomeranian University of Technology'), P('Bartosz Lewandowski','Managing Director',B_),
 P('Agnieszka Maj','Head of Member Services',B_), P('Marian Kowalczyk','founding President','ZKM'),
 P('Olga Kaczmarek-Rehn','Deputy Marshal',"West Pomeranian Voivodeship Marshal's Office"), P('Kacper Nowicki',None,'BOMC')],
 [O(B_,'BOMC'), O('West Pomeranian Maritime Cluster','ZKM'), O('Szczecin Offshore Wind Cluster','SOWC'), O('Gryfia Shipbuilding S.A.'),
  O('Baltic Foundations Sp. z o.o.'), O('Maritime University of Szczecin'), O('Port Services Świnoujście Sp. z o.o.'),
  O('Stralsund Offshore Logistics GmbH'), O('Supervisory Committee'), O('West Pomeranian University of Technology','ZUT'),
  O('Maritime Technology Centre'), O("West Pomeranian Voivodeship Marshal's Office"), O('Wardyński Nord Sp.k.'),
  O('Pomorskie Doradztwo Sp. z o.o.'), O('Polish Wind Energy Association','PSEW')],
 [E('joint meeting','2036-01-29','2036-01-29','Szczecin','Poland'), E('working group','2034-11-14','2034-11-14',None,None),
  E('Baltic Offshore Supply Chain Day','2036-03-12','2036-03-12','Szczecin','Poland')],
 ['2036-02-02','2036-01-29','2036-03-01','2036/2039','2039','2036-02-15','2011/2020','2034-11-14','2035-09','2036-03-12'],
 ['Bring at least 30 West Pomeranian suppliers into the supply chains of the Baltic offshore wind farms by 2039',
  'Create a joint training centre for welders, riggers and service technicians with the Maritime University of Szczecin',
  'Represent members in the planning of the installation port in Świnoujście and of the deep-water container terminal',
  'Build a cross-border partnership with the clusters of Mecklenburg-Western Pomerania and Scania',
  'Offer one membership fee structure and one set of services from 1 March 2036'], pub='2036-02-02')
