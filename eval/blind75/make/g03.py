from h import *
KM = ['Klastry energetyczne z Roztocza powinny wspólnie negocjować warunki przyłączenia do sieci zamiast występować pojedynczo', 'Lokalni producenci żywności potrzebują jednego znaku jakości, rozpoznawalnego po obu stronach granicy', 'Współpraca z partnerami z obwodu lwowskiego wymaga stałego sekretariatu, a nie tylko spotkań raz w roku', 'Samorządy gminne powinny włączyć klastry do planowania przestrzennego terenów pod odnawialne źródła energii']
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'forum-klastrow-roztocza-2034-ulotka.pdf'
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5)
sm = ParagraphStyle('s', fontName='DV', fontSize=8.5, leading=11)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=26, leading=32)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=13, leading=17, spaceBefore=6, spaceAfter=4)
h3 = ParagraphStyle('h3', fontName='DVB', fontSize=10, leading=13, spaceBefore=4)
W, H = A4
doc = BaseDocTemplate(os.path.join(B, 'docs', F), pagesize=A4, title='IV Forum Klastrów Roztocza 2034')
one = Frame(50, 50, W-100, H-100, id='one')
c1 = Frame(50, 50, (W-110)/2, H-100, id='c1'); c2 = Frame(60+(W-110)/2, 50, (W-110)/2, H-100, id='c2')
doc.addPageTemplates([PageTemplate('one', [one]), PageTemplate('two', [c1, c2]), PageTemplate('one2', [one])])
S = []
S += [Paragraph('IV FORUM KLASTRÓW ROZTOCZA', h1), Spacer(1, 8),
 Paragraph('„Energia, żywność, turystyka – jak klastry z pogranicza budują wspólny rynek”', h2), Spacer(1, 14),
 Paragraph('Zamość, 17–18 maja 2034 r.', h2),
 Paragraph('Centrum Kultury Zamość, ul. Partyzantów 13 oraz Akademia Zamojska', n), Spacer(1, 14),
 Paragraph('Organizatorzy: Klaster Zielonej Energii Roztocze oraz Zamojska Izba Gospodarcza. Partnerzy: Urząd Marszałkowski Województwa Lubelskiego, Lubelska Fundacja Rozwoju, Polska Agencja Rozwoju Przedsiębiorczości (PARP), Akademia Zamojska, Lwowska Regionalna Izba Handlowo-Przemysłowa.', n), Spacer(1, 10),
 Paragraph('Forum odbywa się po raz czwarty. Poprzednie edycje gościły w Tomaszowie Lubelskim (2031), Biłgoraju (2032) i Szczebrzeszynie (2033). W tym roku spodziewamy się ponad 250 uczestników z Polski, Ukrainy, Słowacji i Litwy: menedżerów klastrów, przedsiębiorców, naukowców i przedstawicieli samorządów. Program obejmuje dwa panele dyskusyjne, spotkania B2B, wizyty studyjne w gospodarstwach agroenergetycznych oraz uroczystą kolację w Pałacu Zamoyskich.', n), Spacer(1, 10),
 Paragraph('Udział w Forum jest bezpłatny. Rejestracja do 5 maja 2034 r. na stronie www.forumklastrow-roztocze.pl. Liczba miejsc na wizytach studyjnych jest ograniczona (45 osób).', n), Spacer(1, 10),
 Paragraph('Projekt współfinansowany ze środków Unii Europejskiej w ramach programu Fundusze Europejskie dla Lubelskiego 2028–2034.', sm),
 NextPageTemplate('two'), PageBreak()]
S += [Paragraph('PROGRAM', h2), Paragraph('Dzień 1 – środa, 17 maja 2034 r.', h3)]
for t, x in [('9:00','Rejestracja uczestników, kawa powitalna'),
 ('9:30','Otwarcie Forum – Marek Szponar, Prezes Zarządu, Klaster Zielonej Energii Roztocze; Jolanta Gontarz-Wiśniewska, Wicemarszałek Województwa Lubelskiego'),
 ('10:00','Wystąpienie otwierające: „Klastry w polityce przemysłowej UE po 2035 roku” – dr Pieter De Smedt, Komisja Europejska, DG GROW'),
 ('10:45','Panel I: Energia odnawialna na terenach wiejskich. Moderacja: dr hab. inż. Katarzyna Wąsik-Ostrowska, prof. Akademii Zamojskiej. Udział: Tomasz Pełka (Roztoczańska Spółdzielnia Energetyczna), Olena Bondarenko (Lwowska Regionalna Izba Handlowo-Przemysłowa), Ing. Martin Kováčik (Klaster Východné Slovensko)'),
 ('12:15','Lunch'),
 ('13:15','Panel II: Żywność lokalna i turystyka – jedna marka dla Roztocza? Moderacja: Agnieszka Dudek, Lubelska Fundacja Rozwoju. Udział: Piotr Wawrzyszko (Browar Zwierzyniec), Rūta Jankauskienė (Dzūkijos turizmo klasteris), ks. Stanisław Mazur (Fundacja Szlak Roztocza)'),
 ('14:45','Spotkania B2B (do 20 minut, wcześniej umówione przez platformę)'),
 ('17:00','Zakończenie pierwszego dnia'),
 ('19:30','Uroczysta kolacja w Pałacu Zamoyskich (na zaproszenie)')]:
    S.append(Paragraph(f'<b>{t}</b> {x}', n)); S.append(Spacer(1, 4))
S += [Paragraph('Dzień 2 – czwartek, 18 maja 2034 r.', h3)]
for t, x in [('8:30','Wyjazd autokarem spod Centrum Kultury'),
 ('9:30','Wizyty studyjne: biogazownia rolnicza w Łabuniach oraz farma fotowoltaiczna z wypasem owiec w Krasnobrodzie'),
 ('12:30','Warsztat: jak przygotować wspólny projekt klastrów z Polski i Ukrainy – prowadzi Ewa Chmiel-Nowak, PARP'),
 ('14:00','Podsumowanie Forum i zapowiedź V edycji – Marek Szponar'),
 ('14:30','Obiad pożegnalny')]:
    S.append(Paragraph(f'<b>{t}</b> {x}', n)); S.append(Spacer(1, 4))
S += [Paragraph('Tłumaczenie symultaniczne polski–angielski–ukraiński podczas paneli. Organizator zastrzega sobie prawo do zmian w programie.', sm), Spacer(1, 10)]
S += [Paragraph('NAJWAŻNIEJSZE WNIOSKI Z III EDYCJI (SZCZEBRZESZYN, 2033)', h2)]
for k in KM:
    S.append(Paragraph('• ' + k + '.', n)); S.append(Spacer(1, 3))
S += [Spacer(1, 8), Paragraph('Tegoroczna edycja ma sprawdzić, na ile te wnioski udało się wdrożyć. Po Forum organizatorzy przygotują krótki raport z rekomendacjami dla Urzędu Marszałkowskiego Województwa Lubelskiego, który zostanie przedstawiony na posiedzeniu Regionalnego Komitetu Sterującego w czerwcu 2034 r. Zapraszamy również do zgłaszania własnych tematów na warsztat drugiego dnia – propozycje można przesyłać do 28 kwietnia 2034 r.', n),
 NextPageTemplate('one2'), PageBreak()]

S += [Paragraph('PRELEGENCI', h2)]
cards = [('Marek Szponar','Prezes Zarządu','Klaster Zielonej Energii Roztocze'),
 ('Jolanta Gontarz-Wiśniewska','Wicemarszałek','Województwo Lubelskie'),
 ('dr Pieter De Smedt','Policy Officer, Clusters','Komisja Europejska, DG GROW'),
 ('dr hab. inż. Katarzyna Wąsik-Ostrowska','prof. uczelni','Akademia Zamojska'),
 ('Olena Bondarenko','kierowniczka działu projektów','Lwowska Regionalna Izba Handlowo-Przemysłowa'),
 ('Ing. Martin Kováčik','manažér klastra','Klaster Východné Slovensko'),
 ('Agnieszka Dudek','koordynatorka programów','Lubelska Fundacja Rozwoju'),
 ('Rūta Jankauskienė','direktorė','Dzūkijos turizmo klasteris'),
 ('Ewa Chmiel-Nowak','ekspertka ds. klastrów','PARP')]
rows = []
for i in range(0, 9, 3):
    rows.append([Paragraph(f'<b>{a}</b><br/>{b}<br/>{c}', sm) for a, b, c in cards[i:i+3]])
t = Table(rows, colWidths=[(W-100)/3]*3)
t.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),8),('BOTTOMPADDING',(0,0),(-1,-1),8)]))
S += [t, Spacer(1, 14), Paragraph('KONTAKT', h2),
 Paragraph('Biuro Forum: Natalia Kołodziej, Klaster Zielonej Energii Roztocze, ul. Lwowska 37, 22-400 Zamość, tel. +48 84 639 21 40, forum@kzer.pl. Dla mediów: Bartosz Szpak, Zamojska Izba Gospodarcza, tel. +48 84 627 10 15.', n), Spacer(1, 8),
 Paragraph('Noclegi w preferencyjnych cenach w Hotelu Senator i Hotelu Zamojskim – hasło „Forum Klastrów” przy rezerwacji do 30 kwietnia 2034 r.', n)]
doc.build(S)
gold(F, [P('Marek Szponar','Prezes Zarządu','Klaster Zielonej Energii Roztocze'),
 P('Jolanta Gontarz-Wiśniewska','Wicemarszałek Województwa Lubelskiego',None),
 P('Pieter De Smedt','Policy Officer, Clusters','DG GROW'),
 P('Katarzyna Wąsik-Ostrowska','prof. Akademii Zamojskiej','Akademia Zamojska'),
 P('Tomasz Pełka',None,'Roztoczańska Spółdzielnia Energetyczna'),
 P('Olena Bondarenko','kierowniczka działu projektów','Lwowska Regionalna Izba Handlowo-Przemysłowa'),
 P('Martin Kováčik','manažér klastra','Klaster Východné Slovensko'),
 P('Agnieszka Dudek','koordynatorka programów','Lubelska Fundacja Rozwoju'),
 P('Piotr Wawrzyszko',None,'Browar Zwierzyniec'),
 P('Rūta Jankauskienė','direktorė','Dzūkijos turizmo klasteris'),
 P('Stanisław Mazur',None,'Fundacja Szlak Roztocza'),
 P('Ewa Chmiel-Nowak','ekspertka ds. klastrów','PARP'),
 P('Natalia Kołodziej',None,'Klaster Zielonej Energii Roztocze'),
 P('Bartosz Szpak',None,'Zamojska Izba Gospodarcza')],
 [O('Klaster Zielonej Energii Roztocze'), O('Zamojska Izba Gospodarcza'), O('Urząd Marszałkowski Województwa Lubelskiego'),
  O('Lubelska Fundacja Rozwoju'), O('Polska Agencja Rozwoju Przedsiębiorczości','PARP'), O('Akademia Zamojska'),
  O('Lwowska Regionalna Izba Handlowo-Przemysłowa'), O('Komisja Europejska'), O('DG GROW'),
  O('Roztoczańska Spółdzielnia Energetyczna'), O('Klaster Východné Slovensko'), O('Browar Zwierzyniec'),
  O('Dzūkijos turizmo klasteris'), O('Fundacja Szlak Roztocza'), O('Unii Europejskiej'),
  O('Regionalnego Komitetu Sterującego')],
 [E('IV Forum Klastrów Roztocza','2034-05-17','2034-05-18','Zamość','Poland'),
  E('Spotkania B2B','2034-05-17','2034-05-17','Zamość','Poland'),
  E('Uroczysta kolacja w Pałacu Zamoyskich','2034-05-17','2034-05-17','Zamość','Poland'),
  E('Wizyty studyjne','2034-05-18','2034-05-18',None,'Poland'),
  E('Warsztat: jak przygotować wspólny projekt klastrów z Polski i Ukrainy','2034-05-18','2034-05-18','Zamość','Poland'),
  E('Obiad pożegnalny','2034-05-18','2034-05-18','Zamość','Poland'),
  E('posiedzenie Regionalnego Komitetu Sterującego','2034-06','2034-06',None,None),
  E('Forum Klastrów Roztocza (2031 edition)','2031','2031','Tomaszowie Lubelskim','Poland'),
  E('Forum Klastrów Roztocza (2032 edition)','2032','2032','Biłgoraju','Poland'),
  E('Forum Klastrów Roztocza (2033 edition)','2033','2033','Szczebrzeszynie','Poland')],
 ['2034-05-17/2034-05-18','2034-05-05','2028/2034','2035','2034-05-17','2034-05-18','2031','2032','2033','2034-04-30','2034-06','2034-04-28'], KM)
