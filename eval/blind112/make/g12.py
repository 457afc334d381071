from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_zala_felidos_ertekeles.pdf'
assert wd(2040,10,23)=='Tuesday' and wd(2040,11,8)=='Thursday' and wd(2040,9,28)=='Friday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Zala Megyei Intelligens Szakosodási Stratégia 2035–2041 · Félidős értékelés – Következtetések')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}. oldal / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Félidős értékelés – Zala S3', author='Zala Megyei Fejlesztési Ügynökség')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","A Zala Megyei Intelligens Szakosodási Stratégia félidős értékelése"),
("b","Következtetések és ajánlások – összefoglaló a Közgyűlés számára"),
("s","Megrendelő: Zala Megyei Fejlesztési Ügynökség Nonprofit Kft. (ZMFÜ), Zalaegerszeg · Készítette: Pannon Értékelő és Tanácsadó Kft., Győr · Szerzők: dr. Horváth-Kiss Eszter (projektvezető), Szabó Levente, Varga Réka · Lezárva: 2040. szeptember 28. · Elfogadta: a ZMFÜ Felügyelőbizottsága, 2040. október 23."),
("h2","Az értékelés célja és módszere"),
("b","A Zala Megyei Közgyűlés 2035-ben fogadta el a megye intelligens szakosodási stratégiáját a 2035–2041 közötti időszakra. A stratégia négy szakosodási területet jelölt ki: a járműipari tesztelést és az önvezető technológiákat a zalaegerszegi járműipari tesztpálya köré építve, a termál- és egészségturizmust Hévíz és Zalakaros térségében, az élelmiszer-feldolgozást és a szőlő-bor ágazatot, valamint a fa- és bútoripart. Az értékelés azt vizsgálta, hogy a stratégia első öt évében a támogatások valóban a kijelölt területekre jutottak-e, és hogy a vállalkozói felfedezési folyamat (EDP) működik-e."),
("b","Az értékelők 2040 márciusa és augusztusa között 46 interjút készítettek vállalatvezetőkkel, kutatókkal és önkormányzati szakemberekkel, online kérdőívet küldtek 612 vállalkozásnak (válaszadási arány 27%), és három fókuszcsoportot tartottak Zalaegerszegen, Nagykanizsán és Keszthelyen. Az előzetes eredményeket a 2040. június 14-i zalaegerszegi szakmai műhelyen vitatták meg az érintettekkel."),
("h2","Fő számok"),
("b","• 2035 és 2039 között 186 projekt kapott támogatást a stratégia keretében, összesen 23,4 milliárd forint értékben.<br/>• A támogatások 71%-a jutott a négy szakosodási területre; a fennmaradó rész horizontális (digitalizációs és képzési) projektekbe került.<br/>• A járműipari terület a források 48%-át kapta, a fa- és bútoripar csupán 6%-ot.<br/>• Négy klaszterszervezet működik aktívan a megyében, köztük a Pannon Autóipari Klaszter és a Zalai Borászati Klaszter."),
("h2","Az értékelés korlátai"),
("b","Az értékelés nem tudta mérni a támogatások hosszú távú hatását, mert a projektek többsége még nem zárult le. A kérdőívre főként a nagyobb vállalkozások válaszoltak, ezért a mikrovállalkozások véleménye alulreprezentált. A Nagykanizsán tartott fókuszcsoporton kevés résztvevő jelent meg, ezt telefonos interjúkkal egészítették ki."),
("b","Dr. Bognár Attila, a ZMFÜ ügyvezető igazgatója előszavában úgy fogalmaz: az értékelés „nem bizonyítvány, hanem útiterv” a stratégia második felére."),
]
p2 = [
("h2","Következtetések"),
("b","1. A stratégia irányai továbbra is érvényesek, de a járműipari terület túlsúlya miatt a megye gazdasága egyoldalúbbá vált"),
("b","2. A vállalkozói felfedezési folyamat az első két évben élénk volt, 2037 után azonban a műhelyek száma felére csökkent"),
("b","3. A kis- és középvállalkozások nehezen jutnak hozzá a kutatási infrastruktúrához; a Pannon Egyetem nagykanizsai kampusza alig kapcsolódik a vállalati projektekhez"),
("b","4. A monitoring rendszer csak a kifizetéseket méri, az eredményeket (új termékek, export) nem"),
("b","5. A határon átnyúló együttműködés Szlovéniával és Horvátországgal kihasználatlan lehetőség maradt"),
("h2","Ajánlások"),
("b","1. A második időszakban a fa- és bútoripar, valamint a szőlő-bor ágazat kapjon célzott, külön keretösszeget"),
("b","2. A ZMFÜ évente legalább négy vállalkozói felfedezési műhelyt tartson, területenként egyet"),
("b","3. Jöjjön létre megyei innovációs utalványprogram a kutatási infrastruktúra használatára"),
("b","4. A monitoring egészüljön ki eredményindikátorokkal, és az adatokat évente tegyék nyilvánossá"),
("b","5. A megye csatlakozzon legalább egy tematikus intelligens szakosodási partnerséghez a Pomurje régióval közösen"),
("h2","A következtetések vitája"),
("b","Az értékelés eredményeit 2040. november 8-án, csütörtökön mutatják be a Zalai Innovációs Fórumon a zalaegerszegi Zala Megyei Kormányhivatal dísztermében. A fórumon felszólal Németh Gáborné, a Zala Megyei Közgyűlés elnöke, valamint Kovács Ferenc, a Zala Megyei Kereskedelmi és Iparkamara elnöke."),
("h2","Az értékelő csapat"),
("b","Dr. Horváth-Kiss Eszter projektvezető, regionális gazdaságtan · Szabó Levente, közpolitikai elemző · Varga Réka, adatelemző. A csapat munkáját a ZMFÜ részéről Tóth Benedek S3-koordinátor segítette."),
("s","Kapcsolat: Zala Megyei Fejlesztési Ügynökség Nonprofit Kft. · 8900 Zalaegerszeg, Kosztolányi u. 10. · s3@zmfu.example.hu · A teljes jelentés (142 oldal) a ZMFÜ honlapján érhető el."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
Z="Zala Megyei Fejlesztési Ügynökség Nonprofit Kft."
gold(F,
 [P("Horváth-Kiss Eszter","projektvezető","Pannon Értékelő és Tanácsadó Kft."),
  P("Szabó Levente","közpolitikai elemző","Pannon Értékelő és Tanácsadó Kft."),
  P("Varga Réka","adatelemző","Pannon Értékelő és Tanácsadó Kft."),
  P("Bognár Attila","ügyvezető igazgatója","ZMFÜ"),
  P("Németh Gáborné","elnöke","Zala Megyei Közgyűlés"),
  P("Kovács Ferenc","elnöke","Zala Megyei Kereskedelmi és Iparkamara"),
  P("Tóth Benedek","S3-koordinátor","ZMFÜ")],
 [O(Z,"ZMFÜ"), O("Pannon Értékelő és Tanácsadó Kft."), O("Zala Megyei Közgyűlés"),
  O("Pannon Autóipari Klaszter"), O("Zalai Borászati Klaszter"), O("Pannon Egyetem"),
  O("Zala Megyei Kereskedelmi és Iparkamara")],
 [E("szakmai műhely","2040-06-14",None,"Zalaegerszeg","Hungary"),
  E("Zalai Innovációs Fórum","2040-11-08",None,"Zalaegerszeg","Hungary")],
 ["2035/2041","2040-09-28","2040-10-23","2035","2040-03/2040-08","2040-06-14","2035/2039","2037","2040-11-08"],
 ["A stratégia irányai továbbra is érvényesek, de a járműipari terület túlsúlya miatt a megye gazdasága egyoldalúbbá vált",
  "A vállalkozói felfedezési folyamat az első két évben élénk volt, 2037 után azonban a műhelyek száma felére csökkent",
  "A kis- és középvállalkozások nehezen jutnak hozzá a kutatási infrastruktúrához; a Pannon Egyetem nagykanizsai kampusza alig kapcsolódik a vállalati projektekhez",
  "A monitoring rendszer csak a kifizetéseket méri, az eredményeket (új termékek, export) nem",
  "A határon átnyúló együttműködés Szlovéniával és Horvátországgal kihasználatlan lehetőség maradt",
  "A második időszakban a fa- és bútoripar, valamint a szőlő-bor ágazat kapjon célzott, külön keretösszeget",
  "A ZMFÜ évente legalább négy vállalkozói felfedezési műhelyt tartson, területenként egyet",
  "Jöjjön létre megyei innovációs utalványprogram a kutatási infrastruktúra használatára",
  "A monitoring egészüljön ki eredményindikátorokkal, és az adatokat évente tegyék nyilvánossá",
  "A megye csatlakozzon legalább egy tematikus intelligens szakosodási partnerséghez a Pomurje régióval közösen"],
 pub="2040-09-28")
