from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_greater_region_workshop_series.pdf'
assert wd(2038,6,16)=='Wednesday' and wd(2038,11,24)=='Wednesday' and wd(2038,12,9)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'CROSS-CLUST · Synthesis of the cross-border workshop series 2038')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='CROSS-CLUST workshop series synthesis', author='Hochschule Trier')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Clusters without borders? Synthesis of the CROSS-CLUST workshop series"),
("b","Interreg Greater Region project CROSS-CLUST · Deliverable 2.4 · Final version, 9 December 2038"),
("s","Prepared by: Trier University of Applied Sciences (Hochschule Trier), Institute for Regional Innovation · Authors: Dr. Katharina Schmitz-Lorang, Benoît Kieffer, Aleksandra Wiśniewska-Thiel · Reviewed by the project steering committee"),
("h2","1. The series"),
("b","Between June and November 2038 the CROSS-CLUST partners organised four workshops, one in each part of the Greater Region, to test how cluster organisations could serve companies on both sides of a border. Each workshop brought together 30 to 45 cluster managers, company representatives and officials from the regional economic ministries."),
("b","• Workshop 1 – Trier, Wednesday 16 June 2038: cross-border supply chains in the food and drink sector, hosted by the Chamber of Industry and Commerce Trier (IHK Trier).<br/>• Workshop 2 – Esch-sur-Alzette, 22 September 2038: shared testing infrastructure for materials, hosted by Luxinnovation and the Luxembourg Institute of Science and Technology (LIST).<br/>• Workshop 3 – Metz, 20 October 2038: skills and cross-border apprenticeships, hosted by the Grand Est Region and the cluster Materalia.<br/>• Workshop 4 – Saarbrücken, Wednesday 24 November 2038: joint internationalisation, hosted by saaris – saarland.innovation&amp;standort e.V."),
("b","The series closed with a policy round table in Luxembourg on 9 December 2038, where the results below were presented to representatives of the five regional governments. The round table was chaired by Marie-Claire Weyland, Head of Cluster Policy at the Luxembourg Ministry of the Economy."),
("h2","2. What we heard"),
("b","In all four workshops companies said that they know their neighbours' clusters only by name. Only 11 of the 168 participating companies were members of a cluster on the other side of a border. Cluster managers, for their part, pointed to membership rules and regional funding that is tied to the home territory. Jean-Luc Maréchal, manager of the Wallonian cluster GreenWin, put it simply: \"Our funders pay us to serve Wallonia, not the Greater Region.\""),
("b","Positive examples exist. The Saar-Lor-Lux automotive supplier network has run joint stands at trade fairs since 2031, and the food clusters of Trier and Luxembourg organise an annual joint buyers' day."),
]
p2 = [
("h2","3. Conclusions"),
("b","1. Cross-border cooperation between clusters depends on individual managers and stops when they leave"),
("b","2. Regional funding rules are the main barrier: clusters cannot spend their grants on members from a neighbouring region"),
("b","3. Companies value practical services (joint trade-fair stands, shared test beds) more than strategy documents"),
("b","4. The Greater Region lacks a common list of clusters and of their services"),
("h2","4. Recommendations"),
("b","1. The five regional governments should allow cluster grants to cover associate members from neighbouring regions, up to 20 per cent of members"),
("b","2. A joint directory of cluster services in the Greater Region should be published and kept up to date by the regional agencies"),
("b","3. Each cross-border partnership should name two contact persons, so that cooperation survives staff changes"),
("b","4. The next Interreg call should include a small-project fund for joint cluster services"),
("h2","5. Next steps"),
("b","The steering committee will present these recommendations at the Summit of the Greater Region in spring 2039. A follow-up workshop for cluster managers is planned in Arlon in March 2039."),
("h2","Participants in the round table"),
("b","Marie-Claire Weyland (Luxembourg Ministry of the Economy, chair) · Thomas Reinhardt-Oster (Ministry of Economic Affairs, Rhineland-Palatinate) · Sophie Leclercq (Grand Est Region) · Dr. Jörg Pfeiffer (Saarland Ministry for Economic Affairs) · Émilie Dethier (Wallonia Public Service, Economy) · Dr. Katharina Schmitz-Lorang (project coordinator, Hochschule Trier)"),
("s","CROSS-CLUST is co-financed by the European Regional Development Fund through the Interreg Greater Region programme. Contact: crossclust@hs-trier.example.de"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
HT="Trier University of Applied Sciences"
gold(F,
 [P("Katharina Schmitz-Lorang","project coordinator",HT),
  P("Benoît Kieffer",None,HT), P("Aleksandra Wiśniewska-Thiel",None,HT),
  P("Marie-Claire Weyland","Head of Cluster Policy","Luxembourg Ministry of the Economy"),
  P("Jean-Luc Maréchal","manager","GreenWin"),
  P("Thomas Reinhardt-Oster",None,"Ministry of Economic Affairs, Rhineland-Palatinate"),
  P("Sophie Leclercq",None,"Grand Est Region"),
  P("Jörg Pfeiffer",None,"Saarland Ministry for Economic Affairs"),
  P("Émilie Dethier",None,"Wallonia Public Service, Economy")],
 [O(HT), O("Institute for Regional Innovation"), O("Chamber of Industry and Commerce Trier","IHK Trier"),
  O("Luxinnovation"), O("Luxembourg Institute of Science and Technology","LIST"), O("Grand Est Region"), O("Materalia"),
  O("saaris – saarland.innovation&standort e.V."), O("Luxembourg Ministry of the Economy"), O("GreenWin"),
  O("Saar-Lor-Lux automotive supplier network"), O("Ministry of Economic Affairs, Rhineland-Palatinate"),
  O("Saarland Ministry for Economic Affairs"), O("Wallonia Public Service, Economy")],
 [E("Workshop 1","2038-06-16",None,"Trier","Germany"),
  E("Workshop 2","2038-09-22",None,"Esch-sur-Alzette","Luxembourg"),
  E("Workshop 3","2038-10-20",None,"Metz","France"),
  E("Workshop 4","2038-11-24",None,"Saarbrücken","Germany"),
  E("policy round table","2038-12-09",None,"Luxembourg","Luxembourg"),
  E("Summit of the Greater Region","2039",None,None,None),
  E("follow-up workshop for cluster managers","2039-03",None,"Arlon","Belgium")],
 ["2038-12-09","2038-06/2038-11","2038-06-16","2038-09-22","2038-10-20","2038-11-24","2031","2039","2039-03"],
 ["Cross-border cooperation between clusters depends on individual managers and stops when they leave",
  "Regional funding rules are the main barrier: clusters cannot spend their grants on members from a neighbouring region",
  "Companies value practical services (joint trade-fair stands, shared test beds) more than strategy documents",
  "The Greater Region lacks a common list of clusters and of their services",
  "The five regional governments should allow cluster grants to cover associate members from neighbouring regions, up to 20 per cent of members",
  "A joint directory of cluster services in the Greater Region should be published and kept up to date by the regional agencies",
  "Each cross-border partnership should name two contact persons, so that cooperation survives staff changes",
  "The next Interreg call should include a small-project fund for joint cluster services"], pub="2038-12-09")
