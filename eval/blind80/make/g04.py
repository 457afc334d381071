from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g04_isle_of_man_maritime_policy_brief.pdf'
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=6)
W, Hh = A4
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(40, Hh-28, 'Manx Maritime Cluster – Policy Brief No. 4/2034')
    c.drawRightString(W-40, 28, f'Page {d.page}'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4)
one = Frame(40, 45, W-80, Hh-95)
c1 = Frame(40, 45, (W-95)/2, Hh-95); c2 = Frame(55+(W-95)/2, 45, (W-95)/2, Hh-95)
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
S = []
A = S.append
A(Paragraph('Making the Isle of Man\'s harbours work for the blue economy', h1))
A(Paragraph('Policy Brief No. 4/2034 · Manx Maritime Cluster (MMC) · published 17 October 2034', st))
A(Paragraph('Authors: Dr. Fenella Corlett-Quayle and Juan Kermode, with contributions from Ing. Pieter de Wit-Kinvig', st))
A(Spacer(1, 10))
A(Paragraph('Summary', h2))
A(Paragraph('The Isle of Man\'s harbours handle more ferry and offshore service traffic per inhabitant than any other British Crown Dependency, yet the small firms that repair vessels, supply marine equipment or farm shellfish capture a shrinking share of that activity. This brief summarises the findings of a survey of 86 member companies carried out between March and June 2034, a series of four roundtables with port users, and interviews with officials of the Isle of Man Ports Division and the Department for Enterprise. It sets out seven recommendations for the Isle of Man Government and for the cluster itself.', st))
box = Table([[Paragraph('<b>Key figures</b>', st)],
 [Paragraph('86 member companies surveyed, 61 per cent with fewer than 20 employees', st)],
 [Paragraph('GBP 410 million: estimated gross value added of the blue economy in 2033', st)],
 [Paragraph('4 of 10 firms lost a contract in 2033 because quay space was not available', st)],
 [Paragraph('23 per cent of ship-repair workers are due to retire by 2040', st)],
 [Paragraph('2 marine engineering graduates for every 5 vacancies', st)]], colWidths=[W-120])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.HexColor('#1f4e79')), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#eaf1f8')), ('LEFTPADDING', (0,0), (-1,-1), 8)]))
A(Spacer(1, 8)); A(box); A(Spacer(1, 8))
A(Paragraph('Why this matters', h2))
A(Paragraph('The Island Blue Economy Strategy 2031–2040 expects the sector to double its exports by the end of the decade. The cluster\'s members agree with that ambition, but warn that it will not be met if port space, skills and permits remain the main bottlenecks. The brief was discussed with members at the cluster\'s autumn policy breakfast on Wednesday 4 October 2034 in Douglas and endorsed by the Board of MMC on 10 October 2034.', st))
A(NextPageTemplate('two')); A(PageBreak())
A(Paragraph('Findings', h2))
A(Paragraph('The survey and roundtables produced the following main findings:', st))
FIND = ['Port access is the single largest constraint: small repair yards in Douglas and Peel share quays with cruise and cargo traffic and are given the lowest priority.',
          'Permits for new aquaculture and offshore installations take on average 26 months, twice as long as in comparable North Atlantic islands.',
          'Firms that cooperate in consortia win larger contracts, but fewer than one in five has done so.',
          'The shortage of welders, marine electricians and naval architects is now more serious than the shortage of capital.']
for f in FIND:
    A(Paragraph('• ' + f, st))
A(Paragraph('Recommendations', h2))
recs = ['Reserve a dedicated repair and fabrication quay in Douglas Harbour for small and medium-sized marine firms.',
 'Create a single permit desk for blue economy projects with a binding decision time of nine months.',
 'Fund an island marine skills academy jointly run by UCM, the Isle of Man Fisheries Research Centre and industry.',
 'Give consortia of at least three local firms extra points in public tenders for port and coastal works.',
 'Include the cluster in the steering group of the Island Blue Economy Strategy.',
 'Open the national research funds to pilot projects in offshore aquaculture and floating solar.',
 'Publish each year a blue economy scoreboard with comparable data on jobs, exports and investment.']
for i, r in enumerate(recs, 1):
    A(Paragraph(f'{i}. {r}', st))
A(NextPageTemplate('one')); A(PageBreak())
A(Paragraph('Who we heard', h2))
A(Paragraph('The roundtables were chaired by Joseph Cregeen-Teare, Chairman of MMC, and by Maria Elena Santini, Senior Manager at the Isle of Man Chamber of Commerce. Contributions came from Captain Noel Faragher of Peel Ship Repair Ltd, Dr. Lara Kinrade of the Isle of Man Fisheries Research Centre, Dr. Ivan Novak of University College Isle of Man (UCM), and Ewa Nowak-Christian of Ramsey Bay Shellfish Co. Ltd. Officials from the Isle of Man Ports Division and from the Department for Enterprise attended as observers.', st))
A(Paragraph('Next steps', h2))
A(Paragraph('The cluster will present this brief to the Economic Policy Review Committee of Tynwald on 12 November 2034 and will report on progress at its Blue Economy Forum on 20 and 21 March 2035 in Ramsey. Members are invited to send comments to policy@mmc.example.im.', st))
A(Paragraph('About MMC', h2))
A(Paragraph('The Manx Maritime Cluster is a non-profit association of 140 companies and institutions active in shipping, ship repair, shellfish farming, marine research and coastal tourism. Its secretariat is hosted at the Nunnery Innovation Hub in Douglas. Chief Executive: Juan Kermode.', st))
A(Paragraph('Disclaimer: this brief reflects the views of the cluster\'s members and not necessarily those of the public bodies consulted.', st))
doc.build(S)
M = "Manx Maritime Cluster"
gold(F,
 [P("Fenella Corlett-Quayle"), P("Juan Kermode", "Chief Executive", M), P("Pieter de Wit-Kinvig"),
  P("Joseph Cregeen-Teare", "Chairman", "MMC"),
  P("Maria Elena Santini", "Senior Manager", "Isle of Man Chamber of Commerce"),
  P("Noel Faragher", None, "Peel Ship Repair Ltd"),
  P("Lara Kinrade", None, "Isle of Man Fisheries Research Centre"),
  P("Ivan Novak", None, "University College Isle of Man"),
  P("Ewa Nowak-Christian", None, "Ramsey Bay Shellfish Co. Ltd")],
 [O(M, "MMC"), O("Isle of Man Ports Division"), O("Department for Enterprise"), O("Isle of Man Government"),
  O("Isle of Man Fisheries Research Centre"), O("University College Isle of Man", "UCM"),
  O("Isle of Man Chamber of Commerce"), O("Peel Ship Repair Ltd"), O("Ramsey Bay Shellfish Co. Ltd"),
  O("Economic Policy Review Committee of Tynwald"), O("Tynwald"), O("Nunnery Innovation Hub")],
 [E("roundtables"), E("autumn policy breakfast", "2034-10-04", None, "Douglas", "Isle of Man"),
  E("Board of MMC", "2034-10-10"),
  E("Economic Policy Review Committee of Tynwald", "2034-11-12"),
  E("Blue Economy Forum", "2035-03-20", "2035-03-21", "Ramsey", "Isle of Man")],
 ["2034-10-17", "2034-03/2034-06", "2033", "2040", "2031/2040", "2034-10-04", "2034-10-10", "2034-11-12", "2035-03-20/2035-03-21"],
 [f.rstrip('.') for f in FIND] + [r.rstrip('.') for r in recs], pub="2034-10-17")
