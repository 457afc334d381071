from common import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'b61_11_forum_summary_normandy.pdf'
KM = ["Offshore wind ports must plan for decommissioning and repowering now, not in 2050",
 "Local suppliers win contracts when the cluster bundles their offers into one package",
 "Training centres need shared equipment funded by the region and the developers together",
 "Fishing and wind farms can coexist if data on fish stocks are shared openly",
 "Cross-Channel cooperation with the United Kingdom should be rebuilt around concrete projects"]
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=17, leading=21, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3)
sm = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10, textColor=colors.grey)
W, Hh = A4
def header(c, d):
    c.setFont('DV', 8); c.drawString(40, Hh-30, 'Normandie Énergies Marines — Forum summary'); c.drawRightString(W-40, 30, f'page {d.page} / 2')
doc = BaseDocTemplate(os.path.join(DOCS, F), pagesize=A4, title='Forum summary Cherbourg 2032', author='Normandie Énergies Marines')
full = Frame(40, 40, W-80, Hh-90, id='full')
colw = (W-80-20)/2
c1 = Frame(40, 40, colw, Hh-90, id='c1'); c2 = Frame(60+colw, 40, colw, Hh-90, id='c2')
doc.addPageTemplates([PageTemplate('one', [full], onPage=header), PageTemplate('two', [c1, c2], onPage=header)])
S = []
S.append(Paragraph('Blue Energy Forum Normandy 2032 — Summary of the forum', h1))
S.append(Paragraph('Cherbourg-en-Cotentin, Cité de la Mer, 23–24 June 2032 · published 9 July 2032', sm))
S.append(Spacer(1, 8))
S.append(Paragraph('The sixth Blue Energy Forum Normandy gathered 540 participants from industry, ports, research, fisheries and public authorities at the Cité de la Mer in Cherbourg-en-Cotentin. The forum is organised every two years by the cluster Normandie Énergies Marines (NEM) with the Région Normandie and the Agence de Développement pour la Normandie (AD Normandie). This year the forum marked the tenth anniversary of the first commercial offshore wind farm off the Normandy coast and looked ahead to the tenders for floating wind in the Channel. Over two days, 48 speakers took part in four plenaries, eight workshops and a business convention with 610 pre-arranged meetings.', st))
S.append(Spacer(1, 6))
S.append(Paragraph('The forum was opened by Hervé Le Moigne-Duval, Vice-President of the Région Normandie for the sea and ports, and by Claire Bouchard-Letellier, president of Normandie Énergies Marines and director at Siemens Gamesa Renewable Energy in Le Havre. The keynote was given by Dr. Ingeborg Halvorsen-Moe of the Norwegian research institute SINTEF, who compared the supply chains of the North Sea and the Channel.', st))
S.append(Spacer(1, 10))
box = Table([[Paragraph('<b>Key messages of the forum</b>', h2)]] + [[Paragraph('• ' + k, st)] for k in KM], colWidths=[W-100])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1.2, colors.HexColor('#1f5f8b')), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eef5fa')), ('LEFTPADDING', (0,0), (-1,-1), 10)]))
S.append(box)
S.append(Spacer(1, 10))
S.append(Paragraph('The key messages were drafted by the forum rapporteur, Yannick Le Gall of the Université de Caen Normandie, and approved by the NEM board on 2 July 2032. They will be sent to the Ministry for the Sea and to the Channel Regional Council before the consultation on the maritime spatial plan closes on 30 September 2032.', st))
S.append(NextPageTemplate('two')); S.append(PageBreak())
sessions = [
 ('Plenary 1 — Ports', 'Port directors from Cherbourg, Le Havre and Dieppe described their investment plans. Jean-Baptiste Hamel of Ports de Normandie said the quays in Cherbourg will be extended by 2036 to handle floating foundations. Annelies Verbruggen of the Port of Ostend explained how Ostend organised its decommissioning strategy.'),
 ('Plenary 2 — Supply chain', 'Thierry Ménard, managing director of the SME Ménard Chaudronnerie SAS in Saint-Lô, told how his firm won its first subsea contract only after joining a consortium formed by the cluster. Sophie Kerjean of Bpifrance presented guarantees for SMEs entering the sector.'),
 ('Workshop — Skills', 'The workshop was led by Nadia Ben Salah of the training centre Lycée Alexis de Tocqueville. Participants asked for a shared crane simulator and a sea-survival training pool in the Cotentin.'),
 ('Workshop — Fisheries', 'Representatives of the Comité Régional des Pêches Maritimes de Normandie (CRPMN), led by its president Pascal Lemonnier, met developers. Dr. Maëlle Quéré of IFREMER presented five years of monitoring data around the Courseulles-sur-Mer wind farm.'),
 ('Plenary 3 — Cross-Channel', 'Speakers from the Solent and from Cornwall, among them Rhiannon Pascoe of the Cornwall and Isles of Scilly Good Growth Board, discussed cooperation after the end of the Interreg France (Channel) England programme. The panel proposed a joint test site for floating wind.'),
 ('Plenary 4 — Outlook', 'The closing panel, moderated by journalist Marc-Antoine Rivière, looked at the tenders expected in 2033 and 2034. Claire Bouchard-Letellier announced that the next forum will take place in Le Havre in June 2034.'),
]
for t, b in sessions:
    S.append(Paragraph(t, h2)); S.append(Paragraph(b, st))
S.append(Paragraph('Figures', h2))
fig = Table([['Participants', '540'], ['Countries', '14'], ['Speakers', '48'], ['B2B meetings', '610'], ['Exhibitors', '72']], colWidths=[colw*0.6, colw*0.3])
fig.setStyle(TableStyle([('FONTNAME', (0,0), (-1,-1), 'DV'), ('FONTSIZE', (0,0), (-1,-1), 9), ('GRID', (0,0), (-1,-1), 0.4, colors.grey)]))
S.append(fig)
S.append(Spacer(1, 8))
S.append(Paragraph('Contact: Normandie Énergies Marines, 8 rue Alfred Kastler, Caen · Élodie Marchand, event manager · forum@nem.fr', sm))
doc.build(S)
gold(F, [
 P("Hervé Le Moigne-Duval", "Vice-President of the Région Normandie for the sea and ports", "Région Normandie"),
 P("Claire Bouchard-Letellier", "president", "Normandie Énergies Marines"),
 P("Ingeborg Halvorsen-Moe", None, "SINTEF"),
 P("Yannick Le Gall", "forum rapporteur", "Université de Caen Normandie"),
 P("Jean-Baptiste Hamel", None, "Ports de Normandie"),
 P("Annelies Verbruggen", None, "Port of Ostend"),
 P("Thierry Ménard", "managing director", "Ménard Chaudronnerie SAS"),
 P("Sophie Kerjean", None, "Bpifrance"),
 P("Nadia Ben Salah", None, "Lycée Alexis de Tocqueville"),
 P("Pascal Lemonnier", "president", "Comité Régional des Pêches Maritimes de Normandie"),
 P("Maëlle Quéré", None, "IFREMER"),
 P("Rhiannon Pascoe", None, "Cornwall and Isles of Scilly Good Growth Board"),
 P("Marc-Antoine Rivière", "journalist", None),
 P("Élodie Marchand", "event manager", "Normandie Énergies Marines"),
],[
 O("Normandie Énergies Marines", "NEM"), O("Région Normandie"), O("Agence de Développement pour la Normandie", "AD Normandie"),
 O("Siemens Gamesa Renewable Energy"), O("SINTEF"), O("Université de Caen Normandie"), O("Ministry for the Sea"),
 O("Channel Regional Council"), O("Ports de Normandie"), O("Port of Ostend"), O("Ménard Chaudronnerie SAS"), O("Bpifrance"),
 O("Lycée Alexis de Tocqueville"), O("Comité Régional des Pêches Maritimes de Normandie", "CRPMN"), O("IFREMER"),
 O("Cornwall and Isles of Scilly Good Growth Board"),
],[
 E("Blue Energy Forum Normandy 2032", "2032-06-23", "2032-06-24", "Cherbourg-en-Cotentin", "France"),
 E("Blue Energy Forum Normandy (2034 edition)", "2034-06", None, "Le Havre", "France"),
],["2032-06-23/2032-06-24","2032-07-09","2050","2032-07-02","2032-09-30","2036","2033","2034","2034-06"],
 KM, pub="2032-07-09")
