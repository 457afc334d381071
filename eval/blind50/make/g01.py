from h import *
doc = 'board_h2-saar-netzwerk.html'
text = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Board | H2 Saar Netzwerk e.V.</title></head>
<body>
<div class="cookie">We use cookies to improve this website. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/events">Events</a> | <a href="/contact">Contact</a></nav>
<div class="breadcrumb">Home &gt; About us &gt; Board</div>
<main>
<h1>Board</h1>
<p>H2 Saar Netzwerk e.V. is the hydrogen and fuel-cell cluster of the Saarland. Founded in Saarbrücken in 2019 by eleven companies and
two research institutes, the association now brings together 94 members from steel, automotive supply, energy and mechanical
engineering. The Board is elected by the General Assembly for a term of three years; the current Board was elected at the
General Assembly held in Völklingen on 12 June 2033 and serves until the General Assembly of 2036.</p>

<h2>Members of the Board (term 2033–2036)</h2>
<ul>
<li><strong>Dr. Katrin Wegmann-Laux</strong> – President (since 2030). Head of Hydrogen Projects, Dillinger Saarstahl-Gruppe is NOT a member; she represents <em>Saarwerk Blechtechnik GmbH</em>, where she is Managing Director.</li>
<li><strong>Jean-Marc Poirot</strong> – Vice-President (2033–2036). Director of Innovation, Moselgaz S.A.S. (Forbach).</li>
<li><strong>Prof. Dr. Ansgar von Hellfeld</strong> – Vice-President, representative of research. Professor of electrochemical energy systems, Hochschule für Technik und Wirtschaft des Saarlandes (htw saar).</li>
<li><strong>Birgit Scholtes</strong> – Treasurer (2027–2036). Chief Financial Officer, Kreiner Antriebstechnik AG.</li>
<li><strong>Tobias Dahlem</strong> – Secretary. Head of Business Development, Stadtwerke Homburg-Bexbach GmbH.</li>
<li><strong>Dr. Selin Aydoğan</strong> – Member of the Board. Group leader fuel cells, ZeLaS Zentrum für Elektrolyse Saar gGmbH.</li>
<li><strong>Marcel Ruppenthal</strong> – Member of the Board (co-opted 2034). Plant manager, FerroNova Rohstoffe GmbH &amp; Co. KG.</li>
</ul>

<h2>Managing office</h2>
<p>The day-to-day business is run by the managing office in Saarbrücken, led by <strong>Lena Kohlhaas</strong>, managing director of the
association since 1 March 2031. She is supported by project manager <strong>Fabian Quirin</strong> and communications officer
<strong>Anaïs Bettendorf</strong>.</p>

<h2>Former presidents</h2>
<table>
<tr><th>Term</th><th>President</th><th>Organisation at the time</th></tr>
<tr><td>2019–2023</td><td>Heribert Lauer</td><td>Lauer Kesselbau GmbH</td></tr>
<tr><td>2023–2027</td><td>Dr. Claudia Mettlach-Schön</td><td>Saarländische Energieagentur (SEA)</td></tr>
<tr><td>2027–2030</td><td>Werner Birkenfeld</td><td>Kreiner Antriebstechnik AG</td></tr>
</table>
<p>Werner Birkenfeld stepped down in January 2030 for health reasons; Dr. Katrin Wegmann-Laux, then Vice-President, took over and was
confirmed in office by the General Assembly in 2030 and re-elected in 2033.</p>

<h2>Committees of the Board</h2>
<p>The Board has set up two committees. The <strong>Finance Committee</strong> is chaired by the Treasurer, Birgit Scholtes, with
Tobias Dahlem and the external auditor <strong>Ulrich Schmeer</strong> (Schmeer &amp; Blieskastel Wirtschaftsprüfer PartG) as members.
The <strong>Strategy Committee</strong>, chaired by Vice-President Jean-Marc Poirot, prepares the cluster strategy 2035–2039 and the
cross-border cooperation with the Grand Est region and Luxembourg; it includes Dr. Selin Aydoğan and, as guest,
<strong>Dr. Paul-Henri Kieffer</strong>, director of the Luxembourg hydrogen cluster H2Lux Alliance a.s.b.l.</p>
<p>The Board meets at least four times a year. In 2035 the Board met on 16 January, 10 April, 4 September and 27 November; the
meeting of 10 April 2035 took place at the ZeLaS electrolysis test centre in Dillingen.</p>

<h2>Honorary members</h2>
<p>The General Assembly of 2032 appointed Heribert Lauer honorary president. Ministerialrat a.D. <strong>Eberhard Closen</strong>, formerly of the
Saarland Ministry for Economic Affairs, Innovation, Digital and Energy, is an honorary member.</p>

<h2>Next elections</h2>
<p>The next ordinary elections will take place at the General Assembly in spring 2036. Nominations must reach the managing office by
31 March 2036.</p>
</main>
<footer>H2 Saar Netzwerk e.V. · Altenkesseler Straße 17 · 66115 Saarbrücken · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · © 2035</footer>
</body></html>
'''
text = text.replace("Head of Hydrogen Projects, Dillinger Saarstahl-Gruppe is NOT a member; she represents <em>Saarwerk Blechtechnik GmbH</em>, where she is Managing Director.", "Managing Director, <em>Saarwerk Blechtechnik GmbH</em>.")
import html as H, re
plain = H.unescape(text)
people = [P('Katrin Wegmann-Laux','President','H2 Saar Netzwerk e.V.'),
 P('Jean-Marc Poirot','Vice-President','H2 Saar Netzwerk e.V.'),
 P('Ansgar von Hellfeld','Vice-President','H2 Saar Netzwerk e.V.'),
 P('Birgit Scholtes','Treasurer','H2 Saar Netzwerk e.V.'),
 P('Tobias Dahlem','Secretary','H2 Saar Netzwerk e.V.'),
 P('Selin Aydoğan','Group leader fuel cells','ZeLaS Zentrum für Elektrolyse Saar gGmbH'),
 P('Marcel Ruppenthal','Plant manager','FerroNova Rohstoffe GmbH & Co. KG'),
 P('Lena Kohlhaas','managing director','H2 Saar Netzwerk e.V.'),
 P('Fabian Quirin','project manager','H2 Saar Netzwerk e.V.'),
 P('Anaïs Bettendorf','communications officer','H2 Saar Netzwerk e.V.'),
 P('Heribert Lauer','honorary president','H2 Saar Netzwerk e.V.'),
 P('Claudia Mettlach-Schön','President','H2 Saar Netzwerk e.V.'),
 P('Werner Birkenfeld','President','H2 Saar Netzwerk e.V.'),
 P('Eberhard Closen','honorary member','H2 Saar Netzwerk e.V.'),
 P('Ulrich Schmeer','external auditor','Schmeer & Blieskastel Wirtschaftsprüfer PartG'),
 P('Paul-Henri Kieffer','director','H2Lux Alliance a.s.b.l.')]
orgs = [O('H2 Saar Netzwerk e.V.'), O('Saarwerk Blechtechnik GmbH'), O('Moselgaz S.A.S.'),
 O('Hochschule für Technik und Wirtschaft des Saarlandes','htw saar'), O('Kreiner Antriebstechnik AG'),
 O('Stadtwerke Homburg-Bexbach GmbH'), O('ZeLaS Zentrum für Elektrolyse Saar gGmbH'), O('FerroNova Rohstoffe GmbH & Co. KG'),
 O('Lauer Kesselbau GmbH'), O('Saarländische Energieagentur','SEA'), O('Saarland Ministry for Economic Affairs, Innovation, Digital and Energy'),
 O('Schmeer & Blieskastel Wirtschaftsprüfer PartG'), O('H2Lux Alliance a.s.b.l.')]
events = [E('General Assembly', '2033-06-12','2033-06-12','Völklingen','Germany'),
 E('General Assembly 2036', '2036', '2036', None, None),
 E('Board meeting','2035-01-16','2035-01-16',None,None), E('Board meeting','2035-04-10','2035-04-10','Dillingen','Germany'),
 E('Board meeting','2035-09-04','2035-09-04',None,None), E('Board meeting','2035-11-27','2035-11-27',None,None)]
dates = ['2019','2033-06-12','2033/2036','2030','2027/2036','2034','2031-03-01','2019/2023','2023/2027','2027/2030','2030-01','2033','2032','2036','2036-03-31','2035/2039','2035','2035-01-16','2035-04-10','2035-09-04','2035-11-27']
save(doc, text, None, people, orgs, events, dates, [], check_text=plain)
