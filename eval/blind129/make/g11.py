from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_toledo_escp_governance_factsheet.pdf'
assert wd(2038,2,10)=='Wednesday' and wd(2038,2,11)=='Thursday' and wd(2038,5,19)=='Wednesday' and wd(2038,9,29)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'AGRIFOOD WATER ALLIANCE · Governance factsheet · March 2038')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Agrifood Water Alliance – governance factsheet', author='Clúster Agroalimentario de Castilla-La Mancha')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Agrifood Water Alliance: who we are and how we work"),
("b","Governance factsheet of a European Strategic Cluster Partnership, 2037–2040"),
("s","Prepared by the partnership secretariat, Toledo · Version 2, 14 March 2038 · Supersedes the version of November 2037"),
("h2","The partnership"),
("b","The Agrifood Water Alliance (AWA) brings together six cluster organisations from five EU countries that work on water efficiency in food production and processing: irrigation technology, water reuse in food factories, and digital tools for farmers facing drought. The partnership started on 1 September 2037 and runs for 36 months. It is coordinated by the Clúster Agroalimentario de Castilla-La Mancha (CAMAGRO) in Toledo."),
("b","Together the six clusters represent more than 900 companies, most of them small and medium-sized. The partners agreed to pool their international activities in three target markets – Morocco, Chile and California – and to offer member companies one joint programme instead of six separate ones."),
("h2","Partners"),
("b","• Clúster Agroalimentario de Castilla-La Mancha (CAMAGRO), Toledo, Spain – coordinator<br/>• Pôle Aqua-Valley, Montpellier, France<br/>• Distretto Agroalimentare di Qualità del Metapontino, Policoro, Italy<br/>• Portugal Foods – Associação para o Desenvolvimento da Fileira Agroalimentar, Porto, Portugal<br/>• Hortifrutícola Cluster Almería, Almería, Spain<br/>• Cyprus Water Innovation Cluster (CyWIC), Limassol, Cyprus"),
("h2","How decisions are taken"),
("b","The Steering Committee is the decision-making body. Each partner has one seat and one vote; decisions need a two-thirds majority. The committee meets at least three times a year, alternating between partner regions and online meetings. Day-to-day management lies with a secretariat hosted by the coordinator. A small Advisory Board of three external experts gives an opinion on the annual work plan."),
("b","The kick-off meeting took place in Toledo on 10–11 February 2038, combined with a visit to irrigation trials at the regional agricultural research centre. The first Steering Committee adopted the rules of procedure and elected its chair for eighteen months."),
]
p2 = [
("h2","Steering Committee"),
("b","Chair: María Dolores Sánchez-Cid, Managing Director, CAMAGRO"),
("b","Vice-Chair: Jean-Luc Barthélemy, Pôle Aqua-Valley"),
("b","Members: Rocco Lo Guercio (Distretto Agroalimentare di Qualità del Metapontino); Inês Magalhães-Pinto (Portugal Foods); Francisco Javier Úbeda (Hortifrutícola Cluster Almería); Andreas Christofides (CyWIC)"),
("h2","Secretariat"),
("b","Partnership manager: Lucía Moreno Ortega (CAMAGRO) · Finance officer: Daniel Gómez-Escalonilla (CAMAGRO) · Communication: Élise Fabre (Pôle Aqua-Valley)"),
("h2","Advisory Board"),
("b","Dr Yasmina El Amrani, International Centre for Agricultural Research in the Dry Areas (ICARDA), Rabat · Prof. Pedro Tapia Lagos, Universidad de Talca · Kathleen O'Rourke, formerly of the European Investment Bank"),
("FB",""),
("h2","Lessons learnt from the first six months"),
("b","1. A joint offer to companies only works if each partner names one person who is responsible for it"),
("b","2. Target markets must be chosen with the companies, not for them"),
("b","3. Online Steering Committee meetings are efficient for decisions but poor for building trust"),
("b","4. The secretariat needs a clear mandate to follow up on partners who fall behind"),
("h2","Next meetings"),
("b","• Steering Committee, Wednesday 19 May 2038, Montpellier, with a study visit to the Aqua-Valley demonstration site<br/>• Partner meeting and matchmaking with Moroccan buyers, 29 September – 1 October 2038, Agadir<br/>• Mid-term review meeting, February 2039, Limassol"),
("s","Contact: awa@camagro.example.es · Paseo de la Rosa 00, 45006 Toledo · This factsheet is updated after each Steering Committee meeting."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[FrameBreak() if k=='FB' else Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Clúster Agroalimentario de Castilla-La Mancha"
gold(F,
 [P("María Dolores Sánchez-Cid","Chair","Agrifood Water Alliance"),
  P("Jean-Luc Barthélemy","Vice-Chair","Agrifood Water Alliance"),
  P("Rocco Lo Guercio","Member","Agrifood Water Alliance"),
  P("Inês Magalhães-Pinto","Member","Agrifood Water Alliance"),
  P("Francisco Javier Úbeda","Member","Agrifood Water Alliance"),
  P("Andreas Christofides","Member","Agrifood Water Alliance"),
  P("Lucía Moreno Ortega","Partnership manager","Agrifood Water Alliance"),
  P("Daniel Gómez-Escalonilla","Finance officer","Agrifood Water Alliance"),
  P("Élise Fabre","Communication","Agrifood Water Alliance"),
  P("Yasmina El Amrani",None,"International Centre for Agricultural Research in the Dry Areas"),
  P("Pedro Tapia Lagos",None,"Universidad de Talca"),
  P("Kathleen O'Rourke",None,"European Investment Bank")],
 [O("Agrifood Water Alliance","AWA"), O(C,"CAMAGRO"), O("Pôle Aqua-Valley"),
  O("Distretto Agroalimentare di Qualità del Metapontino"),
  O("Portugal Foods – Associação para o Desenvolvimento da Fileira Agroalimentar"),
  O("Hortifrutícola Cluster Almería"), O("Cyprus Water Innovation Cluster","CyWIC"),
  O("International Centre for Agricultural Research in the Dry Areas","ICARDA"), O("Universidad de Talca"),
  O("European Investment Bank")],
 [E("kick-off meeting","2038-02-10","2038-02-11","Toledo","Spain"),
  E("first Steering Committee"),
  E("Steering Committee","2038-05-19",None,"Montpellier","France"),
  E("Partner meeting and matchmaking with Moroccan buyers","2038-09-29","2038-10-01","Agadir","Morocco"),
  E("Mid-term review meeting","2039-02",None,"Limassol","Cyprus")],
 ["2037/2040","2038-03-14","2037-11","2037-09-01","2038-02-10/2038-02-11","2038-05-19","2038-09-29/2038-10-01","2039-02","2038-03"],
 ["A joint offer to companies only works if each partner names one person who is responsible for it",
  "Target markets must be chosen with the companies, not for them",
  "Online Steering Committee meetings are efficient for decisions but poor for building trust",
  "The secretariat needs a clear mandate to follow up on partners who fall behind"], pub="2038-03-14")
