from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
F = 'g13_rubicon_interreg_final_report.pdf'
assert wd(2040,11,26)=='Monday' and wd(2040,11,27)=='Tuesday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
sm = ParagraphStyle('sm', fontName='DV', fontSize=8, leading=10)
smb = ParagraphStyle('smb', fontName='DVB', fontSize=8.5, leading=11)
def footer(c, doc):
    c.setFont('DV', 7.5)
    c.drawString(40, 25, 'RUBICON – Final report (summary for the public)   |   Interreg VI-A Romania-Bulgaria')
    c.drawRightString(555, 25, 'Page %d of 2' % doc.page)
S = []
S.append(Paragraph('RUBICON – Ruse-Giurgiu Bridge for Industrial Cooperation and Innovation', h1))
S.append(Paragraph('Final report – summary for the public. Project period: 1 October 2037 – 30 September 2040. Date of report: 14 December 2040.', n))
S.append(Paragraph('1. The project in brief', h2))
S.append(Paragraph('RUBICON connected the industrial clusters on both sides of the Danube between Ruse in Bulgaria and Giurgiu in Romania. Over three years the partners built a joint cluster office on the Friendship Bridge corridor, trained cluster staff, and helped 118 small and medium-sized firms find partners and customers across the river. The total budget was EUR 2.4 million, of which 80 % came from the European Regional Development Fund.', n))
S.append(Paragraph('The project was led by the Ruse Industrial Cluster Association. Its project manager, Desislava Georgieva, coordinated a team of eleven people in five partner organisations. The joint secretariat of the programme in Călărași followed the project through its project officer, Radu Iordache.', n))
S.append(Paragraph('2. Main results', h2))
S.append(Paragraph('The partners report the following main results:', n))
for r in ['A joint cross-border cluster office opened in Ruse in May 2038 and served 412 requests from companies by the end of the project',
          '118 SMEs took part in cross-border matchmaking, and 37 signed cooperation or supply agreements',
          'Six joint innovation projects were prepared, of which three received national funding in Bulgaria or Romania',
          'A common training curriculum for cluster managers was tested with 46 participants and accredited by the University of Ruse',
          'A cross-border cluster strategy for the Ruse-Giurgiu area was adopted by both municipal councils in 2040']:
    S.append(Paragraph('• ' + r, n))
S.append(Paragraph('3. Lessons learnt', h2))
S.append(Paragraph('The partners found that language was less of a barrier than expected, because most young managers use English. Differences in public procurement rules and in VAT treatment of services were the main obstacles for companies. They also learnt that small firms need a person they know on the other side of the river: the two cross-border brokers employed by the project were named by companies as the most useful service. Tsvetan Dimitrov, managing director of the Ruse Industrial Cluster Association, noted that the number of Romanian members of the association rose from two to nineteen during the project.', n))
S.append(Paragraph('Not everything worked as planned. The online cluster marketplace launched in 2038 attracted few users, and the partners closed it after a year in favour of personal brokerage. The planned joint laboratory for materials testing could not be financed within the project budget and has been moved to the follow-up proposal. The partners nevertheless consider that the core objectives of the project were reached or exceeded, as the key figures on the next page show. Delays at the border crossing during the renovation of the Friendship Bridge in 2039 also made some study visits shorter than foreseen.', n))
S.append(Paragraph('4. Events', h2))
S.append(Paragraph('The project held nine matchmaking days, four study visits and two cluster forums. The closing event, the RUBICON Final Conference, took place on Monday 26 and Tuesday 27 November 2040 at the Riverside Hotel in Ruse and in the Giurgiu Chamber of Commerce, Industry and Agriculture. It brought together 210 participants, among them Ivaylo Petkov, Deputy Minister of Innovation and Growth of Bulgaria, and Mihaela Stanciu, Secretary of State at the Ministry of Development, Public Works and Administration of Romania. A study visit to the Port of Giurgiu on 27 November 2040 closed the conference.', n))
S.append(PageBreak())
S.append(Paragraph('5. The partnership', h1))
def card(name, role, people):
    return [Paragraph(name, smb), Paragraph(role, sm), Paragraph(people, sm)]
cards = [
 card('Ruse Industrial Cluster Association (RICA)', 'Lead partner – Ruse, Bulgaria', 'Desislava Georgieva, project manager; Tsvetan Dimitrov, managing director'),
 card('Giurgiu Danube Industrial Cluster (GDIC)', 'Partner – Giurgiu, Romania', 'Cristina Marinescu, cluster manager'),
 card('University of Ruse "Angel Kanchev"', 'Partner – Ruse, Bulgaria', 'Prof. Nikolay Stoyanov, vice-rector for research'),
 card('Giurgiu Chamber of Commerce, Industry and Agriculture', 'Partner – Giurgiu, Romania', 'Florin Dumitrescu, president'),
 card('South-Muntenia Regional Development Agency (ADR Sud-Muntenia)', 'Partner – Călărași, Romania', 'Andreea Popa, head of innovation'),
 card('Associated partner: Bulgarian Association of Clusters', 'Sofia, Bulgaria', 'Elena Ivanova, executive director'),
]
rows = [[cards[0], cards[1], cards[2]], [cards[3], cards[4], cards[5]]]
t = Table(rows, colWidths=[170,170,170])
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('BACKGROUND',(0,0),(-1,-1),colors.whitesmoke)]))
S.append(t)
S.append(Spacer(1,10))
S.append(Paragraph('6. Key figures', h2))
kf = [['Indicator','Target','Achieved'],['SMEs supported','100','118'],['Cooperation agreements','25','37'],['Joint innovation projects','5','6'],['People trained','40','46'],['Participants in events','900','1,340']]
t2 = Table(kf, colWidths=[220,80,80]); t2.setStyle(TableStyle([('FONTNAME',(0,0),(-1,-1),'DV'),('FONTSIZE',(0,0),(-1,-1),8.5),('GRID',(0,0),(-1,-1),0.4,colors.grey)]))
S.append(t2)
S.append(Paragraph('7. After the project', h2))
S.append(Paragraph('The cross-border cluster office will stay open until at least December 2043, financed by membership fees and by the two municipalities. The partners have agreed to hold a RUBICON Cluster Forum every year in spring, alternating between Ruse and Giurgiu; the first one is planned for April 2041 in Giurgiu. A follow-up proposal on hydrogen logistics on the Danube will be submitted to the next call of the programme.', n))
S.append(Paragraph('Contact: Desislava Georgieva, rubicon@rica.example.bg, +359 82 000 000. This publication was produced with the financial support of the European Union. Its contents are the sole responsibility of the Ruse Industrial Cluster Association and do not necessarily reflect the views of the European Union.', sm))
doc = SimpleDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=45, title='RUBICON final report')
doc.build(S, onFirstPage=footer, onLaterPages=footer)
R = "Ruse Industrial Cluster Association"
gold(F,
 [P("Desislava Georgieva","project manager",R), P("Radu Iordache","project officer",None),
  P("Tsvetan Dimitrov","managing director",R), P("Ivaylo Petkov","Deputy Minister of Innovation and Growth of Bulgaria",None),
  P("Mihaela Stanciu","Secretary of State","Ministry of Development, Public Works and Administration of Romania"),
  P("Cristina Marinescu","cluster manager","Giurgiu Danube Industrial Cluster"),
  P("Nikolay Stoyanov","vice-rector for research",'University of Ruse "Angel Kanchev"'),
  P("Florin Dumitrescu","president","Giurgiu Chamber of Commerce, Industry and Agriculture"),
  P("Andreea Popa","head of innovation","South-Muntenia Regional Development Agency"),
  P("Elena Ivanova","executive director","Bulgarian Association of Clusters")],
 [O(R,"RICA"), O("Giurgiu Danube Industrial Cluster","GDIC"), O('University of Ruse "Angel Kanchev"'),
  O("Giurgiu Chamber of Commerce, Industry and Agriculture"), O("South-Muntenia Regional Development Agency","ADR Sud-Muntenia"),
  O("Bulgarian Association of Clusters"), O("Ministry of Development, Public Works and Administration of Romania"),
  O("Port of Giurgiu"), O("European Union")],
 [E("RUBICON Final Conference","2040-11-26","2040-11-27","Ruse, Giurgiu","Bulgaria, Romania"),
  E("study visit to the Port of Giurgiu","2040-11-27",None,"Giurgiu","Romania"),
  E("RUBICON Cluster Forum","2041-04",None,"Giurgiu","Romania")],
 ["2037-10-01/2040-09-30","2040-12-14","2038-05","2040","2039","2038","2040-11-26/2040-11-27","2040-11-27","2043-12","2041-04"],
 ["A joint cross-border cluster office opened in Ruse in May 2038 and served 412 requests from companies by the end of the project",
  "118 SMEs took part in cross-border matchmaking, and 37 signed cooperation or supply agreements",
  "Six joint innovation projects were prepared, of which three received national funding in Bulgaria or Romania",
  "A common training curriculum for cluster managers was tested with 46 participants and accredited by the University of Ruse",
  "A cross-border cluster strategy for the Ruse-Giurgiu area was adopted by both municipal councils in 2040"],
 "2040-12-14")
