from h import *
F = 'g07_belfast_agritech_summit_speakers.html'
assert wd(2041,9,17)=='Tuesday' and wd(2041,9,18)=='Wednesday' and wd(2041,9,16)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Speakers – AgriTech Islands Summit 2041</title></head>
<body>
<div id="consent">We use cookies to make this site work and to count visits. <a href="#">Accept</a> <a href="#">Reject non-essential</a></div>
<header><a href="/" class="logo">AgriTech Islands Summit 2041</a>
<nav><a href="/programme">Programme</a> | <a href="/speakers" class="current">Speakers</a> | <a href="/venue">Venue &amp; travel</a> | <a href="/partners">Partners</a> | <a href="/register">Register</a> | <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Speakers</h1>
<p class="lead">17–18 September 2041 · ICC Belfast, Northern Ireland · organised by the Northern Ireland AgriFood Technology Cluster (NIAFTC) with Invest Northern Ireland and the Irish AgTech Network</p>
<p>More than 30 speakers from 11 countries will discuss precision livestock farming, grassland carbon, food processing robots and the people who will run the farms of 2050. Speakers are listed in the order of the programme. Further names will be announced in August.</p>

<h2>Tuesday, 17 September 2041</h2>
<h3>09:30 Opening plenary: Islands that feed Europe</h3>
<ul>
<li><strong>Declan McAllister</strong>, Chair, Northern Ireland AgriFood Technology Cluster; Managing Director, Lough Neagh Dairies Ltd – welcome</li>
<li><strong>Siobhán Ní Bhriain</strong>, Permanent Secretary, Department of Agriculture, Environment and Rural Affairs (DAERA) – keynote</li>
<li><strong>Prof. Hendrik van Leeuwen</strong>, Director, Wageningen Livestock Research, Wageningen University &amp; Research – keynote: "Fewer emissions per litre, more farmers per valley"</li>
<li><strong>Anneli Kangur</strong>, Head of Unit, Sustainable Agriculture and Innovation, DG AGRI, European Commission</li>
</ul>
<h3>11:15 Session A: Sensors in the grass</h3>
<ul>
<li><strong>Dr. Ciarán O'Donnell</strong>, Principal Scientist, Agri-Food and Biosciences Institute (AFBI) – moderator</li>
<li><strong>Magnus Thorvaldsen</strong>, CTO, GrasSense ApS, Aarhus (Denmark)</li>
<li><strong>Niamh Gallagher</strong>, Founder and CEO, HerdWatch Analytics, Enniskillen</li>
<li><strong>Dr. Paula Rebelo</strong>, Researcher, Instituto Nacional de Investigação Agrária e Veterinária (INIAV), Portugal</li>
</ul>
<h3>14:00 Session B: Robots in the food factory</h3>
<ul>
<li><strong>Gareth Hughes</strong>, Head of Automation, Dale Farm Co-operative – moderator</li>
<li><strong>Ingrid Solberg-Næss</strong>, Vice President Operations, Nordic Seafood Robotics AS, Ålesund</li>
<li><strong>Kevin Doherty</strong>, Senior Lecturer, Ulster University, School of Engineering</li>
<li><strong>Margarida Lopes da Costa</strong>, Innovation Manager, Portugal Foods association</li>
</ul>
<h3>16:00 Fireside chat: Who will farm in 2050?</h3>
<ul>
<li><strong>Eimear Quinlan</strong>, President, Young Farmers' Clubs of Ulster</li>
<li><strong>Tomás Ó Súilleabháin</strong>, Chief Executive, Irish AgTech Network</li>
</ul>
<p class="item">19:30 Summit dinner at Belfast City Hall (ticketed) – after-dinner speaker <strong>Ruairí Brannigan</strong>, former rugby international and beef farmer</p>

<h2>Wednesday, 18 September 2041</h2>
<h3>09:00 Session C: Money for agritech</h3>
<ul>
<li><strong>Helen Carson-Bradley</strong>, Director of Innovation, Invest Northern Ireland – moderator</li>
<li><strong>Dr. Felix Oberhauser</strong>, Investment Director, AgriVenture Partners, Munich</li>
<li><strong>Laura Mendes-Whitfield</strong>, Senior Investment Officer, European Investment Bank</li>
<li><strong>Patrick Flanagan</strong>, Partner, Harbour Angels Syndicate</li>
</ul>
<h3>10:45 Pitch session: 12 start-ups from the AgriTech Islands Accelerator</h3>
<p>Jury: Helen Carson-Bradley (Invest Northern Ireland), Magnus Thorvaldsen (GrasSense ApS), Sorcha Keane (Enterprise Ireland).</p>
<h3>12:30 Closing plenary and Belfast Declaration</h3>
<ul>
<li><strong>Caoimhe Brennan-Hart</strong>, Minister for the Economy, Northern Ireland Executive</li>
<li><strong>Declan McAllister</strong> – conclusions</li>
</ul>
<p class="item">14:00–17:00 Farm and factory visits (three routes: Greenmount campus of CAFRE, Dale Farm Cookstown, HerdWatch Analytics test farm) – coach from ICC Belfast</p>

<h2>Pre-summit</h2>
<p>Monday, 16 September 2041, 18:00: Speakers' and partners' welcome reception at the Titanic Belfast, hosted by the Lord Mayor of Belfast, Councillor Áine Devlin.</p>

<h2>Practical information for speakers</h2>
<p>Please send your slides (16:9, PowerPoint or PDF) to the programme team by 9 September 2041. Each speaker in a session has seven minutes for an opening statement, followed by a moderated discussion with questions from the floor. All plenary sessions are streamed and recorded; if you do not wish to be recorded, tell us in advance. Speakers receive a free summit pass and, for the summit dinner, one guest ticket. Hotel rooms at a reduced rate are held at the Hilton Belfast and the Maldron Hotel until 15 August 2041. Live captioning in English is available in the main auditorium, and a quiet room is open on both days on level 2.</p>

<h2>Previous editions</h2>
<p>2039 Cork · 2037 Inverness · 2035 Belfast</p>

<div class="note"><p>Speaker profiles and photos are provided by the speakers. Programme subject to change. Last update: 4 July 2041.</p>
<p>Speaker enquiries: Orla Kennedy, Programme Manager, NIAFTC, speakers@agritechislands.example</p></div>
</main>
<footer><p>Northern Ireland AgriFood Technology Cluster CIC · Catalyst, Queen's Road, Belfast BT3 9DT</p>
<p>Funded by Invest Northern Ireland and the UK Shared Prosperity Fund. © NIAFTC 2041 · <a href="/privacy">Privacy</a> · Share: <a href="#">LinkedIn</a> <a href="#">Bluesky</a></p></footer>
</body></html>
"""
write(F, T)
N = "Northern Ireland AgriFood Technology Cluster"
gold(F,
 [P("Declan McAllister","Chair",N),
  P("Siobhán Ní Bhriain","Permanent Secretary","Department of Agriculture, Environment and Rural Affairs"),
  P("Hendrik van Leeuwen","Director","Wageningen Livestock Research"),
  P("Anneli Kangur","Head of Unit","DG AGRI"),
  P("Ciarán O'Donnell","Principal Scientist","Agri-Food and Biosciences Institute"),
  P("Magnus Thorvaldsen","CTO","GrasSense ApS"),
  P("Niamh Gallagher","Founder and CEO","HerdWatch Analytics"),
  P("Paula Rebelo","Researcher","Instituto Nacional de Investigação Agrária e Veterinária"),
  P("Gareth Hughes","Head of Automation","Dale Farm Co-operative"),
  P("Ingrid Solberg-Næss","Vice President Operations","Nordic Seafood Robotics AS"),
  P("Kevin Doherty","Senior Lecturer","Ulster University"),
  P("Margarida Lopes da Costa","Innovation Manager","Portugal Foods"),
  P("Eimear Quinlan","President","Young Farmers' Clubs of Ulster"),
  P("Tomás Ó Súilleabháin","Chief Executive","Irish AgTech Network"),
  P("Ruairí Brannigan","after-dinner speaker",None),
  P("Helen Carson-Bradley","Director of Innovation","Invest Northern Ireland"),
  P("Felix Oberhauser","Investment Director","AgriVenture Partners"),
  P("Laura Mendes-Whitfield","Senior Investment Officer","European Investment Bank"),
  P("Patrick Flanagan","Partner","Harbour Angels Syndicate"),
  P("Sorcha Keane",None,"Enterprise Ireland"),
  P("Caoimhe Brennan-Hart","Minister for the Economy","Northern Ireland Executive"),
  P("Áine Devlin","Lord Mayor of Belfast",None),
  P("Orla Kennedy","Programme Manager","NIAFTC")],
 [O(N,"NIAFTC"), O("Invest Northern Ireland"), O("Irish AgTech Network"), O("Lough Neagh Dairies Ltd"),
  O("Department of Agriculture, Environment and Rural Affairs","DAERA"), O("Wageningen Livestock Research"),
  O("Wageningen University & Research"), O("DG AGRI"), O("European Commission"),
  O("Agri-Food and Biosciences Institute","AFBI"), O("GrasSense ApS"), O("HerdWatch Analytics"),
  O("Instituto Nacional de Investigação Agrária e Veterinária","INIAV"), O("Dale Farm Co-operative"),
  O("Nordic Seafood Robotics AS"), O("Ulster University"), O("School of Engineering"), O("Portugal Foods"),
  O("Young Farmers' Clubs of Ulster"), O("AgriVenture Partners"), O("European Investment Bank"),
  O("Harbour Angels Syndicate"), O("Enterprise Ireland"), O("Northern Ireland Executive"), O("CAFRE"),
  ],  # second pass: "Dale Farm Cookstown" removed (a visit site of Dale Farm Co-operative, listed)
 [E("AgriTech Islands Summit 2041","2041-09-17","2041-09-18","Belfast","United Kingdom"),
  E("Summit dinner","2041-09-17",None,"Belfast","United Kingdom"),
  E("Farm and factory visits","2041-09-18",None,None,None),
  E("Speakers' and partners' welcome reception","2041-09-16",None,"Belfast","United Kingdom"),
  E("AgriTech Islands Summit (2039 edition)","2039",None,"Cork","Ireland"),
  E("AgriTech Islands Summit (2037 edition)","2037",None,"Inverness","United Kingdom"),
  E("AgriTech Islands Summit (2035 edition)","2035",None,"Belfast","United Kingdom")],
 ["2041-09-17/2041-09-18","2041-09-17","2041-09-18","2041-08","2041-09-16","2039","2037","2035","2041-07-04","2041-09-09","2041-08-15","2050"],
 [], "2041-07-04")
