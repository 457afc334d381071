from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_ptuj_agrifood_cluster_assembly_report.pdf'
assert wd(2040,3,15)=='Thursday' and wd(2040,4,16)=='Monday' and wd(2040,5,28)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Agrifood Cluster Podravje · Report of the General Assembly 2040')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Report of the General Assembly 2040', author='Agrifood Cluster Podravje')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Report of the General Assembly 2040"),
("b","Agrifood Cluster Podravje (Agroživilski grozd Podravje, AGP) · Ptuj, Slovenia"),
("s","Prepared by the cluster office for members and partners · Ptuj, 16 April 2040 · Approved by the Management Board"),
("h2","The assembly in brief"),
("b","The regular General Assembly of the Agrifood Cluster Podravje took place on Thursday 15 March 2040 in the Dominican Monastery in Ptuj. Of the cluster's 83 members, 61 were represented. The assembly adopted the annual report and accounts for 2039, approved the work programme and budget for 2040 and elected a new Management Board and Supervisory Board for the term 2040–2044."),
("b","The outgoing president, Bojan Kovačič, director of the dairy cooperative Mlekarna Ptuj z.o.o., presented a review of his two terms. Since 2032 the number of members has grown from 35 to 83, the cluster has taken part in nine European projects and it has opened a shared sensory laboratory with the University of Maribor's Faculty of Agriculture and Life Sciences in Hoče. He thanked the Municipality of Ptuj and the Regional Development Agency Podravje – Maribor for their support."),
("b","Guest speaker Dr. Irena Vrečko, State Secretary at the Ministry of Agriculture, Forestry and Food, spoke about the national food strategy and the role of regional clusters in shortening supply chains. Mateja Zorko, cluster manager of the Styrian food cluster Lebensmittel Cluster Steiermark in Graz, presented the cross-border cooperation between the two clusters."),
("h2","Elections"),
("b","The candidates were proposed by the nomination committee chaired by Marjan Šalamun. All votes were held by secret ballot. Nataša Horvat, owner of Vinarstvo Horvat from Ormož, was elected president with 54 votes. She is the first winemaker to lead the cluster."),
("b","The new president said that the cluster should become known outside Slovenia: \u201cOur members produce excellent food, but most of them sell it within fifty kilometres. I want the cluster to help them reach Vienna, Graz and Zagreb.\u201d"),
]
p2 = [
("h2","Management Board 2040–2044"),
("b","President: Nataša Horvat (Vinarstvo Horvat)<br/>Vice-president: Aleš Petek (Perutnina Ptuj d.o.o.)<br/>Members: Darja Meško (Kmetija Meško), Primož Lah (Fakulteta za kmetijstvo in biosistemske vede, University of Maribor), Tanja ŠTUMBERGER (Pekarna Štumberger d.o.o.)"),
("h2","Supervisory Board 2040–2044"),
("b","Chair: Gregor Vaupotič (Municipality of Ptuj)<br/>Members: Simona Toplak, Boris Lešnik"),
("h2","Cluster office"),
("b","Cluster manager: Urška Bezjak · Project officer: Matej Kolarič · Communication and events: Eva Petrovič"),
("h2","Recommendations of the members' workshop"),
("b","Before the elections, the members worked in four groups on the cluster's strategy. The groups made the following recommendations to the new board:"),
("b","• Set up a joint sales point for members' products in Ljubljana and in Graz"),
("b","• Offer a shared food-safety and labelling service for small producers"),
("b","• Organise an annual buyers' day with retail chains and restaurants"),
("b","• Involve young farmers in the board's working groups"),
("h2","Next dates"),
("b","The new Management Board held its constituent meeting on Monday 16 April 2040. The cluster's Podravje Food Days will take place on 28–30 May 2040 at the Ptuj exhibition grounds, opening on Monday 28 May with a buyers' day. The next General Assembly is planned for March 2041."),
("h2","Members by country"),
("b","Besides its Slovenian members, the cluster counts three members abroad: Kürbiskernöl Gemeinschaft Südoststeiermark (Austria), Međimurska zadruga Čakovec (Croatia) and Zala Bor Kft. (Hungary)."),
("s","Agroživilski grozd Podravje · Slovenski trg 6 · 2250 Ptuj · info@agp.example.si · The cluster is supported by the Municipality of Ptuj."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
A="Agrifood Cluster Podravje"
gold(F,
 [P("Bojan Kovačič","director","Mlekarna Ptuj z.o.o."),
  P("Irena Vrečko","State Secretary","Ministry of Agriculture, Forestry and Food"),
  P("Mateja Zorko","cluster manager","Lebensmittel Cluster Steiermark"),
  P("Marjan Šalamun",None,None),
  P("Nataša Horvat","President",A),
  P("Aleš Petek","Vice-president",A),
  P("Darja Meško","Member",A),
  P("Primož Lah","Member",A),
  P("Tanja ŠTUMBERGER","Member",A),
  P("Gregor Vaupotič","Chair",A),
  P("Simona Toplak","Member",A),
  P("Boris Lešnik","Member",A),
  P("Urška Bezjak","Cluster manager",A),
  P("Matej Kolarič","Project officer",A),
  P("Eva Petrovič","Communication and events",A)],
 [O(A,"AGP"), O("Mlekarna Ptuj z.o.o."), O("University of Maribor"), O("Faculty of Agriculture and Life Sciences"),
  O("Municipality of Ptuj"), O("Regional Development Agency Podravje – Maribor"),
  O("Ministry of Agriculture, Forestry and Food"), O("Lebensmittel Cluster Steiermark"), O("Vinarstvo Horvat"),
  O("Perutnina Ptuj d.o.o."), O("Kmetija Meško"),
  O("Pekarna Štumberger d.o.o."), O("Kürbiskernöl Gemeinschaft Südoststeiermark"), O("Međimurska zadruga Čakovec"),
  O("Zala Bor Kft.")],
 [E("General Assembly","2040-03-15",None,"Ptuj","Slovenia"),
  E("members' workshop","2040-03-15",None,"Ptuj","Slovenia"),
  E("constituent meeting","2040-04-16",None,None,None),
  E("Podravje Food Days","2040-05-28","2040-05-30","Ptuj","Slovenia"),
  E("buyers' day","2040-05-28",None,"Ptuj","Slovenia"),
  E("General Assembly","2041-03",None,None,None)],
 ["2040-04-16","2040-03-15","2039","2040","2040/2044","2032","2040-05-28/2040-05-30","2040-05-28","2041-03"],
 ["Set up a joint sales point for members' products in Ljubljana and in Graz",
  "Offer a shared food-safety and labelling service for small producers",
  "Organise an annual buyers' day with retail chains and restaurants",
  "Involve young farmers in the board's working groups"],
 pub="2040-04-16")
