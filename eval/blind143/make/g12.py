from h import *
F = 'g12_breda_logistics_cluster_news.html'
assert wd(2036,11,6)=='Thursday' and wd(2036,10,21)=='Tuesday' and wd(2036,9,30)=='Tuesday' and wd(2036,12,12)=='Friday' and wd(2037,1,20)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News – Logistics Cluster West-Brabant</title></head>
<body>
<div class="cookies">By continuing to browse you agree to our use of cookies. <a href="/cookies">More information</a> <a href="#">OK</a></div>
<header><p class="logo">LCWB – Logistics Cluster West-Brabant</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/themes">Themes</a> | <a href="/news">News</a> | <a href="/agenda">Agenda</a> | <a href="/nl">NL</a></nav></header>
<main>
<h1>News</h1>

<article>
<h2>Cold chain round table: "shared warehouses are the only way forward"</h2>
<p class="meta">14 November 2036 · Cold chain · 4 min read</p>
<p>BREDA – Around forty shippers, carriers and warehouse operators joined our round table on the future of the regional cold chain on Thursday 6 November 2036 at the Rucphen offices of Van Steenbergen Koeltransport B.V. The discussion was introduced by Marloes Verbeek-Achterberg, programme manager for agrifood logistics at the Logistics Cluster West-Brabant, and by Prof. Dr. Sander IJzerman of Breda University of Applied Sciences (BUas), who presented a survey of 63 cold stores in the region.</p>
<p>"Half of the cooling capacity in West-Brabant stands empty for part of the year, while others are turning customers away," said IJzerman. Frank Dobbelsteen, owner of Dobbelsteen Fresh Logistics in Zevenbergen, agreed: "We are each building our own little fortress."</p>
<p>Key takeaways from the round table:</p>
<ul>
<li>Shared cold-storage capacity, booked through one regional platform, could reduce empty space by a third</li>
<li>Municipalities should reserve sites near the A16 and A17 for multi-user cold stores rather than single-company warehouses</li>
<li>Electric refrigerated trucks need charging points at distribution centres before 2040, not after</li>
</ul>
<p>The cluster will present a proposal for a pilot at its New Year's reception on Tuesday 20 January 2037. <a href="/news/cold-chain">Read more</a></p>
</article>

<article>
<h2>Partner meeting in Antwerp: corridor project enters its second year</h2>
<p class="meta">28 October 2036 · International · 3 min read</p>
<p>On 21 and 22 October 2036 the partners of the Interreg Flanders-Netherlands project SCALDIS-LOG met in Antwerp at the invitation of VIL, the Flemish innovation centre for logistics. Besides the Logistics Cluster West-Brabant, the partnership includes the Port of Moerdijk, Rewin West-Brabant and Voka – Chamber of Commerce Antwerp-Waasland. The meeting approved the work plan for 2037 and reviewed the first results of the inland-shipping bundling pilot between Oosterhout and Antwerp. On the second day the partners joined a boat tour of the port, guided by Nathalie Ceulemans-Ortega of the Port of Antwerp-Bruges. <a href="/news/partner-meeting-antwerp">Read more</a></p>
</article>

<article>
<h2>Eight members on trade mission to Duisburg</h2>
<p class="meta">10 October 2036 · International · 2 min read</p>
<p>A delegation of eight member companies, led by our cluster director Hüseyin Aydın-de Graaf, visited Duisburg on 30 September and 1 October 2036. The programme, prepared with NRW.Global Business and the Netherlands Consulate-General in Düsseldorf, included a tour of the duisport terminals, a meeting with the Logistik-Cluster NRW and a visit to the rail freight operator Rhein-Ruhr Cargo GmbH. Participants held 31 business meetings. The next mission, to the Silesian logistics hub around Gliwice, is planned for spring 2037. <a href="/news/duisburg-mission">Read more</a></p>
</article>

<article>
<h2>Save the date: Logistics Career Day 2036</h2>
<p class="meta">2 October 2036 · Talent · 1 min read</p>
<p>On Friday 12 December 2036 more than 30 logistics employers will meet students from Curio and BUas at the Logistics Career Day in the Chassé Theater, Breda. Companies can book a stand until 15 November 2036. Contact: Wendy Oomen-Flores, events coordinator, events@lcwb.example.nl. <a href="/news/career-day">Read more</a></p>
</article>

<nav class="pagination"><a href="?page=1">« Newer</a> · Page 2 of 14 · <a href="?page=3">Older »</a></nav>
<aside><h3>Follow us</h3><p><a href="#">LinkedIn</a> · <a href="#">YouTube</a></p><h3>Newsletter</h3><p>Monthly, in Dutch and English. <a href="/subscribe">Subscribe</a></p></aside>
</main>
<footer><p>Stichting Logistics Cluster West-Brabant · Claudius Prinsenlaan 10, 4811 DK Breda · KvK 00000000</p><p>© 2036 LCWB · <a href="/privacy">Privacy</a> · <a href="/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""
write(F, T)
L="Stichting Logistics Cluster West-Brabant"
gold(F,
 [P("Marloes Verbeek-Achterberg","programme manager for agrifood logistics","Logistics Cluster West-Brabant"),
  P("Sander IJzerman",None,"Breda University of Applied Sciences"),
  P("Frank Dobbelsteen","owner","Dobbelsteen Fresh Logistics"),
  P("Nathalie Ceulemans-Ortega",None,"Port of Antwerp-Bruges"),
  P("Hüseyin Aydın-de Graaf","cluster director","Logistics Cluster West-Brabant"),
  P("Wendy Oomen-Flores","events coordinator","Logistics Cluster West-Brabant")],
 [O(L,"LCWB"), O("Van Steenbergen Koeltransport B.V."), O("Breda University of Applied Sciences","BUas"),
  O("Dobbelsteen Fresh Logistics"), O("VIL"), O("Port of Moerdijk"), O("Rewin West-Brabant"),
  O("Voka – Chamber of Commerce Antwerp-Waasland"), O("Port of Antwerp-Bruges"), O("NRW.Global Business"),
  O("Netherlands Consulate-General in Düsseldorf"), O("duisport"), O("Logistik-Cluster NRW"), O("Rhein-Ruhr Cargo GmbH"),
  O("Curio")],
 [E("round table on the future of the regional cold chain","2036-11-06",None,"Rucphen","Netherlands"),
  E("New Year's reception","2037-01-20",None,None,None),
  E("Partner meeting in Antwerp","2036-10-21","2036-10-22","Antwerp","Belgium"),
  E("boat tour of the port","2036-10-22",None,"Antwerp","Belgium"),
  E("trade mission to Duisburg","2036-09-30","2036-10-01","Duisburg","Germany"),
  E("next mission","2037",None,"Gliwice","Poland"),
  E("Logistics Career Day 2036","2036-12-12",None,"Breda","Netherlands")],
 ["2036-11-14","2036-11-06","2040","2037-01-20","2036-10-28","2036-10-21/2036-10-22","2037","2036-10-10",
  "2036-09-30/2036-10-01","2036-10-02","2036-12-12","2036-11-15"],
 ["Shared cold-storage capacity, booked through one regional platform, could reduce empty space by a third",
  "Municipalities should reserve sites near the A16 and A17 for multi-user cold stores rather than single-company warehouses",
  "Electric refrigerated trucks need charging points at distribution centres before 2040, not after"])
