from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_soria_policy_brief_depopulation.pdf'
assert wd(2036,11,25)=='Tuesday' and wd(2036,12,16)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Policy brief No. 4 · Sparsely populated areas and cluster policy · December 2036')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Policy brief No. 4 – Soria', author='Red SSPA')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Clusters where people are few: what Soria teaches Europe's sparsely populated areas"),
("b","Policy brief No. 4 of the Southern Sparsely Populated Areas Network (Red SSPA) · Soria, 16 December 2036"),
("s","Authors: Begoña Ayllón Recio (Fundación Científica Caja Rural de Soria), Dr. Javier de la Fuente Pascual (University of Valladolid, Campus Duques de Soria), Ilse Nykvist (Region Jämtland Härjedalen, Sweden) · Editor: Marta Gil Lafuente, coordinator of the network secretariat"),
("h2","Why this brief"),
("b","The province of Soria has fewer than nine inhabitants per square kilometre, one of the lowest densities in the European Union. Yet it has kept a food industry of national weight – pork products, mushrooms, butter and pastries – and in the last decade it has attracted a data centre campus and two wood-processing plants. This brief asks what role cluster organisations have played, and what EU and national cluster policy could do better for regions like it."),
("b","The brief draws on 31 interviews carried out between June and September 2036, on the network's peer review visit to Soria from 24 to 26 November 2036, and on a comparison with Jämtland Härjedalen in Sweden and Lika-Senj in Croatia. The peer review was hosted by the Provincial Council of Soria (Diputación Provincial de Soria) and the Soria Business Confederation (FOES)."),
("h2","The Soria clusters"),
("b","Three cluster organisations work in the province: the Soria Agri-food Cluster (Clúster Agroalimentario de Soria), with 58 members; the Mycology Cluster of Castilla y León, based in Navaleno; and the young Soria Wood Cluster, created in 2033 in Covaleda by sawmills and furniture makers. All three are small, with one or two staff each, and depend on provincial and regional grants."),
("b","During the peer review visit, on Tuesday 25 November 2036, the reviewers visited the pork processors of Ólvega and the mushroom research centre in Navaleno, and met 22 company owners at a dinner hosted by the Soria Agri-food Cluster in El Burgo de Osma. Its manager, Raúl Mateo Carrascosa, told them that \"in a province this size, the cluster is often the only place where a butcher, a software firm and the university sit at the same table\"."),
]
p2 = [
("h2","Key findings"),
("b","1. In sparsely populated areas cluster organisations act as general business networks as much as sector clusters"),
("b","2. Their main value for companies is access to skills and to housing for new workers, not research projects"),
("b","3. National and EU cluster programmes set minimum sizes that small rural clusters cannot reach"),
("b","4. Cooperation between the three Soria clusters is informal and depends on a few individuals"),
("h2","Recommendations"),
("b","1. EU cluster programmes should lower or drop minimum membership thresholds for clusters in sparsely populated areas"),
("b","2. The Government of Spain should allow rural clusters to use cluster grants for workforce attraction and housing"),
("b","3. The Junta de Castilla y León should fund a shared manager for the three Soria clusters for at least four years"),
("b","4. Sparsely populated regions should form a European cluster partnership of their own"),
("h2","About the network"),
("b","The Southern Sparsely Populated Areas Network (Red SSPA) links provinces and regions of Spain, Croatia, Greece and Portugal with fewer than 12.5 inhabitants per square kilometre. It cooperates with the Northern Sparsely Populated Areas network (NSPA) and with the European Committee of the Regions. Its president is Inmaculada Sanz Tejedor, vice-president of the Provincial Council of Soria."),
("h2","Earlier peer reviews"),
("b","Teruel, 12–14 May 2035<br/>Lika-Senj (Gospić), 6–8 October 2035<br/>Bragança, 21–23 April 2036<br/>Soria, 24–26 November 2036"),
("b","The next peer review will take place in Evrytania, Greece, in spring 2037."),
("s","Contact: secretariat@redsspa.example.eu · Red SSPA, c/ Caballeros 17, 42002 Soria · This brief was written with the support of the European Union. The views expressed are those of the authors."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
R = "Southern Sparsely Populated Areas Network"
gold(F,
 [P("Begoña Ayllón Recio",None,"Fundación Científica Caja Rural de Soria"),
  P("Javier de la Fuente Pascual",None,"University of Valladolid, Campus Duques de Soria"),
  P("Ilse Nykvist",None,"Region Jämtland Härjedalen"),
  P("Marta Gil Lafuente","coordinator of the network secretariat",R),
  P("Raúl Mateo Carrascosa","manager","Soria Agri-food Cluster"),
  P("Inmaculada Sanz Tejedor","president",R)],
 [O(R,"Red SSPA"), O("Fundación Científica Caja Rural de Soria"), O("University of Valladolid"),
  O("University of Valladolid, Campus Duques de Soria"), O("Region Jämtland Härjedalen"),
  O("Provincial Council of Soria"), O("Soria Business Confederation","FOES"),
  O("Soria Agri-food Cluster"), O("Mycology Cluster of Castilla y León"), O("Soria Wood Cluster"),
  O("Government of Spain"), O("Junta de Castilla y León"), O("Northern Sparsely Populated Areas network","NSPA"),
  O("European Committee of the Regions"), O("European Union")],
 [E("peer review visit","2036-11-24","2036-11-26","Soria","Spain"),
  E("dinner","2036-11-25",None,"El Burgo de Osma","Spain"),
  E("peer review","2035-05-12","2035-05-14","Teruel","Spain"),
  E("peer review","2035-10-06","2035-10-08","Gospić","Croatia"),
  E("peer review","2036-04-21","2036-04-23","Bragança","Portugal"),
  E("next peer review","2037",None,None,"Greece")],
 ["2036-12","2036-12-16","2036-06/2036-09","2036-11-24/2036-11-26","2033","2036-11-25",
  "2035-05-12/2035-05-14","2035-10-06/2035-10-08","2036-04-21/2036-04-23","2037"],
 ["In sparsely populated areas cluster organisations act as general business networks as much as sector clusters",
  "Their main value for companies is access to skills and to housing for new workers, not research projects",
  "National and EU cluster programmes set minimum sizes that small rural clusters cannot reach",
  "Cooperation between the three Soria clusters is informal and depends on a few individuals",
  "EU cluster programmes should lower or drop minimum membership thresholds for clusters in sparsely populated areas",
  "The Government of Spain should allow rural clusters to use cluster grants for workforce attraction and housing",
  "The Junta de Castilla y León should fund a shared manager for the three Soria clusters for at least four years",
  "Sparsely populated regions should form a European cluster partnership of their own"],
 pub="2036-12-16")
