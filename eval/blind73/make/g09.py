from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import textwrap
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
F = 'orkney-islands-energy-cluster-events-flyer-2033.pdf'
W, H = A4
c = canvas.Canvas(os.path.join(B, 'docs', F), pagesize=A4)
def para(x, y, text, width=95, size=9.5, font='DV', lead=12.5):
    c.setFont(font, size)
    for line in textwrap.wrap(text, width):
        c.drawString(x, y, line); y -= lead
    return y
# page 1
c.setFont('DVB', 20); c.drawString(40, H-60, 'Orkney Islands Energy Cluster')
c.setFont('DV', 12); c.drawString(40, H-80, 'Events & contacts · Autumn–Winter 2033')
y = para(40, H-110, 'The Orkney Islands Energy Cluster (OIEC) connects 52 businesses, community energy trusts and research groups working on tidal and wave energy, green hydrogen and low-carbon ferries across the islands. This flyer lists our open events for the coming season and the people to contact. All events are free for members; non-members pay a small fee unless stated otherwise. Booking: events@oiec.scot.', 95)
cards = [
 ('Tidal Energy Open Day', f'{wd(2033,9,19)} 19 September 2033', 'EMEC Fall of Warness test site, Eday', 'Boat trip to the tidal test berths with engineers of the European Marine Energy Centre (EMEC). Departs Kirkwall pier 08:30. Places: 24.'),
 ('Hydrogen Islands Workshop', f'{wd(2033,10,3)} 3 October 2033', 'Orkney College UHI, Kirkwall', 'Half-day workshop on hydrogen storage for island grids, with Prof. Dr.-Ing. Katrin zu Stolberg (Fraunhofer IWES) and Orkney Islands Council.'),
 ('Meet the Buyer: Ferries', f'{wd(2033,10,24)} 24 October 2033', 'Pickaquoy Centre, Kirkwall', 'B2B meetings between local suppliers and the operators of the inter-island ferries. Register by 10 October 2033.'),
 ('Community Energy Forum', '14–15 November 2033', 'Stromness Town Hall', 'Annual forum of community-owned turbines and trusts. Keynote by Magnus Rendall, chair of Community Energy Scotland.'),
 ('Skills Webinar', f'{wd(2033,11,28)} 28 November 2033, 12:00', 'Online', 'Careers in marine renewables: apprenticeships and the new HNC in Renewable Energy at Orkney College UHI.'),
 ('Winter Members\' Meeting', f'{wd(2033,12,12)} 12 December 2033', 'Kirkwall Hotel', 'Members\' meeting with the cluster\'s annual review, followed by the Christmas supper (19:00).'),
]
cw, ch = 255, 135
for i, (t, d, pl, desc) in enumerate(cards):
    col, row = i % 2, i // 2
    x = 40 + col * (cw + 15); yy = H - 190 - row * (ch + 15)
    c.rect(x, yy - ch, cw, ch)
    c.setFont('DVB', 11); c.drawString(x+8, yy-18, t)
    c.setFont('DV', 9); c.drawString(x+8, yy-33, d); c.drawString(x+8, yy-46, pl)
    para(x+8, yy-64, desc, 50, 8.5, lead=11)
c.setFont('DV', 8); c.drawString(40, 40, 'OIEC · The Old Custom House, Shore Street, Kirkwall KW15 1LG · www.oiec.scot · page 1/2')
c.showPage()
# page 2: two columns
c.setFont('DVB', 16); c.drawString(40, H-60, 'Who to contact')
left = [('Cluster manager', 'Dr. Ingrid Flett', 'ingrid.flett@oiec.scot · 01856 872 410'),
        ('Events and membership', 'Kirsty Linklater-Muir', 'kirsty@oiec.scot · 01856 872 411'),
        ('Hydrogen working group', 'Tomasz Wiśniewski', 'tomasz.w@oiec.scot'),
        ('Skills and training', 'Euan Drever', 'euan.drever@oiec.scot')]
y = H - 95
for role, name, mail in left:
    c.setFont('DV', 9); c.drawString(40, y, role)
    c.setFont('DVB', 11); c.drawString(40, y-14, name)
    c.setFont('DV', 9); c.drawString(40, y-27, mail); y -= 50
y2 = para(310, H-95, 'About the cluster', 40, 11, 'DVB')
y2 = para(310, y2-4, 'The cluster was set up in 2029 by Orkney Islands Council, Highlands and Islands Enterprise (HIE) and eleven founding companies. It is chaired by Sandra Isbister, managing director of Scapa Flow Marine Services Ltd. Since 2031 it holds the Bronze Label of the European Cluster Excellence Initiative.', 48, 9)
y2 = para(310, y2-10, 'Partners', 40, 11, 'DVB')
y2 = para(310, y2-4, 'European Marine Energy Centre (EMEC) · Orkney College UHI · Heriot-Watt University Orkney Campus · Community Energy Scotland · Shetland Energy Cluster · Fraunhofer IWES, Bremerhaven', 48, 9)
y2 = para(310, y2-10, 'Save the date', 40, 11, 'DVB')
y2 = para(310, y2-4, 'Orkney Energy Week 2034 will take place from 8 to 12 June 2034 in Kirkwall and Stromness, with the Islands Energy Conference on 10 June.', 48, 9)
y = para(40, min(y, y2)-20, 'Accessibility: all venues in Kirkwall are step-free. Interpretation into Polish can be arranged for the Meet the Buyer event on request. Travel grants for members from the outer isles (Westray, Sanday, Hoy) are available for the Community Energy Forum; please ask Kirsty Linklater-Muir before 31 October 2033. We photograph our events; tell us if you do not wish to appear in pictures.', 95, 9)
y = para(40, y-14, 'Looking back: highlights of the spring season', 60, 11, 'DVB')
y = para(40, y-4, 'In April 2033 eleven members travelled to the Tidal Energy Summit in Brest and held meetings with suppliers from Brittany and Normandy. In May the cluster and Shetland Energy Cluster signed a memorandum on a shared apprenticeship scheme, and in June more than 300 visitors came to the hydrogen ferry demonstration at Kirkwall pier. The cluster also published its Islands Energy Roadmap 2033–2040, which sets out how the islands can export surplus renewable power and hydrogen instead of curtailing turbines on windy days. Copies of the roadmap are available from the cluster office and can be downloaded from the members area of the website. Members who want to present their company at one of the events listed overleaf should contact the cluster manager at least four weeks in advance.', 95, 9)
c.setFont('DV', 8); c.drawString(40, 40, 'Supported by Highlands and Islands Enterprise and Orkney Islands Council · page 2/2')
c.save()
gold(F, [P('Katrin zu Stolberg',None,'Fraunhofer IWES'), P('Magnus Rendall','chair','Community Energy Scotland'),
 P('Ingrid Flett','Cluster manager','Orkney Islands Energy Cluster'), P('Kirsty Linklater-Muir','Events and membership','Orkney Islands Energy Cluster'),
 P('Tomasz Wiśniewski','Hydrogen working group','Orkney Islands Energy Cluster'), P('Euan Drever','Skills and training','Orkney Islands Energy Cluster'),
 P('Sandra Isbister','managing director','Scapa Flow Marine Services Ltd')],
 [O('Orkney Islands Energy Cluster','OIEC'), O('European Marine Energy Centre','EMEC'), O('Orkney College UHI'), O('Fraunhofer IWES'),
  O('Orkney Islands Council'), O('Community Energy Scotland'), O('Highlands and Islands Enterprise','HIE'), O('Scapa Flow Marine Services Ltd'),
  O('Heriot-Watt University Orkney Campus'), O('Shetland Energy Cluster'), O('European Cluster Excellence Initiative')],
 [E('Tidal Energy Open Day','2033-09-19','2033-09-19','Eday','United Kingdom'), E('Hydrogen Islands Workshop','2033-10-03','2033-10-03','Kirkwall','United Kingdom'),
  E('Meet the Buyer: Ferries','2033-10-24','2033-10-24','Kirkwall','United Kingdom'), E('Community Energy Forum','2033-11-14','2033-11-15','Stromness','United Kingdom'),
  E('Skills Webinar','2033-11-28','2033-11-28',None,None), E("Winter Members' Meeting",'2033-12-12','2033-12-12','Kirkwall','United Kingdom'),
  E('Christmas supper','2033-12-12','2033-12-12','Kirkwall','United Kingdom'),
  E('Orkney Energy Week 2034','2034-06-08','2034-06-12','Kirkwall, Stromness','United Kingdom'), E('Tidal Energy Summit','2033-04','2033-04','Brest','France'), E('hydrogen ferry demonstration','2033-06','2033-06','Kirkwall','United Kingdom'), E('Islands Energy Conference','2034-06-10','2034-06-10',None,'United Kingdom')],
 ['2033-09-19','2033-10-03','2033-10-24','2033-10-10','2033-11-14/2033-11-15','2033-11-28','2033-12-12','2029','2031','2034-06-08/2034-06-12','2034-06-10','2033-10-31','2033','2033-04','2033-05','2033-06','2033/2040'],
 pub=None)
