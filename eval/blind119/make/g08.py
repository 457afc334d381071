from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_brasov_raport_guvernanta.pdf'
assert wd(2042,3,12)=='Wednesday' and wd(2042,5,21)=='Wednesday' and wd(2041,12,10)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Clusterul Industrial Carpați · Raport de guvernanță 2041')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Pagina {d.page} din 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Raport de guvernanță 2041', author='Clusterul Industrial Carpați')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Raport de guvernanță 2041"),
("b","Asociația Clusterul Industrial Carpați (CIC), Brașov · Aprobat de Adunarea Generală la 12 martie 2042"),
("h2","Cine suntem"),
("b","Clusterul Industrial Carpați a fost înființat în 2029 la Brașov de nouă producători de componente, Universitatea Transilvania din Brașov și Camera de Comerț și Industrie Brașov. La 31 decembrie 2041 asociația avea 88 de membri: 61 de întreprinderi, 6 instituții de cercetare și învățământ, 9 furnizori de servicii și 12 membri asociați, între care Agenția pentru Dezvoltare Regională Centru (ADR Centru) și Primăria Municipiului Brașov."),
("h2","Adunarea Generală și alegerile din 2041"),
("b","Adunarea Generală ordinară a avut loc marți, 10 decembrie 2041, la sediul Universității Transilvania. Cu 64 de membri prezenți sau reprezentați, adunarea a ales noul Consiliu Director pentru mandatul 2042–2045:"),
("b","• Președinte: Mircea-Andrei Lupu, director general al Carpatia Precision SRL<br/>• Vicepreședinte: Prof. dr. ing. Ana-Maria Cojocaru, Universitatea Transilvania din Brașov<br/>• Trezorier: Zoltán Kelemen (Hargita Metal SA)<br/>• Membri: Gisela Schuster-Radu (Kronstadt Automotive Systems SRL), Radu Ștefănescu (Brasov Aerospace Parts SRL)"),
("b","Consiliul Director a numit-o pe Ioana Mărginean în funcția de director executiv al clusterului, începând cu 1 ianuarie 2042. Ea îl înlocuiește pe Cristian DUMITRESCU, care a condus echipa executivă timp de șapte ani și care rămâne consilier pentru proiecte europene."),
("b","La deschiderea adunării au luat cuvântul Laura Ciobanu, director general al ADR Centru, care a prezentat noul apel pentru proiecte de inovare din programul regional, și Matthias Brenner-Oancea, consul onorific al Germaniei la Brașov, care a invitat membrii să participe la misiunea economică din toamnă. Adunarea a aprobat, de asemenea, bugetul pentru 2042 și primirea a șapte membri noi, printre care Colegiul Tehnic „Remus Răduleț” din Brașov și firma de software Tâmpa Digital SRL."),
("h2","Echipa executivă"),
("b","Ioana Mărginean – director executiv · Teodora Vlad-Enache – manager de proiecte · Andrei Popa – responsabil comunicare · Jakub Horák – expert cooperare internațională (detașat de la Moravskoslezský automobilový klastr, Ostrava) · Elena Sârbu – contabil."),
("b","Mesajul președintelui: „Anul 2041 a fost primul în care membrii noștri au câștigat mai multe proiecte împreună decât separat. Aceasta este cea mai bună măsură a unui cluster.” – Mircea-Andrei Lupu"),
]
p2 = [
("h2","Evenimente în 2041"),
("b","• Ziua Clusterului Carpați, ediția a VII-a, 14–15 mai 2041, Brașov, cu 320 de participanți<br/>• Misiune economică la Stuttgart, 6–9 octombrie 2041, organizată împreună cu ADR Centru<br/>• Atelierul „Digitalizare pentru IMM-uri”, Sfântu Gheorghe, 18 iunie 2041<br/>• Adunarea Generală ordinară, 10 decembrie 2041"),
("h2","Parteneri"),
("b","Clusterul colaborează cu Asociația Clusterelor din România (CLUSTERO), cu Institutul Național de Cercetare-Dezvoltare pentru Mecatronică și Tehnica Măsurării (INCDMTM) și cu European Clusters Alliance. Din 2040 este membru al parteneriatului european de clustere pentru mobilitate curată, alături de clustere din Austria, Cehia și Italia."),
("h2","Concluzii"),
("b","Consiliul Director a formulat următoarele concluzii pentru perioada următoare:"),
("b","1. Membrii mici au nevoie de un program de mentorat oferit de membrii mari"),
("b","2. Clusterul trebuie să atragă cel puțin zece membri noi din județele Covasna și Harghita"),
("b","3. Fiecare proiect european trebuie să includă cel puțin o întreprindere care nu a mai participat"),
("h2","Calendar 2042"),
("b","Adunarea Generală de aprobare a raportului: 12 martie 2042 (miercuri), Brașov. Ziua Clusterului Carpați, ediția a VIII-a: 21 mai 2042. Termen pentru propunerile de proiecte comune: 30 aprilie 2042."),
("s","Asociația Clusterul Industrial Carpați · Str. Politehnicii 1, Brașov · CIF RO00000000 · office@cic.example.ro"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Asociația Clusterul Industrial Carpați"
gold(F,
 [P("Mircea-Andrei Lupu","Președinte",C),
  P("Ana-Maria Cojocaru","Vicepreședinte",C),
  P("Zoltán Kelemen","Trezorier",C),
  P("Gisela Schuster-Radu","membru",C),
  P("Radu Ștefănescu","membru",C),
  P("Ioana Mărginean","director executiv",C),
  P("Cristian DUMITRESCU","consilier pentru proiecte europene",C),
  P("Teodora Vlad-Enache","manager de proiecte",C),
  P("Andrei Popa","responsabil comunicare",C),
  P("Jakub Horák","expert cooperare internațională",C),
  P("Elena Sârbu","contabil",C),
  P("Laura Ciobanu","director general","Agenția pentru Dezvoltare Regională Centru"),
  P("Matthias Brenner-Oancea","consul onorific",None)],
 [O(C,"CIC"), O("Universitatea Transilvania din Brașov"), O("Camera de Comerț și Industrie Brașov"),
  O("Agenția pentru Dezvoltare Regională Centru","ADR Centru"), O("Primăria Municipiului Brașov"), O("Carpatia Precision SRL"),
  O("Hargita Metal SA"), O("Kronstadt Automotive Systems SRL"), O("Brasov Aerospace Parts SRL"),
  O("Moravskoslezský automobilový klastr"), O("Asociația Clusterelor din România","CLUSTERO"),
  O("Institutul Național de Cercetare-Dezvoltare pentru Mecatronică și Tehnica Măsurării","INCDMTM"), O("European Clusters Alliance"), O("Colegiul Tehnic „Remus Răduleț” din Brașov"), O("Tâmpa Digital SRL")],
 [E("Adunarea Generală","2042-03-12",None,"Brașov","Romania"),
  E("Adunarea Generală ordinară","2041-12-10",None,"Brașov","Romania"),
  E("Ziua Clusterului Carpați","2041-05-14","2041-05-15","Brașov","Romania"),
  E("Misiune economică","2041-10-06","2041-10-09","Stuttgart","Germany"),
  E("Digitalizare pentru IMM-uri","2041-06-18",None,"Sfântu Gheorghe","Romania"),
  E("Ziua Clusterului Carpați","2042-05-21",None,None,None)],
 ["2042-03-12","2029","2041-12-31","2041-12-10","2042/2045","2042-01-01","2041","2041-05-14/2041-05-15","2041-10-06/2041-10-09","2041-06-18","2040","2042-05-21","2042-04-30","2042"],
 ["Membrii mici au nevoie de un program de mentorat oferit de membrii mari",
  "Clusterul trebuie să atragă cel puțin zece membri noi din județele Covasna și Harghita",
  "Fiecare proiect european trebuie să includă cel puțin o întreprindere care nu a mai participat"], pub="2042-03-12")
