from h import *
F = 'suwalki-furniture-cluster-about-us.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About us – Suwałki Furniture and Wood Cluster</title></head>
<body>
<div class="cookie">We use cookies for statistics and to remember your language. <a href="/en/cookies">Cookie policy</a> <button>OK</button></div>
<header><a class="logo" href="/en">SKMD · Suwałki Furniture and Wood Cluster</a>
<nav><a href="/en">Home</a> · <a href="/en/about" class="active">About us</a> · <a href="/en/members">Members</a> · <a href="/en/projects">Projects</a> · <a href="/en/news">News</a> · <a href="/en/contact">Contact</a> · <a href="/pl">PL</a> · <a href="/lt">LT</a></nav></header>
<main>
<p class="crumbs">Home › About us</p>
<h1>About us</h1>
<p>The Suwałki Furniture and Wood Cluster (Suwalski Klaster Meblarsko-Drzewny, SKMD) is an association of furniture makers, sawmills, joinery workshops, designers, schools and local authorities in the north-east of Poland, close to the Lithuanian and Russian borders. It has its office in the Suwałki Science and Technology Park and today brings together 73 members from the Suwałki, Augustów, Sejny and Olecko districts and from the Alytus region in Lithuania.</p>
<h2>Our history</h2>
<h3>The beginnings (2020–2024)</h3>
<p>The idea of a cluster was born in the winter of 2020, when the owners of five furniture factories met at the Suwałki Special Economic Zone to discuss a shortage of upholsterers. The initiative was led by Zbigniew Wasilewski, owner of Meble Wasilewski Sp. z o.o., and by Halina Krzywicka-Szot, then head of the furniture department at the Zespół Szkół Technicznych in Suwałki. A cooperation agreement was signed on 19 March 2021 by eleven founders:</p>
<ul>
<li>Meble Wasilewski Sp. z o.o. (Suwałki)</li>
<li>Fabryka Mebli Hańcza S.A. (Suwałki)</li>
<li>Tartak Puszcza Augustowska s.c. (Płaska)</li>
<li>Stolarstwo Jaćwież – Józef Andruszkiewicz (Sejny)</li>
<li>Wigry Design Studio Sp. z o.o. (Suwałki)</li>
<li>Suwałki Special Economic Zone S.A. (SSEZ)</li>
<li>Suwałki Science and Technology Park</li>
<li>Zespół Szkół Technicznych im. gen. Józefa Bema (Suwałki)</li>
<li>Państwowa Uczelnia Zawodowa im. prof. Edwarda F. Szczepanika w Suwałkach</li>
<li>City of Suwałki</li>
<li>Suwałki District</li>
</ul>
<p>For its first three years the cluster worked without a legal form, coordinated by the Science and Technology Park. In 2022 it ran its first joint stand at the Meble Polska fair in Poznań, and in 2023 it organised the first Suwałki Furniture Days.</p>
<h3>Registration and growth (2024–2030)</h3>
<p>On 4 June 2024 the members founded the association Stowarzyszenie Suwalski Klaster Meblarsko-Drzewny, registered in the National Court Register in September 2024. The association hired its first cluster manager, Kamila Sadowska-Lis, who led the office until 2031. In this period the cluster doubled its membership, opened a shared CNC workshop in Augustów (2026), and started its cooperation with the Lithuanian furniture cluster in Alytus under the Interreg Lithuania–Poland programme. In 2028 it received the status of National Key Cluster from the Ministry of Development and Technology.</p>
<h3>Towards a circular wood economy (since 2030)</h3>
<p>Since 2030 the cluster has focused on reuse of wood waste, low-emission finishes and training. It leads the Baltic Wood Loop network of six clusters from Poland, Lithuania, Latvia and Sweden, founded in Suwałki on 11 October 2032. In 2033 the cluster opened the Wood Skills Centre together with the vocational schools of the region.</p>
<h2>Presidents of the Board</h2>
<table>
<tr><th>Period</th><th>President</th><th>Company / institution</th></tr>
<tr><td>2021–2024</td><td>Zbigniew Wasilewski (coordinator of the agreement)</td><td>Meble Wasilewski Sp. z o.o.</td></tr>
<tr><td>2024–2028</td><td>Zbigniew WASILEWSKI</td><td>Meble Wasilewski Sp. z o.o.</td></tr>
<tr><td>2028–2032</td><td>Dr inż. Jolanta Makowska-Rudzik</td><td>Fabryka Mebli Hańcza S.A.</td></tr>
<tr><td>2032–2036</td><td>Tomasz van der Meer-Bielecki</td><td>Wigry Design Studio Sp. z o.o.</td></tr>
</table>
<p>The current Board was elected by the General Assembly on {wd(2032,5,27)} 27 May 2032 for four years. Besides the President it includes Vice-President Halina Krzywicka-Szot, Treasurer Marek Kulesza (Tartak Puszcza Augustowska s.c.), and members Agnė Jurkonytė-Sakalauskienė (Alytus furniture cluster, Lithuania) and Piotr Łapiński (City of Suwałki). The cluster office has been led since 2031 by cluster manager Monika Ostaszewska.</p>
<h2>Honorary members</h2>
<p>The General Assembly has named three honorary members for their merits: Zbigniew Wasilewski (2032), the late Józef Andruszkiewicz (2029), founder of the Jaćwież workshop, and Prof. Dr. Gunnar Sjöström of Linnaeus University in Växjö (2034), who advised the cluster on timber construction.</p>
<h2>Our mission</h2>
<p>We help the furniture and wood companies of the Suwałki region to grow together: we train their people, share machines and knowledge, open foreign markets and speak for the sector towards public authorities. We believe that a region at the edge of the European Union can make furniture for the whole of Europe.</p>
<h2>What we do</h2>
<p>Our work is organised in four working groups: production and technology, design and markets, skills, and circular economy. Each group is chaired by a member company and meets at least four times a year. The cluster office runs joint purchasing of board materials and lacquers, prepares collective stands at fairs in Poland, Germany and Scandinavia, and helps members to apply for regional and European funding. Every year we publish a short report on the state of the furniture sector in the Suwałki region, based on a survey of our members.</p>
<h2>Anniversary</h2>
<p>In 2036 we will celebrate fifteen years since the cooperation agreement. The anniversary conference will take place in Suwałki on {wd(2036,3,19)} 19 March 2036, followed by a gala evening at the Suwałki Cultural Centre. All former and current members are warmly invited.</p>
</main>
<footer><p>Stowarzyszenie Suwalski Klaster Meblarsko-Drzewny · ul. Innowacyjna, 16-400 Suwałki · KRS 0000000000 · © 2035 SKMD · <a href="/en/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
C='Suwałki Furniture and Wood Cluster'
gold(F,
 [P('Zbigniew Wasilewski','President','Suwałki Furniture and Wood Cluster'), P('Halina Krzywicka-Szot','Vice-President',C),
  P('Józef Andruszkiewicz','founder','Stolarstwo Jaćwież – Józef Andruszkiewicz'), P('Kamila Sadowska-Lis','cluster manager',C),
  P('Jolanta Makowska-Rudzik','President','Suwałki Furniture and Wood Cluster'), P('Tomasz van der Meer-Bielecki','President','Suwałki Furniture and Wood Cluster'),
  P('Marek Kulesza','Treasurer','Suwałki Furniture and Wood Cluster'), P('Agnė Jurkonytė-Sakalauskienė','member','Suwałki Furniture and Wood Cluster'),
  P('Piotr Łapiński','member','Suwałki Furniture and Wood Cluster'), P('Monika Ostaszewska','cluster manager',C), P('Gunnar Sjöström','honorary member','Linnaeus University')],
 [O(C,'SKMD'), O('Suwałki Science and Technology Park'), O('Suwałki Special Economic Zone S.A.','SSEZ'), O('Meble Wasilewski Sp. z o.o.'),
  O('Zespół Szkół Technicznych im. gen. Józefa Bema'), O('Fabryka Mebli Hańcza S.A.'), O('Tartak Puszcza Augustowska s.c.'), O('Stolarstwo Jaćwież – Józef Andruszkiewicz'),
  O('Wigry Design Studio Sp. z o.o.'), O('Państwowa Uczelnia Zawodowa im. prof. Edwarda F. Szczepanika w Suwałkach'), O('City of Suwałki'), O('Suwałki District'),
  O('National Court Register'), O('Alytus furniture cluster'), O('Ministry of Development and Technology'),
  O('Baltic Wood Loop'), O('Wood Skills Centre'), O('Linnaeus University'), O('European Union')],
 [E('Meble Polska','2022','2022','Poznań','Poland'), E('Suwałki Furniture Days','2023','2023',None,None),
  E('General Assembly','2032-05-27','2032-05-27',None,None), E('anniversary conference','2036-03-19','2036-03-19','Suwałki','Poland'),
  E('gala evening','2036-03-19','2036-03-19','Suwałki','Poland')],
 ['2020/2024','2020','2021-03-19','2022','2023','2024/2030','2024-06-04','2024-09','2031','2026','2028','2030','2032-10-11','2033','2021/2024','2024/2028','2028/2032','2032/2036','2032-05-27','2032','2029','2034','2036','2036-03-19','2035'])
