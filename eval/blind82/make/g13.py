from h import *
F = 'g13_saxony_anhalt_chemical_parks_convention_report.html'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Report: Central German Chemical Parks Convention 2035 – Cluster Chemie/Kunststoffe Mitteldeutschland</title></head>
<body>
<div id="consent">This site uses cookies. Some are essential, others help us improve the site. <button>Accept</button> <button>Decline</button> <a href="#">Details</a></div>
<header><div class="brand">Cluster Chemie/Kunststoffe Mitteldeutschland</div>
<nav><a href="/en/">Home</a> · <a href="/en/cluster">The cluster</a> · <a href="/en/sites">Chemical parks</a> · <a href="/en/news">News</a> · <a href="/en/events">Events</a> · <a href="/de/">Deutsch</a></nav></header>
<main>
<article>
<p class="date">News · 3 July 2035</p>
<h1>Convention report: chemical parks want faster permits and shared hydrogen networks</h1>
<p class="share">Share this article <a href="#">LinkedIn</a> <a href="#">Xing</a> <a href="#">E-mail</a></p>
<p>More than 380 participants from companies, chemical park operators, universities and public authorities met at the Central German Chemical Parks Convention 2035 in Magdeburg on 26 and 27 June 2035. The convention, held every two years since 2021, was organised by the Cluster Chemie/Kunststoffe Mitteldeutschland together with the Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH (IMG) and the Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt.</p>
<p>In his opening speech, the Minister of Economy of Saxony-Anhalt, Dr. Friedrich-Wilhelm Baumgart, said that the region's chemical parks in Leuna, Schkopau, Bitterfeld-Wolfen and Zeitz had shown that they could adapt, but that the next ten years would decide whether base chemicals would still be produced in Germany. Cluster manager Dr. Kerstin Lehmann-Ohlsen presented the cluster's new monitoring report, according to which the chemical and plastics industry in Central Germany employs about 58,000 people in 2035.</p>
<h2>Panels and workshops</h2>
<p>The first day was devoted to energy and raw materials. In a panel moderated by journalist Annika Freiin von Stetten, Christof Gündel, managing director of InfraLeuna GmbH, Prof. Dr. Dr. h.c. Ralf B. Wehrmann of the Fraunhofer Institute for Microstructure of Materials and Systems IMWS, Agnieszka Wójtowicz-Krüger of Dow Olefinverbund GmbH and Mehmet Yıldırım of the Chemiepark Bitterfeld-Wolfen GmbH discussed the hydrogen pipeline network planned between the parks. On the second day, four workshops covered permits, skills, recycling of plastics and the use of biomass. Students from the Martin Luther University Halle-Wittenberg and the Merseburg University of Applied Sciences presented 16 posters in a young researchers' session.</p>
<p>The permit workshop heard that approval of a mid-sized plant in an existing park now takes 26 months on average, even though the sites are already zoned for industry and their environmental impacts are well known. Participants from the district authorities pointed to staff shortages and to the growing volume of documents that applicants must submit. The skills workshop reported that one in four apprenticeship places in the region's chemical companies remained vacant in 2034, and that many young people do not know the chemical trades at all.</p>
<p>The evening of the first day ended with the award of the Central German Innovation Prize for Chemistry, which went to the start-up LignoLoop GmbH from Leuna for a process that turns lignin into binders for coatings.</p>
<h2>Key takeaways</h2>
<p>At the closing session, the rapporteurs of the workshops summarised the results. The cluster's board has adopted them as its key takeaways from the convention:</p>
<ol>
<li>Permit procedures for new plants in existing chemical parks must be cut to twelve months, with one lead authority per project.</li>
<li>The hydrogen network linking the parks should be planned and financed as shared infrastructure, open to all park users on equal terms.</li>
<li>Chemical recycling of plastics needs clear legal recognition as recycling, otherwise investments already prepared in the region will go elsewhere.</li>
<li>Companies, schools and universities should run a joint campaign to attract young people and skilled workers from abroad to the chemical trades, including</li>
</ol>
<p class="note">[The rest of this article is available to cluster members only. <a href="#">Log in</a> or <a href="#">become a member</a> to read the full report, the presentations and the list of participants.]</p>
</article>
<aside><h3>Upcoming</h3><ul><li>Cluster member meeting, 18 September 2035, Halle (Saale)</li><li>Plastics recycling day, 6 November 2035, Schkopau</li></ul></aside>
</main>
<footer>Cluster Chemie/Kunststoffe Mitteldeutschland · c/o isw Institut für Strukturpolitik und Wirtschaftsförderung gGmbH, Halle (Saale) · <a href="#">Imprint</a> · <a href="#">Data protection</a></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Friedrich-Wilhelm Baumgart","Minister of Economy of Saxony-Anhalt",None),
  P("Kerstin Lehmann-Ohlsen","Cluster manager","Cluster Chemie/Kunststoffe Mitteldeutschland"),
  P("Annika Freiin von Stetten","journalist",None),
  P("Christof Gündel","managing director","InfraLeuna GmbH"),
  P("Ralf B. Wehrmann",None,"Fraunhofer Institute for Microstructure of Materials and Systems IMWS"),
  P("Agnieszka Wójtowicz-Krüger",None,"Dow Olefinverbund GmbH"),
  P("Mehmet Yıldırım",None,"Chemiepark Bitterfeld-Wolfen GmbH")],
 [O("Cluster Chemie/Kunststoffe Mitteldeutschland"), O("Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH","IMG"),
  O("Ministry of Economy, Tourism, Agriculture and Forestry of Saxony-Anhalt"), O("InfraLeuna GmbH"),
  O("Fraunhofer Institute for Microstructure of Materials and Systems IMWS"), O("Dow Olefinverbund GmbH"),
  O("Chemiepark Bitterfeld-Wolfen GmbH"), O("Martin Luther University Halle-Wittenberg"), O("Merseburg University of Applied Sciences"),
  O("LignoLoop GmbH"), O("isw Institut für Strukturpolitik und Wirtschaftsförderung gGmbH")],
 [E("Central German Chemical Parks Convention 2035","2035-06-26","2035-06-27","Magdeburg","Germany"),
  E("young researchers' session","2035-06-27",None,"Magdeburg","Germany"),
  E("award of the Central German Innovation Prize for Chemistry","2035-06-26",None,"Magdeburg","Germany"),
  E("Cluster member meeting","2035-09-18",None,"Halle (Saale)","Germany"),
  E("Plastics recycling day","2035-11-06",None,"Schkopau","Germany")],
 ["2035-07-03","2035-06-26/2035-06-27","2021","2035","2034","2035-09-18","2035-11-06"],
 ["Permit procedures for new plants in existing chemical parks must be cut to twelve months, with one lead authority per project",
  "The hydrogen network linking the parks should be planned and financed as shared infrastructure, open to all park users on equal terms",
  "Chemical recycling of plastics needs clear legal recognition as recycling, otherwise investments already prepared in the region will go elsewhere",
  "Companies, schools and universities should run a joint campaign to attract young people and skilled workers from abroad to the chemical trades, including"],
 pub="2035-07-03")
