from mk import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
doc = 'VCGC_Annual_Report_2031.pdf'
W,H = A4
ss = getSampleStyleSheet()
body = ParagraphStyle('b', parent=ss['Normal'], fontName='Helvetica', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=18)
h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11, spaceBefore=6)
def deco(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(18*mm, H-12*mm, 'Vouga Ceramics & Glass Cluster  |  Annual Report 2031')
    c.line(18*mm, H-13.5*mm, W-18*mm, H-13.5*mm)
    c.drawRightString(W-18*mm, 10*mm, 'Page %d' % d.page)
    c.restoreState()
m=18*mm; gap=6*mm; cw=(W-2*m-gap)/2
top=Frame(m, H-60*mm, W-2*m, 42*mm, id='top')
c1=Frame(m, 16*mm, cw, H-78*mm, id='c1'); c2=Frame(m+cw+gap, 16*mm, cw, H-78*mm, id='c2')
p2a=Frame(m, 16*mm, cw, H-34*mm, id='p2a'); p2b=Frame(m+cw+gap, 16*mm, cw, H-34*mm, id='p2b')
D = BaseDocTemplate('../docs/'+doc, pagesize=A4, title='VCGC Annual Report 2031', author='VCGC')
D.addPageTemplates([PageTemplate('first',[top,c1,c2],onPage=deco), PageTemplate('later',[p2a,p2b],onPage=deco)])
S=[]
S.append(Paragraph('Annual Report 2031', h1))
S.append(Paragraph('Vouga Ceramics &amp; Glass Cluster (VCGC) – Associação para a Competitividade da Cerâmica e do Vidro do Vouga. Approved by the General Assembly on 26 March 2032, Aveiro.', body))
S.append(FrameBreak())
S.append(Paragraph('Foreword by the President', h2))
for x in [
 'Dear members, 2031 was the year in which our cluster stopped talking about decarbonisation and started measuring it. Eleven member factories installed energy meters on their kilns under the shared monitoring scheme, and four of them ran the first hydrogen-blend firing trials in the region together with the University of Aveiro.',
 'The year was not easy. Gas prices rose again in the first quarter, two tableware producers cut shifts in the summer, and export orders to the United Kingdom fell. Yet membership grew, and our companies continued to hire apprentices through the Ílhavo training centre.',
 'I want to thank our former vice-president, Rui Medeiros Tavares, who left the Board in June after nine years, and to welcome Helena Cordeiro Pinto of Porcelanas Lusoria, S.A., who takes over his seat. I also thank the team led by our executive director, Inês Valadares, for a demanding year.',
 'In 2032 we will host the European ceramic clusters meeting in Aveiro on 15–16 October and launch the glass recycling pilot with the municipalities of the region.',
 'Joaquim Brandão Sequeira<br/>President of the Board of Directors<br/>CEO, Grés do Vouga, Lda.']:
    S.append(Paragraph(x, body)); S.append(Spacer(1,4))
S.append(Paragraph('The year in figures', h2))
tbl=Table([['', '2030','2031'],['Members (total)','96','108'],['  companies','81','91'],['  R&D and training bodies','9','10'],['  other','6','7'],['Employees in member firms','11,900','12,350'],['Events organised','17','22'],['Participants','1,430','1,860']], colWidths=[cw*0.55,cw*0.2,cw*0.2])
tbl.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Helvetica',8),('LINEBELOW',(0,0),(-1,0),0.5,colors.black),('ALIGN',(1,0),(-1,-1),'RIGHT')]))
S.append(tbl)
S.append(Spacer(1,6))
S.append(Paragraph('Twelve new members joined in 2031, among them Vitrovouga Embalagens, S.A., the design studio Barro Novo and the Instituto Politécnico de Leiria. One member left after its insolvency.', body))
S.append(NextPageTemplate('later')); S.append(FrameBreak())
S.append(Paragraph('Governance and team', h2))
S.append(Paragraph('Board of Directors (2030–2033): Joaquim Brandão Sequeira (President, Grés do Vouga, Lda.); Helena Cordeiro Pinto (Vice-President, Porcelanas Lusoria, S.A.); Artur Nogueira (Treasurer, Azulejaria Moura &amp; Filhos, Lda.); Sofia Lemos (Member, University of Aveiro); Duarte Magalhães (Member, Vitrovouga Embalagens, S.A.).', body))
S.append(Spacer(1,4))
S.append(Paragraph('Executive team: Inês Valadares, executive director; Tiago Rebelo, project manager for energy and decarbonisation; Carla Fontes, training and skills officer; Miguel Ângelo Serra, communication (since September 2031).', body))
S.append(Paragraph('Highlights of 2031', h2))
for x in ['<b>February.</b> Joint stand of six members at Ambiente in Frankfurt.',
 '<b>12 May.</b> Study visit of 18 members to Castellón, hosted by the Spanish tile cluster CerámicaNova Castellón.',
 '<b>September.</b> Kiln Energy Day at the Ílhavo training centre with 140 participants.',
 '<b>23 November.</b> Annual conference "Firing without fossil gas" in Aveiro, opened by the Secretary of State for the Economy.']:
    S.append(Paragraph(x, body)); S.append(Spacer(1,3))
S.append(Paragraph('Finances', h2))
S.append(Paragraph('Income reached EUR 1.21 million (2030: EUR 1.04 million), of which 38% membership fees, 44% project funding (COMPETE 2030, Horizon Europe) and 18% services. The accounts were audited by Fonseca &amp; Rocha, SROC, Lda.', body))
S.append(FrameBreak())
S.append(Paragraph('Outlook 2032', h2))
S.append(Paragraph('The Board has set three priorities for 2032: certify the energy data of twenty factories, prepare the cluster for the ECEI Gold label assessment in the second half of the year, and open a small office in Leiria to serve the glass producers of the Marinha Grande area.', body))
S.append(Spacer(1,6))
S.append(Paragraph('VCGC, Rua dos Oleiros 120, 3800-000 Aveiro, Portugal. info@vcgc.example', body))
D.build(S)
people=[P('Rui Medeiros Tavares','vice-president','VCGC'),
 P('Helena Cordeiro Pinto','Vice-President','VCGC'),
 P('Inês Valadares','executive director','VCGC'),
 P('Joaquim Brandão Sequeira','President of the Board of Directors','VCGC'),
 P('Artur Nogueira','Treasurer','VCGC'),
 P('Sofia Lemos','Member','VCGC'),
 P('Duarte Magalhães','Member','VCGC'),
 P('Tiago Rebelo','project manager for energy and decarbonisation','VCGC'),
 P('Carla Fontes','training and skills officer','VCGC'),
 P('Miguel Ângelo Serra','communication','VCGC')]
orgs=[O('Vouga Ceramics & Glass Cluster','VCGC'),O('University of Aveiro'),O('Porcelanas Lusoria, S.A.'),O('Grés do Vouga, Lda.'),
 O('Vitrovouga Embalagens, S.A.'),O('Barro Novo'),O('Instituto Politécnico de Leiria'),O('Azulejaria Moura & Filhos, Lda.'),
 O('CerámicaNova Castellón'),O('Fonseca & Rocha, SROC, Lda.')]
events=[E('General Assembly','2032-03-26',None,'Aveiro','Portugal'),
 E('European ceramic clusters meeting','2032-10-15','2032-10-16','Aveiro','Portugal'),
 E('Kiln Energy Day','2031-09',None,'Ílhavo','Portugal'),
 E('Study visit to Castellón','2031-05-12',None,'Castellón','Spain'),
 E('Ambiente','2031-02',None,'Frankfurt','Germany'),
 E('Firing without fossil gas','2031-11-23',None,'Aveiro','Portugal')]
dates=['2032-03-26','2031','2031-06','2032','2032-10-15/2032-10-16','2030','2030/2033','2031-09','2031-02','2031-05-12','2031-11-23']
gold(doc,None,people,orgs,events,dates,[])
