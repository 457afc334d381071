from h import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
doc = "IAS2035_moderators-and-rapporteurs.pdf"
path = os.path.join(B, "docs", doc)
W, Hh = A4
c = canvas.Canvas(path, pagesize=A4)
HEADER = "Industrie Augmentée Summit 2035 · Palaiseau, 3-4 July 2035 · Moderators and rapporteurs"
intro = [
 "Moderators and rapporteurs",
 "The Industrie Augmentée Summit 2035 is organised by Pôle IndusIA Île-de-France with Université Paris-Saclay",
 "and the Région Île-de-France. It takes place on 3 and 4 July 2035 at the Paris-Saclay campus in Palaiseau.",
 "Each of the eight sessions has a moderator and a rapporteur. Rapporteurs send their one-page summary",
 "to the programme team by 11 July 2035; the summaries form the conference report, due in September 2035.",
]
cards = [
 ("Opening plenary - moderator", "Claire Dubois-Maréchal", "Managing Director", "Pôle IndusIA Île-de-France"),
 ("Opening plenary - rapporteur", "Hugo Lefèvre", "Head of Studies", "Pôle IndusIA Île-de-France"),
 ("Session 1 AI on the shop floor - moderator", "Nathalie Ferrand", "Vice-President for Innovation", "Université Paris-Saclay"),
 ("Session 1 - rapporteur", "Julien Okafor", "PhD candidate", "CEA List"),
 ("Session 2 Robotics for SMEs - moderator", "Matthias Krämer", "CEO", "Vectorys GmbH"),
 ("Session 2 - rapporteur", "Sophie Nguyen-Lambert", "robotics engineer", "Robotika SAS"),
 ("Session 3 Data spaces - moderator", "Pieter van den Broek", "co-founder", "Dataweide B.V."),
 ("Session 3 - rapporteur", "Élodie Carpentier", "Policy Officer", "DG CNECT, European Commission"),
 ("Session 4 Skills - moderator", "Giulia Ferraresi", "Head of Academy", "Officine Lombarde Digitali S.r.l."),
 ("Session 4 - rapporteur", "Antoine Vasseur", "project manager", "EIT Manufacturing"),
 ("Session 5 Financing - moderator", "Karim Benali", "Investment Director", "Bpifrance"),
 ("Session 5 - rapporteur", "Marie-Laure Tessier", "economist", "Région Île-de-France"),
 ("Session 6 Cybersecurity - moderator", "Olivier Mercadier", "CTO", "Bièvre Mécatronique SA"),
 ("Session 6 - rapporteur", "Inès Haddou", "cluster manager", "Cyberpôle Hurepoix"),
 ("Session 7 Regions - moderator", "Bernard Jaouen", "Director of Economic Development", "Région Île-de-France"),
 ("Session 7 - rapporteur", "Lucie Marchand", "Project Officer", "Pôle IndusIA Île-de-France"),
 ("Closing plenary - moderator", "Catherine Olivier", "President", "Pôle IndusIA Île-de-France"),
 ("Closing plenary - rapporteur", "Thomas Reinhardt", "general rapporteur; former Director", "Fraunhofer IPA"),
]
def header(n):
    c.setFont("Helvetica", 8)
    c.drawString(40, Hh - 30, HEADER)
    c.drawRightString(W - 40, 25, f"Page {n} of 2")
    c.line(40, Hh - 35, W - 40, Hh - 35)
header(1)
y = Hh - 70
c.setFont("Helvetica-Bold", 16); c.drawString(40, y, intro[0]); y -= 22
c.setFont("Helvetica", 9)
for l in intro[1:]:
    c.drawString(40, y, l); y -= 13
y -= 10
colx = [40, 310]
def draw_cards(cs, ystart):
    yy = ystart
    for i in range(0, len(cs), 2):
        for k in range(2):
            if i + k >= len(cs): continue
            s, n, r, o = cs[i + k]
            x = colx[k]
            c.setFont("Helvetica-Oblique", 8); c.drawString(x, yy, s)
            c.setFont("Helvetica-Bold", 11); c.drawString(x, yy - 14, n)
            c.setFont("Helvetica", 9); c.drawString(x, yy - 27, r)
            c.drawString(x, yy - 39, o)
        yy -= 62
    return yy
draw_cards(cards[:10], y)
c.showPage()
header(2)
yy = draw_cards(cards[10:], Hh - 70)
c.setFont("Helvetica", 9)
notes = [
 "Sessions at a glance",
 "Tuesday 3 July: 09:30 Opening plenary (Amphitheatre A); 11:15 Session 1 AI on the shop floor; 11:15 Session 2",
 "Robotics for SMEs; 14:00 Session 3 Data spaces; 14:00 Session 4 Skills; 16:30 cluster exhibition and networking.",
 "Wednesday 4 July: 09:00 Session 5 Financing; 09:00 Session 6 Cybersecurity; 11:00 Session 7 Regions; 14:00 Closing",
 "plenary with the presentation of the rapporteurs' first conclusions; 15:30 end of the summit.",
 "Moderators introduce the speakers (short bios are on the summit website), keep time strictly and make sure that",
 "questions from the room and from the online audience are taken. Rapporteurs note the main arguments, points of",
 "agreement and disagreement, and concrete proposals addressed to the Région, the State or the European Commission.",
 "",
 "Practical notes for moderators and rapporteurs",
 "A briefing call for all moderators and rapporteurs is held online on 24 June 2035 at 10:00 CEST.",
 "Please arrive at the speakers' desk at least 45 minutes before your session. Sessions last 75 minutes:",
 "10 minutes of introduction by the moderator, three short inputs, and at least 30 minutes of discussion.",
 "Rapporteurs use the template sent on 2 June 2035 and focus on conclusions and recommendations.",
 "Programme team: Lucie Marchand and Hugo Lefèvre, programme@indusia.example, +33 1 00 00 45 12.",
 "Version of 16 June 2035. Changes since the previous version: Session 6 moderator replaced",
 "(Olivier Mercadier replaces Aurélie Fontaine, who has left Bièvre Mécatronique SA).",
]
yy -= 10
for l in notes:
    c.drawString(40, yy, l); yy -= 13
c.showPage()
c.save()
import pypdf
text = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
PI = "Pôle IndusIA Île-de-France"
people = [
 P("Claire Dubois-Maréchal", "Managing Director", PI), P("Hugo Lefèvre", "Head of Studies", PI),
 P("Nathalie Ferrand", "Vice-President for Innovation", "Université Paris-Saclay"), P("Julien Okafor", "PhD candidate", "CEA List"),
 P("Matthias Krämer", "CEO", "Vectorys GmbH"), P("Sophie Nguyen-Lambert", "robotics engineer", "Robotika SAS"),
 P("Pieter van den Broek", "co-founder", "Dataweide B.V."), P("Élodie Carpentier", "Policy Officer", "DG CNECT"),
 P("Giulia Ferraresi", "Head of Academy", "Officine Lombarde Digitali S.r.l."), P("Antoine Vasseur", "project manager", "EIT Manufacturing"),
 P("Karim Benali", "Investment Director", "Bpifrance"), P("Marie-Laure Tessier", "economist", "Région Île-de-France"),
 P("Olivier Mercadier", "CTO", "Bièvre Mécatronique SA"), P("Inès Haddou", "cluster manager", "Cyberpôle Hurepoix"),
 P("Bernard Jaouen", "Director of Economic Development", "Région Île-de-France"), P("Lucie Marchand", "Project Officer", PI),
 P("Catherine Olivier", "President", PI), P("Thomas Reinhardt", "general rapporteur", "Fraunhofer IPA"),
 P("Aurélie Fontaine", None, "Bièvre Mécatronique SA"),
]
orgs = [O(PI), O("Université Paris-Saclay"), O("Région Île-de-France"), O("CEA List"), O("Vectorys GmbH"), O("Robotika SAS"),
 O("Dataweide B.V."), O("DG CNECT"), O("European Commission"), O("Officine Lombarde Digitali S.r.l."), O("EIT Manufacturing"),
 O("Bpifrance"), O("Bièvre Mécatronique SA"), O("Cyberpôle Hurepoix"), O("Fraunhofer IPA")]
events = [E("Industrie Augmentée Summit 2035", "2035-07-03", "2035-07-04", "Palaiseau", "France"),
 E("briefing call for all moderators and rapporteurs", "2035-06-24", "2035-06-24", None, None)]
dates = ["2035-07-03/2035-07-04", "2035-07-03", "2035-07-04", "2035-07-11", "2035-09", "2035-06-24", "2035-06-02", "2035-06-16"]
gold(doc, None, people, orgs, events, dates, [], text=text)

