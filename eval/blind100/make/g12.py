from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
F = 'g12_trentino_agency_contact_directory.pdf'
assert wd(2039,2,10)=='Thursday' and wd(2039,3,3)=='Thursday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=13)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=15, spaceBefore=8, spaceAfter=3)
c = ParagraphStyle('c', fontName='DV', fontSize=8.5, leading=11)
page1 = [
("h1","Contact Directory 2039"),
("p","Trentino Agency for Innovation and Enterprise (TAIE) · Via Zeni 8 · 38068 Rovereto (TN) · Italy"),
("p","Edition of 20 January 2039. This directory replaces the edition of September 2038. It lists the agency's management, its units and the contact persons for the regional clusters it manages on behalf of the Autonomous Province of Trento. The switchboard (+39 0464 000 000) is open Monday to Friday, 8:30–17:00."),
("h2","Who we are"),
("p","TAIE is the in-house agency of the Autonomous Province of Trento for business innovation, research infrastructure and inward investment. It runs the Rovereto and Trento technology hubs, manages four regional clusters (mechatronics, agrifood, green building and sport technology) and hosts the Enterprise Europe Network contact point for Trentino. The agency has 96 staff and is governed by a board of three directors appointed by the Provincial Government."),
("p","In 2038 the agency handled 1,240 innovation voucher applications, supported 41 inward investment projects and organised 63 cluster events with more than 4,000 participants. Its work is guided by the Provincial Research and Innovation Programme and an annual performance agreement with the Provincial Government, which sets targets for each unit and cluster."),
("h2","Board and management"),
("p","President of the Board: Giovanna Dallapiccola · Board members: Stefano Bertolini and Heidi Mair"),
("p","Director General: Roberto Zanoni, r.zanoni@taie.example.it, +39 0464 000 101"),
("p","Head of Legal and Administrative Affairs: Monica Gottardi, +39 0464 000 102"),
("p","Data Protection Officer: Luigi Pedrotti, dpo@taie.example.it"),
("h2","Units"),
("p","Business Innovation Unit – head: Fabio Tomasi. Innovation vouchers, business coaching, the start-up incubator in Rovereto."),
("p","Research Infrastructure Unit – head: Dr. Claudia Moser. Laboratories, pilot lines and the testing services of the Trento hub."),
("p","Investment and Internationalisation Unit – head: Alessandro Giovannini. Inward investment, trade missions, the Enterprise Europe Network contact point."),
("p","Cluster Development Unit – head: Elisa Bonvecchio. The four regional clusters, cluster strategies, interregional projects."),
("h2","Upcoming information days"),
("p","Innovation voucher info day: Thursday, 10 February 2039, 10:00–12:30, Rovereto technology hub and online."),
("p","Cluster members' day 2039: Thursday, 3 March 2039, 9:00–17:00, Trento, Palazzo della Regione, with the four cluster plenaries in the afternoon."),
("p","The offices in Trento are closed on 26 June 2039, the feast of the city's patron saint; the Rovereto offices stay open."),
("h2","How to reach us"),
("p","Rovereto: the agency's head office is a ten-minute walk from Rovereto railway station; visitors' parking is available in the courtyard. Trento: the technology hub is on the Via Sommarive campus, bus lines 5 and 13. Meetings with unit heads and cluster managers are by appointment; please book at least three working days in advance."),
]
cards = [
("Trentino Mechatronics Cluster","Cluster manager: Davide Pisoni","d.pisoni@taie.example.it","+39 0464 000 210","Project officer: Sara Fedrizzi","Members: 118 companies"),
("Trentino Agrifood Cluster","Cluster manager: Chiara Endrizzi","c.endrizzi@taie.example.it","+39 0464 000 220","Project officer: Matthias Oberhofer","Members: 87 companies"),
("Green Building Cluster Trentino","Cluster manager: Nicola Lorenzi","n.lorenzi@taie.example.it","+39 0464 000 230","Project officer: Anna Chiusole","Members: 132 companies"),
("Sport Technology Cluster Trentino","Cluster manager: Valentina Sartori","v.sartori@taie.example.it","+39 0464 000 240","Project officer: Tobias Gasser","Members: 54 companies"),
("Enterprise Europe Network – Trentino","Adviser: Marco Decarli","een@taie.example.it","+39 0464 000 250","Adviser: Ilaria Cont","Partnering, EU funding"),
("Start-up incubator Rovereto","Manager: Paolo Fontanari","incubator@taie.example.it","+39 0464 000 260","Coach: Giulia Benedetti","31 resident start-ups"),
("Communication and Press Office","Head: Lorenza Sighel","press@taie.example.it","+39 0464 000 270","Web editor: Enrico Tovazzi","Photos on request"),
("Liaison office Brussels","Head: Francesca Caldonazzi","brussels@taie.example.it","+32 2 000 00 80","Shared with the Autonomous Province of Bolzano","Rue de Pascale 22"),
]
page2_intro = "The cluster managers are the first contact for member companies. For matters concerning several clusters, such as joint calls or the cluster strategy 2037–2041, please write to the Cluster Development Unit."
def build():
    doc = SimpleDocTemplate(path(F), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=55, bottomMargin=50,
                            title="TAIE Contact Directory 2039", author="TAIE")
    st = []
    for k, v in page1:
        st.append(Paragraph(v, {'h1': h1, 'h2': h2, 'p': n}[k]))
        if k == 'p': st.append(Spacer(1, 3))
    st.append(PageBreak())
    st.append(Paragraph("Clusters and services – contact cards", h1))
    st.append(Paragraph(page2_intro, n)); st.append(Spacer(1, 8))
    cells = [[Paragraph('<font name="DVB">%s</font><br/>%s' % (x[0], '<br/>'.join(x[1:])), c) for x in cards[i:i+2]] for i in range(0, len(cards), 2)]
    t = Table(cells, colWidths=[245, 245])
    t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),
                           ('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
    st.append(t); st.append(Spacer(1, 10))
    st.append(Paragraph("Regional partners", h2))
    st.append(Paragraph("Autonomous Province of Trento, Department of Economic Development – contact: Dr. Walter Mosna, head of the innovation office. "
                        "University of Trento, Knowledge Transfer Office – contact: Beatrice Tamanini. "
                        "Fondazione Bruno Kessler (FBK), Rovereto and Trento – contact for companies: Luca Mion. "
                        "Chamber of Commerce of Trento – contact for the export desk: Renata Galvagni.", n))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Notes for users", h2))
    st.append(Paragraph("All e-mail addresses follow the pattern initial.surname@taie.example.it unless a shared mailbox is given. Cluster managers answer member requests within two working days. Requests from journalists go to the Communication and Press Office only. Personal data in this directory are published with the consent of the persons named and are updated twice a year; please report errors to the Communication and Press Office.", n))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Changes since the last edition: Elisa Bonvecchio replaces Mauro Cristofolini, who retired in December 2038, as head of the Cluster Development Unit; Valentina Sartori has taken over the Sport Technology Cluster Trentino from Elisa Bonvecchio. The post of project officer for the Green Building Cluster Trentino will be advertised in spring 2039.", n))
    def deco(cv, d):
        cv.saveState(); cv.setFont('DV', 7.5)
        cv.drawString(50, 810, "TAIE · Contact Directory 2039")
        cv.drawRightString(545, 30, "Page %d of 2" % d.page); cv.restoreState()
    doc.build(st, onFirstPage=deco, onLaterPages=deco)
build()
C = "Trentino Agency for Innovation and Enterprise"
people = [P("Giovanna Dallapiccola","President of the Board",C), P("Stefano Bertolini","Board member",C), P("Heidi Mair","Board member",C),
  P("Roberto Zanoni","Director General",C), P("Monica Gottardi","Head of Legal and Administrative Affairs",C),
  P("Luigi Pedrotti","Data Protection Officer",C), P("Fabio Tomasi","head","Business Innovation Unit"),
  P("Claudia Moser","head","Research Infrastructure Unit"), P("Alessandro Giovannini","head","Investment and Internationalisation Unit"),
  P("Elisa Bonvecchio","head","Cluster Development Unit")]
for x in cards:
    for line in (x[1], x[4]):
        if ':' in line:
            r, nm = line.split(': ')
            people.append(P(nm, r, x[0]))
people += [P("Walter Mosna","head of the innovation office","Department of Economic Development"),
  P("Beatrice Tamanini",None,"Knowledge Transfer Office"), P("Luca Mion",None,"Fondazione Bruno Kessler"),
  P("Renata Galvagni",None,"Chamber of Commerce of Trento"), P("Mauro Cristofolini","head","Cluster Development Unit")]
gold(F, people,
 [O(C,"TAIE"), O("Autonomous Province of Trento"), O("Enterprise Europe Network – Trentino"), O("Provincial Government"),
  O("Business Innovation Unit"), O("Research Infrastructure Unit"), O("Investment and Internationalisation Unit"),
  O("Cluster Development Unit"), O("Trentino Mechatronics Cluster"), O("Trentino Agrifood Cluster"),
  O("Green Building Cluster Trentino"), O("Sport Technology Cluster Trentino"), O("Start-up incubator Rovereto"),
  O("Communication and Press Office"), O("Liaison office Brussels"), O("Autonomous Province of Bolzano"),
  O("Department of Economic Development"), O("University of Trento"), O("Knowledge Transfer Office"),
  O("Fondazione Bruno Kessler","FBK"), O("Chamber of Commerce of Trento")],
 [E("Innovation voucher info day","2039-02-10",None,"Rovereto","Italy"), E("Cluster members' day 2039","2039-03-03",None,"Trento","Italy")],
 ["2039-01-20","2038","2038-09","2039-02-10","2039-03-03","2039-06-26","2037/2041","2038-12","2039"], [], "2039-01-20")
