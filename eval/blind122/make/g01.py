from h import *
F = 'g01_eccp_agrifood_final_conference.html'
assert wd(2038,3,17)=='Wednesday' and wd(2038,3,18)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cross-border agrifood consortium closes its Euroclusters project in Dornbirn | ECCP</title></head>
<body>
<nav>Home | News | Events | Cluster Partnerships | Funding &amp; Calls | Log in</nav>
<p class="cookie">This site uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></p>
<main>
<p class="breadcrumb">Home &gt; News &gt; Cluster Partnerships</p>
<h1>Cross-border agrifood consortium closes its Euroclusters project in Dornbirn</h1>
<p class="meta">Published on 02/04/2038 by the ECCP editorial team &middot; 5 min read</p>
<p>After thirty months of work, the eight partners of the ALPFOOD-LINK project met for their final conference in Dornbirn, Austria, on Wednesday 17 and Thursday 18 March 2038. The project, funded under the Single Market Programme as one of the Euroclusters, supported 214 small food and packaging firms across the Alpine area with vouchers for digital traceability, energy audits and joint trade fair stands.</p>
<p>The conference was hosted by the Vorarlberg agrifood cluster Ländle Genuss Netzwerk, which coordinated the consortium, in the Kulturhaus Dornbirn. Around 160 participants attended, among them cluster managers, regional officials and some forty company owners who had received support.</p>
<h2>Who took part</h2>
<p>The consortium brought together the following partners:</p>
<ul>
<li>Ländle Genuss Netzwerk (coordinator), Dornbirn</li>
<li>Cluster Agroalimentare Trentino, Trento</li>
<li>Pôle Alpin Agro-Packaging (PAAP), Annecy</li>
<li>Kmetijsko-gozdarska zbornica Slovenije, Kranj office</li>
<li>Bayerisches Lebensmittelcluster e.V., Kempten</li>
<li>Swiss Food Research, associated partner</li>
<li>Wirtschaftsstandort Vorarlberg GmbH (WISTO)</li>
<li>University of Applied Sciences Vorarlberg (FHV)</li>
</ul>
<h2>Two days in Dornbirn</h2>
<p>On the first day, Dr. Katharina Moosbrugger-Fink, managing director of Ländle Genuss Netzwerk, opened the conference with a look back at the project's first partner meeting in Trento in September 2035. "We started with a spreadsheet of 600 addresses and a lot of scepticism," she said. Paolo Dalla Torre, project officer at the European Innovation Council and SMEs Executive Agency (EISMEA), explained how the results of the Euroclusters will feed into the next cluster support actions of the Commission.</p>
<p>A round table on packaging and food waste followed, moderated by Aurélie Chappaz-Morel (PAAP). Speakers from three supported companies described how shared testing lines in Annecy and Kempten cut their development costs. In the afternoon, participants joined company visits to a cheese dairy in Egg and a packaging start-up in Lustenau.</p>
<p>The second day was reserved for the consortium. The final general assembly approved the last financial report and the handover of the voucher database to WISTO, which will keep it online until December 2040. Prof. Jonas VAN DEN BROECK of FHV, who led the evaluation work package, presented the impact study.</p>
<h2>Key takeaways</h2>
<ul>
<li>Small vouchers of up to EUR 10,000 reached firms that had never applied for EU support before</li>
<li>Cross-border testing lines were used more than expected and should be kept open after the project</li>
<li>Joint stands at trade fairs worked best when cluster staff prepared the meetings in advance</li>
<li>Regional authorities should be involved from the first month, not only at the final conference</li>
</ul>
<h2>What comes next</h2>
<p>Several partners have already submitted a follow-up proposal. Matej Kovačič from the Kranj office of the chamber said the Slovenian partners would run two info days for farmers' cooperatives in May 2038. The consortium will also present its results at the European Cluster Conference in Lisbon on 9&ndash;11 June 2038.</p>
<p>Earlier editions of the Alpine agrifood matchmaking, which the project revived, were held in Bolzano (2034) and Innsbruck (2036); the next one is planned for autumn 2038 in Annecy.</p>
<p>The project's final report and the impact study can be downloaded from the partner pages. Companies interested in the testing lines can contact the coordinator until 30 June 2038.</p>
<p><a href="#">Read more</a> &middot; <a href="#">Share on LinkedIn</a> &middot; <a href="#">Share on X</a> &middot; <a href="#">Email</a></p>
<p class="tags">Tags: Euroclusters, agrifood, packaging, Alpine area</p>
</main>
<footer>European Cluster Collaboration Platform &ndash; an initiative of the European Commission. Legal notice | Privacy | Contact | &copy; 2038</footer>
</body></html>
"""
write(F, T)
L="Ländle Genuss Netzwerk"; P_="Pôle Alpin Agro-Packaging"
gold(F,
 [P("Katharina Moosbrugger-Fink","managing director",L),
  P("Paolo Dalla Torre","project officer","European Innovation Council and SMEs Executive Agency"),
  P("Aurélie Chappaz-Morel",None,"PAAP"),
  P("Jonas VAN DEN BROECK",None,"FHV"),
  P("Matej Kovačič",None,"Kmetijsko-gozdarska zbornica Slovenije")],
 [O("European Cluster Collaboration Platform","ECCP"), O(L), O("Cluster Agroalimentare Trentino"), O(P_,"PAAP"),
  O("Kmetijsko-gozdarska zbornica Slovenije"), O("Bayerisches Lebensmittelcluster e.V."), O("Swiss Food Research"),
  O("Wirtschaftsstandort Vorarlberg GmbH","WISTO"), O("University of Applied Sciences Vorarlberg","FHV"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("European Commission")],
 [E("final conference","2038-03-17","2038-03-18","Dornbirn","Austria"),
  E("partner meeting","2035-09",None,"Trento","Italy"),
  E("company visits","2038-03-17",None,None,"Austria"),
  E("final general assembly","2038-03-18",None,"Dornbirn","Austria"),
  E("info days","2038-05",None,None,None),
  E("European Cluster Conference","2038-06-09","2038-06-11","Lisbon","Portugal"),
  E("Alpine agrifood matchmaking","2034",None,"Bolzano","Italy"),
  E("Alpine agrifood matchmaking","2036",None,"Innsbruck","Austria"),
  E("Alpine agrifood matchmaking","2038",None,"Annecy","France")],
 ["2038-04-02","2038-03-17/2038-03-18","2035-09","2040-12","2038-05","2038-06-09/2038-06-11","2034","2036","2038","2038-06-30"],
 ["Small vouchers of up to EUR 10,000 reached firms that had never applied for EU support before",
  "Cross-border testing lines were used more than expected and should be kept open after the project",
  "Joint stands at trade fairs worked best when cluster staff prepared the meetings in advance",
  "Regional authorities should be involved from the first month, not only at the final conference"],
 pub="2038-04-02")
