from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
F = 'g09_puglia_aerospace_policy_brief.pdf'
assert wd(2040,10,9)=='Tuesday' and wd(2040,11,22)=='Thursday' and wd(2040,10,18)=='Thursday'
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
sm = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10, spaceAfter=4)
def hdr(c, d):
    c.saveState(); c.setFont('DV',7.5)
    c.drawString(40, 810, "Apulian Aerospace District · Policy Brief No. 7 · October 2040")
    c.drawRightString(555, 30, "Page %d of 2" % d.page); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50,
                      title="Policy Brief No. 7", author="Apulian Aerospace District")
W, H = A4
one = Frame(40, 50, W-80, H-100, id='one')
c1 = Frame(40, 50, (W-80)/2-8, H-100, id='c1'); c2 = Frame(40+(W-80)/2+8, 50, (W-80)/2-8, H-100, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
S = []
A = S.append
A(Paragraph("POLICY BRIEF No. 7 – October 2040", sm))
A(Paragraph("Keeping small aerospace suppliers in the space race: what Apulia needs from Rome and Brussels", h1))
A(Paragraph("Apulian Aerospace District (DTA) · Bari, 12 October 2040 · Authors: Giulia Santoro-De Benedictis, policy officer, and Prof. Nicola Lamacchia, Polytechnic University of Bari", sm))
A(Paragraph("Summary", h2))
A(Paragraph("Apulia hosts one of Italy's largest concentrations of aerospace companies, from engine component makers in Brindisi to satellite start-ups in Bari and the spaceport test site at Grottaglie. Of the district's 112 member companies, 84 have fewer than 50 employees. This brief draws on a workshop held with members on Tuesday 9 October 2040 in Bari and on interviews with 27 companies. It sets out what small suppliers need to stay in European space and defence supply chains.", st))
A(Paragraph("The problem in brief", h2))
A(Paragraph("Prime contractors are cutting the number of direct suppliers and asking the remaining ones for certification, cyber-security audits and digital twins of their parts. A firm of 20 people cannot carry these costs alone. At the same time, export control rules and security clearances take months, and European calls for space technology are written for consortia that small firms rarely lead.", st))
A(Paragraph("Recommendations", h2))
recs = [
 "To the Ministry of Enterprises and Made in Italy: create a voucher that covers 70 % of the cost of aerospace quality certification for companies with fewer than 50 employees",
 "To the Italian Space Agency (ASI): reserve at least 15 % of the value of national space procurement for SMEs, directly or through subcontracting",
 "To the Apulia Region: finance a shared cyber-security and testing laboratory at the Grottaglie test site, open to all district members",
 "To the European Commission, DG DEFIS: simplify the application forms of the European space and defence calls and allow clusters to submit on behalf of groups of SMEs",
 "To the European Space Agency (ESA): extend its business incubation centre in Apulia to companies older than five years that are entering the space market",
]
for r in recs: A(Paragraph("• " + r, st))
A(Paragraph("These recommendations will be presented at the Italian Aerospace Clusters Meeting in Rome on Thursday 22 November 2040.", st))
A(NextPageTemplate('two')); A(PageBreak())
A(Paragraph("Background: the Apulian aerospace ecosystem", h2))
A(Paragraph("The district was founded in 2009 and brings together companies, the Polytechnic University of Bari, the University of Salento, the research centre CETMA and the regional agency ARTI. Large companies in the region include Avio Aero in Brindisi, Leonardo in Grottaglie and Foggia, and Sitael in Mola di Bari.", st))
A(Paragraph("Exports of the regional aerospace sector reached 1.2 billion euro in 2039, a record. Yet the number of small suppliers fell from 97 in 2035 to 84 in 2040, mainly through acquisitions by foreign groups.", st))
A(Paragraph("What members told us", h2))
A(Paragraph("At the workshop on 9 October, Antonella Quaranta, managing director of Meccanica Salentina S.r.l., said that her company had spent more on certification in two years than on new machines in five. Vito Lopopolo, founder of the start-up OrbitaLab in Bari, described waiting eleven months for a security clearance.", st))
A(Paragraph("Giuseppe Acquaviva, president of the district, opened the workshop; Daniela Ferrante of Confindustria Puglia and Marco Longobardi of the Chamber of Commerce of Bari took part in the panel.", st))
A(Paragraph("Method", h2))
A(Paragraph("Interviews were held between June and September 2040 by the district's staff. The workshop gathered 64 participants. Draft recommendations were discussed by the district board on 18 October 2040.", st))
A(Paragraph("Good practice from other regions", h2))
A(Paragraph("The brief draws on the certification vouchers of the Occitanie region in France, managed by the Aerospace Valley cluster, and on the shared test centre of the Bavarian cluster bavAIRia in Oberpfaffenhofen.", st))
A(Paragraph("About the district", h2))
A(Paragraph("Apulian Aerospace District (Distretto Tecnologico Aerospaziale)<br/>Via Casamassima 182, 70010 Capurso (Bari)<br/>info@dta.example.it<br/>Contact: Giulia Santoro-De Benedictis, policy officer", st))
A(Paragraph("This brief reflects the views of the district and its members. Reproduction is allowed with acknowledgement of the source.", sm))
doc.build(S)
D="Apulian Aerospace District"
gold(F,
 [P("Giulia Santoro-De Benedictis","policy officer",D),
  P("Nicola Lamacchia",None,"Polytechnic University of Bari"),
  P("Antonella Quaranta","managing director","Meccanica Salentina S.r.l."),
  P("Vito Lopopolo","founder","OrbitaLab"),
  P("Giuseppe Acquaviva","president of the district",D),
  P("Daniela Ferrante",None,"Confindustria Puglia"),
  P("Marco Longobardi",None,"Chamber of Commerce of Bari")],
 [O(D,"DTA"), O("Polytechnic University of Bari"), O("Ministry of Enterprises and Made in Italy"),
  O("Italian Space Agency","ASI"), O("Apulia Region"), O("European Commission"), O("DG DEFIS"),
  O("European Space Agency","ESA"), O("University of Salento"), O("CETMA"), O("ARTI"), O("Avio Aero"), O("Leonardo"),
  O("Sitael"), O("Meccanica Salentina S.r.l."), O("OrbitaLab"), O("Confindustria Puglia"), O("Chamber of Commerce of Bari"),
  O("Aerospace Valley"), O("bavAIRia")],
 [E("workshop","2040-10-09",None,"Bari","Italy"),
  E("Italian Aerospace Clusters Meeting","2040-11-22",None,"Rome","Italy"),
  E("district board meeting","2040-10-18",None,None,None)],
 ["2040-10","2040-10-12","2040-10-09","2040-11-22","2009","2039","2035","2040","2040-06/2040-09","2040-10-18"],
 recs, "2040-10-12")
