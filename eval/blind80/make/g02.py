from h import *
import docx
F = 'g02_saarte_paadiklaster_liikmed.docx'
rows = [
 ("Baltic Workboats AS", "Nasva", "töölaevad, alumiiniumkered", "Jaanus Kõrvits, juhatuse liige"),
 ("Saare Komposiit OÜ", "Kuressaare", "komposiitdetailid", "Kadri-Liis Sepp, tegevjuht"),
 ("Tehnomeri Paadid OÜ", "Orissaare", "mootorpaadid", "Andres Tamm, juhatuse esimees"),
 ("Ösel Yachts AS", "Kuressaare", "purjejahid", "Heiki Rebane, tootmisjuht"),
 ("Muhu Puupaat OÜ", "Liiva", "puitpaatide restaureerimine", "Mari-Ann Kask"),
 ("Roomassaare Sadam AS", "Kuressaare", "sadamateenused", "Priit Saar, juhatuse liige"),
 ("Nordic Marine Electrics OÜ", "Kuressaare", "laevaelektroonika", "Viktor Ivanov, arendusjuht"),
 ("Hiiu Merepuit OÜ", "Kärdla", "puitdetailid, sisustus", "Triinu Vahter"),
 ("Kuressaare Ametikool", "Kuressaare", "kutseõpe", "Ene Lepik, direktor"),
 ("TalTech Kuressaare Kolledž", "Kuressaare", "kõrgharidus, rakendusuuringud", "dr Martin Aruväli, direktor"),
 ("Saaremaa Vallavalitsus", "Kuressaare", "kohalik omavalitsus", "Liisa Pihl, arendusnõunik"),
 ("Merevaik Disain OÜ", "Tallinn", "tööstusdisain", "Kristjan Oja-Mäe"),
 ("Väinameri Liising AS", "Pärnu", "finantsteenused", "Riho Kuusk"),
 ("Pihtla Metall OÜ", "Pihtla", "metallitööd, keevitus", "Urmas Põld, omanik"),
 ("SA Saaremaa Ettevõtluse Arenduskeskus", "Kuressaare", "ettevõtlustugi", "Helen Mänd, juhataja"),
 ("Sõrve Veesõidukid OÜ", "Salme", "kalapaadid", "Tarmo Lõhmus"),
 ("Lääne Merekoolitus MTÜ", "Haapsalu", "meresõiduohutus, koolitus", "Kaja Rüütel"),
 ("Fiskars-Lind Marine Oy Eesti filiaal", "Kuressaare", "paadivarustus", "Anna-Maija Lindqvist"),
]
d = docx.Document()
d.add_heading('MTÜ Saarte Paadiehituse Klaster', 0)
d.add_paragraph('Liikmete nimekiri seisuga 15. jaanuar 2036')
d.add_paragraph('Kinnitatud juhatuse koosolekul 12. jaanuaril 2036. Koostaja: Kätlin Sepp-Rannu, klastri projektijuht.')
d.add_paragraph('Saarte Paadiehituse Klaster ühendab Saare-, Hiiu- ja Muhumaa paadiehitajaid, nende allhankijaid, koolitus- ja arendusasutusi ning kohalikke omavalitsusi. Klaster loodi 2030. aastal kaheksa ettevõtte algatusel ja on registreeritud mittetulundusühinguna. 2035. aasta jooksul võeti vastu neli uut liiget, üks liige (Kõiguste Paaditöökoda OÜ) lahkus seoses tegevuse lõpetamisega. Liikmeks saamise avaldusi menetleb juhatus, kes teeb otsuse hiljemalt järgmisel korralisel koosolekul.')
d.add_paragraph('Tabelis on toodud liikme ärinimi koos õigusliku vormiga, asukoht, tegevusvaldkond ja klastrisse määratud esindaja. Esindajate kontaktandmed on saadaval ainult liikmetele klastri siseveebis. Palume muudatustest teatada klastri büroole e-posti aadressil info@paadiklaster.example.ee.')
t = d.add_table(rows=1, cols=5)
t.style = 'Table Grid'
for i, h in enumerate(['Nr', 'Liige (ärinimi)', 'Asukoht', 'Valdkond', 'Esindaja']):
    t.rows[0].cells[i].text = h
for n, r in enumerate(rows, 1):
    c = t.add_row().cells
    c[0].text = str(n) + '.'
    for i, v in enumerate(r): c[i+1].text = v
d.add_paragraph('')
d.add_heading('Klastri juhtimine', 1)
d.add_paragraph('Klastri juhatusse kuuluvad üldkoosoleku poolt 7. mail 2035 kolmeks aastaks valitud Jaanus Kõrvits (juhatuse esimees), Kadri-Liis Sepp ja Priit Saar. Revisjonikomisjoni liikmed on Riho Kuusk ja Triinu Vahter. Klastri igapäevast tööd juhib tegevjuht Margus Kallaste, kes asus ametisse 1. septembril 2033. Tema eelkäija oli klastri asutaja Tiiu Laanemets, kes jätkab nõukoja liikmena.')
d.add_paragraph('Juhatus koguneb üldjuhul kord kuus, suvekuudel harvem. Järgmine korraline üldkoosolek toimub kolmapäeval, 14. mail 2036 Kuressaare Ametikooli aulas. Üldkoosoleku päevakorras on 2035. aasta majandusaasta aruande kinnitamine, 2036. aasta liikmemaksude määramine ning Saarte Paadiehituse Klastri arengukava 2036–2040 arutelu.')
d.add_heading('Liikmeskonna ülevaade', 1)
d.add_paragraph('Seisuga 15. jaanuar 2036 on klastril 18 liiget, neist 13 ettevõtet, kaks haridusasutust, üks kohalik omavalitsus, üks sihtasutus ja üks mittetulundusühing. Liikmesettevõtetes töötab kokku ligikaudu 1150 inimest ja nende ühine müügitulu oli 2035. aastal hinnanguliselt 142 miljonit eurot, millest üle 80 protsendi moodustas eksport Põhjamaadesse, Saksamaale ja Hollandisse. Kõige suurem on töölaevade ja alumiiniumkerede osakaal, kuid viimastel aastatel on kiiresti kasvanud elektriliste ja hübriidajamiga väikelaevade tootmine.')
d.add_paragraph('Uued liikmed 2035. aastal olid Nordic Marine Electrics OÜ, Merevaik Disain OÜ, Pihtla Metall OÜ ja Fiskars-Lind Marine Oy Eesti filiaal. Nende liitumine tugevdab eelkõige elektroonika, disaini ja metallitöö kompetentsi, mida klastri 2034. aastal tehtud kaardistus pidas kõige nõrgemaks lüliks. Liikmete ühisprojektid on koondatud kolme töörühma: rohelised ajamid, komposiitmaterjalide ringlussevõtt ning oskustööjõu koolitus koostöös Kuressaare Ametikooliga.')
d.add_heading('Märkused', 1)
d.add_paragraph('Liikmemaks sõltub ettevõtte käibest ja töötajate arvust; haridus- ja avalik-õiguslikud asutused maksavad fikseeritud tasu. Toetajaliikmetel (Saaremaa Vallavalitsus ja SA Saaremaa Ettevõtluse Arenduskeskus) ei ole üldkoosolekul hääleõigust, kuid nad võivad osaleda kõigis klastri tegevustes. Kolme liikme ühinemisavaldus on menetlemisel ja need liikmed lisatakse nimekirja pärast juhatuse otsust.')
d.add_paragraph('Liikmete andmed põhinevad liikmete endi esitatud teabel ja äriregistri väljavõtetel. Kui esindaja vahetub, palume uue esindaja nime, ametikoha ja kontaktandmed saata kahe nädala jooksul, et kutsed ja hääletusmaterjalid jõuaksid õigele inimesele. Isikuandmeid töödeldakse üksnes klastri tegevuse korraldamiseks.')
d.add_paragraph('Nimekirja uuendatakse kaks korda aastas, jaanuaris ja juulis. Eelmine versioon on dateeritud 10. juuliga 2035.')
d.add_paragraph('Klastri büroo: Tallinna 88, 93815 Kuressaare · tel +372 45 00 000 · www.paadiklaster.example.ee')
d.save(path(F))
ppl = [P("Jaanus Kõrvits", "juhatuse liige", "Baltic Workboats AS"), P("Kadri-Liis Sepp", "tegevjuht", "Saare Komposiit OÜ"),
 P("Andres Tamm", "juhatuse esimees", "Tehnomeri Paadid OÜ"), P("Heiki Rebane", "tootmisjuht", "Ösel Yachts AS"),
 P("Mari-Ann Kask", None, "Muhu Puupaat OÜ"), P("Priit Saar", "juhatuse liige", "Roomassaare Sadam AS"),
 P("Viktor Ivanov", "arendusjuht", "Nordic Marine Electrics OÜ"), P("Triinu Vahter", None, "Hiiu Merepuit OÜ"),
 P("Ene Lepik", "direktor", "Kuressaare Ametikool"), P("Martin Aruväli", "direktor", "TalTech Kuressaare Kolledž"),
 P("Liisa Pihl", "arendusnõunik", "Saaremaa Vallavalitsus"), P("Kristjan Oja-Mäe", None, "Merevaik Disain OÜ"),
 P("Riho Kuusk", None, "Väinameri Liising AS"), P("Urmas Põld", "omanik", "Pihtla Metall OÜ"),
 P("Helen Mänd", "juhataja", "SA Saaremaa Ettevõtluse Arenduskeskus"), P("Tarmo Lõhmus", None, "Sõrve Veesõidukid OÜ"),
 P("Kaja Rüütel", None, "Lääne Merekoolitus MTÜ"), P("Anna-Maija Lindqvist", None, "Fiskars-Lind Marine Oy Eesti filiaal"),
 P("Kätlin Sepp-Rannu", "projektijuht", "MTÜ Saarte Paadiehituse Klaster"),
 P("Margus Kallaste", "tegevjuht", "MTÜ Saarte Paadiehituse Klaster"),
 P("Tiiu Laanemets", "asutaja", "MTÜ Saarte Paadiehituse Klaster")]
orgs = [O("MTÜ Saarte Paadiehituse Klaster")] + [O(r[0]) for r in rows] + [O("Kõiguste Paaditöökoda OÜ")]
gold(F, ppl, orgs,
 [E("juhatuse koosolekul", "2036-01-12"), E("üldkoosoleku", "2035-05-07"),
  E("korraline üldkoosolek", "2036-05-14", None, "Kuressaare", "Estonia")],
 ["2036-01-15", "2036-01-12", "2030", "2035", "2034", "2035-05-07", "2033-09-01", "2036-05-14", "2036", "2036/2040", "2035-07-10"],
 [], pub="2036-01-15")
