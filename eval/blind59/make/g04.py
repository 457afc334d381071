from h import *
import textwrap, functools
textwrap.wrap = functools.partial(textwrap.wrap, break_on_hyphens=False)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
F = 'kerry_blue_tech_conference_2034_programme.pdf'
path = os.path.join(B, 'docs', F)
W, H = A4
c = canvas.Canvas(path, pagesize=A4)
def header(n):
    c.setFont('DV', 7.5); c.drawString(40, H-28, 'Atlantic Blue Tech Conference 2034 · Tralee · Final programme'); c.drawRightString(W-40, 22, f'Page {n} of 3'); c.line(40, H-33, W-40, H-33)
def para(txt, y, width=105, size=9, font='DV', x=40):
    c.setFont(font, size)
    for l in textwrap.wrap(txt, width): c.drawString(x, y, l); y -= size + 3
    return y
header(1)
y = H-70
c.setFont('DVB', 17); c.drawString(40, y, 'Atlantic Blue Tech Conference 2034'); y -= 18
c.setFont('DV', 10); c.drawString(40, y, f'{wd(2034,9,20)} 20 – {wd(2034,9,21)} 21 September 2034 · Kerry Technology Park, Tralee, Co. Kerry'); y -= 14
c.drawString(40, y, 'Fáilte go Trá Lí – Welcome to Tralee'); y -= 22
y = para('The Atlantic Blue Tech Conference is organised by the Kerry Marine Cluster (KMC) with Munster Technological University (MTU) and '
 'Kerry County Council (Comhairle Contae Chiarraí). Its fourth edition brings together companies, researchers and public bodies working on '
 'offshore renewable energy, aquaculture technology and ocean observation along the Atlantic coast of Europe. Partners from Brittany, '
 'Galicia and the Faroe Islands take part through the Atlantic Blue Clusters Alliance.', y)
y -= 10
def slot(t, title, who, y):
    c.setFont('DVB', 9); c.drawString(40, y, t); c.drawString(110, y, title[:90]); y -= 12
    c.setFont('DV', 8.5)
    for w_ in who:
        for l in textwrap.wrap(w_, 95): c.drawString(110, y, l); y -= 11
    return y - 4
c.setFont('DVB', 12); c.drawString(40, y, f'Day 1 – {wd(2034,9,20)} 20 September 2034'); y -= 18
for t, ti, who in [
 ('08:30', 'Registration and coffee', []),
 ('09:15', 'Opening', ['Cllr Máire Ní Shúilleabháin, Cathaoirleach (Chair), Kerry County Council', 'Dr. Fionnuala O\'Donoghue-Kelly, President, Munster Technological University']),
 ('09:45', 'Keynote: The Atlantic as an industrial region', ['Hélène Le Goff-Tanguy, Director, Pôle Mer Bretagne Atlantique']),
 ('10:30', 'Session 1 – Floating wind: supply chains for small ports', ['Chair: Declan Fitzgerald, Harbour Master, Port of Fenit', 'Speakers: Xoán Pereira Castro (Clúster do Naval Galego), Eoin Mac Carthaigh (Tralee Offshore Engineering Ltd)']),
 ('12:30', 'Lunch and poster exhibition', []),
 ('14:00', 'Session 2 – Smart aquaculture', ['Chair: Dr. Sigrid á Rógvi, Fiskaaling (Faroe Islands)', 'Speakers: Dr. Niamh Breathnach (Marine Institute), Pádraig Ó Conchúir (Dingle Seafarms Ltd)']),
 ('16:00', 'B2B matchmaking (pre-booked meetings, 20 minutes each)', ['In cooperation with Enterprise Europe Network Ireland']),
 ('19:30', 'Conference dinner – Ballyseede Castle', ['Coach from the Technology Park at 19:00; traditional music by students of MTU']),
]: y = slot(t, ti, who, y)
c.showPage()
header(2)
y = H-60
c.setFont('DVB', 12); c.drawString(40, y, f'Day 2 – {wd(2034,9,21)} 21 September 2034'); y -= 18
for t, ti, who in [
 ('08:00', 'Site visit: Fenit harbour and the offshore test berth (optional, registration required)', ['Guided by the Kerry Marine Cluster; return to Tralee by 10:30']),
 ('10:45', 'Session 3 – Ocean data and digital twins', ['Chair: Prof. Dr.-Ing. Jens-Uwe Hartmann, Fraunhofer IWES', 'Speakers: Aoife Ní Bhriain (SmartBay Ireland), Rasmus Poulsen (Danish Maritime Cluster)']),
 ('12:30', 'Lunch', []),
 ('13:30', 'Panel: Skills for the blue economy', ['Moderator: Ciarán Ó Sé, journalist, Radio Kerry', 'Panellists: Seán Walsh (Údarás na Gaeltachta), Dr. Maria da Graça Fontes (Fórum Oceano, Portugal), Siobhán McElligott (Kerry ETB)']),
 ('15:00', 'Closing and announcement of the 2035 host', ['Ronan Sheehy, Cluster Manager, Kerry Marine Cluster']),
]: y = slot(t, ti, who, y)
y -= 8
c.setFont('DVB', 12); c.drawString(40, y, 'Speakers'); y -= 16
cards = [
 ('Hélène Le Goff-Tanguy', 'Director', 'Pôle Mer Bretagne Atlantique'),
 ('Xoán Pereira Castro', 'Cluster Manager', 'Clúster do Naval Galego'),
 ('Dr. Niamh Breathnach', 'Senior Scientist', 'Marine Institute'),
 ('Prof. Dr.-Ing. Jens-Uwe Hartmann', 'Head of Department', 'Fraunhofer IWES'),
 ('Rasmus Poulsen', 'Project Director', 'Danish Maritime Cluster'),
 ('Dr. Maria da Graça Fontes', 'Board Member', 'Fórum Oceano'),
]
for i in range(0, len(cards), 2):
    for j, (n, r, o) in enumerate(cards[i:i+2]):
        x = 40 + j*260
        c.rect(x, y-40, 240, 48)
        c.setFont('DVB', 9); c.drawString(x+8, y-6, n)
        c.setFont('DV', 8.5); c.drawString(x+8, y-19, r); c.drawString(x+8, y-31, o)
    y -= 58
c.showPage()
header(3)
y = H-60
c.setFont('DVB', 12); c.drawString(40, y, 'Social programme and practical information'); y -= 18
y = para('Welcome reception: on the eve of the conference, 19 September 2034, from 18:00, Kerry County Museum, Ashe Memorial Hall, '
 'hosted by the Mayor of Tralee. Conference dinner: 20 September 2034, Ballyseede Castle (included in the full registration). '
 'Site visit: 21 September 2034 at 08:00 from the Technology Park; places are limited to 40 and allocated in order of registration. '
 'B2B matchmaking: meeting requests can be sent through the platform until 13 September 2034.', y)
y -= 8
y = para('Registration: full conference EUR 180; students free. Early-bird rate until 31 July 2034. Registration closes on '
 f'{wd(2034,9,13)} 13 September 2034. Venue: Kerry Technology Park, Dromtacker, Tralee, V92 0000. Kerry Airport is 15 km from the venue; '
 'a shuttle bus runs from Tralee railway station on both days. Presentations will be published on the cluster website within a week after the conference; '
 'photographs taken during the event may be used in the cluster newsletter unless participants object at the registration desk.', y)
y -= 8
y = para('Organisers: Kerry Marine Cluster (KMC), Munster Technological University (MTU), Kerry County Council. Supported by '
 'Enterprise Ireland and the Southern Regional Assembly. Earlier editions: Tralee 2028, Killarney 2030, Dingle 2032. '
 'Contact: Gráinne Ní Chonaill, event coordinator, KMC – events@kerrymarine.example', y)
c.showPage(); c.save()
gold(F,
 [P('Máire Ní Shúilleabháin', 'Cathaoirleach (Chair)', 'Kerry County Council'),
  P("Fionnuala O'Donoghue-Kelly", 'President', 'Munster Technological University'),
  P('Hélène Le Goff-Tanguy', 'Director', 'Pôle Mer Bretagne Atlantique'),
  P('Declan Fitzgerald', 'Harbour Master', 'Port of Fenit'),
  P('Xoán Pereira Castro', 'Cluster Manager', 'Clúster do Naval Galego'),
  P('Eoin Mac Carthaigh', None, 'Tralee Offshore Engineering Ltd'),
  P('Sigrid á Rógvi', None, 'Fiskaaling'),
  P('Niamh Breathnach', 'Senior Scientist', 'Marine Institute'),
  P('Pádraig Ó Conchúir', None, 'Dingle Seafarms Ltd'),
  P('Jens-Uwe Hartmann', 'Head of Department', 'Fraunhofer IWES'),
  P('Aoife Ní Bhriain', None, 'SmartBay Ireland'),
  P('Rasmus Poulsen', 'Project Director', 'Danish Maritime Cluster'),
  P('Ciarán Ó Sé', 'journalist', 'Radio Kerry'),
  P('Seán Walsh', None, 'Údarás na Gaeltachta'),
  P('Maria da Graça Fontes', 'Board Member', 'Fórum Oceano'),
  P('Siobhán McElligott', None, 'Kerry ETB'),
  P('Ronan Sheehy', 'Cluster Manager', 'Kerry Marine Cluster'),
  P('Gráinne Ní Chonaill', 'event coordinator', 'Kerry Marine Cluster')],
 [O('Kerry Marine Cluster', 'KMC'), O('Munster Technological University', 'MTU'), O('Kerry County Council'),
  O('Atlantic Blue Clusters Alliance'), O('Pôle Mer Bretagne Atlantique'), O('Port of Fenit'), O('Clúster do Naval Galego'),
  O('Tralee Offshore Engineering Ltd'), O('Fiskaaling'), O('Marine Institute'), O('Dingle Seafarms Ltd'),
  O('Enterprise Europe Network Ireland'), O('Fraunhofer IWES'), O('SmartBay Ireland'), O('Danish Maritime Cluster'),
  O('Radio Kerry'), O('Údarás na Gaeltachta'), O('Fórum Oceano'), O('Kerry ETB'),
  O('Enterprise Ireland'), O('Southern Regional Assembly')],
 [E('Atlantic Blue Tech Conference 2034', '2034-09-20', '2034-09-21', 'Tralee', 'Ireland'),
  E('B2B matchmaking', '2034-09-20', '2034-09-20', 'Tralee', 'Ireland'),
  E('Conference dinner', '2034-09-20', '2034-09-20', 'Tralee', 'Ireland'),
  E('Site visit: Fenit harbour and the offshore test berth', '2034-09-21', '2034-09-21', 'Fenit', 'Ireland'),
  E('Welcome reception', '2034-09-19', '2034-09-19', 'Tralee', 'Ireland'),
  E('Atlantic Blue Tech Conference (2028 edition)', '2028', '2028', 'Tralee', 'Ireland'),
  E('Atlantic Blue Tech Conference (2030 edition)', '2030', '2030', 'Killarney', 'Ireland'),
  E('Atlantic Blue Tech Conference (2032 edition)', '2032', '2032', 'Dingle', 'Ireland')],
 ['2034-09-20/2034-09-21', '2034-09-20', '2034-09-21', '2034-09-19', '2034-09-13', '2034-07-31', '2028', '2030', '2032', '2035'],
 [])
