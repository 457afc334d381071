from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'pelagonia-agrifood-clusters-policy-report.pdf'
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13, spaceAfter=6)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=17, leading=21, spaceAfter=10)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=12, leading=15, spaceBefore=8, spaceAfter=6)
sm = ParagraphStyle('s', fontName='DV', fontSize=8.5, leading=11, spaceAfter=4)
W, Hh = A4
def foot(c, d):
    c.setFont('DV', 8); c.drawString(40, 25, 'Pelagonia Policy Lab · Policy Report 3/2034'); c.drawRightString(W-40, 25, str(d.page))
doc = BaseDocTemplate(os.path.join(B, 'docs', F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=45, bottomMargin=45)
one = Frame(40, 45, W-80, Hh-90, id='one')
c1 = Frame(40, 45, (W-100)/2, Hh-90, id='c1'); c2 = Frame(60+(W-100)/2, 45, (W-100)/2, Hh-90, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=foot), PageTemplate('two', [c1, c2], onPage=foot)])
REC = ['Give the Pelagonia cluster office a multi-annual core budget of at least three years instead of yearly project grants',
 'Open the regional cold-storage and packing centre in Bitola to all cluster members on equal terms',
 'Create a joint quality label for Pelagonia peppers, cheese and wine and register it as a geographical indication',
 'Link the vocational schools of Bitola and Prilep to the cluster through paid apprenticeships in member companies',
 'Use the cross-border programme with Greece to connect the cluster with producers in Florina and Western Macedonia']
s = []
s.append(Paragraph('Pelagonia Policy Lab · Policy Report 3/2034', sm))
s.append(Paragraph('Growing together: agri-food clusters in the Pelagonia region', h1))
s.append(Paragraph('Authors: Dr. Vesna Risteska-Jovanovska and Stefan Mladenovski<br/>Published: 12 June 2034 · Bitola, North Macedonia', st))
s.append(Paragraph('Summary', h2))
s.append(Paragraph('Pelagonia produces a large share of North Macedonia’s peppers, tobacco, dairy products and wine, but most of it leaves the region unprocessed. Since 2028 three cluster initiatives have tried to change this: the Pelagonia Agri-Food Cluster in Bitola, the Prilep Tobacco and Spice Network and the Tikveš–Pelagonia Wine Route association. This report looks at what they achieved between 2028 and 2033, based on 34 interviews, a survey of 112 companies and two workshops held in Bitola on 14 February 2034 and 21 March 2034.', st))
tb = Table([[Paragraph('<b>Recommendations</b>', st)]] + [[Paragraph(f'{i}. {r}.', st)] for i, r in enumerate(REC, 1)], colWidths=[W-100])
tb.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.darkgreen), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eef6ee')), ('LEFTPADDING', (0,0), (-1,-1), 8)]))
s.append(Spacer(1, 6)); s.append(tb); s.append(Spacer(1, 8))
s.append(Paragraph('The recommendations are addressed to the Ministry of Agriculture, Forestry and Water Economy, the Centre for Development of the Pelagonia Planning Region and the municipalities of Bitola and Prilep. They were discussed with the cluster boards before publication.', st))
s.append(NextPageTemplate('two')); s.append(PageBreak())
s.append(Paragraph('1. Three clusters, three paths', h2))
for t in ['The Pelagonia Agri-Food Cluster was founded in Bitola in May 2028 by nine companies, the University “St. Kliment Ohridski” Bitola and the Bitola Chamber of Crafts. Its first manager, Blagoja Siljanovski, built a membership of 46 by 2031. Since January 2032 the cluster has been managed by Elena Kostovska-Ruiz, who came from the Fund for Innovation and Technology Development.',
 'The Prilep Tobacco and Spice Network started as an informal group of growers in 2029 and registered as an association only in 2032. It is chaired by Dragan Talevski, owner of Prilep Spice DOOEL. Its main result so far is a shared drying facility.',
 'The Tikveš–Pelagonia Wine Route brings together 23 wineries and guest houses. It is the most visible of the three, with a wine festival in Bitola every September, but it has no staff and depends on volunteers.',
 'All three initiatives received support from the Swiss-funded project “Rural Value Chains Pelagonia”, implemented by Helvetas Swiss Intercooperation from 2028 to 2033, and from the national cluster programme of the Ministry of Economy and Labour.']:
    s.append(Paragraph(t, st))
s.append(Paragraph('2. What worked', h2))
for t in ['Companies value the joint trade fair stands and the training in food safety most. Two in three surveyed members said the cluster helped them find at least one new buyer. The cold-storage centre opened in Bitola in October 2033 is used by eleven members, although others say access rules are unclear.',
 'Cooperation with the university led to four product innovations, among them a low-salt white cheese developed with Mlekara Bitola DOO.']:
    s.append(Paragraph(t, st))
s.append(Paragraph('3. What did not', h2))
for t in ['Funding came in yearly grants, and twice the Bitola cluster office had to stop work for several months. Staff turnover was high: three project officers left between 2030 and 2033. Cross-border contacts with Greek producers in Florina, only 30 km away, remained occasional.',
 'Young people are hard to attract to the sector. Vocational schools train food technicians, but few graduates stay in the region. Companies rarely offer paid apprenticeships.',
 'Finally, the three initiatives do little together. Members of all three asked for one regional brand that would carry peppers, cheese and wine to markets abroad.']:
    s.append(Paragraph(t, st))
s.append(Paragraph('4. Method', h2))
s.append(Paragraph('The survey ran from 10 January to 28 February 2034. Interviews were held with cluster managers, board members, companies, municipalities and national bodies. Draft findings were discussed at the two workshops in Bitola.', st))
s.append(NextPageTemplate('one')); s.append(PageBreak())
s.append(Paragraph('Acknowledgements', h2))
s.append(Paragraph('The authors thank all interviewees and survey respondents. The report was reviewed by Prof. Dr. Heinrich Achleitner (BOKU University, Vienna), Dr. Eleni Papadopoulou (Aristotle University of Thessaloniki), Mag. Ivana Šarić (Croatian Agency for SMEs, Innovations and Investments, HAMAG-BICRO) and Zoran Petkovski (Centre for Development of the Pelagonia Planning Region). Their comments improved the text a great deal; any remaining errors are ours.', st))
s.append(Paragraph('We are grateful to Elena Kostovska-Ruiz and Dragan Talevski for opening the doors of their networks, and to Marina Todorovska of Helvetas Swiss Intercooperation for access to project data. Language editing was done by Sarah O’Donnell.', st))
s.append(Paragraph('The Pelagonia Policy Lab is an independent research centre based in Bitola. This report was financed by the Open Society Foundation North Macedonia. The views expressed are those of the authors.', st))
s.append(Paragraph('Suggested citation: Risteska-Jovanovska, V. and Mladenovski, S. (2034). Growing together: agri-food clusters in the Pelagonia region. Pelagonia Policy Lab, Policy Report 3/2034, Bitola.', sm))
s.append(Paragraph('Contact: info@pelagonialab.mk · Širok Sokak 55, 7000 Bitola', sm))
doc.build(s)
C='Pelagonia Agri-Food Cluster'
gold(F,
 [P('Vesna Risteska-Jovanovska','author','Pelagonia Policy Lab'), P('Stefan Mladenovski','author','Pelagonia Policy Lab'),
  P('Blagoja Siljanovski','first manager',C), P('Elena Kostovska-Ruiz',None,C), P('Dragan Talevski','owner','Prilep Spice DOOEL'),
  P('Heinrich Achleitner',None,'BOKU University'), P('Eleni Papadopoulou',None,'Aristotle University of Thessaloniki'),
  P('Ivana Šarić',None,'Croatian Agency for SMEs, Innovations and Investments'), P('Zoran Petkovski',None,'Centre for Development of the Pelagonia Planning Region'),
  P('Marina Todorovska',None,'Helvetas Swiss Intercooperation'), P('Sarah O’Donnell',None,None)],
 [O('Pelagonia Policy Lab'), O(C), O('Prilep Tobacco and Spice Network'), O('Tikveš–Pelagonia Wine Route'),
  O('Ministry of Agriculture, Forestry and Water Economy'), O('Centre for Development of the Pelagonia Planning Region'),
  O('University “St. Kliment Ohridski” Bitola'), O('Bitola Chamber of Crafts'), O('Fund for Innovation and Technology Development'),
  O('Prilep Spice DOOEL'), O('Helvetas Swiss Intercooperation'), O('Ministry of Economy and Labour'), O('Mlekara Bitola DOO'),
  O('BOKU University'), O('Aristotle University of Thessaloniki'), O('Croatian Agency for SMEs, Innovations and Investments','HAMAG-BICRO'),
  O('Open Society Foundation North Macedonia')],
 [E('workshop','2034-02-14','2034-02-14','Bitola','North Macedonia'), E('workshop','2034-03-21','2034-03-21','Bitola','North Macedonia')],
 ['2034-06-12','2028','2028/2033','2034-02-14','2034-03-21','2028-05','2031','2032-01','2029','2032','2033-10','2030/2033','2034-01-10/2034-02-28','2034'],
 km=REC, pub='2034-06-12')
