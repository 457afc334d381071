from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
FN = "CSN_Veranstaltungskalender_events-calendar_2035.pdf"
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
W, Hh = A4
def deco(c, doc):
    c.saveState()
    c.setFont("DV", 7.5)
    c.drawString(18*mm, Hh-12*mm, "Cleantech Steiermark Netzwerk (CSN) · Events calendar 2035 · as of 9 January 2035")
    c.drawRightString(W-18*mm, 10*mm, f"Page {doc.page} of 1")
    c.restoreState()
gap = 6*mm; fw = (W - 36*mm - gap) / 2
top = Hh - 18*mm; bottom = 16*mm
title_h = 34*mm
frames = [Frame(18*mm, top - title_h, W-36*mm, title_h, id="title"),
          Frame(18*mm, bottom, fw, top - title_h - bottom, id="L"),
          Frame(18*mm + fw + gap, bottom, fw, top - title_h - bottom, id="R")]
doc = BaseDocTemplate(f"{B}/docs/{FN}", pagesize=A4, title="CSN events calendar 2035", author="CSN")
doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
T = ParagraphStyle("t", fontName="DVB", fontSize=15, leading=18)
S = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11)
M = ParagraphStyle("m", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=5)
X = ParagraphStyle("x", fontName="DV", fontSize=7.6, leading=9.6, spaceAfter=3)
story = [Paragraph("Annual Events Calendar 2035", T),
 Paragraph("Cleantech Steiermark Netzwerk (CSN) — the cluster for environmental and energy technology in Styria. "
           "All events in Graz unless stated otherwise. Members attend free; partners of the Styrian Business "
           "Promotion Agency (SFG) at member rate. Changes are published on csn-cleantech.example.", S),
 Spacer(1, 4)]
items = [
 ("JANUARY", ["<b>22 Jan</b> — New Year reception of the cluster, Grazer Congress. Speech by Dr. Sabine Lechner-Pucher, Member of the Styrian Provincial Government for Economy."]),
 ("FEBRUARY", ["<b>12 Feb</b> — Working group \"Water &amp; Wastewater\", host: Murtaler Wassertechnik GmbH, Gleisdorf.",
               "<b>26–27 Feb</b> — Workshop \"CBAM for exporters\", with the Austrian Economic Chamber Styria (WKO Steiermark)."]),
 ("MARCH", ["<b>18 Mar</b> — Hydrogen Mur-Mürz stakeholder day, Montanuniversität Leoben, Leoben."]),
 ("APRIL", ["<b>31 Mar – 4 Apr</b> — Delegation to Hannover Messe, Hannover, on the joint Austrian stand of ADVANTAGE AUSTRIA (places for 8 member companies).",
            "<b>24 Apr</b> — General Assembly of CSN, Graz, followed by the \"Cleantech Spring Talk\"."]),
 ("MAY", ["<b>13–15 May</b> — CSN Innovation Days: three days of pitches, lab visits at TU Graz and the AEE INTEC institute in Gleisdorf."]),
 ("JUNE", ["<b>5 Jun</b> — Circular Construction Forum with the timber cluster of Styria, Leoben.",
           "<b>26 Jun</b> — Summer get-together on the Schlossberg."]),
 ("JULY / AUGUST", ["Summer break — office closed 28 July to 15 August 2035."]),
 ("SEPTEMBER", ["<b>16–18 Sep</b> — Study trip to Slovenia: Ljubljana and Velenje, with the Slovenian partner cluster EkoGrid Slovenija.",
                "<b>30 Sep</b> — Webinar \"Funding calls of the autumn\", online."]),
 ("OCTOBER", ["<b>8 Oct</b> — 12th Styrian Cleantech Congress (Steirischer Cleantech-Kongress), Messe Congress Graz.",
              "<b>21 Oct</b> — Matchmaking \"Energy communities\" with the Enterprise Europe Network, online."]),
 ("NOVEMBER", ["<b>11–14 Nov</b> — Joint stand at Ecomondo, Rimini (Italy). Contact: Lukas Pichler, internationalisation.",
               "<b>27 Nov</b> — Cleantech Award Styria 2035, ceremony in the Alte Universität Graz."]),
 ("DECEMBER", ["<b>10 Dec</b> — Annual closing evening of the members."]),
]
for m, es in items:
    story.append(Paragraph(m, M))
    for e in es: story.append(Paragraph(e, X))
story.append(Paragraph("REGULAR FORMATS", M))
for e in ["<b>Cleantech breakfast</b> — first Tuesday of every month, 8:00–9:30, rotating between member companies. A member presents a product or a project; no slides longer than ten minutes.",
          "<b>Working groups</b> — Water &amp; Wastewater, Energy Communities, Recycling &amp; Raw Materials and Hydrogen meet four times a year each. Dates are agreed within the groups and sent to their members.",
          "<b>Funding consultation hours</b> — every second Thursday afternoon, with an adviser of the SFG, in the CSN office or by video call."]:
    story.append(Paragraph(e, X))
story.append(Paragraph("PARTNER EVENTS WE SUPPORT", M))
for e in ["<b>3–5 Mar</b> — World Sustainable Energy Days, Wels, organised by the OÖ Energiesparverband; CSN members receive a 20 % discount.",
          "<b>17–19 Jun</b> — EU Sustainable Energy Week (EUSEW), Brussels; CSN takes part in a session of the European Cluster Collaboration Platform (ECCP) on energy communities.",
          "<b>2 Oct</b> — Open Lab Day of AEE INTEC, Gleisdorf.",
          "<b>Spring 2035</b> (date to be confirmed) — Alps-Adriatic Cleantech Meeting in Klagenfurt, with clusters from Carinthia, Slovenia and Friuli Venezia Giulia."]:
    story.append(Paragraph(e, X))
story.append(Paragraph("PRIORITIES FOR 2035", M))
story.append(Paragraph("The Board of CSN decided on 2 December 2034 to focus the year on three topics: the circular "
   "economy in construction, hydrogen for industrial heat and the export of water technology to South-East Europe. "
   "Every event in this calendar is linked to at least one of them. Members who want to host a breakfast, a working "
   "group meeting or a company visit are warmly invited to contact the events team.", X))
story.append(Paragraph("REGISTRATION", M))
story.append(Paragraph("Registration for all CSN events opens six weeks before the date on our website. Cancellations are free "
   "of charge until 48 hours before the event; after that the reduced fee of non-members is invoiced. Photographs "
   "are taken at most events; please tell the team at the entrance if you do not wish to appear on them.", X))
story.append(Spacer(1, 6))
story.append(Paragraph("<b>Contacts</b>: DI Markus Fuchsbichler, managing director · Theresa Hödl, events and members · "
   "Lukas Pichler, internationalisation. CSN is supported by the Province of Styria and the SFG.", X))
doc.build(story)
save_gold(FN, None,
 [P("Sabine Lechner-Pucher","Member of the Styrian Provincial Government for Economy",None),
  P("Lukas Pichler","internationalisation","CSN"),
  P("Markus Fuchsbichler","managing director","CSN"),
  P("Theresa Hödl","events and members","CSN")],
 [O("Cleantech Steiermark Netzwerk","CSN"), O("Styrian Business Promotion Agency","SFG"),
  O("Murtaler Wassertechnik GmbH"), O("Austrian Economic Chamber Styria","WKO Steiermark"),
  O("Montanuniversität Leoben"), O("ADVANTAGE AUSTRIA"), O("TU Graz"), O("AEE INTEC"),
  O("EkoGrid Slovenija"), O("OÖ Energiesparverband"), O("European Cluster Collaboration Platform","ECCP"), O("Enterprise Europe Network"), O("Province of Styria")],
 [E("New Year reception of the cluster","2035-01-22",None,"Graz","Austria"),
  E("Working group \"Water & Wastewater\"","2035-02-12",None,"Gleisdorf","Austria"),
  E("Workshop \"CBAM for exporters\"","2035-02-26","2035-02-27","Graz","Austria"),
  E("Hydrogen Mur-Mürz stakeholder day","2035-03-18",None,"Leoben","Austria"),
  E("Hannover Messe","2035-03-31","2035-04-04","Hannover","Germany"),
  E("General Assembly of CSN","2035-04-24",None,"Graz","Austria"),
  E("Cleantech Spring Talk","2035-04-24",None,"Graz","Austria"),
  E("CSN Innovation Days","2035-05-13","2035-05-15","Graz","Austria"),
  E("Circular Construction Forum","2035-06-05",None,"Leoben","Austria"),
  E("Summer get-together","2035-06-26",None,"Graz","Austria"),
  E("Study trip to Slovenia","2035-09-16","2035-09-18","Ljubljana, Velenje","Slovenia"),
  E("Webinar \"Funding calls of the autumn\"","2035-09-30",None,None,None),
  E("12th Styrian Cleantech Congress","2035-10-08",None,"Graz","Austria"),
  E("Matchmaking \"Energy communities\"","2035-10-21",None,None,None),
  E("Ecomondo","2035-11-11","2035-11-14","Rimini","Italy"),
  E("Cleantech Award Styria 2035","2035-11-27",None,"Graz","Austria"),
  E("World Sustainable Energy Days","2035-03-03","2035-03-05","Wels","Austria"),
  E("EU Sustainable Energy Week","2035-06-17","2035-06-19","Brussels","Belgium"),
  E("Open Lab Day of AEE INTEC","2035-10-02",None,"Gleisdorf","Austria"),
  E("Alps-Adriatic Cleantech Meeting","2035",None,"Klagenfurt","Austria"),
  E("Annual closing evening of the members","2035-12-10",None,"Graz","Austria")],
 ["2035-01-09","2035","2035-01","2035-01-22","2035-02","2035-02-12","2035-02-26/2035-02-27","2035-03","2035-03-18","2035-04",
  "2035-03-31/2035-04-04","2035-04-24","2035-05","2035-05-13/2035-05-15","2035-06","2035-06-05",
  "2035-06-26","2035-07/2035-08","2035-07-28/2035-08-15","2035-09","2035-09-16/2035-09-18","2035-09-30","2035-10",
  "2035-10-08","2035-10-21","2035-11","2035-11-11/2035-11-14","2035-11-27","2035-12","2035-12-10","2035-03-03/2035-03-05","2035-06-17/2035-06-19","2035-10-02","2034-12-02"],
 [])
