from h import *
F = 'g13_hydrogen_clusters_study_panel.html'
assert wd(2042,5,13)=='Tuesday' and wd(2042,5,27)=='Tuesday' and wd(2042,4,24)=='Thursday' and wd(2042,9,30)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>North Sea hydrogen clusters: study findings and panel debate – Hydrogen Valley North Sea Alliance</title></head>
<body>
<header><div class="top">Hydrogen Valley North Sea Alliance · <a href="/members">Member login</a> · <a href="/de">DE</a> · <a href="/nl">NL</a></div>
<nav><a href="/">Home</a> | <a href="/alliance">The Alliance</a> | <a href="/members-list">Members</a> | <a href="/publications">Publications</a> | <a href="/news">News</a> | <a href="/events">Events</a></nav></header>
<main>
<h1>Study: hydrogen clusters on both sides of the border need shared infrastructure planning</h1>
<p class="meta">News · 24 April 2042 · by Femke Jongsma-Vogel</p>

<p>A new study by the Hydrogen Valley North Sea Alliance maps for the first time the hydrogen cluster organisations of Lower Saxony, Bremen and the three northern Dutch provinces. The study, <em>Two Valleys, One Market?</em>, was prepared by the Oldenburg-based research institute OFFIS e.V. together with the Hanze University of Applied Sciences Groningen, and will be presented to EU decision-makers at a panel debate in Brussels on Tuesday, 13 May 2042.</p>

<h2>Who took part</h2>
<p>The study covers nine cluster organisations with 540 members in total, among them Energieforum Niedersachsen, the Bremen hydrogen network H2-Bremen e.V., New Energy Coalition (Groningen) and the Hydrogen Valley Drenthe cluster. The authors, Dr. Henrike Schulte-Nölle (OFFIS) and Dr. Bart-Jan Kuipers (Hanze), interviewed 41 cluster managers, companies and public officials between October 2041 and February 2042.</p>

<h2>Main findings</h2>
<p>The study arrives at four main findings:</p>
<ul>
<li>The German and Dutch hydrogen clusters have grown fast, but each plans electrolysers, storage and pipelines for its own side of the border</li>
<li>Companies in both countries name grid connection and permitting times as their main obstacles, ahead of funding</li>
<li>There is almost no joint training of hydrogen technicians, although both sides face the same shortage</li>
<li>Small suppliers are largely absent from the large projects, which are led by a handful of energy companies</li>
</ul>

<h2>Recommendations</h2>
<p>To address these gaps, the authors recommend that the alliance and its member clusters work towards a joint cross-border infrastructure roadmap by 2044, open a shared supplier register, and launch a German-Dutch training programme for hydrogen technicians with vocational schools in Emden, Leer and Delfzijl.</p>
<p>"For a company in Emden, a customer in Eemshaven is closer than one in Hanover. Our cluster policies should reflect that," says Gesa Brinkmann-Oltmanns, chair of the alliance's steering group and managing director of Energieforum Niedersachsen.</p>

<h2>Panel debate in Brussels</h2>
<p>The panel debate "Two valleys, one market? Cross-border hydrogen clusters in the North Sea region" will take place on <strong>Tuesday 13 May 2042, 17:30–19:30</strong>, at the Representation of the State of Lower Saxony to the European Union (Rue Montoyer 61, Brussels), which hosts the event together with the Northern Netherlands Provinces Alliance (SNN).</p>
<p>Speakers:</p>
<ul>
<li>Henrike Schulte-Nölle, OFFIS e.V. – presentation of the study</li>
<li>Olav Tammeling, Member of the Provincial Executive of Groningen</li>
<li>Dr. Konstantin von Eickstedt, State Secretary, Lower Saxony Ministry for Economic Affairs, Transport and Building</li>
<li>Rosalind Achterberg, Deputy Head of Unit, DG ENER, European Commission</li>
<li>Moderator: Pádraig Ó Súilleabháin, journalist</li>
</ul>
<p>The debate will be followed by a reception. Registration is open until 6 May 2042.</p>

<h2>Next steps</h2>
<p>The results will also feed into the alliance's general assembly in Groningen on 27 May 2042, where members are expected to adopt a work plan for the infrastructure roadmap. A second edition of the study is planned for 2044.</p>

<p><a href="/publications/two-valleys">Download the study (PDF)</a> · <a href="/events/brussels-2042">Register for the panel debate</a></p>
<p>Share this article: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Mail</a></p>

<aside><h3>Related</h3><ul><li><a href="#">Alliance welcomes three new members from East Frisia (12 March 2042)</a></li><li><a href="#">Hydrogen Summit Groningen 2041: a look back</a></li></ul></aside>
</main>
<footer>Hydrogen Valley North Sea Alliance · c/o Energieforum Niedersachsen, Oldenburg · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · Newsletter: <a href="/subscribe">subscribe</a></footer>
</body></html>
"""
write(F, T)
H = "Hydrogen Valley North Sea Alliance"
gold(F,
 [P("Femke Jongsma-Vogel"),
  P("Henrike Schulte-Nölle","author","OFFIS e.V."),
  P("Bart-Jan Kuipers","author","Hanze University of Applied Sciences Groningen"),
  P("Gesa Brinkmann-Oltmanns","chair of the alliance's steering group",H),
  P("Olav Tammeling","Member of the Provincial Executive of Groningen",None),
  P("Konstantin von Eickstedt","State Secretary","Lower Saxony Ministry for Economic Affairs, Transport and Building"),
  P("Rosalind Achterberg","Deputy Head of Unit","DG ENER"),
  P("Pádraig Ó Súilleabháin","journalist",None)],
 [O(H), O("OFFIS e.V.","OFFIS"), O("Hanze University of Applied Sciences Groningen","Hanze"), O("Energieforum Niedersachsen"),
  O("H2-Bremen e.V."), O("New Energy Coalition"), O("Hydrogen Valley Drenthe"),
  O("Representation of the State of Lower Saxony to the European Union"), O("Northern Netherlands Provinces Alliance","SNN"),
  O("Lower Saxony Ministry for Economic Affairs, Transport and Building"), O("DG ENER"), O("European Commission")],
 [E("Two valleys, one market? Cross-border hydrogen clusters in the North Sea region","2042-05-13",None,"Brussels","Belgium"),
  E("general assembly","2042-05-27",None,"Groningen","Netherlands"),
  E("Hydrogen Summit Groningen","2041",None,"Groningen","Netherlands")],
 ["2042-04-24","2042-05-13","2041-10/2042-02","2044","2042-05-06","2042-05-27","2042-03-12"],
 ["The German and Dutch hydrogen clusters have grown fast, but each plans electrolysers, storage and pipelines for its own side of the border",
  "Companies in both countries name grid connection and permitting times as their main obstacles, ahead of funding",
  "There is almost no joint training of hydrogen technicians, although both sides face the same shortage",
  "Small suppliers are largely absent from the large projects, which are led by a handful of energy companies",
  "work towards a joint cross-border infrastructure roadmap by 2044",
  "open a shared supplier register",
  "launch a German-Dutch training programme for hydrogen technicians with vocational schools in Emden, Leer and Delfzijl"],
 pub="2042-04-24")
