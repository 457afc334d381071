"""01: the 2034 annual calendar of a European mining and minerals cluster network (secretariat in Falun, Dalarna) as a real
PDF (reportlab, DejaVu): page 1 a table by month with weekday-coded dates, page 2 in two columns (board, secretariat, notes),
page 3 practical information."""
import os
from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
st = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
def d(y, m, dd): return f"{wd(y, m, dd, 'ens')} {dd}"
rows = [
 ["Month", "Date(s)", "Event", "Place", "Format"],
 ["January", d(2034,1,24), "Network Board meeting (members of the Board only)", "online", "closed"],
 ["February", f"{d(2034,2,14)}–{d(2034,2,15)}", "Winter Workshop on Traceability of Critical Raw Materials", "Kiruna, Sweden", "on site"],
 ["March", d(2034,3,8), "Webinar “Tailings as a Resource”", "online", "open"],
 ["April", f"{d(2034,4,25)}–{d(2034,4,27)}", "EMMCN Annual Conference 2034 (Annual General Assembly on Wed 26)", "Falun, Sweden", "on site"],
 ["May", d(2034,5,16), "Study visit: Reiche Zeche research mine", "Freiberg, Germany", "on site"],
 ["June", f"{d(2034,6,13)}–{d(2034,6,14)}", "Mine Automation Matchmaking Days", "Luleå, Sweden", "B2B"],
 ["July–August", "—", "summer break, secretariat closed 3–28 July", "", ""],
 ["September", f"{d(2034,9,25)}–{d(2034,9,29)}", "Cluster delegation to Chile (Santiago and Antofagasta)", "Chile", "mission"],
 ["October", d(2034,10,11), "Cluster Managers’ Peer Day", "Leoben, Austria", "on site"],
 ["November", d(2034,11,22), "Webinar “Permitting in Twelve Months?”", "online", "open"],
 ["December", d(2034,12,6), "Board meeting and year-end networking evening", "Brussels, Belgium", "members"],
]
def P_(t): return Paragraph(t, st)
tbl = Table([[P_(c) for c in r] for r in rows], colWidths=[55, 85, 200, 100, 55], repeatRows=1)
tbl.setStyle(TableStyle([('BACKGROUND', (0,0), (-1,0), colors.HexColor('#3b4a5a')), ('TEXTCOLOR', (0,0), (-1,0), colors.white),
    ('GRID', (0,0), (-1,-1), 0.3, colors.grey), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
story = [Paragraph("European Mining &amp; Minerals Cluster Network (EMMCN)", h1),
 Paragraph("Events calendar 2034 · version 2 · issued 12 December 2033 by the EMMCN Secretariat, Falun", st), Spacer(1, 6),
 Paragraph("This calendar lists the network’s own events for 2034. Dates are coded by weekday (Mon, Tue, Wed …). Member "
  "clusters’ own events are announced in the monthly newsletter and are not repeated here. Places on site events are "
  "limited to two persons per member cluster unless stated otherwise; webinars are open to everyone after registration.", st),
 Spacer(1, 8), tbl, Spacer(1, 8),
 Paragraph("Legend: <b>closed</b> – Board members and invited guests; <b>open</b> – free registration for all; <b>B2B</b> – "
  "pre-scheduled one-to-one meetings through the matchmaking tool; <b>mission</b> – selection by call, see page 3; "
  "<b>members</b> – member clusters of EMMCN only.", st),
 Spacer(1, 6), Paragraph("Changes since version 1 (issued 3 November 2033): the Peer Day moved from Kraków to Leoben; the "
  "Chile delegation was extended by one day at the request of the Chilean partners.", st),
 NextPageTemplate('two'), PageBreak(),
 Paragraph("The Board 2033–2035", h2),
 P_("Chair: Prof. Dr.-Ing. Matthias VON DER HEYDT, Saxon Raw Materials Cluster (SRC)"),
 P_("Vice-Chair: Ana Isabel Ruiz de Alda, Andalusian Mining Cluster Foundation"),
 P_("Treasurer: Mag. Katharina Pirker, Mining Cluster Styria"),
 P_("Member: Tuomas Kärkkäinen, Finnish Minerals Cluster"),
 P_("Member: Zuzana Mikulášová, Slovak Mining Innovation Cluster"),
 P_("Member: Pádraig Ó Dálaigh, Irish Exploration &amp; Mining Cluster"),
 Paragraph("Secretariat", h2),
 P_("Dr. Ingrid Bergström-Åkesson, Network Manager (hosted by Bergslagen Mining Cluster AB, Falun)"),
 P_("Pekka HÄMÄLÄINEN, Events Coordinator"),
 P_("Chiara de Luca, Communications Officer"),
 Paragraph("How to read the calendar", h2),
 P_("Each line names the month, the day or days with their weekday, the event, the place and the format. A dash means "
  "that no network event is planned in that month. Where two days are joined by a dash, the event runs over all days in "
  "between. Times are given in the invitation that the Secretariat sends about six weeks before each event."),
 P_("Members who wish to host one of the 2035 events are invited to tell the Secretariat by 30 June 2034. The Board "
  "chooses the 2035 hosts at its meeting in December."),
 FrameBreak(),
 Paragraph("Annual Conference 2034 in Falun", h2),
 P_("The Annual Conference returns to the network’s home town for the first time since 2029. It opens on Tuesday afternoon "
  "with a welcome reception at the Falu Gruva world heritage site, offered by the Municipality of Falun. Wednesday holds "
  "the plenary on permitting and public acceptance and, from 15:00, the Annual General Assembly with the election of two "
  "Board members. Thursday is reserved for site visits to Garpenberg and to the Dalarna University test mine."),
 P_("Conference fee for members: EUR 290; non-members EUR 450. The fee covers the dinner and the site visits."),
 Paragraph("Partners in 2034", h2),
 P_("Dalarna University · Region Dalarna · Swedish Agency for Economic and Regional Growth (Tillväxtverket) · "
  "EIT RawMaterials · Montanuniversität Leoben"),
 Paragraph("Webinars", h2),
 P_("Both webinars run from 10:00 to 11:30 CET on Zoom. Recordings are posted in the members’ area within a week. "
  "Proposals for speakers can be sent to Chiara de Luca."),
 NextPageTemplate('one'), PageBreak(),
 Paragraph("Practical information", h2),
 P_("<b>Delegation to Chile.</b> A call for participants will be published in March 2034 with a deadline of 15 May 2034. "
  "Up to twelve member companies will be selected. The programme combines meetings with the Chilean Ministry of Mining, "
  "a visit to an operating copper mine near Antofagasta and B2B meetings with suppliers. The delegation is prepared "
  "together with the Chilean partner cluster and Enterprise Europe Network Sweden."),
 P_("<b>Matchmaking in Luleå.</b> Registration in the matchmaking tool opens on 2 May 2034. The days are co-organised "
  "with the Luleå University of Technology (LTU) and Business Sweden."),
 P_("<b>Contact.</b> EMMCN Secretariat, c/o Bergslagen Mining Cluster AB, Slaggatan 4, 791 71 Falun, Sweden · "
  "secretariat@emmcn.eu"),
 P_("<b>Winter Workshop in Kiruna.</b> The workshop is hosted by the Swedish member cluster in the town’s new centre and "
  "includes a guided visit to the underground information centre on the second morning. Participants are advised to book "
  "flights early, as February is the high season for winter tourism in Swedish Lapland. Warm clothing is required for "
  "the visit; helmets and lamps are provided."),
 P_("<b>Peer Day in Leoben.</b> The Peer Day is a closed exchange for cluster managers of member organisations. Each "
  "participant brings one practical question from daily work; the questions are collected by the Secretariat two weeks before."),
 Spacer(1, 10),
 P_("EMMCN is a non-profit association of 31 cluster organisations from 14 European countries. This calendar may change; the "
  "online version on the network website is the reference.")]
def footer(c, doc):
    c.saveState(); c.setFont('DV', 7); c.drawString(40, 25, f"EMMCN – Events calendar 2034 – page {doc.page}"); c.restoreState()
fn = 'blind65_01_emmcn_calendar_2034.pdf'
doc = BaseDocTemplate(os.path.join(B, 'docs', fn), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=45,
    title='EMMCN events calendar 2034', author='EMMCN Secretariat')
W, H = A4
one = Frame(40, 45, W - 80, H - 85, id='f1')
c1 = Frame(40, 45, (W - 95) / 2, H - 85, id='c1'); c2 = Frame(40 + (W - 95) / 2 + 15, 45, (W - 95) / 2, H - 85, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=footer), PageTemplate('two', [c1, c2], onPage=footer)])
doc.build(story)
E_ = lambda *a: E(*a)
gold(fn,
 [P("Matthias VON DER HEYDT", "Chair", "European Mining & Minerals Cluster Network"), P("Ana Isabel Ruiz de Alda", "Vice-Chair", "European Mining & Minerals Cluster Network"),
  P("Katharina Pirker", "Treasurer", "European Mining & Minerals Cluster Network"), P("Tuomas Kärkkäinen", "Member", "European Mining & Minerals Cluster Network"),
  P("Zuzana Mikulášová", "Member", "European Mining & Minerals Cluster Network"), P("Pádraig Ó Dálaigh", "Member", "European Mining & Minerals Cluster Network"),
  P("Ingrid Bergström-Åkesson", "Network Manager", "European Mining & Minerals Cluster Network"), P("Pekka HÄMÄLÄINEN", "Events Coordinator", "European Mining & Minerals Cluster Network"),
  P("Chiara de Luca", "Communications Officer", "European Mining & Minerals Cluster Network")],
 [O("European Mining & Minerals Cluster Network", "EMMCN"), O("Saxon Raw Materials Cluster", "SRC"), O("Andalusian Mining Cluster Foundation"),
  O("Mining Cluster Styria"), O("Finnish Minerals Cluster"), O("Slovak Mining Innovation Cluster"), O("Irish Exploration & Mining Cluster"),
  O("Bergslagen Mining Cluster AB"), O("Municipality of Falun"), O("Dalarna University"), O("Region Dalarna"),
  O("Swedish Agency for Economic and Regional Growth (Tillväxtverket)"), O("EIT RawMaterials"), O("Montanuniversität Leoben"),
  O("Chilean Ministry of Mining"), O("Enterprise Europe Network Sweden"), O("Luleå University of Technology", "LTU"), O("Business Sweden")],
 [E("Network Board meeting", "2034-01-24", "2034-01-24"),
  E("Winter Workshop on Traceability of Critical Raw Materials", "2034-02-14", "2034-02-15", "Kiruna", "Sweden"),
  E("Webinar “Tailings as a Resource”", "2034-03-08", "2034-03-08"),
  E("EMMCN Annual Conference 2034", "2034-04-25", "2034-04-27", "Falun", "Sweden"),
  E("Annual General Assembly", "2034-04-26", "2034-04-26", "Falun", "Sweden"),
  E("welcome reception", "2034-04-25", "2034-04-25", "Falun", "Sweden"),
  E("site visits", "2034-04-27", "2034-04-27", None, "Sweden"),
  E("Study visit: Reiche Zeche research mine", "2034-05-16", "2034-05-16", "Freiberg", "Germany"),
  E("Mine Automation Matchmaking Days", "2034-06-13", "2034-06-14", "Luleå", "Sweden"),
  E("Cluster delegation to Chile", "2034-09-25", "2034-09-29", "Santiago, Antofagasta", "Chile"),
  E("Cluster Managers’ Peer Day", "2034-10-11", "2034-10-11", "Leoben", "Austria"),
  E("Webinar “Permitting in Twelve Months?”", "2034-11-22", "2034-11-22"),
  E("Board meeting and year-end networking evening", "2034-12-06", "2034-12-06", "Brussels", "Belgium")],
 ["2034-01-24", "2034-02-14/2034-02-15", "2034-03-08", "2034-04-25/2034-04-27", "2034-04-26", "2034-05-16", "2034-06-13/2034-06-14",
  "2034-07-03/2034-07-28", "2034-09-25/2034-09-29", "2034-10-11", "2034-11-22", "2034-12-06", "2033-12-12", "2033-11-03",
  "2033/2035", "2034-06-30", "2034-03", "2034-05-15", "2034-05-02", "2029", "2034", "2034-07/2034-08"],
 pub="2033-12-12")
