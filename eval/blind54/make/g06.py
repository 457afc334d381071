from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor
F = 'SaveursTech2036_speakers.pdf'
speakers = [
 ('Agnès PERRIN-MOUTARDIER','Opening keynote · President','Cluster Saveurs Innovantes Bourgogne'),
 ('Olivier Lagrange','Vice-President for Economy and Innovation','Région Bourgogne-Franche-Comté'),
 ('Dr. Sabine Vanhoutte','Head of Alternative Proteins',"Val d'Ouche Protéines SAS"),
 ('Matteo Bellandi','Chief Executive Officer','Fermenta Padana S.r.l., Parma'),
 ('Prof. Hélène Corbet','Director of the Food Process Lab','Institut Agro Dijon'),
 ('Julia von Stetten','Senior Policy Officer, Unit "Food Systems"','DG AGRI, European Commission'),
 ('Thomas Guyot','co-founder & CTO','Moutardia'),
 ('Rémi Sauvageot','Plant Director','Laiteries de la Bresse SA'),
 ('Ana Isabel Ferreira','Innovation Manager','PortugalFoods'),
 ('Dr. Kristof De Wachter','Research Group Leader, Precision Fermentation','Scheldt Food Tech Centre'),
 ('Chloé Bernardin','Sustainability Manager','Brasserie du Morvan SARL'),
 ('Lukas Schmiedinger','Managing Director','AgroRobotik Weihenstephan GmbH'),
 ('Marie-Pierre Jacquot','Head of the Agri-food Team','Bpifrance Dijon'),
 ('Naïma El Khoury','Founder','Pépins & Co'),
 ('Hugo Desbois','Cluster Manager','Cluster Saveurs Innovantes Bourgogne'),
 ('Anneke de Groot','Programme Manager','AgriFood Hub Veluwe'),
 ('Étienne Mairet','Chief Digital Officer','Coopérative Bourgogne Grains'),
 ('Silvia Marchetti','Senior Analyst','European Food Innovation Observatory (EFIO)'),
]
c = canvas.Canvas('../docs/' + F, pagesize=A4)
W, H = A4
def header(page):
    c.setFont('Helvetica', 8); c.setFillColor(HexColor('#555555'))
    c.drawString(40, H - 30, 'SaveursTech 2036 – Dijon, 24–25 March 2036 – Speakers')
    c.drawRightString(W - 40, H - 30, 'Cluster Saveurs Innovantes Bourgogne (CSIB)')
    c.drawCentredString(W / 2, 25, 'Page %d / 2' % page)
    c.setFillColor(HexColor('#000000'))
def card(x, y, s):
    c.setStrokeColor(HexColor('#999999')); c.rect(x, y - 60, 50, 60)
    c.setFont('Helvetica', 6); c.drawCentredString(x + 25, y - 33, 'photo')
    c.setFont('Helvetica-Bold', 9); c.drawString(x, y - 74, s[0])
    c.setFont('Helvetica', 8); c.drawString(x, y - 86, s[1])
    c.setFont('Helvetica-Oblique', 8); c.drawString(x, y - 98, s[2])
def para(lines, y, size=9.5):
    c.setFont('Helvetica', size)
    for l in lines:
        c.drawString(40, y, l); y -= size + 4
    return y
header(1)
c.setFont('Helvetica-Bold', 16); c.drawString(40, H - 65, 'SaveursTech 2036 – Speakers')
y = para(['SaveursTech, the annual food-technology conference of the Cluster Saveurs Innovantes Bourgogne (CSIB), returns for its',
 'sixth edition on Monday 24 and Tuesday 25 March 2036 at the Palais des Congrès in Dijon. Two days, four plenaries, eight',
 'workshops and about 600 participants from research, industry and the public sector. This list of speakers was last updated',
 'on 2 March 2036 and may still change. Speakers appear in order of their first session.'], H - 90)
cols = [40, 225, 410]
yy = y - 10
for i, s in enumerate(speakers[:12]):
    col = i % 3; row = i // 3
    card(cols[col], yy - row * 125, s)
c.showPage()
header(2)
yy = H - 50
for i, s in enumerate(speakers[12:]):
    col = i % 3; row = i // 3
    card(cols[col], yy - row * 125, s)
y = yy - 2 * 125 - 10
c.setFont('Helvetica-Bold', 11); c.drawString(40, y, 'Programme at a glance'); y -= 16
y = para([
 'Monday 24 March 2036',
 '09:30  Opening keynote: Agnès PERRIN-MOUTARDIER (CSIB) and Olivier Lagrange (Région Bourgogne-Franche-Comté)',
 '10:30  Plenary 1 "Proteins of tomorrow" – chaired by Prof. Hélène Corbet, with Sabine Vanhoutte, Matteo Bellandi and',
 '       Kristof De Wachter',
 '14:00  Plenary 2 "EU policy for food innovation" – Julia von Stetten (DG AGRI) in dialogue with Silvia Marchetti (EFIO)',
 '16:00  Start-up pitches, moderated by Hugo Desbois; jury chaired by Marie-Pierre Jacquot (Bpifrance Dijon)',
 '19:30  Cluster dinner at the Cité internationale de la gastronomie et du vin (registration required)',
 'Tuesday 25 March 2036',
 '09:00  Plenary 3 "Digital farms and factories" – Lukas Schmiedinger, Étienne Mairet, Rémi Sauvageot',
 '11:00  Plenary 4 "Regions that work together" – Ana Isabel Ferreira, Anneke de Groot and Hugo Desbois',
 '16:45  Company visits: Moutardia (Chenôve) and Brasserie du Morvan (Saulieu)',
 '',
 'Practical information: registration closes on 16 March 2036. The conference is organised by CSIB with the support of',
 'the Région Bourgogne-Franche-Comté and Dijon Métropole. Previous editions: Beaune 2031, Dijon 2032, Chalon-sur-Saône',
 '2033, Dijon 2034 and Mâcon 2035. Contact: events@saveurs-innovantes.example'], y)
y -= 8
c.setFont('Helvetica-Bold', 11); c.drawString(40, y, 'Workshops (Tuesday 25 March 2036, 14:00–16:30, Palais des Congrès)'); y -= 16
y = para([
 'W1  Clean-label fermentation – led by Dr. Pauline Roux-Chevalier, senior researcher, INRAE Dijon',
 'W2  Water reuse in dairies – led by Rémi Sauvageot with Baptiste Noirot (process engineer, Laiteries de la Bresse SA)',
 'W3  Funding your pilot line – with Marie-Pierre Jacquot and Léa Fontenay, EU funding adviser at the CSIB office',
 'W4  Export to Japan – Kenji Morimoto, trade adviser, Business France Tokyo, and Ana Isabel Ferreira',
 'W5  Robots in small bakeries – Lukas Schmiedinger and Manon Chaput (Boulangeries Chaput, Auxonne)',
 'W6  Mustard seed: from field to jar – Thomas Guyot and the Burgundy mustard seed growers\' association (APGMB)',
 'W7  Consumer data and labelling – Silvia Marchetti with Jérôme Vadot, head of marketing, Coopérative Bourgogne Grains',
 'W8  Young talents – students of Institut Agro Dijon present their final-year projects (coordination: Prof. Hélène Corbet)',
 '',
 'Moderators of the plenaries are members of the CSIB board. The conference language is English; the pitches and',
 'workshops W5 and W6 are held in French. Slides will be published on the cluster website by 10 April 2036.'], y)
c.save()
import re
gold(F, [
 P('Pauline Roux-Chevalier','senior researcher','INRAE Dijon'),
 P('Baptiste Noirot','process engineer','Laiteries de la Bresse SA'),
 P('Léa Fontenay','EU funding adviser','Cluster Saveurs Innovantes Bourgogne'),
 P('Kenji Morimoto','trade adviser','Business France Tokyo'),
 P('Manon Chaput',None,'Boulangeries Chaput'),
 P('Jérôme Vadot','head of marketing','Coopérative Bourgogne Grains'),
 P('Agnès PERRIN-MOUTARDIER','President','Cluster Saveurs Innovantes Bourgogne'),
 P('Olivier Lagrange','Vice-President for Economy and Innovation','Région Bourgogne-Franche-Comté'),
 P('Sabine Vanhoutte','Head of Alternative Proteins',"Val d'Ouche Protéines SAS"),
 P('Matteo Bellandi','Chief Executive Officer','Fermenta Padana S.r.l.'),
 P('Hélène Corbet','Director of the Food Process Lab','Institut Agro Dijon'),
 P('Julia von Stetten','Senior Policy Officer','DG AGRI'),
 P('Thomas Guyot','co-founder & CTO','Moutardia'),
 P('Rémi Sauvageot','Plant Director','Laiteries de la Bresse SA'),
 P('Ana Isabel Ferreira','Innovation Manager','PortugalFoods'),
 P('Kristof De Wachter','Research Group Leader, Precision Fermentation','Scheldt Food Tech Centre'),
 P('Chloé Bernardin','Sustainability Manager','Brasserie du Morvan SARL'),
 P('Lukas Schmiedinger','Managing Director','AgroRobotik Weihenstephan GmbH'),
 P('Marie-Pierre Jacquot','Head of the Agri-food Team','Bpifrance Dijon'),
 P('Naïma El Khoury','Founder','Pépins & Co'),
 P('Hugo Desbois','Cluster Manager','Cluster Saveurs Innovantes Bourgogne'),
 P('Anneke de Groot','Programme Manager','AgriFood Hub Veluwe'),
 P('Étienne Mairet','Chief Digital Officer','Coopérative Bourgogne Grains'),
 P('Silvia Marchetti','Senior Analyst','European Food Innovation Observatory'),
],[
 O('Cluster Saveurs Innovantes Bourgogne','CSIB'), O('Région Bourgogne-Franche-Comté'), O("Val d'Ouche Protéines SAS"),
 O('Fermenta Padana S.r.l.'), O('Institut Agro Dijon'), O('DG AGRI'), O('European Commission'), O('Moutardia'),
 O('Laiteries de la Bresse SA'), O('PortugalFoods'), O('Scheldt Food Tech Centre'), O('Brasserie du Morvan SARL'),
 O('AgroRobotik Weihenstephan GmbH'), O('Bpifrance Dijon'), O('Pépins & Co'), O('AgriFood Hub Veluwe'),
 O('Coopérative Bourgogne Grains'), O('European Food Innovation Observatory','EFIO'), O('Dijon Métropole'), O('INRAE Dijon'), O('Business France Tokyo'), O('Boulangeries Chaput'), O('APGMB'), O('Unit "Food Systems"'),
],[
 E('SaveursTech 2036','2036-03-24','2036-03-25','Dijon','France'),
 E('SaveursTech 2031','2031','2031','Beaune','France'),
 E('SaveursTech 2032','2032','2032','Dijon','France'),
 E('SaveursTech 2033','2033','2033','Chalon-sur-Saône','France'),
 E('SaveursTech 2034','2034','2034','Dijon','France'),
 E('SaveursTech 2035','2035','2035','Mâcon','France'),
],['2036-03-24/2036-03-25','2036-03-02','2036-03-24','2036-03-25','2036-03-16','2031','2032','2033','2034','2035','2036-04-10'])
