from h import *
F = 'g11_lapland_arctic_industry_report_launch.html'
assert wd(2040,5,15)=='Tuesday' and wd(2040,6,6)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>New report: Arctic industry clusters on the way to 2050 | Lapland Arctic Industry Cluster</title></head>
<body>
<div class="consent">We use cookies to improve your experience. <a href="#">Settings</a> <a href="#">Accept all</a></div>
<header><a class="logo" href="/">Lapland Arctic Industry Cluster</a>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/members">Members</a> <a href="/services">Services</a> <a href="/news">News</a> <a href="/events">Events</a> <a href="/fi">Suomeksi</a></nav></header>
<article>
<p class="date">Rovaniemi · 15.5.2040 · News</p>
<h1>New report: Lapland's industry needs 6,000 new workers for the 2040–2045 investment wave, warns cluster study</h1>
<p class="lead">The Lapland Arctic Industry Cluster today published its report "Arctic Industry 2050 – Investments, Skills and Value Chains in Lapland". Commissioned from the University of Lapland and the Lapland University of Applied Sciences, the study maps 41 planned industrial investments and what they mean for the region's companies.</p>

<p>The report was presented to members and the press on Tuesday 15 May 2040 at the Arktikum science centre in Rovaniemi. According to the study, the planned investments in green steel, battery minerals, bioproducts and wind power add up to roughly EUR 28 billion. Realising them would require around 6,000 new skilled workers, of whom more than half in construction and maintenance.</p>

<h2>Main findings</h2>
<ul>
<li>Only about 12 % of the value of the planned investments is expected to go to companies based in Lapland.</li>
<li>Housing and transport, not wages, are the main obstacles to recruiting workers to the region.</li>
<li>Local suppliers are strong in maintenance and logistics but rarely qualify as first-tier suppliers.</li>
<li>Cooperation with northern Sweden and Norway is growing, but cross-border tax rules slow down the use of workers.</li>
</ul>

<h2>What they said</h2>
<p>"This report shows that the money is coming. Whether it stays in Lapland depends on what we do in the next three years," said <strong>Hanna Kauppinen</strong>, CEO of the Lapland Arctic Industry Cluster.</p>
<p>"We expected the skills gap. What surprised us was how much of it is really a housing problem," said <strong>Professor Juha Rautiainen</strong> of the University of Lapland, who led the research team.</p>
<p><strong>Mika Lehtola</strong>, Regional Mayor of the Regional Council of Lapland, welcomed the report: "The Regional Council will use these figures when we update the Lapland Agreement. The region cannot afford to be only a site; it has to be a partner."</p>
<p>Commenting from Luleå, <strong>Sara Nyström</strong>, Managing Director of Norrbotten Process Industry Cluster, said that the Swedish and Finnish clusters would prepare a joint supplier programme for the Bothnian Arc.</p>

<h2>Recommendations</h2>
<ol>
<li>Set up a regional supplier development programme to raise 100 Lapland companies to first-tier supplier level by 2043.</li>
<li>Plan housing for workers together with the municipalities before investment decisions are made.</li>
<li>Ask the Ministry of Economic Affairs and Employment to negotiate simpler tax rules for cross-border workers with Sweden.</li>
</ol>

<h2>Next steps</h2>
<p>The findings will be discussed at the Arctic Industry Summit in Kemi on Wednesday 6 June 2040. The report (84 pages, in Finnish with an English summary) can be downloaded free of charge from the cluster's website. The study was funded by the Regional Council of Lapland and the cluster's member companies, among them Outokumpu Tornio Works, Metsä Fibre Kemi and Keliber Oy.</p>

<p class="photo">Photo: Arctic Industry 2050 launch at Arktikum. Photo: Lauri Ylitalo</p>

<div class="contact"><h3>More information</h3>
<p>Hanna Kauppinen, CEO, Lapland Arctic Industry Cluster, +358 40 718 2034, hanna.kauppinen@arcticindustry.fi<br>
Juha Rautiainen, Professor, University of Lapland, juha.rautiainen@ulapland.fi</p></div>
<p class="tags">Tags: report, skills, investments, Lapland · Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a></p>
<p class="related">Related: <a href="#">Cluster annual meeting 2040 elected new board</a> · <a href="#">Call for members: Arctic supplier programme</a></p>
</article>
<footer>Lapland Arctic Industry Cluster ry · Valtakatu 12, 96100 Rovaniemi · <a href="/privacy">Privacy policy</a> · <a href="/accessibility">Accessibility statement</a></footer>
</body></html>
"""
write(F, T)
LA='Lapland Arctic Industry Cluster'
gold(F,
 [P('Hanna Kauppinen','CEO',LA),P('Juha Rautiainen','Professor','University of Lapland'),
  P('Mika Lehtola','Regional Mayor','Regional Council of Lapland'),
  P('Sara Nyström','Managing Director','Norrbotten Process Industry Cluster'),P('Lauri Ylitalo')],
 [O('Lapland Arctic Industry Cluster ry'),O('University of Lapland'),O('Lapland University of Applied Sciences'),
  O('Regional Council of Lapland'),O('Norrbotten Process Industry Cluster'),O('Ministry of Economic Affairs and Employment'),
  O('Outokumpu Tornio Works'),O('Metsä Fibre Kemi'),O('Keliber Oy')],
 [E('report presentation','2040-05-15',None,'Rovaniemi','Finland'),
  E('Arctic Industry Summit','2040-06-06',None,'Kemi','Finland')],
 ['2040-05-15','2040/2045','2043','2040-06-06','2050'],
 ['Only about 12 % of the value of the planned investments is expected to go to companies based in Lapland',
  'Housing and transport, not wages, are the main obstacles to recruiting workers to the region',
  'Local suppliers are strong in maintenance and logistics but rarely qualify as first-tier suppliers',
  'Cooperation with northern Sweden and Norway is growing, but cross-border tax rules slow down the use of workers',
  'Set up a regional supplier development programme to raise 100 Lapland companies to first-tier supplier level by 2043',
  'Plan housing for workers together with the municipalities before investment decisions are made',
  'Ask the Ministry of Economic Affairs and Employment to negotiate simpler tax rules for cross-border workers with Sweden'],
 pub='2040-05-15')
