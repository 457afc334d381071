from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet
doc = "RozaBio_Newsletter_No12_Autumn2030.pdf"
ss = getSampleStyleSheet(); N = ss['Normal']; H = ss['Heading2']; T = ss['Title']
W, Hh = A4
def hdr(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, Hh-30, "RozaBio Cluster Newsletter · No. 12 · Autumn 2030")
    c.drawRightString(W-40, 25, "Page %d" % d.page); c.restoreState()
bd = BaseDocTemplate(f"{B}/docs/{doc}", pagesize=A4)
f1 = Frame(40, 50, (W-100)/2, Hh-110, id='c1'); f2 = Frame(60+(W-100)/2, 50, (W-100)/2, Hh-110, id='c2')
bd.addPageTemplates([PageTemplate(id='two', frames=[f1, f2], onPage=hdr)])
S = []
S.append(Paragraph("RozaBio Newsletter", T))
S.append(Paragraph("Bulgarian Cluster for Natural Cosmetics and Essential Oils · Plovdiv · published 30 September 2030", N))
S.append(Paragraph("Editorial", H))
S.append(Paragraph("Dear members, the rose harvest of 2030 was short but rich in oil. In this issue we report on our study "
 "visit to Grasse, the new laboratory of our member Aromalia Ltd and the events of the coming months. "
 "– Milena Stoyanova-Petrova, cluster manager, RozaBio", N))
S.append(Paragraph("Study visit to Grasse", H))
S.append(Paragraph("From 9 to 11 September 2030 a delegation of eleven members visited the perfume cluster in Grasse, France. "
 "Hosted by Pôle Parfums Azur, the group met fragrance houses and the University Côte d'Azur. Kalin Dryanovski, owner "
 "of Valley Rose Distillery EOOD, said the visit showed how traceability certificates can lift the price of Bulgarian "
 "rose oil.", N))
S.append(Paragraph("New laboratory in Plovdiv", H))
S.append(Paragraph("Aromalia Ltd opened a stability-testing laboratory on 17 September 2030. The opening was attended by "
 "Ivan Kolev, deputy mayor of Plovdiv, and by Prof. Radka Angelova from the Agricultural University – Plovdiv, who "
 "leads the joint project on distillation residues.", N))
S.append(Paragraph("Member news", H))
S.append(Paragraph("BioLavanda JSC joined the cluster in August 2030, bringing the number of members to 47. The general "
 "assembly re-elected Stefan Hristov, CEO of Aromalia Ltd, as chairman of the board.", N))
S.append(FrameBreak())
S.append(Paragraph("Diary", H))
for x in ["<b>8 October 2030</b> – Webinar: EU Cosmetics Regulation and allergen labelling (online, 10:00)",
          "<b>21–23 October 2030</b> – SANA Cosmetics fair, Bologna, Italy: RozaBio joint stand",
          "<b>5 November</b> – Members' breakfast with the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA), Plovdiv",
          "<b>19.11.2030</b> – Essential Oils Business Forum, Kazanlak",
          "<b>2–4 December 2030</b> – in-cosmetics Asia, Bangkok (visit, no stand)",
          "<b>January 2031</b> – Launch of the Rose Valley traceability pilot",
          "<b>4–7 June 2031</b> – Rose Festival B2B days, Kazanlak"]:
    S.append(Paragraph(x, N)); S.append(Spacer(1, 4))
S.append(Paragraph("Save the date", H))
S.append(Paragraph("The RozaBio Annual Conference 2031 will take place on 12 March 2031 in Plovdiv.", N))
S.append(Paragraph("Contacts", H))
S.append(Paragraph("RozaBio Cluster, 4000 Plovdiv, Bulgaria · office@rozabio.example · Editor: Desislava Marinova", N))
S.append(Paragraph("Funded under the Bulgarian programme for competitiveness. The views expressed are those of the authors.", N))
S.append(Paragraph("Background: the cluster was founded in 2014 by twelve distillers and two universities in the Rose Valley.", N))
bd.build(S)
gold(doc, "2030-09-30",
 [P("Milena Stoyanova-Petrova","cluster manager","RozaBio"), P("Kalin Dryanovski","owner","Valley Rose Distillery EOOD"),
  P("Ivan Kolev","deputy mayor of Plovdiv",None), P("Radka Angelova",None,"Agricultural University – Plovdiv"),
  P("Stefan Hristov","chairman of the board","RozaBio"), P("Desislava Marinova","Editor",None)],
 [O("Bulgarian Cluster for Natural Cosmetics and Essential Oils","RozaBio"), O("Aromalia Ltd"), O("Pôle Parfums Azur"), O("University Côte d'Azur"),
  O("Valley Rose Distillery EOOD"), O("Agricultural University – Plovdiv"), O("BioLavanda JSC"),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA")],
 [E("Study visit to Grasse","2030-09-09","2030-09-11","Grasse","France"),
  E("opening of the stability-testing laboratory","2030-09-17","2030-09-17","Plovdiv","Bulgaria"),
  E("Webinar: EU Cosmetics Regulation and allergen labelling","2030-10-08","2030-10-08",None,None),
  E("SANA Cosmetics fair","2030-10-21","2030-10-23","Bologna","Italy"),
  E("Members' breakfast with the Bulgarian Small and Medium Enterprises Promotion Agency","2030-11-05","2030-11-05","Plovdiv","Bulgaria"),
  E("Essential Oils Business Forum","2030-11-19","2030-11-19","Kazanlak","Bulgaria"),
  E("in-cosmetics Asia","2030-12-02","2030-12-04","Bangkok","Thailand"),
  E("Rose Festival B2B days","2031-06-04","2031-06-07","Kazanlak","Bulgaria"),
  E("RozaBio Annual Conference 2031","2031-03-12","2031-03-12","Plovdiv","Bulgaria")],
 ["2030-09-30","2030","2030-09-09/2030-09-11","2030-09-17","2030-08","2030-10-08","2030-10-21/2030-10-23","2030-11-05",
  "2030-11-19","2030-12-02/2030-12-04","2031-01","2031-06-04/2031-06-07","2031-03-12","2014"], [])
