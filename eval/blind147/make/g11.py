from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_borderclusters_policy_brief.pdf'
assert wd(2039,3,15)=='Tuesday' and wd(2038,4,20)=='Tuesday' and wd(2038,4,21)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'BORDERCLUSTERS · Interreg Europe · Policy Brief No. 3 · March 2039')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='BORDERCLUSTERS Policy Brief 3', author='Region Syddanmark')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Clusters across borders: how regions can help SMEs use their neighbours"),
("b","Policy Brief No. 3 of the Interreg Europe project BORDERCLUSTERS · Published 1 March 2039 · Lead partner: Region Syddanmark, Vejle"),
("h2","Why this brief"),
("b","Many of Europe's cluster organisations sit less than an hour's drive from a national border, yet most of their members still trade, recruit and innovate almost only at home. Between 2036 and 2039 six partners of the BORDERCLUSTERS project compared how regional policy instruments support cluster cooperation across borders. This brief summarises what we found and what we recommend to managing authorities and regional development agencies preparing their next programmes."),
("b","The partners analysed eleven policy instruments, interviewed 140 cluster managers and SME owners and organised three interregional study visits: to Husum (North Frisia) in October 2037, to Krosno (Podkarpackie) on 20–21 April 2038 and to Deva (Hunedoara County) in September 2038. In each visit, the host presented its good practices and local companies met the visiting delegations."),
("h2","Key findings"),
("b","• Only 9% of cluster members surveyed had a business partner in the neighbouring country, although 61% said they would like one."),
("b","• Funding rules are the main obstacle: most regional voucher schemes cannot pay for services bought from a provider on the other side of the border."),
("b","• Cluster organisations that employ at least one staff member who speaks the neighbour's language run three times more cross-border activities."),
("b","• Good practices exist: the Danish-German SME exchange programme of Haderslev Erhvervsråd and WFG Nordfriesland mbH, and the Polish-Slovak supplier days organised in Krosno."),
("h2","Final conference"),
("b","The findings and recommendations will be discussed at the BORDERCLUSTERS final conference on Tuesday 15 March 2039 in Haderslev. The conference will be opened by Lene Aagaard Schmidt, Head of Regional Development at Region Syddanmark, and closed by Wolfgang Pieper-Hansen, Managing Director of WFG Nordfriesland mbH. Registration is open until 8 March 2039."),
]
p2 = [
("h2","Recommendations"),
("b","To managing authorities and regional governments:"),
("b","1. Open regional innovation vouchers to service providers from neighbouring regions, including those across a national border"),
("b","2. Fund at least one cross-border cluster manager post per border region for five years or more"),
("b","3. Use Interreg and regional programmes together: Interreg for the partnership, the regional programme for the investments of companies"),
("b","4. Include cross-border cooperation as a criterion in the next round of national cluster excellence programmes"),
("b","To cluster organisations:"),
("b","5. Offer language and intercultural training to cluster staff and members"),
("b","6. Organise joint events with the cluster on the other side of the border at least twice a year"),
("h2","The partnership"),
("b","Region Syddanmark (DK), lead partner · Haderslev Erhvervsråd (DK) · WFG Nordfriesland mbH, Husum (DE) · Krośnieńska Agencja Rozwoju Regionalnego S.A. (KARR), Krosno (PL) · Consiliul Județean Hunedoara (RO) · Tønder Kommune (DK)"),
("h2","What happens next"),
("b","Each partner has drawn up an action plan for its region. In Southern Denmark, Region Syddanmark will open its voucher scheme to German providers from 1 January 2040. KARR has proposed a cross-border cluster manager post to the Podkarpackie regional programme, and Consiliul Județean Hunedoara will host a follow-up workshop in Deva in the autumn of 2039."),
("h2","Contacts"),
("b","Project coordinator: Mikkel Thorsager, Region Syddanmark, Damhaven 12, 7100 Vejle · Communication: Jolanta Wójcik-Mazur, KARR · Policy expert: Dr Ana-Maria Pârvulescu, Consiliul Județean Hunedoara"),
("s","This brief reflects the authors' views only. The Interreg Europe programme authorities are not liable for any use of the information it contains. Co-funded by the European Union."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
R="Region Syddanmark"; WFG="WFG Nordfriesland mbH"
gold(F,
 [P("Lene Aagaard Schmidt","Head of Regional Development",R),
  P("Wolfgang Pieper-Hansen","Managing Director",WFG),
  P("Mikkel Thorsager","Project coordinator",R),
  P("Jolanta Wójcik-Mazur","Communication","KARR"),
  P("Ana-Maria Pârvulescu","Policy expert","Consiliul Județean Hunedoara")],
 [O(R), O("Haderslev Erhvervsråd"), O(WFG), O("Krośnieńska Agencja Rozwoju Regionalnego S.A.","KARR"),
  O("Consiliul Județean Hunedoara"), O("Tønder Kommune"), O("European Union")],
 [E("interregional study visit","2037-10",None,"Husum","Germany"),
  E("interregional study visit","2038-04-20","2038-04-21","Krosno","Poland"),
  E("interregional study visit","2038-09",None,"Deva","Romania"),
  E("BORDERCLUSTERS final conference","2039-03-15",None,"Haderslev","Denmark"),
  E("follow-up workshop","2039",None,"Deva","Romania")],
 ["2039-03","2039-03-01","2036/2039","2037-10","2038-04-20/2038-04-21","2038-09","2039-03-15","2039-03-08","2040-01-01","2039"],
 ["Only 9% of cluster members surveyed had a business partner in the neighbouring country, although 61% said they would like one",
  "Funding rules are the main obstacle: most regional voucher schemes cannot pay for services bought from a provider on the other side of the border",
  "Cluster organisations that employ at least one staff member who speaks the neighbour's language run three times more cross-border activities",
  "Good practices exist: the Danish-German SME exchange programme of Haderslev Erhvervsråd and WFG Nordfriesland mbH, and the Polish-Slovak supplier days organised in Krosno",
  "Open regional innovation vouchers to service providers from neighbouring regions, including those across a national border",
  "Fund at least one cross-border cluster manager post per border region for five years or more",
  "Use Interreg and regional programmes together: Interreg for the partnership, the regional programme for the investments of companies",
  "Include cross-border cooperation as a criterion in the next round of national cluster excellence programmes",
  "Offer language and intercultural training to cluster staff and members",
  "Organise joint events with the cluster on the other side of the border at least twice a year"],
 pub="2039-03-01")
