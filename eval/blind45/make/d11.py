from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
fn = "IJsselDesignWeek2034_leaflet_EN.pdf"
W,H = A4
def deco(c, doc):
    c.setFont("DV", 8); c.drawString(18*mm, H-12*mm, "IJssel Design Week 2034 · Zwolle · Deventer · Kampen · 6–14 October 2034")
    c.drawRightString(W-18*mm, 10*mm, "page %d / 2" % doc.page)
gap=8*mm; cw=(W-36*mm-gap)/2
top = Frame(18*mm, H-80*mm, W-36*mm, 62*mm, id="top")
l1 = Frame(18*mm, 18*mm, cw, H-100*mm, id="l1"); r1 = Frame(18*mm+cw+gap, 18*mm, cw, H-100*mm, id="r1")
l2 = Frame(18*mm, 18*mm, cw, H-36*mm, id="l2"); r2 = Frame(18*mm+cw+gap, 18*mm, cw, H-36*mm, id="r2")
doc = BaseDocTemplate("../docs/"+fn, pagesize=A4, title="IJssel Design Week 2034 – leaflet")
doc.addPageTemplates([PageTemplate("p1",[top,l1,r1],onPage=deco), PageTemplate("p2",[l2,r2],onPage=deco)])
h1=ParagraphStyle("h1",fontName="DVB",fontSize=20,leading=24); h2=ParagraphStyle("h2",fontName="DVB",fontSize=11,leading=14,spaceBefore=6)
b=ParagraphStyle("b",fontName="DV",fontSize=8.5,leading=11.5)
S=[Paragraph("IJssel Design Week 2034",h1),
   Paragraph("Nine days of design, craft and circular making in three Hanseatic cities – 6 to 14 October 2034. Free entry to most venues. Organised by Stichting IJssel Design (SID) with the Overijssel design cluster Vorm&amp;Maak and the Province of Overijssel.",b),
   Paragraph("“We want visitors to see how products are made, repaired and re-made – not only how they look.” – Femke van der Heijden-Rouwhorst, festival director, Stichting IJssel Design",b),
   FrameBreak(),
   Paragraph("ZWOLLE · 6–9 October",h2),
   Paragraph("Opening night – Saturday 6 October, 20:00, Academiehuis De Grote Kerk. With alderman Joost Brinkhuis, municipality of Zwolle, and a talk by designer Ayşe Kılıçarslan (Studio Kılıç, Rotterdam).",b),
   Paragraph("Exhibition ‘Second Life Furniture’ – 6–14 October, Stadshaven Zwolle, curated by Maarten ter Horst.",b),
   Paragraph("Symposium ‘Design for Repair’ – Tuesday 8 October, 10:00–16:00, Windesheim University of Applied Sciences. Keynote: Prof. Dr. Ingeborg Schultze-Mennink, University of Twente.",b),
   Paragraph("DEVENTER · 9–12 October",h2),
   Paragraph("Textile Lab – 9–11 October, Bergkwartier workshops. Hosted by weaving company Sallandse Weverij B.V.; workshop leader Noor el Idrissi.",b),
   Paragraph("Cluster breakfast Vorm&amp;Maak – Thursday 10 October, 08:00, Burgerweeshuis (members and guests, registration required). Speaker: Ruud Oude Groeniger, cluster manager, Vorm&amp;Maak.",b),
   Paragraph("Design Market – Saturday 12 October, Brink square, 60 makers.",b),
   NextPageTemplate("p2"), FrameBreak(),
   Paragraph("KAMPEN · 12–14 October",h2),
   Paragraph("Ceramics & Clay – 12–14 October, Stedelijk Museum Kampen. In collaboration with Keramiekfabriek IJsselmonde B.V.",b),
   Paragraph("Young Talent Award ceremony – Sunday 13 October, 16:00, Stadsgehoorzaal Kampen. Jury chair: Liesbeth de Vries-Janssen, director, Dutch Design Foundation.",b),
   Paragraph("Closing walk along the IJssel – Monday 14 October, 14:00.",b),
   Paragraph("FOR PROFESSIONALS",h2),
   Paragraph("Matchmaking day for designers and manufacturers on 11 October in Deventer, organised with the Enterprise Europe Network and Oost NL. Registration until 1 October 2034.",b),
   FrameBreak(),
   Paragraph("THEMES 2034",h2),
   Paragraph("This year the festival asks one question: what happens to a product after its first life? Designers, makers and manufacturers from the IJssel valley show furniture made from demolition timber, textiles woven from recycled workwear, tableware from local river clay and lamps built from bicycle parts. Most venues are open workshops, so visitors can watch the making and talk with the makers. Schools are welcome on weekday mornings with a free guided tour.",b),
   Paragraph("Every venue has a repair corner where visitors can bring a broken chair, lamp or garment and learn to fix it with volunteers of local repair cafés. The festival aims to send fewer objects to waste than it uses in materials: all exhibition walls are borrowed and will be reused after the festival.",b),
   Paragraph("The festival is also a meeting place for the region's manufacturers: furniture, textile and ceramics companies open their doors to designers looking for production partners, and students show graduation work.",b),
   Paragraph("PRACTICAL",h2),
   Paragraph("Festival hub: Stadshaven Zwolle, open daily 11:00–18:00. Bicycles between the cities via the IJssel route (Zwolle–Kampen 20 km). Programme subject to change; see ijsseldesign.example.",b),
   Paragraph("PARTNERS",h2),
   Paragraph("Province of Overijssel · Gemeente Zwolle · Gemeente Deventer · Gemeente Kampen · Oost NL · Windesheim University of Applied Sciences · Saxion University of Applied Sciences · Rabo IJsselfonds",b),
   Paragraph("Previous editions: 2032 (first edition, Zwolle only, 4–8 October 2032) and 2033 (Zwolle and Deventer, 7–13 October 2033).",b),
   Paragraph("Press: Jorien Hulsbeek, communications, Stichting IJssel Design.",b)]
doc.build(S)
import pypdf
txt="\n".join(p.extract_text() for p in pypdf.PdfReader("../docs/"+fn).pages)
SID="Stichting IJssel Design"
gold(fn,
 [P("Femke van der Heijden-Rouwhorst","festival director",SID),
  P("Joost Brinkhuis","alderman","municipality of Zwolle"),
  P("Ayşe Kılıçarslan","designer","Studio Kılıç"),
  P("Maarten ter Horst",None,None),
  P("Ingeborg Schultze-Mennink",None,"University of Twente"),
  P("Noor el Idrissi","workshop leader",None),
  P("Ruud Oude Groeniger","cluster manager","Vorm&Maak"),
  P("Liesbeth de Vries-Janssen","director","Dutch Design Foundation"),
  P("Jorien Hulsbeek","communications",SID)],
 [O(SID,"SID"), O("Vorm&Maak"), O("Province of Overijssel"), O("municipality of Zwolle"), O("Studio Kılıç"),
  O("Windesheim University of Applied Sciences"), O("University of Twente"), O("Sallandse Weverij B.V."),
  O("Keramiekfabriek IJsselmonde B.V."), O("Dutch Design Foundation"), O("Enterprise Europe Network"), O("Oost NL"),
  O("Gemeente Deventer"), O("Gemeente Kampen"), O("Saxion University of Applied Sciences"), O("Rabo IJsselfonds")],
 [E("IJssel Design Week 2034","2034-10-06","2034-10-14","Zwolle, Deventer, Kampen","Netherlands"),
  E("Exhibition ‘Second Life Furniture’","2034-10-06","2034-10-14","Zwolle","Netherlands"),
  E("Symposium ‘Design for Repair’","2034-10-08",None,"Zwolle","Netherlands"),
  E("Textile Lab","2034-10-09","2034-10-11","Deventer","Netherlands"),
  E("Cluster breakfast Vorm&Maak","2034-10-10",None,"Deventer","Netherlands"),
  E("Design Market","2034-10-12",None,"Deventer","Netherlands"),
  E("Ceramics & Clay","2034-10-12","2034-10-14","Kampen","Netherlands"),
  E("Young Talent Award ceremony","2034-10-13",None,"Kampen","Netherlands"),
  E("Matchmaking day for designers and manufacturers","2034-10-11",None,"Deventer","Netherlands"),
 E("Opening night","2034-10-06",None,"Zwolle","Netherlands"),
 E("Closing walk along the IJssel","2034-10-14",None,"Kampen","Netherlands"),
  E("IJssel Design Week 2032","2032-10-04","2032-10-08","Zwolle","Netherlands"),
  E("IJssel Design Week 2033","2033-10-07","2033-10-13","Zwolle, Deventer","Netherlands")],
 ["2034-10-06/2034-10-14","2034-10-06","2034-10-06/2034-10-09","2034-10-08","2034-10-09/2034-10-12","2034-10-09/2034-10-11",
  "2034-10-10","2034-10-12","2034-10-12/2034-10-14","2034-10-13","2034-10-14","2034-10-11","2034-10-01",
  "2032","2032-10-04/2032-10-08","2033","2033-10-07/2033-10-13"])
print(txt[:300])
