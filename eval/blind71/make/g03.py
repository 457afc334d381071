from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
doc='03_chemelot_cluster_day_agenda.pdf'
N=ParagraphStyle('n',fontName='DV',fontSize=9.5,leading=12.5); H=ParagraphStyle('h',fontName='DVB',fontSize=15,leading=19,spaceAfter=6)
H2=ParagraphStyle('h2',fontName='DVB',fontSize=11,leading=14,spaceBefore=6,spaceAfter=3); S=ParagraphStyle('s',fontName='DV',fontSize=8.5,leading=11)
W,Hh=A4
def footer(c,d):
    c.setFont('DV',7.5); c.drawString(40,25,'Euregional Chemistry Cluster Day 2035 – Agenda'); c.drawRightString(W-40,25,f'page {d.page}')
bd=BaseDocTemplate(os.path.join(DOCS,doc),pagesize=A4)
one=Frame(40,40,W-80,Hh-80,id='one'); c1=Frame(40,40,(W-90)/2,Hh-80,id='c1'); c2=Frame(50+(W-90)/2,40,(W-90)/2,Hh-80,id='c2')
bd.addPageTemplates([PageTemplate('one',[one],onPage=footer),PageTemplate('two',[c1,c2],onPage=footer)])
st=[]
st.append(Paragraph('Euregional Chemistry Cluster Day 2035',H))
st.append(Paragraph('“From feedstock to circular molecules” – Thursday 14 June 2035, Brightlands Chemelot Campus, Geleen (Limburg, the Netherlands)',N))
st.append(Spacer(1,6))
st.append(Paragraph('Organised by the Chemelot Cluster Foundation together with essenscia Limburg and the Chemiepark Knapsack business association, with the support of the Province of Limburg and the Euregio Meuse-Rhine. Working language: English. Participation is free of charge; registration closes on Friday 1 June 2035.',N))
st.append(Spacer(1,4))
st.append(Paragraph('Three chemical parks lie within eighty kilometres of each other across the Dutch, Belgian and German borders. They share customers, feedstock suppliers and, increasingly, the same problems: the cost of electricity, the need for hydrogen and carbon dioxide pipelines, and a workforce that is retiring faster than it can be replaced. The Cluster Day brings the operators, companies, regions and universities of the three parks together for one day of discussion and a visit to the newest installations in Geleen. The afternoon sessions are designed as working sessions; each will produce a short list of proposals that will be sent to the three regional governments in the autumn.',N))
st.append(Spacer(1,8))
rows=[['Time','Session','Speaker(s)'],
['08:30','Registration and coffee',''],
['09:15','Welcome','Dr. Ir. Maarten Schoenmakers, Managing Director, Chemelot Cluster Foundation'],
['09:30','Opening address','Gedeputeerde Marleen Ramaekers, Province of Limburg'],
['09:50','Keynote: Europe’s chemical industry after the transition agenda','Prof. Dr.-Ing. Clemens von Ahlen, RWTH Aachen University'],
['10:30','Coffee break and exhibition',''],
['11:00','Panel: Cross-border pipelines and shared utilities','Moderator: Els Vandersmissen (essenscia Limburg); panellists: Jörg Kessler (Chemiepark Knapsack), Ana Ribeiro-Lindqvist (Port of Antwerp-Bruges), Thijs de Groot (Sitech Services B.V.)'],
['12:30','Lunch',''],
['13:30','Parallel session A: Recycling of plastics at scale','Dr. Hanna Willems (Maastricht University); Kenji Watanabe (Mitsubishi Chemical Europe GmbH)'],
['13:30','Parallel session B: Skills for the plant of 2040','Pieter Claes (VDAB); Sandra Offermanns (IHK Aachen)'],
['15:00','Site visit: the Chemelot circular hub (buses from the main entrance; safety shoes provided)',''],
['16:45','Closing and conclusions','Dr. Ir. Maarten Schoenmakers'],
['17:00','Networking drinks at the Brightlands Hub','']]
ps=[[Paragraph(x,S) for x in r] for r in rows]
T=Table(ps,colWidths=[45,230,240]); T.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.4,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.lightgrey),('VALIGN',(0,0),(-1,-1),'TOP')]))
st.append(T)
st.append(Spacer(1,8))
st.append(Paragraph('The site visit is limited to 60 participants and requires a valid identity document. Please indicate your choice of parallel session when registering. The Cluster Day is the sixth edition of the event; the fifth edition took place in Leverkusen on 16 June 2034.',N))
st.append(NextPageTemplate('two')); st.append(PageBreak())
bios=[('Maarten Schoenmakers','Dr. Ir. Maarten Schoenmakers has led the Chemelot Cluster Foundation since 2031. A chemical engineer trained in Delft, he previously spent fifteen years in process development and site management at large polymer producers in Geleen and Tarragona.'),
('Marleen Ramaekers','Marleen Ramaekers is member of the provincial executive of Limburg (gedeputeerde) responsible for economy, energy and cross-border cooperation. She chairs the provincial working group on the chemical transition.'),
('Clemens von Ahlen','Prof. Dr.-Ing. Clemens von Ahlen holds the chair of process systems engineering at RWTH Aachen University. His group works on electrified reactors and on the integration of hydrogen into existing sites.'),
('Els Vandersmissen','Els Vandersmissen is regional director of essenscia Limburg, the federation of chemistry and life sciences companies in the Belgian province. She moderates the panel on pipelines and utilities.'),
('Jörg Kessler','Jörg Kessler is head of site development at the Chemiepark Knapsack business association in Hürth, near Cologne.'),
('Ana Ribeiro-Lindqvist','Ana Ribeiro-Lindqvist is senior advisor for industrial clusters at the Port of Antwerp-Bruges, where she coordinates the pipeline corridor studies towards the Rhine-Ruhr area.'),
('Thijs de Groot','Thijs de Groot is chief operating officer of Sitech Services B.V., the site services company of Chemelot.'),
('Hanna Willems','Dr. Hanna Willems is associate professor at the Aachen-Maastricht Institute for Biobased Materials of Maastricht University.'),
('Kenji Watanabe','Kenji Watanabe is director of recycling technologies at Mitsubishi Chemical Europe GmbH in Düsseldorf.'),
('Pieter Claes','Pieter Claes is sector consultant for the process industry at VDAB, the public employment service of Flanders.'),
('Sandra Offermanns','Sandra Offermanns heads the vocational training department of IHK Aachen.')]
st.append(Paragraph('Speakers',H))
for n,b in bios:
    st.append(Paragraph(n,H2)); st.append(Paragraph(b,N))
st.append(Spacer(1,8))
st.append(Paragraph('Contact: Lotte Hendrikx, event coordinator, Chemelot Cluster Foundation, clusterday@chemelot-cluster.example, +31 46 000 0000.',N))
bd.build(st)
CF='Chemelot Cluster Foundation'
gold(doc,[P('Maarten Schoenmakers','Managing Director',CF),P('Marleen Ramaekers','gedeputeerde','Province of Limburg'),
 P('Clemens von Ahlen','chair of process systems engineering','RWTH Aachen University'),P('Els Vandersmissen','regional director','essenscia Limburg'),
 P('Jörg Kessler','head of site development','Chemiepark Knapsack'),P('Ana Ribeiro-Lindqvist','senior advisor for industrial clusters','Port of Antwerp-Bruges'),
 P('Thijs de Groot','chief operating officer','Sitech Services B.V.'),P('Hanna Willems','associate professor','Maastricht University'),
 P('Kenji Watanabe','director of recycling technologies','Mitsubishi Chemical Europe GmbH'),P('Pieter Claes','sector consultant for the process industry','VDAB'),
 P('Sandra Offermanns',None,'IHK Aachen'),P('Lotte Hendrikx','event coordinator',CF)],
 [O(CF),O('essenscia Limburg'),O('Chemiepark Knapsack business association'),O('Province of Limburg'),O('Euregio Meuse-Rhine'),O('RWTH Aachen University'),
  O('Port of Antwerp-Bruges'),O('Sitech Services B.V.'),O('Maastricht University'),O('Mitsubishi Chemical Europe GmbH'),O('VDAB'),O('IHK Aachen'),
  O('Aachen-Maastricht Institute for Biobased Materials')],
 [E('Euregional Chemistry Cluster Day 2035','2035-06-14',None,'Geleen','Netherlands'),
  E('Site visit: the Chemelot circular hub','2035-06-14',None,'Geleen','Netherlands'),
  E('Networking drinks','2035-06-14',None,'Geleen','Netherlands'),
  E('fifth edition','2034-06-16',None,'Leverkusen','Germany')],
 ['2035-06-14','2035-06-01','2034-06-16','2031'])
