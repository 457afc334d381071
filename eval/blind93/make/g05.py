from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
F = 'g05_north_karelia_ligna_joint_stand.pdf'
assert wd(2039,5,16)=='Monday' and wd(2039,5,20)=='Friday' and wd(2039,5,17)=='Tuesday' and wd(2039,5,18)=='Wednesday' and wd(2039,5,19)=='Thursday'
assert wd(2039,3,31)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
b=ParagraphStyle('b',fontName='DV',fontSize=9.5,leading=13)
h1=ParagraphStyle('h1',fontName='DVB',fontSize=17,leading=21,spaceAfter=6)
h2=ParagraphStyle('h2',fontName='DVB',fontSize=11.5,leading=15,spaceBefore=8,spaceAfter=3)
sm=ParagraphStyle('sm',fontName='DV',fontSize=8,leading=10.5)
cb=ParagraphStyle('cb',fontName='DV',fontSize=8.5,leading=11)
P1 = [
("h1","Finland's forest technology at LIGNA 2039"),
("b","Joint stand of the North Karelia Forest Technology Cluster · Hall 27, stand D41 · Hannover, Germany · Monday 16 – Friday 20 May 2039"),
("b","Invitation and programme for visitors, partners and press. Issued in Joensuu, 31 March 2039."),
("h2","Meet nine companies under one roof"),
("b","For the third time the North Karelia Forest Technology Cluster brings a joint stand to LIGNA, the world fair for the woodworking and wood processing industries. Nine member companies show harvester heads, sawmill scanning, timber drying and wood-based insulation on 240 square metres. The stand is coordinated by the Business Joensuu development company and co-financed by the Regional Council of North Karelia. Business Finland supports the participation of the companies through its trade fair programme."),
("b","\u201cLIGNA is where our members sign the contracts that keep our sawmills and workshops busy for the next two years,\u201d says cluster director Heikki Turunen. \u201cThis year we also want to show that a small region can set the standard for low-carbon wood construction.\u201d"),
("h2","Side events at the stand"),
("b","<b>Tuesday, 17 May 2039, 11:00–12:00</b> – Panel: Wood construction after the new EU building rules. With Minna Kärkkäinen, Head of Research at the Natural Resources Institute Finland (Luke); Dr. Thomas Weidmann, Fraunhofer Institute for Wood Research (WKI); and Antti Pesonen, CEO of Karelia Modular Oy. Moderated by Heikki Turunen."),
("b","<b>Tuesday, 17 May 2039, 18:00</b> – Finnish evening reception at the stand, opened by Ambassador of Finland to Germany Leena Salmi-Hartikainen. Invitation only."),
("b","<b>Wednesday, 18 May 2039, 10:00–16:00</b> – B2B meetings with buyers from Germany, Poland and the Baltic states, arranged by Enterprise Europe Network Germany and Enterprise Europe Network Finland. Book a slot in advance."),
("b","<b>Thursday, 19 May 2039, 14:00</b> – Signing of a cooperation agreement between the North Karelia Forest Technology Cluster and the Cluster Forst und Holz in Bayern."),
("b","<b>Friday, 20 May 2039</b> – Students' day: Karelia University of Applied Sciences presents its wood technology programmes and meets exhibitors looking for trainees."),
("h2","Practical information"),
("b","Free visitor tickets can be requested from the cluster office until 6 May 2039. Press contact: Laura Hyvönen, Communications Manager, Business Joensuu, +358 40 000 0000."),
]
cards = [
("Ponsse Karelia Works Oy","Harvester heads and cranes for thinning","Jari Mononen, Sales Director"),
("Sawtec Scanning Oy","X-ray and 3D log scanners for sawmills","Elina Partanen, Export Manager"),
("Kuivaamo Kotilainen Oy","Energy-efficient timber drying kilns","Matti Kotilainen, Managing Director"),
("Karelia Modular Oy","Prefabricated CLT housing modules","Antti Pesonen, CEO"),
("Woodfibre Insulation Finland Oy","Wood-fibre insulation boards","Sanna Rautio, Product Manager"),
("Lieksan Saha Oy","Sawn and planed spruce for joinery","Pekka Huttunen, Owner"),
("ForestData Analytics Oy","Forest inventory software and drones","Riikka Laitinen, Co-founder"),
("Nurmes Joinery Oy","Windows and doors from Finnish pine","Tuomas Kettunen, Production Manager"),
("Kitee Bioenergy Oy","Wood pellets and briquettes","Hanna Väisänen, Sales Manager"),
]
def foot(c, d):
    c.saveState(); c.setFont('DV',7.5)
    c.drawString(40,25,"North Karelia Forest Technology Cluster · Länsikatu 15, 80110 Joensuu · cluster@nkftc.example.fi")
    c.drawRightString(555,25,"Page %d of 2" % d.page); c.restoreState()
story=[]
for k,t in P1: story.append(Paragraph(t,{'h1':h1,'h2':h2,'b':b}[k])); story.append(Spacer(1,3))
story.append(PageBreak())
story.append(Paragraph("Exhibitors at stand D41",h1))
story.append(Paragraph("Meet the companies. Appointments can be booked through the cluster office or directly with the contact persons below.",b))
story.append(Spacer(1,8))
rows=[]; row=[]
for n,(co,what,who) in enumerate(cards):
    row.append([Paragraph('<b>%s</b>'%co,cb),Spacer(1,2),Paragraph(what,cb),Spacer(1,2),Paragraph(who,cb)])
    if len(row)==3: rows.append(row); row=[]
t=Table(rows,colWidths=[170,170,170])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),8)]))
story.append(t); story.append(Spacer(1,12))
story.append(Paragraph("Partners",h2))
story.append(Paragraph("Regional Council of North Karelia · Business Joensuu · Business Finland · University of Eastern Finland · Karelia University of Applied Sciences · Finnish Forest Industries Federation",b))
story.append(Paragraph("Cluster office",h2))
story.append(Paragraph("Heikki Turunen, Cluster Director, +358 50 000 0001 · Kaisa Hämäläinen, Stand Coordinator, +358 50 000 0002. The cluster is a member of the European Network of Forest-Based Clusters. Photos on the cover: Ville Korhonen.",b))
story.append(Spacer(1,6)); story.append(Paragraph("Programme subject to change. Version of 31 March 2039.",sm))
SimpleDocTemplate(path(F),pagesize=A4,leftMargin=40,rightMargin=40,topMargin=40,bottomMargin=45,title="LIGNA 2039 joint stand").build(story,onFirstPage=foot,onLaterPages=foot)
NK="North Karelia Forest Technology Cluster"
people=[P("Heikki Turunen","cluster director",NK),
  P("Minna Kärkkäinen","Head of Research","Natural Resources Institute Finland"),
  P("Thomas Weidmann",None,"Fraunhofer Institute for Wood Research"),
  P("Antti Pesonen","CEO","Karelia Modular Oy"),
  P("Leena Salmi-Hartikainen","Ambassador of Finland to Germany",None),
  P("Laura Hyvönen","Communications Manager","Business Joensuu"),
  P("Kaisa Hämäläinen","Stand Coordinator",NK),
  P("Ville Korhonen",None,None)]
for co,what,who in cards:
    nm,r=who.split(', ')
    if nm!="Antti Pesonen": people.append(P(nm,r,co))
orgs=[O(NK),O("Business Joensuu"),O("Regional Council of North Karelia"),O("Business Finland"),
  O("Natural Resources Institute Finland","Luke"),O("Fraunhofer Institute for Wood Research","WKI"),
  O("Enterprise Europe Network Germany"),O("Enterprise Europe Network Finland"),O("Cluster Forst und Holz in Bayern"),
  O("Karelia University of Applied Sciences"),O("University of Eastern Finland"),O("Finnish Forest Industries Federation"),
  O("European Network of Forest-Based Clusters")]+[O(c[0]) for c in cards]
gold(F, people, orgs,
 [E("LIGNA 2039","2039-05-16","2039-05-20","Hannover","Germany"),
  E("Finnish evening reception","2039-05-17",None,"Hannover","Germany"),
  E("B2B meetings","2039-05-18",None,"Hannover","Germany"),
  E("Signing of a cooperation agreement","2039-05-19",None,"Hannover","Germany"),
  E("Students' day","2039-05-20",None,"Hannover","Germany")],
 ["2039-05-16/2039-05-20","2039-03-31","2039-05-17","2039-05-18","2039-05-19","2039-05-20","2039-05-06"],
 [], "2039-03-31")
