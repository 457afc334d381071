from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_emilia_romagna_cluster_evaluation.pdf'
assert wd(2041,4,3)=='Wednesday' and wd(2041,5,21)=='Tuesday' and wd(2041,2,13)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Evaluation of the Clust-ER associations 2035–2040 · Executive summary')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Evaluation of the Clust-ER associations – Executive summary', author='ART-ER')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Evaluation of the Clust-ER associations 2035–2040"),
("b","Executive summary of the final report"),
("s","Commissioned by: ART-ER Attrattività Ricerca Territorio S.Cons.p.A., Bologna, on behalf of the Emilia-Romagna Region · Evaluators: Ramboll Management Consulting (Copenhagen office) with the University of Modena and Reggio Emilia (UNIMORE) · Team: Birgit Lindqvist-Holm (team leader), Prof. Giovanni De Santis, Aoife McGettigan · Final version: 3 April 2041"),
("h2","Purpose of the evaluation"),
("b","Since 2035 the Emilia-Romagna Region has supported seven Clust-ER associations – for agrifood, building and construction, creative industries, energy and sustainable development, health industries, innovation in services and mechatronics and motoristics – through multi-annual grants managed by ART-ER. The evaluation looked at whether the associations have become what the regional strategy expected of them: open platforms that connect companies, laboratories of the High Technology Network and training bodies around shared innovation agendas."),
("b","The evaluators analysed monitoring data for the period 2035–2040, surveyed 734 member organisations (response rate 38%), interviewed 48 stakeholders and carried out three case studies. Interim results were discussed with the seven cluster managers at a workshop in Bologna on Wednesday 13 February 2041."),
("h2","The Clust-ER associations in numbers"),
("b","• 1,126 members at the end of 2040, of which 61% are companies, 22% research laboratories and 17% training bodies and other organisations<br/>• 214 collaborative projects prepared, of which 87 obtained regional, national or EU funding<br/>• 19 value-chain groups active across the seven associations<br/>• Average public contribution per association: EUR 410,000 a year"),
("b","According to Dr Lucia Bertolini-Casali, Director of ART-ER, the report gives \"an honest picture: the associations work well as meeting places, less well as engines of joint investment\"."),
]
p2 = [
("h2","Main findings"),
("b","1. The Clust-ER associations are well known and trusted; nine out of ten members would recommend membership to a peer company"),
("b","2. Participation is concentrated: a core of about 150 organisations takes part in most value-chain groups"),
("b","3. Cross-association projects remain rare, although members see the largest potential at the borders between sectors"),
("b","4. The associations depend on public funding for more than 60% of their budget"),
("b","5. International activities are mostly limited to participation in trade fairs and EU project calls"),
("h2","Recommendations"),
("b","1. Link part of the regional grant to results such as funded projects and new members from outside the core"),
("b","2. Set up at least three cross-association value-chain groups by 2042, starting with circular construction and digital health"),
("b","3. Develop a common service catalogue and fee model so that companies pay for services they value"),
("b","4. Join a European Strategic Cluster Partnership with partner regions in Baden-Württemberg and Catalonia"),
("b","5. Report each year on a small set of outcome indicators agreed with the Region"),
("h2","Presentation and follow-up"),
("b","The report will be presented at the Clust-ER Annual Meeting on Tuesday 21 May 2041 at the Tecnopolo di Bologna, with Vincenzo Amadori-Ricci, Regional Councillor for Economic Development, and Marta Fiorini, president of Clust-ER MECH. The Region has announced a management response by the end of June 2041."),
("h2","About the evaluators"),
("b","Birgit Lindqvist-Holm is a senior manager at Ramboll Management Consulting and has led cluster evaluations in Sweden, Norway and Poland. Giovanni De Santis is Professor of Applied Economics at UNIMORE. Aoife McGettigan is an analyst at Ramboll."),
("s","ART-ER Attrattività Ricerca Territorio · Via Piero Gobetti 101, 40129 Bologna · clust-er@art-er.example.it · The full report (118 pages) and its annexes can be downloaded from the ART-ER website."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
A = "ART-ER Attrattività Ricerca Territorio S.Cons.p.A."
R = "Ramboll Management Consulting"
gold(F,
 [P("Birgit Lindqvist-Holm","team leader",R),
  P("Giovanni De Santis","Professor of Applied Economics","UNIMORE"),
  P("Aoife McGettigan","analyst","Ramboll"),
  P("Lucia Bertolini-Casali","Director","ART-ER"),
  P("Vincenzo Amadori-Ricci","Regional Councillor for Economic Development",None),
  P("Marta Fiorini","president","Clust-ER MECH")],
 [O(A,"ART-ER"), O("Emilia-Romagna Region"), O(R), O("University of Modena and Reggio Emilia","UNIMORE"),
  O("High Technology Network"), O("Clust-ER MECH")],
 [E("workshop","2041-02-13",None,"Bologna","Italy"),
  E("Clust-ER Annual Meeting","2041-05-21",None,"Bologna","Italy")],
 ["2035/2040","2041-04-03","2035","2041-02-13","2040","2042","2041-05-21","2041-06"],
 ["The Clust-ER associations are well known and trusted; nine out of ten members would recommend membership to a peer company",
  "Participation is concentrated: a core of about 150 organisations takes part in most value-chain groups",
  "Cross-association projects remain rare, although members see the largest potential at the borders between sectors",
  "The associations depend on public funding for more than 60% of their budget",
  "International activities are mostly limited to participation in trade fairs and EU project calls",
  "Link part of the regional grant to results such as funded projects and new members from outside the core",
  "Set up at least three cross-association value-chain groups by 2042, starting with circular construction and digital health",
  "Develop a common service catalogue and fee model so that companies pay for services they value",
  "Join a European Strategic Cluster Partnership with partner regions in Baden-Württemberg and Catalonia",
  "Report each year on a small set of outcome indicators agreed with the Region"],
 pub="2041-04-03")
