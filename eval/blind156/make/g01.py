from h import *
F = 'g01_ardennes_metal_cluster_news.html'
assert wd(2038,3,11)=='Thursday' and wd(2038,3,23)=='Tuesday' and wd(2038,3,5)=='Friday' and wd(2038,4,30)=='Friday'
assert wd(2038,5,20)=='Thursday' and wd(2038,5,21)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News | Ardennes Metal Valley cluster</title></head>
<body>
<div class="cookie-banner">We use cookies to measure audience and to remember your language. <a href="/en/cookies">Settings</a> <button>Accept all</button> <button>Refuse</button></div>
<header><p class="brand">Ardennes Metal Valley · Pôle de compétitivité de la métallurgie ardennaise</p>
<nav><a href="/en">Home</a> | <a href="/en/cluster">The cluster</a> | <a href="/en/members">Members</a> | <a href="/en/projects">Projects</a> | <a href="/en/news">News</a> | <a href="/en/agenda">Agenda</a> | <a href="/fr">FR</a></nav></header>
<main>
<p class="crumbs">Home › News › Newsletter no. 41 (March 2038)</p>
<h1>Cluster news – March 2038</h1>
<p class="lead">Our monthly digest for members and partners. Four stories this month: a new board, a voucher call that closes at the end of April, a visit from Wallonia and the dates of the next Forge Days.</p>

<article>
<h2>General Assembly elects a new board</h2>
<p class="meta">15 March 2038 · Governance</p>
<p>Sixty-two member companies and institutions attended the annual General Assembly of Ardennes Metal Valley (AMV) on Thursday 11 March 2038 at the Institut Universitaire de Technologie in Charleville-Mézières. Members approved the 2037 accounts, adopted the action plan 2038–2040 and elected a new board for a three-year term.</p>
<p>After nine years at the head of the cluster, Jean-Marc Lefebvre (Forges de Nouzonville) did not stand again. He was thanked for leading the merger of the former foundry and forging associations in 2031. The new board is composed as follows:</p>
<ul>
<li>President: Sandrine Ponsard-Maréchal (Fonderie Revinoise SAS)</li>
<li>Vice-Presidents: Karim Bouazza (Ardennes Usinage) and Hélène DUPUIS-VERGNE (Lycée des métiers Bazin)</li>
<li>Treasurer: Thibault de la Roche-Guyon, Crédit Agricole du Nord Est</li>
<li>Secretary: Marion Collignon, CCI Ardennes</li>
</ul>
<p>"Our companies make parts for cars, trains and wind turbines, but we still sell ourselves as a traditional region," said the new president. "The next three years are about skills and about showing young people what a modern forge looks like."</p>
<p><a href="/en/news/ga-2038">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
</article>

<article>
<h2>Digital Forge vouchers: apply by 30 April</h2>
<p class="meta">12 March 2038 · Funding</p>
<p>The second round of the Digital Forge vouchers is open to small and medium-sized members based in the Ardennes department. A voucher covers 70 per cent of the cost of a diagnosis or a pilot with a digital service provider, up to EUR 15,000. The scheme is financed by the Région Grand Est and managed by the cluster together with the regional agency Grand E-nov+.</p>
<p>Applications must be submitted through the members' portal by Friday 30 April 2038 at 12:00. An online information session will be held on Tuesday 23 March 2038 from 10:00 to 11:00, led by project officer Lucas Gérardin. Results will be announced in June 2038.</p>
<p>Lessons learnt from the first round, as presented to the board:</p>
<ul>
<li>Companies that named one person in charge of the pilot finished on time; the others did not</li>
<li>Diagnoses without a follow-up budget rarely led to an investment</li>
<li>Providers from outside the region were chosen in a third of the cases, which is acceptable</li>
</ul>
<p><a href="/en/news/vouchers-2">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>
</article>

<article>
<h2>Walloon visitors at the Revin foundry</h2>
<p class="meta">8 March 2038 · International</p>
<p>On Friday 5 March a group of twelve managers from the Walloon mechanical engineering cluster MecaTech, led by its director Olivier Vandenbroucke, spent a day in the Meuse valley. The group visited the Fonderie Revinoise in Revin in the morning and the training workshop of the Lycée des métiers Bazin in the afternoon. The visit was prepared with the Enterprise Europe Network Grand Est and is the first step towards a cross-border supplier day planned for the autumn.</p>
<p><a href="/en/news/mecatech">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</article>

<article>
<h2>Save the date: Forge Days 2038 in Sedan</h2>
<p class="meta">1 March 2038 · Events</p>
<p>The ninth Forge Days will take place on Thursday 20 and Friday 21 May 2038 at the Château fort de Sedan, with a buyers' meeting on the first day and open factories on the second. The series started as a local open day and now draws buyers from Belgium, Luxembourg and Germany. Earlier editions:</p>
<ul>
<li>2037 – Charleville-Mézières, 6–7 May</li>
<li>2036 – Revin, 12–13 May</li>
<li>2035 – Sedan, 24–25 April</li>
</ul>
<p>Registration opens in early April. Contact: events@amv.example.fr</p>
</article>

<nav class="pager"><a href="/en/news?page=1">‹ Previous</a> | <a href="/en/news?page=3">Next ›</a></nav>
<aside><h3>Subscribe</h3><p>Receive the newsletter every month. <a href="/en/subscribe">Sign up</a></p></aside>
</main>
<footer><p>Ardennes Metal Valley · 2 rue Paulin Richier, 08000 Charleville-Mézières · +33 3 24 00 00 00</p>
<p>© 2038 AMV · <a href="/en/legal">Legal notice</a> · <a href="/en/privacy">Privacy</a> · Supported by the Région Grand Est</p></footer>
</body></html>
"""
write(F, T)
A = "Ardennes Metal Valley"
gold(F,
 [P("Jean-Marc Lefebvre", None, "Forges de Nouzonville"),
  P("Sandrine Ponsard-Maréchal", "President", A),
  P("Karim Bouazza", "Vice-President", A),
  P("Hélène DUPUIS-VERGNE", "Vice-President", A),
  P("Thibault de la Roche-Guyon", "Treasurer", A),
  P("Marion Collignon", "Secretary", A),
  P("Lucas Gérardin", "project officer", A),
  P("Olivier Vandenbroucke", "director", "MecaTech")],
 [O(A, "AMV"), O("Institut Universitaire de Technologie"), O("Forges de Nouzonville"), O("Fonderie Revinoise SAS"),
  O("Ardennes Usinage"), O("Lycée des métiers Bazin"), O("Crédit Agricole du Nord Est"), O("CCI Ardennes"),
  O("Région Grand Est"), O("Grand E-nov+"), O("MecaTech"), O("Enterprise Europe Network Grand Est")],
 [E("General Assembly", "2038-03-11", None, "Charleville-Mézières", "France"),
  E("online information session", "2038-03-23", None, None, None),
  E("visit to the Fonderie Revinoise", "2038-03-05", None, "Revin", "France"),
  E("visit to the training workshop of the Lycée des métiers Bazin", "2038-03-05", None, None, None),
  E("Forge Days", "2038-05-20", "2038-05-21", "Sedan", "France"),
  E("buyers' meeting", "2038-05-20", None, "Sedan", "France"),
  E("open factories", "2038-05-21", None, "Sedan", "France"),
  E("Forge Days", "2037-05-06", "2037-05-07", "Charleville-Mézières", "France"),
  E("Forge Days", "2036-05-12", "2036-05-13", "Revin", "France"),
  E("Forge Days", "2035-04-24", "2035-04-25", "Sedan", "France")],
 ["2038-03", "2038-03-15", "2038-03-11", "2037", "2038/2040", "2031", "2038-03-12", "2038-04-30", "2038-03-23", "2038-06",
  "2038-03-08", "2038-03-05", "2038-03-01", "2038-05-20/2038-05-21", "2037-05-06/2037-05-07", "2036-05-12/2036-05-13",
  "2035-04-24/2035-04-25", "2038-04"],
 ["Companies that named one person in charge of the pilot finished on time; the others did not",
  "Diagnoses without a follow-up budget rarely led to an investment",
  "Providers from outside the region were chosen in a third of the cases, which is acceptable"])
