from h import *
F = 'g12_cece_position_paper_competitiveness_fund.html'
assert wd(2041,3,12)=='Tuesday' and wd(2041,3,13)=='Wednesday' and wd(2041,3,26)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Position paper: clusters in the European Competitiveness Fund | CECE</title></head>
<body>
<div id="consent">This website uses cookies for statistics. <a href="/privacy">Read our privacy notice</a>. <button>OK</button></div>
<header><p class="logo">CECE – Circular Economy Clusters Europe</p>
<nav><a href="/">Home</a> · <a href="/members">Members</a> · <a href="/policy">Policy</a> · <a href="/projects">Projects</a> · <a href="/news">News</a> · <a href="/join">Join us</a></nav></header>
<main>
<p class="crumbs">Home / Policy / Position papers</p>
<h1>"Put clusters where the money goes": our position on the European Competitiveness Fund</h1>
<p class="byline">Published 14 March 2041 · Policy team · 7 minutes</p>

<p>Circular Economy Clusters Europe (CECE), the association of 58 cluster organisations working on recycling, remanufacturing and bio-based materials, today publishes its position paper on the European Competitiveness Fund proposed by the European Commission for the period 2042–2048. The paper was adopted unanimously by the General Assembly in Lille on Tuesday 12 March 2041, hosted by our member Team2, the recycling cluster of Hauts-de-France.</p>

<p>"Clusters have spent twenty years building the circular value chains that Europe now says it wants. The new fund must use them, not bypass them," said Marie-Hélène Lefebvre-Dupuis, Chair of CECE, after the vote.</p>

<h2>Why a position now?</h2>
<p>The proposal merges several existing programmes into one fund managed centrally in Brussels. CECE welcomes the simplification but fears that small cluster organisations, and the SMEs they represent, will lose the direct access they had under the earlier cluster calls. A member survey carried out in January 2041 (41 responses) showed that 83% of member clusters had taken part in at least one EU-funded cluster partnership since 2035. Two thirds of them said they would not apply to a fund in which they compete directly with large consortia of universities and corporations, and more than half feared that the administrative burden would fall on their smallest members. Several clusters from southern and eastern Europe added that national co-financing rules already keep them out of some calls.</p>

<h2>Our recommendations</h2>
<p>CECE asks the co-legislators to make the following changes to the proposal:</p>
<ol>
<li>Recognise cluster organisations explicitly as eligible intermediaries for support to SMEs in every window of the fund</li>
<li>Keep a dedicated strand for European cluster partnerships with a budget of at least EUR 250 million over the period</li>
<li>Allow cascade funding to SMEs of up to EUR 100 000 per company, managed by clusters</li>
<li>Create a single circular economy investment platform that connects cluster pipelines with the European Investment Bank</li>
<li>Involve cluster associations in the fund's advisory board alongside industry federations and Member States</li>
</ol>

<h2>Board elected</h2>
<p>The General Assembly also elected the Board for 2041–2044:</p>
<ul>
<li>Chair: Marie-Hélène Lefebvre-Dupuis (Team2, Lille)</li>
<li>Vice-Chair: Gustav Lindqvist (Swedish Recycling Cluster, Norrköping)</li>
<li>Treasurer: Eleni Roussou (Attica Green Industry Cluster)</li>
<li>Board member: Jan-Willem ter Horst (Bio Base Cluster Gelderland)</li>
</ul>
<p>The Secretary General, Tobias O'Connell-Weber, continues to run the secretariat in Brussels.</p>

<h2>Debate in Brussels</h2>
<p>CECE will discuss the paper with policymakers at a panel debate, <em>"Circular by design: can the Competitiveness Fund reach SMEs?"</em>, on Tuesday 26 March 2041, 12:30–14:00, in Brussels, hosted by the Representation of the State of North Rhine-Westphalia to the EU (Rue Montoyer 47). Confirmed speakers: Ines van Beveren, Member of the European Parliament; Radosław Kędzierski, policy officer at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs; and Aurélie Baudouin-Kerjean, Director of Team2. Registration is open until 22 March.</p>

<p>The paper builds on our earlier statement on the Clean Industrial Partnership, presented at the European Cluster Conference in Copenhagen in May 2040.</p>

<p><a href="/files/CECE-position-ECF-2041.pdf">Download the position paper (PDF, 8 pages)</a> · <a href="/files/CECE-position-ECF-2041-FR.pdf">Version française</a></p>
<p class="share">Share: <a href="#">LinkedIn</a> <a href="#">Bluesky</a> <a href="#">E-mail</a></p>
<p class="related">Related: <a href="/news/ga-2041">General Assembly 2041 – photos</a> · <a href="/news/survey-2041">Member survey 2041 results</a></p>
</main>
<footer><p>Circular Economy Clusters Europe AISBL · Avenue des Arts 3, 1210 Brussels · EU Transparency Register 000000000-00</p>
<p><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · © 2041 CECE</p></footer>
</body></html>
"""
write(F, T)
C="Circular Economy Clusters Europe AISBL"
gold(F,
 [P("Marie-Hélène Lefebvre-Dupuis","Chair",C),
  P("Gustav Lindqvist","Vice-Chair",C),
  P("Eleni Roussou","Treasurer",C),
  P("Jan-Willem ter Horst","Board member",C),
  P("Tobias O'Connell-Weber","Secretary General",C),
  P("Ines van Beveren","Member of the European Parliament","European Parliament"),
  P("Radosław Kędzierski","policy officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Aurélie Baudouin-Kerjean","Director","Team2")],
 [O(C,"CECE"), O("European Commission"), O("Team2"), O("European Investment Bank"),
  O("Swedish Recycling Cluster"), O("Attica Green Industry Cluster"), O("Bio Base Cluster Gelderland"),
  O("European Parliament"), O("Representation of the State of North Rhine-Westphalia to the EU"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs")],
 [E("General Assembly","2041-03-12",None,"Lille","France"),
  E("Circular by design: can the Competitiveness Fund reach SMEs?","2041-03-26",None,"Brussels","Belgium"),
  E("European Cluster Conference","2040-05",None,"Copenhagen","Denmark")],
 ["2041-03-14","2042/2048","2041-03-12","2041-01","2035","2041/2044","2041-03-26","2041-03-22","2040-05"],
 ["Recognise cluster organisations explicitly as eligible intermediaries for support to SMEs in every window of the fund",
  "Keep a dedicated strand for European cluster partnerships with a budget of at least EUR 250 million over the period",
  "Allow cascade funding to SMEs of up to EUR 100 000 per company, managed by clusters",
  "Create a single circular economy investment platform that connects cluster pipelines with the European Investment Bank",
  "Involve cluster associations in the fund's advisory board alongside industry federations and Member States"],
 pub="2041-03-14")
