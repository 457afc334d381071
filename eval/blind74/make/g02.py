from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'south-karelia-hydrogen-valley-policy-brief-3-2035.pdf'
s = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5)
h = ParagraphStyle('h', fontName='DVB', fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
t = ParagraphStyle('t', fontName='DVB', fontSize=17, leading=21)
paras1 = [
 ("t","POLICY BRIEF No 3/2035"),
 ("t","Scaling up hydrogen valleys: what regions can learn from South Karelia"),
 ("p","Etelä-Karjalan vetyklusteri (South Karelia Hydrogen Cluster, EKV) · Lappeenranta, 12 June 2035"),
 ("p","Authors: TkT Anniina Virolainen-Nurmi (LUT University), Tomi KOSKINEN (EKV) and Lena Van den Broeck (Hydrogen Europe Research)."),
]
left = [
 ("h","Summary"),
 ("p","South Karelia has built one of the first hydrogen valleys in Northern Europe. Between 2029 and 2034 the cluster's 74 members commissioned 38 MW of electrolysis capacity in Lappeenranta, Imatra and Joutseno, supplying buses, a pulp mill and a lime kiln. This brief draws on twenty interviews and on a regional workshop held in Lappeenranta on 15 April 2035 to set out what national and European policy makers can do to help other regions follow."),
 ("h","Why this matters"),
 ("p","The national hydrogen roadmap 2021–2030 set a target of two GW of electrolysers by 2030, yet most projects remain on paper. Hydrogen valleys combine production, storage and several users in one area, which lowers risk for each investor. The experience of South Karelia shows that the bottleneck is rarely technology: it is coordination, permitting and the long time between grant decisions and construction."),
 ("h","What we found"),
 ("p","Projects that had an anchor customer from the start reached final investment decision in 19 months on average, against 41 months for the others. The Regional Council of South Karelia played a decisive role by bundling permits and by hosting a single contact point. Small companies in the supply chain, such as compressor and valve makers, struggled to obtain certification and often lost orders to foreign suppliers."),
]
right = [
 ("h","Recommendations"),
 ("p","1. National authorities should create a one-stop permitting procedure for hydrogen production sites below 50 MW, with a binding deadline of twelve months."),
 ("p","2. Regional operational programmes should fund the coordination of hydrogen valleys, including a dedicated manager, for at least six years."),
 ("p","3. The Clean Hydrogen Partnership should reserve part of its calls for second-generation valleys that replicate proven set-ups in less developed regions."),
 ("p","4. Certification bodies and cluster organisations should jointly run a testing programme for components made by SMEs."),
 ("p","5. Public transport authorities should be encouraged to sign long-term offtake contracts that give producers a predictable anchor demand."),
 ("p","6. Skills councils should include hydrogen safety in vocational curricula for technicians from the school year 2036/2037."),
]
box = "<b>Box 1 – The Lappeenranta bus depot</b><br/>In September 2031 the municipal operator Lappeenrannan Liikenne Oy opened a refuelling station fed by a 5 MW electrolyser owned by Saimaan Vihreä Energia Oy The contract for 15 years made the project bankable. Today 44 buses run on hydrogen and the station also serves trucks of the logistics firm Kuljetus Vainikka Oy. According to Marko Dahlström, the operator's technical director, availability reached 96 per cent in 2034."
more = [
 ("h","Outlook"),
 ("p","The cluster will present these recommendations at the European Hydrogen Valleys Week in Brussels from 23 to 25 October 2035 and to the Ministry of Economic Affairs and Employment. Comments can be sent to the cluster office until 31 August 2035."),
 ("h","About this brief"),
 ("p","The Policy Brief series of EKV is published three times a year. The workshop of 15 April 2035 was co-organised with the Regional Council of South Karelia and chaired by Jaakko Pietikäinen, director of its Department of Regional Development. The authors thank Kirsi Sademies-Lehto for editing. Views expressed are those of the authors."),
 ("p","Previous briefs: No 1/2035 'Green steel and copper'; No 2/2035 'Waste heat in district heating'."),
 ("p","The next brief, on hydrogen skills, is planned for October 2035. Readers who wish to contribute case studies from their own regions are invited to contact the cluster office; the editors especially welcome examples from Saxony, Estonia and northern Norway."),
 ("p","Contact: toimisto@ekv-vety.fi · Laserkatu 6, 53850 Lappeenranta"),
]
def mk(lst):
    out=[]
    for k,x in lst:
        out.append(Paragraph(x, t if k=='t' else h if k=='h' else s)); out.append(Spacer(1,4))
    return out
W,H = A4
def footer(c, d):
    c.setFont('DV',8); c.drawString(40,25,'EKV Policy Brief 3/2035'); c.drawRightString(W-40,25,'%d' % d.page)
doc = BaseDocTemplate('../docs/'+F, pagesize=A4)
full = Frame(40,50,W-80,H-90,id='f')
c1 = Frame(40,50,(W-95)/2,H-90,id='c1'); c2 = Frame(55+(W-95)/2,50,(W-95)/2,H-90,id='c2')
doc.addPageTemplates([PageTemplate('one',[full],onPage=footer), PageTemplate('two',[c1,c2],onPage=footer)])
story = mk(paras1) + [NextPageTemplate('two'), PageBreak()] + mk(left) + [FrameBreak()] + mk(right)
tb = Table([[Paragraph(box, s)]], colWidths=[(W-95)/2-6]); tb.setStyle(TableStyle([('BOX',(0,0),(-1,-1),1,colors.darkgreen),('BACKGROUND',(0,0),(-1,-1),colors.HexColor('#eef6ee'))]))
story += [Spacer(1,6), tb, NextPageTemplate('one'), PageBreak()] + mk(more)
doc.build(story)
gold(F, [P('Anniina Virolainen-Nurmi',None,'LUT University'), P('Tomi KOSKINEN',None,'EKV'),
 P('Lena Van den Broeck',None,'Hydrogen Europe Research'), P('Marko Dahlström','technical director',None),
 P('Jaakko Pietikäinen','director','Department of Regional Development'), P('Kirsi Sademies-Lehto',None,None)],
 [O('Etelä-Karjalan vetyklusteri','EKV'), O('LUT University'), O('Hydrogen Europe Research'),
  O('Clean Hydrogen Partnership'), O('Lappeenrannan Liikenne Oy'), O('Saimaan Vihreä Energia Oy'), O('Kuljetus Vainikka Oy'),
  O('Ministry of Economic Affairs and Employment'), O('Regional Council of South Karelia'), O('Department of Regional Development')],
 [E('regional workshop','2035-04-15','2035-04-15','Lappeenranta','Finland'), E('European Hydrogen Valleys Week','2035-10-23','2035-10-25','Brussels','Belgium')],
 ['2035-06-12','2029/2034','2035-04-15','2021/2030','2030','2036/2037','2031-09','2034','2035-10-23/2035-10-25','2035-08-31','2035-10'],
 ['National authorities should create a one-stop permitting procedure for hydrogen production sites below 50 MW, with a binding deadline of twelve months',
  'Regional operational programmes should fund the coordination of hydrogen valleys, including a dedicated manager, for at least six years',
  'The Clean Hydrogen Partnership should reserve part of its calls for second-generation valleys that replicate proven set-ups in less developed regions',
  'Certification bodies and cluster organisations should jointly run a testing programme for components made by SMEs',
  'Public transport authorities should be encouraged to sign long-term offtake contracts that give producers a predictable anchor demand',
  'Skills councils should include hydrogen safety in vocational curricula for technicians from the school year 2036/2037'],
 pub='2035-06-12')
