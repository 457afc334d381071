from h import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'carinthia-microelectronics-cluster-conference-2036-programme.pdf'
W, Hh = A4
c = canvas.Canvas(os.path.join(B, 'docs', F), pagesize=A4)
def para(txt, x, y, w, font='DV', size=9.5, lead=12.5):
    for line in simpleSplit(txt, font, size, w):
        c.setFont(font, size); c.drawString(x, y, line); y -= lead
    return y - 4
def footer(n):
    c.setFont('DV', 8); c.drawString(40, 25, f'Silicon Alps Cluster Conference 2036 · Villach · Programme (status 3 March 2036) · page {n} of 3')
y = Hh - 60
c.setFont('DVB', 18); c.drawString(40, y, 'Silicon Alps Cluster Conference 2036'); y -= 22
c.setFont('DV', 11); c.drawString(40, y, f'"Chips for a resilient Europe" · Villach, Carinthia · {wd(2036,4,22)} 22 – {wd(2036,4,23)} 23 April 2036'); y -= 14
c.drawString(40, y, 'Congress Center Villach · organised by Silicon Alps Cluster GmbH'); y -= 26
intro = [
 'Welcome to the eleventh annual conference of the Silicon Alps Cluster, the electronics and microelectronics cluster of Carinthia and Styria. Over two days, about 450 participants from industry, research and public administration discuss how the region can contribute to a stronger European semiconductor value chain. The conference is organised together with the Carinthian Economic Promotion Fund (KWF), the Styrian Business Promotion Agency (SFG) and Carinthia University of Applied Sciences (CUAS).',
 'Day 1 offers a plenary, two parallel tracks in the afternoon, the gala dinner and the Silicon Alps Award ceremony. Day 2 starts with three parallel tracks and closes with site visits to member companies in Villach and Klagenfurt. Conference languages are German and English, with simultaneous interpretation in the plenary.',
 'Registration closes on 8 April 2036. The fee is EUR 190 for cluster members and EUR 290 for others; students attend free of charge. The gala dinner costs EUR 85 and must be booked separately. Site visits are limited to 25 people each and are allocated in order of registration.',
 'Programme committee: Dr. Carmen Ruiz-Oberlechner (chair, Infineon Technologies Austria AG), Univ.-Prof. Dipl.-Ing. Dr. Mario Huemer (Johannes Kepler University Linz), Mag. Theresa Kofler-Pirker (KWF) and Dr. Bernd Zeilinger (Silicon Austria Labs).'
]
for p in intro: y = para(p, 40, y, W - 80)
c.setFont('DVB', 11); c.drawString(40, y, 'Key facts'); y -= 16
for p in ['• 2 days, 6 tracks, 38 speakers, 4 site visits', '• Silicon Alps Award in three categories: start-up, SME, research cooperation',
          '• Poster exhibition of Carinthian and Styrian research groups in the foyer', '• Matchmaking app for one-to-one meetings during both days']:
    y = para(p, 48, y, W - 96)
footer(1); c.showPage()
# page 2: two columns day 1 / day 2
c.setFont('DVB', 15); c.drawString(40, Hh - 55, 'Programme')
colw = (W - 100) / 2
day1 = [('B', f'Day 1 · {wd(2036,4,22)}, 22 April 2036'),
 ('', '08:30 Registration and coffee'),
 ('', '09:30 Welcome: Mag. Peter Kaiser-Rainer, Governor of Carinthia; Katharina Wolte-Nagl, Managing Director, Silicon Alps Cluster GmbH'),
 ('', '10:00 Keynote: "The European Chips Act, five years on" – Dr. Fernando Aguirre Echeverría, Head of Unit, DG CONNECT, European Commission'),
 ('', '10:45 Keynote: "Power electronics for the energy transition" – Dr. Sabine Herlitschka-Eder, CEO, Infineon Technologies Austria AG'),
 ('', '11:30 Panel: Skills for the chip industry – with Prof. Lukas Mandl (CUAS), Ivana Perić (Croatian Semiconductor Cluster), Jörg Schlömer (Fraunhofer IIS)'),
 ('', '12:30 Lunch and poster exhibition'),
 ('B', '14:00 Parallel tracks'),
 ('', 'Track A – Design and verification. Chair: Dr. Ulrike Tschernutter (Lakeside Labs)'),
 ('', 'Track B – Sensors and the Internet of Things. Chair: Janez Kos (Slovenian Electronics Cluster)'),
 ('', '16:30 Matchmaking session'),
 ('B', '19:00 Gala dinner, Burg Landskron'),
 ('', '20:30 Silicon Alps Award 2036 ceremony, presented by Andrea Pfandl (ORF Kärnten); jury chair: Prof. Dr.-Ing. Horst Bischof-Liebmann (Graz University of Technology)'),
]
day2 = [('B', f'Day 2 · {wd(2036,4,23)}, 23 April 2036'),
 ('', '08:30 Coffee and networking'),
 ('B', '09:00 Parallel tracks'),
 ('', 'Track C – Power semiconductors and wide-bandgap materials. Chair: Dr. Thomas Ostermann-Ferk (KAI Kompetenzzentrum Automobil- und Industrieelektronik GmbH)'),
 ('', 'Track D – Chips for mobility. Chair: Daniela Rossi-Kaufmann (AVL List GmbH)'),
 ('', 'Track E – Funding and investment. Chair: Hannes Gradischnig (SFG), with Austria Wirtschaftsservice (aws) and the European Investment Bank (EIB)'),
 ('', '11:15 Closing plenary: "Alpine regions in the European semiconductor map" – Dr. Lena van der Velde, Director, Brainport Development; Christian Gumprecht-Moser, President, Silicon Alps Cluster'),
 ('', '12:30 Lunch'),
 ('B', '13:30–17:00 Site visits (bus departure at the Congress Center)'),
 ('', 'Visit 1 – Infineon Technologies Austria AG, Villach (300 mm fab)'),
 ('', 'Visit 2 – Silicon Austria Labs, Villach'),
 ('', 'Visit 3 – Lakeside Science & Technology Park, Klagenfurt'),
 ('', 'Visit 4 – Intel Austria GmbH, Linz office (online tour)'),
]
for col, items in enumerate((day1, day2)):
    x = 40 + col * (colw + 20); y = Hh - 85
    for f, t in items: y = para(t, x, y, colw, 'DVB' if f else 'DV', 9, 11.5)
footer(2); c.showPage()
y = Hh - 60
c.setFont('DVB', 14); c.drawString(40, y, 'Silicon Alps Award 2036 – nominees'); y -= 22
for p in ['Start-up category: Photonic Sense GmbH (Klagenfurt), Qubit Carinthia FlexCo (Villach), Ferroelectric Memory Graz GmbH',
          'SME category: Lam Research AG Villach office, Anton Paar Electronic GmbH, Sprecher Mikroelektronik GmbH',
          'Research cooperation: University of Klagenfurt with EV Group (EVG); Graz University of Technology with NXP Semiconductors Austria GmbH & Co KG',
          'Previous winners of the award include sensiBel AS (2034) and Pmdtechnologies (2035). The Silicon Alps Award was first presented in 2027.',
          'Save the date: the twelfth Silicon Alps Cluster Conference will be held in Graz on 28–29 April 2037.',
          'Contact: Silicon Alps Cluster GmbH, Europastraße 12, 9524 Villach · conference@silicon-alps.example · Programme subject to change.']:
    y = para(p, 40, y, W - 80)
footer(3); c.showPage(); c.save()
SA='Silicon Alps Cluster GmbH'; IF='Infineon Technologies Austria AG'
gold(F,
 [P('Carmen Ruiz-Oberlechner','chair',IF), P('Mario Huemer',None,'Johannes Kepler University Linz'), P('Theresa Kofler-Pirker',None,'KWF'),
  P('Bernd Zeilinger',None,'Silicon Austria Labs'), P('Peter Kaiser-Rainer','Governor of Carinthia',None), P('Katharina Wolte-Nagl','Managing Director',SA),
  P('Fernando Aguirre Echeverría','Head of Unit','DG CONNECT'), P('Sabine Herlitschka-Eder','CEO',IF), P('Lukas Mandl',None,'CUAS'),
  P('Ivana Perić',None,'Croatian Semiconductor Cluster'), P('Jörg Schlömer',None,'Fraunhofer IIS'), P('Ulrike Tschernutter','Chair','Lakeside Labs'),
  P('Janez Kos','Chair','Slovenian Electronics Cluster'), P('Andrea Pfandl',None,'ORF Kärnten'), P('Horst Bischof-Liebmann','jury chair','Graz University of Technology'),
  P('Thomas Ostermann-Ferk','Chair','KAI Kompetenzzentrum Automobil- und Industrieelektronik GmbH'), P('Daniela Rossi-Kaufmann','Chair','AVL List GmbH'),
  P('Hannes Gradischnig','Chair','SFG'), P('Lena van der Velde','Director','Brainport Development'), P('Christian Gumprecht-Moser','President','Silicon Alps Cluster')],
 [O(SA), O('Carinthian Economic Promotion Fund','KWF'), O('Styrian Business Promotion Agency','SFG'), O('Carinthia University of Applied Sciences','CUAS'),
  O(IF), O('Johannes Kepler University Linz'), O('Silicon Austria Labs'), O('DG CONNECT'), O('European Commission'), O('Croatian Semiconductor Cluster'), O('Fraunhofer IIS'),
  O('Lakeside Labs'), O('Slovenian Electronics Cluster'), O('ORF Kärnten'), O('Graz University of Technology'), O('KAI Kompetenzzentrum Automobil- und Industrieelektronik GmbH'),
  O('AVL List GmbH'), O('Austria Wirtschaftsservice','aws'), O('European Investment Bank','EIB'), O('Brainport Development'), O('Lakeside Science & Technology Park'),
  O('Intel Austria GmbH'), O('Photonic Sense GmbH'), O('Qubit Carinthia FlexCo'), O('Ferroelectric Memory Graz GmbH'), O('Lam Research AG'), O('Anton Paar Electronic GmbH'),
  O('Sprecher Mikroelektronik GmbH'), O('University of Klagenfurt'), O('EV Group','EVG'), O('NXP Semiconductors Austria GmbH & Co KG'), O('sensiBel AS'), O('Pmdtechnologies')],
 [E('Silicon Alps Cluster Conference 2036','2036-04-22','2036-04-23','Villach','Austria'), E('Gala dinner','2036-04-22','2036-04-22',None,None),
  E('Silicon Alps Award 2036 ceremony','2036-04-22','2036-04-22',None,None), E('Matchmaking session','2036-04-22','2036-04-22','Villach','Austria'),
  E('Site visits','2036-04-23','2036-04-23','Villach, Klagenfurt','Austria'), E('Silicon Alps Cluster Conference (2037 edition)','2037-04-28','2037-04-29','Graz','Austria')],
 ['2036-03-03','2036-04-22/2036-04-23','2036-04-08','2036-04-22','2036-04-23','2034','2035','2027','2037-04-28/2037-04-29'])
