from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
F = 'g10.pdf'
assert wd(2039,10,4)=='Tuesday' and wd(2039,11,18)=='Friday' and wd(2039,11,19)=='Saturday' and wd(2039,12,2)=='Friday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
N = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=5)
H = ParagraphStyle('h', fontName='DVB', fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceAfter=4, spaceBefore=6)
S = ParagraphStyle('s', fontName='DV', fontSize=8.5, leading=11)
p1 = [
("H","Gävle Circular Steel Challenge 2039"),
("N","Hackathon and innovation challenge · Call for teams · Published 4 October 2039 by Steel Region Gävleborg"),
("N","Steel Region Gävleborg, the cluster of steel and engineering companies in Gävleborg County, invites teams of students, start-ups and employees of member companies to solve four real challenges from the regional steel industry. The challenge ends with a 30-hour hackathon at Högskolan i Gävle and a public pitch day, where a jury picks the winners of prizes worth SEK 400,000 in total."),
("H2","The four challenges"),
("N","1. Scrap sorting with machine vision – set by Sandvik Materials Technology. 2. Predicting energy use of reheating furnaces – set by Ovako Hofors AB. 3. A marketplace for steel offcuts between small workshops – set by Gävle Energi AB and the cluster. 4. Lower-carbon logistics in the port – set by Gävle Hamn AB."),
("H2","Timeline"),
("N","4 October 2039 – call for teams opens<br/>31 October 2039 – registration deadline for teams (2–5 members)<br/>7 November 2039 – online briefing with the challenge owners, 15:00–16:30<br/>Friday 18 November 2039, 09:00 – Saturday 19 November 2039, 15:00 – hackathon, Högskolan i Gävle, building 99<br/>Friday 2 December 2039, 13:00–16:00 – pitch day and award ceremony, Gävle Konserthus"),
("H2","Prizes"),
("N","First prize: SEK 150,000 and a six-month place in the incubator Movexum. Second prize: SEK 100,000. Third prize: SEK 50,000. Challenge prizes: SEK 25,000 for the best solution to each of the four challenges. All finalists are offered a test period at a member company."),
("H2","Who can take part"),
("N","Teams with at least one member living or studying in Sweden. Employees of the challenge owners may not join teams working on their own company's challenge. Participation is free; meals during the hackathon and travel for teams from outside Gävleborg (up to SEK 3,000 per team) are covered."),
("N","The results belong to the teams. Challenge owners have the first right to negotiate a licence or a follow-up contract within six months after the pitch day."),
]
cards = [
("Ingrid Wahlberg","Chair of the jury · CEO, Steel Region Gävleborg"),
("Per-Olof Sundqvist","Head of R&amp;D, Ovako Hofors AB"),
("Leila Haddad","Senior Lecturer in Computer Science, Högskolan i Gävle"),
("Magnus Ek","Investment Manager, Almi Invest Mitt"),
("Karin Söderholm","Business Coach, Movexum"),
("Johan Strandberg","Head of Digitalisation, Gävle Hamn AB"),
]
p2b = [
("H2","How the jury scores"),
("N","Each pitch lasts five minutes followed by five minutes of questions. The jury scores relevance to the challenge (30 %), technical feasibility (25 %), business potential (25 %), climate impact (10 %) and the quality of the pitch (10 %). The decision of the jury is final."),
("H2","Programme of the pitch day, 2 December 2039"),
("N","13:00 Welcome – Anders Nyberg, Municipal Commissioner, Gävle Municipality<br/>13:15 Pitches of the ten finalist teams<br/>15:00 Jury deliberation; keynote by Region Gävleborg on the regional smart specialisation strategy 2038–2045<br/>15:40 Award ceremony<br/>16:00 Networking mingle"),
("H2","Partners"),
("N","Steel Region Gävleborg · Högskolan i Gävle · Region Gävleborg · Movexum · Almi Företagspartner Gävleborg · Sandvik Materials Technology · Ovako Hofors AB · Gävle Energi AB · Gävle Hamn AB. The challenge is co-financed by the European Regional Development Fund."),
("N","Register at steelregion.example.se/challenge · Questions: Emil Forsberg, project coordinator, emil.forsberg@steelregion.example.se, +46 26 000 71 90"),
]
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(40, 815, 'Steel Region Gävleborg · Gävle Circular Steel Challenge 2039')
    c.drawRightString(555, 20, f'{d.page} / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
full = Frame(40, 40, 515, 762, id='f')
colw = 250
c1 = Frame(40, 40, colw, 762, id='c1'); c2 = Frame(40+colw+15, 40, colw, 762, id='c2')
doc.addPageTemplates([PageTemplate('one', [full], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
st = {'H':H,'N':N,'H2':H2}
story = [Paragraph(t, st[k]) for k, t in p1]
story += [NextPageTemplate('two'), FrameBreak()] if False else [NextPageTemplate('two')]
from reportlab.platypus import PageBreak
story.append(PageBreak())
story.append(Paragraph('The jury', H2))
rows = []
for i in range(0, len(cards), 2):
    rows.append([Paragraph(f'<b>{n}</b><br/>{r}', S) for n, r in cards[i:i+2]])
t = Table(rows, colWidths=[120, 120])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP')]))
story.append(t); story.append(Spacer(1, 8))
story += [Paragraph(t, st[k]) for k, t in p2b]
doc.build(story)
gold(F,
 [P("Ingrid Wahlberg","CEO","Steel Region Gävleborg"),
  P("Per-Olof Sundqvist","Head of R&D","Ovako Hofors AB"),
  P("Leila Haddad","Senior Lecturer in Computer Science","Högskolan i Gävle"),
  P("Magnus Ek","Investment Manager","Almi Invest Mitt"),
  P("Karin Söderholm","Business Coach","Movexum"),
  P("Johan Strandberg","Head of Digitalisation","Gävle Hamn AB"),
  P("Anders Nyberg","Municipal Commissioner","Gävle Municipality"),
  P("Emil Forsberg","project coordinator",None)],
 [O("Steel Region Gävleborg"), O("Högskolan i Gävle"), O("Sandvik Materials Technology"), O("Ovako Hofors AB"),
  O("Gävle Energi AB"), O("Gävle Hamn AB"), O("Movexum"), O("Almi Invest Mitt"), O("Gävle Municipality"),
  O("Region Gävleborg"), O("Almi Företagspartner Gävleborg")],
 [E("Gävle Circular Steel Challenge 2039","2039-11-18","2039-12-02","Gävle","Sweden"),
  E("online briefing","2039-11-07"),
  E("hackathon","2039-11-18","2039-11-19","Gävle","Sweden"),
  E("pitch day","2039-12-02",None,"Gävle","Sweden"),
  E("Award ceremony","2039-12-02",None,"Gävle","Sweden"),
  E("Networking mingle","2039-12-02",None,"Gävle","Sweden")],
 ["2039-10-04","2039-10-31","2039-11-07","2039-11-18/2039-11-19","2039-12-02","2038/2045"],
 [], pub="2039-10-04")
