from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g07_tatabanya_klaszter_hirlevel.pdf'
assert wd(2042,2,26)=='Wednesday' and wd(2042,3,19)=='Wednesday' and wd(2042,3,20)=='Thursday' and wd(2042,4,23)=='Wednesday' and wd(2042,3,6)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'KEJK Hírlevél · 2042/1. szám · Komárom-Esztergomi Járműipari Klaszter')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}. oldal'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='KEJK Hírlevél 2042/1', author='Komárom-Esztergomi Járműipari Klaszter')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","KEJK Hírlevél – 2042. március"),
("s","Kiadja: Komárom-Esztergomi Járműipari Klaszter Egyesület (KEJK), Tatabánya · Felelős szerkesztő: Oláh Benedek kommunikációs munkatárs · Megjelent: 2042. március 10."),
("h2","Kedves Klasztertagok!"),
("b","Az év első hónapjai a felkészülésről szóltak: új munkacsoportot indítottunk az elektromos hajtásláncok beszállítói számára, és megkezdtük a 2042–2044-es stratégia előkészítését. Ebben a számban beszámolunk a februári közgyűlésről, bemutatjuk új tagjainkat, és összefoglaljuk a tatabányai szakmai fórum tanulságait. Kérjük, hogy híreiket, sikereiket és rendezvényeiket minden hónap 20-áig küldjék el a szerkesztőségnek, hogy a következő számban is szerepelhessenek. – <i>Szőke-Halász Péter klasztermenedzser</i>"),
("h2","Lezajlott a klaszter közgyűlése"),
("b","A klaszter közgyűlése 2042. február 26-án, szerdán ülésezett Tatabányán, a Tatabányai Szakképzési Centrum aulájában. A 63 tagszervezetből 45 volt jelen. A közgyűlés elfogadta a 2041. évi beszámolót és a 2042. évi költségvetést, valamint megválasztotta az elnökséget a következő három évre. Az egyesület elnöke ismét dr. Kovácsné Bárány Ildikó (Grundfos-Tata Alkatrészgyártó Kft.) lett, alelnökké Varga-Németh Zsoltot, a Komárom-Esztergom Vármegyei Kereskedelmi és Iparkamara titkárát választották."),
("b","Az elnökség tagjai továbbá: Horváth Ágnes (Óbudai Egyetem Tatabányai Kampusz) és Molnár Gergely (Esztergomi Precíziós Zrt.). A felügyelőbizottság elnöke Fekete Imre maradt."),
("h2","Új tagjaink"),
("b","Februárban három szervezet csatlakozott a klaszterhez: a komáromi BatteryTech Hungary Kft., a tatai Lakatos és Társa Szerszámgyártó Bt., valamint az Oroszlányi Ipari Park Nonprofit Kft. Szeretettel köszöntjük őket!"),
("h2","Szakmai fórum: beszállítóként az e-mobilitásban"),
("b","2042. március 6-án, csütörtökön közel 90 résztvevővel tartottuk meg első szakmai fórumunkat az elektromos hajtásláncokról a tatabányai Vértes Center konferenciatermében. Előadást tartott Daniel Krausz-Weber, a Bosch Rexroth AG beszerzési igazgatója, valamint Szabóné Pintér Erika, a HIPA Nemzeti Befektetési Ügynökség beszállítói programjának vezetője."),
]
p2 = [
("h2","A fórum tanulságai"),
("b","A résztvevők az alábbi következtetésekre jutottak:"),
("b","• a hagyományos fémmegmunkáló cégek jó része öt éven belül elveszítheti a belsőégésű motorokhoz kapcsolódó megrendeléseit"),
("b","• az akkumulátorgyárak beszállítói láncába belépni minősítés nélkül szinte lehetetlen, ezért közös auditfelkészítésre van szükség"),
("b","• a szakképzésnek gyorsabban kell reagálnia: a nagyfeszültségű rendszerekhez értő technikusokból már most hiány van"),
("b","• a klaszternek közös megjelenést kell szerveznie a külföldi autóipari beszállítói vásárokon"),
("h2","Következő programjaink"),
("b","<b>2042. március 19–20.</b> – Tanulmányút Győrbe és Székesfehérvárra: üzemlátogatások járműipari beszállítóknál. Jelentkezés a titkárságon."),
("b","<b>2042. április 23. (szerda), 10.00</b> – Online tájékoztató a beszállítófejlesztési pályázatról, közösen az Innovációs és Technológiai Minisztérium illetékeseivel."),
("b","<b>2042. május 12–14.</b> – Részvétel a Stuttgartban megrendezett Automotive Zulieferer Forumon, a klaszter közös standjával."),
("b","<b>Határidő: 2042. április 9.</b> – Jelentkezés a klaszter mentorprogramjára."),
("fb",""),
("h2","Nemzetközi együttműködés"),
("b","Januárban együttműködési megállapodást írtunk alá a szlovákiai Automotive Cluster Slovakia szervezettel. A megállapodás közös képzéseket, tanulmányutakat és uniós pályázatok közös előkészítését írja elő a 2042–2045 közötti időszakra. Az aláírásra Pozsonyban került sor; a szlovák fél részéről Ján Hrušovský-Bielik ügyvezető igazgató látta el kézjegyével a dokumentumot. Az első közös esemény egy határon átnyúló beszállítói találkozó lesz Komáromban, ősszel; a pontos időpontot a következő hírlevélben közöljük."),
("h2","Tagi hírek röviden"),
("b","Az Esztergomi Precíziós Zrt. új forgácsoló csarnokot adott át Esztergomban, amely 40 új munkahelyet teremt. A BatteryTech Hungary Kft. megkapta az IATF 16949 minősítést. A Tatabányai Szakképzési Centrum felnőttképzési tanfolyamot indít elektromos járművek szervizeléséről; a tanfolyam 2042 szeptemberében kezdődik."),
("h2","Egy mondat a menedzsmenttől"),
("b","„A klaszter ereje nem a tagok számában, hanem a közös projektekben mérhető” – mondta Szőke-Halász Péter a közgyűlésen, ahol bemutatta a 2041-ben elindított hét közös fejlesztési projektet is."),
("s","Komárom-Esztergomi Járműipari Klaszter Egyesület · 2800 Tatabánya, Győri út 25. · info@kejk.example.hu · A hírlevélről leiratkozhat a honlapon."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[(FrameBreak() if k=='fb' else Paragraph(t,S[k])) for k,t in p2]
doc.build(story)
K="Komárom-Esztergomi Járműipari Klaszter Egyesület"
gold(F,
 [P("Oláh Benedek","kommunikációs munkatárs",K),
  P("Szőke-Halász Péter","klasztermenedzser",K),
  P("Kovácsné Bárány Ildikó","elnöke",K),
  P("Varga-Németh Zsolt","alelnök",K),
  P("Horváth Ágnes",None,"Óbudai Egyetem Tatabányai Kampusz"),
  P("Molnár Gergely",None,"Esztergomi Precíziós Zrt."),
  P("Fekete Imre","felügyelőbizottság elnöke",K),
  P("Ján Hrušovský-Bielik","ügyvezető igazgató","Automotive Cluster Slovakia"),
  P("Daniel Krausz-Weber","beszerzési igazgatója","Bosch Rexroth AG"),
  P("Szabóné Pintér Erika","beszállítói programjának vezetője","HIPA Nemzeti Befektetési Ügynökség")],
 [O(K,"KEJK"), O("Tatabányai Szakképzési Centrum"), O("Grundfos-Tata Alkatrészgyártó Kft."),
  O("Komárom-Esztergom Vármegyei Kereskedelmi és Iparkamara"), O("Óbudai Egyetem Tatabányai Kampusz"),
  O("Esztergomi Precíziós Zrt."), O("BatteryTech Hungary Kft."), O("Lakatos és Társa Szerszámgyártó Bt."),
  O("Oroszlányi Ipari Park Nonprofit Kft."), O("Bosch Rexroth AG"), O("HIPA Nemzeti Befektetési Ügynökség","HIPA"),
  O("Innovációs és Technológiai Minisztérium"), O("Automotive Cluster Slovakia")],
 [E("a klaszter közgyűlése","2042-02-26",None,"Tatabánya","Hungary"),
  E("szakmai fórum","2042-03-06",None,"Tatabánya","Hungary"),
  E("Tanulmányút Győrbe és Székesfehérvárra","2042-03-19","2042-03-20","Győr, Székesfehérvár","Hungary"),
  E("Online tájékoztató a beszállítófejlesztési pályázatról","2042-04-23",None,None,None),
  E("határon átnyúló beszállítói találkozó","2042",None,"Komárom","Hungary"),
  E("Automotive Zulieferer Forum","2042-05-12","2042-05-14","Stuttgart","Germany")],
 ["2042-03","2042-03-10","2042/2044","2042-02","2042-02-26","2041","2042-03-06","2042-03-19/2042-03-20","2042-04-23",
  "2042-05-12/2042-05-14","2042-04-09","2042-09","2042-01","2042/2045"],
 ["a hagyományos fémmegmunkáló cégek jó része öt éven belül elveszítheti a belsőégésű motorokhoz kapcsolódó megrendeléseit",
  "az akkumulátorgyárak beszállítói láncába belépni minősítés nélkül szinte lehetetlen, ezért közös auditfelkészítésre van szükség",
  "a szakképzésnek gyorsabban kell reagálnia: a nagyfeszültségű rendszerekhez értő technikusokból már most hiány van",
  "a klaszternek közös megjelenést kell szerveznie a külföldi autóipari beszállítói vásárokon"],
 pub="2042-03-10")
