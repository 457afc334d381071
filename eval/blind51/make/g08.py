from h import *
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, FrameBreak, PageBreak
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.pagesizes import A4
import pypdf
FN = "CCUS-Clusters-Stavanger-2036_Programme.pdf"
out = f"{B}/docs/{FN}"
ss = getSampleStyleSheet(); n = ss['BodyText']; h1 = ss['Title']; h2 = ss['Heading2']; h3 = ss['Heading3']
W, H = A4
def deco(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, H-30, "North Sea CCUS Clusters Conference 2036 - Stavanger, 22-23 April 2036 - Programme")
    c.drawRightString(W-40, 25, f"Page {d.page}")
    c.restoreState()
one = Frame(40, 50, W-80, H-110, id='one')
l = Frame(40, 50, (W-90)/2, H-110, id='l'); r = Frame(50+(W-90)/2, 50, (W-90)/2, H-110, id='r')
doc = BaseDocTemplate(out, pagesize=A4, pageTemplates=[PageTemplate('one', [one], onPage=deco), PageTemplate('two', [l, r], onPage=deco)])
S = []
P_ = lambda t, s=n: S.append(Paragraph(t, s))
P_("North Sea CCUS Clusters Conference 2036", h1)
P_("2nd international conference of carbon capture, transport and storage clusters", h2)
P_("22-23 April 2036 | Stavanger Konserthus, Stavanger, Norway")
P_("Organised by Rogaland Carbon Network AS (RCN) with the University of Stavanger and Greater Stavanger Economic Development. Programme version of 2 April 2036; changes possible.")
P_("Day 1 - Tuesday 22 April 2036", h2)
for t in ["08:30 Registration and coffee",
 "09:30 Welcome - Kristin Haugland Sele, Managing Director, Rogaland Carbon Network AS; Arild Tjøstheim, Mayor of Stavanger",
 "09:50 Keynote: Europe's carbon management industry after 2035 - Maarten Veldhuis-Cornet, Head of Unit, DG ENER, European Commission",
 "10:30 Keynote: From Northern Lights to a North Sea market - Ingvild Bakke-Rasmussen, Vice President CCS, Nordhav Energi ASA",
 "11:10 Panel: Clusters as buyers and sellers of storage capacity. Moderator: Dr. Oddvar Sletten, University of Stavanger. Panellists: Julie Verhaegen (Scheldt Carbon Partners NV), Sean Mac Giolla Rua (Celtic Sea Carbon Ltd), Henrike Albers (Emsland CO2 Hub GmbH), Piotr Zawadzki (Gdynia Carbon Terminal Sp. z o.o.)",
 "12:30 Lunch and exhibition"]:
    P_(t)
S.append(NextPageTemplate('two')); S.append(PageBreak())
P_("Day 1 afternoon - parallel sessions 14:00-17:30", h2)
P_("Track A - Capture in industry", h3)
for t in ["Chair: Siri Egeland Thu, cluster manager, Rogaland Carbon Network AS",
 "14:00 Cement: first year of full-scale capture at a Norwegian plant - Tormod Kvitsøy, plant director, Fjordsement AS",
 "14:40 Waste-to-energy with CCS in Oslo and Copenhagen: lessons learned - Mette Lyngby Holm, Project Director, Strandlyst CO2 Partners ApS",
 "15:20 Coffee break",
 "15:50 Small emitters: shared capture units in industrial parks - Dr. Laura Sánchez de Miguel, researcher, Universidad Politécnica de Madrid",
 "16:30 Round table: Financing capture for SMEs, with Innovation Norway and the European Investment Bank",
 "17:30 End of Track A"]:
    P_(t)
S.append(FrameBreak())
P_("Track B - Transport and storage", h3)
for t in ["Chair: Hans-Petter Rygg, business developer, Greater Stavanger Economic Development",
 "14:00 Shipping CO2: ports as the new hubs - Anneke de Groot-Visser, Port of Eemshaven Authority",
 "14:40 Monitoring offshore stores: open data - Dr. Eirik Vaage, senior researcher, NORCE Norwegian Research Centre",
 "15:20 Coffee break",
 "15:50 Cross-border rules: the London Protocol in practice - Thomas O'Keeffe, legal adviser, Celtic Sea Carbon Ltd",
 "16:30 Pitches of six start-ups from the RCN incubator",
 "17:30 End of Track B"]:
    P_(t)
S.append(Spacer(1, 12))
P_("19:00 Conference dinner at Flor &amp; Fjære (boat departs 18:15 from Skagenkaien)")
S.append(NextPageTemplate('one')); S.append(PageBreak())
P_("Day 2 - Wednesday 23 April 2036", h2)
for t in ["09:00 Cluster to cluster: signing of the North Sea CCUS Clusters Memorandum by eight cluster organisations",
 "09:45 Keynote: Skills for a carbon management workforce - Grete Liv Aarsheim, Director, Vestland Vocational College",
 "10:30 Site visits (choose one): A) CO2 terminal at Kårstø; B) Test centre at the University of Stavanger; C) Port of Stavanger",
 "13:30 Closing plenary and handover to the host of the 3rd conference, Esbjerg (Denmark), spring 2038",
 "14:30 End of conference"]:
    P_(t)
P_("Practical information", h3)
P_("Venue: Stavanger Konserthus, Sandvigå 1, in walking distance of the city centre hotels. Fee: NOK 4,900 (members of partner clusters NOK 3,500); students free on request. The exhibition area hosts 24 stands of cluster members and suppliers. Interpretation is not provided; all sessions are in English. A shuttle bus runs from Stavanger Airport Sola on the morning of 22 April. Presentations will be published on the RCN website after the conference.")
P_("About the series", h3)
P_("The 1st North Sea CCUS Clusters Conference took place in Aberdeen on 14-15 March 2034. The series is supported by the Interreg North Sea programme. Registration closes on 8 April 2036. Contact: Marit Ølberg, event coordinator, post@rcn.example")
doc.build(S)
txt = '\n'.join(p.extract_text() for p in pypdf.PdfReader(out).pages)
gold(FN, txt, None,
 [P("Kristin Haugland Sele","Managing Director","Rogaland Carbon Network AS"),
  P("Arild Tjøstheim","Mayor of Stavanger",None),
  P("Maarten Veldhuis-Cornet","Head of Unit","DG ENER"),
  P("Ingvild Bakke-Rasmussen","Vice President CCS","Nordhav Energi ASA"),
  P("Oddvar Sletten",None,"University of Stavanger"),
  P("Julie Verhaegen",None,"Scheldt Carbon Partners NV"),
  P("Sean Mac Giolla Rua",None,"Celtic Sea Carbon Ltd"),
  P("Henrike Albers",None,"Emsland CO2 Hub GmbH"),
  P("Piotr Zawadzki",None,"Gdynia Carbon Terminal Sp. z o.o."),
  P("Siri Egeland Thu","cluster manager","Rogaland Carbon Network AS"),
  P("Tormod Kvitsøy","plant director","Fjordsement AS"),
  P("Mette Lyngby Holm","Project Director","Strandlyst CO2 Partners ApS"),
  P("Laura Sánchez de Miguel","researcher","Universidad Politécnica de Madrid"),
  P("Hans-Petter Rygg","business developer","Greater Stavanger Economic Development"),
  P("Anneke de Groot-Visser",None,"Port of Eemshaven Authority"),
  P("Eirik Vaage","senior researcher","NORCE Norwegian Research Centre"),
  P("Thomas O'Keeffe","legal adviser","Celtic Sea Carbon Ltd"),
  P("Grete Liv Aarsheim","Director","Vestland Vocational College"),
  P("Marit Ølberg","event coordinator",None)],
 [O("Rogaland Carbon Network AS","RCN"),O("University of Stavanger"),O("Greater Stavanger Economic Development"),
  O("DG ENER"),O("European Commission"),O("Nordhav Energi ASA"),O("Scheldt Carbon Partners NV"),O("Celtic Sea Carbon Ltd"),
  O("Emsland CO2 Hub GmbH"),O("Gdynia Carbon Terminal Sp. z o.o."),O("Fjordsement AS"),O("Strandlyst CO2 Partners ApS"),
  O("Universidad Politécnica de Madrid"),O("Innovation Norway"),O("European Investment Bank"),O("Port of Eemshaven Authority"),
  O("NORCE Norwegian Research Centre"),O("Vestland Vocational College"),O("Port of Stavanger")],
 [E("North Sea CCUS Clusters Conference 2036","2036-04-22","2036-04-23","Stavanger","Norway"),
  E("3rd North Sea CCUS Clusters Conference","2038","2038","Esbjerg","Denmark"),
  E("1st North Sea CCUS Clusters Conference","2034-03-14","2034-03-15","Aberdeen","United Kingdom")],
 ["2036-04-22/2036-04-23","2036-04-02","2036-04-22","2036-04-23","2038","2034-03-14/2034-03-15","2036-04-08"])
print(len(pypdf.PdfReader(out).pages), "pages")
