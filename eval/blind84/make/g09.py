from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g09_cumbria_nuclear_supply_chain_policy_brief.pdf'
assert wd(2039,11,3)=='Thursday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=8.6, leading=11.2)
h = ParagraphStyle('h', fontName='DVB', fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=2)
t = ParagraphStyle('t', fontName='DVB', fontSize=15, leading=18)
W, Hh = A4
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(40, Hh-28, 'Cumbria Nuclear & Clean Energy Cluster · Policy Brief No. 7 · November 2039')
    c.drawRightString(W-40, 28, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate('../docs/'+F, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
fw = (W-80-14)/2
p1 = [Frame(40, Hh-190, W-80, 150, id='top'), Frame(40, 40, fw, Hh-235, id='l'), Frame(40+fw+14, 40, fw, Hh-235, id='r')]
p2 = [Frame(40, 40, fw, Hh-80, id='l2'), Frame(40+fw+14, 40, fw, Hh-80, id='r2')]
doc.addPageTemplates([PageTemplate('one', p1, onPage=hdr), PageTemplate('two', p2, onPage=hdr)])
S = []
S += [Paragraph('POLICY BRIEF No. 7', h), Paragraph('Keeping the work local: the West Cumbria supply chain after decommissioning', t), Spacer(1,6),
 Paragraph('Published 21 November 2039 by the Cumbria Nuclear &amp; Clean Energy Cluster (CNCEC), Whitehaven. Authors: Dr Eleanor Fell, Head of Research, CNCEC, and Gareth Wilson, Senior Economist, Lancaster University Management School. Reviewed by Prof. Hamish Doig, University of Cumbria.', n),
 NextPageTemplate('two'), FrameBreak()]
body = [
 ('h','Summary'),
 ('p','West Cumbria has depended on one large nuclear site for three generations. As the decommissioning programme moves from high-hazard reduction to long-term care, the number of direct jobs on the site is expected to fall by about a third between 2036 and 2045. This brief, based on a survey of 212 supplier firms carried out between March and June 2039 and on 38 interviews, asks what the region must do so that the skills and firms built around the site find new markets.'),
 ('h','Key findings'),
 ('p','The survey and interviews point to five findings:'),
 ('b','1. Two thirds of supplier firms earn more than half of their turnover from a single customer, and few have a written plan for diversification.'),
 ('b','2. The skills that make firms valuable on the site – nuclear-grade welding, safety cases, remote handling – are in demand in offshore wind, hydrogen and small modular reactors, but firms lack the certifications those markets require.'),
 ('b','3. Small firms find public tenders outside the region too complex and too slow to be worth the effort.'),
 ('b','4. Young engineers leave the county mainly for housing and transport reasons, not for pay.'),
 ('b','5. Local partnerships work well but are fragmented: the brief counted eleven separate business-support schemes in a county of half a million people.'),
 ('h','Recommendations'),
 ('p','The cluster asks the Cumberland Council, the Nuclear Decommissioning Authority (NDA), the Department for Energy Security and Net Zero and the local enterprise bodies to act on six recommendations:'),
 ('b','1. Fund a diversification voucher of up to £25,000 per firm for certification in new energy markets.'),
 ('b','2. Require large contractors on the site to publish a pipeline of sub-contracts at least twelve months ahead.'),
 ('b','3. Merge the eleven support schemes into one front door run jointly by the cluster and Cumbria Chamber of Commerce.'),
 ('b','4. Build a shared test and training hall for remote handling and robotics at the Energus centre in Workington.'),
 ('b','5. Tie apprenticeship funding to housing: at least 200 affordable homes for young workers in Whitehaven and Workington by 2042.'),
 ('b','6. Open a joint supplier desk with the Isle of Anglesey and Caithness clusters to bid together for small modular reactor work.'),
 ('pb',''),
 ('h','Method'),
 ('p','The survey was sent to all 486 firms on the cluster\u2019s supplier register; 212 answered (44 per cent). Interviews were held with owners and managers of 30 firms, with four school and college heads and with four officials. A validation workshop with 41 participants took place on Thursday 3 November 2039 at the Beacon Museum in Whitehaven; comments made there are reflected in this final version.'),
 ('h','Voices from the survey'),
 ('p','\u201cWe are good at one thing for one customer. That is a strength until the customer leaves,\u201d said Janet Routledge, Managing Director of Routledge Precision Engineering Ltd in Cleator Moor. Mark Stainton, owner of Stainton Safety Cases, added that the paperwork for offshore wind \u201cis different, not harder\u201d, and that a year of support would be enough for most firms.'),
 ('h','Annex: survey figures'),
 ('p','Firms by size: micro 71, small 88, medium 41, large 12. Firms by main activity: engineering and fabrication 64, safety and environmental consultancy 39, construction and civil works 33, IT and data 21, training 17, logistics 14, other 24. Share of firms planning to enter a new energy market by 2041: 37 per cent. Share of firms with a staff member over 60 in a key technical role: 46 per cent. Median distance of employees’ commute: 19 km.'),
 ('h','Next steps'),
 ('p','The cluster will present the brief to the Cumberland Council cabinet in January 2040 and discuss it with members at its annual conference in Keswick in March 2040. A short progress note on each recommendation will be published after twelve months. Readers who wish to comment or to join the diversification working group are invited to write to the research team. The cluster warmly thanks all firms, schools and officials who gave their time for the survey and interviews.'),
 ('h','About the cluster'),
 ('p','The Cumbria Nuclear &amp; Clean Energy Cluster is a membership body of 164 firms, colleges and public partners. Chair: Robert Hinde (Sellafield Ltd, retired). Managing Director: Aisha Mahmood. The brief was funded by members and by a grant from the Cumbria Community Foundation.'),
 ('p','Contact: research@cncec.example.org.uk · The Rum Story Building, Lowther Street, Whitehaven CA28 7DN'),
]
for k, x in body:
    if k=='pb': S.append(PageBreak()); continue
    S.append(Paragraph(x, h if k=='h' else n))
    if k=='b': S.append(Spacer(1,2))
doc.build(S)
gold(F,
 [P("Eleanor Fell","Head of Research","CNCEC"),
  P("Gareth Wilson","Senior Economist","Lancaster University Management School"),
  P("Hamish Doig",None,"University of Cumbria"),
  P("Janet Routledge","Managing Director","Routledge Precision Engineering Ltd"),
  P("Mark Stainton","owner","Stainton Safety Cases"),
  P("Robert Hinde","Chair","Cumbria Nuclear & Clean Energy Cluster"),
  P("Aisha Mahmood","Managing Director","Cumbria Nuclear & Clean Energy Cluster")],
 [O("Cumbria Nuclear & Clean Energy Cluster","CNCEC"), O("Lancaster University Management School"),
  O("University of Cumbria"), O("Cumberland Council"), O("Nuclear Decommissioning Authority","NDA"),
  O("Department for Energy Security and Net Zero"), O("Cumbria Chamber of Commerce"), O("Energus"),
  O("Routledge Precision Engineering Ltd"), O("Stainton Safety Cases"), O("Sellafield Ltd"),
  O("Cumbria Community Foundation")],
 [E("validation workshop","2039-11-03",None,"Whitehaven","United Kingdom"),
  E("Cumberland Council cabinet meeting","2040-01",None,None,None),
  E("annual conference","2040-03",None,"Keswick","United Kingdom")],
 ["2039-11","2039-11-21","2036/2045","2039-03/2039-06","2042","2039-11-03","2041","2040-01","2040-03"],
 ["Two thirds of supplier firms earn more than half of their turnover from a single customer, and few have a written plan for diversification",
  "The skills that make firms valuable on the site – nuclear-grade welding, safety cases, remote handling – are in demand in offshore wind, hydrogen and small modular reactors, but firms lack the certifications those markets require",
  "Small firms find public tenders outside the region too complex and too slow to be worth the effort",
  "Young engineers leave the county mainly for housing and transport reasons, not for pay",
  "Local partnerships work well but are fragmented: the brief counted eleven separate business-support schemes in a county of half a million people",
  "Fund a diversification voucher of up to £25,000 per firm for certification in new energy markets",
  "Require large contractors on the site to publish a pipeline of sub-contracts at least twelve months ahead",
  "Merge the eleven support schemes into one front door run jointly by the cluster and Cumbria Chamber of Commerce",
  "Build a shared test and training hall for remote handling and robotics at the Energus centre in Workington",
  "Tie apprenticeship funding to housing: at least 200 affordable homes for young workers in Whitehaven and Workington by 2042",
  "Open a joint supplier desk with the Isle of Anglesey and Caithness clusters to bid together for small modular reactor work"],
 "2039-11-21")
