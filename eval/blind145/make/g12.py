from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_taranto_transition_roadmap.pdf'
assert wd(2039,2,7)=='Monday' and wd(2039,2,8)=='Tuesday' and wd(2039,3,21)=='Monday' and wd(2039,5,12)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Ionian Steel & Metals Transition Roadmap 2039–2045 · Summary and action plan')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Transition Roadmap – Taranto metals ecosystem', author='Distretto Tecnologico Metalmeccanico Ionico')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Ionian Steel &amp; Metals Transition Roadmap 2039–2045"),
("b","Summary of the co-created roadmap and action plan for the metals ecosystem of Taranto and Brindisi"),
("s","Prepared by: Distretto Tecnologico Metalmeccanico Ionico S.c.a r.l. (DITEMI), Taranto · with ARTI – Agenzia Regionale per la Tecnologia e l'Innovazione, Bari · Editors: Dr. Vincenzo D'Amato (DITEMI), Francesca Lo Russo-Huber (ARTI) · Adopted by the DITEMI Assembly of Members on Monday 21 March 2039"),
("h2","Why a roadmap now"),
("b","The metals ecosystem around the port of Taranto employs about 19,000 people in steelmaking, mechanical engineering, maintenance and logistics. The conversion of the integrated steelworks to direct reduced iron and electric arc furnaces, decided by the national government in 2037, will change the work of almost every supplier in the area. The roadmap sets out what the ecosystem itself can do to keep firms and jobs in the province while the plant is rebuilt."),
("b","The roadmap follows the logic of the European transition pathways for industrial ecosystems: it starts from a shared picture of the situation, agrees on a small number of commitments by the actors themselves, and asks the public authorities for the enabling conditions that the actors cannot create alone."),
("h2","How it was made"),
("b","Between October 2038 and February 2039 the editors held 44 interviews and ran a survey answered by 163 companies. The draft was discussed at a two-day co-creation workshop in Taranto on Monday 7 and Tuesday 8 February 2039, attended by 96 participants, including the trade unions FIOM-CGIL and FIM-CISL, Confindustria Taranto, the Politecnico di Bari and the Port System Authority of the Ionian Sea. Guests from the Ruhr region, among them Dr. Anke Brüggemann-Ortiz of the Business Metropole Ruhr GmbH, shared the experience of Duisburg."),
("h2","Where the ecosystem stands"),
("b","• 71% of surveyed suppliers depend on the steelworks for more than half of their turnover.<br/>• Only 18% have a plan for new customers or products.<br/>• Two thirds report difficulty in hiring electricians, automation technicians and welders.<br/>• The port has space for new industrial activity but no common offer for investors."),
]
p2 = [
("h2","Action plan: commitments of the ecosystem"),
("b","A1 – DITEMI will run a diversification programme for 40 suppliers per year, with market scans for offshore wind, hydrogen and rail."),
("b","A2 – The Politecnico di Bari and the ITS Academy Taranto will open a joint laboratory for electric arc furnace maintenance in 2040."),
("b","A3 – Confindustria Taranto will set up a supplier register shared with the steelworks and the port."),
("b","A4 – The trade unions and employers will agree a regional reskilling protocol by the end of 2039."),
("h2","Recommendations to public authorities"),
("b","1. The Regione Puglia should earmark part of its Just Transition Fund allocation for supplier diversification, not only for the steelworks."),
("b","2. The Ministry of Enterprises and Made in Italy should make the supplier register a condition of the plant conversion agreements."),
("b","3. The Port System Authority of the Ionian Sea should prepare a single investment offer for industrial areas within the port by 2040."),
("b","4. The European Commission should include Taranto in the pilot group of regions for the steel transition pathway."),
("h2","Governance and monitoring"),
("b","A steering group chaired by the President of DITEMI, Ing. Salvatore Carrieri, will meet every quarter and publish a short progress note. Its first meeting is set for Thursday 12 May 2039 at the Taranto Chamber of Commerce. The indicators include the number of suppliers with new customers, apprenticeships started and investments attracted to the port areas."),
("b","Massimo Ferrandina, Regional Councillor for Economic Development, welcomed the roadmap as \"the first document in years that asks something of everyone, including us\"."),
("h2","Contact"),
("s","DITEMI S.c.a r.l. · Via Dante 12, 74123 Taranto · roadmap@ditemi.example.it · The full roadmap (58 pages) with the survey annex is available on request. Layout: Studio Ionio Grafica."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
DI="Distretto Tecnologico Metalmeccanico Ionico S.c.a r.l."
gold(F,
 [P("Vincenzo D'Amato","Editor","DITEMI"), P("Francesca Lo Russo-Huber","Editor","ARTI"),
  P("Anke Brüggemann-Ortiz",None,"Business Metropole Ruhr GmbH"),
  P("Salvatore Carrieri","President","DITEMI"),
  P("Massimo Ferrandina","Regional Councillor for Economic Development",None)],
 [O(DI,"DITEMI"), O("ARTI – Agenzia Regionale per la Tecnologia e l'Innovazione","ARTI"), O("FIOM-CGIL"), O("FIM-CISL"),
  O("Confindustria Taranto"), O("Politecnico di Bari"), O("Port System Authority of the Ionian Sea"),
  O("Business Metropole Ruhr GmbH"), O("ITS Academy Taranto"), O("Regione Puglia"),
  O("Ministry of Enterprises and Made in Italy"), O("European Commission"), O("Taranto Chamber of Commerce"),
  O("Studio Ionio Grafica")],
 [E("DITEMI Assembly of Members","2039-03-21",None,None,None),
  E("co-creation workshop","2039-02-07","2039-02-08","Taranto","Italy"),
  E("steering group","2039-05-12",None,"Taranto","Italy")],
 ["2039/2045","2039-03-21","2037","2038-10/2039-02","2039-02-07/2039-02-08","2040","2039","2039-05-12"],
 ["The Regione Puglia should earmark part of its Just Transition Fund allocation for supplier diversification, not only for the steelworks",
  "The Ministry of Enterprises and Made in Italy should make the supplier register a condition of the plant conversion agreements",
  "The Port System Authority of the Ionian Sea should prepare a single investment offer for industrial areas within the port by 2040",
  "The European Commission should include Taranto in the pilot group of regions for the steel transition pathway"],
 pub=None)
