from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_trapani_distretto_vino_sale_sintesi.pdf'
assert wd(2041,5,28)=='Tuesday' and wd(2041,6,20)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Distretto Produttivo Vino e Sale della Sicilia Occidentale · Sintesi dello studio 2041')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'pag. {d.page} di 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Sintesi dello studio – Distretto Vino e Sale', author='Distretto Produttivo Vino e Sale')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Vino, sale e mare: le filiere della costa trapanese verso il 2050"),
("b","Sintesi dello studio di filiera – versione per il Comitato di distretto"),
("s","Committente: Distretto Produttivo Vino e Sale della Sicilia Occidentale, Marsala · Realizzato da: Dipartimento di Scienze Economiche, Aziendali e Statistiche dell'Università degli Studi di Palermo (SEAS), con il Consorzio di Ricerca Marsala Vini e Territorio · Gruppo di lavoro: prof.ssa Giovanna LO BIANCO (coordinatrice), dott. Salvatore Ingrassia, dott.ssa Federica Pipitone · Consegnato il 30 aprile 2041"),
("h2","Perché questo studio"),
("b","Il distretto riunisce dal 2031 cantine, saline, imprese della pesca e del turismo lungo la costa tra Trapani, Paceco e Marsala. Il Comitato di distretto ha chiesto uno studio per capire come le tre filiere storiche – il vino Marsala, il sale marino delle saline e la pesca – possano affrontare insieme il cambiamento climatico, la carenza di manodopera e la concorrenza internazionale nel periodo 2042–2050."),
("b","Il gruppo di lavoro ha condotto 64 interviste tra ottobre 2040 e marzo 2041, ha analizzato i bilanci di 210 imprese e ha organizzato tre focus group a Marsala, Trapani e Mazara del Vallo. Un seminario di restituzione si è svolto a Marsala il 12 aprile 2041 presso la sede del Consorzio di tutela."),
("h2","Il distretto in cifre"),
("b","• 182 imprese aderenti, di cui 97 cantine, 14 saline e 38 imprese della pesca e della trasformazione del pescato<br/>• circa 4.300 addetti diretti, in calo del 6% rispetto al 2035<br/>• esportazioni per 412 milioni di euro nel 2040, per due terzi vino<br/>• una sola scuola di formazione specifica, l'Istituto Tecnico Agrario «Abele Damiani» di Marsala"),
("b","Nella prefazione, il presidente del distretto, Vincenzo Marino Alagna, scrive che lo studio «mette nero su bianco quello che in molte cantine si dice a bassa voce»."),
]
p2 = [
("h2","Principali risultati"),
("b","1. Le tre filiere condividono lo stesso territorio ma quasi nessun progetto comune; i legami più forti sono quelli turistici"),
("b","2. L'aumento delle temperature anticipa la vendemmia di circa dieci giorni rispetto al 2015 e mette a rischio alcuni vitigni autoctoni"),
("b","3. Le saline sono redditizie solo dove affiancano la produzione con visite, musei e vendita diretta"),
("b","4. La flotta peschereccia di Mazara del Vallo continua a ridursi e fatica a trovare equipaggi"),
("b","5. Il marchio Marsala è noto all'estero ma associato a un prodotto da cucina più che a un vino di qualità"),
("h2","Raccomandazioni"),
("b","1. Creare un unico marchio territoriale per vino, sale e pescato della costa trapanese, gestito dal distretto"),
("b","2. Avviare con la Regione Siciliana un programma di adattamento climatico dei vigneti, con sperimentazione di portinnesti resistenti alla siccità"),
("b","3. Istituire un corso ITS per tecnici di cantina e di salina, in collaborazione con l'ITS Agroalimentare Sicilia"),
("b","4. Sostenere la trasformazione del pescato a terra per compensare il calo delle catture"),
("h2","Presentazione pubblica"),
("b","Lo studio sarà presentato al convegno «Vino e sale, un'unica costa» giovedì 20 giugno 2041 al Complesso monumentale San Pietro di Marsala. Interverranno l'assessore regionale all'Agricoltura, Rosalia Cusumano, e il sindaco di Trapani, Giacomo Tranchida. Il Comitato di distretto ha approvato la sintesi nella seduta di martedì 28 maggio 2041."),
("h2","Contatti"),
("b","Segreteria del distretto: Francesca Genna, responsabile tecnica · Via Mazzini 41, 91025 Marsala · segreteria@vinoesale.example.it"),
("s","Lo studio completo (118 pagine) è disponibile sul sito del distretto. Riproduzione consentita citando la fonte."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
DV="Distretto Produttivo Vino e Sale della Sicilia Occidentale"; U="Università degli Studi di Palermo"
gold(F,
 [P("Giovanna LO BIANCO","coordinatrice",U), P("Salvatore Ingrassia",None,U), P("Federica Pipitone",None,U),
  P("Vincenzo Marino Alagna","presidente",DV), P("Rosalia Cusumano","assessore regionale all'Agricoltura","Regione Siciliana"),
  P("Giacomo Tranchida","sindaco di Trapani",None), P("Francesca Genna","responsabile tecnica",DV)],
 [O(DV), O("Dipartimento di Scienze Economiche, Aziendali e Statistiche","SEAS"), O(U),
  O("Consorzio di Ricerca Marsala Vini e Territorio"),
  O("Istituto Tecnico Agrario «Abele Damiani»"), O("Regione Siciliana"), O("ITS Agroalimentare Sicilia")],
 [E("seminario di restituzione","2041-04-12",None,"Marsala","Italy"),
  E("Vino e sale, un'unica costa","2041-06-20",None,"Marsala","Italy"),
  E("seduta","2041-05-28",None,None,None)],
 ["2041-04-30","2031","2042/2050","2040-10/2041-03","2041-04-12","2035","2040","2015","2041-06-20","2041-05-28","2050"],
 ["Le tre filiere condividono lo stesso territorio ma quasi nessun progetto comune; i legami più forti sono quelli turistici",
  "L'aumento delle temperature anticipa la vendemmia di circa dieci giorni rispetto al 2015 e mette a rischio alcuni vitigni autoctoni",
  "Le saline sono redditizie solo dove affiancano la produzione con visite, musei e vendita diretta",
  "La flotta peschereccia di Mazara del Vallo continua a ridursi e fatica a trovare equipaggi",
  "Il marchio Marsala è noto all'estero ma associato a un prodotto da cucina più che a un vino di qualità",
  "Creare un unico marchio territoriale per vino, sale e pescato della costa trapanese, gestito dal distretto",
  "Avviare con la Regione Siciliana un programma di adattamento climatico dei vigneti, con sperimentazione di portinnesti resistenti alla siccità",
  "Istituire un corso ITS per tecnici di cantina e di salina, in collaborazione con l'ITS Agroalimentare Sicilia",
  "Sostenere la trasformazione del pescato a terra per compensare il calo delle catture"],
 pub="2041-04-30")
