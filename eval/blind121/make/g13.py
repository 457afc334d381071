from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g13_leiria_moulds_cluster_newsletter.pdf'
assert wd(2039,4,27)=='Wednesday' and wd(2039,5,12)=='Thursday' and wd(2039,5,13)=='Friday' and wd(2039,6,2)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'MOULDS & PLASTICS CENTRO · Newsletter No. 22 · May 2039')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page}'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Moulds & Plastics Centro Newsletter 22', author='CMPC')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Moulds & Plastics Centro – Newsletter No. 22"),
("s","Published by Centro Moulds and Plastics Cluster Association (CMPC), Marinha Grande · 5 May 2039 · Editor: Beatriz Louro"),
("h2","Message from the President"),
("b","The mould-makers of Marinha Grande and Oliveira de Azeméis have survived many crises since the 1940s. The one we face now is different: our customers in the car industry are changing faster than our order books. That is why this issue is devoted to diversification – into medical devices, packaging and aerospace – and to the people who will make it happen. – João Pedro de Almeida Vaz, President of the Board, CMPC"),
("h2","Diversification conference: what we heard"),
("b","On Wednesday 27 April 2039 about 150 participants gathered at the Polytechnic of Leiria for the conference “Beyond Automotive: New Markets for Portuguese Moulds”. The keynote was given by Karl-Heinz Obermüller, Managing Director of Kunststoff-Cluster Oberösterreich, who described how Upper Austrian toolmakers entered the medical market over ten years. Ana Rita dos Santos Ferreira, Head of Innovation at CENTIMFE, the technological centre of the moulds industry, presented the new metrology laboratory, and Luís Cardoso da Silva of AICEP Portugal Global spoke about export credit for new markets."),
("b","The conference ended with a round of three table discussions, each led by a member company: Moldes Atlântico, S.A. (medical), Vidreira Plast, Lda. (packaging) and Aeromoldes, Lda. (aerospace)."),
("h2","Conclusions of the conference"),
("b","1. Diversification takes at least five years and must start before the automotive orders fall"),
("b","2. Medical customers buy quality systems and documentation as much as moulds"),
("b","3. Small mould-makers should enter new markets in consortia led by a larger member"),
("b","4. The cluster will ask the regional authorities for a dedicated voucher for certification"),
]
p2 = [
("h2","Agenda"),
("b","<b>12–13 May 2039</b> – cluster mission to the Plastics Industry Days in Lyon, with Plastipolis, the French plastics cluster. Thursday: company visits in the Oyonnax Plastics Vallée; Friday: B2B meetings in Lyon. Registration by 6 May."),
("b","<b>2 June 2039 (Thursday), 17:30</b> – General Assembly of CMPC, NERLEI – Associação Empresarial da Região de Leiria, Leiria. Election of the Board for 2039–2042."),
("b","<b>October 2039</b> – Moulds Week, 12th edition, Marinha Grande. Previous editions: 2037 (Marinha Grande), 2038 (Oliveira de Azeméis)."),
("h2","People"),
("b","Marta Gaspar-Lourenço has been appointed cluster manager of CMPC from 1 April 2039. She joins from the Lisbon office of the Portuguese Agency for Competitiveness and Innovation (IAPMEI), where she worked on cluster policy from 2032 to 2039. She succeeds Rui Patrício, who moves to CENTIMFE as director."),
("h2","Members' news"),
("b","Moldes Atlântico, S.A. has received ISO 13485 certification for its clean-room moulding line in Marinha Grande, the first in the cluster. CEO Sofia Ventura-Maia says the line will produce components for insulin pens from autumn."),
("b","Vidreira Plast, Lda. has joined a Horizon Europe consortium on recyclable food packaging coordinated by the Fraunhofer Institute for Process Engineering and Packaging IVV in Freising."),
("h2","Welcome"),
("b","New members since January 2039: Termoformados do Lis, Lda.; the University of Coimbra's Institute for Polymers and Composites; and the tool steel supplier Aços Ramada Leiria, S.A."),
("s","CMPC – Centro Moulds and Plastics Cluster Association · Rua D. Dinis 17, 2430 Marinha Grande, Portugal · newsletter@cmpc.example.pt · To stop receiving this newsletter, reply with “remove”."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C = "Centro Moulds and Plastics Cluster Association"
gold(F,
 [P("Beatriz Louro","Editor",C),
  P("João Pedro de Almeida Vaz","President of the Board",C),
  P("Karl-Heinz Obermüller","Managing Director","Kunststoff-Cluster Oberösterreich"),
  P("Ana Rita dos Santos Ferreira","Head of Innovation","CENTIMFE"),
  P("Luís Cardoso da Silva",None,"AICEP Portugal Global"),
  P("Marta Gaspar-Lourenço","cluster manager",C),
  P("Rui Patrício","director","CENTIMFE"),
  P("Sofia Ventura-Maia","CEO","Moldes Atlântico, S.A.")],
 [O(C,"CMPC"), O("Polytechnic of Leiria"), O("Kunststoff-Cluster Oberösterreich"), O("CENTIMFE"),
  O("AICEP Portugal Global"), O("Moldes Atlântico, S.A."), O("Vidreira Plast, Lda."), O("Aeromoldes, Lda."),
  O("Plastipolis"), O("NERLEI – Associação Empresarial da Região de Leiria"),
  O("Portuguese Agency for Competitiveness and Innovation","IAPMEI"),
  O("Fraunhofer Institute for Process Engineering and Packaging IVV"), O("Termoformados do Lis, Lda."),
  O("University of Coimbra"), O("Institute for Polymers and Composites"), O("Aços Ramada Leiria, S.A.")],
 [E("Beyond Automotive: New Markets for Portuguese Moulds","2039-04-27",None,"Leiria","Portugal"),
  E("cluster mission to the Plastics Industry Days in Lyon","2039-05-12","2039-05-13","Lyon","France"),
  E("Plastics Industry Days","2039-05-12","2039-05-13","Lyon","France"),
  E("company visits","2039-05-12",None,"Oyonnax","France"),
  E("B2B meetings","2039-05-13",None,"Lyon","France"),
  E("General Assembly of CMPC","2039-06-02",None,"Leiria","Portugal"),
  E("Moulds Week","2039-10",None,"Marinha Grande","Portugal"),
  E("Moulds Week","2037",None,"Marinha Grande","Portugal"),
  E("Moulds Week","2038",None,"Oliveira de Azeméis","Portugal")],
 ["2039-05","2039-05-05","2039-04-27","2039-05-12/2039-05-13","2039-05-06","2039-06-02","2039/2042","2039-10","2037","2038",
  "2039-04-01","2032/2039","2039-01"],
 ["Diversification takes at least five years and must start before the automotive orders fall",
  "Medical customers buy quality systems and documentation as much as moulds",
  "Small mould-makers should enter new markets in consortia led by a larger member",
  "The cluster will ask the regional authorities for a dedicated voucher for certification"],
 pub="2039-05-05")
