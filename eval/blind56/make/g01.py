from h import *
F = 'team_kurzeme-maritime-technology-cluster.html'
T = '''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Our team | Kurzeme Maritime Technology Cluster</title></head>
<body>
<div id="cookie-consent">This website uses cookies to improve your experience. By continuing you agree to our <a href="/en/privacy">privacy policy</a>. <button>OK</button> <button>Settings</button></div>
<header>
<a class="logo" href="/en/">KMTC – Kurzemes Jūras tehnoloģiju klasteris</a>
<nav><ul>
<li><a href="/en/about">About</a></li>
<li><a href="/en/about/team" class="active">Team</a></li>
<li><a href="/en/members">Members</a></li>
<li><a href="/en/projects">Projects</a></li>
<li><a href="/en/news">News</a></li>
<li><a href="/lv/">LV</a> / <a href="/en/">EN</a></li>
</ul></nav>
</header>
<div class="crumbs"><a href="/en/">Home</a> › <a href="/en/about">About</a> › Our team</div>
<main>
<h1>Our team</h1>
<p>The Kurzeme Maritime Technology Cluster (KMTC) is run from a small office in the Liepāja Special Economic Zone building on
Fēliksa iela. The association was registered in 2019 by eleven shipyards, port service companies and the Liepāja Maritime
College, and today counts 64 members in Liepāja, Ventspils, Pāvilosta and Kuldīga. The cluster management team works on four
programmes: ship repair and retrofit, offshore wind logistics, port digitalisation, and maritime skills. Since January 2033
the team has also coordinated the Latvian side of the Interreg Baltic Sea Region project BLUE-PORT-SKILLS.</p>
<p>The team reports to the Board (Valde), which is elected by the General Meeting of members for a two-year term. The present
Board was elected on 27 April 2033 and serves for 2033–2035.</p>

<h2>Cluster management</h2>
<div class="cards">
<div class="card"><h3>Ilze Bērziņa-Kalniņa</h3>
<p class="position">Cluster Manager</p>
<p>Strategy, membership, relations with the Ministry of Economics and the Investment and Development Agency of Latvia (LIAA).</p>
<p>ilze.berzina@kmtc.example · +371 634 00 210</p></div>
<div class="card"><h3>Mārtiņš Ozoliņš</h3>
<p class="position">Deputy Cluster Manager, Head of Projects</p>
<p>Project pipeline, Interreg and Horizon Europe proposals, the BLUE-PORT-SKILLS work package on training.</p>
<p>martins.ozolins@kmtc.example</p></div>
<div class="card"><h3>Dr. Aleksandrs Petrovs</h3>
<p class="position">Senior Technology Adviser (offshore wind)</p>
<p>Seconded part-time from Riga Technical University; supply-chain mapping for the Elwind offshore wind project.</p>
<p>aleksandrs.petrovs@kmtc.example</p></div>
<div class="card"><h3>Kristīne Jansone</h3>
<p class="position">Internationalisation Manager</p>
<p>Trade fairs, business missions, partner search. Contact point of the Enterprise Europe Network Latvia for the cluster.</p>
<p>kristine.jansone@kmtc.example</p></div>
<div class="card"><h3>Edgars Kļaviņš</h3>
<p class="position">project coordinator – port digitalisation</p>
<p>Digital twin pilots with the Port of Liepāja and the Ventspils Freeport Authority.</p>
<p>edgars.klavins@kmtc.example</p></div>
<div class="card"><h3>Laura Freimane</h3>
<p class="position">Communication and Events Officer</p>
<p>Newsletter, website, the annual Kurzeme Maritime Day. On parental leave until 31 August 2034; in the meantime please write to info@kmtc.example.</p></div>
<div class="card"><h3>Oskars Vītols</h3>
<p class="position">Finance and Administration</p>
<p>Membership fees, project accounting, audits.</p>
<p>oskars.vitols@kmtc.example</p></div>
<div class="card"><h3>Sanita Roze</h3>
<p class="position">Skills Programme Manager</p>
<p>Apprenticeships with the Liepāja Maritime College and the Ventspils University of Applied Sciences; the "Jūras karjera" campaign in schools.</p>
<p>sanita.roze@kmtc.example</p></div>
</div>

<h2>Board</h2>
<p>The Board meets at least six times a year. Its members serve in a personal capacity but are nominated by member companies.</p>
<table class="board">
<tr><th>Name</th><th>Function</th><th>Company</th></tr>
<tr><td>Jānis Kalējs</td><td>Chairman of the Board</td><td>Tosmares kuģubūvētava</td></tr>
<tr><td>Inga Šmite</td><td>Deputy Chair</td><td>Baltic Port Services SIA</td></tr>
<tr><td>Valdis Grīnbergs</td><td>Board member, treasurer</td><td>Ventspils Ship Repair SIA</td></tr>
<tr><td>Agnese Lūsēna</td><td>Board member</td><td>Liepāja Maritime College</td></tr>
<tr><td>Henrik Aagaard</td><td>Board member</td><td>Nordvind Logistics Latvia SIA</td></tr>
</table>
<p>Former Board chairman Raimonds Zariņš (2019–2033), one of the founders, remains an honorary member of the association.</p>

<h2>Advisory Council</h2>
<p>An Advisory Council of six experts gives opinions on the strategy. Chair of the Advisory Council: Prof. Dace Liepiņa
(University of Latvia). The Council includes representatives of Liepāja City Council and the Kurzeme Planning Region.</p>

<h2>How we work</h2>
<p>Every member company has a named contact person in the team. New members get a welcome visit in their first three months,
and each member is visited at least once a year. The team keeps a shared calendar of trade fairs and calls for proposals and
sends a short digest to members every second Friday. Project ideas from members are discussed at the monthly "idea
breakfast" in Liepāja, which is open to non-members as well. Questions about membership fees, invoices or project reporting
go to the finance and administration desk; questions about events and the newsletter go to the communication desk.</p>
<p>Interns from the Liepāja University and the Ventspils University of Applied Sciences join the team every summer for eight
to twelve weeks, usually to help with the member survey and the preparation of the maritime day.</p>

<h2>Work with us</h2>
<p>We are looking for a project assistant for the offshore wind programme (full time, from 1 March 2034). Applications with a CV in
Latvian or English by 15 February 2034 to ilze.berzina@kmtc.example.</p>
</main>
<footer>
<p>© Kurzemes Jūras tehnoloģiju klasteris, biedrība · Reg. No. 40008290000 · Fēliksa iela 31, Liepāja, LV-3401, Latvia</p>
<p><a href="/en/privacy">Privacy</a> · <a href="/en/imprint">Imprint</a> · <a href="https://www.linkedin.com">LinkedIn</a></p>
</footer>
</body>
</html>
'''
write(F, T)
KM = 'Kurzeme Maritime Technology Cluster'
gold(F, [
 P('Ilze Bērziņa-Kalniņa', 'Cluster Manager', KM),
 P('Mārtiņš Ozoliņš', 'Deputy Cluster Manager, Head of Projects', KM),
 P('Aleksandrs Petrovs', 'Senior Technology Adviser (offshore wind)', KM),
 P('Kristīne Jansone', 'Internationalisation Manager', KM),
 P('Edgars Kļaviņš', 'project coordinator – port digitalisation', KM),
 P('Laura Freimane', 'Communication and Events Officer', KM),
 P('Oskars Vītols', 'Finance and Administration', KM),
 P('Sanita Roze', 'Skills Programme Manager', KM),
 P('Jānis Kalējs', 'Chairman of the Board', KM),
 P('Inga Šmite', 'Deputy Chair', KM),
 P('Valdis Grīnbergs', 'treasurer', KM),
 P('Agnese Lūsēna', None, 'Liepāja Maritime College'),
 P('Henrik Aagaard', None, 'Nordvind Logistics Latvia SIA'),
 P('Raimonds Zariņš', None, KM),
 P('Dace Liepiņa', 'Chair of the Advisory Council', 'Kurzeme Maritime Technology Cluster'),
],[
 O(KM, 'KMTC'), O('Liepāja Maritime College'), O('Ministry of Economics'),
 O('Investment and Development Agency of Latvia', 'LIAA'), O('Riga Technical University'),
 O('Enterprise Europe Network Latvia'), O('Port of Liepāja'), O('Ventspils Freeport Authority'),
 O('Ventspils University of Applied Sciences'), O('Liepāja University'), O('Tosmares kuģubūvētava'), O('Baltic Port Services SIA'),
 O('Ventspils Ship Repair SIA'), O('Nordvind Logistics Latvia SIA'),
 O('University of Latvia'), O('Liepāja City Council'), O('Kurzeme Planning Region'),
],[
 E('Kurzeme Maritime Day', None, None),
],['2019','2033-01','2033-04-27','2033/2035','2034-08-31','2034-03-01','2034-02-15','2019/2033'], pub=None)
