from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
F = 'g14_bilbao_biemh_matchmaking_flyer.pdf'
for y,m,d,w in [(2040,6,4,'Monday'),(2040,6,8,'Friday'),(2040,6,5,'Tuesday'),(2040,6,6,'Wednesday'),(2040,5,18,'Friday'),(2040,5,28,'Monday'),(2040,3,12,'Monday')]:
    assert wd(y,m,d)==w,(y,m,d)
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5)
s = ParagraphStyle('s', fontName='DV', fontSize=8.5, leading=11)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=6)
page1 = [
("h1","BIEMH Business Meetings 2040"),
("n","International matchmaking for machine tools, advanced manufacturing and industrial digitalisation"),
("n","<b>Bilbao Exhibition Centre (BEC), Barakaldo · Tuesday 5 and Wednesday 6 June 2040</b><br/>held during the 31st BIEMH – Biennial Spanish Machine Tool Exhibition, 4–8 June 2040"),
("h2","Why take part?"),
("n","Every second year the machine tool and manufacturing world meets in Bilbao. The Basque Advanced Manufacturing Cluster (BAMC) – in Basque <i>Fabrikazio Aurreratuko Euskal Klusterra</i> – organises, with Enterprise Europe Network Basque Country and the Basque Business Development Agency (SPRI), two days of pre-arranged 25-minute meetings between exhibitors, visitors and guests from abroad. In 2038 the matchmaking brought together 412 companies from 27 countries and produced 1,356 meetings; 19 per cent of the participants reported a signed agreement within twelve months."),
("h2","How it works"),
("n","1. Register your profile on the matchmaking platform: what you offer, what you are looking for.<br/>2. From 18 May 2040 browse the catalogue and request meetings.<br/>3. Accept or decline the requests you receive. Your agenda is confirmed by e-mail.<br/>4. On the days, come to the Business Meetings Area in Pavilion 3, table numbers on your agenda."),
("h2","Key dates"),
("n","12 March 2040 – registration opens<br/>18 May 2040 – meeting requests open<br/>28 May 2040 – registration closes<br/>5 June 2040, 09:30–18:00 – meetings day 1, 19:30 networking dinner at the Guggenheim Bilbao Museum terrace (by invitation)<br/>6 June 2040, 09:30–14:00 – meetings day 2, 12:00 award ceremony of the Basque Manufacturing Start-up Prize"),
("h2","Fees"),
("n","Participation in the matchmaking is free for exhibitors and registered visitors. Foreign guests without a fair ticket receive a free visitor pass. Members of the cluster can book a desk in the BAMC lounge in Pavilion 3 for their own meetings."),
("h2","Side events"),
("n","Monday 4 June, 16:00 – Welcome session for international delegations, with Ane Goikoetxea Urrutia, Director of Internationalisation at SPRI.<br/>Tuesday 5 June, 11:00 – Company visit to the Tecnalia Research &amp; Innovation machining laboratory in Derio (bus from the BEC, 30 places).<br/>Wednesday 6 June, 15:00 – Round table on machine tools for the defence and aerospace supply chains, moderated by Iker Zubizarreta, cluster president."),
]
cards = [
 "<b>Ane Goikoetxea Urrutia</b><br/>Director of Internationalisation<br/>SPRI – Basque Business Development Agency<br/>Bilbao",
 "<b>Mikel Etxebarria Larrañaga</b><br/>Matchmaking coordinator<br/>Basque Advanced Manufacturing Cluster<br/>matchmaking@bamc.example.eus",
 "<b>Laura Prieto Olabarrieta</b><br/>EEN adviser<br/>Enterprise Europe Network Basque Country<br/>Bilbao",
 "<b>Iker Zubizarreta</b><br/>President<br/>Basque Advanced Manufacturing Cluster<br/>Elgoibar",
 "<b>Sabine Krämer</b><br/>Head of International Affairs<br/>VDW – German Machine Tool Builders' Association<br/>Frankfurt am Main",
 "<b>Tomasz Wierzbicki</b><br/>Cluster manager<br/>Mazovia Machinery Cluster<br/>Radom",
 "<b>Giovanna Ferri</b><br/>Project officer<br/>UCIMU-SISTEMI PER PRODURRE<br/>Cinisello Balsamo",
 "<b>Jon Arrieta Bengoetxea</b><br/>Technology transfer<br/>Tecnalia Research &amp; Innovation<br/>Derio",
 "<b>Hélène Darricau</b><br/>Export adviser<br/>CCI Nouvelle-Aquitaine<br/>Bayonne",
]
story=[]
for k,t in page1: story.append(Paragraph(t, {'h1':h1,'h2':h2,'n':n}[k]))
story += [PageBreak(), Paragraph("Your contacts at BIEMH 2040", h1), Spacer(1,6),
          Paragraph("The partners below will be at the Business Meetings Area in Pavilion 3 on both days. Book a meeting with them on the platform or come by.", n), Spacer(1,8)]
rows=[[Paragraph(cards[i*3+j], s) for j in range(3)] for i in range(3)]
t=Table(rows, colWidths=[170,170,170])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),8)]))
story += [t, Spacer(1,12), Paragraph("Participating delegations (confirmed on 2 April 2040)", h2),
  Paragraph("Germany (VDW, 14 companies) · Italy (UCIMU, 11) · Poland (Mazovia Machinery Cluster, 8) · France (CCI Nouvelle-Aquitaine, 9) · Portugal (PRODUTECH, 6) · Türkiye (MIB Machine Tool Manufacturers Association, 10) · Mexico (Cluster Automotriz de Querétaro, 5)", n),
  Paragraph("Next BIEMH: 2042. Previous editions of the matchmaking: 2036 (first edition, 180 companies), 2038 (412 companies).", n), Spacer(1,10),
  Paragraph("Basque Advanced Manufacturing Cluster · Parque Empresarial Azitain 3, 20600 Eibar · www.bamc.example.eus · Printed 2 April 2040 · Page 2/2", s)]
assert wd(2040,4,2)=='Monday'
SimpleDocTemplate(path(F), pagesize=A4, leftMargin=45, rightMargin=45, topMargin=40, bottomMargin=40,
  title="BIEMH Business Meetings 2040").build(story)
B="Basque Advanced Manufacturing Cluster"; E2="Enterprise Europe Network Basque Country"
gold(F,
 [P("Ane Goikoetxea Urrutia","Director of Internationalisation","SPRI"),
  P("Iker Zubizarreta","President",B),
  P("Mikel Etxebarria Larrañaga","Matchmaking coordinator",B),
  P("Laura Prieto Olabarrieta","EEN adviser",E2),
  P("Sabine Krämer","Head of International Affairs","VDW – German Machine Tool Builders' Association"),
  P("Tomasz Wierzbicki","Cluster manager","Mazovia Machinery Cluster"),
  P("Giovanna Ferri","Project officer","UCIMU-SISTEMI PER PRODURRE"),
  P("Jon Arrieta Bengoetxea","Technology transfer","Tecnalia Research & Innovation"),
  P("Hélène Darricau","Export adviser","CCI Nouvelle-Aquitaine")],
 [O(B,"BAMC"), O(E2,"EEN"),
  O("Basque Business Development Agency","SPRI"), O("Tecnalia Research & Innovation"),
  O("VDW – German Machine Tool Builders' Association","VDW"), O("Mazovia Machinery Cluster"), O("UCIMU-SISTEMI PER PRODURRE","UCIMU"),
  O("CCI Nouvelle-Aquitaine"), O("PRODUTECH"), O("MIB Machine Tool Manufacturers Association","MIB"), O("Cluster Automotriz de Querétaro")],
 [E("BIEMH Business Meetings 2040","2040-06-05","2040-06-06","Barakaldo","Spain"),
  E("31st BIEMH – Biennial Spanish Machine Tool Exhibition","2040-06-04","2040-06-08","Barakaldo","Spain"),
  E("networking dinner","2040-06-05",None,"Bilbao","Spain"),
  E("award ceremony of the Basque Manufacturing Start-up Prize","2040-06-06",None,"Barakaldo","Spain"),
  E("Welcome session for international delegations","2040-06-04",None,"Barakaldo","Spain"),
  E("Company visit to the Tecnalia Research & Innovation machining laboratory","2040-06-05",None,"Derio","Spain"),
  E("Round table on machine tools for the defence and aerospace supply chains","2040-06-06",None,"Barakaldo","Spain"),
  E("BIEMH (2042 edition)","2042"),
  E("BIEMH Business Meetings (2036 edition)","2036"),
  E("BIEMH Business Meetings (2038 edition)","2038")],
 ["2040-06-05/2040-06-06","2040-06-04/2040-06-08","2038","2040-05-18","2040-03-12","2040-05-28","2040-06-05","2040-06-06",
  "2040-06-04","2040-04-02","2042","2036"],
 [], "2040-04-02")
