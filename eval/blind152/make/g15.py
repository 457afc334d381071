from h import *
F = 'g15_olsztyn_erasmus_cove_events.html'
assert wd(2040,6,27)=='Wednesday' and wd(2040,5,16)=='Wednesday' and wd(2040,9,18)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events – WOOD4SKILLS Centre of Vocational Excellence</title></head>
<body>
<div class="cookies">This website uses only technical cookies. <a href="/privacy">Privacy notice</a> <button>OK</button></div>
<header><p class="brand">WOOD4SKILLS – Erasmus+ Centre of Vocational Excellence for the furniture and wood industry</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/partners">Partners</a> · <a href="/results">Results</a> · <a href="/events">Events</a> · <a href="/news">News</a> · <a href="/contact">Contact</a></nav></header>
<main>
<h1>Events</h1>
<p class="intro">WOOD4SKILLS (June 2038 – May 2042) connects vocational schools, furniture clusters and companies in six regions. The project is coordinated by the Warmińsko-Mazurski Klaster Meblarski (Warmia-Masuria Furniture Cluster) in Olsztyn. Below you will find our upcoming events and an archive of past ones. Last updated: 2 May 2040.</p>

<h2>Upcoming events</h2>

<div class="event">
<h3>Panel debate: Who will build Europe's furniture in 2050?</h3>
<p><strong>Wednesday 16 May 2040, 17:00–19:00 · Brussels, Permanent Representation of Poland to the EU</strong></p>
<p>A public debate on skills shortages in the furniture industry, organised with the European Furniture Industries Confederation (EFIC). Panellists: Dr. Beata Nowicka-Szulc, Director of the Olsztyn School of Wood Technology; Jonas Petraitis, CEO of Baldų Gamyba UAB; Marisa Gallego Rueda, Secretary General of the Federación Española de Fabricantes de Muebles; and a representative of DG EMPL. Moderator: Tom Verhaegen-Smit, journalist. <a href="/events/panel-brussels">Register</a></p>
</div>

<div class="event">
<h3>WOOD4SKILLS Summer School 2040 – 3rd edition</h3>
<p><strong>25–29 June 2040 · Valladolid, Spain</strong></p>
<p>One week of hands-on training in digital joinery and CNC programming for 40 students and 12 teachers from the partner schools, hosted by the Centro Integrado de Formación Profesional Juan de Herrera. The programme includes a company visit to Muebles Duero S.L. on Wednesday 27 June and a closing ceremony with certificates on Friday 29 June. <a href="/events/summer-school-2040">Programme</a></p>
</div>

<div class="event">
<h3>Transnational partner meeting</h3>
<p><strong>18–19 September 2040 · Kuldīga, Latvia</strong></p>
<p>Hosted by Kuldīgas Tehnoloģiju un tūrisma tehnikums. Partners only.</p>
</div>

<div class="event">
<h3>Webinar series "Wood and Digital" – sessions 4 to 6</h3>
<p><strong>Online, 11:00 CET: 10 October 2040 · 7 November 2040 · 5 December 2040</strong></p>
<p>One-hour webinars for teachers and in-company trainers. Session 4 (10 October) presents the new module on augmented reality in assembly, led by Prof. Frédéric Delacroix-Mbeki of the Lycée du Bois de Mouchard. <a href="/events/webinars">Sign up</a></p>
</div>

<h2>Past events</h2>
<ul>
<li><strong>Kick-off meeting</strong>, Olsztyn, 20–21 June 2038 – opened by Marek Zalewski-Brandt, President of the Management Board of the Warmia-Masuria Furniture Cluster, and Anna Wojtkowiak, Member of the Board of the Warmińsko-Mazurskie Voivodeship</li>
<li><strong>WOOD4SKILLS Summer School 2038 – 1st edition</strong>, Olsztyn, 3–7 September 2038</li>
<li><strong>WOOD4SKILLS Summer School 2039 – 2nd edition</strong>, Kuldīga, 1–5 July 2039</li>
<li><strong>Mid-term conference "Skills for a circular furniture industry"</strong>, Mouchard (Jura), 14 November 2039, with 160 participants</li>
<li><strong>Study visit of Spanish teachers to Warmia-Masuria</strong>, 3–6 March 2040</li>
</ul>

<p>The mid-term conference brought together teachers, cluster managers and company owners from all six regions. In the morning, students from the partner schools presented furniture prototypes designed in mixed international teams during the summer schools. In the afternoon, the partners discussed how the new training modules can be kept alive after the end of EU funding.</p>

<h2>Main outcomes of the mid-term conference</h2>
<p>The conference in Mouchard agreed on the following main outcomes:</p>
<ul>
<li>Every partner school will offer at least one module taught jointly with a cluster company from 2040/2041</li>
<li>The micro-credential on digital joinery will be recognised by all four national authorities involved</li>
<li>The clusters will open their members' workshops to teachers for two-week placements</li>
</ul>

<p class="contact">Questions about our events? Write to Karolina Ząbek, events coordinator, events@wood4skills.example.eu</p>
</main>
<footer><p>Co-funded by the European Union. Views and opinions expressed are those of the author(s) only and do not necessarily reflect those of the European Union or the European Education and Culture Executive Agency (EACEA). Neither the European Union nor EACEA can be held responsible for them.</p>
<p>© WOOD4SKILLS consortium · <a href="/imprint">Imprint</a></p></footer>
</body></html>
"""
assert wd(2040,6,29)=='Friday'
write(F, T)
K = "Warmińsko-Mazurski Klaster Meblarski"
gold(F,
 [P("Beata Nowicka-Szulc","Director","Olsztyn School of Wood Technology"),
  P("Jonas Petraitis","CEO","Baldų Gamyba UAB"),
  P("Marisa Gallego Rueda","Secretary General","Federación Española de Fabricantes de Muebles"),
  P("Tom Verhaegen-Smit","journalist",None),
  P("Frédéric Delacroix-Mbeki",None,"Lycée du Bois de Mouchard"),
  P("Marek Zalewski-Brandt","President of the Management Board",K),
  P("Anna Wojtkowiak","Member of the Board","Warmińsko-Mazurskie Voivodeship"),
  P("Karolina Ząbek","events coordinator",None)],
 [O(K), O("Permanent Representation of Poland to the EU"),
  O("European Furniture Industries Confederation","EFIC"), O("Olsztyn School of Wood Technology"), O("Baldų Gamyba UAB"),
  O("Federación Española de Fabricantes de Muebles"), O("DG EMPL"),
  O("Centro Integrado de Formación Profesional Juan de Herrera"), O("Muebles Duero S.L."),
  O("Kuldīgas Tehnoloģiju un tūrisma tehnikums"), O("Lycée du Bois de Mouchard"), O("Warmińsko-Mazurskie Voivodeship"),
  O("European Education and Culture Executive Agency","EACEA")],
 [E("Panel debate: Who will build Europe's furniture in 2050?","2040-05-16",None,"Brussels","Belgium"),
  E("WOOD4SKILLS Summer School 2040 – 3rd edition","2040-06-25","2040-06-29","Valladolid","Spain"),
  E("company visit","2040-06-27",None,"Valladolid","Spain"),
  E("closing ceremony","2040-06-29",None,"Valladolid","Spain"),
  E("Transnational partner meeting","2040-09-18","2040-09-19","Kuldīga","Latvia"),
  E("Webinar series \"Wood and Digital\" – sessions 4 to 6","2040-10-10","2040-12-05",None,None),
  E("Kick-off meeting","2038-06-20","2038-06-21","Olsztyn","Poland"),
  E("WOOD4SKILLS Summer School 2038 – 1st edition","2038-09-03","2038-09-07","Olsztyn","Poland"),
  E("WOOD4SKILLS Summer School 2039 – 2nd edition","2039-07-01","2039-07-05","Kuldīga","Latvia"),
  E("Mid-term conference \"Skills for a circular furniture industry\"","2039-11-14",None,"Mouchard","France"),
  E("Study visit of Spanish teachers to Warmia-Masuria","2040-03-03","2040-03-06",None,"Poland")],
 ["2038-06/2042-05","2040-05-02","2040-05-16","2040-06-25/2040-06-29","2040-06-27","2040-06-29","2040-09-18/2040-09-19",
  "2040-10-10","2040-11-07","2040-12-05","2038-06-20/2038-06-21","2038-09-03/2038-09-07","2039-07-01/2039-07-05",
  "2039-11-14","2040-03-03/2040-03-06","2040/2041"],
 ["Every partner school will offer at least one module taught jointly with a cluster company from 2040/2041",
  "The micro-credential on digital joinery will be recognised by all four national authorities involved",
  "The clusters will open their members' workshops to teachers for two-week placements"],
 pub="2040-05-02")
