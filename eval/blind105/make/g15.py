from h import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g15_turku_lifescience_contacts.pdf'
assert wd(2040,4,17)=='Tuesday' and wd(2040,6,11)=='Monday'
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
W,H = A4
c = canvas.Canvas(path(F), pagesize=A4)
def lines(x, y, L, size=9, font='DV', lead=12.5):
    for t in L:
        f = font
        if t.startswith('**'): f='DVB'; t=t[2:]
        c.setFont(f, size); c.drawString(x, y, t); y -= lead
    return y
# page 1
c.setFont('DVB', 16); c.drawString(50, H-60, "Southwest Finland Life Science Cluster")
c.setFont('DV', 11); c.drawString(50, H-78, "Contact directory 2040 – secretariat, board and member contact persons")
c.setFont('DV', 8); c.drawString(50, H-92, "Edition: 2 April 2040 · replaces the edition of 14 September 2039 · Turku, Finland")
y = lines(50, H-120, [
"The Southwest Finland Life Science Cluster (SWFLSC) brings together 87 companies, universities and public",
"organisations in diagnostics, drug development, medical devices and health technology in Turku and the",
"surrounding region. This directory lists the people you can contact directly. Please use the shared address",
"info@swflsc.fi for general questions; personal addresses follow the pattern firstname.lastname@swflsc.fi.",
"",
"**Secretariat (BioCity Turku, Tykistökatu 6, 20520 Turku)",
"Cluster Director – Johanna Lehtonen-Grahn – +358 40 718 2201",
"Deputy Director, Funding and Projects – Antti Vainio – +358 40 718 2202",
"Business Development Manager, Diagnostics – Dr. Kirsi Heikkilä – +358 40 718 2203",
"Business Development Manager, Medtech – Samuel Nyberg – +358 40 718 2204",
"International Relations Manager – Paula Ojanen – +358 40 718 2205",
"Communications and Events – Emma Virtanen-Cruz – +358 40 718 2206",
"Finance and Membership – Tiina Aaltonen – +358 40 718 2207 (Tue–Thu)",
"",
"**Board of the cluster association (term 2039–2041)",
"Chair – Mikael Forsström, CEO, Finnomed Diagnostics Oy",
"Vice-Chair – Prof. Riikka Saarinen, Vice Rector for Research, University of Turku",
"Member – Dr. Henrik Åberg, Director, Åbo Akademi University, Faculty of Science and Engineering",
"Member – Laura Kanerva, Site Head, Bayer Oy, Turku",
"Member – Jari Mäenpää, Managing Director, Medfiles Turku Oy",
"Member – Satu Koivisto, Director of Development, Wellbeing Services County of Southwest Finland",
"Member – Ilkka Rautio, Head of Business Services, City of Turku",
"",
"**Partner organisations and their cluster contacts",
"Business Turku – Maarit Holm, Senior Adviser, Life Science",
"Turku Science Park Oy – Niklas Sundström, Innovation Director",
"Turku University of Applied Sciences – Päivi Lindqvist, Research Manager, Health Technology",
"Business Finland – Olli Jokela, Head of Health and Wellbeing programme",
"Enterprise Europe Network Finland – Sara Kallio, EEN adviser, Centre for Economic Development (ELY Centre) Southwest Finland",
"",
"**Dates 2040",
"Tuesday 17 April 2040, 13:00–16:00 – Meet the Cluster: open afternoon for new members, BioCity Turku",
"Monday 11 June 2040 – Annual General Meeting, Turku (invitation to members four weeks in advance)",
"October 2040 – Nordic Life Science Days, Malmö, Sweden (joint stand with Business Turku)",
], size=8.5)
c.setFont('DV', 7); c.drawString(50, 40, "Southwest Finland Life Science Cluster ry · Contact directory 2040 · page 1/2")
c.showPage()
# page 2: card grid
c.setFont('DVB', 13); c.drawString(50, H-55, "Member contact persons by field")
c.setFont('DV', 8); c.drawString(50, H-70, "Each member names one contact person for the cluster. Listed with consent; last checked March 2040.")
cards = [
("DIAGNOSTICS", ["Aino Kallio-Rantala","Head of R&D","Abacus Diagnostica Oy","Turku"]),
("DIAGNOSTICS", ["Pekka Tuominen","Chief Scientific Officer","Aidian Turku Oy","Turku"]),
("DIAGNOSTICS", ["Veera Salo","Product Manager","Kaivogen Oy","Kaarina"]),
("DRUG DEVELOPMENT", ["Dr. Markku Jalkanen","Founder and Chair","Faron Pharmaceuticals Oy","Turku"]),
("DRUG DEVELOPMENT", ["Hanna Ström","Clinical Operations Lead","CRST Oy","Turku"]),
("DRUG DEVELOPMENT", ["Tommi Lehtinen","Business Director","Orion Oyj, Turku site","Turku"]),
("MEDTECH", ["Elina Mattila","CEO","Pixieray Vision Oy","Salo"]),
("MEDTECH", ["Jukka Heinonen","Quality Manager","Planmeca Turku Oy","Turku"]),
("HEALTH DATA", ["Kristiina Ahola","Data Protection Officer","Auria Biobank","Turku"]),
]
cw, ch = 160, 150
for i,(field, L) in enumerate(cards):
    col, row = i%3, i//3
    x = 50 + col*(cw+10); y = H-100 - row*(ch+12)
    c.rect(x, y-ch, cw, ch)
    c.setFont('DVB', 7); c.drawString(x+8, y-14, field)
    c.setFont('DVB', 9); c.drawString(x+8, y-32, L[0])
    c.setFont('DV', 8); c.drawString(x+8, y-46, L[1]); c.drawString(x+8, y-60, L[2]); c.drawString(x+8, y-74, L[3])
    c.setFont('DV', 7); c.drawString(x+8, y-100, "Cluster contact since 2037" if i%2==0 else "Cluster contact since 2039")
c.setFont('DV', 8)
lines(50, H-100-3*(ch+12)-10, [
"Missing or outdated entries: write to Tiina Aaltonen. The next edition is planned for September 2040.",
"The cluster is funded by its members, the City of Turku and the Regional Council of Southwest Finland.",
], size=8)
c.setFont('DV', 7); c.drawString(50, 40, "Southwest Finland Life Science Cluster ry · Contact directory 2040 · page 2/2")
c.showPage(); c.save()
C='Southwest Finland Life Science Cluster'
gold(F,
 [P("Johanna Lehtonen-Grahn","Cluster Director",C), P("Antti Vainio","Deputy Director, Funding and Projects",C),
  P("Kirsi Heikkilä","Business Development Manager, Diagnostics",C), P("Samuel Nyberg","Business Development Manager, Medtech",C),
  P("Paula Ojanen","International Relations Manager",C), P("Emma Virtanen-Cruz","Communications and Events",C),
  P("Tiina Aaltonen","Finance and Membership",C), P("Mikael Forsström","Chair",C), P("Riikka Saarinen","Vice-Chair",C),
  P("Henrik Åberg","Member",C), P("Laura Kanerva","Member",C), P("Jari Mäenpää","Member",C), P("Satu Koivisto","Member",C),
  P("Ilkka Rautio","Member",C), P("Maarit Holm","Senior Adviser, Life Science","Business Turku"),
  P("Niklas Sundström","Innovation Director","Turku Science Park Oy"),
  P("Päivi Lindqvist","Research Manager, Health Technology","Turku University of Applied Sciences"),
  P("Olli Jokela","Head of Health and Wellbeing programme","Business Finland"),
  P("Sara Kallio","EEN adviser","Enterprise Europe Network Finland"),
  P("Aino Kallio-Rantala","Head of R&D","Abacus Diagnostica Oy"), P("Pekka Tuominen","Chief Scientific Officer","Aidian Turku Oy"),
  P("Veera Salo","Product Manager","Kaivogen Oy"), P("Markku Jalkanen","Founder and Chair","Faron Pharmaceuticals Oy"),
  P("Hanna Ström","Clinical Operations Lead","CRST Oy"), P("Tommi Lehtinen","Business Director","Orion Oyj"),
  P("Elina Mattila","CEO","Pixieray Vision Oy"), P("Jukka Heinonen","Quality Manager","Planmeca Turku Oy"),
  P("Kristiina Ahola","Data Protection Officer","Auria Biobank")],
 [O(C,"SWFLSC"), O("Finnomed Diagnostics Oy"), O("University of Turku"), O("Åbo Akademi University"),
  O("Faculty of Science and Engineering"), O("Bayer Oy"), O("Medfiles Turku Oy"), O("Wellbeing Services County of Southwest Finland"),
  O("City of Turku"), O("Business Turku"), O("Turku Science Park Oy"), O("Turku University of Applied Sciences"), O("Business Finland"),
  O("Enterprise Europe Network Finland","EEN"), O("Centre for Economic Development (ELY Centre) Southwest Finland","ELY Centre"),
  O("Abacus Diagnostica Oy"), O("Aidian Turku Oy"), O("Kaivogen Oy"), O("Faron Pharmaceuticals Oy"), O("CRST Oy"), O("Orion Oyj"),
  O("Pixieray Vision Oy"), O("Planmeca Turku Oy"), O("Auria Biobank"), O("Regional Council of Southwest Finland")],
 [E("Meet the Cluster","2040-04-17",None,"Turku","Finland"), E("Annual General Meeting","2040-06-11",None,"Turku","Finland"),
  E("Nordic Life Science Days","2040-10",None,"Malmö","Sweden")],
 ["2040-04-02","2039-09-14","2039/2041","2040-04-17","2040-06-11","2040-10","2040-03","2037","2039","2040-09"], [], "2040-04-02")
