from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g06_karlovarsko_vyrocni_zprava_organy.pdf'
assert wd(2037,5,21)=='Thursday' and wd(2037,11,10)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Klastr lázeňství a zdraví Karlovarského kraje, z. s. · Výroční zpráva 2037')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'strana {d.page} / 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Výroční zpráva 2037 – orgány klastru', author='Klastr lázeňství a zdraví Karlovarského kraje')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Výroční zpráva 2037 – kapitola 2: Orgány klastru a tým"),
("s","Klastr lázeňství a zdraví Karlovarského kraje, z. s. (KLAZ) · IČO 00000000 · sídlo: Karlovy Vary · schváleno valnou hromadou dne 21. 5. 2037"),
("h2","2.1 Valná hromada"),
("b","Nejvyšším orgánem klastru je valná hromada, kterou tvoří všichni členové. K 31. 12. 2037 měl klastr 58 členů: 31 lázeňských a wellness podniků, 9 výrobců a dodavatelů, 7 vzdělávacích a výzkumných institucí, 6 měst a obcí a 5 dalších organizací. Řádná valná hromada se konala ve čtvrtek 21. května 2037 v Lázních III v Karlových Varech. Zúčastnilo se jí 41 členů. Valná hromada schválila výroční zprávu a účetní závěrku za rok 2036, rozpočet na rok 2037 a zvolila nové představenstvo na funkční období 2037–2040."),
("h2","2.2 Představenstvo"),
("b","Představenstvo řídí činnost klastru mezi zasedáními valné hromady. Na svém prvním zasedání zvolilo předsedu a místopředsedkyni. Složení od 21. 5. 2037:"),
("b","• předseda: Ing. Jaroslav Šťastný, Ph.D., ředitel Léčebných lázní Jáchymov a. s.<br/>• místopředsedkyně: MUDr. Kateřina Vondrášková-Hahn, Lázně Františkovy Lázně a. s.<br/>• člen: doc. Ing. Pavel Kuneš, CSc., Západočeská univerzita v Plzni<br/>• člen: Mgr. Lucie Procházková, Karlovarská krajská nemocnice a. s.<br/>• člen: Ing. Radek Matoušek, Karlovarské minerální vody, a. s."),
("b","Z představenstva odešel po osmi letech Ing. Miroslav Hájek, který byl jeho předsedou v letech 2029–2037. Valná hromada mu poděkovala za vybudování klastru a jmenovala ho čestným členem."),
("h2","2.3 Kontrolní komise"),
("b","Kontrolní komise ve složení Ing. Věra Dvořáková (předsedkyně), Bc. Tomáš Jelínek a Ing. Hana Sokolová provedla kontrolu hospodaření za rok 2036 bez výhrad."),
("h2","2.4 Výkonný tým"),
("b","Klastr řídí výkonná ředitelka Ing. Markéta Rieger-Novotná (od 1. 3. 2035). Projektovou manažerkou je Ing. Olga Bílková, komunikaci zajišťuje Martin Zeman. Od září 2037 posílil tým Andreas Köhler, který má na starosti spolupráci s bavorskými partnery v rámci česko-bavorské spolupráce."),
]
p2 = [
("h2","2.5 Partneři a členství v sítích"),
("b","Klastr spolupracuje s Karlovarským krajem, agenturou CzechInvest, Národní klastrovou asociací (NCA) a s Bayerischer Heilbäder-Verband e. V. v Bad Kissingen. Od roku 2036 je členem evropské sítě European Spas Association (ESPA) v Bruselu."),
("h2","2.6 Činnost orgánů v roce 2037"),
("b","Představenstvo se sešlo šestkrát, z toho dvakrát online. Projednalo mimo jiné přijetí osmi nových členů, přípravu Lázeňského inovačního fóra a novou strategii klastru. Lázeňské inovační fórum 2037 se konalo 10. 11. 2037 (úterý) v Mariánských Lázních a zúčastnilo se ho 160 hostů z Česka, Německa a Rakouska. Dějištěm fóra byly Mariánské Lázně, lázeňské město zapsané na seznam světového dědictví UNESCO. Předchozí ročníky fóra hostily Karlovy Vary (2035) a Františkovy Lázně (2036)."),
("b","Dne 8. října 2037 navštívila klastr delegace Hornofranckého zdravotního klastru z Bayreuthu; součástí programu byla prohlídka výzkumného pracoviště balneologie v Jáchymově."),
("h2","2.7 Poučení z roku 2037"),
("b","Představenstvo na prosincovém zasedání shrnulo tato poučení:"),
("b","• Noví členové z řad malých penzionů potřebují jednodušší členské služby než velké lázeňské společnosti<br/>• Spolupráce s bavorskými lázněmi funguje nejlépe ve společných projektech zaměřených na zaměstnance<br/>• Klastr musí více komunikovat s městy, která rozhodují o rozvoji lázeňských území"),
("h2","2.8 Kontakty"),
("b","Kancelář klastru: Nová louka 2, 360 01 Karlovy Vary · info@klaz.example.cz · +420 353 000 000. Výkonná ředitelka: Ing. Markéta Rieger-Novotná, reditelka@klaz.example.cz."),
("s","Výroční zpráva 2037 vyšla v dubnu 2038. Kapitola 3 (Hospodaření) je k dispozici na vyžádání."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
assert wd(2037,10,8)=='Thursday'
C="Klastr lázeňství a zdraví Karlovarského kraje, z. s."
gold(F,
 [P("Jaroslav Šťastný","předseda",C),
  P("Kateřina Vondrášková-Hahn","místopředsedkyně",C),
  P("Pavel Kuneš","člen",C),
  P("Lucie Procházková","člen",C),
  P("Radek Matoušek","člen",C),
  P("Miroslav Hájek","čestným členem",C),
  P("Věra Dvořáková","předsedkyně",C),
  P("Tomáš Jelínek",None,C),
  P("Hana Sokolová",None,C),
  P("Markéta Rieger-Novotná","výkonná ředitelka",C),
  P("Olga Bílková","Projektovou manažerkou",C),
  P("Martin Zeman",None,C),
  P("Andreas Köhler",None,C)],
 [O(C,"KLAZ"), O("Léčebných lázní Jáchymov a. s."), O("Lázně Františkovy Lázně a. s."), O("Západočeská univerzita v Plzni"),
  O("Karlovarská krajská nemocnice a. s."), O("Karlovarské minerální vody, a. s."), O("Karlovarským krajem"),
  O("CzechInvest"), O("Národní klastrovou asociací","NCA"), O("Bayerischer Heilbäder-Verband e. V."),
  O("European Spas Association","ESPA"), O("Hornofranckého zdravotního klastru"), O("UNESCO")],
 [E("Řádná valná hromada","2037-05-21",None,"Karlovy Vary","Czech Republic"),
  E("Lázeňské inovační fórum 2037","2037-11-10",None,"Mariánské Lázně","Czech Republic"),
  E("Lázeňské inovační fórum (2035)","2035",None,"Karlovy Vary","Czech Republic"),
  E("Lázeňské inovační fórum (2036)","2036",None,"Františkovy Lázně","Czech Republic"),
  E("delegace Hornofranckého zdravotního klastru","2037-10-08",None,"Jáchymov","Czech Republic"),
  E("prohlídka výzkumného pracoviště balneologie","2037-10-08",None,"Jáchymov","Czech Republic")],
 ["2037-05-21","2037-12-31","2036","2037","2037/2040","2029/2037","2035-03-01","2037-09","2037-11-10","2035","2037-10-08","2037-12","2038-04"],
 ["Noví členové z řad malých penzionů potřebují jednodušší členské služby než velké lázeňské společnosti",
  "Spolupráce s bavorskými lázněmi funguje nejlépe ve společných projektech zaměřených na zaměstnance",
  "Klastr musí více komunikovat s městy, která rozhodují o rozvoji lázeňských území"],
 pub="2038-04")
