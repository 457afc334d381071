from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g14_almeria_agritech_workshop_report.pdf'
assert wd(2039,5,10)=='Tuesday' and wd(2039,5,11)=='Wednesday' and wd(2039,9,29)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=10, leading=13.5, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'AGRITECH-MED · Deliverable D2.3 · Regional workshop report – Almería')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}'); c.restoreState()
doc = SimpleDocTemplate(path(F), pagesize=A4, leftMargin=2.2*cm, rightMargin=2.2*cm, topMargin=2*cm, bottomMargin=2*cm,
                        title='Regional workshop report – Almería', author='Clúster Agrotecnológico de Almería')
items = [
("h1","Regional stakeholder workshop: water, energy and digital tools in protected horticulture"),
("s","Almería, 10–11 May 2039 · Report prepared by the Clúster Agrotecnológico de Almería (CATAL) · Authors: Rocío Fernández-Garzón, Javier Ibáñez Soler · Version 1.1, 20 June 2039"),
("h2","1. Background"),
("b","The AGRITECH-MED project brings together seven regions of the Mediterranean that depend on greenhouse and protected horticulture. Each partner organises a regional stakeholder workshop to test the project's draft policy recommendations with local actors. This report summarises the workshop held in Almería, the second of the series after the one in Ragusa (Sicily) in March 2039."),
("b","The workshop was hosted by the Fundación Cajamar at its experimental station in El Ejido and co-organised with the University of Almería (UAL) and the Andalusian Agency for Agricultural and Fisheries Research and Training (IFAPA). It gathered 58 participants: growers' cooperatives, input suppliers, technology firms, researchers and staff of the Junta de Andalucía."),
("h2","2. Programme"),
("b","Day 1, Tuesday 10 May: opening by Manuel Cortés Valverde, Director General for Agricultural Industries at the Junta de Andalucía; keynote by Prof. Dr. Nuria Sabater (UAL) on water use efficiency; three thematic tables (desalinated water, solar energy in greenhouses, decision-support software); at 17:30 a visit to the Vicasol cooperative's packing centre in Vícar."),
("b","Day 2, Wednesday 11 May: presentation of the project's draft recommendations by the lead partner, Agenzia Regionale per lo Sviluppo Agricolo della Sicilia (ARSAS), represented by Dott. Salvatore Lo Giudice; plenary discussion; closing remarks by Isabel Montoya-Rueda, President of CATAL."),
("h2","3. Discussion"),
("b","Participants agreed that water, not land, is the limiting factor for the sector's growth in Almería. The desalination plants of Carboneras and Campo de Dalías already supply a growing share of irrigation water, but at a price that small growers find hard to bear. Solar energy was seen as the most promising way to lower that price. Several growers said they do not use decision-support software because the tools are designed for large farms and do not speak to each other. Representatives of the cooperatives asked that training be organised in the evenings and in the winter, outside the main harvest."),
("b","Pieter van Rijswijk, of the Dutch horticulture cluster Greenport West-Holland, shared how Dutch growers share energy infrastructure between neighbouring greenhouses and offered to host a group from Almería."),
("h2","4. Recommendations"),
("b","The workshop participants endorsed the following recommendations for the regional policy mix:"),
("b","• Link support for desalinated water to on-site solar energy so that the price per cubic metre falls for small growers"),
("b","• Fund open, interoperable decision-support tools rather than proprietary platforms"),
("b","• Create a regional demonstration network of ten pilot greenhouses, coordinated by CATAL and IFAPA"),
("b","• Offer training in the evenings and outside the harvest season, delivered through the cooperatives"),
("h2","5. Next steps"),
("b","The recommendations will be discussed with the other regions at the project's partner meeting in Murcia on 29 September 2039 and fed into the regional action plan, due in December 2039. A study visit of Almería growers to Greenport West-Holland is being prepared for spring 2040."),
("s","AGRITECH-MED is co-funded by the Interreg Euro-MED programme. The content of this report is the sole responsibility of the authors. Contact: proyectos@catal.example.es · Clúster Agrotecnológico de Almería, Parque Científico-Tecnológico de Almería (PITA), Almería, Spain."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
doc.build([Paragraph(t,S[k]) for k,t in items], onFirstPage=hdr, onLaterPages=hdr)
C = "Clúster Agrotecnológico de Almería"
gold(F,
 [P("Rocío Fernández-Garzón","Author",C),
  P("Javier Ibáñez Soler","Author",C),
  P("Manuel Cortés Valverde","Director General for Agricultural Industries","Junta de Andalucía"),
  P("Nuria Sabater",None,"UAL"),
  P("Salvatore Lo Giudice",None,"Agenzia Regionale per lo Sviluppo Agricolo della Sicilia"),
  P("Isabel Montoya-Rueda","President",C),
  P("Pieter van Rijswijk",None,"Greenport West-Holland")],
 [O(C,"CATAL"), O("Fundación Cajamar"), O("University of Almería","UAL"),
  O("Andalusian Agency for Agricultural and Fisheries Research and Training","IFAPA"), O("Junta de Andalucía"),
  O("Vicasol"), O("Agenzia Regionale per lo Sviluppo Agricolo della Sicilia","ARSAS"), O("Greenport West-Holland")],
 [E("Regional stakeholder workshop","2039-05-10","2039-05-11","Almería","Spain"),
  E("regional stakeholder workshop","2039-03",None,"Ragusa","Italy"),
  E("visit to the Vicasol cooperative's packing centre","2039-05-10",None,"Vícar","Spain"),
  E("partner meeting","2039-09-29",None,"Murcia","Spain"),
  E("study visit of Almería growers to Greenport West-Holland","2040",None,None,"Netherlands")],
 ["2039-05-10/2039-05-11","2039-06-20","2039-03","2039-05-10","2039-05-11","2039-09-29","2039-12","2040"],
 ["Link support for desalinated water to on-site solar energy so that the price per cubic metre falls for small growers",
  "Fund open, interoperable decision-support tools rather than proprietary platforms",
  "Create a regional demonstration network of ten pilot greenhouses, coordinated by CATAL and IFAPA",
  "Offer training in the evenings and outside the harvest season, delivered through the cooperatives"],
 pub="2039-06-20")
