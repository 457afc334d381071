from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g11_posavje_energetski_grozd_clani.pdf'
assert wd(2040,1,24)=='Tuesday' and wd(2040,3,19)=='Monday' and wd(2039,12,5)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Energetski grozd Posavje · Novičnik za člane · januar 2040')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'stran {d.page} od 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Novičnik Energetskega grozda Posavje', author='Energetski grozd Posavje')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Nova direktorica, novi člani in skupščina grozda"),
("s","Novičnik za člane Energetskega grozda Posavje (EGP) · Krško, 26. januar 2040 · Uredila: Nina Kovačič, koordinatorka za komunikacijo"),
("h2","Mag. Urška Zorko prevzela vodenje grozda"),
("b","Skupščina Energetskega grozda Posavje je na seji v torek, 24. januarja 2040, v Kulturnem domu Krško potrdila imenovanje mag. Urške Zorko za direktorico grozda. Zorkova, ki je doslej vodila razvojni oddelek v podjetju GEN energija d.o.o., je nasledila dr. Boštjana Jerkiča, ki je grozd vodil od ustanovitve leta 2031 in se je odločil za upokojitev. Dr. Boštjan Jerkič bo do poletja ostal svetovalec upravnega odbora."),
("b",'»Posavje ima jedrsko elektrarno, hidroelektrarne na Savi, sončne elektrarne na strehah kmetij in vedno več podjetij, ki razvijajo hranilnike. Grozd mora vse to povezati v zgodbo, ki bo mlade zadržala v regiji,« je ob imenovanju povedala nova direktorica.'),
("b","V devetih letih je Jerkič grozd pripeljal od enajstih ustanovnih članov do več kot petdeset podjetij in ustanov. Pod njegovim vodstvom je grozd leta 2034 odprl skupni preizkusni laboratorij za hranilnike energije v Vrbini, leta 2036 pa je začel z Zagorsko razvojno agencijo prvi čezmejni projekt. Člani so se mu na skupščini zahvalili s stoječim aplavzom, župan občine Krško Matej Bizjak pa mu je izročil priznanje občine."),
("h2","Upravni odbor 2040–2043"),
("b","Skupščina je izvolila tudi nov upravni odbor. Sestava: predsednik upravnega odbora – Aleš Mlakar (Nuklearna elektrarna Krško) · podpredsednica – Tanja Žibert (Občina Brežice) · član – Gregor Zupančič (Hidroelektrarne na Spodnji Savi, d.o.o.) · članica – dr. Mojca Lipar (Fakulteta za energetiko Univerze v Mariboru) · član – Marko Urek (Solarni sistemi Urek s.p., Sevnica). Predsednica nadzornega odbora je Vesna Bogovič iz Regionalne razvojne agencije Posavje."),
("h2","Dogodki"),
("b","V ponedeljek, 5. decembra 2039, je grozd v Brežicah gostil delegacijo avstrijskega grozda ACstyria Mobilitätscluster GmbH iz Gradca. Naslednji dogodek je Posavski energetski forum v ponedeljek, 19. marca 2040, v Termah Čatež, kjer bo nova direktorica predstavila program dela."),
]
p2 = [
("h2","Novi člani grozda"),
("b","Od oktobra 2039 so se grozdu pridružili naslednji člani:"),
("b","• Baterije Posavje d.o.o., Slovenija<br/>• Kostak d.d., Slovenija<br/>• Elektro Celje d.d., Slovenija<br/>• Energetska zadruga Bizeljsko, Slovenija<br/>• HEP Proizvodnja d.o.o., Hrvaška<br/>• Zagorska razvojna agencija, Hrvaška<br/>• Energieinstitut an der Johannes Kepler Universität Linz, Avstrija"),
("b","Grozd ima zdaj 52 članov iz treh držav. Vsem novim članom želimo dobrodošlico in uspešno sodelovanje v delovnih skupinah."),
("h2","Partnerji"),
("b","Grozd sodeluje z Gospodarsko zbornico Slovenije (GZS), s Slovensko akademijo znanosti in umetnosti ter z mrežo Enterprise Europe Network Slovenija. V projektu Interreg Slovenija–Hrvaška so partnerji Regionalna razvojna agencija Posavje, Zagorska razvojna agencija in Mestna občina Novo mesto."),
("h2","Ključne ugotovitve iz ankete med člani"),
("b","Decembra 2039 je na anketo odgovorilo 38 članov. Ključne ugotovitve:"),
("b","1. Največja ovira za rast je pomanjkanje elektroinženirjev in monterjev"),
("b","2. Člani želijo več skupnih nastopov na sejmih v tujini"),
("b","3. Manjša podjetja potrebujejo pomoč pri prijavah na evropske razpise"),
("b","4. Sodelovanje s hrvaškimi partnerji je zanimivo za dve tretjini vprašanih"),
("h2","Ekipa grozda"),
("b","Mag. Urška Zorko, direktorica · Nina Kovačič, koordinatorka za komunikacijo · Jure Pavlin, vodja projektov · Andreja Smrekar, finance in administracija"),
("s","Energetski grozd Posavje, Cesta krških žrtev 132c, 8270 Krško · info@egp.example.si · Novičnik izhaja štirikrat letno. Odjava od novičnika: odgovorite na to sporočilo z besedo ODJAVA."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
G="Energetski grozd Posavje"
gold(F,
 [P("Nina Kovačič","koordinatorka za komunikacijo",G), P("Urška Zorko","direktorica",G),
  P("Boštjan Jerkič","svetovalec upravnega odbora",G), P("Matej Bizjak","župan občine Krško",None),
  P("Aleš Mlakar","predsednik upravnega odbora",G), P("Tanja Žibert","podpredsednica",G),
  P("Gregor Zupančič","član",G), P("Mojca Lipar","članica",G), P("Marko Urek","član",G),
  P("Vesna Bogovič","Predsednica nadzornega odbora",G), P("Jure Pavlin","vodja projektov",G), P("Andreja Smrekar","finance in administracija",G)],
 [O(G,"EGP"), O("GEN energija d.o.o."), O("Nuklearna elektrarna Krško"), O("Občina Brežice"),
  O("Hidroelektrarne na Spodnji Savi, d.o.o."), O("Fakulteta za energetiko Univerze v Mariboru"), O("Solarni sistemi Urek s.p."),
  O("Regionalna razvojna agencija Posavje"), O("ACstyria Mobilitätscluster GmbH"), O("Baterije Posavje d.o.o."),
  O("Kostak d.d."), O("Elektro Celje d.d."), O("Energetska zadruga Bizeljsko"), O("HEP Proizvodnja d.o.o."),
  O("Zagorska razvojna agencija"), O("Energieinstitut an der Johannes Kepler Universität Linz"),
  O("Gospodarsko zbornico Slovenije","GZS"), O("Slovensko akademijo znanosti in umetnosti"),
  O("Enterprise Europe Network Slovenija"), O("Mestna občina Novo mesto")],
 [E("Skupščina","2040-01-24",None,"Krško","Slovenia"),
  E("delegacijo avstrijskega grozda ACstyria Mobilitätscluster GmbH iz Gradca","2039-12-05",None,"Brežice","Slovenia"),
  E("Posavski energetski forum","2040-03-19",None,None,"Slovenia")],
 ["2040-01","2040-01-26","2040-01-24","2031","2034","2036","2040/2043","2039-12-05","2040-03-19","2039-10","2039-12"],
 ["Največja ovira za rast je pomanjkanje elektroinženirjev in monterjev",
  "Člani želijo več skupnih nastopov na sejmih v tujini",
  "Manjša podjetja potrebujejo pomoč pri prijavah na evropske razpise",
  "Sodelovanje s hrvaškimi partnerji je zanimivo za dve tretjini vprašanih"],
 pub="2040-01-26")
