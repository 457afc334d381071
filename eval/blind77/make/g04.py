from h import *
import docx
F = 'norrbotten-processindustri-arsmote-2034-sammanfattning.docx'
assert wd(2034,4,19)=='Wednesday'
d = docx.Document()
paras = []
def p(t, style=None):
    d.add_paragraph(t, style=style) if style else d.add_paragraph(t)
p('Sammanfattning av årsmötet 2034', 'Title')
p('Föreningen Processindustrin i Norrbotten (PiN) – ekonomisk förening')
p('Datum: onsdagen den 19 april 2034, kl. 13.00–16.30')
p('Plats: Luleå tekniska universitet, Aula Aurora, Luleå (deltagande även via Teams)')
p('Närvarande: 38 av 52 medlemsföretag, varav 9 via ombud. Därtill gäster från Region Norrbotten, Business Sweden och Vinnova.')
p('1. Mötets öppnande och val av funktionärer', 'Heading 1')
p('Styrelsens ordförande Ann-Sofie Lindqvist Björk (SSAB Luleå) hälsade välkommen och öppnade mötet. Till mötesordförande valdes Per-Olof Hedström, f.d. landshövding, och till mötessekreterare klustrets verksamhetsledare Jonna Pekkari. Till justerare valdes Mattias Wiklund (LKAB) och Sara Nilsson Kuoppa (Smurfit Westrock Piteå). Mötet förklarades behörigen utlyst; kallelsen skickades den 20 mars 2034.')
p('2. Verksamhetsberättelse och ekonomi för 2033', 'Heading 1')
p('Jonna Pekkari redovisade verksamhetsåret 2033. Klustret genomförde 41 aktiviteter, bland annat konferensen Norrbotten Green Steel Days i Luleå den 10–11 oktober 2033 med 420 deltagare, och en studieresa till Rotterdamsregionen i maj 2033. Sex nya medlemmar antogs under året. Omsättningen uppgick till 11,4 miljoner kronor och årets resultat till 212 000 kronor. Revisor Tomas Lundmark, auktoriserad revisor vid Norrlandsrevision AB, föredrog revisionsberättelsen och tillstyrkte ansvarsfrihet.')
p('3. Beslut', 'Heading 1')
for t in ['Årsmötet fastställde resultat- och balansräkningen för 2033.',
          'Årsmötet beviljade styrelsen ansvarsfrihet för verksamhetsåret 2033.',
          'Medlemsavgiften för 2035 fastställdes oförändrad till 6 000 kronor för företag med färre än 50 anställda och 25 000 kronor för övriga.',
          'Verksamhetsplanen 2034–2036 med fokus på vätgas, elektrifiering och kompetensförsörjning antogs.',
          'Stadgeändringen i § 9 (möjlighet till digitalt deltagande) antogs i andra läsningen.']:
    p(t, 'List Bullet')
p('4. Val av styrelse', 'Heading 1')
p('Valberedningen, genom dess sammankallande Kerstin Holmgren Åström, presenterade sitt förslag. Årsmötet valde styrelse enligt tabellen nedan. Avgående ledamoten Hans-Erik Rönnbäck (Boliden Rönnskär) avtackades med blommor för nio års arbete i styrelsen.')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i, h_ in enumerate(['Namn', 'Roll i styrelsen', 'Organisation', 'Mandatperiod']):
    t.rows[0].cells[i].text = h_
rows = [
 ('Ann-Sofie Lindqvist Björk', 'ordförande (omval)', 'SSAB Luleå', '2034–2036'),
 ('Mattias Wiklund', 'vice ordförande (nyval)', 'LKAB', '2034–2036'),
 ('Dr. Helena Stålnacke', 'ledamot (omval)', 'Luleå tekniska universitet', '2034–2035'),
 ('Jukka Vuorinen', 'ledamot (nyval)', 'Outokumpu Stainless AB', '2034–2036'),
 ('Sara Nilsson Kuoppa', 'ledamot (omval)', 'Smurfit Westrock Piteå', '2034–2035'),
 ('Emil Lejon', 'ledamot (nyval)', 'Hybrit Development AB', '2034–2036'),
 ('Maria Nordlander', 'suppleant', 'Piteå Science Park', '2034–2035'),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
p('')
p('Till revisor omvaldes Tomas Lundmark, Norrlandsrevision AB, med Lena Mäki som revisorssuppleant. Till valberedning inför årsmötet 2035 valdes Kerstin Holmgren Åström (sammankallande) och Anders Kemi (Swerim AB).')
p('5. Gästföredrag', 'Heading 1')
p('Efter förhandlingarna talade Dr. Ingrid van der Velde, programansvarig vid Europeiska kommissionens generaldirektorat för regional- och stadspolitik (GD REGIO), om fonden för en rättvis omställning och om hur Norrbottens kluster kan delta i EU:s partnerskap för industriell omställning. Därefter presenterade Niko Salmenkivi från Oulun kauppakamari samarbetet över gränsen inom Botniska vikens vätgaskorridor.')
p('6. Kommande aktiviteter', 'Heading 1')
p('Verksamhetsledaren informerade om höstens program: medlemsfrukost i Kiruna den 7 september 2034, Norrbotten Green Steel Days 2034 i Luleå den 17–18 oktober 2034, samt den gemensamma klusterdagen med Processum i Örnsköldsvik i november 2034.')
p('7. Övriga frågor', 'Heading 1')
p('Emil Lejon tog upp frågan om gemensam upphandling av fossilfri el för mindre medlemsföretag. Styrelsen fick i uppdrag att utreda frågan och återkomma till medlemmarna före sommaren. Jukka Vuorinen föreslog att klustret ska söka medlemskap i European Clusters Alliance (ECA); förslaget hänsköts till styrelsen. Helena Stålnacke informerade om att Luleå tekniska universitet startar en ny civilingenjörsutbildning i processmetallurgi hösten 2035 och efterlyste företag som vill ta emot sommarpraktikanter redan i juni 2034. Flera medlemmar betonade behovet av bostäder för nyanställda i Boden och Gällivare, där etableringarna går snabbare än bostadsbyggandet. Region Norrbottens representant Linnea Sarri lovade att ta med frågan till regionens näringslivsdirektör.')
p('8. Mötets avslutande', 'Heading 1')
p('Ordföranden tackade deltagarna, särskilt värdarna vid universitetet, och förklarade mötet avslutat kl. 16.25. Protokollet justeras senast den 3 maj 2034 och publiceras på medlemssidorna. Efter mötet bjöds på middag i Kulturens hus.')
p('Vid protokollet: Jonna Pekkari   Justeras: Mattias Wiklund, Sara Nilsson Kuoppa')
d.save(os.path.join(B, 'docs', F))
gold(F, [
 P("Ann-Sofie Lindqvist Björk", "ordförande", "SSAB Luleå"),
 P("Per-Olof Hedström", "mötesordförande", None),
 P("Jonna Pekkari", "verksamhetsledare", "Föreningen Processindustrin i Norrbotten"),
 P("Mattias Wiklund", "vice ordförande", "LKAB"),
 P("Sara Nilsson Kuoppa", "ledamot", "Smurfit Westrock Piteå"),
 P("Tomas Lundmark", "auktoriserad revisor", "Norrlandsrevision AB"),
 P("Kerstin Holmgren Åström", "sammankallande", None),
 P("Hans-Erik Rönnbäck", "Avgående ledamoten", "Boliden Rönnskär"),
 P("Helena Stålnacke", "ledamot", "Luleå tekniska universitet"),
 P("Jukka Vuorinen", "ledamot", "Outokumpu Stainless AB"),
 P("Emil Lejon", "ledamot", "Hybrit Development AB"),
 P("Maria Nordlander", "suppleant", "Piteå Science Park"),
 P("Lena Mäki", "revisorssuppleant", None),
 P("Anders Kemi", None, "Swerim AB"),
 P("Ingrid van der Velde", "programansvarig", "generaldirektorat för regional- och stadspolitik"),
 P("Linnea Sarri", None, "Region Norrbotten"),
 P("Niko Salmenkivi", None, "Oulun kauppakamari"),
],[
 O("Föreningen Processindustrin i Norrbotten","PiN"),
 O("Luleå tekniska universitet"),
 O("Region Norrbotten"), O("Business Sweden"), O("Vinnova"),
 O("SSAB Luleå"), O("LKAB"), O("Smurfit Westrock Piteå"),
 O("Norrlandsrevision AB"), O("Boliden Rönnskär"), O("Outokumpu Stainless AB"),
 O("Hybrit Development AB"), O("Piteå Science Park"), O("Swerim AB"),
 O("Europeiska kommissionens generaldirektorat för regional- och stadspolitik","GD REGIO"),
 O("Oulun kauppakamari"), O("Processum"),
 O("European Clusters Alliance","ECA"),
],[
 E("årsmötet 2034","2034-04-19","2034-04-19","Luleå","Sweden"),
 E("Norrbotten Green Steel Days","2033-10-10","2033-10-11","Luleå","Sweden"),
 E("studieresa till Rotterdamsregionen","2033-05","2033-05",None,None),
 E("medlemsfrukost","2034-09-07","2034-09-07","Kiruna","Sweden"),
 E("Norrbotten Green Steel Days 2034","2034-10-17","2034-10-18","Luleå","Sweden"),
 E("gemensamma klusterdagen med Processum","2034-11","2034-11","Örnsköldsvik","Sweden"),
 E("middag","2034-04-19","2034-04-19","Luleå","Sweden"),
],["2034-04-19","2034-03-20","2033","2033-10-10/2033-10-11","2033-05","2035","2034/2036","2034/2035","2034-09-07","2034-10-17/2034-10-18","2034-11","2034-05-03","2034-06"],[
 "Årsmötet fastställde resultat- och balansräkningen för 2033",
 "Årsmötet beviljade styrelsen ansvarsfrihet för verksamhetsåret 2033",
 "Medlemsavgiften för 2035 fastställdes oförändrad till 6 000 kronor för företag med färre än 50 anställda och 25 000 kronor för övriga",
 "Verksamhetsplanen 2034–2036 med fokus på vätgas, elektrifiering och kompetensförsörjning antogs",
 "Stadgeändringen i § 9 (möjlighet till digitalt deltagande) antogs i andra läsningen",
], pub=None)
