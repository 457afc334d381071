from h import *
F = 'g08_interreg_baltic_project_news.html'
assert wd(2038,10,12)=='Tuesday' and wd(2038,10,13)=='Wednesday' and wd(2039,3,16)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners meet in Białystok to test the cross-border cluster voucher | BIOREGIO-NET</title></head>
<body>
<header><a href="/">Interreg Baltic Sea Region</a> › <a href="/projects">Projects</a> › <a href="/projects/bioregio-net">BIOREGIO-NET</a> › News
<nav>About the project · Partners · Outputs · News · Contact</nav>
<p class="lang">EN | PL | LT | LV | FI</p></header>
<main>
<p class="date">20 October 2038</p>
<h1>Partners meet in Białystok to test the cross-border cluster voucher</h1>
<p class="byline">By Agnieszka Wróblewska, communication manager, Podlaskie Regional Development Foundation</p>

<p>Eleven partners of the BIOREGIO-NET project gathered in Białystok, Poland, on Tuesday 12 and Wednesday 13 October 2038 for the project's fourth partner meeting. The meeting was hosted by the Podlaskie Regional Development Foundation (PFRR), lead partner of the project, at the Białystok Science and Technology Park.</p>

<p>The main item on the agenda was the pilot of the cross-border cluster voucher, a small grant of up to €8,000 that allows an SME from one partner region to buy innovation services from a cluster in another. Since May 2038, 46 vouchers have been issued in five regions. Project coordinator Tomasz Kalinowski (PFRR) reported that almost half of them were used for product testing, mostly in food and bio-based materials.</p>

<p>"The voucher proved that SMEs are willing to look across the border if the paperwork is simple," said Kalinowski. "Our task now is to convince the managing authorities to continue it after 2040."</p>

<h2>Who took part</h2>
<p>Representatives attended from the Podlaskie Voivodeship Marshal's Office (Poland), the Kaunas Science and Technology Park (Lithuania), the Lithuanian Innovation Agency (Lithuania), Latvian Investment and Development Agency (LIAA, Latvia), Vidzeme Planning Region (Latvia), Savonia University of Applied Sciences (Finland), the Kuopio Region Bioeconomy Cluster (Finland), Business Finland (Finland, advisory partner), the Estonian University of Life Sciences (Estonia), Tartu Science Park (Estonia) and the Mecklenburg-Vorpommern BioCon Valley GmbH (Germany).</p>

<h2>Study visit and workshop</h2>
<p>On the first afternoon, partners went on a study visit to the Podlaskie Food Cluster and to two member companies in Łapy and Wysokie Mazowieckie. The second day opened with a workshop on the transferability of the voucher, moderated by Dr. Riina Tamm (Estonian University of Life Sciences). Vice-Marshal of the Podlaskie Voivodeship Marek Olszewski addressed the partners and confirmed that the region will include a voucher line in its ERDF programme from 2041.</p>

<h2>Main outcomes of the meeting</h2>
<ul>
<li>The voucher pilot is extended until 31 March 2039 and opened to clusters in Mecklenburg-Vorpommern</li>
<li>Partners will draft a joint policy recommendation for managing authorities by January 2039</li>
<li>A shared catalogue of cluster services will be published on the project website in December 2038</li>
<li>The final conference will take place in Kaunas in September 2039</li>
</ul>

<p>Agenda and presentations are available in the <a href="/outputs">Outputs</a> section. The next partner meeting will be held in Kuopio, Finland, on 16 March 2039, followed by a regional stakeholder group meeting in Savonia University premises.</p>

<p class="caption">Photo: Partners at the Białystok Science and Technology Park. © PFRR / Kamil Sadowski</p>

<h3>About BIOREGIO-NET</h3>
<p>BIOREGIO-NET (2036–2040) helps clusters in the Baltic Sea Region open their services to SMEs across borders. Budget: €2.9 million, of which €2.3 million co-financed by the European Regional Development Fund. Lead partner: Podlaskie Regional Development Foundation. Follow the project on LinkedIn for news from all eleven partner organisations and for the monthly voucher statistics.</p>

<p class="tags">Tags: clusters · SMEs · bioeconomy · vouchers</p>
<p class="share">Share on: Facebook · LinkedIn · X</p>
</main>
<footer>Interreg Baltic Sea Region · Co-funded by the European Union · <a href="#">Privacy</a> · <a href="#">Cookie settings</a> · <a href="#">Contact the project</a></footer>
</body></html>
"""
write(F, T)
L = "Podlaskie Regional Development Foundation"
gold(F,
 [P("Agnieszka Wróblewska","communication manager",L), P("Tomasz Kalinowski","Project coordinator","PFRR"),
  P("Riina Tamm",None,"Estonian University of Life Sciences"),
  P("Marek Olszewski","Vice-Marshal of the Podlaskie Voivodeship",None), P("Kamil Sadowski")],
 [O(L,"PFRR"), O("Białystok Science and Technology Park"), O("Podlaskie Voivodeship Marshal's Office"),
  O("Kaunas Science and Technology Park"), O("Lithuanian Innovation Agency"), O("Latvian Investment and Development Agency","LIAA"),
  O("Vidzeme Planning Region"), O("Savonia University of Applied Sciences"), O("Kuopio Region Bioeconomy Cluster"),
  O("Business Finland"), O("Estonian University of Life Sciences"), O("Tartu Science Park"),
  O("Mecklenburg-Vorpommern BioCon Valley GmbH"), O("Podlaskie Food Cluster")],
 [E("BIOREGIO-NET fourth partner meeting","2038-10-12","2038-10-13","Białystok","Poland"),
  E("study visit to the Podlaskie Food Cluster","2038-10-12",None,None,"Poland"),
  E("workshop on the transferability of the voucher","2038-10-13",None,"Białystok","Poland"),
  E("BIOREGIO-NET final conference","2039-09",None,"Kaunas","Lithuania"),
  E("BIOREGIO-NET partner meeting (Kuopio)","2039-03-16",None,"Kuopio","Finland"),
  E("regional stakeholder group meeting","2039-03-16",None,"Kuopio","Finland")],
 ["2038-10-20","2038-10-12/2038-10-13","2038-05","2040","2041","2039-03-31","2039-01","2038-12","2039-09","2039-03-16","2036/2040"],
 ["The voucher pilot is extended until 31 March 2039 and opened to clusters in Mecklenburg-Vorpommern",
  "Partners will draft a joint policy recommendation for managing authorities by January 2039",
  "A shared catalogue of cluster services will be published on the project website in December 2038",
  "The final conference will take place in Kaunas in September 2039"], "2038-10-20")
