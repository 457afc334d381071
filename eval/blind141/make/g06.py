from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g06_nyirseg_klaszter_hirlevel.pdf'
assert wd(2037,10,7)=='Wednesday' and wd(2037,10,21)=='Wednesday' and wd(2037,11,12)=='Thursday' and wd(2037,10,14)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'NYÍRSÉGI GYÜMÖLCSKLASZTER · HÍRLEVÉL · 2037/4. szám')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}. oldal'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Nyírségi Gyümölcsklaszter Hírlevél 2037/4', author='Nyírségi Gyümölcsklaszter Egyesület')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Hírlevél – 2037. november"),
("s","Kiadja: Nyírségi Gyümölcsklaszter Egyesület, Nyíregyháza · Felelős szerkesztő: Lakatos-Farkas Judit kommunikációs munkatárs · Megjelent: 2037. november 3."),
("h2","Az elnök köszöntője"),
("b","Kedves Tagtársaink! Az idei szezon a fagykárok ellenére jobban zárult, mint vártuk: a tagvállalatok 14 százalékkal több almát dolgoztak fel, mint 2036-ban. Köszönöm mindazoknak, akik a szüreti időszakban is időt szántak a közös munkára, és külön köszönet a Nyíregyházi Egyetem hallgatóinak, akik a minőségellenőrzésben segítettek. A következő évben a hűtési kapacitás bővítése és a közös értékesítés lesz a legfontosabb feladatunk. A hírlevélben beszámolunk a közgyűlésről, a lengyelországi tanulmányútról és a novemberi almakonferenciáról. – Dr. Bakó Zoltán elnök"),
("h2","Közgyűlés Nyíregyházán"),
("b","A Nyírségi Gyümölcsklaszter Egyesület rendes közgyűlését 2037. október 7-én, szerdán tartotta a Nyíregyházi Egyetem aulájában. A 46 jelen lévő tag elfogadta a 2036. évi beszámolót és a 2038. évi munkatervet. Új alelnöknek Kiss-Horváth Andrea ügyvezetőt (Kisvárdai Almalé Kft.) választották, a felügyelőbizottság elnöke továbbra is Szűcs Béla marad. A klaszter menedzsere, Molnár Gergely bemutatta a tagok körében végzett felmérés eredményeit: a vállalkozások kétharmada tervez hűtőház-fejlesztést 2038 és 2040 között."),
("h2","Tanulmányút Lengyelországba"),
("b","Október 19. és 21. között tizenkét tagvállalkozás vett részt a klaszter tanulmányútján a lengyel Sandomierz térségében. A csoportot a Świętokrzyskie vajdasági fejlesztési ügynökség és a Sadownicy Ziemi Sandomierskiej termelői csoport fogadta. A program: október 19. – látogatás a Sandomierzi Gyümölcskutató Állomáson; október 20. – kétoldalú üzleti találkozók; október 21. (szerda) – üzemlátogatás egy Opatów melletti szárítóüzemben. A lengyel partnerek részéről Agnieszka Wróblewska-Nowak projektkoordinátor kísérte a csoportot. A Sandomierzi Gyümölcskutató Állomás igazgatója, prof. Jan Kowalczyk bemutatta a jégeső elleni hálók és az öntözés tízéves kísérleti eredményeit, amelyek a nyírségi ültetvényeken is hasznosíthatók. A kétoldalú találkozókon 31 tárgyalás zajlott, két magyar feldolgozó pedig mintaszállításban állapodott meg lengyel partnerével."),
]
p2 = [
("h2","A tanulmányút tanulságai"),
("b","A résztvevők a hazaérkezés után a következő tanulságokat fogalmazták meg:"),
("b","• A lengyel termelők közös értékesítési szervezetei nagyobb alkuerőt adnak a feldolgozókkal szemben"),
("b","• A szárítás és a püré gyártása kisebb beruházással is jövedelmező lehet"),
("b","• A klaszternek szorosabb kapcsolatot kell kiépítenie a kutatóállomásokkal"),
("h2","IV. Nyírségi Almakonferencia"),
("b","A klaszter idén negyedik alkalommal rendezi meg szakmai konferenciáját. A IV. Nyírségi Almakonferencia 2037. november 12-én, csütörtökön lesz Nyíregyházán, a Bessenyei György Megyei Könyvtár konferenciatermében."),
("b","9:00 Regisztráció<br/>9:30 Megnyitó – Dr. Bakó Zoltán, a klaszter elnöke<br/>9:45 Az almapiac kilátásai – Tóth Eszter, Agrárgazdasági Kutató Intézet<br/>11:00 Kerekasztal a feldolgozóipar jövőjéről<br/>12:30 Ebéd<br/>14:00 Üzemlátogatás a Kisvárdai Almalé Kft.-nél"),
("b","A korábbi konferenciák: I. Nyírségi Almakonferencia (2034, Kisvárda), II. Nyírségi Almakonferencia (2035, Nagykálló), III. Nyírségi Almakonferencia (2036, Nyíregyháza). A részvétel tagoknak ingyenes, jelentkezni november 5-ig lehet."),
("h2","Tagjaink hírei"),
("b","• A Kisvárdai Almalé Kft. új préssort helyezett üzembe.<br/>• A Nyírbátori Hűtőház Zrt. napelemparkot épít.<br/>• A Szabolcs-Szatmár-Bereg Megyei Kereskedelmi és Iparkamara exporttanácsadást indít a tagoknak.<br/>• Új tag: Fekete Gyümölcsös Családi Gazdaság, Újfehértó. A gazdaság 38 hektáron termel almát és meggyet, és saját aszalóüzemet tervez.<br/>• A Nyíregyházi Egyetem agrártudományi intézete a klaszter tagjainak kedvezményes talajvizsgálatot kínál a téli hónapokban."),
("h2","Pályázati figyelő"),
("b","A Magyar Kereskedelmi Fejlesztési Ügynökség hűtőházi beruházásokra szóló felhívásának beadási határideje 2037. december 15. A klaszter menedzsmentje segít a pályázatok előkészítésében; az egyeztetésre Molnár Gergelynél lehet időpontot kérni. A tavalyi felhívásban nyolc tagunk nyert támogatást, összesen 1,9 milliárd forint értékben."),
("s","Nyírségi Gyümölcsklaszter Egyesület · 4400 Nyíregyháza, Sóstói út 00. · info@nyirsegiklaszter.example.hu · A hírlevélről leiratkozhat a honlapon."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
N="Nyírségi Gyümölcsklaszter Egyesület"; KA="Kisvárdai Almalé Kft."
gold(F,
 [P("Lakatos-Farkas Judit","kommunikációs munkatárs",N),
  P("Bakó Zoltán","elnök",N),
  P("Kiss-Horváth Andrea","alelnök",N),
  P("Szűcs Béla","a felügyelőbizottság elnöke",N),
  P("Molnár Gergely","menedzsere",N),
  P("Agnieszka Wróblewska-Nowak","projektkoordinátor",None),
  P("Jan Kowalczyk","igazgatója","Sandomierzi Gyümölcskutató Állomás"),
  P("Tóth Eszter",None,"Agrárgazdasági Kutató Intézet")],
 [O(N), O("Nyíregyházi Egyetem"), O(KA), O("Świętokrzyskie vajdasági fejlesztési ügynökség"), O("Sadownicy Ziemi Sandomierskiej"),
  O("Sandomierzi Gyümölcskutató Állomás"), O("Agrárgazdasági Kutató Intézet"), O("Nyírbátori Hűtőház Zrt."),
  O("Szabolcs-Szatmár-Bereg Megyei Kereskedelmi és Iparkamara"), O("Fekete Gyümölcsös Családi Gazdaság"),
  O("Magyar Kereskedelmi Fejlesztési Ügynökség")],
 [E("közgyűlés","2037-10-07",None,"Nyíregyháza","Hungary"),
  E("tanulmányút","2037-10-19","2037-10-21","Sandomierz","Poland"),
  E("látogatás a Sandomierzi Gyümölcskutató Állomáson","2037-10-19",None,None,"Poland"),
  E("kétoldalú üzleti találkozók","2037-10-20",None,None,"Poland"),
  E("üzemlátogatás egy Opatów melletti szárítóüzemben","2037-10-21",None,None,"Poland"),
  E("IV. Nyírségi Almakonferencia","2037-11-12",None,"Nyíregyháza","Hungary"),
  E("Üzemlátogatás a Kisvárdai Almalé Kft.-nél","2037-11-12",None,None,None),
  E("I. Nyírségi Almakonferencia","2034",None,"Kisvárda","Hungary"),
  E("II. Nyírségi Almakonferencia","2035",None,"Nagykálló","Hungary"),
  E("III. Nyírségi Almakonferencia","2036",None,"Nyíregyháza","Hungary")],
 ["2037-11","2037-11-03","2036","2037-10-07","2038/2040","2037-10-19/2037-10-21","2037-10-19","2037-10-20","2037-10-21","2037-11-12",
  "2034","2035","2037-11-05","2037-12-15"],
 ["A lengyel termelők közös értékesítési szervezetei nagyobb alkuerőt adnak a feldolgozókkal szemben",
  "A szárítás és a püré gyártása kisebb beruházással is jövedelmező lehet",
  "A klaszternek szorosabb kapcsolatot kell kiépítenie a kutatóállomásokkal"],
 pub="2037-11-03")
