from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g10_agrilink_midterm_evaluation_summary.pdf'
assert wd(2036,5,14)=='Wednesday' and wd(2036,6,18)=='Wednesday' and wd(2036,9,30)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=9, leading=12, spaceAfter=5)
h = ParagraphStyle('h', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
t = ParagraphStyle('t', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
b = ParagraphStyle('b', parent=n, leftIndent=10, bulletIndent=0)
p1 = [
 ("t","AGRI-LINK Baltic – Mid-term evaluation: summary of findings"),
 ("n","Interreg Latvia–Lithuania project LLI-0000 · Evaluation period: 1 October 2034 – 31 March 2036 · Summary published 18 June 2036"),
 ("h","1. About the project"),
 ("n","AGRI-LINK Baltic connects agri-food and agri-tech clusters on both sides of the Latvian–Lithuanian border to help small food processors adopt digital and low-carbon technologies. The project runs from 1 October 2034 to 30 September 2037 with a budget of EUR 1.94 million. The lead partner is the Zemgale Planning Region; partners are the Zemgale Food Cluster (ZFC), the Latvia University of Life Sciences and Technologies (LBTU) in Jelgava, the Šiauliai Chamber of Commerce, Industry and Crafts, the Agri-Tech Cluster Šiauliai and Šiauliai State University of Applied Sciences (ŠVK)."),
 ("h","2. The evaluation"),
 ("n","The mid-term evaluation was commissioned by the lead partner in January 2036 and carried out by the independent consultancy Nordvalue Evaluation SIA, Riga. The evaluation team was led by Dr Ilze Ozoliņa-Kalve, with Rokas Petrauskas as senior evaluator and Agnese Bērziņa as analyst. The team analysed monitoring data, surveyed 118 participating companies (response rate 64%), conducted 22 interviews and held a validation workshop with partners in Jelgava on Wednesday 14 May 2036. The findings were presented to the project steering committee, chaired by Gints Kalniņš, Head of the Entrepreneurship Department of the Zemgale Planning Region, at its meeting in Šiauliai on 18 June 2036."),
 ("h","3. Key findings"),
 ("b","The project is on track in terms of outputs: 86 of the planned 120 companies (72%) have received technology audits, and four of six pilot actions have started."),
 ("b","Spending is behind plan: only 41% of the budget had been used by 31 March 2036, mainly because of delays in public procurement for the shared sensor laboratory."),
 ("b","The cross-border matchmaking sessions are the most appreciated activity: 81% of surveyed companies rated them useful or very useful."),
 ("b","Lithuanian companies are under-represented, accounting for only 37% of participants."),
 ("b","The project's contribution to lower emissions cannot yet be measured, as baseline data were collected in only a third of the audited companies."),
]
p2 = [
 ("h","4. Recommendations"),
 ("n","The evaluators make the following recommendations for the second half of the project:"),
 ("b","Simplify the procurement of the sensor laboratory by splitting it into two lots and publish the tender before 30 September 2036."),
 ("b","Appoint a dedicated company liaison officer on the Lithuanian side, hosted by the Agri-Tech Cluster Šiauliai."),
 ("b","Collect baseline emission data in all audited companies using a common, simplified template."),
 ("b","Turn the matchmaking sessions into a permanent cross-border service that continues after the project ends."),
 ("b","Request a six-month extension only if spending stays below 60% at the end of 2036."),
 ("h","5. Management response"),
 ("n","The steering committee accepted four of the five recommendations at its meeting in Šiauliai. It did not accept the fifth, preferring to decide on an extension in spring 2037. Project manager Laura Vītoliņa (Zemgale Planning Region) will report on progress to the Joint Secretariat of the programme in Riga."),
 ("h","6. Voices from the partners"),
 ("n","“The evaluation confirmed what our members told us: people value meeting each other across the border more than any report,” said Dace Krūmiņa, manager of the Zemgale Food Cluster."),
 ("n","Prof. Vilma Jankauskienė of Šiauliai State University of Applied Sciences added that the student placements in Latvian food companies had been “an unexpected success that deserves a budget line of its own”."),
 ("h","7. Upcoming activities"),
 ("n","• 9–10 October 2036 – Cross-border Agri-Tech Days, Šiauliai<br/>• November 2036 – Study tour to the Foodvalley region, Netherlands<br/>• 2037 – Final conference in Jelgava (date to be confirmed)"),
 ("h","Contacts"),
 ("n","Laura Vītoliņa, Project manager, Zemgale Planning Region, laura.vitolina@zpr.example.lv<br/>Ilze Ozoliņa-Kalve, Team leader, Nordvalue Evaluation SIA, ilze@nordvalue.example.lv<br/>Dace Krūmiņa, Cluster manager, Zemgale Food Cluster, info@zfc.example.lv"),
 ("n","This summary reflects the views of the evaluators only. The Managing Authority of the programme is not liable for any use of the information it contains."),
]
S = {'t':t,'n':n,'h':h,'b':b}
def flow(items):
    out=[]
    for k,v in items:
        out.append(Paragraph(v, S[k], bulletText='•' if k=='b' else None))
    return out
def header(c, d):
    c.saveState(); c.setFont('DV',7.5)
    c.drawString(40, 815, 'AGRI-LINK Baltic · Mid-term evaluation summary · June 2036')
    c.drawRightString(555, 25, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
W, H = A4
one = Frame(40, 40, W-80, H-80, id='one')
c1 = Frame(40, 40, (W-90)/2, H-80, id='c1'); c2 = Frame(50+(W-90)/2, 40, (W-90)/2, H-80, id='c2')
doc.addPageTemplates([PageTemplate('one',[one],onPage=header), PageTemplate('two',[c1,c2],onPage=header)])
doc.build(flow(p1)+[NextPageTemplate('two'), PageBreak()]+flow(p2))
gold(F,
 [P("Ilze Ozoliņa-Kalve","Team leader","Nordvalue Evaluation SIA"),
  P("Rokas Petrauskas","senior evaluator","Nordvalue Evaluation SIA"),
  P("Agnese Bērziņa","analyst","Nordvalue Evaluation SIA"),
  P("Gints Kalniņš","Head of the Entrepreneurship Department","Zemgale Planning Region"),
  P("Laura Vītoliņa","Project manager","Zemgale Planning Region"),
  P("Dace Krūmiņa","manager","Zemgale Food Cluster"),
  P("Vilma Jankauskienė",None,"Šiauliai State University of Applied Sciences")],
 [O("Zemgale Planning Region"), O("Zemgale Food Cluster","ZFC"), O("Latvia University of Life Sciences and Technologies","LBTU"),
  O("Šiauliai Chamber of Commerce, Industry and Crafts"), O("Agri-Tech Cluster Šiauliai"),
  O("Šiauliai State University of Applied Sciences","ŠVK"), O("Nordvalue Evaluation SIA"),
  O("Entrepreneurship Department"), O("Joint Secretariat"), O("Managing Authority")],
 [E("validation workshop","2036-05-14",None,"Jelgava","Latvia"),
  E("project steering committee meeting","2036-06-18",None,"Šiauliai","Lithuania"),
  E("Cross-border Agri-Tech Days","2036-10-09","2036-10-10","Šiauliai","Lithuania"),
  E("Study tour to the Foodvalley region","2036-11",None,None,"Netherlands"),
  E("Final conference","2037",None,"Jelgava","Latvia")],
 ["2034-10-01/2036-03-31","2036-06-18","2034-10-01/2037-09-30","2036-01","2036-05-14","2036-03-31","2036-09-30","2036","2037","2036-10-09/2036-10-10","2036-11","2036-06"],
 ["The project is on track in terms of outputs: 86 of the planned 120 companies (72%) have received technology audits, and four of six pilot actions have started",
  "Spending is behind plan: only 41% of the budget had been used by 31 March 2036, mainly because of delays in public procurement for the shared sensor laboratory",
  "The cross-border matchmaking sessions are the most appreciated activity: 81% of surveyed companies rated them useful or very useful",
  "Lithuanian companies are under-represented, accounting for only 37% of participants",
  "The project's contribution to lower emissions cannot yet be measured, as baseline data were collected in only a third of the audited companies",
  "Simplify the procurement of the sensor laboratory by splitting it into two lots and publish the tender before 30 September 2036",
  "Appoint a dedicated company liaison officer on the Lithuanian side, hosted by the Agri-Tech Cluster Šiauliai",
  "Collect baseline emission data in all audited companies using a common, simplified template",
  "Turn the matchmaking sessions into a permanent cross-border service that continues after the project ends",
  "Request a six-month extension only if spending stays below 60% at the end of 2036"],
 "2036-06-18")
