from h import *
F = 'g13_eccp_japan_mission.html'
assert [wd(2039,11,d) for d in (7,8,9,10)]==['Monday','Tuesday','Wednesday','Thursday'] and wd(2040,3,12)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>European hydrogen clusters complete their first business mission to Japan | Community news | ECCP</title></head>
<body>
<nav>ECCP · Home · Cluster organisations · Partnerships · News · Events · Calls · Library · My account</nav>
<div class="cookie">We use cookies to analyse traffic. <a href="#">Accept all</a> | <a href="#">Only necessary</a></div>
<main>
<p class="crumb">Home / News / Community news</p>
<h1>European hydrogen clusters complete their first business mission to Japan</h1>
<p class="byline">Submitted by Hugo Fernández-Valdés on 21 November 2039</p>
<p>Sixteen European SMEs from the hydrogen and fuel-cell value chain travelled to Japan from 7 to 10 November 2039 with the European Strategic Cluster Partnership H2-GLOBAL, co-funded under the Single Market Programme. The mission was the partnership's first to Asia and combined a trade fair, company visits and B2B meetings in Tokyo and Kobe.</p>
<p>H2-GLOBAL is led by the Asturias hydrogen cluster, Clúster del Hidrógeno de Asturias (H2 Asturias), based in Gijón. Its partners are ecoplus. Niederösterreichs Wirtschaftsagentur GmbH with its Mechatronik-Cluster, CLUST-ER Energia e Sviluppo Sostenibile of Emilia-Romagna, the Hydrogen Valley South Tyrol association, and Vätgas Sverige, the Swedish hydrogen association.</p>
<h2>The programme</h2>
<p><strong>Monday, 7 November</strong> – Briefing at the Delegation of the European Union to Japan in Tokyo, with an introduction to the Japanese hydrogen strategy by Counsellor Dr. Kaspar Lindholm-Aho. In the evening, a networking reception at the residence of the Austrian ambassador.</p>
<p><strong>Tuesday, 8 November</strong> – Visit to the H2 &amp; FC EXPO Tokyo, where the delegation had a joint stand. Matchmaking with Japanese buyers, organised together with the EU-Japan Centre for Industrial Cooperation.</p>
<p><strong>Wednesday, 9 November</strong> – Shinkansen to Kobe. Company visits to a liquefied hydrogen terminal and to a fuel-cell ship builder. Meeting with the Kobe Hydrogen Business Council.</p>
<p><strong>Thursday, 10 November</strong> – B2B meetings at the Kobe International Business Center and a closing debriefing of the delegation.</p>
<h2>Voices from the delegation</h2>
<p>"Japanese buyers want to see you three times before they sign anything. This mission was the first time, not the last," said Covadonga Suárez Llaneza, cluster manager of H2 Asturias and coordinator of the partnership.</p>
<p>Lukas Oberleitner, head of international projects at ecoplus, pointed to the interest of Japanese shipyards in Austrian valve technology. For Sofia Rinaldi-Gruber (Hydrogen Valley South Tyrol), the most valuable part was the visit to the terminal: "We saw a supply chain that is ten years ahead of ours."</p>
<p>Björn Ekdahl of Vätgas Sverige led the talks with the Kobe Hydrogen Business Council on a memorandum of understanding, which both sides intend to sign in spring 2040.</p>
<h2>Results</h2>
<p>Over the four days, the delegation achieved:</p>
<ul>
<li>143 B2B meetings with Japanese companies and research institutes</li>
<li>11 follow-up visits requested by Japanese buyers</li>
<li>3 non-disclosure agreements signed on site</li>
<li>one letter of intent between a Swedish electrolyser start-up and a trading house in Osaka</li>
</ul>
<h2>Before and after</h2>
<p>The mission was prepared at a webinar on doing business in Japan on 20 September 2039, held with the Enterprise Europe Network. A return visit of a Japanese delegation to Gijón and Bolzano is planned for 12&ndash;16 March 2040, and H2-GLOBAL will be present at the Hydrogen Technology Expo Europe in Hamburg in October 2040.</p>
<p>Earlier H2-GLOBAL missions went to Canada (Vancouver, May 2038) and South Korea (Ulsan, April 2039).</p>
<p>Companies interested in the next mission can register their interest until 15 January 2040.</p>
<p class="links"><a href="#">Read more about H2-GLOBAL</a> · <a href="#">Share</a> · <a href="#">Report content</a></p>
<p class="disclaimer">Community news is submitted by registered users of the platform. The European Commission is not responsible for its content.</p>
</main>
<footer>European Cluster Collaboration Platform · Managed on behalf of the European Commission · Contact · Legal notice · Cookies</footer>
</body></html>
"""
write(F, T)
H="Clúster del Hidrógeno de Asturias"
gold(F,
 [P("Hugo Fernández-Valdés"),
  P("Kaspar Lindholm-Aho","Counsellor","Delegation of the European Union to Japan"),
  P("Covadonga Suárez Llaneza","cluster manager","H2 Asturias"),
  P("Lukas Oberleitner","head of international projects","ecoplus"),
  P("Sofia Rinaldi-Gruber",None,"Hydrogen Valley South Tyrol"),
  P("Björn Ekdahl",None,"Vätgas Sverige")],
 [O("European Cluster Collaboration Platform","ECCP"), O(H,"H2 Asturias"),
  O("ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"), O("Mechatronik-Cluster"),
  O("CLUST-ER Energia e Sviluppo Sostenibile"), O("Hydrogen Valley South Tyrol"), O("Vätgas Sverige"),
  O("Delegation of the European Union to Japan"), O("EU-Japan Centre for Industrial Cooperation"),
  O("Kobe Hydrogen Business Council"), O("Enterprise Europe Network"), O("European Commission")],
 [E("business mission","2039-11-07","2039-11-10",None,"Japan"),
  E("Briefing","2039-11-07",None,"Tokyo","Japan"),
  E("networking reception","2039-11-07",None,"Tokyo","Japan"),
  E("H2 & FC EXPO Tokyo","2039-11-08",None,"Tokyo","Japan"),
  E("Matchmaking","2039-11-08",None,"Tokyo","Japan"),
  E("Company visits","2039-11-09",None,"Kobe","Japan"),
  E("Meeting with the Kobe Hydrogen Business Council","2039-11-09",None,"Kobe","Japan"),
  E("B2B meetings","2039-11-10",None,"Kobe","Japan"),
  E("webinar on doing business in Japan","2039-09-20",None,None,None),
  E("return visit","2040-03-12","2040-03-16",None,None),
  E("Hydrogen Technology Expo Europe","2040-10",None,"Hamburg","Germany"),
  E("H2-GLOBAL missions","2038-05",None,"Vancouver","Canada"),
  E("H2-GLOBAL missions","2039-04",None,"Ulsan","South Korea")],
 ["2039-11-21","2039-11-07/2039-11-10","2039-11-07","2039-11-08","2039-11-09","2039-11-10","2040","2039-09-20",
  "2040-03-12/2040-03-16","2040-10","2038-05","2039-04","2040-01-15"],
 [], pub="2039-11-21")
