from mk import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import glob
fp = [p for p in glob.glob('/usr/share/fonts/**/DejaVuSans.ttf', recursive=True)]
fb = [p for p in glob.glob('/usr/share/fonts/**/DejaVuSans-Bold.ttf', recursive=True)]
if fp:
    pdfmetrics.registerFont(TTFont('DV', fp[0])); pdfmetrics.registerFont(TTFont('DVB', fb[0])); F, FB = 'DV', 'DVB'
else:
    F, FB = 'Helvetica', 'Helvetica-Bold'
doc = "NIAS2033_programme_final.pdf"
W, H = A4
ss = getSampleStyleSheet()
n = ParagraphStyle('n', fontName=F, fontSize=8.6, leading=11)
h1 = ParagraphStyle('h1', fontName=FB, fontSize=17, leading=21)
h2 = ParagraphStyle('h2', fontName=FB, fontSize=11, leading=14, spaceBefore=6)
h3 = ParagraphStyle('h3', fontName=FB, fontSize=9.2, leading=12, spaceBefore=4)
def deco(c, d):
    c.saveState(); c.setFont(F, 7.5)
    c.drawString(2*cm, H-1.2*cm, "Nordic Industrial AI Summit 2033 · Tampere · Programme (final, 29 September 2033)")
    c.drawRightString(W-2*cm, 1.1*cm, f"Page {d.page}"); c.restoreState()
bd = BaseDocTemplate(os.path.join(B, "docs", doc), pagesize=A4, title="NIAS 2033 programme")
full = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='full')
colw = (W-4*cm-0.8*cm)/2
c1 = Frame(2*cm, 2*cm, colw, H-4*cm, id='c1'); c2 = Frame(2*cm+colw+0.8*cm, 2*cm, colw, H-4*cm, id='c2')
bd.addPageTemplates([PageTemplate('one', [full], onPage=deco), PageTemplate('two', [c1, c2], onPage=deco)])
S = []
P_ = lambda t, s=n: S.append(Paragraph(t, s))
P_("Nordic Industrial AI Summit 2033", h1)
P_("Tampere, 11–13 October 2033 · Tampere Hall and Hervanta campus", h2)
P_("Organised by the Pirkanmaa Smart Manufacturing Cluster (PSMC) with Tampere University and Business Tampere. "
   "Three days on AI in machinery, process industry and factory logistics: keynotes, two parallel tracks on day two, "
   "and company visits on day three. Summit language: English.")
P_("DAY 1 – Tuesday 11 October 2033: Plenary, Tampere Hall", h2)
for t in ["12:00 Registration and lunch",
          "13:30 Opening: Anu KORHONEN, Chair of the Board, PSMC",
          "13:45 Welcome from the city: Deputy Mayor Jussi HAAPAKOSKI, City of Tampere",
          "14:00 Keynote: Why most factory AI pilots never scale – Prof. Lars ENGSTRÖM, KTH Royal Institute of Technology",
          "14:45 Keynote: Industrial data spaces in the Single Market – Ilaria COSTANZO, Policy Officer, DG CNECT, European Commission",
          "15:30 Coffee and exhibition",
          "16:00 Panel: Who owns machine data? With Petteri SALO (CEO, Konevirta Oy), Marta OLSEN (Head of Digital, Hydravik AS), "
          "Jonas BERGQVIST (founder, Tensorfab AB). Moderator: Riikka LAAKSONEN, PSMC",
          "17:30 Nordic AI Factory Award 2033 – ceremony",
          "19:00 Summit dinner at Vapriikki museum centre"]:
    P_(t)
S.append(NextPageTemplate('two')); S.append(PageBreak())
P_("DAY 2 – Wednesday 12 October 2033: parallel tracks", h2)
P_("Track A – Machinery and robotics (Hall Sonaatti)", h3)
for t in ["09:00 Vision-based quality control on short series – Elina MÄKINEN, Robokenno Oy",
          "09:40 Predictive maintenance for hydraulic presses – Henrik AALTO, VTT Technical Research Centre of Finland",
          "10:20 Coffee",
          "10:50 Safety certification of learning robots – Sophie VAN DEN BERG, Certivia B.V.",
          "11:30 Pitches: six start-ups from the PSMC accelerator",
          "12:15 Lunch"]:
    P_(t)
P_("Track B – Process industry (Hall Duetto)", h3)
for t in ["09:00 AI for pulp drying: results from two mills – Ville HEIKKILÄ, Kuitula Pro Oy",
          "09:40 Soft sensors in steel reheating – Karin LUNDH, Swerim",
          "10:20 Coffee",
          "10:50 Energy optimisation with digital twins – Dr. Tuomas NIEMI, Tampere University",
          "11:30 Round table: skills for AI in process plants",
          "12:15 Lunch"]:
    P_(t)
S.append(FrameBreak())
P_("Afternoon (both tracks)", h3)
for t in ["13:30 Matchmaking: pre-booked 20-minute meetings (b2match)",
          "15:30 Workshop: writing an AI use case for the Digital Europe testing facilities – EDIH Pirkanmaa team",
          "17:00 End of day 2"]:
    P_(t)
P_("DAY 3 – Thursday 13 October 2033: company visits", h2)
for t in ["Buses leave Tampere Hall at 08:30.",
          "Route 1: Konevirta Oy (Nokia) and Robokenno Oy (Kangasala)",
          "Route 2: Kuitula Pro Oy mill (Äänekoski), return 17:00",
          "Route 3: Hervanta campus labs and the Tampere University factory lab"]:
    P_(t)
P_("Practical information", h3)
P_("Registration closes on 30 September 2033. Fee 490 EUR; PSMC members and students 190 EUR. "
   "Contact: Riikka LAAKSONEN, event manager, PSMC – summit@psmc.example")
P_("Save the date: Nordic Industrial AI Summit 2034, Gothenburg, 17–19 October 2034.", h3)
bd.build(S)
gold(doc, None,
 [P("Anu KORHONEN", "Chair of the Board", "PSMC"), P("Jussi HAAPAKOSKI", "Deputy Mayor", "City of Tampere"),
  P("Lars ENGSTRÖM", None, "KTH Royal Institute of Technology"), P("Ilaria COSTANZO", "Policy Officer", "DG CNECT"),
  P("Petteri SALO", "CEO", "Konevirta Oy"), P("Marta OLSEN", "Head of Digital", "Hydravik AS"),
  P("Jonas BERGQVIST", "founder", "Tensorfab AB"), P("Riikka LAAKSONEN", "event manager", "PSMC"),
  P("Elina MÄKINEN", None, "Robokenno Oy"), P("Henrik AALTO", None, "VTT Technical Research Centre of Finland"),
  P("Sophie VAN DEN BERG", None, "Certivia B.V."), P("Ville HEIKKILÄ", None, "Kuitula Pro Oy"),
  P("Karin LUNDH", None, "Swerim"), P("Tuomas NIEMI", None, "Tampere University")],
 [O("Pirkanmaa Smart Manufacturing Cluster", "PSMC"), O("Tampere University"), O("Business Tampere"), O("City of Tampere"),
  O("KTH Royal Institute of Technology"), O("DG CNECT"), O("European Commission"), O("Konevirta Oy"), O("Hydravik AS"),
  O("Tensorfab AB"), O("Robokenno Oy"), O("VTT Technical Research Centre of Finland"), O("Certivia B.V."),
  O("Kuitula Pro Oy"), O("Swerim"), O("EDIH Pirkanmaa")],
 [E("Nordic Industrial AI Summit 2033", "2033-10-11", "2033-10-13", "Tampere", "Finland"),
  E("Nordic AI Factory Award 2033 – ceremony", "2033-10-11", "2033-10-11", "Tampere", "Finland"),
  E("Nordic Industrial AI Summit 2034", "2034-10-17", "2034-10-19", "Gothenburg", "Sweden")],
 ["2033-09-29", "2033-10-11/2033-10-13", "2033-10-11", "2033-10-12", "2033-10-13", "2033-09-30", "2034-10-17/2034-10-19"])
