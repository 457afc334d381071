from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g07_thessaly_agrifood_forum_outcomes.pdf'
assert wd(2042,4,24)=='Thursday' and wd(2042,4,25)=='Friday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Thessaly AgriFood Innovation Forum 2042 · Outcome report')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Thessaly AgriFood Innovation Forum 2042 – Outcome report', author='Thessaly AgriFood Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Thessaly AgriFood Innovation Forum 2042 – Outcome report"),
("s","Trikala, 24–25 April 2042 · Published by the Thessaly AgriFood Cluster (ThAC) with the Regional Development Agency of Thessaly, 9 May 2042 · Rapporteurs: Eleni Papadopoulou-Kotsiou and Dimitris Stamoulis"),
("h2","About the forum"),
("b","The third Thessaly AgriFood Innovation Forum gathered 268 farmers' cooperatives, food processors, researchers and public officials in the old Matsopoulos mill complex in Trikala on Thursday 24 and Friday 25 April 2042. The forum is organised every second year by the Thessaly AgriFood Cluster, which brings together 86 members from the four regional units of Larissa, Magnesia, Karditsa and Trikala. Earlier editions were held in Larissa (2038) and Volos (2040)."),
("b","The opening session was addressed by the Regional Governor of Thessaly, Konstantinos Rizos-Makris, by the cluster's chair, Vasiliki Zarkada (Karditsa Agricultural Cooperative), and by Mr Pierre-Yves Lemaire, policy officer in the European Commission's Directorate-General for Agriculture and Rural Development (DG AGRI). Prof. Nikos Theodoridis of the University of Thessaly gave the keynote, \"Thessaly after the floods: water, soil and the future of the plain\"."),
("b","The forum was built around four thematic workshops (water, feta and dairy, legumes, and digital farming), a matchmaking session on the afternoon of 24 April with 118 bilateral meetings, and, on 25 April, field visits to the precision-irrigation pilot of the Agricultural University of Athens in Farkadona and to the Trikala dairy cooperative ENOSI. A forum dinner was held on the evening of 24 April at the Kastro restaurant in Trikala."),
("b","Participants came from Greece, Bulgaria, North Macedonia, Cyprus, Italy and Spain. Speakers included Maria Kotsopoulou (Hellenic Agricultural Organisation DIMITRA), Javier Ortega Ruiz (Clúster Agroalimentario de Murcia), Teodora Ivanova (Plovdiv Food Cluster, Bulgaria) and Athanasios Gkikas, director of the Regional Development Agency of Thessaly."),
]
p2 = [
("h2","Key findings"),
("b","1. After the floods of the past decade, farmers see water management as the first condition for any investment; digital tools are welcome only if they help with water."),
("b","2. Most food processors in Thessaly buy raw material from outside the region because local supply is not stable in quantity or quality."),
("b","3. Cooperatives are willing to share data with researchers, but lack a trusted body that holds the data and explains its use."),
("b","4. Young farmers are interested in legumes and other new crops, but do not find buyers who sign contracts before sowing."),
("b","5. Cross-border contacts within South-East Europe are weak: only 14 of the 118 bilateral meetings involved foreign participants."),
("h2","Recommendations"),
("b","1. The Region should set up a water and soil observatory for the Thessalian plain together with the University of Thessaly and ELGO DIMITRA."),
("b","2. The cluster should broker supply contracts between processors and cooperatives, starting with legumes and sheep's milk."),
("b","3. A regional data trust for agriculture should be tested in one regional unit before 2044."),
("b","4. The next forum should invite buyers from other EU regions and run the matchmaking over two days."),
("h2","Next steps"),
("b","The cluster's Board will discuss the recommendations at its meeting on 21 May 2042. A follow-up workshop on legume contracts is planned in Karditsa in October 2042. The fourth forum will be held in 2044; the host town will be chosen at the General Assembly in December 2042."),
("h2","Organising team"),
("b","Eleni Papadopoulou-Kotsiou, cluster manager · Dimitris Stamoulis, innovation advisor · Christina Vlachou, events coordinator (Thessaly AgriFood Cluster)."),
("s","Thessaly AgriFood Cluster, 2 Asklipiou Street, 42100 Trikala · forum@thac.example.gr · This report does not necessarily reflect the views of the funding authorities."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
TC="Thessaly AgriFood Cluster"
gold(F,
 [P("Eleni Papadopoulou-Kotsiou","cluster manager",TC), P("Dimitris Stamoulis","innovation advisor",TC),
  P("Konstantinos Rizos-Makris","Regional Governor of Thessaly",None),
  P("Vasiliki Zarkada","chair",TC),
  P("Pierre-Yves Lemaire","policy officer","Directorate-General for Agriculture and Rural Development"),
  P("Nikos Theodoridis",None,"University of Thessaly"),
  P("Maria Kotsopoulou",None,"Hellenic Agricultural Organisation DIMITRA"),
  P("Javier Ortega Ruiz",None,"Clúster Agroalimentario de Murcia"),
  P("Teodora Ivanova",None,"Plovdiv Food Cluster"),
  P("Athanasios Gkikas","director","Regional Development Agency of Thessaly"),
  P("Christina Vlachou","events coordinator",TC)],
 [O(TC,"ThAC"), O("Regional Development Agency of Thessaly"), O("Karditsa Agricultural Cooperative"), O("European Commission"),
  O("Directorate-General for Agriculture and Rural Development","DG AGRI"), O("University of Thessaly"),
  O("Agricultural University of Athens"), O("ENOSI"), O("Hellenic Agricultural Organisation DIMITRA","ELGO DIMITRA"),
  O("Clúster Agroalimentario de Murcia"), O("Plovdiv Food Cluster")],
 [E("Thessaly AgriFood Innovation Forum 2042","2042-04-24","2042-04-25","Trikala","Greece"),
  E("Thessaly AgriFood Innovation Forum","2038",None,"Larissa","Greece"),
  E("Thessaly AgriFood Innovation Forum","2040",None,"Volos","Greece"),
  E("Thessaly after the floods: water, soil and the future of the plain","2042-04-24",None,"Trikala","Greece"),
  E("matchmaking session","2042-04-24",None,"Trikala","Greece"),
  E("field visits","2042-04-25",None,"Farkadona, Trikala","Greece"),
  E("forum dinner","2042-04-24",None,"Trikala","Greece"),
  E("meeting","2042-05-21",None,None,None),
  E("follow-up workshop on legume contracts","2042-10",None,"Karditsa","Greece"),
  E("Thessaly AgriFood Innovation Forum","2044",None,None,None),
  E("General Assembly","2042-12",None,None,None)],
 ["2042-04-24/2042-04-25","2042-05-09","2038","2040","2042-04-24","2042-04-25","2044","2042-05-21","2042-10","2042-12"],
 ["After the floods of the past decade, farmers see water management as the first condition for any investment; digital tools are welcome only if they help with water",
  "Most food processors in Thessaly buy raw material from outside the region because local supply is not stable in quantity or quality",
  "Cooperatives are willing to share data with researchers, but lack a trusted body that holds the data and explains its use",
  "Young farmers are interested in legumes and other new crops, but do not find buyers who sign contracts before sowing",
  "Cross-border contacts within South-East Europe are weak: only 14 of the 118 bilateral meetings involved foreign participants",
  "The Region should set up a water and soil observatory for the Thessalian plain together with the University of Thessaly and ELGO DIMITRA",
  "The cluster should broker supply contracts between processors and cooperatives, starting with legumes and sheep's milk",
  "A regional data trust for agriculture should be tested in one regional unit before 2044",
  "The next forum should invite buyers from other EU regions and run the matchmaking over two days"],
 pub="2042-05-09")
