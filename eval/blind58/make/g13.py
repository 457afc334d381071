from h import *
import textwrap, functools
textwrap.wrap = functools.partial(textwrap.wrap, break_on_hyphens=False)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
F = 'warmia_masuria_cluster_breakfasts_2035.pdf'
path = os.path.join(B, 'docs', F)
W, H = A4
c = canvas.Canvas(path, pagesize=A4)
HEAD = 'Warmia-Masuria Cluster Breakfasts 2035 · Programme of the series'
def header(n):
    c.setFont('DV', 7.5); c.drawString(40, H-28, HEAD); c.drawRightString(W-40, 22, f'{n}/3'); c.line(40, H-33, W-40, H-33)
sessions = [
 ('Breakfast 1', f'{wd(2035,2,20)}, 20 February 2035, 8:00–10:30', 'Olsztyn, Olsztyn Science and Technology Park',
  'Wood and furniture: design for export', [
  'Host: Warmia-Masuria Furniture Cluster (WMFC)',
  'Speakers: Bartosz Grabowski, CEO, Meble Mazury sp. z o.o.; Dr hab. Magdalena Wróblewska-Sęk, University of Warmia and Mazury in Olsztyn',
  'Moderator: Agata Nowicka, cluster coordinator, WMFC']),
 ('Breakfast 2', f'{wd(2035,3,20)}, 20 March 2035, 8:00–10:30', 'Elbląg, Elbląg Chamber of Commerce',
  'Maritime and shipbuilding suppliers on the Vistula Lagoon', [
  'Host: Elbląg Maritime Cluster',
  'Speakers: Kapt. Jerzy Zieliński, President, Port Elbląg sp. z o.o.; Hanna Kowalczyk-Lind, Swedish-Polish Chamber of Commerce',
  'Moderator: Robert Pawlak, manager, Elbląg Maritime Cluster']),
 ('Breakfast 3', f'{wd(2035,4,24)}, 24 April 2035, 8:00–10:30', 'Ełk, Ełk Economic Activity Centre',
  'Food processing: milk, fish and cross-border trade with Lithuania', [
  'Host: Mazurian Food Cluster',
  'Speakers: Ewa Majewska, Director, Mlekpol Ełk branch; Vytautas Kairys, Lithuanian Dairy Association (Pieno centras)',
  'Moderator: Paweł Szczepański, President, Mazurian Food Cluster']),
 ('Breakfast 4', f'{wd(2035,5,22)}, 22 May 2035, 8:00–10:30', 'Ostróda, Ostróda Conference Centre',
  'Tourism and the silver economy in the lake district', [
  'Host: Masurian Lakes Tourism Cluster',
  'Speakers: Dr Anna-Maria Schulze-Ebert, Mecklenburg Lake District Tourism Association (Germany); Krzysztof Lewandowski, owner, Hotel Nad Jeziorem',
  'Moderator: Justyna Górecka, Warmia and Masuria Regional Tourist Organisation']),
 ('Breakfast 5', f'{wd(2035,9,18)}, 18 September 2035, 8:00–10:30', 'Olsztyn, Marshal\'s Office',
  'Clusters and the new regional innovation strategy', [
  'Host: Marshal\'s Office of the Warmian-Masurian Voivodeship',
  'Speakers: Marzena Wodzińska-Kruk, Director of the Department of Entrepreneurship; Dr. Luc van Oosterhout, cluster expert, European Cluster Collaboration Platform',
  'Moderator: Michał Domański, Warmia-Masuria Regional Development Agency']),
 ('Breakfast 6', f'{wd(2035,10,16)}, 16 October 2035, 8:00–10:30', 'Giżycko, Fortress Boyen',
  'Boats and yachts: a Masurian speciality', [
  'Host: Masurian Boat Builders Cluster',
  'Speakers: Tomasz Wiśniewski-Bauer, CEO, Giżycko Yachts S.A.; Ing. Pieter de Groot, HISWA – Dutch Association of the Leisure Boating Industry',
  'Moderator: Izabela Kamińska, cluster manager']),
]
intro = ('The Warmia-Masuria Cluster Breakfasts are a series of six short morning meetings in 2035 in which the key clusters of the '
 'region present themselves to companies, local authorities and investors. Each breakfast combines two short talks, a discussion '
 'and informal networking. The series is organised by the Warmia-Masuria Regional Development Agency (WMARR) together with the '
 'Marshal\'s Office of the Warmian-Masurian Voivodeship and co-financed by the regional programme European Funds for Warmia and '
 'Masuria 2021–2027. Participation is free; registration at least five days before each breakfast.')
header(1)
y = H-70
c.setFont('DVB', 18); c.drawString(40, y, 'Warmia-Masuria Cluster Breakfasts 2035'); y -= 20
c.setFont('DV', 10); c.drawString(40, y, 'Six mornings, six clusters, one region · February–October 2035'); y -= 24
c.setFont('DV', 9)
for l in textwrap.wrap(intro, 110): c.drawString(40, y, l); y -= 12
y -= 10
colx = [40, 305]; colw = 48
def block(x, y0, s):
    num, date, place, title, lines = s
    y = y0
    c.setFont('DVB', 10); c.drawString(x, y, f'{num}: {title}' if len(title) < 36 else num); y -= 13
    if len(title) >= 36:
        for l in textwrap.wrap(title, colw): c.drawString(x, y, l); y -= 13
    c.setFont('DV', 8.5); c.drawString(x, y, date); y -= 11; c.drawString(x, y, place); y -= 13
    for ln in lines:
        for l in textwrap.wrap(ln, colw+6): c.drawString(x, y, l); y -= 11
        y -= 2
    return y
page = 1
for i in range(0, len(sessions), 2):
    if y < 220 or i == 2:
        c.showPage(); page += 1; header(page); y = H-60
    y1 = block(colx[0], y, sessions[i])
    y2 = block(colx[1], y, sessions[i+1])
    y = min(y1, y2) - 18
c.showPage(); page += 1; header(page); y = H-60
c.setFont('DVB', 11); c.drawString(40, y, 'Closing event'); y -= 16
c.setFont('DV', 9)
closing = ('The series closes with the Warmia-Masuria Cluster Gala on ' + wd(2035,11,27) + ', 27 November 2035 in the Planetarium of Olsztyn, where the '
 'regional cluster award will be presented for the first time. The gala is open by invitation; members of the six clusters receive '
 'invitations by 31 October 2035. The winner will be chosen by a jury of representatives of the Agency, the Marshal\'s Office and '
 'the universities of the region, on the basis of the results achieved by the cluster in 2035 and its plans for the coming years.')
for l in textwrap.wrap(closing, 110): c.drawString(40, y, l); y -= 12
y -= 14
c.setFont('DVB', 11); c.drawString(40, y, 'Why cluster breakfasts?'); y -= 16
c.setFont('DV', 9)
why = ('Warmia and Masuria has eleven active cluster initiatives, most of them small and run by volunteers from member companies. '
 'A survey of the Agency in 2034 showed that two thirds of local entrepreneurs did not know which cluster works in their sector, '
 'and that municipalities rarely involve clusters in their investment plans. The breakfasts are meant to change this: they are '
 'short, early enough not to disturb the working day, and held in a different town each time, so that companies outside Olsztyn '
 'can take part. After each breakfast the host cluster publishes a one-page summary with the contacts of the speakers.')
for l in textwrap.wrap(why, 110): c.drawString(40, y, l); y -= 12
y -= 14
c.setFont('DVB', 11); c.drawString(40, y, 'How a breakfast works'); y -= 16
c.setFont('DV', 9)
fmt = ('8:00 coffee and registration; 8:20 welcome by the host cluster; 8:30 two talks of fifteen minutes each; 9:00 discussion with the '
 'audience led by the moderator; 9:40 networking at the tables, with a short presentation of each company present; 10:30 end. '
 'The language is Polish; talks of foreign guests are translated consecutively. Each venue is accessible for wheelchair users, and '
 'vegetarian and gluten-free breakfasts are available on request at registration. Companies that want to present a product or a '
 'cooperation offer at the tables can announce it in the registration form.')
for l in textwrap.wrap(fmt, 110): c.drawString(40, y, l); y -= 12
y -= 14
c.setFont('DVB', 11); c.drawString(40, y, 'About the organiser'); y -= 16
c.setFont('DV', 9)
about = ('The Warmia-Masuria Regional Development Agency supports entrepreneurship, innovation and investment in the region. Its Cluster '
 'Support Unit advises cluster coordinators on strategy, funding and internationalisation and runs the regional cluster register, '
 'which counted 11 clusters with 486 member organisations at the end of 2034.')
for l in textwrap.wrap(about, 110): c.drawString(40, y, l); y -= 12
y -= 14
c.setFont('DVB', 11); c.drawString(40, y, 'Registration and contact'); y -= 16
c.setFont('DV', 9)
for l in ['Warmia-Masuria Regional Development Agency (WMARR), Cluster Support Unit',
          'Contact: Małgorzata Jasińska-Olech, coordinator of the series · breakfasts@wmarr.example · +48 89 000 00 00',
          'Registration form: www.wmarr.example/breakfasts · Places are limited to 60 per breakfast.',
          'Previous series: Cluster Breakfasts 2033 (5 meetings, 240 participants) and 2034 (6 meetings, 310 participants).']:
    c.drawString(40, y, l); y -= 12
c.save()
gold(F,
 [P('Bartosz Grabowski', 'CEO', 'Meble Mazury sp. z o.o.'),
  P('Magdalena Wróblewska-Sęk', None, 'University of Warmia and Mazury in Olsztyn'),
  P('Agata Nowicka', 'cluster coordinator', 'WMFC'),
  P('Jerzy Zieliński', 'President', 'Port Elbląg sp. z o.o.'),
  P('Hanna Kowalczyk-Lind', None, 'Swedish-Polish Chamber of Commerce'),
  P('Robert Pawlak', 'manager', 'Elbląg Maritime Cluster'),
  P('Ewa Majewska', 'Director', 'Mlekpol'),
  P('Vytautas Kairys', None, 'Lithuanian Dairy Association'),
  P('Paweł Szczepański', 'President', 'Mazurian Food Cluster'),
  P('Anna-Maria Schulze-Ebert', None, 'Mecklenburg Lake District Tourism Association'),
  P('Krzysztof Lewandowski', 'owner', 'Hotel Nad Jeziorem'),
  P('Justyna Górecka', None, 'Warmia and Masuria Regional Tourist Organisation'),
  P('Marzena Wodzińska-Kruk', 'Director of the Department of Entrepreneurship', "Marshal's Office of the Warmian-Masurian Voivodeship"),
  P('Luc van Oosterhout', 'cluster expert', 'European Cluster Collaboration Platform'),
  P('Michał Domański', None, 'Warmia-Masuria Regional Development Agency'),
  P('Tomasz Wiśniewski-Bauer', 'CEO', 'Giżycko Yachts S.A.'),
  P('Pieter de Groot', None, 'Dutch Association of the Leisure Boating Industry'),
  P('Izabela Kamińska', 'cluster manager', 'Masurian Boat Builders Cluster'),
  P('Małgorzata Jasińska-Olech', 'coordinator of the series', 'Warmia-Masuria Regional Development Agency')],
 [O('Olsztyn Science and Technology Park'), O('Warmia-Masuria Furniture Cluster', 'WMFC'), O('Meble Mazury sp. z o.o.'),
  O('University of Warmia and Mazury in Olsztyn'), O('Elbląg Chamber of Commerce'), O('Elbląg Maritime Cluster'), O('Port Elbląg sp. z o.o.'),
  O('Swedish-Polish Chamber of Commerce'), O('Ełk Economic Activity Centre'), O('Mazurian Food Cluster'), O('Mlekpol'),
  O('Lithuanian Dairy Association'), O('Masurian Lakes Tourism Cluster'), O('Mecklenburg Lake District Tourism Association'),
  O('Hotel Nad Jeziorem'), O('Warmia and Masuria Regional Tourist Organisation'), O("Marshal's Office of the Warmian-Masurian Voivodeship"),
  O('Department of Entrepreneurship'), O('European Cluster Collaboration Platform'), O('Warmia-Masuria Regional Development Agency', 'WMARR'),
  O('Masurian Boat Builders Cluster'), O('Giżycko Yachts S.A.'), O('Dutch Association of the Leisure Boating Industry', 'HISWA'),
  O('Cluster Support Unit')],
 [E('Breakfast 1', '2035-02-20', '2035-02-20', 'Olsztyn', 'Poland'),
  E('Breakfast 2', '2035-03-20', '2035-03-20', 'Elbląg', 'Poland'),
  E('Breakfast 3', '2035-04-24', '2035-04-24', 'Ełk', 'Poland'),
  E('Breakfast 4', '2035-05-22', '2035-05-22', 'Ostróda', 'Poland'),
  E('Breakfast 5', '2035-09-18', '2035-09-18', 'Olsztyn', 'Poland'),
  E('Breakfast 6', '2035-10-16', '2035-10-16', 'Giżycko', 'Poland'),
  E('Warmia-Masuria Cluster Breakfasts 2035', '2035-02-20', '2035-10-16', None, 'Poland'),
  E('Warmia-Masuria Cluster Gala', '2035-11-27', '2035-11-27', 'Olsztyn', 'Poland'),
  E('Cluster Breakfasts 2033', '2033', '2033', None, None),
  E('Cluster Breakfasts 2034', '2034', '2034', None, None)],
 ['2035-02-20', '2035-03-20', '2035-04-24', '2035-05-22', '2035-09-18', '2035-10-16', '2035', '2021/2027', '2035-02/2035-10', '2035-11-27', '2035-10-31', '2034'],
 [])
