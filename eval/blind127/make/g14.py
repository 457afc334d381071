from h import *
F = 'g14_crete_monitoring_committee.html'
assert wd(2040,11,27)=='Tuesday' and wd(2040,6,18)=='Monday' and wd(2039,12,5)=='Monday' and wd(2041,3,12)=='Tuesday' and wd(2040,12,3)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Monitoring Committee – Regional Programme Crete 2035–2041</title></head>
<body>
<header><div class="logo">Region of Crete · Managing Authority of the Regional Programme</div>
<nav>Home | The Programme | Calls | Beneficiaries | Monitoring Committee | Smart Specialisation | Publicity | Contact | ΕΛ / EN</nav></header>
<main>
<p class="crumbs">Home › Monitoring Committee</p>
<h1>Monitoring Committee of the Regional Programme Crete 2035–2041</h1>
<p class="updated">Last updated: 3 December 2040</p>
<p>The Monitoring Committee reviews the progress of the Regional Programme "Crete" 2035–2041, approves the selection criteria for operations, including the calls for cluster and smart specialisation projects, and examines the annual performance reports. It was set up by decision of the Regional Governor in 2035 and meets at least twice a year.</p>
<h2>Composition</h2>
<table>
<tr><th>Function</th><th>Name</th><th>Organisation</th></tr>
<tr><td>Chair</td><td>Dr. Nikolaos Papadakis-Frangiadakis</td><td>Regional Governor of Crete</td></tr>
<tr><td>Vice-Chair</td><td>Eleni Stavrakaki</td><td>Head of the Managing Authority</td></tr>
<tr><td>Member</td><td>Prof. Georgios Lionakis</td><td>University of Crete, Rector</td></tr>
<tr><td>Member</td><td>Dr. Maria Vlachaki-Tzanaki</td><td>Foundation for Research and Technology – Hellas (FORTH)</td></tr>
<tr><td>Member</td><td>Ioannis Markogiannakis</td><td>Heraklion Chamber of Commerce and Industry</td></tr>
<tr><td>Member</td><td>Antonia Kalaitzaki</td><td>Science and Technology Park of Crete (STEP-C)</td></tr>
<tr><td>Member</td><td>Dimitris Chatzidakis</td><td>Hellenic Mediterranean University</td></tr>
<tr><td>Member</td><td>Sofia Alexandraki</td><td>Cretan Agri-Food Cluster</td></tr>
<tr><td>Member</td><td>Manolis Tsagarakis</td><td>Association of Cretan Municipalities (ΠΕΔ Κρήτης)</td></tr>
<tr><td>Advisory member</td><td>Dr. Pieter van den Broek</td><td>European Commission, DG REGIO, Greece and Cyprus Unit</td></tr>
<tr><td>Advisory member</td><td>Konstantina Daskalaki</td><td>Ministry of Development, General Secretariat for Partnership Agreement</td></tr>
<tr><td>Secretary</td><td>Argyro Sfakianaki</td><td>Managing Authority, Unit A</td></tr>
</table>
<p>Substitute members are listed in the committee's founding decision (PDF, 310 KB). Representatives of other bodies, such as the Regional Innovation Council and the cluster organisations of the island, may attend as observers at the invitation of the Chair.</p>
<h2>Meetings</h2>
<ul>
<li>1st meeting – 5 December 2039, Heraklion (constitution of the committee, rules of procedure)</li>
<li>2nd meeting – 18 June 2040, Chania, hosted by the Technical University of Crete</li>
<li>3rd meeting – Tuesday 27 November 2040, Heraklion, Regional Council hall</li>
<li>4th meeting – planned for 12 March 2041 (written procedure for the revision of selection criteria to be launched in February 2041)</li>
</ul>
<h2>Decisions of the 3rd meeting (27 November 2040)</h2>
<p>At its 3rd meeting the Monitoring Committee:</p>
<ol>
<li>Approved the annual performance report for 2039 and the progress report for the first half of 2040</li>
<li>Approved the selection criteria for the call "Cretan Clusters for Smart Specialisation", with a budget of 12 million euros</li>
<li>Asked the Managing Authority to open an additional call for micro-enterprises in the mountain areas of Lasithi and Rethymno</li>
<li>Noted the presentation of the smart specialisation monitoring system prepared by STEP-C</li>
</ol>
<p>During the meeting, Dr. van den Broek reminded members that the mid-term review of the programme must be completed by March 2042 and encouraged the region to join the interregional partnership on sustainable tourism. Prof. Lionakis proposed that the University of Crete host a smart specialisation info day in Rethymno in spring 2041 for researchers who want to join cluster projects.</p>
<p>The committee also heard a short report from Sofia Alexandraki on the Cretan Agri-Food Cluster's export mission to Munich in October 2040, the first funded under the programme. Twelve olive oil and cheese producers met buyers from Bavaria and northern Italy during the mission.</p>
<h2>Documents</h2>
<ul>
<li>Rules of procedure (PDF)</li>
<li>Minutes of the 1st, 2nd and 3rd meetings (PDF)</li>
<li>Presentations of the 3rd meeting (ZIP)</li>
</ul>
<p><a href="#">Read more about the Regional Programme</a> · <a href="#">Open calls</a></p>
</main>
<footer>Region of Crete – Managing Authority · Heraklion, Crete · Tel. +30 2810 000000 · Cookies · Accessibility · Funded by the European Union</footer>
</body></html>
"""
write(F, T)
MC="Monitoring Committee"
gold(F,
 [P("Nikolaos Papadakis-Frangiadakis","Chair",MC),
  P("Eleni Stavrakaki","Vice-Chair",MC),
  P("Georgios Lionakis","Member",MC),
  P("Maria Vlachaki-Tzanaki","Member",MC),
  P("Ioannis Markogiannakis","Member",MC),
  P("Antonia Kalaitzaki","Member",MC),
  P("Dimitris Chatzidakis","Member",MC),
  P("Sofia Alexandraki","Member",MC),
  P("Manolis Tsagarakis","Member",MC),
  P("Pieter van den Broek","Advisory member",MC),
  P("Konstantina Daskalaki","Advisory member",MC),
  P("Argyro Sfakianaki","Secretary",MC)],
 [O("Region of Crete"), O("Managing Authority"), O(MC), O("University of Crete"),
  O("Foundation for Research and Technology – Hellas","FORTH"), O("Heraklion Chamber of Commerce and Industry"),
  O("Science and Technology Park of Crete","STEP-C"), O("Hellenic Mediterranean University"), O("Cretan Agri-Food Cluster"),
  O("Association of Cretan Municipalities","ΠΕΔ Κρήτης"), O("European Commission"), O("DG REGIO"), O("Greece and Cyprus Unit"),
  O("Ministry of Development"), O("General Secretariat for Partnership Agreement"), O("Technical University of Crete"),
  O("Regional Innovation Council")],
 [E("1st meeting","2039-12-05",None,"Heraklion","Greece"),
  E("2nd meeting","2040-06-18",None,"Chania","Greece"),
  E("3rd meeting","2040-11-27",None,"Heraklion","Greece"),
  E("4th meeting","2041-03-12",None,None,None),
  E("smart specialisation info day","2041",None,"Rethymno","Greece"),
  E("export mission","2040-10",None,"Munich","Germany")],
 ["2035/2041","2040-12-03","2035","2039-12-05","2040-06-18","2040-11-27","2041-03-12","2041-02","2039","2040","2042-03","2040-10","2041"],
 ["Approved the annual performance report for 2039 and the progress report for the first half of 2040",
  "Approved the selection criteria for the call \"Cretan Clusters for Smart Specialisation\", with a budget of 12 million euros",
  "Asked the Managing Authority to open an additional call for micro-enterprises in the mountain areas of Lasithi and Rethymno",
  "Noted the presentation of the smart specialisation monitoring system prepared by STEP-C"],
 pub="2040-12-03")
