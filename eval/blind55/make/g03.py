from h import *
F = 'webinars-ceramique-limousin.html'
T = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>"Kiln Talks" webinar series | Pôle Céramique Limousin</title></head>
<body>
<div id="cookies">This site uses cookies for audience statistics and embedded videos. <a href="/en/cookies">Learn more</a> <button>OK</button> <button>Refuse</button></div>
<header><a class="brand" href="/en/">Pôle Céramique Limousin</a>
<nav><ul><li><a href="/en/cluster">The cluster</a></li><li><a href="/en/members">Members</a></li><li><a href="/en/innovation">Innovation</a></li><li><a href="/en/webinars" class="current">Webinars</a></li><li><a href="/en/agenda">Agenda</a></li><li><a href="/fr/">FR</a></li></ul></nav></header>
<div class="crumbs"><a href="/en/">Home</a> / <a href="/en/agenda">Agenda</a> / Kiln Talks</div>
<main>
<h1>Kiln Talks – the webinar series of the Limoges ceramics ecosystem</h1>
<p class="intro">Every second Thursday at 11:00 (Paris time), <strong>Kiln Talks</strong> brings a 45-minute conversation on technical ceramics, porcelain and the energy transition of kilns. The series is run by the <strong>Pôle Céramique Limousin</strong>, the cluster of 96 ceramics companies, laboratories and schools around Limoges, with the <strong>European Ceramic Centre (CEC)</strong> and the <strong>Institute of Research for Ceramics (IRCER)</strong>. Season 3 runs from January to June 2034. Talks are in English unless marked FR; recordings are available to members for twelve months.</p>
<p><a class="btn" href="#">Register for all sessions</a> <a class="btn" href="#">Add to calendar (.ics)</a></p>

<h2>Upcoming sessions</h2>
<div class="cards">
<div class="card"><p class="ep">Episode 17</p><h3>Electric kilns for porcelain: the first industrial results</h3>
<p class="when">Thursday 9 March 2034, 11:00–11:45</p>
<p>Guest: <strong>Hélène Dupuy-Marchand</strong>, Head of Industrial Engineering, Porcelaine Bernardaud SA. Host: <strong>Thibault Lacroix</strong>, Innovation Officer, Pôle Céramique Limousin.</p></div>
<div class="card"><p class="ep">Episode 18</p><h3>Ceramic membranes for water treatment</h3>
<p class="when">Thursday 23 March 2034, 11:00–11:45</p>
<p>Guest: <strong>Prof. Dr. Matthias Kleinschmidt-Zoll</strong>, Head of Department Ceramic Membranes, Fraunhofer Institute for Ceramic Technologies and Systems IKTS, Hermsdorf.</p></div>
<div class="card"><p class="ep">Episode 19 · FR</p><h3>Recruter des céramistes : l'alternance dans les PME</h3>
<p class="when">Thursday 6 April 2034, 11:00–11:45</p>
<p>Guests: <strong>Nadia Benali</strong>, Director, École Nationale Supérieure d'Art de Limoges (ENSA Limoges), and <strong>Pierre-Yves Delage</strong>, CEO, Delage Céramiques Techniques SAS.</p></div>
<div class="card cancelled"><p class="ep">Episode 20 · <strong>CANCELLED</strong></p><h3><s>3D printing of alumina parts</s></h3>
<p class="when"><s>Thursday 20 April 2034</s></p>
<p>Our guest is unable to attend. The topic will come back in season 4.</p></div>
<div class="card"><p class="ep">Episode 21 · <strong>NEW DATE</strong></p><h3>CBAM, gas prices and the future of tableware in Europe</h3>
<p class="when">Thursday 11 May 2034, 11:00–11:45 <em>(originally 4 May 2034)</em></p>
<p>Guests: <strong>Renaud Batiste</strong>, Secretary General, Cerame-Unie (European Ceramic Industry Association), and <strong>Dr. Laura Sánchez-Villalba</strong>, Director of Economic Studies, ASCER (Spanish Ceramic Tile Manufacturers' Association).</p></div>
<div class="card live"><p class="ep">Season finale · live</p><h3>Kiln Talks Live at the Limoges Porcelain Days</h3>
<p class="when">Thursday 8 June 2034, 17:00–18:30, Limoges, Cité internationale de la céramique – and streamed</p>
<p>A public recording with three member companies and the winner of the Porcelain Innovation Prize 2034, moderated by <strong>Claire Vergnaud</strong>, Cluster Director.</p></div>
</div>

<h2>Past episodes (season 3)</h2>
<table>
<tr><th>No.</th><th>Date</th><th>Title</th><th>Guest(s)</th><th>Recording</th></tr>
<tr><td>16</td><td>23 February 2034</td><td>Kiln heat recovery with heat pumps</td><td>Jonas Albrecht, Project Manager, Deutsche Energie-Agentur (dena)</td><td>Members</td></tr>
<tr><td>15</td><td>9 February 2034</td><td>Hydrogen-ready burners</td><td>Dr. Camille Roussel, R&amp;D Manager, Fives Pillard</td><td>Members</td></tr>
<tr><td>14</td><td>26 January 2034</td><td>Digital twins of drying lines</td><td>Marco Ferrandi, CTO, SACMI Imola S.C.</td><td>Public</td></tr>
<tr><td>13</td><td>12 January 2034</td><td>Season opening: the ceramics roadmap 2034–2037 of Nouvelle-Aquitaine</td><td>Claire Vergnaud; Jean-Marc Lafaye, Vice-President for Economic Development, Nouvelle-Aquitaine Regional Council</td><td>Public</td></tr>
</table>
<p>Seasons 1 (2032) and 2 (2033): 12 episodes, all recordings in the <a href="#">archive</a>.</p>

<h2>How it works</h2>
<p>Each episode starts with a ten-minute presentation by the guest, followed by an interview and questions from the audience through the chat. Participation is free for everyone, but registration is required so that we can send the link the day before. Members can propose topics and guests for season 4, which will start in September 2034; proposals are welcome until 30 June 2034. Companies that want to present a case study should contact Thibault Lacroix. Certificates of attendance are available on request for continuing-education hours of engineers and technicians.</p>
<p>Kiln Talks started in 2032 as a response to the energy price crisis, when many small porcelain workshops in Limousin asked for quick, practical advice on their kilns. Since then, more than 1,900 people from 31 countries have followed at least one episode.</p>
<h2>Who is behind Kiln Talks?</h2>
<p>Programme: Claire Vergnaud and Thibault Lacroix, Pôle Céramique Limousin. Technical support: Université de Limoges. Kiln Talks is supported by the Nouvelle-Aquitaine Region and the European Regional Development Fund.</p>
<p>Questions: <a href="mailto:webinars@pole-ceramique.example">webinars@pole-ceramique.example</a></p>
</main>
<footer><p>Pôle Céramique Limousin · Ester Technopole, 1 avenue d'Ester, 87069 Limoges · Legal notice · Privacy · Accessibility · Newsletter</p></footer>
</body></html>
'''
write_text(F, T)
PC = 'Pôle Céramique Limousin'
gold(F, None,
 [P('Hélène Dupuy-Marchand','Head of Industrial Engineering','Porcelaine Bernardaud SA'),
  P('Thibault Lacroix','Innovation Officer',PC),
  P('Matthias Kleinschmidt-Zoll','Head of Department Ceramic Membranes','Fraunhofer Institute for Ceramic Technologies and Systems IKTS'),
  P('Nadia Benali','Director',"École Nationale Supérieure d'Art de Limoges"),
  P('Pierre-Yves Delage','CEO','Delage Céramiques Techniques SAS'),
  P('Renaud Batiste','Secretary General','Cerame-Unie'),
  P('Laura Sánchez-Villalba','Director of Economic Studies','ASCER'),
  P('Claire Vergnaud','Cluster Director',PC),
  P('Jonas Albrecht','Project Manager','Deutsche Energie-Agentur'),
  P('Camille Roussel','R&D Manager','Fives Pillard'),
  P('Marco Ferrandi','CTO','SACMI Imola S.C.'),
  P('Jean-Marc Lafaye','Vice-President for Economic Development','Nouvelle-Aquitaine Regional Council')],
 [O(PC),O('European Ceramic Centre','CEC'),O('Institute of Research for Ceramics','IRCER'),O('Porcelaine Bernardaud SA'),
  O('Fraunhofer Institute for Ceramic Technologies and Systems IKTS','IKTS'),O("École Nationale Supérieure d'Art de Limoges",'ENSA Limoges'),
  O('Delage Céramiques Techniques SAS'),O('Cerame-Unie','European Ceramic Industry Association'),O("Spanish Ceramic Tile Manufacturers' Association",'ASCER'),
  O('Deutsche Energie-Agentur','dena'),O('Fives Pillard'),O('SACMI Imola S.C.'),
  O('Nouvelle-Aquitaine Regional Council'),O('Université de Limoges')],
 [E('Kiln Talks Episode 17: Electric kilns for porcelain: the first industrial results','2034-03-09'),
  E('Kiln Talks Episode 18: Ceramic membranes for water treatment','2034-03-23'),
  E("Kiln Talks Episode 19: Recruter des céramistes : l'alternance dans les PME",'2034-04-06'),
  E('Kiln Talks Episode 21: CBAM, gas prices and the future of tableware in Europe','2034-05-11'),
  E('Kiln Talks Live at the Limoges Porcelain Days','2034-06-08',None,'Limoges','France'),
  E('Limoges Porcelain Days',None,None,'Limoges','France'),
  E('Kiln Talks Episode 16: Kiln heat recovery with heat pumps','2034-02-23'),
  E('Kiln Talks Episode 15: Hydrogen-ready burners','2034-02-09'),
  E('Kiln Talks Episode 14: Digital twins of drying lines','2034-01-26'),
  E('Kiln Talks Episode 13: Season opening','2034-01-12')],
 ['2034-01/2034-06','2034-03-09','2034-03-23','2034-04-06','2034-04-20','2034-05-11','2034-05-04','2034-06-08','2034-02-23','2034-02-09','2034-01-26',
  '2034-01-12','2034/2037','2032','2033','2034-09','2034-06-30'],
 [])
