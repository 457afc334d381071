from h import *
import docx
F = 'g08_kristianstad_forstudie_sammanfattning.docx'
assert wd(2036,9,10)=='Wednesday' and wd(2036,10,8)=='Wednesday' and wd(2036,11,12)=='Wednesday'
paras = [
("h","Förstudie: Ett livsmedelskluster för Skåne Nordost"),
("p","Sammanfattning av slutrapporten · Kristianstad, 24 september 2036 · Dnr 2036/118"),
("p","Beställare: Kristianstads kommun och Hässleholms kommun, med medfinansiering från Region Skåne. Genomförd av Krinova AB i samarbete med Högskolan Kristianstad."),
("h2","1. Bakgrund och syfte"),
("p","Nordöstra Skåne har en av Sveriges tätaste koncentrationer av livsmedelsföretag: potatis- och grönsaksodling, kvarnar, bryggerier, spritproduktion och förpackningsindustri. Samtidigt saknas en gemensam organisation som samlar företagen kring innovation, kompetens och export. Förstudien skulle svara på frågan om det finns underlag och intresse för ett formellt livsmedelskluster, och i så fall hur det bör organiseras och finansieras."),
("p","Arbetet pågick från februari till augusti 2036. Projektledare var Johanna Lindqvist-Mbeki, innovationsrådgivare på Krinova AB, med stöd av docent Per-Olof Hallengren, Högskolan Kristianstad, och analytikern Emir Hadžić."),
("h2","2. Genomförande"),
("p","Förstudien bygger på en enkät till 214 företag (svarsfrekvens 38 procent), 31 intervjuer och två dialogmöten. Det första dialogmötet hölls i Hässleholm den 2 juni 2036 med 46 deltagare, det andra i Kristianstad onsdagen den 10 september 2036, där preliminära slutsatser diskuterades med företag och offentliga aktörer. Dessutom gjordes en studieresa till Food Valley i Wageningen och till Agro Food Park i Aarhus."),
("p","Enkäten visar att de flesta företag är små: 61 procent har färre än tio anställda, och bara nio företag har fler än 250. Nästan hälften av företagen exporterar, främst till Danmark och Tyskland. Bland de stora aktörerna som deltog i intervjuerna fanns Absolut Company i Åhus, Lantmännen Cerealia och potatisförädlaren Nordic Root Foods AB i Tollarp. Flera intervjuade lyfte fram att samarbetet med Högskolan Kristianstad fungerar bra för större företag, men att mindre företag inte vet vem de ska ringa."),
("p","Under studieresan till Nederländerna och Danmark träffade gruppen företrädare för klusterorganisationerna och lärde sig hur de finansieras. I båda fallen står medlemsföretagen för en växande del av budgeten, och klustren har byggt upp betaltjänster inom bland annat test, utbildning och exportfrämjande."),
("h2","3. Slutsatser"),
("p","Utredarna drar följande slutsatser:"),
("p","• Det finns ett tydligt intresse: 72 procent av de svarande företagen vill delta i ett kluster, men bara en av fem är beredd att betala en medlemsavgift över 10 000 kronor per år"),
("p","• Företagens viktigaste gemensamma behov är kompetensförsörjning, energieffektivisering och tillgång till testmiljöer"),
("p","• Befintliga aktörer som Krinova, Almi Skåne och Livsmedelsakademin erbjuder redan delar av stödet, men företagen upplever utbudet som splittrat"),
("p","• Ett kluster måste ha en egen, tydlig identitet för att inte uppfattas som ytterligare ett projekt"),
("h2","4. Rekommendationer"),
("p","1. Bilda en ekonomisk förening, Livsmedelskluster Skåne Nordost, med företagen som majoritetsägare"),
("p","2. Säkra en basfinansiering för tre år från kommunerna och Region Skåne, med målet att medlemsavgifter och tjänster ska stå för minst 40 procent år 2039"),
("p","3. Anställ en klusterledare på heltid med placering hos Krinova i Kristianstad"),
("p","4. Starta med två insatsområden: kompetens och energi"),
("h2","5. Föreslagen tidplan"),
("t",[["Aktivitet","Tid"],["Beslut i kommunstyrelserna","oktober–november 2036"],["Konstituerande stämma","januari 2037"],["Rekrytering av klusterledare","februari–april 2037"],["Första medlemsmöte","maj 2037"]]),
("h2","6. Fortsatt hantering"),
("p","Rapporten presenterades för Kristianstads kommunstyrelses arbetsutskott onsdagen den 8 oktober 2036. Kommunstyrelsens ordförande, Magnus Åkesson Rydh, välkomnade förslaget men underströk att ”klustret måste bäras av företagen, inte av kommunen”. Hässleholms kommun behandlar ärendet den 12 november 2036. Om båda kommunerna fattar positiva beslut kan föreningen bildas vid årsskiftet, och de första medlemmarna väntas kunna anmäla sig redan under december. Region Skåne har signalerat att ansökan om basfinansiering kan behandlas under våren 2037."),
("p","Kontaktperson: Johanna Lindqvist-Mbeki, Krinova AB, Stridsvagnsvägen 14, Kristianstad, johanna@krinova.example.se"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="t":
        tb=d.add_table(rows=len(t),cols=2)
        for i,row in enumerate(t):
            for j,c in enumerate(row): tb.cell(i,j).text=c
    else: d.add_paragraph(t)
d.save(path(F))
gold(F,
 [P("Johanna Lindqvist-Mbeki","innovationsrådgivare","Krinova AB"),
  P("Per-Olof Hallengren","docent","Högskolan Kristianstad"),
  P("Emir Hadžić","analytikern",None),
  P("Magnus Åkesson Rydh","Kommunstyrelsens ordförande","Kristianstads kommun")],
 [O("Kristianstads kommun"), O("Hässleholms kommun"), O("Region Skåne"), O("Krinova AB"),
  O("Högskolan Kristianstad"), O("Food Valley"), O("Agro Food Park"), O("Almi Skåne"), O("Livsmedelsakademin"), O("Absolut Company"), O("Lantmännen Cerealia"), O("Nordic Root Foods AB")],
 [E("dialogmöte","2036-06-02",None,"Hässleholm","Sweden"),
  E("dialogmöte","2036-09-10",None,"Kristianstad","Sweden"),
  E("studieresa till Food Valley i Wageningen och till Agro Food Park i Aarhus",None,None,"Wageningen, Aarhus",None),
  E("Konstituerande stämma","2037-01",None,None,None),
  E("Första medlemsmöte","2037-05",None,None,None),
  E("Kristianstads kommunstyrelses arbetsutskott","2036-10-08",None,None,None)],
 ["2036-09-24","2036-02/2036-08","2036-06-02","2036-09-10","2039","2036-10/2036-11","2037-01","2037-02/2037-04","2037-05","2036-10-08","2036-11-12","2036-12","2037"],
 ["Det finns ett tydligt intresse: 72 procent av de svarande företagen vill delta i ett kluster, men bara en av fem är beredd att betala en medlemsavgift över 10 000 kronor per år",
  "Företagens viktigaste gemensamma behov är kompetensförsörjning, energieffektivisering och tillgång till testmiljöer",
  "Befintliga aktörer som Krinova, Almi Skåne och Livsmedelsakademin erbjuder redan delar av stödet, men företagen upplever utbudet som splittrat",
  "Ett kluster måste ha en egen, tydlig identitet för att inte uppfattas som ytterligare ett projekt",
  "Bilda en ekonomisk förening, Livsmedelskluster Skåne Nordost, med företagen som majoritetsägare",
  "Säkra en basfinansiering för tre år från kommunerna och Region Skåne, med målet att medlemsavgifter och tjänster ska stå för minst 40 procent år 2039",
  "Anställ en klusterledare på heltid med placering hos Krinova i Kristianstad",
  "Starta med två insatsområden: kompetens och energi"],
 pub="2036-09-24")
