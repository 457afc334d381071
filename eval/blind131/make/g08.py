from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_vicenza_notiziario_rete.pdf'
assert wd(2042,1,20)=='Monday' and wd(2042,2,6)=='Thursday' and wd(2042,2,25)=='Tuesday' and wd(2042,3,19)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Notiziario Rete Meccatronica Berica · n. 1/2042 · febbraio 2042')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'pag. {d.page}/2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Notiziario n. 1/2042', author='Rete Meccatronica Berica')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Notiziario della Rete Meccatronica Berica"),
("b","Numero 1/2042 – chiuso in redazione il 10 febbraio 2042"),
("s","Rete Meccatronica Berica – Rete Innovativa Regionale riconosciuta dalla Regione del Veneto · Soggetto giuridico: Consorzio Meccatronica Berica S.c.a r.l., Vicenza · Redazione: Chiara Dal Molin"),
("h2","Editoriale"),
("b","Care imprese associate, il 2042 si apre con una notizia importante: la Regione del Veneto ha confermato il riconoscimento della nostra rete per il periodo 2042–2046. È il risultato del lavoro di tutti voi. In questo numero trovate il resoconto dell'assemblea di gennaio, le conclusioni del tavolo sulle competenze e gli appuntamenti di primavera. – Ing. Federico Zanon, Presidente del Consorzio"),
("h2","L'assemblea dei soci del 20 gennaio"),
("b","Lunedì 20 gennaio 2042 si è svolta a Vicenza, presso la sede di Confindustria Vicenza, l'assemblea ordinaria dei soci del Consorzio Meccatronica Berica S.c.a r.l. Erano presenti 58 soci su 83. L'assemblea ha approvato il bilancio consuntivo 2041 e il piano di attività 2042, e ha eletto il nuovo Consiglio di amministrazione per il triennio 2042–2044."),
("b","Fanno parte del nuovo Consiglio: Federico Zanon (Zanon Automazioni S.p.A.), confermato Presidente; Giulia Pértile De Marchi (Officine Pértile S.r.l.), Vicepresidente; prof. Roberto Castegnaro (Università degli Studi di Padova, Dipartimento di Tecnica e Gestione dei Sistemi Industriali); Paolo Bortoli (ITS Academy Meccatronico Veneto); Elisa Cunico (Banca delle Terre Venete)."),
("b","Il direttore della Rete, dott. Marco Tonin, ha illustrato i risultati del 2041: 14 progetti di ricerca collaborativa avviati, 220 ore di formazione erogate e 31 imprese accompagnate su mercati esteri."),
("h2","Nuovi soci"),
("b","Nel mese di gennaio sono entrati nella Rete: Valbrenta Robotics S.r.l. di Bassano del Grappa, la startup Visiomec S.r.l. di Schio e la Fondazione ITS Red di Padova."),
]
p2 = [
("h2","Tavolo competenze: le conclusioni"),
("b","Giovedì 6 febbraio 2042 il tavolo di lavoro sulle competenze, coordinato da Paolo Bortoli, ha riunito a Schio venti responsabili del personale delle imprese della Rete e i dirigenti di quattro istituti tecnici. Ha partecipato anche Sabine Oberhofer, esperta di formazione duale della Camera di commercio di Bolzano."),
("b","Conclusioni del tavolo:"),
("b","1. Le imprese chiedono tecnici con competenze insieme meccaniche, elettroniche e di programmazione"),
("b","2. I tirocini negli istituti tecnici vanno estesi ad almeno dodici settimane"),
("b","3. La Rete deve creare un catalogo comune di corsi brevi per i lavoratori già occupati"),
("b","4. Serve una campagna di orientamento rivolta alle ragazze, oggi solo il 9% degli iscritti"),
("h2","Appuntamenti"),
("b","<b>Martedì 25 febbraio 2042</b>, ore 14.30 – Webinar «Credito d'imposta 4.0: istruzioni per l'uso», con Luca Marangoni dello Studio Marangoni &amp; Associati."),
("b","<b>Mercoledì 19 marzo 2042</b> – Open day al laboratorio di robotica collaborativa di Zanon Automazioni S.p.A. a Thiene: ore 9.30 presentazione, ore 11.00 dimostrazioni, ore 13.00 buffet."),
("b","<b>8–12 aprile 2042</b> – Missione alla fiera Hannover Messe, in collaborazione con ICE – Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane. Iscrizioni entro il 28 febbraio."),
("b","<b>Giugno 2042</b> – Meccatronica Day, quinta edizione, Vicenza. Le edizioni precedenti si sono tenute a Vicenza (2038), Schio (2039), Bassano del Grappa (2040) e Thiene (2041)."),
("h2","Dalla Regione"),
("b","Il bando regionale per i progetti delle Reti Innovative Regionali scade il 15 aprile 2042. La Rete sta raccogliendo le idee progettuali dei soci: scrivere a progetti@meccatronica-berica.example.it."),
("s","Consorzio Meccatronica Berica S.c.a r.l. · Via dell'Industria 00, 36100 Vicenza · P.IVA 00000000000 · Per non ricevere più il notiziario rispondere con «cancellami»."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C="Consorzio Meccatronica Berica S.c.a r.l."
gold(F,
 [P("Chiara Dal Molin","Redazione",None),
  P("Federico Zanon","Presidente",C),
  P("Giulia Pértile De Marchi","Vicepresidente",C),
  P("Roberto Castegnaro",None,"Dipartimento di Tecnica e Gestione dei Sistemi Industriali"),
  P("Paolo Bortoli",None,"ITS Academy Meccatronico Veneto"),
  P("Elisa Cunico",None,"Banca delle Terre Venete"),
  P("Marco Tonin","direttore","Rete Meccatronica Berica"),
  P("Sabine Oberhofer","esperta di formazione duale","Camera di commercio di Bolzano"),
  P("Luca Marangoni",None,"Studio Marangoni & Associati")],
 [O("Rete Meccatronica Berica"), O(C), O("Regione del Veneto"), O("Confindustria Vicenza"), O("Zanon Automazioni S.p.A."),
  O("Officine Pértile S.r.l."), O("Università degli Studi di Padova"), O("Dipartimento di Tecnica e Gestione dei Sistemi Industriali"),
  O("ITS Academy Meccatronico Veneto"), O("Banca delle Terre Venete"), O("Valbrenta Robotics S.r.l."), O("Visiomec S.r.l."),
  O("Fondazione ITS Red"), O("Camera di commercio di Bolzano"), O("Studio Marangoni & Associati"),
  O("ICE – Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane","ICE")],
 [E("assemblea ordinaria dei soci","2042-01-20",None,"Vicenza","Italy"),
  E("tavolo di lavoro sulle competenze","2042-02-06",None,"Schio","Italy"),
  E("Credito d'imposta 4.0: istruzioni per l'uso","2042-02-25",None,None,None),
  E("Open day al laboratorio di robotica collaborativa","2042-03-19",None,"Thiene","Italy"),
  E("Missione alla fiera Hannover Messe","2042-04-08","2042-04-12","Hannover","Germany"),
  E("Hannover Messe","2042-04-08","2042-04-12","Hannover","Germany"),
  E("Meccatronica Day","2042-06",None,"Vicenza","Italy"),
  E("Meccatronica Day (2038)","2038",None,"Vicenza","Italy"),
  E("Meccatronica Day (2039)","2039",None,"Schio","Italy"),
  E("Meccatronica Day (2040)","2040",None,"Bassano del Grappa","Italy"),
  E("Meccatronica Day (2041)","2041",None,"Thiene","Italy")],
 ["2042","2042-02","2042-02-10","2042/2046","2042-01-20","2041","2042/2044","2042-01","2042-02-06","2042-02-25","2042-03-19",
  "2042-04-08/2042-04-12","2042-02-28","2042-06","2038","2039","2040","2042-04-15"],
 ["Le imprese chiedono tecnici con competenze insieme meccaniche, elettroniche e di programmazione",
  "I tirocini negli istituti tecnici vanno estesi ad almeno dodici settimane",
  "La Rete deve creare un catalogo comune di corsi brevi per i lavoratori già occupati",
  "Serve una campagna di orientamento rivolta alle ragazze, oggi solo il 9% degli iscritti"],
 pub="2042-02-10")
