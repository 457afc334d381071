from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_aragon_cluster_programme_evaluation.pdf'
assert wd(2038,5,14)=='Friday' and wd(2038,6,10)=='Thursday' and wd(2038,10,20)=='Wednesday' and wd(2038,10,21)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Aragón Cluster Support Programme 2034–2037 · Final evaluation – Executive summary')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Final evaluation – Aragón Cluster Support Programme', author='Instituto Aragonés de Fomento')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Final evaluation of the Aragón Cluster Support Programme 2034–2037"),
("b","Executive summary for the Programme Steering Committee"),
("s","Commissioned by: Instituto Aragonés de Fomento (IAF), Zaragoza · Carried out by: Pirineo Evaluación y Estrategia S.L., Huesca · Authors: Dr. Carmen Lasierra Bueno (team leader), Javier Ortiz de Zárate, Nadia El Mansouri · Final version: 14 May 2038"),
("h2","Purpose and method"),
("b","The Government of Aragón launched the Cluster Support Programme in 2034 to help the region's cluster organisations move from networking to joint innovation projects in line with the Aragón Smart Specialisation Strategy (RIS3 Aragón). Over four annual calls the programme awarded 9.6 million euros to 58 projects led by 17 cluster organisations, among them the Aragón Automotive Cluster (CAAR), the Aragonese Food Cluster, the ZINNAE water efficiency cluster and the Aragón Logistics Cluster (ALIA)."),
("b","The evaluation team studied all 58 project files, interviewed 41 cluster managers, company directors and researchers, and surveyed 380 member companies (response rate 34%). Two focus groups were held, one at the Walqa Technology Park in Huesca on 20 October 2037 and one in Zaragoza with the managers of the smallest clusters. The team also compared the programme with cluster programmes in the Basque Country, Navarre and Occitanie."),
("h2","Main figures"),
("b","• 58 projects funded, of which 51 completed by December 2037<br/>• 1,240 companies took part in at least one project, 61% of them SMEs<br/>• 23 new products or services reached the market by the end of the programme<br/>• Average grant per project: 165,000 euros; average private co-funding: 38%"),
("b","In the foreword, Ana Belén Sopena-Gracia, Managing Director of the IAF, describes the evaluation as \"a mirror the cluster community asked us to hold up\"."),
]
p2 = [
("h2","Conclusions"),
("b","The evaluation team draws the following conclusions:"),
("b","1. The programme helped clusters move from events and communication to real joint projects, above all in the automotive, agri-food and logistics fields"),
("b","2. Larger clusters with a full-time staff captured most of the funding, while clusters in Teruel and the Pyrenees found it hard to apply"),
("b","3. Universities and technology centres took part in most projects, but the knowledge was rarely transferred to small member companies"),
("b","4. Annual calls with short deadlines led to rushed proposals and a high share of budget changes"),
("h2","Recommendations"),
("b","1. Move to a two-year call with a simple expression of interest and a full proposal only for shortlisted projects"),
("b","2. Reserve part of the budget for small and rural clusters and offer them coaching in proposal writing"),
("b","3. Link every project to a measurable result for companies, such as new products, exports or jobs"),
("b","4. Create a shared monitoring database for the IAF and the cluster organisations, updated every six months"),
("b","5. Open the programme to interregional projects with clusters from Navarre, Catalonia and Occitanie"),
("h2","Next steps"),
("b","The Programme Steering Committee discussed this summary at its meeting on Thursday 10 June 2038 in Zaragoza and asked the IAF to prepare a new programme for 2039–2042. The results will be presented to the cluster community at the Aragón Clusters Forum, whose sixth edition takes place on Thursday 21 October 2038 at the Walqa Technology Park in Huesca. Previous editions were held in Zaragoza (2036) and Teruel (2037)."),
("h2","Steering Committee"),
("b","Chair: Luis Miguel Abadía Royo, Director-General for Economic Promotion, Government of Aragón · Vice-chair: Ana Belén Sopena-Gracia (IAF) · Members: Pilar Sánchez-Cid (University of Zaragoza), Óscar Bernués (Aragón Chamber of Commerce), Teresa Lafuente (CEOE Aragón) · Secretary: Marcos Ibarz, IAF."),
("s","Contact: Instituto Aragonés de Fomento · Calle Cesáreo Alierta 31, 50008 Zaragoza · clusters@iaf.example.es · The full report (118 pages) is available on the IAF website."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
IAF="Instituto Aragonés de Fomento"; SC="Programme Steering Committee"
gold(F,
 [P("Carmen Lasierra Bueno","team leader","Pirineo Evaluación y Estrategia S.L."),
  P("Javier Ortiz de Zárate",None,"Pirineo Evaluación y Estrategia S.L."),
  P("Nadia El Mansouri",None,"Pirineo Evaluación y Estrategia S.L."),
  P("Ana Belén Sopena-Gracia","Managing Director",IAF),
  P("Luis Miguel Abadía Royo","Chair",SC),
  P("Pilar Sánchez-Cid","Member",SC),
  P("Óscar Bernués","Member",SC),
  P("Teresa Lafuente","Member",SC),
  P("Marcos Ibarz","Secretary",SC)],
 [O(IAF,"IAF"), O("Pirineo Evaluación y Estrategia S.L."), O("Government of Aragón"), O("Aragón Automotive Cluster","CAAR"),
  O("Aragonese Food Cluster"), O("ZINNAE"), O("Aragón Logistics Cluster","ALIA"), O("Walqa Technology Park"),
  O(SC), O("University of Zaragoza"), O("Aragón Chamber of Commerce"), O("CEOE Aragón")],
 [E("focus groups","2037-10-20",None,"Huesca","Spain"),
  E("meeting","2038-06-10",None,"Zaragoza","Spain"),
  E("Aragón Clusters Forum","2038-10-21",None,"Huesca","Spain"),
  E("Aragón Clusters Forum","2036",None,"Zaragoza","Spain"),
  E("Aragón Clusters Forum","2037",None,"Teruel","Spain")],
 ["2034/2037","2038-05-14","2034","2037-10-20","2037-12","2038-06-10","2039/2042","2038-10-21","2036","2037"],
 ["The programme helped clusters move from events and communication to real joint projects, above all in the automotive, agri-food and logistics fields",
  "Larger clusters with a full-time staff captured most of the funding, while clusters in Teruel and the Pyrenees found it hard to apply",
  "Universities and technology centres took part in most projects, but the knowledge was rarely transferred to small member companies",
  "Annual calls with short deadlines led to rushed proposals and a high share of budget changes",
  "Move to a two-year call with a simple expression of interest and a full proposal only for shortlisted projects",
  "Reserve part of the budget for small and rural clusters and offer them coaching in proposal writing",
  "Link every project to a measurable result for companies, such as new products, exports or jobs",
  "Create a shared monitoring database for the IAF and the cluster organisations, updated every six months",
  "Open the programme to interregional projects with clusters from Navarre, Catalonia and Occitanie"],
 pub="2038-05-14")
