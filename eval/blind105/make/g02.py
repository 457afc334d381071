from h import *
F = 'g02_aarhus_foodtech_board.html'
assert wd(2038,4,27)=='Tuesday' and wd(2038,6,17)=='Thursday' and wd(2038,9,9)=='Thursday' and wd(2038,11,24)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Board of directors | FoodTech Cluster Østjylland</title></head>
<body>
<div class="cookie">We use cookies to make the website work and to measure traffic. You can withdraw your consent at any time. <a href="/cookiepolitik">Read more</a> <button>Accept</button> <button>Reject</button></div>
<header><div class="brand">FoodTech Cluster Østjylland</div>
<nav><a href="/">Home</a> <a href="/om-os">About</a> <a href="/bestyrelse" class="on">Board</a> <a href="/sekretariat">Secretariat</a> <a href="/medlemmer">Members</a> <a href="/projekter">Projects</a> <a href="/kalender">Calendar</a> <a href="/nyheder">News</a> <a href="/kontakt">Contact</a> <a href="/da">DA</a>/<a href="/en">EN</a></nav></header>
<main>
<p class="path">You are here: Home / About / Board of directors</p>
<h1>Board of directors</h1>
<p>FoodTech Cluster Østjylland (FTCØ) is a member association registered in Aarhus. Its board of directors sets the cluster's strategy, approves the annual budget and the work programme of the secretariat, and appoints the managing director. The board has nine members: six are elected by the general assembly from among the member companies for two-year terms, two represent the knowledge institutions and one is appointed by Aarhus Municipality. Board members sit in a personal capacity, but we show the organisation in which each of them works.</p>
<p>The current board was constituted at its first meeting after the general assembly of Tuesday 27 April 2038.</p>

<table class="board">
<thead><tr><th>Office</th><th>Name</th><th>Company / institution</th><th>Elected / appointed</th><th>Term ends</th></tr></thead>
<tbody>
<tr><td>Chair</td><td>Mette Kjærgaard Bundgaard</td><td>Danish Crown Ingredients A/S</td><td>2034 (chair since 2036)</td><td>2040</td></tr>
<tr><td>Vice-Chair</td><td>Anders Riis Thomsen</td><td>Arla Foods Innovation Centre</td><td>2036</td><td>2040</td></tr>
<tr><td>Treasurer</td><td>Louise Fogh Sørensen</td><td>Sørensen &amp; Fogh Revision ApS</td><td>2037</td><td>2039</td></tr>
<tr><td>Board member</td><td>Rasmus Ellegaard</td><td>Ellegaard Maskinfabrik A/S</td><td>2038 (new)</td><td>2040</td></tr>
<tr><td>Board member</td><td>Nadia El-Amrani Kristensen</td><td>Proteinfabrikken ApS</td><td>2037</td><td>2039</td></tr>
<tr><td>Board member</td><td>Søren Bak-Jensen</td><td>Hammel Mejeriteknik A/S</td><td>2038 (re-elected)</td><td>2040</td></tr>
<tr><td>Board member (knowledge institutions)</td><td>Prof. Charlotte Kirk Lund</td><td>Aarhus University, Department of Food Science</td><td>2036</td><td>2040</td></tr>
<tr><td>Board member (knowledge institutions)</td><td>Henrik Vestergaard Dam</td><td>VIA University College</td><td>2038 (new)</td><td>2040</td></tr>
<tr><td>Board member (appointed)</td><td>Camilla Holm Ravn</td><td>Aarhus Municipality, Business Development</td><td>2037</td><td>2041</td></tr>
<tr><td>Observer (without vote)</td><td>Jakob Winther</td><td>Danish Board of Business Development</td><td>2038</td><td>–</td></tr>
</tbody></table>
<p class="note">Secretary to the board: Managing Director Trine Østergaard Friis (FTCØ secretariat).</p>

<h2>Changes in 2038</h2>
<p>At the general assembly in April, Rasmus Ellegaard and Henrik Vestergaard Dam joined the board. They replace Kirsten Bech Møller (Bech Food Systems ApS), who did not stand again after six years on the board and four years as treasurer, and Associate Professor Ole Sandahl, who has left VIA University College for a position in Norway. The chair thanked both for their commitment, and in particular Kirsten Bech Møller for "keeping the cluster's finances on a sound footing through the difficult years 2033–2035". Søren Bak-Jensen was re-elected for a further term. Louise Fogh Sørensen took over as treasurer on 1 May 2038.</p>

<h2>Board meetings 2038</h2>
<ul>
<li>Thursday 17 June 2038, 14:00–17:00 – Agro Food Park, Skejby (strategy seminar with the secretariat)</li>
<li>Thursday 9 September 2038, 15:00–17:00 – online</li>
<li>Wednesday 24 November 2038, 13:00–16:30 – Aarhus City Hall (budget 2039)</li>
</ul>
<p>Minutes are published in the members' area four weeks after each meeting.</p>

<h2>Committees of the board</h2>
<p><strong>Audit and finance committee:</strong> Louise Fogh Sørensen (chair), Søren Bak-Jensen.<br>
<strong>Nomination committee:</strong> Anders Riis Thomsen (chair), Camilla Holm Ravn and one member elected by the general assembly, Peter Lykke Damgaard (Lykke Bageri ApS).</p>

<h2>Earlier chairs</h2>
<p>2021–2027: Jens Ole Nørgaard (Nørgaard Fødevarer A/S) · 2027–2032: Birthe Hvidt (Aarhus University) · 2032–2036: Klaus Frandsen (Frandsen Emballage A/S) · since 2036: Mette Kjærgaard Bundgaard</p>

<h2>Contact the board</h2>
<p>Letters to the board are sent to the secretariat: bestyrelse@foodtech-oj.dk, att. Trine Østergaard Friis, +45 87 30 55 10. The statutes and the rules of procedure of the board (adopted 27 April 2038) can be downloaded as PDF.</p>
<p><a href="/files/statutes-2038.pdf">Statutes (PDF, 212 kB)</a> · <a href="/files/rules-of-procedure.pdf">Rules of procedure (PDF, 96 kB)</a> · <a href="/files/conflict-of-interest.pdf">Declarations of interest (PDF)</a></p>
</main>
<aside><h3>Related pages</h3><ul><li><a href="/sekretariat">The secretariat</a></li><li><a href="/generalforsamling">General assembly 2038</a></li><li><a href="/strategi">Strategy 2037–2041</a></li></ul></aside>
<footer><p>FoodTech Cluster Østjylland · Agro Food Park 15, 8200 Aarhus N · CVR 41 88 23 17 · info@foodtech-oj.dk · +45 87 30 55 00</p>
<p>The cluster is part of the national cluster for food and bio-resources and receives funding from the Danish Board of Business Development and the Danish Agency for Higher Education and Science.</p>
<p>Follow us: LinkedIn · Instagram · Newsletter | Page updated 4 May 2038 | Accessibility statement</p></footer>
</body></html>
"""
write(F, T)
C='FoodTech Cluster Østjylland'
gold(F,
 [P("Mette Kjærgaard Bundgaard","Chair",C), P("Anders Riis Thomsen","Vice-Chair",C), P("Louise Fogh Sørensen","Treasurer",C),
  P("Rasmus Ellegaard","Board member",C), P("Nadia El-Amrani Kristensen","Board member",C), P("Søren Bak-Jensen","Board member",C),
  P("Charlotte Kirk Lund","Board member (knowledge institutions)",C), P("Henrik Vestergaard Dam","Board member (knowledge institutions)",C),
  P("Camilla Holm Ravn","Board member (appointed)",C), P("Jakob Winther","Observer (without vote)",C),
  P("Trine Østergaard Friis","Managing Director",C), P("Kirsten Bech Møller","treasurer",C),
  P("Ole Sandahl","Associate Professor","VIA University College"), P("Peter Lykke Damgaard",None,"Lykke Bageri ApS"),
  P("Jens Ole Nørgaard",None,"Nørgaard Fødevarer A/S"), P("Birthe Hvidt",None,"Aarhus University"), P("Klaus Frandsen",None,"Frandsen Emballage A/S")],
 [O(C,"FTCØ"), O("Aarhus Municipality"), O("Danish Crown Ingredients A/S"), O("Arla Foods Innovation Centre"),
  O("Sørensen & Fogh Revision ApS"), O("Ellegaard Maskinfabrik A/S"), O("Proteinfabrikken ApS"), O("Hammel Mejeriteknik A/S"),
  O("Aarhus University"), O("Department of Food Science"), O("VIA University College"), O("Danish Board of Business Development"),
  O("Bech Food Systems ApS"), O("Lykke Bageri ApS"), O("Nørgaard Fødevarer A/S"), O("Frandsen Emballage A/S"),
  O("Danish Agency for Higher Education and Science")],
 [E("general assembly","2038-04-27",None,None,None), E("Board meeting","2038-06-17",None,"Skejby","Denmark"),
  E("Board meeting","2038-09-09",None,None,None), E("Board meeting","2038-11-24",None,"Aarhus","Denmark")],
 ["2038-04-27","2034","2036","2040","2037","2039","2038","2041","2033/2035","2038-05-01","2038-06-17","2038-09-09","2038-11-24",
  "2021/2027","2027/2032","2032/2036","2037/2041","2038-05-04","2038-04"], [], None)
