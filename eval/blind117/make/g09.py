from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_carpathian_health_clusters_annual_report.pdf'
assert wd(2039,6,12)=='Sunday' and wd(2038,11,6)=='Saturday' and wd(2039,2,14)=='Monday'
assert wd(2039,9,27)=='Tuesday' and wd(2039,9,28)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Carpathian Health Clusters Partnership · Annual Report 2038/39')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='CHCP Annual Report', author='CHCP secretariat')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Carpathian Health Clusters Partnership – Annual Report, July 2038 to June 2039"),
("s","Prepared by the partnership secretariat at Pharmapolis Debrecen Health Cluster · Approved by the Steering Committee on 12 June 2039 · Contact: Dr. Réka Szalontai-Weiss, Partnership Coordinator"),
("h2","Who we are"),
("b","The Carpathian Health Clusters Partnership (CHCP) was founded in 2036 by five cluster organisations from four countries to help small health-technology firms of the Carpathian basin reach hospitals and distributors beyond their home markets. In the reporting year it had six members: Pharmapolis Debrecen Health Cluster (Hungary), the Košice Health Innovation Cluster (Slovakia), the Iaşi Regional Health Cluster – ROHEALTH (Romania), the Podkarpackie MedTech Cluster from Rzeszów (Poland), the Transcarpathian IT & Health Association in Uzhhorod (Ukraine) and, since January 2039, the Maramureş Wood & Health cluster association. Together they represent 412 companies, 19 universities and research institutes and 37 hospitals."),
("h2","Highlights of the year"),
("b","The partnership held its annual forum, the 3rd Carpathian Health Innovation Forum, in Košice on 6 November 2038 with 240 participants. The forum was opened by Ján Hrubý, Vice-Chairman of the Košice Self-Governing Region, and Dr. Marianna Lőrincz-Tóth, Rector of the University of Debrecen."),
("b","From 14 to 18 February 2039 a delegation of 14 member companies visited the Arab Health fair in Dubai on a joint stand. In April 2039 the partnership opened a common 'hospital test bed' scheme that lets start-ups test products in partner hospitals in any of the five countries; eleven tests had started by the end of June."),
("b","Member success: Cardiosense s.r.o. from Košice, a maker of wearable ECG patches, signed a supply agreement with the Iaşi Emergency Clinical Hospital after a test under the scheme. Its founder, Martina Kováčová-Ruiz, said the partnership had 'shortened a two-year sales cycle to seven months'."),
]
p2 = [
("h2","Finances"),
("b","Each member pays an annual fee of EUR 6,000. Activities were co-funded by the Interreg NEXT Hungary-Slovakia-Romania-Ukraine programme and by the European Cluster Collaboration Platform's support for international cluster missions. Total spending was EUR 286,000."),
("h2","Lessons learnt"),
("b","The Steering Committee discussed the year's results and drew the following lessons:"),
("b","• Joint stands at distant fairs pay off only when every company has pre-booked meetings; walk-in visitors rarely lead to business"),
("b","• Hospital procurement rules differ so much between the five countries that a shared legal guide is needed before any joint tender"),
("b","• The test bed scheme works best when the cluster manager of the host region accompanies the start-up at the first hospital meeting"),
("h2","Recommendations for 2039/40"),
("b","1. Admit at least one cluster from Moldova or Serbia to strengthen the partnership's reach in the wider Danube region"),
("b","2. Apply for the status of a European Strategic Cluster Partnership in the next call of the European Commission"),
("b","3. Set up a shared pool of regulatory experts on the Medical Device Regulation, financed by member fees"),
("b","4. Organise the 4th forum together with the EU Strategy for the Danube Region's Priority Area 8 on competitiveness"),
("h2","Governance"),
("b","Steering Committee: Chair – Dr. Réka Szalontai-Weiss (Pharmapolis Debrecen Health Cluster); Vice-Chair – Tomáš Bielik (Košice Health Innovation Cluster); Treasurer – Ioana Munteanu-Leclerc (ROHEALTH). Members' meeting: once a year, at the forum."),
("h2","Coming up"),
("b","The 4th Carpathian Health Innovation Forum will take place in Iaşi on 27–28 September 2039. A partner meeting for the Ukrainian member is planned in Uzhhorod in spring 2040."),
("s","Carpathian Health Clusters Partnership · Secretariat: Pharmapolis Debrecen Health Cluster, Debrecen, Hungary · chcp@pharmapolis.example.hu"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
PD="Pharmapolis Debrecen Health Cluster"; CH="Carpathian Health Clusters Partnership"
gold(F,
 [P("Réka Szalontai-Weiss","Chair",CH),
  P("Ján Hrubý","Vice-Chairman","Košice Self-Governing Region"),
  P("Marianna Lőrincz-Tóth","Rector","University of Debrecen"),
  P("Martina Kováčová-Ruiz","founder","Cardiosense s.r.o."),
  P("Tomáš Bielik","Vice-Chair",CH),
  P("Ioana Munteanu-Leclerc","Treasurer",CH)],
 [O(CH,"CHCP"), O(PD), O("Košice Health Innovation Cluster"), O("Iaşi Regional Health Cluster","ROHEALTH"),
  O("Podkarpackie MedTech Cluster"), O("Transcarpathian IT & Health Association"), O("Maramureş Wood & Health cluster association"),
  O("Košice Self-Governing Region"), O("University of Debrecen"), O("Cardiosense s.r.o."), O("Iaşi Emergency Clinical Hospital"),
  O("European Cluster Collaboration Platform"), O("European Commission")],
 [E("3rd Carpathian Health Innovation Forum","2038-11-06",None,"Košice","Slovakia"),
  E("Arab Health","2039-02-14","2039-02-18","Dubai","United Arab Emirates"),
  E("4th Carpathian Health Innovation Forum","2039-09-27","2039-09-28","Iaşi","Romania"),
  E("partner meeting","2040",None,"Uzhhorod","Ukraine")],
 ["2038-07/2039-06","2039-06-12","2036","2039-01","2038-11-06","2039-02-14/2039-02-18","2039-04","2039-06","2039-09-27/2039-09-28","2040","2038/2039","2039/2040"],
 ["Joint stands at distant fairs pay off only when every company has pre-booked meetings; walk-in visitors rarely lead to business",
  "Hospital procurement rules differ so much between the five countries that a shared legal guide is needed before any joint tender",
  "The test bed scheme works best when the cluster manager of the host region accompanies the start-up at the first hospital meeting",
  "Admit at least one cluster from Moldova or Serbia to strengthen the partnership's reach in the wider Danube region",
  "Apply for the status of a European Strategic Cluster Partnership in the next call of the European Commission",
  "Set up a shared pool of regulatory experts on the Medical Device Regulation, financed by member fees",
  "Organise the 4th forum together with the EU Strategy for the Danube Region's Priority Area 8 on competitiveness"],
 pub="2039-06-12")
