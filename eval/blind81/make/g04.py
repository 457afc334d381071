from h import *
import docx
F = 'g04_viborg_agrotech_generalforsamling.docx'
assert wd(2034,4,25)=='Tuesday' and wd(2034,9,14)=='Thursday' and wd(2035,4,24)=='Tuesday'
d = docx.Document()
d.add_heading('Referat af ordinær generalforsamling', level=1)
paras1 = [
"AgroTech Klynge Midtjylland – foreningen for landbrugs- og fødevareteknologi i Viborg-området",
"Tirsdag den 25. april 2034 kl. 16.00–18.30, Foulum Innovationscenter, Blichers Allé 20, 8830 Tjele",
"Til stede: 47 stemmeberettigede medlemmer (heraf 9 ved fuldmagt), klyngens sekretariat samt to gæster fra Region Midtjylland. Referent: Line Haugaard Thomsen, sekretariatet.",
]
for p in paras1: d.add_paragraph(p)
d.add_heading('Dagsorden', level=2)
for i, p in enumerate(["Valg af dirigent","Bestyrelsens beretning for 2033","Fremlæggelse og godkendelse af revideret regnskab","Budget og kontingent for 2035","Indkomne forslag","Valg af bestyrelsesmedlemmer og suppleanter","Valg af revisor","Eventuelt"], 1):
    d.add_paragraph(f"{i}. {p}")
d.add_heading('Ad 1. Valg af dirigent', level=2)
d.add_paragraph("Bestyrelsen foreslog advokat Niels Erik Dahlgaard, Dahlgaard & Vinther Advokatpartnerselskab, som blev valgt. Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt den 28. marts 2034, dvs. med mindst fire ugers varsel, og dermed beslutningsdygtig.")
d.add_heading('Ad 2. Bestyrelsens beretning', level=2)
d.add_paragraph("Formand Mette Kjærsgaard Holm, adm. direktør i Kjærsgaard Maskinfabrik A/S, aflagde beretning. Klyngen er vokset fra 96 til 118 medlemmer i 2033. Året bød på to store projekter: robotlugning i økologiske grøntsager sammen med Aarhus Universitet, Institut for Agroøkologi, og et demonstrationsforløb om biogas og gødningsseparation med Viborg Kommune og Energi Viborg A/S. Klyngen har desuden fået en plads i det nationale netværk Danske Klynger for Agro- og Fødevareteknologi. Formanden takkede sekretariatschef Jakob Bruun-Lauridsen og hans fem medarbejdere for et travlt år.")
d.add_paragraph("Fra salen spurgte Peter Hvidtfeldt (Hvidtfeldt Planteavl I/S) til mulighederne for mindre landbrug. Sekretariatschefen oplyste, at et nyt rådgivningsforløb for bedrifter under 100 hektar starter i efteråret. Beretningen blev taget til efterretning.")
d.add_heading('Ad 3. Regnskab', level=2)
d.add_paragraph("Kasserer Ahmad Rahimi, økonomichef i Nordvestjysk Foderstof amba, gennemgik årsregnskabet for 2033 med et overskud på 212.400 kr. og en egenkapital på 1,9 mio. kr. Regnskabet er revideret af Beierholm Statsautoriseret Revisionspartnerselskab uden forbehold. Regnskabet blev godkendt enstemmigt.")
d.add_heading('Ad 4. Budget og kontingent', level=2)
d.add_paragraph("Bestyrelsens forslag om uændret kontingent (2.500 kr. for virksomheder under 10 ansatte, 7.500 kr. for øvrige virksomheder) blev vedtaget. Budgettet for 2035 blev taget til efterretning.")
d.add_heading('Ad 5. Indkomne forslag', level=2)
d.add_paragraph("Bestyrelsen havde stillet forslag om en vedtægtsændring, så uddannelsesinstitutioner kan blive fuldgyldige medlemmer med stemmeret. Forslaget blev vedtaget med 44 stemmer for, 2 imod og 1 blank.")
d.add_heading('Ad 6. Valg til bestyrelsen', level=2)
d.add_paragraph("På valg var Mette Kjærsgaard Holm, Søren Østergaard Kirk og Anne-Sofie Bach Lindholm. Søren Østergaard Kirk ønskede ikke genvalg; formanden takkede ham for seks år i bestyrelsen, heraf fire som næstformand. Bestyrelsen konstituerede sig umiddelbart efter generalforsamlingen og ser herefter således ud:")
rows = [("Navn","Virksomhed / institution","Rolle i bestyrelsen","Valgt til"),
("Mette Kjærsgaard Holm","Kjærsgaard Maskinfabrik A/S","Formand","2036 (genvalgt)"),
("Anne-Sofie Bach Lindholm","Viborg Gartneri ApS","Næstformand","2036 (genvalgt)"),
("Ahmad Rahimi","Nordvestjysk Foderstof amba","Kasserer","2035"),
("Prof. Karin de Neergaard","Aarhus Universitet, Institut for Agroøkologi","Bestyrelsesmedlem","2035"),
("Lars-Ole Juul Skovgaard","Skovgaard Agri Robotics ApS","Bestyrelsesmedlem","2036 (nyvalgt)"),
("Birgitte Vestergaard Riis","Mercantec","Bestyrelsesmedlem","2035"),
("Tobias Aagaard","Viborg Kommune, Erhverv og Udvikling","Observatør (udpeget)","–")]
t = d.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
d.add_paragraph("Som suppleanter valgtes Maja Frederiksen-Ruiz (Frederiksen Frugt & Bær) og Kasper Ø. Thygesen (Thygesen Landbrugsrådgivning ApS).")
d.add_heading('Ad 7. Valg af revisor', level=2)
d.add_paragraph("Beierholm blev genvalgt som revisor.")
d.add_heading('Ad 8. Eventuelt', level=2)
d.add_paragraph("Klyngens Høstmøde og teknologidag holdes torsdag den 14. september 2034 på Foulum. Anne-Sofie Bach Lindholm opfordrede medlemmerne til at deltage i studieturen til Agritechnica i Hannover i november 2034; tilmelding til sekretariatet senest 1. juni 2034.")
d.add_paragraph("Karin de Neergaard orienterede om to nye erhvervs-ph.d.-projekter om sensorer til jordfugt, som universitetet gerne vil gennemføre sammen med medlemsvirksomheder. Interesserede kan kontakte hende direkte. Endelig blev det aftalt, at sekretariatet udsender en kort spørgeskemaundersøgelse om medlemmernes behov for kompetenceudvikling inden sommerferien, så resultaterne kan indgå i bestyrelsens arbejdsplan for det kommende år.")
d.add_heading('Beslutninger', level=2)
for p in ["Årsregnskabet for 2033 blev godkendt",
          "Kontingentet fastholdes uændret for 2035",
          "Uddannelsesinstitutioner kan optages som fuldgyldige medlemmer med stemmeret",
          "Lars-Ole Juul Skovgaard blev nyvalgt til bestyrelsen, og Beierholm blev genvalgt som revisor"]:
    d.add_paragraph(p, style='List Bullet')
d.add_paragraph("Næste ordinære generalforsamling afholdes tirsdag den 24. april 2035.")
d.add_paragraph("Viborg, den 2. maj 2034")
d.add_paragraph("Niels Erik Dahlgaard, dirigent                Line Haugaard Thomsen, referent")
d.save(path(F))
gold(F,
 [P("Line Haugaard Thomsen","referent","AgroTech Klynge Midtjylland"),
  P("Niels Erik Dahlgaard","dirigent","Dahlgaard & Vinther Advokatpartnerselskab"),
  P("Mette Kjærsgaard Holm","Formand","AgroTech Klynge Midtjylland"),
  P("Jakob Bruun-Lauridsen","sekretariatschef","AgroTech Klynge Midtjylland"),
  P("Peter Hvidtfeldt",None,"Hvidtfeldt Planteavl I/S"),
  P("Ahmad Rahimi","Kasserer","AgroTech Klynge Midtjylland"),
  P("Søren Østergaard Kirk","næstformand","AgroTech Klynge Midtjylland"),
  P("Anne-Sofie Bach Lindholm","Næstformand","AgroTech Klynge Midtjylland"),
  P("Karin de Neergaard","Bestyrelsesmedlem","AgroTech Klynge Midtjylland"),
  P("Lars-Ole Juul Skovgaard","Bestyrelsesmedlem","AgroTech Klynge Midtjylland"),
  P("Birgitte Vestergaard Riis","Bestyrelsesmedlem","AgroTech Klynge Midtjylland"),
  P("Tobias Aagaard","Observatør (udpeget)","Viborg Kommune, Erhverv og Udvikling"),
  P("Maja Frederiksen-Ruiz","suppleant","AgroTech Klynge Midtjylland"),
  P("Kasper Ø. Thygesen","suppleant","AgroTech Klynge Midtjylland")],
 [O("AgroTech Klynge Midtjylland"), O("Region Midtjylland"),
  O("Dahlgaard & Vinther Advokatpartnerselskab"), O("Kjærsgaard Maskinfabrik A/S"),
  O("Aarhus Universitet"), O("Institut for Agroøkologi"), O("Viborg Kommune"), O("Energi Viborg A/S"),
  O("Danske Klynger for Agro- og Fødevareteknologi"), O("Hvidtfeldt Planteavl I/S"),
  O("Nordvestjysk Foderstof amba"), O("Beierholm Statsautoriseret Revisionspartnerselskab"),
  O("Viborg Gartneri ApS"), O("Skovgaard Agri Robotics ApS"), O("Mercantec"),
  O("Erhverv og Udvikling"), O("Frederiksen Frugt & Bær"), O("Thygesen Landbrugsrådgivning ApS")],
 [E("ordinær generalforsamling","2034-04-25",None,"Tjele","Denmark"),
  E("Høstmøde og teknologidag","2034-09-14",None,None,None),
  E("studieturen til Agritechnica","2034-11",None,"Hannover","Germany"),
  E("Agritechnica","2034-11",None,"Hannover","Germany"),
  E("Næste ordinære generalforsamling","2035-04-24",None,None,None)],
 ["2034-04-25","2033","2035","2034-03-28","2036","2034-09-14","2034-11","2034-06-01","2035-04-24","2034-05-02"],
 ["Årsregnskabet for 2033 blev godkendt","Kontingentet fastholdes uændret for 2035",
  "Uddannelsesinstitutioner kan optages som fuldgyldige medlemmer med stemmeret",
  "Lars-Ole Juul Skovgaard blev nyvalgt til bestyrelsen, og Beierholm blev genvalgt som revisor"], "2034-05-02")
