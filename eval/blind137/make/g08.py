from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_szekszard_interreg_zarokonferencia.pdf'
assert wd(2038,6,9)=='Wednesday' and wd(2038,6,10)=='Thursday' and wd(2038,4,27)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'WINE-CLUSTER Interreg Europe projekt · Zárókonferencia – összefoglaló')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}. oldal / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='WINE-CLUSTER zárókonferencia', author='Tolna Megyei Fejlesztési Ügynökség')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","A WINE-CLUSTER projekt zárókonferenciája Szekszárdon"),
("b","Összefoglaló a partnerek és a regionális döntéshozók számára"),
("s","Kiadja: Tolna Megyei Fejlesztési Ügynökség Nonprofit Kft. (TMFÜ), vezető partner · Szerkesztette: Fehérvári-Lakatos Judit projektmenedzser · Lezárva: 2038. június 30."),
("h2","A konferencia"),
("b","A négy és fél éves WINE-CLUSTER projekt zárókonferenciáját 2038. június 9–10-én, szerdán és csütörtökön rendezték meg Szekszárdon, a Babits Mihály Kulturális Központban. A projekt az Interreg Europe program támogatásával hat ország hét partnerét fogta össze, hogy javítsák a bor- és szőlőágazat klasztereit támogató regionális politikákat. A rendezvényen 132 résztvevő vett részt, köztük borászok, klasztermenedzserek, egyetemi kutatók és a partnerrégiók politikai döntéshozói."),
("b","A konferenciát dr. Pálfi-Szabó Géza, a Tolna Vármegyei Közgyűlés elnöke nyitotta meg. Beszédében kiemelte, hogy a projekt eredményeként a megye 2038 tavaszán új, klasztereket támogató pályázati felhívást indított. Őt követte Anne-Sophie Delorme, az Interreg Europe közös titkárságának projektreferense, aki a program hatásmérési eredményeit mutatta be."),
("h2","A partnerség"),
("b","A projekt partnerei: Tolna Megyei Fejlesztési Ügynökség Nonprofit Kft. (vezető partner); Szekszárdi Borvidék Klaszter Egyesület; Agenzia Regionale per lo Sviluppo Rurale della Basilicata (Olaszország); Comissão Vitivinícola Regional do Dão (Portugália); Regionalna razvojna agencija Podravje – Maribor (Szlovénia); Asociația Cluster Vinul Dealu Mare (Románia) és a Hochschule Geisenheim University (Németország)."),
("b","Minden partnerrégió regionális akciótervet készített, amelyet a saját irányító hatósága hagyott jóvá. A Tolna megyei akcióterv három intézkedést tartalmazott: klasztermenedzseri képzést, közös marketingalapot a borút egyesületeknek és egy kísérleti szőlőparcellát a szárazságtűrő fajták vizsgálatára. A szlovén és a portugál partner a borturizmus és a klaszterek együttműködésére helyezte a hangsúlyt, míg a román partner a borászatok exportképességét erősítette."),
("h2","A két nap programja"),
("b","Június 9., szerda: 10:00 megnyitó; 10:30 a hat regionális akcióterv eredményei; 14:00 kerekasztal-beszélgetés „Klaszterek a klímaváltozás korában” címmel, moderátor: Kovács-Bíró Eszter újságíró; 19:00 gálavacsora a Sárosdi pincészetben. Június 10., csütörtök: 9:00 szakmai látogatás a Szekszárdi Borvidék három családi pincészetében; 13:00 zárás."),
]
p2 = [
("h2","Eredmények"),
("b","A projekt négy és fél éve alatt (2034. január 1. – 2038. június 30.) a partnerek 14 szakmai látogatást és hat tematikus szemináriumot tartottak. A hat regionális akcióterv 19 intézkedést tartalmazott, ebből 15 valósult meg 2038. április 27-ig, amikor a partnerek a záró irányítóbizottsági ülésen áttekintették a végrehajtást."),
("b","A résztvevők értékelése szerint a legtöbbet a szakmai látogatások adták: a dãoi, a basilicatai és a mariboriak tapasztalatai közvetlenül beépültek a tolnai intézkedésekbe. A projekt honlapján 42 jó gyakorlat érhető el magyar és angol nyelven."),
("h2","Következtetések"),
("b","1. A klaszterek akkor a leghatékonyabbak, ha a borászatok mellett a turisztikai és a vendéglátó szolgáltatókat is bevonják"),
("b","2. A klímaváltozáshoz való alkalmazkodás nem oldható meg egyes pincészetek szintjén, közös kutatási és kísérleti infrastruktúra kell hozzá"),
("b","3. A regionális pályázati felhívások csak akkor érik el a kisebb borászatokat, ha a klaszter segít az előkészítésben"),
("h2","Ajánlások"),
("b","1. A régiók tartsák fenn a projektben létrehozott érintetti csoportokat a projekt lezárása után is"),
("b","2. A következő programozási időszakban a borászati klaszterek kapjanak célzott támogatást a digitális nyomonkövetési rendszerekhez"),
("b","3. A partnerek 2039-ben nyújtsanak be közös pályázatot a Horizont Európa programba a szárazságtűrő fajták kutatására"),
("h2","Nyilatkozatok"),
("b","„A projekt legnagyobb értéke a bizalom, amely hat régió borászai között kialakult” – mondta Marko Žnidaršič-Horvat, a mariboriak projektkoordinátora. Prof. Dr. Katharina Vogelsang-Ruiz, a Hochschule Geisenheim University kutatója szerint a szekszárdi kísérleti parcellák eredményei Európa-szerte hasznosíthatók."),
("s","Kapcsolat: Tolna Megyei Fejlesztési Ügynökség Nonprofit Kft. · 7100 Szekszárd, Szent István tér 11–13. · winecluster@tmfu.example.hu · A projekt az Európai Unió társfinanszírozásával valósult meg."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
T_="Tolna Megyei Fejlesztési Ügynökség Nonprofit Kft."
gold(F,
 [P("Fehérvári-Lakatos Judit","projektmenedzser",T_),
  P("Pálfi-Szabó Géza","elnöke","Tolna Vármegyei Közgyűlés"),
  P("Anne-Sophie Delorme","projektreferense","Interreg Europe közös titkárságának"),
  P("Kovács-Bíró Eszter","újságíró",None),
  P("Marko Žnidaršič-Horvat","projektkoordinátora","Regionalna razvojna agencija Podravje – Maribor"),
  P("Katharina Vogelsang-Ruiz","kutatója","Hochschule Geisenheim University")],
 [O(T_,"TMFÜ"), O("Tolna Vármegyei Közgyűlés"), O("Interreg Europe közös titkárságának"),
  O("Szekszárdi Borvidék Klaszter Egyesület"), O("Agenzia Regionale per lo Sviluppo Rurale della Basilicata"),
  O("Comissão Vitivinícola Regional do Dão"), O("Regionalna razvojna agencija Podravje – Maribor"),
  O("Asociația Cluster Vinul Dealu Mare"), O("Hochschule Geisenheim University")],
 [E("zárókonferencia","2038-06-09","2038-06-10","Szekszárd","Hungary"),
  E("gálavacsora","2038-06-09",None,"Szekszárd","Hungary"),
  E("szakmai látogatás","2038-06-10",None,"Szekszárd","Hungary"),
  E("záró irányítóbizottsági ülés","2038-04-27",None,None,None)],
 ["2038-06-30","2038-06-09/2038-06-10","2038","2038-06-09","2038-06-10","2034-01-01/2038-06-30","2038-04-27","2039"],
 ["A klaszterek akkor a leghatékonyabbak, ha a borászatok mellett a turisztikai és a vendéglátó szolgáltatókat is bevonják",
  "A klímaváltozáshoz való alkalmazkodás nem oldható meg egyes pincészetek szintjén, közös kutatási és kísérleti infrastruktúra kell hozzá",
  "A regionális pályázati felhívások csak akkor érik el a kisebb borászatokat, ha a klaszter segít az előkészítésben",
  "A régiók tartsák fenn a projektben létrehozott érintetti csoportokat a projekt lezárása után is",
  "A következő programozási időszakban a borászati klaszterek kapjanak célzott támogatást a digitális nyomonkövetési rendszerekhez",
  "A partnerek 2039-ben nyújtsanak be közös pályázatot a Horizont Európa programba a szárazságtűrő fajták kutatására"],
 pub="2038-06-30")
