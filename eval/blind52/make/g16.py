from h import *
doc = "contact-us_h2-borsod-valley.html"
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact us – H2 Borsod Valley</title></head>
<body>
<header>
<div class="topbar">HU | <b>EN</b> &nbsp; <a href="/search">Search</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About the Valley</a></li><li><a href="/projects">Projects</a></li><li><a href="/members">Members</a></li><li><a href="/events">Events</a></li><li><a href="/contact" class="active">Contact</a></li></ul></nav>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li>Contact us</li></ol>
</header>
<main>
<h1>Contact us</h1>
<p>H2 Borsod Valley is run jointly by three partners: the cluster organisation <strong>Észak-magyarországi Hidrogén Klaszter Egyesület</strong> (North Hungarian Hydrogen Cluster Association, ÉMHK), the <strong>University of Miskolc</strong> (Miskolci Egyetem) and the regional investment agency <strong>Borsod Invest Nonprofit Kft.</strong> Please choose the topic of your question below; each contact person answers within two working days.</p>

<h2>Membership and cluster services</h2>
<p><em>Partner: ÉMHK</em></p>
<ul>
<li><strong>Dr. Szabó-Nagy Katalin</strong> – cluster manager<br>+36 46 000 310 · katalin.szabo-nagy@emhk.example</li>
<li><strong>Balogh Péter</strong> – membership officer (also coordinator of the ÉMHK working group on hydrogen mobility)<br>+36 46 000 312 · peter.balogh@emhk.example</li>
</ul>

<h2>Projects and EU funding</h2>
<p><em>Partner: ÉMHK</em></p>
<ul>
<li><strong>Réka Horváth-Ludwig</strong>, EU project manager (HYVALLEY-NH, 2034–2037)<br>+36 46 000 315 · reka.horvath-ludwig@emhk.example</li>
<li><strong>Gergely Tóth</strong>, financial officer (on leave until 15 January 2036; during his absence please write to Réka Horváth-Ludwig)</li>
</ul>

<h2>Research cooperation, testing and students</h2>
<p><em>Partner: University of Miskolc</em></p>
<ul>
<li><strong>Prof. Dr. Kiss László</strong> – head of the Institute of Energy and Chemical Engineering; scientific lead of H2 Borsod Valley<br>+36 46 000 720 · laszlo.kiss@uni-miskolc.example</li>
<li><strong>Dr. Emese Farkas</strong> – head of the hydrogen materials testing lab<br>+36 46 000 734 · emese.farkas@uni-miskolc.example</li>
<li><strong>Zsófia Vadász</strong> – career and internship office, Faculty of Mechanical Engineering and Informatics<br>+36 46 000 741 · zsofia.vadasz@uni-miskolc.example</li>
</ul>

<h2>Investment, sites and permits</h2>
<p><em>Partner: Borsod Invest Nonprofit Kft.</em></p>
<ul>
<li><strong>Mészáros Tamás</strong>, managing director<br>+36 46 000 900 · tamas.meszaros@borsodinvest.example</li>
<li><strong>Anna Weinberger-Kovács</strong>, investor relations manager (German and English)<br>+36 46 000 905 · anna.weinberger@borsodinvest.example</li>
<li>Industrial sites in Kazincbarcika and Tiszaújváros: <strong>Dániel Orosz</strong>, site development officer<br>+36 46 000 907</li>
</ul>

<h2>Press and communication</h2>
<p>For all three partners: <strong>Judit Lengyel</strong>, communication officer at ÉMHK<br>press@h2borsod.example · +36 46 000 330</p>

<h2>About the three partners</h2>
<p><strong>ÉMHK</strong> was founded in 2030 in Miskolc by eleven companies from the chemical, energy and metal industries of Borsod-Abaúj-Zemplén county. It now has 58 members, from large chemical plants to start-ups that build electrolyser components, and it manages the memberships, the working groups and the EU projects of the Valley.</p>
<p>The <strong>University of Miskolc</strong> contributes its research institutes, laboratories and students. Its hydrogen materials testing lab certifies pipes, valves and tank materials for hydrogen service and is open to companies from the whole country.</p>
<p><strong>Borsod Invest Nonprofit Kft.</strong> is the investment promotion agency of the county. It helps investors find industrial sites, prepares permit applications together with the municipalities and accompanies companies from the first visit to the opening of a plant.</p>

<h2>Visiting us</h2>
<p>The joint office of H2 Borsod Valley is on the campus of the University of Miskolc, Building A/4, 3515 Miskolc-Egyetemváros. Office hours: Monday to Thursday 9:00–16:00, Friday 9:00–13:00. The office is closed from 22 December 2035 to 2 January 2036.</p>

<h2>Meet us</h2>
<p>You can also meet the team at these events:</p>
<ul>
<li>H2 Borsod Valley Partner Day – 12 February 2036, University of Miskolc, Aula</li>
<li>Hungarian Hydrogen Conference – 24–25 March 2036, Budapest (joint stand with the Hungarian Hydrogen Technology Association, MHTE)</li>
<li>Hydrogen Technology Expo Europe – Hamburg, October 2036</li>
</ul>

<h2>Write to us</h2>
<form><label>Name</label><input type="text"> <label>Organisation</label><input type="text"> <label>Topic</label><select><option>Membership</option><option>Projects</option><option>Research</option><option>Investment</option><option>Press</option></select> <label>Message</label><textarea></textarea> <button>Send</button></form>
<p class="small">By sending the form you accept our privacy notice. Your data are processed by ÉMHK as data controller.</p>
<p class="updated">Last updated: 27.11.2035</p>
</main>
<footer>
<p>H2 Borsod Valley is co-funded by the European Union and the Government of Hungary.</p>
<p>ÉMHK · University of Miskolc · Borsod Invest Nonprofit Kft.</p>
<p><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a></p>
</footer>
</body>
</html>
"""
EM = "Észak-magyarországi Hidrogén Klaszter Egyesület"
UM = "University of Miskolc"
BI = "Borsod Invest Nonprofit Kft."
people = [
 P("Szabó-Nagy Katalin", "cluster manager", EM),
 P("Balogh Péter", "membership officer", EM),
 P("Réka Horváth-Ludwig", "EU project manager", EM),
 P("Gergely Tóth", "financial officer", EM),
 P("Kiss László", "head of the Institute of Energy and Chemical Engineering", UM),
 P("Emese Farkas", "head of the hydrogen materials testing lab", UM),
 P("Zsófia Vadász", None, UM),
 P("Mészáros Tamás", "managing director", BI),
 P("Anna Weinberger-Kovács", "investor relations manager", BI),
 P("Dániel Orosz", "site development officer", BI),
 P("Judit Lengyel", "communication officer", EM),
]
orgs = [O(EM, "ÉMHK"), O(UM, "Miskolci Egyetem"), O(BI), O("Institute of Energy and Chemical Engineering"),
 O("Faculty of Mechanical Engineering and Informatics"), O("Hungarian Hydrogen Technology Association", "MHTE"), O("H2 Borsod Valley")]
events = [
 E("H2 Borsod Valley Partner Day", "2036-02-12", "2036-02-12", "Miskolc", "Hungary"),
 E("Hungarian Hydrogen Conference", "2036-03-24", "2036-03-25", "Budapest", "Hungary"),
 E("Hydrogen Technology Expo Europe", "2036-10", "2036-10", "Hamburg", "Germany"),
]
dates = ["2030", "2034/2037", "2036-01-15", "2035-12-22/2036-01-02", "2036-02-12", "2036-03-24/2036-03-25", "2036-10", "2035-11-27"]
save(doc, T, None, people, orgs, events, dates, [])
