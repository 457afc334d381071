from h import *
F = 'in-memoriam_klaus-dieter-wendland.html'
T = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>In memoriam Prof. Dr.-Ing. Klaus-Dieter Wendland | Maritimes Cluster MV</title></head>
<body>
<div class="cookie">We use only technically necessary cookies. <a href="/en/data-protection">Data protection</a> <button>Close</button></div>
<header><a href="/en/" class="logo">Maritimes Cluster Mecklenburg-Vorpommern e.V.</a>
<nav><a href="/en/cluster">Cluster</a> | <a href="/en/members">Members</a> | <a href="/en/topics">Topics</a> | <a href="/en/news">News</a> | <a href="/en/events">Events</a> | <a href="/de/">Deutsch</a></nav></header>
<main>
<article>
<p class="meta">News · 15 January 2036</p>
<h1>In memoriam Prof. Dr.-Ing. Klaus-Dieter Wendland (1951–2036)</h1>
<p class="lead">The Maritimes Cluster Mecklenburg-Vorpommern mourns its founder and first chairman. Prof. Dr.-Ing. Klaus-Dieter
Wendland died on 9 January 2036 in Rostock at the age of 84 after a short, serious illness.</p>

<p>Few people have shaped the maritime industry of Mecklenburg-Vorpommern after reunification as much as Klaus-Dieter Wendland.
Born in 1951 in Stralsund, he studied shipbuilding at the University of Rostock and began his career in 1975 as a design
engineer at the Warnowwerft in Warnemünde. After 1990 he helped to steer the yard through privatisation, and from 1996 to 2008
he held the Chair of Ship Structures at the University of Rostock, where he supervised more than forty doctoral theses.</p>

<p>In 2008 he brought together twelve shipyards, suppliers and research institutes around a kitchen table in Rostock-Warnemünde
and founded the Maritimes Cluster Mecklenburg-Vorpommern. He chaired its board from 2008 to 2022 and was then elected honorary
chairman. Under his leadership the cluster grew to more than 180 members and became a recognised voice of the coastal regions
in Schwerin, Berlin and Brussels. He was one of the initiators of the German Maritime Clusters Network and, from 2016 to 2020,
vice-president of the European Network of Maritime Clusters (ENMC).</p>

<p>"Klaus-Dieter never accepted that the decline of our yards was a law of nature," said Dr.-Ing. Heiko Brandenburg, Managing
Director of the cluster. "He believed in the people in our shipyards and in their knowledge, and he knew how to bring
competitors together when it mattered. Without him there would be no offshore wind service industry in Mukran or Rostock
today. We have lost a mentor and a friend."</p>

<p>Christiane Möller-Sommerfeld, Chair of the Board since 2022 and managing partner of Ostseewerft Möller GmbH &amp; Co. KG,
recalled his humour: "He opened every board meeting with a story from the Warnowwerft, and he closed every one with a
task for each of us. He was demanding, generous and impossible to say no to."</p>

<p>The Minister of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern, Reinhard Kowalczyk,
paid tribute to Wendland as "an engineer with a heart for the region, whose advice was sought by every state government
since 1990". Wendland was awarded the Order of Merit of the State of Mecklenburg-Vorpommern in 2014 and the Federal Cross of
Merit in 2019.</p>

<p>Colleagues from abroad also sent their condolences. Ewa Szczepańska-Nowak, president of the Pomeranian Maritime Cluster
Foundation in Gdańsk, wrote that Wendland had "built bridges across the Baltic long before it was fashionable", and
Rasmus Kjeldsen of the Danish Maritime cluster Blue Denmark recalled the joint study trips of the 2010s.</p>

<p>Even after his retirement, Wendland remained active. Until last summer he mentored young engineers in the cluster's
"Maritime Talents" programme and wrote regular columns for the member newsletter. His last public appearance was at the
Maritime Cluster Day 2035 in Wismar on 27 September 2035, where he received a standing ovation.</p>

<p>Klaus-Dieter Wendland leaves behind his wife Ingrid, two children and five grandchildren. Our deepest sympathy goes to
his family.</p>

<h2>Memorial service and book of condolence</h2>
<p>The funeral will take place in the closest family circle. A public memorial service will be held on Friday, 26 January
2036, at 14:00 in St. Mary's Church (Marienkirche) in Rostock. A book of condolence is open at the cluster office, Am Strande
3d, Rostock, until 31 January 2036 and online on this website.</p>

<p>In lieu of flowers, the family asks for donations to the Wendland scholarship fund for shipbuilding students, which the
cluster and the University of Rostock set up in 2021 on the occasion of his 70th birthday.</p>

<p class="sign">For the Board and the team of the Maritimes Cluster Mecklenburg-Vorpommern e.V.<br>
Christiane Möller-Sommerfeld, Chair of the Board<br>
Dr.-Ing. Heiko Brandenburg, Managing Director</p>
</article>
</main>
<footer>Maritimes Cluster Mecklenburg-Vorpommern e.V. · Am Strande 3d · 18055 Rostock · <a href="/en/imprint">Imprint</a> · <a href="/en/data-protection">Data protection</a></footer>
</body></html>
'''
write(F, T)
M = 'Maritimes Cluster Mecklenburg-Vorpommern e.V.'
gold(F, [
 P('Klaus-Dieter Wendland', 'honorary chairman', M),
 P('Heiko Brandenburg', 'Managing Director', M),
 P('Christiane Möller-Sommerfeld', 'Chair of the Board', M),
 P('Reinhard Kowalczyk', 'Minister of Economic Affairs, Infrastructure, Tourism and Labour of Mecklenburg-Vorpommern', None),
 P('Ewa Szczepańska-Nowak', 'president', 'Pomeranian Maritime Cluster Foundation'),
 P('Rasmus Kjeldsen', None, 'Blue Denmark'),
 P('Ingrid', None, None),
],[
 O(M), O('University of Rostock'), O('Warnowwerft'), O('German Maritime Clusters Network'),
 O('European Network of Maritime Clusters', 'ENMC'), O('Ostseewerft Möller GmbH & Co. KG'),
 O('Pomeranian Maritime Cluster Foundation'), O('Blue Denmark'),
],[
 E('Maritime Cluster Day 2035', '2035-09-27', '2035-09-27', 'Wismar', 'Germany'),
 E('public memorial service', '2036-01-26', '2036-01-26', 'Rostock', 'Germany'),
],['2036-01-15','1951/2036','2036-01-09','1951','1975','1990','1996/2008','2008','2008/2022','2016/2020','2022','2014','2019','2035-09-27','2036-01-26','2036-01-31','2021'], pub='2036-01-15')
