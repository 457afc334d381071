from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F='limburg-logistics-cluster-newsletter-2032-03.pdf'
N=ParagraphStyle('n',fontName='DV',fontSize=9.5,leading=12.5,spaceAfter=5)
H=ParagraphStyle('h',fontName='DVB',fontSize=12,leading=15,spaceBefore=6,spaceAfter=4)
MAST=ParagraphStyle('m',fontName='DVB',fontSize=22,leading=26,textColor=colors.HexColor('#0b4f6c'))
W,Hh=A4
def hdr(c,d):
    c.saveState(); c.setFont('DV',7.5); c.drawString(40,20,'LogiLimburg Update · Issue 11 · March 2032'); c.drawRightString(W-40,20,f'page {d.page}'); c.restoreState()
doc=BaseDocTemplate('../docs/'+F,pagesize=A4,leftMargin=40,rightMargin=40,topMargin=40,bottomMargin=40)
one=Frame(40,40,W-80,Hh-80,id='one'); cw=(W-80-18)/2
two=[Frame(40,40,cw,Hh-80,id='c1'),Frame(40+cw+18,40,cw,Hh-80,id='c2')]
doc.addPageTemplates([PageTemplate('one',[one],onPage=hdr),PageTemplate('two',two,onPage=hdr)])
s=[]
s.append(Paragraph('LogiLimburg Update',MAST))
s.append(Paragraph('Newsletter of the Limburg Logistics Cluster · Issue 11 · March 2032 · Hasselt, Belgium',N))
s.append(Spacer(1,8))
s.append(Paragraph('Editorial: a corridor is more than a motorway',H))
ed=['Dear members, the past winter has shown once again how much our region depends on the Albert Canal and on the rail link to the port of Antwerp. When the locks at Genk were closed for three weeks in January, several of you rerouted containers by truck at great cost. It was a reminder that resilience is not a slogan.',
'This issue looks back at our annual members day, reports on the new cross-border project with our partners in Dutch Limburg, and announces the events of the coming months. I would like to thank the 38 companies that answered our survey on warehouse automation: the results will be presented in May.',
'Finally, a word of welcome to the eleven new members who joined since October. The cluster now counts 164 members, from family-owned transport companies to global shippers. — <b>Griet Vanhoudt</b>, Managing Director, Limburg Logistics Cluster']
for p in ed: s.append(Paragraph(p,N))
s.append(Paragraph('News in brief',H))
news=[f'<b>Members day.</b> On {wd(2032,2,12)} 12 February 2032 more than 140 people gathered at the C-Mine in Genk for the annual members day. Keynote speaker Pieter-Jan de Smedt of the Port of Antwerp-Bruges spoke about hinterland terminals.',
'<b>New board member.</b> Dr. Samira El Idrissi, logistics director of Ter Beke Foods, was elected to the board of the cluster and will chair the working group on cold chains.',
'<b>Cross-border project.</b> The Interreg project “Maas-Rhein Cargo Link” started on 1 January 2032. It is led by Voka – Kamer van Koophandel Limburg with the Brightlands Smart Services Campus in Heerlen and the Chamber of Commerce Aachen (IHK Aachen).',
'<b>Award.</b> Transport Janssens-Wouters NV received the Flemish Logistics Award 2032 for its electric truck fleet.']
for p in news: s.append(Paragraph(p,N))
ev=[['Coming events',''],
 [f'{wd(2032,4,2)} 2 April 2032','Webinar: customs after the new EU tariff code (online, 10:00–11:30)'],
 [f'{wd(2032,4,23)} 23 April 2032','Site visit to the trimodal terminal in Beringen'],
 [f'{wd(2032,5,19)} 19 May 2032','Warehouse Automation Day, Corda Campus, Hasselt'],
 ['8–10 June 2032','Transport Logistic fair, Munich (joint Flemish stand)'],
 [f'{wd(2032,9,16)} 16 September 2032','Cluster night and summer barbecue, Bokrijk']]
t=Table(ev,colWidths=[120,W-80-130])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'DV',8.5),('FONT',(0,0),(-1,0),'DVB',10),('BOX',(0,0),(-1,-1),0.8,colors.HexColor('#0b4f6c')),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#dceef5')),('VALIGN',(0,0),(-1,-1),'TOP')]))
s.append(Spacer(1,6)); s.append(t)
s.append(NextPageTemplate('two')); s.append(FrameBreak()) if False else None
from reportlab.platypus import PageBreak
s.append(PageBreak())
p2=[('Looking back: what the members day taught us',[
'The members day started with a panel on labour shortages. Bart Claes (ABVV Limburg), Katrien Moons (VDAB Limburg) and Wim Heusschen, CEO of H.Essers, agreed that the region needs more drivers and warehouse staff from other parts of Europe, and that language courses must start before people arrive.',
'In the afternoon, three workshops dealt with automation, energy and customs. The automation workshop, led by Prof. Liesbeth Verhaegen of Hasselt University, showed that small warehouses gain most from simple scanning and picking tools rather than robots.',
'The energy workshop looked at solar roofs on warehouses. According to Fluvius, the grid operator, connection requests in Limburg doubled between 2029 and 2031.']),
('Project news: Maas-Rhein Cargo Link',[
'The project runs from 2032 to 2035 and has a budget of 2.4 million euros. Its aim is to bundle freight between Genk, Venlo and Aachen on barges and trains. The kick-off meeting was held in Maastricht on 27 January 2032 under the chairmanship of Annemarie Hoogstraten-Kerckhoffs of the Province of Limburg (NL).',
'Members who want to take part in the pilot shipments can contact the project manager, Youssef Aït-Benali, at the cluster office.']),
('Member in the spotlight',[
'Every issue we visit one member. This time we went to Bilzen, where the family company Vervoer Ramaekers BV has run a fleet of 60 trucks since 1974. Third-generation owner Lotte Ramaekers told us how the company switched half of its fleet to biogas in two years, and why she joined the cluster in 2028: “Alone we would never have had the contacts with the shippers.”',
'The switch was not easy. The company had to build its own filling station because the nearest public one was in Maasmechelen, and drivers needed training to handle the new engines. Today the biogas trucks run mainly for two food companies that asked for low-emission transport in their tenders. Lotte Ramaekers now wants to test electric trucks on short routes between Bilzen and the Genk container terminal, and she is looking for other members to share chargers.']),
('From the cluster office',[
'The cluster office has moved to the Corda Campus, Kempische Steenweg 303, Hasselt. Our new communication officer is Jonas Vandereyken, who replaces Eline Bosmans on maternity leave.',
'The next issue of LogiLimburg Update appears in June 2032. Send your news to newsletter@logilimburg.be before 20 May 2032.',
'Limburg Logistics Cluster vzw is supported by the Flemish Agency for Innovation and Entrepreneurship (VLAIO) and by POM Limburg. You receive this newsletter as a member or partner. Unsubscribe at any time by replying to this message.'])]
for h_,ps in p2:
    s.append(Paragraph(h_,H))
    for p in ps: s.append(Paragraph(p,N))
doc.build(s)
C='Limburg Logistics Cluster vzw'
gold(F,[P('Griet Vanhoudt','Managing Director',C),P('Pieter-Jan de Smedt',None,'Port of Antwerp-Bruges'),P('Samira El Idrissi','logistics director','Ter Beke Foods'),
P('Bart Claes',None,'ABVV Limburg'),P('Katrien Moons',None,'VDAB Limburg'),P('Wim Heusschen','CEO','H.Essers'),P('Liesbeth Verhaegen',None,'Hasselt University'),
P('Annemarie Hoogstraten-Kerckhoffs',None,'Province of Limburg (NL)'),P('Youssef Aït-Benali','project manager',None),P('Lotte Ramaekers','owner','Vervoer Ramaekers BV'),
P('Jonas Vandereyken','communication officer',None),P('Eline Bosmans',None,None)],
[O(C),O('Port of Antwerp-Bruges'),O('Ter Beke Foods'),O('Voka – Kamer van Koophandel Limburg'),O('Brightlands Smart Services Campus'),
O('Chamber of Commerce Aachen','IHK Aachen'),O('Transport Janssens-Wouters NV'),O('ABVV Limburg'),O('VDAB Limburg'),O('H.Essers'),O('Hasselt University'),O('Fluvius'),
O('Province of Limburg (NL)'),O('Vervoer Ramaekers BV'),O('Flemish Agency for Innovation and Entrepreneurship','VLAIO'),O('POM Limburg')],
[E('annual members day','2032-02-12','2032-02-12','Genk','Belgium'),E('Webinar: customs after the new EU tariff code','2032-04-02','2032-04-02',None,None),
E('Site visit to the trimodal terminal in Beringen','2032-04-23','2032-04-23','Beringen','Belgium'),E('Warehouse Automation Day','2032-05-19','2032-05-19','Hasselt','Belgium'),
E('Transport Logistic fair','2032-06-08','2032-06-10','Munich','Germany'),E('Cluster night and summer barbecue','2032-09-16','2032-09-16','Bokrijk','Belgium'),
E('kick-off meeting','2032-01-27','2032-01-27','Maastricht','Netherlands')],
['2032-03','2032-02-12','2032-01-01','2032-04-02','2032-04-23','2032-05-19','2032-06-08/2032-06-10','2032-09-16','2029','2031','2032/2035','2032-01-27','1974','2028','2032-06','2032-05-20'],[])
