from h import *
F = 'g05_coastwood_partners.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners | COASTWOOD – Interreg North Sea</title></head>
<body>
<div id="cookie">This website uses cookies to ensure you get the best experience. <a href="/cookies">Learn more</a> <button>Got it!</button></div>
<header><span class="logo">COASTWOOD · Timber construction for coastal towns</span>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/partners">Partners</a> | <a href="/pilots">Pilots</a> | <a href="/results">Results</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / About / Partners</p>
<h1>Project partners</h1>
<p>COASTWOOD brings together eleven partners and five associated organisations from six countries around the North Sea. The project runs from 1 March 2035 to 28 February 2038 and is co-funded by the Interreg North Sea Programme 2028–2034 with a total budget of EUR 4.6 million. It tests how mid-rise timber buildings can be designed, insured and maintained in towns exposed to salt, wind and flooding.</p>

<p>Each partner brings either a pilot building, testing capacity or a network of firms. Pilots are spread over five harbour towns so that results cover different climates, building codes and insurance markets. Partners meet twice a year, alternating between pilot sites, and share data through a common monitoring platform hosted by the lead partner. Companies outside the partnership can follow the pilots as observers: they receive the quarterly monitoring summaries and are invited to the open site days that accompany each partner meeting.</p>

<h2>Lead partner</h2>
<div class="partner"><h3>Esbjerg Municipality</h3>
<p>Denmark · Municipality</p>
<p>The municipality coordinates the project and runs the largest pilot, a five-storey school extension in the harbour district.</p>
<p>Contact: Louise Kragh Andersen, Project Manager<br>lka@esbjerg.example.dk</p>
<a href="/partners/esbjerg">Read more</a></div>

<h2>Partners</h2>
<div class="partner"><h3>Wood Cluster Flanders (Houtcluster Vlaanderen)</h3>
<p>Belgium · Cluster organisation</p>
<p>Leads the work package on supply chains and links 140 member companies to the pilots.</p>
<p>Contact: Pieter Vermeulen, Innovation Manager</p>
<a href="/partners/houtcluster">Read more</a></div>

<div class="partner"><h3>Hanze University of Applied Sciences Groningen</h3>
<p>Netherlands · Higher education</p>
<p>Monitors moisture and salt exposure in the pilot buildings with 600 sensors.</p>
<p>Contact: Dr. Marieke Zwart, Professor of Sustainable Building</p>
<a href="/partners/hanze">Read more</a></div>

<div class="partner"><h3>Norwegian Institute of Wood Technology (Treteknisk)</h3>
<p>Norway · Research institute</p>
<p>Develops the durability guidelines and the maintenance handbook.</p>
<p>Contact: Håkon Sæther, Senior Researcher</p>
<a href="/partners/treteknisk">Read more</a></div>

<div class="partner"><h3>Bremerhaven Economic Development Company (BIS)</h3>
<p>Germany · Development agency</p>
<p>Runs the pilot on a timber office block and the investor dialogue.</p>
<p>Contact: Jana Oltmanns, Head of Innovation Services</p>
<a href="/partners/bis">Read more</a></div>

<div class="partner"><h3>Halmstad University</h3>
<p>Sweden · Higher education</p>
<p>Studies the acceptance of timber buildings among residents and insurers.</p>
<a href="/partners/halmstad">Read more</a></div>

<div class="partner"><h3>Scottish Timber Network</h3>
<p>United Kingdom · Business network</p>
<p>Partner until 31 December 2036; transfers lessons to Scottish coastal councils.</p>
<a href="/partners/stn">Read more</a></div>

<div class="partner"><h3>Ostend Port Authority</h3>
<p>Belgium · Public authority</p>
<p>Pilot site owner of a timber warehouse on the quay.</p>
<a href="/partners/ostend">Read more</a></div>

<div class="partner"><h3>Danish Technological Institute (DTI)</h3>
<p>Denmark · Research and technology organisation</p>
<p>Fire safety testing and certification support.</p>
<a href="/partners/dti">Read more</a></div>

<div class="partner"><h3>Provincie Groningen</h3>
<p>Netherlands · Regional authority</p>
<p>Links the results to the provincial building policy.</p>
<a href="/partners/provincie">Read more</a></div>

<div class="partner"><h3>Trä &amp; Möbelföretagen (TMF)</h3>
<p>Sweden · Industry association</p>
<p>Disseminates the results to 700 member companies.</p>
<a href="/partners/tmf">Read more</a></div>

<h2>Associated organisations</h2>
<ul>
<li>Danish Insurance Association (Forsikring &amp; Pension)</li>
<li>Flemish Construction Confederation (Embuild Vlaanderen)</li>
<li>City of Stavanger</li>
<li>Northern Periphery Timber Alliance</li>
<li>German Timber Construction Association (Holzbau Deutschland)</li>
</ul>

<h2>Partner meetings</h2>
<table>
<tr><th>Meeting</th><th>Date</th><th>Place</th></tr>
<tr><td>Kick-off meeting</td><td>25–26 April 2035</td><td>Esbjerg</td></tr>
<tr><td>2nd partner meeting and pilot visit</td><td>14–15 November 2035</td><td>Ostend</td></tr>
<tr><td>3rd partner meeting</td><td>6–7 May 2036</td><td>Groningen</td></tr>
<tr><td>4th partner meeting</td><td>planned for October 2036</td><td>Bremerhaven</td></tr>
</table>

<p class="note">Partner changes: Halmstad University replaced Kristianstad Timber Lab as of 1 September 2035, as approved by the Monitoring Committee.</p>

<p><img src="/img/kickoff.jpg" alt="Partners at the kick-off"><br><em>Partners at the kick-off in Esbjerg, April 2035. Photo: Esbjerg Municipality</em></p>

<div class="share">Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="mailto:">Email</a></div>
</main>
<footer>
<p>COASTWOOD is co-funded by the European Union. Interreg North Sea.</p>
<p>Joint Secretariat contact: Viborg, Denmark · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></p>
</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Louise Kragh Andersen","Project Manager","Esbjerg Municipality"),
  P("Pieter Vermeulen","Innovation Manager","Wood Cluster Flanders"),
  P("Marieke Zwart","Professor of Sustainable Building","Hanze University of Applied Sciences Groningen"),
  P("Håkon Sæther","Senior Researcher","Norwegian Institute of Wood Technology"),
  P("Jana Oltmanns","Head of Innovation Services","Bremerhaven Economic Development Company")],
 [O("Esbjerg Municipality"), O("Wood Cluster Flanders"), O("Hanze University of Applied Sciences Groningen"),
  O("Norwegian Institute of Wood Technology"), O("Bremerhaven Economic Development Company","BIS"), O("Halmstad University"),
  O("Scottish Timber Network"), O("Ostend Port Authority"), O("Danish Technological Institute","DTI"), O("Provincie Groningen"),
  O("Trä & Möbelföretagen","TMF"), O("Danish Insurance Association"), O("Flemish Construction Confederation"),
  O("City of Stavanger"), O("Northern Periphery Timber Alliance"), O("German Timber Construction Association"),
  O("Kristianstad Timber Lab"), O("Monitoring Committee"), O("Joint Secretariat"), O("European Union")],
 [E("Kick-off meeting","2035-04-25","2035-04-26","Esbjerg","Denmark"),
  E("2nd partner meeting and pilot visit","2035-11-14","2035-11-15","Ostend","Belgium"),
  E("3rd partner meeting","2036-05-06","2036-05-07","Groningen","Netherlands"),
  E("4th partner meeting","2036-10",None,"Bremerhaven","Germany")],
 ["2035-03-01/2038-02-28","2028/2034","2036-12-31","2035-04-25/2035-04-26","2035-11-14/2035-11-15","2036-05-06/2036-05-07","2036-10","2035-09-01","2035-04"],
 [], None)
