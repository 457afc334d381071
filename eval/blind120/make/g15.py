from h import *
F = 'g15_seinajoki_news_listing.html'
assert wd(2038,1,19)=='Tuesday' and wd(2038,2,9)=='Tuesday' and wd(2038,2,10)=='Wednesday' and wd(2038,3,2)=='Tuesday' and wd(2038,4,27)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Food Valley Ostrobothnia</title></head>
<body>
<p class="cookie">This website uses cookies for statistics. <a href="/en/cookies">Settings</a> · <a href="#">Accept all</a></p>
<header><p>Food Valley Ostrobothnia · Ruokalaakso Pohjanmaa</p>
<nav><a href="/en">Home</a> / <a href="/en/cluster">Cluster</a> / <a href="/en/members">Members</a> / <a href="/en/projects">Projects</a> / <a href="/en/news">News</a> / <a href="/fi">FI</a> / <a href="/sv">SV</a></nav></header>
<main>
<h1>News</h1>
<p class="filter">Show: All · Studies · Events · Cluster news</p>

<article>
<h2>Evaluation: the regional cluster programme pays off, but needs fewer and bigger projects</h2>
<p class="meta">2.3.2038 · Studies</p>
<p>The Regional Council of South Ostrobothnia has published the final evaluation of its cluster programme for 2032–2037. The evaluation was carried out by MDI Public Oy and led by senior consultant Aleksi Räty-Hänninen. It covers four clusters in the region, including Food Valley Ostrobothnia, the Seinäjoki-based wood products cluster Puu-Pohjanmaa and the technology cluster EPTEK ry.</p>
<p>The evaluators found that every euro of programme funding attracted 2.4 euros of company and other public funding, and that member companies of the clusters grew faster than comparable companies in the region. At the same time, many of the 117 funded projects were small and short, and results were hard to keep after the projects ended.</p>
<p>The evaluation makes three recommendations: fund fewer but larger projects with a duration of at least three years; require every project to name a company owner for its results; and link the cluster programme more closely to the university consortium of Seinäjoki. Regional Mayor Kirsi Mäki-Kuutti said the recommendations would be taken into account in the new programme, to be adopted by the Regional Council in June 2038. <a href="#">Read more</a></p>
</article>

<article>
<h2>Member survey: export is the top priority for food companies</h2>
<p class="meta">10.2.2038 · Cluster news</p>
<p>Food Valley Ostrobothnia asked its 168 member companies about their needs for the coming years; 97 answered. Export and new markets came first, followed by automation of production and energy efficiency. Only a quarter of the respondents had taken part in a cluster activity abroad.</p>
<p>The results were discussed with the members at the cluster's members' day in Seinäjoki on Tuesday 9 February. "The message is clear. Our members want us to open doors abroad, and they want fewer seminars and more concrete meetings with buyers," said cluster manager Hanna-Mari Kivelä-Rauhala. <a href="#">Read more</a></p>
</article>

<article>
<h2>Workshop with Estonian and Swedish partners: key takeaways</h2>
<p class="meta">27.1.2038 · Events</p>
<p>On 19 January 2038 Food Valley Ostrobothnia hosted a workshop on Nordic-Baltic cooperation in food processing at the Frami campus in Seinäjoki. Guests included Kristjan Põder from the Estonian Food Industry Association and Ulrika Strandberg-Ek from Krinova Incubator & Science Park in Kristianstad, Sweden. Around 40 companies and researchers from Seinäjoki University of Applied Sciences (SeAMK) and the Natural Resources Institute Finland (Luke) took part.</p>
<p>Key takeaways from the workshop:</p>
<ul>
<li>Oat and berry processing are the areas with the clearest potential for joint products</li>
<li>Companies prefer small bilateral visits to large delegations</li>
<li>A shared test kitchen network between Seinäjoki, Tartu and Kristianstad should be explored</li>
</ul>
<p>The next partner meeting will take place in Tartu in spring 2038. <a href="#">Read more</a></p>
</article>

<article>
<h2>Invitation to the annual general meeting</h2>
<p class="meta">18.1.2038 · Cluster news</p>
<p>The annual general meeting of Food Valley Ostrobothnia ry will be held on Tuesday 27 April 2038 at 14.00 in Seinäjoki. The meeting will approve the annual report and accounts for 2037 and elect the board for 2038–2040. Proposals for board members must reach the chair of the board, Tapio Ylikoski-Björklund, by 31 March 2038. <a href="#">Read more</a></p>
</article>

<nav class="pages"><a href="#">« Newer</a> · Page 3 of 11 · <a href="#">Older »</a></nav>
</main>
<footer><p>Food Valley Ostrobothnia ry · Kampusranta 9, 60320 Seinäjoki · info@foodvalley.example.fi</p>
<p>The cluster is supported by the Regional Council of South Ostrobothnia. © Food Valley Ostrobothnia · <a href="/en/privacy">Privacy statement</a> · <a href="/en/accessibility">Accessibility</a></p></footer>
</body></html>
"""
assert wd(2038,1,18)=='Monday'
write(F, T)
FV = "Food Valley Ostrobothnia ry"
RC = "Regional Council of South Ostrobothnia"
gold(F,
 [P("Aleksi Räty-Hänninen","senior consultant","MDI Public Oy"),
  P("Kirsi Mäki-Kuutti","Regional Mayor",None),
  P("Hanna-Mari Kivelä-Rauhala","cluster manager","Food Valley Ostrobothnia"),
  P("Kristjan Põder",None,"Estonian Food Industry Association"),
  P("Ulrika Strandberg-Ek",None,"Krinova Incubator & Science Park"),
  P("Tapio Ylikoski-Björklund","chair of the board",FV)],
 [O(FV), O(RC), O("MDI Public Oy"), O("Puu-Pohjanmaa"), O("EPTEK ry"), O("Estonian Food Industry Association"),
  O("Krinova Incubator & Science Park"), O("Seinäjoki University of Applied Sciences","SeAMK"),
  O("Natural Resources Institute Finland","Luke")],
 [E("members' day","2038-02-09",None,"Seinäjoki","Finland"),
  E("workshop on Nordic-Baltic cooperation in food processing","2038-01-19",None,"Seinäjoki","Finland"),
  E("annual general meeting of Food Valley Ostrobothnia ry","2038-04-27",None,"Seinäjoki","Finland"),
  E("partner meeting","2038",None,"Tartu","Estonia")],
 ["2038-03-02","2032/2037","2038-06","2038-02-10","2038-02-09","2038-01-27","2038-01-19","2038","2038-01-18","2038-04-27","2037","2038/2040","2038-03-31"],
 ["fund fewer but larger projects with a duration of at least three years",
  "require every project to name a company owner for its results",
  "link the cluster programme more closely to the university consortium of Seinäjoki",
  "Oat and berry processing are the areas with the clearest potential for joint products",
  "Companies prefer small bilateral visits to large delegations",
  "A shared test kitchen network between Seinäjoki, Tartu and Kristianstad should be explored"],
 pub=None)
