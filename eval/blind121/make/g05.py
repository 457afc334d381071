from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g05_kujawy_klaster_opakowan_biuletyn.pdf'
assert wd(2037,9,23)=='Wednesday' and wd(2037,10,14)=='Wednesday' and wd(2037,10,15)=='Thursday'
assert wd(2037,9,8)=='Tuesday' and wd(2037,11,19)=='Thursday' and wd(2037,12,3)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Biuletyn KPKO · nr 3/2037 · wrzesień')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'str. {d.page}'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Biuletyn KPKO 3/2037', author='Kujawsko-Pomorski Klaster Opakowaniowy')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Biuletyn Kujawsko-Pomorskiego Klastra Opakowaniowego"),
("s","Numer 3/2037 · Bydgoszcz, 28 września 2037 · Redakcja: Biuro Klastra, ul. Fordońska 112, Bydgoszcz"),
("h2","Od redakcji"),
("b","Szanowni Członkowie, za nami pracowite lato. Klaster liczy dziś 53 podmioty – od producentów tektury falistej z Grudziądza po drukarnie opakowań z Torunia – a do końca roku dołączą kolejne trzy firmy. W tym numerze piszemy o Walnym Zgromadzeniu, o wynikach badania potrzeb członków i o wydarzeniach jesieni."),
("b","Zapraszamy do lektury! – Agnieszka Dębska-Wiśniewska, koordynatorka klastra"),
("h2","Walne Zgromadzenie Członków"),
("b","Walne Zgromadzenie Członków Stowarzyszenia Kujawsko-Pomorski Klaster Opakowaniowy (KPKO) odbyło się we wtorek 8 września 2037 r. w siedzibie Bydgoskiej Izby Przemysłowo-Handlowej. Zgromadzenie przyjęło sprawozdanie z działalności za 2036 r. i wybrało nowy Zarząd na kadencję 2037–2040. Prezesem Zarządu ponownie został Grzegorz Kamiński (Kartonex Sp. z o.o.), wiceprezesem – dr inż. Marta Zielińska-Kopeć (Politechnika Bydgoska), a członkiem Zarządu – Jan-Paweł Ostrowski (Drukarnia Toruńska S.A.)."),
("b","Gościem zgromadzenia był Tomasz Lewandowski, dyrektor Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego, który przedstawił zasady nowego naboru dla klastrów w programie regionalnym. Nabór potrwa od 19 listopada do 17 grudnia 2037 r."),
("h2","Wizyta studyjna w Lahti"),
("b","W dniach 16–18 czerwca 2037 r. sześciu członków klastra wzięło udział w wizycie studyjnej w Lahti, przygotowanej przez fińskie stowarzyszenie Pakkausyhdistys ry oraz Uniwersytet LUT. Program obejmował zwiedzanie zakładu przetwarzania kartonu po napojach, spotkanie w miejskim parku technologicznym oraz warsztaty na temat projektowania opakowań wielokrotnego użytku. Uczestnicy zwrócili uwagę, że fińskie firmy od lat wspólnie finansują jedno laboratorium i udostępniają je także mniejszym producentom. Relację z wyjazdu przygotował Michał Grabowski z firmy Kartonex Sp. z o.o., a zdjęcia można obejrzeć na stronie internetowej klastra."),
("h2","Badanie potrzeb członków"),
("b","W sierpniu biuro klastra przeprowadziło ankietę wśród członków; odpowiedziało 41 firm. Najczęściej wskazywane potrzeby to dostęp do laboratorium badań materiałowych, wspólne zakupy surowców oraz szkolenia z nowych przepisów UE dotyczących opakowań. Pełny raport przygotowała firma doradcza Inno-Pomorze Sp. z o.o."),
]
p2 = [
("h2","Rekomendacje z badania"),
("b","Na podstawie ankiety autorzy raportu sformułowali następujące rekomendacje dla klastra:"),
("b","• uruchomić wspólną grupę zakupową surowców dla małych członków"),
("b","• przygotować z Politechniką Bydgoską projekt laboratorium badań opakowań z recyklatu"),
("b","• zorganizować cykl czterech szkoleń z rozporządzenia o opakowaniach przed końcem 2038 r."),
("b","• wzmocnić obecność klastra na targach zagranicznych, przede wszystkim w Niemczech i Czechach"),
("h2","Kalendarium jesieni"),
("b","<b>23 września 2037 (środa)</b> – webinarium „Ecodesign opakowań w praktyce”, prowadzenie: Katarzyna Nowicka-Lind z Pomorskiego Klastra Gospodarki Obiegu Zamkniętego."),
("b","<b>14–15 października 2037</b> – misja gospodarcza do Norymbergi na targi FachPack, we współpracy z Enterprise Europe Network przy Toruńskiej Agencji Rozwoju Regionalnego S.A. Pierwszego dnia zwiedzanie targów, drugiego dnia spotkania B2B z niemieckimi producentami maszyn pakujących."),
("b","<b>19 listopada 2037 (czwartek)</b> – III Forum Opakowań Kujaw i Pomorza, Toruń, Centrum Kulturalno-Kongresowe Jordanki. Poprzednie edycje forum odbyły się w Bydgoszczy (2035) i we Włocławku (2036)."),
("b","<b>3 grudnia 2037 (czwartek)</b> – spotkanie wigilijne członków klastra w Grudziądzu."),
("h2","Z życia członków"),
("b","Kartonex Sp. z o.o. uruchomił w Solcu Kujawskim nową linię do produkcji opakowań z tektury bez powłok plastikowych. Drukarnia Toruńska S.A. otrzymała nagrodę Pakstar 2037 za opakowanie pierników."),
("b","Firma EkoFol Włocławek Sp. z o.o. przystąpiła do klastra w sierpniu; jej prezes, Dariusz Wójcik, zgłosił chęć udziału w pracach grupy roboczej ds. recyklingu."),
("s","Kontakt: biuro@kpko.example.pl · tel. 52 000 00 00 · Biuletyn wydawany jest cztery razy w roku. Jeśli nie chcą Państwo go otrzymywać, prosimy o wiadomość zwrotną."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
K = "Kujawsko-Pomorski Klaster Opakowaniowy"
gold(F,
 [P("Agnieszka Dębska-Wiśniewska","koordynatorka klastra",K),
  P("Grzegorz Kamiński","Prezesem Zarządu",K),
  P("Marta Zielińska-Kopeć","wiceprezesem",K),
  P("Jan-Paweł Ostrowski","członkiem Zarządu",K),
  P("Tomasz Lewandowski","dyrektor Departamentu Rozwoju Gospodarczego","Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego"),
  P("Katarzyna Nowicka-Lind",None,"Pomorskiego Klastra Gospodarki Obiegu Zamkniętego"),
  P("Michał Grabowski",None,"Kartonex Sp. z o.o."),
  P("Dariusz Wójcik","prezes","EkoFol Włocławek Sp. z o.o.")],
 [O("Stowarzyszenia Kujawsko-Pomorski Klaster Opakowaniowy","KPKO"), O("Bydgoskiej Izby Przemysłowo-Handlowej"),
  O("Kartonex Sp. z o.o."), O("Politechnika Bydgoska"), O("Drukarnia Toruńska S.A."),
  O("Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego"), O("Inno-Pomorze Sp. z o.o."),
  O("Pomorskiego Klastra Gospodarki Obiegu Zamkniętego"), O("Enterprise Europe Network"),
  O("Toruńskiej Agencji Rozwoju Regionalnego S.A."), O("EkoFol Włocławek Sp. z o.o."), O("Pakkausyhdistys ry"), O("Uniwersytet LUT")],
 [E("Walne Zgromadzenie Członków","2037-09-08",None,"Bydgoszcz","Poland"),
  E("wizycie studyjnej w Lahti","2037-06-16","2037-06-18","Lahti","Finland"),
  E("Ecodesign opakowań w praktyce","2037-09-23",None,None,None),
  E("misja gospodarcza do Norymbergi","2037-10-14","2037-10-15","Norymbergi","Germany"),
  E("FachPack","2037-10-14","2037-10-15","Norymbergi","Germany"),
  E("zwiedzanie targów","2037-10-14",None,"Norymbergi","Germany"),
  E("spotkania B2B","2037-10-15",None,"Norymbergi","Germany"),
  E("III Forum Opakowań Kujaw i Pomorza","2037-11-19",None,"Toruń","Poland"),
  E("forum","2035",None,"Bydgoszcz","Poland"),
  E("forum","2036",None,"Włocławek","Poland"),
  E("spotkanie wigilijne członków klastra","2037-12-03",None,"Grudziądzu","Poland")],
 ["2037-09","2037-09-28","2037-09-08","2036","2037/2040","2037-11-19/2037-12-17","2037-08","2038","2037-09-23",
  "2037-10-14/2037-10-15","2037-11-19","2035","2037-12-03","2037-06-16/2037-06-18"],
 ["uruchomić wspólną grupę zakupową surowców dla małych członków",
  "przygotować z Politechniką Bydgoską projekt laboratorium badań opakowań z recyklatu",
  "zorganizować cykl czterech szkoleń z rozporządzenia o opakowaniach przed końcem 2038 r",
  "wzmocnić obecność klastra na targach zagranicznych, przede wszystkim w Niemczech i Czechach"],
 pub="2037-09-28")
