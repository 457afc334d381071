from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g07_kecskemet_beszallitoi_forum.pdf'
assert wd(2040,11,15)=='Thursday' and wd(2040,11,16)=='Friday' and wd(2040,11,28)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Hírös Járműipari Klaszter · Beszállítói Fórum 2040 – Rendezvényjelentés')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}. oldal / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Beszállítói Fórum 2040 – jelentés', author='Hírös Járműipari Klaszter')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Beszállítói Fórum 2040 – rendezvényjelentés"),
("s","Készítette: a Hírös Járműipari Klaszter Egyesület (HJK) munkaszervezete, Kecskemét · Összeállította: Fekete-Szűcs Dóra kommunikációs vezető · Kiadva: 2040. november 28."),
("h2","A rendezvényről"),
("b","A Hírös Járműipari Klaszter 2040. november 15–16. között rendezte meg hatodik Beszállítói Fórumát a kecskeméti Hírös Agórában. A kétnapos eseményen 214 résztvevő, köztük 83 hazai kis- és középvállalkozás, valamint kilenc járműgyártó és első körös beszállító beszerzési szakemberei vettek részt. A fórum fő témája az elektromos hajtásláncok beszállítói láncának kiépítése volt."),
("b","A rendezvényt Kovácsné Balla Judit, a klaszter elnöke nyitotta meg, majd Szalai-Tóth Gergely, Kecskemét Megyei Jogú Város alpolgármestere köszöntötte a résztvevőket. A nyitó előadást dr. Lakatos Ferenc, a Neumann János Egyetem Gépészmérnöki Karának dékánja tartotta a térség mérnökképzéséről."),
("h2","Első nap – csütörtök, november 15."),
("b","Délelőtt a beszerzési igazgatók kerekasztal-beszélgetése zajlott, amelyet Horváth Anikó, a Magyar Járműipari Klaszterszövetség ügyvezetője moderált. Délután 14 órakor kezdődtek a kétoldalú üzleti találkozók: két és fél óra alatt 176 megbeszélésre került sor. Este 19 órakor gálavacsora volt a Cifrapalotában, ahol átadták a „Hírös Beszállító 2040” díjat; idén a kiskunfélegyházi Precíz-Forma Kft. kapta."),
("h2","Második nap – péntek, november 16."),
("b","A második napon üzemlátogatásokra került sor. Az egyik csoport a kecskeméti járműgyár karosszériaüzemét, a másik az Alföldi Alumínium Öntöde Zrt. új üzemcsarnokát kereste fel (Lajosmizse). A nap zárásaként műhelymegbeszélést tartottak a Bács-Kiskun Vármegyei Kereskedelmi és Iparkamara székházában a közös képzési programokról."),
("h2","Résztvevői vélemények"),
("b","A visszajelzések szerint a résztvevők leginkább a jól előkészített találkozókat értékelték. Egy szegedi fémipari kisvállalkozás ügyvezetője szerint „egy délután alatt több vevővel beszéltünk, mint az elmúlt fél évben összesen”. Többen ugyanakkor hiányolták, hogy a beszerzők előre nem küldték el a műszaki követelményeket, ezért a megbeszélések egy része csak általános bemutatkozás maradt. A kérdőívek alapján a résztvevők kétharmada jövőre is szeretne jönni, és a többség a kétnapos formátumot tartja megfelelőnek. A szervezők ezeket a véleményeket figyelembe vették az alábbi javaslatok megfogalmazásakor."),
("h2","Korábbi fórumok"),
("b","2035 Kecskemét · 2036 Kiskunfélegyháza · 2037 Kecskemét · 2038 Baja · 2039 Kecskemét. A 2039-es fórumon 188-an vettek részt."),
]
p2 = [
("h2","Számokban"),
("b","214 résztvevő · 9 vevőcég · 176 kétoldalú találkozó · 2 üzemlátogatás · 37 kitöltött elégedettségi kérdőív (átlagos értékelés: 4,6 az 5-ös skálán)"),
("h2","Következtetések"),
("b","1. A kis- és középvállalkozások többsége még nem rendelkezik az akkumulátoros alkatrészek gyártásához szükséges minősítésekkel"),
("b","2. A vevők a kétoldalú találkozók előzetes szűrését a jövőben is igénylik"),
("b","3. A szakképzett munkaerő hiánya a térség legfontosabb fejlődési korlátja maradt"),
("b","4. Az üzemlátogatások iránt nagyobb volt az érdeklődés, mint a helyek száma"),
("h2","Javaslatok a 2041-es fórumra"),
("b","1. A klaszter szervezzen minősítési felkészítő tréninget a tagvállalatok számára 2041 tavaszán"),
("b","2. A találkozók időtartama 20 helyett 30 perc legyen"),
("b","3. Vonjuk be a szerb és román határ menti klasztereket is, elsősorban a szabadkai és a temesvári partnereket"),
("h2","Köszönet"),
("b","A rendezvény támogatói: Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal; Kecskeméti Iparkamara; Bács-Kiskun Vármegyei Önkormányzat. Köszönjük a klaszter valamennyi tagjának a részvételt, a kiállítóknak és az előadóknak pedig a felkészülést és a színvonalas bemutatókat. Külön köszönet illeti Molnár Benedeket, a HJK projektmenedzserét, aki a találkozók szervezését irányította."),
("h2","A következő fórum"),
("b","A Beszállítói Fórum 2041 tervezett időpontja 2041. november, helyszíne ismét Kecskemét. Jelentkezési határidő kiállítóknak: 2041. szeptember 30."),
("s","Hírös Járműipari Klaszter Egyesület · 6000 Kecskemét, Szent István krt. 1. · klaszter@hjk.example.hu · www.hjk.example.hu · A jelentés a forrás megjelölésével szabadon terjeszthető."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
HJ="Hírös Járműipari Klaszter Egyesület"
gold(F,
 [P("Fekete-Szűcs Dóra","kommunikációs vezető",HJ),
  P("Kovácsné Balla Judit","elnöke","Hírös Járműipari Klaszter"),
  P("Szalai-Tóth Gergely","alpolgármestere","Kecskemét Megyei Jogú Város"),
  P("Lakatos Ferenc","dékánja","Neumann János Egyetem Gépészmérnöki Kar"),
  P("Horváth Anikó","ügyvezetője","Magyar Járműipari Klaszterszövetség"),
  P("Molnár Benedek","projektmenedzser","HJK")],
 [O(HJ,"HJK"), O("Kecskemét Megyei Jogú Város"), O("Neumann János Egyetem"), O("Neumann János Egyetem Gépészmérnöki Kar"),
  O("Magyar Járműipari Klaszterszövetség"), O("Precíz-Forma Kft."), O("Alföldi Alumínium Öntöde Zrt."),
  O("Bács-Kiskun Vármegyei Kereskedelmi és Iparkamara"), O("Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal"),
  O("Kecskeméti Iparkamara"), O("Bács-Kiskun Vármegyei Önkormányzat")],
 [E("Beszállítói Fórum 2040","2040-11-15","2040-11-16","Kecskemét","Hungary"),
  E("kétoldalú üzleti találkozók","2040-11-15",None,"Kecskemét","Hungary"),
  E("gálavacsora","2040-11-15",None,"Kecskemét","Hungary"),
  E("üzemlátogatások","2040-11-16",None,"Kecskemét, Lajosmizse","Hungary"),
  # third pass: the closing workshop of day two is a session of the forum's programme, not an event (README: a workshop item inside a forum's programme)
  E("Beszállítói Fórum","2035",None,"Kecskemét","Hungary"),
  E("Beszállítói Fórum","2036",None,"Kiskunfélegyháza","Hungary"),
  E("Beszállítói Fórum","2037",None,"Kecskemét","Hungary"),
  E("Beszállítói Fórum","2038",None,"Baja","Hungary"),
  E("Beszállítói Fórum","2039",None,"Kecskemét","Hungary"),
  E("minősítési felkészítő tréning","2041",None,None,None),
  E("Beszállítói Fórum 2041","2041-11",None,"Kecskemét","Hungary")],
 ["2040-11-28","2040-11-15/2040-11-16","2040-11-15","2040-11-16","2035","2036","2037","2038","2039","2041","2041-11","2041-09-30"],
 ["A kis- és középvállalkozások többsége még nem rendelkezik az akkumulátoros alkatrészek gyártásához szükséges minősítésekkel",
  "A vevők a kétoldalú találkozók előzetes szűrését a jövőben is igénylik",
  "A szakképzett munkaerő hiánya a térség legfontosabb fejlődési korlátja maradt",
  "Az üzemlátogatások iránt nagyobb volt az érdeklődés, mint a helyek száma",
  "A klaszter szervezzen minősítési felkészítő tréninget a tagvállalatok számára 2041 tavaszán",
  "A találkozók időtartama 20 helyett 30 perc legyen",
  "Vonjuk be a szerb és román határ menti klasztereket is, elsősorban a szabadkai és a temesvári partnereket"],
 pub="2040-11-28")
