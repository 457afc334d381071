from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'forum-summary_goriska-cross-border-innovation-forum-2035.pdf'
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=6)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=17, leading=21, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=14, spaceAfter=5, spaceBefore=6)
sm = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10, textColor=colors.grey)
KM = ["The border is an asset: companies on both sides already share suppliers, workers and customers, and public support should follow these real flows.",
"Cross-border cluster cooperation needs a permanent structure, not a new project every three years.",
"Joint innovation vouchers usable on both sides of the border should be piloted in 2036.",
"Green and digital investments in the furniture, wine and logistics sectors can be planned together with the ports of Koper and Trieste.",
"Young people will stay in the area only if companies offer bilingual traineeships and visible career paths.",
"The GECT GO should host a cross-border cluster desk serving both the Goriška region and the Friuli Venezia Giulia side."]
story = [
 Paragraph('Čezmejni inovacijski forum Goriška 2035 · Forum transfrontaliero dell\'innovazione', sm),
 Paragraph('Goriška Cross-Border Innovation Forum 2035 – Summary', h1),
 Paragraph(f'Nova Gorica (SI) and Gorizia (IT), {wd("2035-09-18")} 18 – {wd("2035-09-19")} 19 September 2035', h2),
 Paragraph('The fourth Goriška Cross-Border Innovation Forum gathered 260 entrepreneurs, researchers and public officials from the '
  'Goriška statistical region in Slovenia and the Italian province of Gorizia. The first day took place at the Primorski '
  'tehnološki park in Vrtojba, the second at the Palazzo della Regione in Gorizia. The forum was organised by the Primorski '
  'tehnološki park (PTP) and the Confindustria Alto Adriatico, with the European Grouping of Territorial Cooperation GECT GO '
  '(EZTS GO) as co-host. Earlier editions took place in 2029, 2031 and 2033.', st),
 Paragraph('The forum was opened by mag. Tanja Kobal Mislej, Director of PTP, and Dott. Stefano Cernic-Feresin, President of '
  'Confindustria Alto Adriatico. Greetings were given by dr. Rok Čermelj, Mayor of Nova Gorica, and by the Regional Minister for '
  'Productive Activities of Friuli Venezia Giulia, Alessandra Tomasin-Furlan.', st),
 Spacer(1, 6),
]
box = [[Paragraph('KEY MESSAGES OF THE FORUM', h2)]] + [[Paragraph(f'{i}. {k}', st)] for i, k in enumerate(KM, 1)]
t = Table(box, colWidths=[16*28.35])
t.setStyle(TableStyle([('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#E8F1F8')), ('BOX', (0,0), (-1,-1), 1, colors.HexColor('#2B6CB0')),
  ('LEFTPADDING', (0,0), (-1,-1), 8), ('RIGHTPADDING', (0,0), (-1,-1), 8)]))
story += [t, Spacer(1, 8),
 Paragraph('The key messages were drafted by the rapporteurs and presented at the closing plenary by Petra Vidmar Zorn, '
  'secretary general of GECT GO.', st),
 NextPageTemplate('two'), PageBreak()]
sess = [
 ('Session 1 – Wood and furniture', 'Moderated by Aleš Rutar (Slovenian Wood Industry Cluster). Speakers: Marjeta Leban, CEO of Lesna '
  'Nova d.o.o., Ajdovščina; Giorgio Bressan, Cluster Arredo e Sistema Casa, Manzano. Both stressed the shortage of joiners and the '
  'potential of a shared timber-drying facility.'),
 ('Session 2 – Wine and food', 'With Andrej Kocijančič of the Vinska klet Goriška Brda cooperative and Dott.ssa Chiara Del Zotto '
  'of the Consorzio Tutela Vini Collio. The session discussed joint branding of the Brda–Collio hills and the certification of '
  'cross-border products.'),
 ('Session 3 – Logistics and ports', 'Ing. Boris Kranjc (Luka Koper d.d.) and Dr. Elena Mervic (Autorità di Sistema Portuale del '
  'Mare Adriatico Orientale) presented the rail connections of both ports. Participants asked for a common logistics data '
  'platform for shippers in the area.'),
 ('Session 4 – Skills and young talent', 'Prof. Dr. Urška Jerman of the University of Nova Gorica and Prof. Luca Visintin of the '
  'Università degli Studi di Udine presented the first results of a survey of 900 students. 58% would like to work on the other '
  'side of the border if traineeships were offered in their language.'),
 ('Start-up pitch night', 'On the evening of 18 September twelve young companies from both sides of the border pitched their '
  'ideas to a jury chaired by Nina Gregorič Potočnik of the SPIRIT Slovenia agency. The jury prize went to a Gorizia start-up '
  'developing sensors for vineyards; the audience prize to a Nova Gorica team working on reusable packaging for furniture '
  'transport. Both teams will join a three-month mentoring programme offered by PTP and by the Friuli Innovazione research '
  'centre in Udine.'),
 ('Matchmaking', 'The Enterprise Europe Network Slovenia and the EEN Friuli Venezia Giulia organised 96 bilateral meetings on '
  'the first afternoon.'),
 ('Follow-up', 'PTP and Confindustria Alto Adriatico will present a proposal for a cross-border cluster desk to the GECT GO '
  'assembly on 11 December 2035. The fifth forum will be held in Gorizia in September 2037.'),
 ('Contact', 'Primorski tehnološki park, Vojkova 63, 5290 Šempeter pri Gorici · forum@ptp.example'),
]
for a, b in sess:
    story += [Paragraph(a, h2), Paragraph(b, st)]
def foot(c, d):
    c.setFont('DV', 7.5); c.drawString(2*28.35, 1.2*28.35, f'Goriška Cross-Border Innovation Forum 2035 · Summary · page {d.page}')
W, H = A4
doc = BaseDocTemplate(os.path.join(B, 'docs', F), pagesize=A4, title='Goriška Cross-Border Innovation Forum 2035 – Summary')
m = 2*28.35
one = Frame(m, m, W-2*m, H-2*m, id='one')
cw = (W-2*m-18)/2
two = [Frame(m, m, cw, H-2*m, id='c1'), Frame(m+cw+18, m, cw, H-2*m, id='c2')]
doc.addPageTemplates([PageTemplate('one', [one], onPage=foot), PageTemplate('two', two, onPage=foot)])
doc.build(story)
KMg = [f.rstrip('.') for f in KM]
gold(F, [
 P("Tanja Kobal Mislej", "Director", "Primorski tehnološki park"),
 P("Stefano Cernic-Feresin", "President", "Confindustria Alto Adriatico"),
 P("Rok Čermelj", "Mayor of Nova Gorica", None),
 P("Alessandra Tomasin-Furlan", "Regional Minister for Productive Activities of Friuli Venezia Giulia", None),
 P("Petra Vidmar Zorn", "secretary general", "European Grouping of Territorial Cooperation GECT GO"),
 P("Aleš Rutar", None, "Slovenian Wood Industry Cluster"),
 P("Marjeta Leban", "CEO", "Lesna Nova d.o.o."),
 P("Giorgio Bressan", None, "Cluster Arredo e Sistema Casa"),
 P("Andrej Kocijančič", None, "Vinska klet Goriška Brda"),
 P("Chiara Del Zotto", None, "Consorzio Tutela Vini Collio"),
 P("Boris Kranjc", None, "Luka Koper d.d."),
 P("Elena Mervic", None, "Autorità di Sistema Portuale del Mare Adriatico Orientale"),
 P("Nina Gregorič Potočnik", "jury chair", "SPIRIT Slovenia"),
 P("Urška Jerman", None, "University of Nova Gorica"),
 P("Luca Visintin", None, "Università degli Studi di Udine"),
], [
 O("Primorski tehnološki park", "PTP"), O("Confindustria Alto Adriatico"),
 O("European Grouping of Territorial Cooperation GECT GO", "EZTS GO"),
 O("Slovenian Wood Industry Cluster"), O("Lesna Nova d.o.o."), O("Cluster Arredo e Sistema Casa"),
 O("Vinska klet Goriška Brda"), O("Consorzio Tutela Vini Collio"), O("Luka Koper d.d."),
 O("Autorità di Sistema Portuale del Mare Adriatico Orientale"), O("University of Nova Gorica"),
 O("Università degli Studi di Udine"), O("SPIRIT Slovenia"), O("Friuli Innovazione"), O("Enterprise Europe Network Slovenia"), O("EEN Friuli Venezia Giulia"),

], [
 E("Goriška Cross-Border Innovation Forum 2035", "2035-09-18", "2035-09-19", "Nova Gorica, Gorizia", "Slovenia, Italy"),
 E("closing plenary", "2035-09-19", "2035-09-19", "Gorizia", "Italy"),
 E("Start-up pitch night", "2035-09-18", "2035-09-18", None, None),
 E("Matchmaking", "2035-09-18", "2035-09-18", None, None),
 E("GECT GO assembly", "2035-12-11", "2035-12-11", None, None),
 E("fifth forum", "2037-09", "2037-09", "Gorizia", "Italy"),
], ["2035-09-18/2035-09-19", "2029", "2031", "2033", "2036", "2035-12-11", "2037-09"], KMg, pub=None)
