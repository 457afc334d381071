from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g09_offshore_skills_north_sea_consortium.pdf'
assert wd(2036,1,21)=='Monday' and wd(2036,1,22)=='Tuesday' and wd(2036,5,14)=='Wednesday'
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=13)
s = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10.5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
st = []
A = st.append
A(Paragraph("Interreg North Sea · OFFSHORE SKILLS NORTH SEA (OSNS) · Project factsheet no. 2", s))
A(Paragraph("Consortium and contact persons", h1))
A(Paragraph("Version of 3 February 2036 · prepared by the lead partner's communication team", s))
A(Spacer(1,6))
A(Paragraph("Offshore Skills North Sea brings together ten partners from five countries around the North Sea to close the skills gap in offshore wind operation and maintenance. Between 1 September 2035 and 31 August 2038 the partners will develop a shared curriculum for wind turbine technicians, open four training hubs in ports, and test a cross-border recognition of certificates. The project has a total budget of EUR 4.8 million, of which 60 % comes from the European Regional Development Fund through the Interreg North Sea programme 2028–2034 extension call.", n))
A(Paragraph("The project was launched at the kick-off meeting in Esbjerg on 21–22 January 2036, hosted by Offshore Energy Cluster Denmark. Forty-two participants from all partner organisations attended, as did Lone Skovgaard Friis, project officer at the Interreg North Sea Joint Secretariat in Viborg, who presented the reporting rules. The partners adopted the work plan for the first period and agreed to meet next in Den Helder on 14 May 2036.", n))
A(Paragraph("Partners", h2))
rows = [["No.","Partner","Country","Role"],
["LP","Offshore Energy Cluster Denmark (OECD-K)","Denmark","Lead partner, WP1 Management"],
["PP2","EASV Erhvervsakademi SydVest","Denmark","WP2 Curriculum"],
["PP3","Energy Port Den Helder Foundation","Netherlands","WP3 Training hubs"],
["PP4","ROC Kop van Noord-Holland","Netherlands","Training provider"],
["PP5","WAB e.V. – Windenergie-Agentur","Germany","WP4 Recognition of skills"],
["PP6","Hochschule Bremerhaven","Germany","Research partner"],
["PP7","Vestland fylkeskommune","Norway","Policy partner"],
["PP8","Aberdeen & Grampian Chamber of Commerce","United Kingdom","WP5 Communication"],
["PP9","North East Scotland College","United Kingdom","Training provider"],
["PP10","Port of Esbjerg","Denmark","Training hub host"]]
t = Table(rows, colWidths=[32,210,80,160])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'DV',8),('FONT',(0,0),(-1,0),'DVB',8),('GRID',(0,0),(-1,-1),0.3,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP')]))
A(t)
A(Paragraph("Associated partners: Danish Wind Industry Association, GWO Global Wind Organisation, Rijkswaterstaat, Norwegian Offshore Wind, Highlands and Islands Enterprise.", n))
A(Paragraph("Governance", h2))
A(Paragraph("The Steering Group of the project is made up of one representative of each partner and meets twice a year. It is chaired by the lead partner's project director, Mette Kjærgaard Holm. The Advisory Board brings in the view of employers and trade unions: its chair is Jens-Peter Aagaard, Head of Operations Training at Ørsted, and its members include Fiona MacLeod of Unite the Union and Willem de Groot-Bos, HR Director of Van Oord Offshore Wind.", n))
A(PageBreak())
A(Paragraph("Offshore Skills North Sea – Consortium and contact persons – page 2", s))
A(Paragraph("Contact persons", h1))
def card(name, lines):
    return [Paragraph("<b>"+name+"</b>", n)] + [Paragraph(l, s) for l in lines]
cards = [
 card("Mette Kjærgaard Holm", ["Project Director", "Offshore Energy Cluster Denmark", "mkh@oecdk.example.dk · +45 00 00 00 01"]),
 card("Anders Bjerre Nielsen", ["Financial Manager", "Offshore Energy Cluster Denmark", "abn@oecdk.example.dk"]),
 card("Karen Østergaard Lund", ["Head of Programmes, Technology", "EASV Erhvervsakademi SydVest", "kol@easv.example.dk"]),
 card("Sander Wijnbergen", ["Programme Manager Offshore Wind", "Energy Port Den Helder Foundation", "s.wijnbergen@energyport.example.nl"]),
 card("Femke Zeeuw-Verhoef", ["Team Leader Maritime & Technology", "ROC Kop van Noord-Holland", "f.zeeuw@rockop.example.nl"]),
 card("Dr. Heike Brandenburg", ["Managing Director", "WAB e.V. – Windenergie-Agentur", "brandenburg@wab.example.de"]),
 card("Prof. Dr. Ole Petersen-Riedel", ["Professor of Maritime Technologies", "Hochschule Bremerhaven", "opetersen@hs-bremerhaven.example.de"]),
 card("Solveig Haugland", ["Senior Adviser, Industry and Skills", "Vestland fylkeskommune", "solveig.haugland@vlfk.example.no"]),
 card("Callum Reid", ["Head of Energy Transition", "Aberdeen & Grampian Chamber of Commerce", "callum.reid@agcc.example.co.uk"]),
 card("Morag Sutherland", ["Curriculum Manager, Energy", "North East Scotland College", "m.sutherland@nescol.example.ac.uk"]),
 card("Peter Lind Jacobsen", ["Business Development Manager", "Port of Esbjerg", "plj@portesbjerg.example.dk"]),
 card("Nadia El-Amrani", ["Communication Officer", "Offshore Energy Cluster Denmark", "press@osns.example.eu"]),
]
grid = [cards[i:i+2] for i in range(0, len(cards), 2)]
g = Table(grid, colWidths=[240,240])
g.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.3,colors.grey),('INNERGRID',(0,0),(-1,-1),0.3,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
A(g)
A(Paragraph("Upcoming project events", h2))
A(Paragraph("14–15 May 2036 · Partner meeting and visit to the training tower, Den Helder", n))
A(Paragraph("23 September 2036 · Open webinar: \"Recognising technician certificates across borders\" (online, 10:00–11:30 CET)", n))
A(Paragraph("March 2037 · Opening of the Aberdeen training hub", n))
A(Paragraph("Photo on the cover: kick-off in Esbjerg, January 2036. © OECD-K / Rasmus Winther. This factsheet reflects the authors' views only; the programme authorities are not liable for any use that may be made of the information. Co-funded by the European Union.", s))
doc = SimpleDocTemplate(path(F), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45, title="OSNS consortium")
doc.build(st)
O1 = "Offshore Energy Cluster Denmark"
gold(F,
 [P("Lone Skovgaard Friis","project officer","Interreg North Sea Joint Secretariat"),
  P("Mette Kjærgaard Holm","Project Director",O1),
  P("Jens-Peter Aagaard","Head of Operations Training","Ørsted"),
  P("Fiona MacLeod",None,"Unite the Union"),
  P("Willem de Groot-Bos","HR Director","Van Oord Offshore Wind"),
  P("Anders Bjerre Nielsen","Financial Manager",O1),
  P("Karen Østergaard Lund","Head of Programmes, Technology","EASV Erhvervsakademi SydVest"),
  P("Sander Wijnbergen","Programme Manager Offshore Wind","Energy Port Den Helder Foundation"),
  P("Femke Zeeuw-Verhoef","Team Leader Maritime & Technology","ROC Kop van Noord-Holland"),
  P("Heike Brandenburg","Managing Director","WAB e.V. – Windenergie-Agentur"),
  P("Ole Petersen-Riedel","Professor of Maritime Technologies","Hochschule Bremerhaven"),
  P("Solveig Haugland","Senior Adviser, Industry and Skills","Vestland fylkeskommune"),
  P("Callum Reid","Head of Energy Transition","Aberdeen & Grampian Chamber of Commerce"),
  P("Morag Sutherland","Curriculum Manager, Energy","North East Scotland College"),
  P("Peter Lind Jacobsen","Business Development Manager","Port of Esbjerg"),
  P("Nadia El-Amrani","Communication Officer",O1),
  P("Rasmus Winther",None,None)],
 [O(O1,"OECD-K"), O("EASV Erhvervsakademi SydVest"), O("Energy Port Den Helder Foundation"), O("ROC Kop van Noord-Holland"),
  O("WAB e.V. – Windenergie-Agentur"), O("Hochschule Bremerhaven"), O("Vestland fylkeskommune"),
  O("Aberdeen & Grampian Chamber of Commerce"), O("North East Scotland College"), O("Port of Esbjerg"),
  O("Danish Wind Industry Association"), O("Global Wind Organisation","GWO"), O("Rijkswaterstaat"), O("Norwegian Offshore Wind"),
  O("Highlands and Islands Enterprise"), O("Interreg North Sea Joint Secretariat"), O("Ørsted"), O("Unite the Union"),
  O("Van Oord Offshore Wind"), O("European Union")],
 [E("kick-off meeting","2036-01-21","2036-01-22","Esbjerg","Denmark"),
  E("Partner meeting and visit to the training tower","2036-05-14","2036-05-15","Den Helder","Netherlands"),
  E("Recognising technician certificates across borders","2036-09-23",None,None,None),
  E("Opening of the Aberdeen training hub","2037-03",None,"Aberdeen","United Kingdom")],
 ["2036-02-03","2035-09-01/2038-08-31","2028/2034","2036-01-21/2036-01-22","2036-05-14","2036-05-14/2036-05-15","2036-09-23","2037-03","2036-01"],
 [], "2036-02-03")
