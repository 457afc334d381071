from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g09_kurzeme_wood_logistics_flyer.pdf'
assert wd(2035,2,22)=='Thursday' and wd(2035,3,20)=='Tuesday' and wd(2035,3,21)=='Wednesday' and wd(2035,4,18)=='Wednesday' and wd(2035,5,10)=='Thursday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
st = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=18, leading=22)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=12, leading=15, spaceBefore=6)
sm = ParagraphStyle('s', fontName='DV', fontSize=8.3, leading=10.5)
smb = ParagraphStyle('sb', fontName='DVB', fontSize=9, leading=11)
story = []
story.append(Paragraph("Kurzeme Wood &amp; Logistics Cluster", h1))
story.append(Paragraph("Kurzemes koksnes un loģistikas klasteris · Ventspils · Liepāja · Kuldīga", st))
story.append(Spacer(1, 8))
story.append(Paragraph("Who we are", h2))
story.append(Paragraph("The Kurzeme Wood &amp; Logistics Cluster (KWLC) brings together 63 sawmills, joinery and timber-frame manufacturers, pellet producers, ports, hauliers and training providers in western Latvia. The cluster is managed by the association Kurzemes Koksnes Klasteris and is supported by the Investment and Development Agency of Latvia (LIAA). Our aim is simple: more value from every cubic metre of Kurzeme timber, shipped through Kurzeme ports with fewer emissions.", st))
story.append(Paragraph("What we offer members", h2))
for t in ["Joint export stands and buyer missions to Scandinavia, Germany and the United Kingdom",
          "Technology scouting and project partners for sawmill digitalisation and drying",
          "A shared pool of logistics data with the Freeport of Ventspils and the Port of Liepāja",
          "Apprenticeships with Kuldīga Technical School and courses at Ventspils University of Applied Sciences",
          "Help with EU and national funding applications, from first idea to final report"]:
    story.append(Paragraph("• " + t, st))
story.append(Paragraph("Member stories", h2))
story.append(Paragraph("Since 2031 the cluster has helped its members bring in more than EUR 14 million of investment. Three examples: SIA Alsungas Koks in Alsunga installed a solar-heated drying kiln with advice from the Wood Technology Lab and cut its gas bill by half. Pāvilostas Karkasmājas, a family firm of 28 people led by Elīna Štrausa-Kronberga, signed its first order for timber-frame schools in Norway after a cluster buyer mission to Bergen. And the hauliers Grobiņas Transports and Kurzemes Kravas now share return loads through a common booking platform developed with the Port of Liepāja, which has cut empty kilometres on the Liepāja–Ventspils route by about a fifth.", st))
story.append(Paragraph("Dates for your diary 2035", h2))
rows = [["Date", "Event", "Place"],
        ["Thursday, 22 February 2035", "Members' breakfast: timber prices and freight outlook", "Kuldīga"],
        ["20–21 March 2035", "Baltic Timber Frame Forum (3rd edition)", "Liepāja"],
        ["Wednesday, 18 April 2035", "Study visit to Setra Group sawmills", "Gävle, Sweden"],
        ["10 May 2035", "Open day at the Port of Liepāja timber terminal", "Liepāja"],
        ["September 2035", "Annual General Meeting and Cluster Awards", "Ventspils"]]
t = Table(rows, colWidths=[130, 250, 90])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'DV', 8.5), ('FONT', (0,0), (-1,0), 'DVB', 8.5),
    ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#d9e8d0'))]))
story.append(t)
story.append(Spacer(1, 6))
story.append(Paragraph("Membership fees for 2035 are unchanged: EUR 300 for micro-companies, EUR 900 for SMEs and EUR 2,400 for large companies and ports. Education and research bodies join free of charge. The cluster's strategy for 2033–2037 is available on request.", st))
story.append(Paragraph("How to join: fill in the one-page application on our website or ask any of the contacts overleaf. The Board decides on new members at its monthly meeting, and new members are introduced at the next members' breakfast.", st))
story.append(Paragraph("“Kurzeme has the forest, the ports and the people. The cluster helps them work as one region,” says cluster chair Andris Kalniņš, CEO of SIA Kalniņš Timber.", st))
story.append(PageBreak())
story.append(Paragraph("Your contacts", h1))
story.append(Paragraph("Cards below show who to call for what. The cluster office is open Monday to Friday, 8:30–17:00.", st))
story.append(Spacer(1, 8))
cards = [
 ("Andris Kalniņš", "Cluster chair", "CEO, SIA Kalniņš Timber", "Board, strategy, partners"),
 ("Dr. Līga Ozoliņa-Freimane", "Cluster manager", "Kurzemes Koksnes Klasteris", "Membership, funding, projects"),
 ("Kristaps Bērziņš", "Logistics coordinator", "Kurzemes Koksnes Klasteris", "Freight data, port cooperation"),
 ("Ilze Vītola", "Export manager", "Kurzemes Koksnes Klasteris", "Trade fairs, buyer missions"),
 ("Mārtiņš Grīnbergs", "Head of Wood Technology Lab", "Ventspils University of Applied Sciences", "Drying, testing, student projects"),
 ("Santa Jansone", "Apprenticeship lead", "Kuldīga Technical School", "Apprentices, short courses"),
 ("Rolands Eglītis", "Commercial director", "Freeport of Ventspils", "Terminal capacity, tariffs"),
 ("Inese Kļaviņa", "Senior project manager", "Port of Liepāja", "Green port projects"),
 ("Oskars Dambergs", "Regional representative", "LIAA Kurzeme office", "State aid, export support")]
grid = []
for i in range(0, 9, 3):
    row = []
    for c in cards[i:i+3]:
        row.append([Paragraph(c[0], smb), Paragraph(c[1], sm), Paragraph(c[2], sm), Paragraph("Ask about: " + c[3], sm)])
    grid.append(row)
g = Table(grid, colWidths=[160, 160, 160])
g.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.grey), ('INNERGRID', (0,0), (-1,-1), 0.5, colors.grey),
    ('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOTTOMPADDING', (0,0), (-1,-1), 8)]))
story.append(g)
story.append(Spacer(1, 10))
story.append(Paragraph("Partners", h2))
story.append(Paragraph("Kurzeme Planning Region · Latvian Forest Industry Federation · Latvian State Forests (AS Latvijas valsts meži) · Liepāja University · Baltic Wood Cluster Network", st))
story.append(Spacer(1, 8))
story.append(Paragraph("Kurzemes Koksnes Klasteris, Ostas iela 23, Ventspils, LV-3601 · +371 6300 0000 · info@kwlc.example.lv · Flyer printed January 2035 on FSC paper.", sm))
SimpleDocTemplate(path(F), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45).build(story)
K = "Kurzemes Koksnes Klasteris"
gold(F,
 [P("Andris Kalniņš","Cluster chair","Kurzeme Wood & Logistics Cluster"),
  P("Elīna Štrausa-Kronberga",None,"Pāvilostas Karkasmājas"),
  P("Līga Ozoliņa-Freimane","Cluster manager",K),
  P("Kristaps Bērziņš","Logistics coordinator",K),
  P("Ilze Vītola","Export manager",K),
  P("Mārtiņš Grīnbergs","Head of Wood Technology Lab","Ventspils University of Applied Sciences"),
  P("Santa Jansone","Apprenticeship lead","Kuldīga Technical School"),
  P("Rolands Eglītis","Commercial director","Freeport of Ventspils"),
  P("Inese Kļaviņa","Senior project manager","Port of Liepāja"),
  P("Oskars Dambergs","Regional representative","LIAA Kurzeme office")],
 [O("Kurzeme Wood & Logistics Cluster","KWLC"), O(K), O("Investment and Development Agency of Latvia","LIAA"),
  O("Freeport of Ventspils"), O("Port of Liepāja"), O("Kuldīga Technical School"), O("Ventspils University of Applied Sciences"), O("Wood Technology Lab"),
  O("Setra Group"), O("SIA Alsungas Koks"), O("Pāvilostas Karkasmājas"), O("Grobiņas Transports"), O("Kurzemes Kravas"), O("SIA Kalniņš Timber"), O("LIAA Kurzeme office"), O("Kurzeme Planning Region"),
  O("Latvian Forest Industry Federation"), O("Latvian State Forests"), O("Liepāja University"), O("Baltic Wood Cluster Network")],
 [E("Members' breakfast","2035-02-22",None,"Kuldīga","Latvia"),
  E("Baltic Timber Frame Forum (3rd edition)","2035-03-20","2035-03-21","Liepāja","Latvia"),
  E("Study visit to Setra Group sawmills","2035-04-18",None,"Gävle","Sweden"),
  E("Open day at the Port of Liepāja timber terminal","2035-05-10",None,"Liepāja","Latvia"),
  E("buyer mission to Bergen",None,None,"Bergen","Norway"),
  E("Annual General Meeting","2035-09",None,"Ventspils","Latvia"),
  E("Cluster Awards","2035-09",None,"Ventspils","Latvia")],
 ["2031","2035","2035-02-22","2035-03-20/2035-03-21","2035-04-18","2035-05-10","2035-09","2033/2037","2035-01"],
 [], None)
