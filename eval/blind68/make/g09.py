from h import *
F='eccp-news-eu-japan-hydrogen-mission-2034.html'
CL=[('Austria',[('Pannonia Green Building Cluster','PGBC'),('Green Tech Cluster Styria',None)]),
('Belgium',[('Catalisti',None),('WaterstofNet',None)]),
('Czechia',[('Moravian-Silesian Energy Cluster','MSEK')]),
('Denmark',[('Energy Cluster Denmark',None)]),
('France',[('Pôle Véhicule du Futur',None),('Normandie Énergies',None)]),
('Germany',[('HY.Rhein-Ruhr',None),('Hydrogen Cluster Lower Saxony',None),('Cluster Energietechnik Berlin-Brandenburg',None)]),
('Italy',[('Cluster Tecnologico Nazionale Energia','CTN Energia'),('Polo Mecc-Hydro Lombardia',None)]),
('Latvia',[('Zemgale Mechatronics and Engineering Cluster','ZMEC')]),
('Netherlands',[('HydroDelta Zeeland',None),('Northern Netherlands Hydrogen Valley',None)]),
('Poland',[('Pomeranian Hydrogen Valley Cluster',None)]),
('Portugal',[('Cluster do Hidrogénio Verde do Alentejo',None)]),
('Spain',[('Basque Energy Cluster – Clúster de Energía del País Vasco',None),('Asociación Valenciana del Hidrógeno','AVH2')])]
lis='\n'.join(f'<li><b>{c}:</b> '+'; '.join(n+(f' ({a})' if a else '') for n,a in cs)+'</li>' for c,cs in CL)
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Twenty European clusters head to Japan for hydrogen matchmaking | European Cluster Collaboration Platform</title></head>
<body>
<div id="cookie-consent"><p>This site uses cookies to offer you a better browsing experience. Find out more on <a href="#">how we use cookies</a>.</p><button>I accept cookies</button> <button>I refuse cookies</button></div>
<div class="ecl-site-header"><p>An official website of the European Union | How do you know?</p>
<nav>Home | About | Cluster organisations | Cluster partnerships | Events | News | Calls | International cooperation | Policy | Log in</nav></div>
<main>
<p class="breadcrumb">Home › News › International cooperation</p>
<h1>Twenty European clusters head to Japan for hydrogen matchmaking</h1>
<p class="meta">News · {wd(2034,9,29)} 29 September 2034 · International cooperation · 5 min read</p>

<p><strong>From 13 to 17 October 2034, a delegation of twenty European cluster organisations from twelve countries will take part in the EU–Japan Cluster Matchmaking Mission on Clean Hydrogen and Industrial Decarbonisation in Tokyo and Kobe. The mission is organised by the European Cluster Collaboration Platform (ECCP) on behalf of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), in cooperation with the EU-Japan Centre for Industrial Cooperation.</strong></p>

<p>Japan was among the first countries to adopt a national hydrogen strategy, and its industry is a world leader in fuel cells, hydrogen carriers and shipping. For European clusters, the mission is a chance to meet Japanese clusters, companies and research bodies, to explore joint projects and to prepare partnerships that their member SMEs can use. Eighty-five applications were received after the call for expressions of interest closed on 30 June 2034; an independent panel selected the twenty participants.</p>

<h2>Programme</h2>
<ul>
<li><b>{wd(2034,10,13)} 13 October, Tokyo:</b> preparatory briefing for the delegation at the Delegation of the European Union to Japan, with Head of Trade Section Dr. Annika Sjöberg-Marchetti.</li>
<li><b>{wd(2034,10,14)} 14 October, Tokyo:</b> EU–Japan Hydrogen Cluster Forum at the Tokyo International Forum, opened by Gerard O'Sullivan, Head of Unit for Industrial Forum, Alliances and Clusters at DG GROW, and Dr. Haruka Nishimura of the New Energy and Industrial Technology Development Organization (NEDO); followed by B2B meetings.</li>
<li><b>{wd(2034,10,15)} 15 October, Tokyo:</b> site visit to the Fukushima Hydrogen Energy Research Field partners' demonstration centre in Koto ward; evening networking reception hosted by the Japan Hydrogen Association (JH2A).</li>
<li><b>{wd(2034,10,16)} 16 October, Kobe:</b> visit to the liquefied hydrogen receiving terminal at Kobe Airport island and meetings with the Kansai Hydrogen Cluster at the Kobe Chamber of Commerce and Industry.</li>
<li><b>{wd(2034,10,17)} 17 October, Kobe:</b> C2C meetings and signing of letters of intent; debriefing.</li>
</ul>

<h2>Participating clusters by country</h2>
<ul>
{lis}
</ul>

<h2>Why Japan, and why now</h2>
<p>The mission follows the EU–Japan Green Alliance and the cooperation on hydrogen agreed at the EU–Japan summit. Japanese companies are looking for European partners in electrolyser components, in safety testing and in port logistics, while European clusters want to learn from Japan's long experience with fuel cells in homes and vehicles. Each participating cluster was asked to bring a short profile of up to ten member companies with concrete offers or requests, which the ECCP team has shared with Japanese counterparts in advance to prepare targeted meetings.</p>
<h2>What participants expect</h2>
<p>&quot;Our members build electrolysers and compressors, but they have never been to Japan. The mission gives them a door they could not open alone,&quot; says Femke van der Heijden, managing director of HydroDelta Zeeland. For Ramón Aguirre Lasa of the Basque Energy Cluster, the focus is on shipping: &quot;Bilbao and Kobe are both ports that want to import hydrogen. We have a lot to talk about.&quot;</p>
<p>Delegation leader Ilaria Fontana-Weiss, international cooperation manager of the ECCP, stresses the follow-up: &quot;A mission is only worth as much as what happens in the six months afterwards. We will support each cluster in preparing at least one concrete partnership proposal by April 2035.&quot;</p>

<h2>Follow the mission</h2>
<p>The public part of the EU–Japan Hydrogen Cluster Forum on 14 October will be streamed live on the ECCP website from 09:30 Japan Standard Time (02:30 CEST). A results webinar for European clusters that could not travel is planned for {wd(2034,11,27)} 27 November 2034, 10:00–11:30 CET.</p>
<p>The ECCP also announces its next missions: to India (smart manufacturing, February 2035) and to Brazil (bioeconomy, May 2035). The calls for expressions of interest will open in November 2034.</p>

<p class="tags">Tags: Japan · hydrogen · matchmaking · internationalisation · Euro-Cluster</p>
<p class="share">Share this page: Facebook | X | LinkedIn | E-mail</p>
</main>
<footer>
<p>The European Cluster Collaboration Platform is an initiative of the European Commission. It is managed by a consortium on behalf of the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p>Contact | Legal notice | Privacy policy | Accessibility | Newsletter sign-up</p>
</footer>
</body></html>'''
write(F,T)
orgs=[O('European Cluster Collaboration Platform','ECCP'),O('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),
 O('European Commission'),O('EU-Japan Centre for Industrial Cooperation'),O('Delegation of the European Union to Japan'),
 O('New Energy and Industrial Technology Development Organization','NEDO'),O('Japan Hydrogen Association','JH2A'),O('Kansai Hydrogen Cluster'),O('Kobe Chamber of Commerce and Industry'),
 O('European Innovation Council and SMEs Executive Agency','EISMEA')]
for c,cs in CL:
    for n,a in cs: orgs.append(O(n.split(' – ')[0],a))
gold(F,[P('Annika Sjöberg-Marchetti','Head of Trade Section','Delegation of the European Union to Japan'),P("Gerard O'Sullivan",'Head of Unit for Industrial Forum, Alliances and Clusters','DG GROW'),
 P('Haruka Nishimura',None,'New Energy and Industrial Technology Development Organization'),P('Femke van der Heijden','managing director','HydroDelta Zeeland'),
 P('Ramón Aguirre Lasa',None,'Basque Energy Cluster'),P('Ilaria Fontana-Weiss','international cooperation manager','ECCP')],orgs,
 [E('EU–Japan Cluster Matchmaking Mission on Clean Hydrogen and Industrial Decarbonisation','2034-10-13','2034-10-17','Tokyo, Kobe','Japan'),
  E('preparatory briefing','2034-10-13','2034-10-13','Tokyo','Japan'),E('EU–Japan Hydrogen Cluster Forum','2034-10-14','2034-10-14','Tokyo','Japan'),
  E('B2B meetings','2034-10-14','2034-10-14','Tokyo','Japan'),E('site visit','2034-10-15','2034-10-15','Tokyo','Japan'),E('networking reception','2034-10-15','2034-10-15','Tokyo','Japan'),
  E('visit to the liquefied hydrogen receiving terminal','2034-10-16','2034-10-16','Kobe','Japan'),E('C2C meetings','2034-10-17','2034-10-17','Kobe','Japan'),
  E('results webinar','2034-11-27','2034-11-27',None,None),E('mission to India','2035-02','2035-02',None,'India'),E('mission to Brazil','2035-05','2035-05',None,'Brazil')],
 ['2034-09-29','2034-10-13/2034-10-17','2034-06-30','2034-10-13','2034-10-14','2034-10-15','2034-10-16','2034-10-17','2035-04','2034-11-27','2035-02','2035-05','2034-11'],pub='2034-09-29')
