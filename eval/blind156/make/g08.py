from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_elblag_lagoon_cluster_forum_outcomes.pdf'
assert wd(2042,4,17)=='Thursday' and wd(2042,4,18)=='Friday' and wd(2042,4,16)=='Wednesday' and wd(2042,6,2)=='Monday' and wd(2042,9,24)=='Wednesday' and wd(2041,11,6)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Vistula Lagoon Blue Economy Cluster · Forum outcomes 2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Forum outcomes 2042', author='Vistula Lagoon Blue Economy Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Lagoon Forum 2042 – Outcomes and recommendations"),
("b","Blue economy on the Vistula Lagoon: ports, fish processing and water tourism after the canal"),
("s","Vistula Lagoon Blue Economy Cluster (VLBEC) · Elbląg, Poland · Published 2 June 2042 · Prepared by the cluster office with the Elbląg University of Applied Sciences (ANS Elbląg) · Contact: Katarzyna Wiśniewska-Dąbrowska, cluster coordinator"),
("h2","The forum in brief"),
("b","The third Lagoon Forum was held on Thursday 17 and Friday 18 April 2042 in Elbląg, in the Europejskie Centrum Spotkań Światowid. It brought together 164 participants from Poland, Lithuania, Germany and Denmark: port operators, fish processors, boat builders, marina owners, municipalities and researchers. The forum was opened by Marshal of the Warmińsko-Mazurskie Voivodeship Tomasz Rogalski and by Elbląg's deputy mayor Agnieszka Kulesza-Nowak."),
("b","The eve of the forum, Wednesday 16 April, was reserved for a boat trip from Elbląg to the new canal across the Vistula Spit and the port of Tolkmicko, followed by a dinner for speakers in Frombork. On the second day participants could choose between a visit to the fish processing plant of Bałtyk-Ryba Sp. z o.o. and a meeting of the Lagoon marina network."),
("h2","Speakers"),
("b","The keynote, \"Small ports, big transition\", was given by Dr. Rūta Jankauskienė, director of the Klaipėda Science and Technology Park. Other speakers included Hans-Peter Claußen of the German maritime cluster MCN (Maritimes Cluster Norddeutschland), Mette Søgaard Holm, port manager of the Port of Nakskov, and Prof. Zbigniew Kamiński of the Gdańsk University of Technology. The panel on fish processing was moderated by Jakub Orłowski, president of the cluster."),
("h2","Context"),
("b","Since the canal through the Vistula Spit opened, the port of Elbląg can receive sea-going ships without passing through Russian waters. Traffic has grown slowly, however: in 2041 the port handled 310,000 tonnes, a fraction of what was planned. At the same time the fish processing industry around the lagoon employs about 2,300 people and water tourism is growing by ten per cent a year. The cluster, founded in 2033, has 57 members and is recognised as a key national cluster since 2040."),
]
p2 = [
("h2","Key messages from the sessions"),
("b","• The canal is a necessary but not a sufficient condition: without a regular shipping line and a rail link, cargo will not come"),
("b","• Fish processors want to cut energy costs and use by-products, but most of them lack the staff to prepare projects"),
("b","• Marinas around the lagoon compete with each other instead of selling the lagoon as one destination"),
("b","• Cooperation with Klaipėda and the German Baltic ports is welcome, but it needs a concrete joint project, not more memoranda"),
("h2","Recommendations"),
("b","First, the regional authorities should set up a port development working group for Elbląg, Tolkmicko and Frombork with the shipping companies."),
("b","Second, the cluster will offer its fish processing members a shared energy and by-products advisor from the autumn of 2042."),
("b","Third, the municipalities around the lagoon should agree on one tourism brand and one booking system for marinas."),
("b","Finally, the cluster should prepare with its Lithuanian and German partners an Interreg South Baltic proposal on small port innovation."),
("h2","Next steps"),
("b","The board of the cluster discussed these outcomes on Thursday 29 May 2042 and asked the office to start work on the advisor service. The working group on ports will be proposed to the Voivodeship Board in June 2042. The fourth Lagoon Forum will be held in Tolkmicko on Wednesday 24 September 2042 (one day only)."),
("h2","Earlier forums"),
("b","1st Lagoon Forum – Elbląg, 6 November 2041 (founding conference of the forum series)<br/>2nd Lagoon Forum – Krynica Morska, 13–14 March 2042 (small workshop edition)"),
("h2","About the cluster"),
("b","The Vistula Lagoon Blue Economy Cluster is an association of companies, municipalities and research institutions around the Vistula Lagoon. Its office is hosted by the Elbląg Chamber of Commerce and Industry (Elbląska Izba Przemysłowo-Handlowa). Members include Port Elbląg Sp. z o.o., Bałtyk-Ryba Sp. z o.o., Stocznia Jachtowa Tolkmicko, the Municipality of Frombork and the Maritime Institute of the Gdynia Maritime University."),
("s","Photos: © VLBEC / Piotr Nowicki. The forum was co-financed by the Warmińsko-Mazurskie Voivodeship."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
V = "Vistula Lagoon Blue Economy Cluster"
gold(F,
 [P("Katarzyna Wiśniewska-Dąbrowska", "cluster coordinator", V),
  P("Tomasz Rogalski", "Marshal", "Warmińsko-Mazurskie Voivodeship"),
  P("Agnieszka Kulesza-Nowak", "deputy mayor", None),
  P("Rūta Jankauskienė", "director", "Klaipėda Science and Technology Park"),
  P("Hans-Peter Claußen", None, "Maritimes Cluster Norddeutschland"),
  P("Mette Søgaard Holm", "port manager", "Port of Nakskov"),
  P("Zbigniew Kamiński", None, "Gdańsk University of Technology"),
  P("Jakub Orłowski", "president", V),
  P("Piotr Nowicki", None, None)],
 [O(V, "VLBEC"), O("Elbląg University of Applied Sciences", "ANS Elbląg"), O("Bałtyk-Ryba Sp. z o.o."),
  O("Klaipėda Science and Technology Park"), O("Maritimes Cluster Norddeutschland", "MCN"), O("Port of Nakskov"),
  O("Gdańsk University of Technology"), O("Voivodeship Board"), O("Elbląg Chamber of Commerce and Industry", "Elbląska Izba Przemysłowo-Handlowa"),
  O("Port Elbląg Sp. z o.o."), O("Stocznia Jachtowa Tolkmicko"), O("Municipality of Frombork"),
  O("Maritime Institute"), O("Gdynia Maritime University"), O("Warmińsko-Mazurskie Voivodeship")],
 [E("Lagoon Forum 2042", "2042-04-17", "2042-04-18", "Elbląg", "Poland"),
  E("boat trip", "2042-04-16", None, "Elbląg, Tolkmicko", "Poland"),
  E("dinner for speakers", "2042-04-16", None, "Frombork", "Poland"),
  E("visit to the fish processing plant of Bałtyk-Ryba Sp. z o.o.", "2042-04-18", None, None, None),
  E("meeting of the Lagoon marina network", "2042-04-18", None, None, None),
  E("Small ports, big transition", "2042-04-17", "2042-04-18", "Elbląg", "Poland"),
  E("board of the cluster", "2042-05-29", None, None, None),
  E("fourth Lagoon Forum", "2042-09-24", None, "Tolkmicko", "Poland"),
  E("1st Lagoon Forum", "2041-11-06", None, "Elbląg", "Poland"),
  E("2nd Lagoon Forum", "2042-03-13", "2042-03-14", "Krynica Morska", "Poland")],
 ["2042-06-02", "2042-04-17/2042-04-18", "2042-04-16", "2041", "2033", "2040", "2042-05-29", "2042-06", "2042-09-24",
  "2041-11-06", "2042-03-13/2042-03-14", "2042"],
 ["The canal is a necessary but not a sufficient condition: without a regular shipping line and a rail link, cargo will not come",
  "Fish processors want to cut energy costs and use by-products, but most of them lack the staff to prepare projects",
  "Marinas around the lagoon compete with each other instead of selling the lagoon as one destination",
  "Cooperation with Klaipėda and the German Baltic ports is welcome, but it needs a concrete joint project, not more memoranda",
  "the regional authorities should set up a port development working group for Elbląg, Tolkmicko and Frombork with the shipping companies",
  "the cluster will offer its fish processing members a shared energy and by-products advisor from the autumn of 2042",
  "the municipalities around the lagoon should agree on one tourism brand and one booking system for marinas",
  "the cluster should prepare with its Lithuanian and German partners an Interreg South Baltic proposal on small port innovation"],
 pub="2042-06-02")
