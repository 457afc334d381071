from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
W, H = A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
D='/usr/share/fonts/truetype/dejavu/'
for f,n in [('DejaVuSans','DV'),('DejaVuSans-Bold','DVB'),('DejaVuSans-Oblique','DVI'),('DejaVuSans-BoldOblique','DVBI')]:
    pdfmetrics.registerFont(TTFont(n, D+f+'.ttf'))
addMapping('DV',0,0,'DV'); addMapping('DV',1,0,'DVB'); addMapping('DV',0,1,'DVI'); addMapping('DV',1,1,'DVBI')
ss = getSampleStyleSheet()
body = ParagraphStyle('b', parent=ss['Normal'], fontSize=9, leading=11.5, fontName='DV')
name = ParagraphStyle('n', parent=body, fontName='DVB', fontSize=10, spaceBefore=6)
h1 = ParagraphStyle('h', parent=ss['Title'], fontSize=17, leading=21, fontName='DVB')
def deco(c, doc):
    c.saveState(); c.setFont('DV', 8)
    c.drawString(18*mm, H-12*mm, 'Rencontres Arômes & Parfums de Grasse 2035  |  Speakers')
    c.drawRightString(W-18*mm, H-12*mm, 'Version of 3 March 2035')
    c.line(18*mm, H-14*mm, W-18*mm, H-14*mm)
    c.drawCentredString(W/2, 10*mm, 'Page %d' % doc.page)
    c.restoreState()
colw = (W - 36*mm - 8*mm) / 2
top = Frame(18*mm, H-70*mm, W-36*mm, 52*mm, id='top')
l1 = Frame(18*mm, 18*mm, colw, H-90*mm, id='l1'); r1 = Frame(18*mm+colw+8*mm, 18*mm, colw, H-90*mm, id='r1')
l2 = Frame(18*mm, 18*mm, colw, H-36*mm, id='l2'); r2 = Frame(18*mm+colw+8*mm, 18*mm, colw, H-36*mm, id='r2')
doc = BaseDocTemplate('../docs/RAPG-2035_speakers.pdf', pagesize=A4, title='RAPG 2035 speakers')
doc.addPageTemplates([PageTemplate('first', [top, l1, r1], onPage=deco), PageTemplate('rest', [l2, r2], onPage=deco)])
S = []
S.append(Paragraph('Speakers', h1))
S.append(Paragraph('Rencontres Arômes &amp; Parfums de Grasse, 12–13 April 2035, Palais des Congrès de Grasse. Organised by the Pôle Senteurs Azur (PSA), the flavours and fragrances cluster of Provence-Alpes-Côte d\'Azur, with the Chambre de commerce et d\'industrie Nice Côte d\'Azur. Speakers are listed in the order of the programme. Titles and organisations as provided by the speakers; changes after 3 March 2035 are not shown.', body))
S.append(Paragraph('Programme committee: Hélène Castellan-Roux (PSA), Marco Bellini (Università degli Studi di Genova), Yasmine Haddouche (ISIPCA).', body))
S.append(FrameBreak())
sp = [
 ('Opening – Thursday 12 April', None),
 ('Jérôme Audibert', 'President, Pôle Senteurs Azur; Chief Executive Officer, Distilleries Audibert Frères SAS'),
 ('Sabine Faure-Lanteri', 'Vice-President for Economic Development, Région Provence-Alpes-Côte d\'Azur'),
 ('Keynote: Raw materials under climate stress', None),
 ('Prof. Dr. Ulrike Brandstätter', 'Professor of Plant Biochemistry, Universität Hohenheim'),
 ('Panel 1 – Securing natural raw materials', None),
 ('Mathilde Giraud-Vial', 'Head of Sourcing, Floralie Grasse SA (moderator)'),
 ('Rachid El Amrani', 'Managing Director, Atlas Rose Cooperative, Kelaat M\'Gouna, Morocco'),
 ('Dimitra Karagianni', 'Founder and CEO, Mastiq Labs I.K.E., Chios'),
 ('Thomas Lenoir', 'Policy Officer, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), European Commission'),
 ('Panel 2 – Biotech and upcycled ingredients', None),
 ('Dr. Camille Nguyen-Baret', 'Research Director, Laboratoire de Chimie des Molécules Odorantes, Université Côte d\'Azur'),
 ('Lars-Erik Sundqvist', 'Chief Technology Officer, Fermavia Nordic AB'),
 ('Paola De Santis', 'Innovation Manager, Cluster Aromi e Profumi Liguria'),
 ('Day 2 – Friday 13 April', None),
 ('Keynote: Regulation and the fragrance supply chain', None),
 ('Anne-Claire Vidalou', 'Secretary General, Syndicat des Maisons de Parfum Indépendantes'),
 ('Panel 3 – Skills for the next generation of perfumers', None),
 ('Olivier Mouret', 'Director, Institut de Formation aux Métiers du Parfum de Grasse'),
 ('Inés Aguirre Salcedo', 'Senior Perfumer, Esencias del Mediterráneo S.L.'),
 ('Noah Vermeulen', 'student, Master in Fragrance Design, ISIPCA'),
 ('Workshop: Digital traceability', None),
 ('Benoît Chabert', 'Co-founder and CTO, TraceNez SAS'),
 ('Kateřina Dvořáková', 'Cluster Manager, Moravian Cosmetics Cluster'),
 ('Closing', None),
 ('Hélène Castellan-Roux', 'Managing Director, Pôle Senteurs Azur'),
 ('Jean-Pierre Mallet', 'Mayor of Grasse'),
]
TALKS = {'Jérôme Audibert': 'Welcome address. Third-generation distiller; has chaired the cluster since 2032.', 'Sabine Faure-Lanteri': 'The regional strategy for the perfume, aromas and cosmetics sector 2035–2040.', 'Prof. Dr. Ulrike Brandstätter': 'What drought, heat and new pests mean for lavender, jasmine and rose harvests in the Mediterranean basin.', 'Mathilde Giraud-Vial': 'Moderates the first panel; responsible for contracts with growers in twelve countries.', 'Rachid El Amrani': 'Fair prices and traceability for Damask rose growers in the Dadès valley.', 'Dimitra Karagianni': 'Turning mastic resin by-products into fixatives.', 'Thomas Lenoir': 'The Critical Raw Materials debate seen from the perfume industry.', 'Dr. Camille Nguyen-Baret': 'Enzymatic routes to sandalwood-type molecules.', 'Lars-Erik Sundqvist': 'Scaling precision fermentation from 10 litres to 100,000 litres.', 'Paola De Santis': 'Upcycling citrus peel from Ligurian juice producers; lessons from the AROMACIRC project (2031–2034).', 'Anne-Claire Vidalou': 'Labelling, allergens and what the revision of the cosmetics regulation will change for small houses.', 'Olivier Mouret': 'Training perfumers for a market of natural and biotech ingredients.', 'Inés Aguirre Salcedo': "Fifteen years at the perfumer's organ: how palettes are changing.", 'Noah Vermeulen': "The student perspective; winner of the 2034 young perfumers' competition.", 'Benoît Chabert': 'A shared ledger for lots of essential oils, tested with six cluster members since September 2034.', 'Kateřina Dvořáková': 'Cross-cluster cooperation with Czech and Slovak cosmetics producers.', 'Hélène Castellan-Roux': 'Conclusions and next steps for the cluster.', 'Jean-Pierre Mallet': 'Closing words.'}
for n, t in sp:
    if t is None:
        S.append(Paragraph('<u>%s</u>' % n, ParagraphStyle('s', parent=body, fontName='DVI', spaceBefore=8)))
    else:
        S.append(Paragraph(n, name)); S.append(Paragraph(t, body)); S.append(Paragraph('<i>%s</i>' % TALKS[n], body))
    if n == 'Rachid El Amrani': S.append(NextPageTemplate('rest'))
S.append(Spacer(1, 8))
S.append(Paragraph('Practical information: the Meet the Speakers networking lunch takes place on 12 April at 12:30. Press accreditation closes on 27 March 2035. Contact: Léa Bonfils, events officer, Pôle Senteurs Azur.', body))
S.append(Paragraph("The Rencontres are held every two years; the previous edition took place on 18–19 April 2033 in Grasse and the next one is planned for spring 2037. Speakers are invited to the company visits in the Grasse area on the afternoon of 13 April and to the speakers' dinner on 12 April. Presentations will be published on the cluster website after the event, subject to the speakers' consent.", body))
doc.build(S)
