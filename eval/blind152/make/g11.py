from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_ragusa_interreg_results_brief.pdf'
assert wd(2042,3,5)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Interreg Europe · CLUSTER-RURAL · Policy brief No. 3 · March 2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='CLUSTER-RURAL policy brief 3', author='Libero Consorzio Comunale di Ragusa')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Clusters for rural regions: what five years of CLUSTER-RURAL have taught us"),
("b","Policy brief No. 3 – results of the Interreg Europe project CLUSTER-RURAL (August 2037 – July 2042)"),
("s","Published 5 March 2042 by the lead partner, Libero Consorzio Comunale di Ragusa (Sicily, Italy) · Authors: Dr. Carmelo Occhipinti-Russo, project coordinator; Sinéad Ní Bhriain, Western Development Commission; Piret Laur-Kask, Tartu County Development Centre · Editing: Interreg Europe Policy Learning Platform"),
("h2","Why this project"),
("b","Rural regions host many small food, wood and tourism firms, but few of them belong to a cluster organisation. CLUSTER-RURAL brought together seven partners to improve regional policy instruments that support clusters outside the big cities. The partnership: Libero Consorzio Comunale di Ragusa (lead partner), Distretto Produttivo Agrumi di Sicilia, the Western Development Commission (Ireland), Tartu County Development Centre (Estonia), Regional Council of Central Finland, Consejería de Economía de la Junta de Extremadura and the Thessaly Chamber of Commerce Network."),
("b","Between 2037 and 2041 the partners held six interregional workshops and study visits: Ragusa (November 2037), Roscommon (May 2038), Tartu (October 2038), Jyväskylä (June 2039), Mérida (March 2040) and Larissa (14 October 2041). Each visit combined a policy workshop with visits to local firms and a meeting of the regional stakeholder groups."),
("h2","Results in numbers"),
("b","• 7 action plans adopted by regional authorities<br/>• 5 policy instruments changed, with EUR 38 million redirected to cluster support in rural areas<br/>• 23 good practices published on the Interreg Europe website<br/>• 412 stakeholders involved in regional meetings"),
("b","Speaking at the final event in Ragusa on 5 March 2042, Giuseppe Scifo Nicita, President of the Libero Consorzio Comunale di Ragusa, said the project had shown that \u201crural does not mean isolated, if the cluster brings the world to the village\u201d."),
]
p2 = [
("h2","Lessons learnt"),
("b","1. A rural cluster needs a paid manager for at least three years; volunteer-run clusters lost momentum within a year in four of the seven regions"),
("b","2. Cluster support works best when it is combined with broadband and transport investments in the same territory"),
("b","3. Study visits convinced politicians more than any report: five of the seven policy changes followed a visit"),
("b","4. Small firms join a cluster for concrete services such as shared marketing, not for strategy meetings"),
("h2","Recommendations for the next cohesion policy period"),
("b","1. Managing authorities should reserve a share of regional funds for cluster management in rural areas"),
("b","2. National cluster programmes should accept smaller clusters, with a minimum of 20 member firms instead of 50"),
("b","3. The European Commission should open the European Cluster Collaboration Platform to rural cluster initiatives that are not yet labelled"),
("h2","Good practice: the Roscommon food hub"),
("b","The Western Development Commission supported a shared food-processing hub in Roscommon, run by the Roscommon Food Producers Network. The hub lets 34 small producers rent kitchen and packaging space by the hour. According to its manager, Declan Mac Giolla Phádraig, turnover of the member firms rose by 22 per cent in two years."),
("h2","Good practice: Extremadura's cluster vouchers"),
("b","The Junta de Extremadura launched vouchers of up to EUR 15 000 for firms in municipalities under 5 000 inhabitants that join a cluster project. In 2040, 96 firms used them, most of them through the Cluster de la Energía de Extremadura and the Clúster del Turismo de Extremadura."),
("h2","Contact"),
("b","Dr. Carmelo Occhipinti-Russo, Libero Consorzio Comunale di Ragusa, Viale del Fante 10, 97100 Ragusa · clusterrural@provincia.ragusa.example.it"),
("s","This policy brief reflects the authors' views only. The Interreg Europe programme authorities are not liable for any use of the information it contains."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
L = "Libero Consorzio Comunale di Ragusa"
gold(F,
 [P("Carmelo Occhipinti-Russo","project coordinator",L),
  P("Sinéad Ní Bhriain",None,"Western Development Commission"),
  P("Piret Laur-Kask",None,"Tartu County Development Centre"),
  P("Giuseppe Scifo Nicita","President",L),
  P("Declan Mac Giolla Phádraig","manager",None)],
 [O(L), O("Western Development Commission"), O("Tartu County Development Centre"), O("Interreg Europe Policy Learning Platform"),
  O("Distretto Produttivo Agrumi di Sicilia"), O("Regional Council of Central Finland"),
  O("Consejería de Economía de la Junta de Extremadura"), O("Thessaly Chamber of Commerce Network"),
  O("European Commission"), O("European Cluster Collaboration Platform"), O("Roscommon Food Producers Network"),
  O("Junta de Extremadura"), O("Cluster de la Energía de Extremadura"), O("Clúster del Turismo de Extremadura")],
 [E("interregional workshops and study visits (Ragusa)","2037-11",None,"Ragusa","Italy"),
  E("interregional workshops and study visits (Roscommon)","2038-05",None,"Roscommon","Ireland"),
  E("interregional workshops and study visits (Tartu)","2038-10",None,"Tartu","Estonia"),
  E("interregional workshops and study visits (Jyväskylä)","2039-06",None,"Jyväskylä","Finland"),
  E("interregional workshops and study visits (Mérida)","2040-03",None,"Mérida","Spain"),
  E("interregional workshops and study visits (Larissa)","2041-10-14",None,"Larissa","Greece"),
  E("final event","2042-03-05",None,"Ragusa","Italy")],
 ["2042-03","2037-08/2042-07","2042-03-05","2037/2041","2037-11","2038-05","2038-10","2039-06","2040-03","2041-10-14",
  "2040"],
 ["A rural cluster needs a paid manager for at least three years; volunteer-run clusters lost momentum within a year in four of the seven regions",
  "Cluster support works best when it is combined with broadband and transport investments in the same territory",
  "Study visits convinced politicians more than any report: five of the seven policy changes followed a visit",
  "Small firms join a cluster for concrete services such as shared marketing, not for strategy meetings",
  "Managing authorities should reserve a share of regional funds for cluster management in rural areas",
  "National cluster programmes should accept smaller clusters, with a minimum of 20 member firms instead of 50",
  "The European Commission should open the European Cluster Collaboration Platform to rural cluster initiatives that are not yet labelled"],
 pub="2042-03-05")
