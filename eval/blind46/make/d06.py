from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
W, H = A4
st = getSampleStyleSheet()
b = ParagraphStyle("b", parent=st["Normal"], fontName="DV", fontSize=8.8, leading=11.5)
h = ParagraphStyle("h", parent=b, fontName="DVB", fontSize=10, leading=13, spaceBefore=6)
t = ParagraphStyle("t", parent=b, fontName="DVB", fontSize=16, leading=20)
def deco(c, doc):
    c.saveState(); c.setFont("DV", 7.5)
    c.drawString(40, H-28, "Fjordhav Aquaculture Cluster – Annual Report 2034")
    c.drawRightString(W-40, H-28, "Governance / Board of Directors")
    c.drawCentredString(W/2, 22, f"{doc.page + 17}")
    c.restoreState()
top = Frame(40, H-150, W-80, 105, id="top")
l1 = Frame(40, 40, (W-95)/2, H-195, id="l"); r1 = Frame(55+(W-95)/2, 40, (W-95)/2, H-195, id="r")
l2 = Frame(40, 40, (W-95)/2, H-90, id="l2"); r2 = Frame(55+(W-95)/2, 40, (W-95)/2, H-90, id="r2")
doc = BaseDocTemplate("../docs/Fjordhav_Annual-Report-2034_Board.pdf", pagesize=A4)
doc.addPageTemplates([PageTemplate(id="p1", frames=[top, l1, r1], onPage=deco), PageTemplate(id="p2", frames=[l2, r2], onPage=deco)])
from reportlab.platypus import NextPageTemplate
S = []
S.append(Paragraph("Board of Directors", t))
S.append(Paragraph("The Board of Fjordhav Aquaculture Cluster AS was elected by the General Meeting on 22 April 2034 in Bergen for a two-year term ending at the General Meeting of 2036. The Board held eight meetings in 2034 and one strategy seminar in Florø on 4–5 September 2034. The cluster is owned by 46 member companies and three research institutions; the Board has seven members, of whom four are women.", b))
S.append(NextPageTemplate("p2"))
S.append(FrameBreak())
bios = [
("Ingrid Haukeland Sørbø – Chair", "CEO of Havbruk Nordfjord AS, a family-owned salmon and trout farmer with sites in Sogn og Fjordane. Chair since 2032. Previously 12 years at the Institute of Marine Research in Bergen and two years at Nofima. MSc in aquaculture from the University of Bergen."),
("Knut Eide Tveit – Deputy Chair", "Chief Technology Officer of Merdteknikk AS, Os, a supplier of closed and semi-closed pen systems. Member of the Board since 2030. Chair of the cluster's working group on fish welfare technology."),
("Dr. Silje Rongved", "Research Director, Department of Fisheries and New Biomarine Industry, SINTEF Ocean. Represents the research partners on the Board. Her research covers offshore aquaculture structures and sea lice prevention."),
("Øystein Brekke", "Chief Financial Officer of Vestfôr ASA, Bergen, a feed producer listed on Euronext Oslo. Chairs the Board's audit committee. Former partner at a regional accounting firm."),
("Marit Lunde Kvamme", "Managing Director of Kvamme Brønnbåt AS, a well-boat operator from Austevoll with nine vessels. Elected to the Board in 2034. Board member of the Norwegian Seafood Federation (Sjømat Norge) regional branch."),
("Anders Fjeldstad", "Head of Sales Europe, Algevekst AS, a start-up producing microalgae-based feed ingredients in Mongstad. Elected in 2034 as the representative of start-up members. Previously at Innovation Norway."),
("Hanne Dahle Olsen", "Employee representative. Senior advisor for aquaculture at the cluster secretariat; responsible for the cluster's Horizon Europe and EEA Grants projects."),
]
for n, txt in bios:
    S.append(Paragraph(n, h)); S.append(Paragraph(txt, b))
S.append(Paragraph("Observers", h))
S.append(Paragraph("Eirik Nesheim, senior adviser at Innovation Norway Vestland, attends Board meetings as observer on behalf of the Norwegian Innovation Clusters programme. Tone Skaar Hovland, county director of business development at Vestland fylkeskommune, attends as observer for the county.", b))
S.append(Paragraph("Changes in 2034", h))
S.append(Paragraph("Bjørn Hatlevik (Hatlevik Seafood AS) and Liv Urheim (Universitetet i Bergen) left the Board at the General Meeting of 22 April 2034 after serving since the foundation of the cluster in 2026. The Board thanks them for their contribution.", b))
S.append(Paragraph("Management", h))
S.append(Paragraph("The daily management is led by Cluster Manager Sigurd Vågenes, supported by Project Manager Camilla Bruvik. The Cluster Manager reports to the Board and attends all Board meetings.", b))
S.append(Paragraph("Board calendar 2035", h))
S.append(Paragraph("Board meetings are scheduled for 29 January, 19 March, 14 May, 27 August, 22 October and 10 December 2035. The annual General Meeting 2035 will take place on 23 April 2035 at AquaNor's partner venue in Bergen, and the cluster will present its members at AquaNor 2035 in Trondheim (19–22 August 2035).", b))
S.append(Paragraph("Remuneration", h))
S.append(Paragraph("Board members receive a fixed annual fee set by the General Meeting (Chair NOK 60,000; members NOK 30,000). Employees and observers receive no fee. Total Board remuneration in 2034 amounted to NOK 240,000.", b))
doc.build(S)
