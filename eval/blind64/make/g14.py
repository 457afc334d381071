from h import *
F = 'jamtland-wintertech-cluster-about.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – WinterTech Jämtland</title></head>
<body>
<div class="cookie">This website uses cookies. By continuing you accept our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<header><a href="/" class="logo">WinterTech Jämtland</a>
<nav><a href="/">Start</a> <a href="/about" class="on">About us</a> <a href="/members">Members</a> <a href="/test-arena">Test arena</a> <a href="/news">News</a> <a href="/contact">Contact</a> <a href="/sv/om-oss">På svenska</a></nav></header>
<main>
<h1>About WinterTech Jämtland</h1>
<p class="lead">WinterTech Jämtland is the cluster for companies and researchers who develop products and services for winter sports, outdoor life and cold climates. We are based in Östersund and have 88 members from Jämtland, Härjedalen and beyond.</p>

<h2>Our history</h2>
<h3>The beginning (2009–2013)</h3>
<p>The cluster grew out of the Biathlon World Championships held in Östersund in 2008, when local suppliers realised how much technology the athletes, the organisers and the broadcasters needed. On 16 September 2009 eight organisations signed the founding agreement of the association Vintersportteknik Jämtland, as the cluster was first called:</p>
<ul>
<li>Mid Sweden University (Mittuniversitetet), with its Sports Tech Research Centre</li>
<li>Östersund Municipality</li>
<li>Region Jämtland Härjedalen</li>
<li>Peak Innovation AB</li>
<li>Åre Skidutrustning AB</li>
<li>Snowmaking Nordic AB</li>
<li>Frösö Textil AB</li>
<li>Jämtlands Sparbank</li>
</ul>
<p>The first chair was Lars-Erik Holmström of Snowmaking Nordic AB, and the first coordinator, part-time, was Karolina Sjödin from Peak Innovation AB. In 2011 the cluster opened its first cold-climate test lab at the university's campus.</p>

<h3>Growth and a new name (2013–2022)</h3>
<p>In 2013 the association was renamed WinterTech Jämtland and hired its first full-time cluster manager. Membership grew from 19 to 64 companies. The cluster joined the Swedish Cluster Network (Svenska Klusternätverket) in 2015 and received the ESCA Bronze Label in 2017 and the Silver Label in 2021. Together with the Swedish Olympic Committee it ran the Winter Tech Challenge for start-ups from 2018 to 2022.</p>

<h3>From sport to cold climate (since 2022)</h3>
<p>After 2022 the cluster widened its focus to defence, automotive winter testing and Arctic construction. In 2026 it opened the WinterTech Test Arena at Torsta, together with Region Jämtland Härjedalen. The current strategy runs from 2032 to 2036.</p>

<h2>What we do</h2>
<p>We help our members test, develop and sell products for cold conditions. Members get access to the test arena and the climate chambers at reduced rates, take part in joint stands at trade fairs such as ISPO in Munich, and meet researchers at our monthly breakfast seminars. We run projects with Norwegian and Finnish partners in the Interreg Aurora programme, coordinate a skills programme with the vocational schools of Jämtland, and speak for the winter industry towards the region and the national government. Every second year we organise the WinterTech Summit, where members show new products and meet buyers from the Alps, North America and Asia.</p>

<h2>Cluster managers</h2>
<table>
<tr><th>Period</th><th>Cluster manager</th><th>Before / after</th></tr>
<tr><td>2009–2013</td><td>Karolina Sjödin (coordinator, part-time)</td><td>Peak Innovation AB</td></tr>
<tr><td>2013–2020</td><td>Per-Olof Wikström</td><td>later Head of Business Development, Region Jämtland Härjedalen</td></tr>
<tr><td>2020–2028</td><td>Dr. Annelie Forsberg-Mäkinen</td><td>now CEO of Nordic Test Arenas AB</td></tr>
<tr><td>since 2028</td><td>Emil Ödmark</td><td>previously project manager at Vinnova</td></tr>
</table>

<h2>Chairs of the board</h2>
<ul>
<li>2009–2015: Lars-Erik Holmström, Snowmaking Nordic AB</li>
<li>2015–2024: Prof. Kerstin Öhlund, Mid Sweden University</li>
<li>2024–2030: Thomas Bergkvist-Lind, Fjällräven International AB</li>
<li>since 2030: Sara Nilsson-Tuoma, Sámi Outdoor Design AB</li>
</ul>

<h2>The team today</h2>
<p>Cluster manager Emil Ödmark leads an office of six. Deputy manager and head of the test arena is Jonas Lidén; international projects are coordinated by Dr. Federica Rossi-Hellgren. The board was last elected on {wd(2034,4,24)} 24 April 2034.</p>

<h2>Anniversary</h2>
<p>WinterTech Jämtland turns 25 in September 2034. We will celebrate at the WinterTech Summit in Östersund on 17–18 September 2034 with members, founders and former managers. Registration opens on 1 June 2034.</p>

<h2>Facts</h2>
<ul>
<li>Legal form: non-profit association (ideell förening), org. no. 802000-0000</li>
<li>Members: 88 (72 companies, 5 research organisations, 11 public and support organisations)</li>
<li>Office: Mid Sweden University, Campus Östersund, Kunskapens väg 8</li>
</ul>
</main>
<footer><p>WinterTech Jämtland · Kunskapens väg 8 · 831 25 Östersund · info@wintertech.se</p><p><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · © WinterTech Jämtland</p></footer>
</body></html>
"""
write(F, T)
W='WinterTech Jämtland'
gold(F,
 [P('Lars-Erik Holmström','first chair',W), P('Karolina Sjödin','first coordinator',W), P('Per-Olof Wikström','Head of Business Development','Region Jämtland Härjedalen'),
  P('Annelie Forsberg-Mäkinen','CEO','Nordic Test Arenas AB'), P('Emil Ödmark','Cluster manager',W), P('Kerstin Öhlund','chair',W),
  P('Thomas Bergkvist-Lind','chair',W), P('Sara Nilsson-Tuoma','chair',W),
  P('Jonas Lidén','Deputy manager and head of the test arena',W), P('Federica Rossi-Hellgren',None,W)],
 [O(W), O('Mid Sweden University'), O('Sports Tech Research Centre'), O('Östersund Municipality'), O('Region Jämtland Härjedalen'),
  O('Peak Innovation AB'), O('Åre Skidutrustning AB'), O('Snowmaking Nordic AB'), O('Frösö Textil AB'), O('Jämtlands Sparbank'),
  O('Swedish Cluster Network'), O('ESCA'), O('Swedish Olympic Committee'), O('Nordic Test Arenas AB'), O('Vinnova'), O('Fjällräven International AB'),
  O('Sámi Outdoor Design AB'), O('WinterTech Test Arena')],
 [E('Biathlon World Championships','2008','2008','Östersund','Sweden'), E('Winter Tech Challenge','2018','2022',None,None),
  E('WinterTech Summit','2034-09-17','2034-09-18','Östersund','Sweden')],
 ['2009/2013','2008','2009-09-16','2011','2013/2022','2013','2015','2017','2021','2018/2022','2022','2026','2032/2036','2013/2020','2020/2028','2028','2009/2015','2015/2024','2024/2030','2030','2034-04-24','2034-09','2034-09-17/2034-09-18','2034-06-01'])
