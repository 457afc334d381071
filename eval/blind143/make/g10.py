from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_czestochowa_steel_transition_forum_report.pdf'
assert wd(2038,11,17)=='Wednesday' and wd(2038,11,18)=='Thursday' and wd(2039,3,10)=='Thursday' and wd(2038,12,6)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Steel Transition Forum 2038 · Conference report · Northern Silesia Metal Cluster')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Steel Transition Forum 2038 – Conference report', author='Northern Silesia Metal Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Steel Transition Forum 2038 – Conference report"),
("b","Częstochowa, 17–18 November 2038 · Organised by the Northern Silesia Metal Cluster (Klaster Metalowy Północnego Śląska, KMPŚ) with the Częstochowa University of Technology and the Silesian Voivodeship Marshal's Office"),
("s","Report prepared by: Weronika Zielińska-Grant, Communications Officer, KMPŚ · Published 6 December 2038"),
("h2","About the forum"),
("b","The fourth Steel Transition Forum gathered 260 participants from nine countries at the conference centre of the Częstochowa University of Technology. The forum is the cluster's main annual meeting point for steelmakers, metalworking SMEs, energy suppliers, researchers and public authorities of regions whose industrial base depends on steel. Previous editions were held in Częstochowa (2035 and 2036) and, jointly with the Moravian-Silesian Region, in Ostrava (2037)."),
("b","The opening session on Wednesday 17 November was chaired by the cluster's President, Dr hab. inż. Stanisław Wójcik-Lange, who recalled that the metal sector still employs one in seven industrial workers in the subregion. Marshal Office representative Agnieszka Kołodziej-Baran, Director of the Department of Regional Development, presented the regional Just Transition plan for 2035–2041, and Matthias Oberhuber, Policy Officer at the European Commission's DG GROW, spoke on the clean steel partnership and the role of clusters in it."),
("h2","Programme highlights"),
("b","Day 1 (17 November): keynote by Hélène Dufour-Ndiaye, Head of Decarbonisation at ArcelorMittal Poland, on hydrogen-ready direct reduction; Panel 1 on energy prices and competitiveness; afternoon B2B meetings (142 meetings, arranged with the Enterprise Europe Network); 19:30 forum dinner at the Jasna Góra Monastery refectory hall."),
("b","Day 2 (18 November): 9:00 study visits to the Huta Częstochowa plate mill and to Metalplast Kłobuck Sp. z o.o.; 13:00 workshop on skills, led by Prof. Ewa Grabowska of the Faculty of Production Engineering and Materials Technology; 15:00 closing session with the signing of a cooperation agreement between KMPŚ and the Metal Cluster of Upper Austria."),
]
p2 = [
("h2","Key takeaways"),
("b","The cluster's board summarised the discussions in the following points:"),
("b","• The switch to hydrogen-based steelmaking in the region will not happen before the mid-2040s without a guaranteed supply of low-carbon electricity"),
("b","• SMEs in the supply chain need support to measure the carbon footprint of their products, as their customers already ask for it"),
("b","• The region's vocational schools train too few welders, maintenance technicians and automation specialists, and the gap will widen after 2040"),
("b","• Interregional cooperation with other steel regions is most useful when it leads to joint pilot lines rather than exchanges of good practice"),
("h2","Participants' feedback"),
("b","Of the 118 participants who answered the evaluation survey, 84% rated the forum good or very good. The B2B meetings received the highest marks; several respondents asked for more time for the study visits and fewer presentations on the first morning."),
("h2","Outlook"),
("b","The next Steel Transition Forum will take place in Katowice in November 2039, co-organised with the Silesian Cluster of Advanced Materials. Before that, KMPŚ will hold its General Assembly on Thursday 10 March 2039 in Częstochowa, where members will vote on a new three-year action plan."),
("b","Speakers' presentations are available on request from the cluster office. Photographs: © KMPŚ / Paweł Nguyen-Sobczak."),
("h2","Contact"),
("s","Klaster Metalowy Północnego Śląska · ul. Armii Krajowej 19, 42-200 Częstochowa · biuro@kmps.example.pl · The forum was co-financed from the European Funds for Silesia 2035–2041 programme."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
K="Northern Silesia Metal Cluster"
gold(F,
 [P("Weronika Zielińska-Grant","Communications Officer","KMPŚ"),
  P("Stanisław Wójcik-Lange","President",K),
  P("Agnieszka Kołodziej-Baran","Director of the Department of Regional Development","Silesian Voivodeship Marshal's Office"),
  P("Matthias Oberhuber","Policy Officer","DG GROW"),
  P("Hélène Dufour-Ndiaye","Head of Decarbonisation","ArcelorMittal Poland"),
  P("Ewa Grabowska",None,"Faculty of Production Engineering and Materials Technology"),
  P("Paweł Nguyen-Sobczak",None,None)],
 [O(K,"KMPŚ"), O("Częstochowa University of Technology"), O("Silesian Voivodeship Marshal's Office"), O("European Commission"),
  O("DG GROW"), O("ArcelorMittal Poland"), O("Enterprise Europe Network"), O("Huta Częstochowa"), O("Metalplast Kłobuck Sp. z o.o."),
  O("Faculty of Production Engineering and Materials Technology"), O("Metal Cluster of Upper Austria"),
  O("Silesian Cluster of Advanced Materials"), O("Moravian-Silesian Region")],
 [E("Steel Transition Forum 2038","2038-11-17","2038-11-18","Częstochowa","Poland"),
  E("B2B meetings","2038-11-17",None,"Częstochowa","Poland"),
  E("forum dinner","2038-11-17",None,"Częstochowa","Poland"),
  E("study visits","2038-11-18",None,"Częstochowa","Poland"),
  E("Steel Transition Forum","2035",None,"Częstochowa","Poland"),
  E("Steel Transition Forum","2036",None,"Częstochowa","Poland"),
  E("Steel Transition Forum","2037",None,"Ostrava","Czech Republic"),
  E("Steel Transition Forum","2039-11",None,"Katowice","Poland"),
  E("General Assembly","2039-03-10",None,"Częstochowa","Poland")],
 ["2038-11-17/2038-11-18","2038-12-06","2035","2036","2037","2038-11-17","2035/2041","2038-11-18","2040","2039-11","2039-03-10"],
 ["The switch to hydrogen-based steelmaking in the region will not happen before the mid-2040s without a guaranteed supply of low-carbon electricity",
  "SMEs in the supply chain need support to measure the carbon footprint of their products, as their customers already ask for it",
  "The region's vocational schools train too few welders, maintenance technicians and automation specialists, and the gap will widen after 2040",
  "Interregional cooperation with other steel regions is most useful when it leads to joint pilot lines rather than exchanges of good practice"],
 pub="2038-12-06")
