from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g09_kaunas_cluster_conference_outcomes.pdf'
assert wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
N = ParagraphStyle('n', fontName='DV', fontSize=9.2, leading=12, spaceAfter=4)
H1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
SM = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
p1 = [
 ("h1","Baltic Cluster Days 2036 – Outcome report: summary"),
 ("n","Kaunas, 8–9 October 2036 · Organised by the Lithuanian Cluster Association (LKA) with the Kaunas Science and Technology Park and the Ministry of the Economy and Innovation of the Republic of Lithuania"),
 ("n","Published 30 October 2036 · Rapporteur: Dr. Rūta Žemaitytė-Baranauskienė, Kaunas University of Technology"),
 ("h2","About the event"),
 ("n","The Baltic Cluster Days 2036 took place on Wednesday 8 and Thursday 9 October 2036 at the Žalgiris Arena conference centre in Kaunas. They brought together 410 participants from 17 countries: cluster managers, regional and national policymakers, researchers and company representatives. The programme combined four plenary sessions, eight parallel workshops and a cluster matchmaking session with 188 bilateral meetings."),
 ("n","The conference was opened by Vice-Minister of the Economy and Innovation Aistė Kairytė-Lukošienė and by Jonas Petrauskas-Gedvila, President of the Lithuanian Cluster Association. In the keynote, Dr. Henrik Aagaard-Sørensen, Senior Adviser at the Danish Board of Business Development, presented the Danish reform that cut the number of national clusters from 45 to 14. A second keynote was given by Ilze Bērziņa-Ozola, Head of the Cluster Programme at the Investment and Development Agency of Latvia (LIAA)."),
 ("n","On the evening of 8 October the Lithuanian Cluster Awards were presented at a ceremony in the Kaunas Town Hall. The award for the Cluster of the Year went to the Lithuanian Laser Cluster (LITHLASER)."),
 ("n","The eight workshops dealt with cluster consolidation, joint internationalisation, skills partnerships, the green transition of wood and furniture companies, laser and photonics value chains, biotech start-ups, data sharing in logistics and the measurement of cluster performance. Each workshop was moderated by a cluster manager from another Baltic country and closed with three messages for the final plenary, which the rapporteur has combined in the conclusions below."),
 ("h2","Participating networks"),
 ("n","Estonian Cluster Network, Latvian Cluster Association, Polish Cluster Association (PKK), Cluster Excellence Denmark, Finnish Cluster Alliance, European Clusters Alliance (ECA)."),
 ("s","Baltic Cluster Days 2036 – Outcome report – page 1 of 2"),
]
col = [
 ("h2","Main conclusions"),
 ("n","The discussions in the plenary and the workshops led the rapporteur to four main conclusions:"),
 ("n","1. Fewer, stronger clusters deliver more services per euro, but only if consolidation is agreed with the members and not imposed."),
 ("n","2. Baltic clusters are too small to enter European value chains alone and need joint offers with partners in Poland and the Nordic countries."),
 ("n","3. Cluster managers spend a third of their time on reporting and too little on the needs of companies."),
 ("n","4. Skills shortages in laser, biotech and wood processing are now the first concern of member companies, ahead of access to finance."),
 ("h2","Recommendations"),
 ("n","To national and regional authorities:"),
 ("n","• Introduce multi-year funding of cluster organisations of at least four years, linked to a small set of common indicators."),
 ("n","• Simplify reporting by accepting the European Cluster Excellence label as proof of management quality."),
 ("n","To cluster organisations:"),
 ("n","• Set up at least one joint Baltic offer per sector before the next edition of the conference."),
 ("n","• Share trainers and training content across borders instead of developing courses alone."),
 ("n","To the European Commission:"),
 ("n","• Keep the matchmaking support of the European Cluster Collaboration Platform open to clusters from Ukraine and Moldova."),
 ("h2","Next edition"),
 ("n","The Baltic Cluster Days 2037 will be hosted by the Estonian Cluster Network in Tartu in October 2037. The full report with the workshop summaries is available from the LKA secretariat."),
 ("n","Contact: Gintarė Vaitkutė, Project Manager, Lithuanian Cluster Association, info@klasteriai.example.lt"),
]
def para(x): return Paragraph(x[1], {'h1':H1,'h2':H2,'n':N,'s':SM}[x[0]])
W, Hh = A4
def foot(c, d):
    c.setFont('DV', 7.5); c.drawString(18*mm, 10*mm, "Lithuanian Cluster Association · Baltic Cluster Days 2036 · Outcome report summary")
doc = BaseDocTemplate(path(F), pagesize=A4, title="Baltic Cluster Days 2036 – Outcome report")
one = Frame(18*mm, 18*mm, W-36*mm, Hh-36*mm, id='one')
cw = (W-36*mm-8*mm)/2
c1 = Frame(18*mm, 18*mm, cw, Hh-36*mm, id='c1'); c2 = Frame(18*mm+cw+8*mm, 18*mm, cw, Hh-36*mm, id='c2')
doc.addPageTemplates([PageTemplate('p1', [one], onPage=foot), PageTemplate('p2', [c1, c2], onPage=foot)])
from reportlab.platypus import PageBreak, FrameBreak
story = [para(x) for x in p1] + [NextPageTemplate('p2'), PageBreak()]
half = 9
story += [para(x) for x in col[:half]] + [FrameBreak()] + [para(x) for x in col[half:]]
story += [Spacer(1,6), para(("s","Baltic Cluster Days 2036 – Outcome report – page 2 of 2"))]
doc.build(story)
L='Lithuanian Cluster Association'
gold(F,
 [P("Rūta Žemaitytė-Baranauskienė","Rapporteur","Kaunas University of Technology"),
  P("Aistė Kairytė-Lukošienė","Vice-Minister of the Economy and Innovation","Ministry of the Economy and Innovation of the Republic of Lithuania"),
  P("Jonas Petrauskas-Gedvila","President",L),
  P("Henrik Aagaard-Sørensen","Senior Adviser","Danish Board of Business Development"),
  P("Ilze Bērziņa-Ozola","Head of the Cluster Programme","Investment and Development Agency of Latvia"),
  P("Gintarė Vaitkutė","Project Manager",L)],
 [O(L,"LKA"), O("Kaunas Science and Technology Park"), O("Ministry of the Economy and Innovation of the Republic of Lithuania"),
  O("Kaunas University of Technology"), O("Danish Board of Business Development"),
  O("Investment and Development Agency of Latvia","LIAA"), O("Lithuanian Laser Cluster","LITHLASER"),
  O("Estonian Cluster Network"), O("Latvian Cluster Association"), O("Polish Cluster Association","PKK"),
  O("Cluster Excellence Denmark"), O("Finnish Cluster Alliance"), O("European Clusters Alliance","ECA"),
  O("European Commission"), O("European Cluster Collaboration Platform")],
 [E("Baltic Cluster Days 2036","2036-10-08","2036-10-09","Kaunas","Lithuania"),
  E("Lithuanian Cluster Awards","2036-10-08",None,"Kaunas","Lithuania"),
  E("Baltic Cluster Days 2037","2037-10",None,"Tartu","Estonia")],
 ["2036-10-08/2036-10-09","2036-10-30","2036-10-08","2037-10"],
 ["Fewer, stronger clusters deliver more services per euro, but only if consolidation is agreed with the members and not imposed",
  "Baltic clusters are too small to enter European value chains alone and need joint offers with partners in Poland and the Nordic countries",
  "Cluster managers spend a third of their time on reporting and too little on the needs of companies",
  "Skills shortages in laser, biotech and wood processing are now the first concern of member companies, ahead of access to finance",
  "Introduce multi-year funding of cluster organisations of at least four years, linked to a small set of common indicators",
  "Simplify reporting by accepting the European Cluster Excellence label as proof of management quality",
  "Set up at least one joint Baltic offer per sector before the next edition of the conference",
  "Share trainers and training content across borders instead of developing courses alone",
  "Keep the matchmaking support of the European Cluster Collaboration Platform open to clusters from Ukraine and Moldova"],
 pub="2036-10-30")
