from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g06_bekes_eurocluster_zarojelentes.pdf'
assert wd(2041,3,14)=='Thursday' and wd(2041,4,10)=='Wednesday' and wd(2040,10,2)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=14, leading=18, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'AGRIFUTURE Eurocluster – Zárójelentés, vezetői összefoglaló')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}. oldal / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='AGRIFUTURE zárójelentés', author='Dél-Alföldi Agrárinnovációs Klaszter')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","AGRIFUTURE – európai klaszterpartnerség a precíziós mezőgazdaságért"),
("b","Zárójelentés, vezetői összefoglaló · Egységes Piac Program (SMP COSME), Euroclusters"),
("s","Készítette: Dél-Alföldi Agrárinnovációs Klaszter Egyesület (DAIK), Szarvas · Felelős szerkesztő: Gyurkó-Szabó Henrietta projektmenedzser · Lezárva: 2041. március 14. · A konzorcium irányító testülete jóváhagyta: 2041. április 10."),
("h2","A projekt röviden"),
("b","Az AGRIFUTURE Eurocluster 2038 októberétől 2041 márciusáig működött, öt ország hat klaszterszervezetének részvételével. Célja az volt, hogy a közép- és kelet-európai mezőgazdasági kkv-k hozzáférjenek a precíziós gazdálkodás, az öntözési technológiák és a digitális nyomonkövetés eszközeihez. A projekt kaszkádfinanszírozással, azaz harmadik félnek nyújtott támogatással segítette a vállalkozásokat: két nyílt pályázati körben összesen 1,6 millió euró jutott 74 kkv-nak."),
("b","A konzorcium tagjai:<br/>• Dél-Alföldi Agrárinnovációs Klaszter Egyesület (Magyarország) – koordinátor<br/>• Clusterul Agro-Food Alba (Románia)<br/>• Pomorski Klaster Rolno-Spożywczy (Lengyelország)<br/>• Lauksaimniecības klasteris „Zemgale” (Lettország)<br/>• Grozd Vipava za agroživilstvo (Szlovénia)<br/>• Cluster Agroalimentare Salento (Olaszország)"),
("h2","A projekt számokban"),
("b","• 74 támogatott kkv öt országból, közülük 29 Magyarországon<br/>• 11 tanulmányút, összesen 186 résztvevővel<br/>• 23 online képzés a digitális nyomonkövetésről és az öntözésvezérlésről<br/>• 4 új, határon átnyúló kutatási és fejlesztési partnerség<br/>• a projekt honlapján 1 240 regisztrált felhasználó"),
("b","A támogatott vállalkozások többsége tíz főnél kevesebbet foglalkoztat. A pályázók között családi gazdaságok, zöldségtermelő szövetkezetek, kisebb élelmiszer-feldolgozók és gépszervizek egyaránt megtalálhatók voltak, ami jól tükrözi a partnerrégiók agrárgazdaságának szerkezetét."),
("h2","Főbb események"),
("b","A projekt nyitó találkozóját 2038. október 18–19-én tartották Szarvason, a Magyar Agrár- és Élettudományi Egyetem szarvasi campusán. Az első nyílt pályázati kört 2039. március 1. és május 31. között hirdették meg, a másodikat 2040. február 3. és április 30. között. A félidős partnertalálkozóra 2039. november 6–7-én a romániai Alba Iulia (Gyulafehérvár) városában került sor, ahol a résztvevők egy sebeși gyümölcsfeldolgozó üzemet is meglátogattak."),
("b","2040. október 2-án, kedden Orosháza városában, a helyi rendezvényközpontban rendezték meg a Precíziós Gazdálkodás Napját 310 résztvevővel; a rendezvényt Dr. Pataki Zoltán, a Békés Vármegyei Kereskedelmi és Iparkamara elnöke nyitotta meg. A záró konferenciát 2041. február 25-én Brüsszelben tartották az Európai Innovációs Tanács és KKV Végrehajtó Ügynökség (EISMEA) szervezésében, más Eurocluster-projektekkel közösen."),
("b","Kalmár Bence, a DAIK elnöke az összefoglaló előszavában így fogalmaz: a projekt „megmutatta, hogy egy kis alföldi klaszter is képes európai partnerséget vezetni, ha a gazdák valódi igényeiből indul ki”."),
]
p2 = [
("h2","Főbb megállapítások"),
("b","1. A támogatott kkv-k 62%-a legalább egy új digitális eszközt vezetett be a támogatás után egy éven belül"),
("b","2. A legnagyobb érdeklődés az öntözésvezérlő rendszerek iránt mutatkozott, különösen a Körös-vidéken és Zemgalében"),
("b","3. A kisebb gazdaságok számára a pályázati adminisztráció még egyszerűsítve is túl nagy terhet jelentett"),
("b","4. A határon átnyúló tanulmányutak többet adtak a vállalkozásoknak, mint az online képzések"),
("h2","Ajánlások"),
("b","1. A következő kaszkádfinanszírozási programok tegyék lehetővé a legfeljebb két oldalas egyszerűsített pályázatot"),
("b","2. A klaszterek tartsanak fenn közös szaktanácsadói hálózatot a projekt lezárása után is"),
("b","3. A regionális intelligens szakosodási stratégiák kezeljék kiemelten a vízgazdálkodási technológiákat"),
("h2","Fenntarthatóság"),
("b","A konzorcium tagjai 2041 áprilisában együttműködési megállapodást írtak alá, amely szerint a közös szaktanácsadói hálózat legalább 2042 végéig működik tovább. A partnerek egy Interreg Europe pályázat beadását is tervezik."),
("h2","A projektcsapat"),
("b","Gyurkó-Szabó Henrietta projektmenedzser (DAIK) · Fekete Márton pénzügyi vezető (DAIK) · Ioana Mureșan, kommunikációs felelős (Clusterul Agro-Food Alba) · Marta Kowalczyk-Nowak, pályázatkezelő (Pomorski Klaster Rolno-Spożywczy)."),
("s","Kapcsolat: Dél-Alföldi Agrárinnovációs Klaszter Egyesület · 5540 Szarvas, Szabadság út 1. · info@daik.example.hu · A teljes jelentés (88 oldal) angol nyelven érhető el. A projektet az Európai Unió társfinanszírozta."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
Dk="Dél-Alföldi Agrárinnovációs Klaszter Egyesület"
gold(F,
 [P("Gyurkó-Szabó Henrietta","projektmenedzser",Dk),
  P("Pataki Zoltán","elnöke","Békés Vármegyei Kereskedelmi és Iparkamara"),
  P("Kalmár Bence","elnöke","DAIK"),
  P("Fekete Márton","pénzügyi vezető","DAIK"),
  P("Ioana Mureșan","kommunikációs felelős","Clusterul Agro-Food Alba"),
  P("Marta Kowalczyk-Nowak","pályázatkezelő","Pomorski Klaster Rolno-Spożywczy")],
 [O(Dk,"DAIK"), O("Clusterul Agro-Food Alba"), O("Pomorski Klaster Rolno-Spożywczy"), O("Lauksaimniecības klasteris „Zemgale”"),
  O("Grozd Vipava za agroživilstvo"), O("Cluster Agroalimentare Salento"), O("Magyar Agrár- és Élettudományi Egyetem"),
  O("Békés Vármegyei Kereskedelmi és Iparkamara"), O("Európai Innovációs Tanács és KKV Végrehajtó Ügynökség","EISMEA")],
 [E("nyitó találkozó","2038-10-18","2038-10-19","Szarvas","Hungary"),
  E("félidős partnertalálkozó","2039-11-06","2039-11-07","Alba Iulia","Romania"),
  E("Precíziós Gazdálkodás Napja","2040-10-02",None,"Orosháza","Hungary"),
  E("záró konferencia","2041-02-25",None,"Brüsszel","Belgium")],
 ["2041-03-14","2041-04-10","2038-10/2041-03","2038-10-18/2038-10-19","2039-03-01/2039-05-31","2040-02-03/2040-04-30",
  "2039-11-06/2039-11-07","2040-10-02","2041-02-25","2041-04","2042"],
 ["A támogatott kkv-k 62%-a legalább egy új digitális eszközt vezetett be a támogatás után egy éven belül",
  "A legnagyobb érdeklődés az öntözésvezérlő rendszerek iránt mutatkozott, különösen a Körös-vidéken és Zemgalében",
  "A kisebb gazdaságok számára a pályázati adminisztráció még egyszerűsítve is túl nagy terhet jelentett",
  "A határon átnyúló tanulmányutak többet adtak a vállalkozásoknak, mint az online képzések",
  "A következő kaszkádfinanszírozási programok tegyék lehetővé a legfeljebb két oldalas egyszerűsített pályázatot",
  "A klaszterek tartsanak fenn közös szaktanácsadói hálózatot a projekt lezárása után is",
  "A regionális intelligens szakosodási stratégiák kezeljék kiemelten a vízgazdálkodási technológiákat"],
 pub="2041-03-14")
