from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_agder_nordsjo_sluttrapport.pdf'
assert wd(2038,11,24)=='Wednesday' and wd(2038,11,25)=='Thursday' and wd(2038,12,14)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'GRØNN HAVN – Interreg Nordsjøregionen · Sluttrapport, sammendrag')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Side {d.page} av 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='GRØNN HAVN – sluttrapport', author='Agder fylkeskommune')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","GRØNN HAVN – grønne leverandørklynger i havnene rundt Nordsjøen"),
("b","Sammendrag av sluttrapporten til programsekretariatet"),
("s","Prosjektperiode: 1. september 2035 – 31. august 2038 · Ledende partner: Agder fylkeskommune, Kristiansand · Utarbeidet av: Ingrid Tveit Haugland (prosjektleder) og Øystein Brekke-Nilsen (økonomiansvarlig) · Levert 14. desember 2038"),
("h2","Bakgrunn"),
("b","Havnene rundt Nordsjøen skal bli utslippsfrie, men de små og mellomstore leverandørene i havnene – verft, elektrofirmaer, logistikkbedrifter – har ofte verken tid eller kompetanse til å ta del i omstillingen. GRØNN HAVN ble startet for å samle slike bedrifter i regionale leverandørklynger knyttet til fem havner: Kristiansand, Esbjerg, Aberdeen, Den Helder og Bremerhaven. Prosjektet ble finansiert av Interreg Nordsjøregionen med til sammen 3,6 millioner euro."),
("b","Partnerskapet besto av ni partnere: Agder fylkeskommune (ledende partner), NCE Eyde, Universitetet i Agder, Kristiansand Havn KF, Port Esbjerg, Energy Cluster Denmark, Opportunity North East Ltd (Aberdeen), Port of Den Helder og Maritimes Cluster Norddeutschland e.V."),
("h2","Hovedresultater"),
("b","• 143 leverandørbedrifter deltok i klyngeaktiviteter, 61 av dem fikk tilpasset rådgivning om landstrøm, batterier eller hydrogen.<br/>• Det ble gjennomført 11 piloter, blant annet en mobil landstrømsløsning i Kristiansand og en felles innkjøpsordning for hydrogen i Den Helder.<br/>• Universitetet i Agder utviklet et etterutdanningskurs i grønn havnelogistikk som 87 personer har fullført.<br/>• Fire nye regionale leverandørklynger er etablert og vil fortsette etter prosjektslutt.<br/>• Prosjektets nettside og verktøykasse for klyngeledere er oversatt til norsk, dansk, nederlandsk, tysk og engelsk og vil være tilgjengelig i minst fem år."),
("h2","Sluttkonferansen"),
("b","Sluttkonferansen ble holdt onsdag 24. og torsdag 25. november 2038 på Campus Grimstad ved Universitetet i Agder og samlet 190 deltakere. Konferansen ble åpnet av fylkesordfører Torhild Aas-Ravnås. Første dag avsluttet med en felles middag på Fjæreheia, andre dag med en befaring på Kristiansand Havn, der landstrømsanlegget ble vist fram av havnedirektør Magnus Solvang."),
]
p2 = [
("h2","Erfaringer"),
("b","Partnerne peker på tre forhold som har vært avgjørende: at havnene selv har vært med som partnere, at rådgivningen har vært gratis for bedriftene, og at klyngene har fått en fast kontaktperson i hver havn. Samtidig har prosjektet slitt med at de britiske partnerne fikk redusert finansiering i 2036, og med at to piloter ble forsinket på grunn av lange leveringstider for utstyr. Flere bedrifter oppga også at søknadsskjemaene for rådgivning var for omfattende, og skjemaet ble derfor forenklet etter det første året. Kommunikasjonen mellom partnerne fungerte best når havnene møttes fysisk; de digitale møtene ble ofte korte og formelle."),
("b","Dr. Katarzyna Wróblewska-Moe ved Universitetet i Agder, som har fulgt prosjektet med følgeevaluering, konkluderer med at bedriftene som deltok i pilotene, i gjennomsnitt økte sin omsetning innen grønne tjenester med 24 prosent."),
("h2","Anbefalinger"),
("b","1. Leverandørklyngene bør knyttes til havnenes egne investeringsplaner, slik at bedriftene vet hvilke anskaffelser som kommer"),
("b","2. Fylkeskommunene bør videreføre gratis rådgivning til små bedrifter i minst tre år etter prosjektslutt"),
("b","3. Havnene rundt Nordsjøen bør utveksle data om energibruk etter en felles standard"),
("b","4. Et nytt samarbeidsprosjekt bør inkludere havner i Østersjøen og utdanningsinstitusjoner på fagskolenivå"),
("h2","Videre arbeid"),
("b","NCE Eyde overtar ansvaret for den norske leverandørklyngen fra 1. januar 2039. Partnerne har sendt en ny søknad til Interreg Nordsjøregionen med frist 3. mars 2039. Neste felles møte er planlagt i Esbjerg i april 2039."),
("h2","Kontakt"),
("b","Ingrid Tveit Haugland, prosjektleder, Agder fylkeskommune, Tordenskjolds gate 65, Kristiansand · ingrid.haugland@agderfk.example.no"),
("s","Prosjektet er medfinansiert av Den europeiske union gjennom Interreg Nordsjøregionen. Innholdet er partnernes eget ansvar."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
A="Agder fylkeskommune"
gold(F,
 [P("Ingrid Tveit Haugland","prosjektleder",A),
  P("Øystein Brekke-Nilsen","økonomiansvarlig",A),
  P("Torhild Aas-Ravnås","fylkesordfører",None),
  P("Magnus Solvang","havnedirektør","Kristiansand Havn KF"),
  P("Katarzyna Wróblewska-Moe",None,"Universitetet i Agder")],
 [O(A), O("NCE Eyde"), O("Universitetet i Agder"), O("Kristiansand Havn KF"), O("Port Esbjerg"),
  O("Energy Cluster Denmark"), O("Opportunity North East Ltd"), O("Port of Den Helder"),
  O("Maritimes Cluster Norddeutschland e.V.")],
 [E("Sluttkonferansen","2038-11-24","2038-11-25","Grimstad","Norway"),
  E("felles middag","2038-11-24",None,None,None),
  E("befaring på Kristiansand Havn","2038-11-25",None,"Kristiansand","Norway"),
  E("felles møte","2039-04",None,"Esbjerg","Denmark")],
 ["2035-09-01/2038-08-31","2038-12-14","2038-11-24/2038-11-25","2036","2039-01-01","2039-03-03","2039-04"],
 ["143 leverandørbedrifter deltok i klyngeaktiviteter, 61 av dem fikk tilpasset rådgivning om landstrøm, batterier eller hydrogen",
  "Det ble gjennomført 11 piloter, blant annet en mobil landstrømsløsning i Kristiansand og en felles innkjøpsordning for hydrogen i Den Helder",
  "Universitetet i Agder utviklet et etterutdanningskurs i grønn havnelogistikk som 87 personer har fullført",
  "Fire nye regionale leverandørklynger er etablert og vil fortsette etter prosjektslutt",
  "Prosjektets nettside og verktøykasse for klyngeledere er oversatt til norsk, dansk, nederlandsk, tysk og engelsk og vil være tilgjengelig i minst fem år",
  "Leverandørklyngene bør knyttes til havnenes egne investeringsplaner, slik at bedriftene vet hvilke anskaffelser som kommer",
  "Fylkeskommunene bør videreføre gratis rådgivning til små bedrifter i minst tre år etter prosjektslutt",
  "Havnene rundt Nordsjøen bør utveksle data om energibruk etter en felles standard",
  "Et nytt samarbeidsprosjekt bør inkludere havner i Østersjøen og utdanningsinstitusjoner på fagskolenivå"],
 pub="2038-12-14")
