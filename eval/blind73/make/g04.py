from h import *
import docx
F = 'panevezys-mechatronikos-klasteris-visuotinis-susirinkimas-2033.docx'
d = docx.Document()
paras = []
def p(t, style=None):
    d.add_paragraph(t, style=style) if style else d.add_paragraph(t)
p('Asociacija „Aukštaitijos mechatronikos klasteris“', 'Title')
p('VISUOTINIO NARIŲ SUSIRINKIMO SANTRAUKA')
p(f'2033 m. balandžio 21 d. ({wd(2033,4,21,"lt")[:-1]}is), Panevėžys')
p('Vieta: Panevėžio kolegijos Technologijų fakulteto aktų salė, Klaipėdos g. 3, Panevėžys. Pradžia 14.00 val., pabaiga 17.15 val.')
p('Susirinkime dalyvavo 31 iš 42 asociacijos narių (tiesiogiai arba per įgaliotinius), todėl kvorumas buvo. Susirinkimo pirmininke išrinkta UAB „Nevėžio staklės“ direktorė Rasa Jankauskienė, sekretoriumi – klasterio projektų vadovas Mantas Žemaitis.')
p('1. Valdybos ir klasterio vadovo ataskaita', 'Heading 2')
p('Klasterio vadovas dr. Tomas Kazlauskas pristatė 2032 m. veiklos ataskaitą. Per metus į klasterį įstojo šeši nauji nariai, tarp jų UAB „Robotikos sprendimai“ ir MB „Kodo dirbtuvės“. Klasteris koordinavo tris bendrus eksporto projektus, surengė 11 mokymų ir dvi verslo misijas – į Tamperę (Suomija) 2032 m. gegužės 9–11 d. ir į Hanoverio mugę 2032 m. balandžio mėn. Bendra narių apyvarta pirmą kartą viršijo 180 mln. eurų.')
p('Vadovas padėkojo Inovacijų agentūrai už paramą. Panevėžio miesto savivaldybė klasterį remia nuo pat įkūrimo. Buvęs valdybos pirmininkas Algirdas Petrauskas po šešerių metų nusprendė nebekandidatuoti, todėl susirinkimas jam padėkojo plojimais. „Algirdas buvo tas žmogus, kuris 2027-aisiais pirmasis pakvietė konkurentus prie vieno stalo“, – sakė T. Kazlauskas.')
p('Diskusijoje dėl ataskaitos UAB „Pajuosčio hidraulika“ gamybos direktorius Marius Grigonis atkreipė dėmesį, kad mažesnėms įmonėms vis dar sunku dalyvauti bendruose eksporto projektuose dėl apyvartinių lėšų trūkumo. Jis pasiūlė valdybai išnagrinėti galimybę kartu su bankais parengti bendrą garantijų schemą. Kolegijos atstovė Eglė Mickevičiūtė pranešė, kad 2033 m. rugsėjo 1 d. pradedama nauja mechatronikos inžinerijos studijų programa, kurioje praktiką atliks klasterio įmonėse; pirmajam srautui numatyta 25 vietos. Valdyba buvo paprašyta iki vasaros pabaigos surinkti įmonių pasiūlymus dėl praktikos vietų.')
p('Susirinkimas taip pat patvirtino dviejų naujų narių – UAB „Rokiškio lazeriai“ ir Lietuvos ir Vokietijos UAB „Baltec Antriebstechnik“ – priėmimą, kurį valdyba buvo preliminariai patvirtinusi 2033 m. kovo 8 d. posėdyje. Abiejų įmonių atstovai trumpai prisistatė: „Rokiškio lazeriai“ specializuojasi lazeriniame metalo pjovime ir suvirinime, o „Baltec Antriebstechnik“ Panevėžio laisvojoje ekonominėje zonoje gamina elektros pavarų komponentus Vokietijos automobilių pramonei. Po šio sprendimo asociacija vienija 44 narius.')
p('2. Finansinės atskaitomybės tvirtinimas', 'Heading 2')
p('Revizorė Jolanta Vaitkevičiūtė-Liaudanskienė pristatė revizijos išvadą. Susirinkimas vienbalsiai patvirtino 2032 m. finansinių ataskaitų rinkinį ir 2033 m. biudžetą (412 000 Eur). Nario mokestis 2033 m. nekeičiamas.')
p('3. Valdybos rinkimai', 'Heading 2')
p('Pagal įstatus valdyba renkama trejiems metams. Į septynias vietas buvo pasiūlyti devyni kandidatai. Slaptu balsavimu išrinkta valdyba 2033–2036 m. kadencijai. Pirmajame valdybos posėdyje, vykusiame iš karto po susirinkimo, valdybos pirmininke išrinkta Rasa Jankauskienė, pavaduotoju – Ignas Butkus.')
t = d.add_table(rows=1, cols=3)
t.style = 'Table Grid'
h = t.rows[0].cells; h[0].text='Vardas, pavardė'; h[1].text='Pareigos valdyboje'; h[2].text='Atstovaujama organizacija'
rows = [('Rasa Jankauskienė','valdybos pirmininkė','UAB „Nevėžio staklės“'),
 ('Ignas Butkus','pirmininko pavaduotojas','AB „Aukštaitijos metalas“'),
 ('doc. dr. Vilma Paulauskaitė','narė','Kauno technologijos universiteto Panevėžio fakultetas'),
 ('Darius Stankevičius','narys','UAB „Robotikos sprendimai“'),
 ('Eglė Mickevičiūtė','narė','Panevėžio kolegija'),
 ('Marius Grigonis','narys','UAB „Pajuosčio hidraulika“'),
 ('Laura Kairytė-Baranauskienė','narė','VšĮ Panevėžio verslo konsultacinis centras')]
for r in rows:
    c = t.add_row().cells
    for i,v in enumerate(r): c[i].text = v
p('')
p('Revizore dar vieneriems metams perrinkta Jolanta Vaitkevičiūtė-Liaudanskienė.')
p('4. Strategijos 2033–2037 tvirtinimas', 'Heading 2')
p('Strateginės grupės vadovė doc. dr. Vilma Paulauskaitė pristatė klasterio strategijos projektą. Diskusijoje narės ir nariai pabrėžė kvalifikuotų darbuotojų trūkumą ir būtinybę stiprinti bendradarbiavimą su Latvijos ir Lenkijos klasteriais. Strategija patvirtinta 29 balsais „už“, 2 susilaikius.')
p('Susirinkimo nutarimai', 'Heading 2')
for k in ['Patvirtinti 2032 m. veiklos ataskaitą ir finansinių ataskaitų rinkinį',
          'Patvirtinti 2033 m. biudžetą ir palikti nario mokestį nepakeistą',
          'Išrinkti septynių narių valdybą 2033–2036 m. kadencijai',
          'Patvirtinti klasterio strategiją 2033–2037 m.',
          'Pavesti valdybai iki 2033 m. rugsėjo 30 d. parengti jaunųjų inžinierių stipendijų programą']:
    p(k, 'List Bullet')
p('5. Kiti klausimai', 'Heading 2')
p('Inovacijų agentūros atstovė Giedrė Rimkutė informavo apie kvietimą teikti paraiškas klasterių tarptautiškumo priemonei, kurio pabaiga – 2033 m. birželio 15 d. Klasterio vadovas pakvietė narius į Baltijos mechatronikos forumą, kuris vyks 2033 m. spalio 12–13 d. Rygoje, ir į klasterio vasaros susitikimą Pajuosčio dvare birželio 27 d.')
p('Susirinkimo protokolas ir balsavimo rezultatai išsiųsti nariams el. paštu; protokolo originalas saugomas asociacijos buveinėje.')
p('Susirinkimo pirmininkė Rasa Jankauskienė            Sekretorius Mantas Žemaitis')
d.save(os.path.join(B,'docs',F))
gold(F, [P('Rasa Jankauskienė','valdybos pirmininkė','Asociacija „Aukštaitijos mechatronikos klasteris“'), P('Mantas Žemaitis','projektų vadovas','Asociacija „Aukštaitijos mechatronikos klasteris“'),
 P('Tomas Kazlauskas','Klasterio vadovas','Asociacija „Aukštaitijos mechatronikos klasteris“'), P('Algirdas Petrauskas','Buvęs valdybos pirmininkas',None),
 P('Jolanta Vaitkevičiūtė-Liaudanskienė','Revizorė',None), P('Ignas Butkus','pirmininko pavaduotojas','Asociacija „Aukštaitijos mechatronikos klasteris“'),
 P('Vilma Paulauskaitė','narė','Asociacija „Aukštaitijos mechatronikos klasteris“'), P('Darius Stankevičius','narys','Asociacija „Aukštaitijos mechatronikos klasteris“'),
 P('Eglė Mickevičiūtė','narė','Asociacija „Aukštaitijos mechatronikos klasteris“'), P('Marius Grigonis','gamybos direktorius','UAB „Pajuosčio hidraulika“'),
 P('Laura Kairytė-Baranauskienė','narė','Asociacija „Aukštaitijos mechatronikos klasteris“'), P('Giedrė Rimkutė','atstovė','Inovacijų agentūra')],
 [O('Asociacija „Aukštaitijos mechatronikos klasteris“'), O('Panevėžio kolegija'), O('UAB „Nevėžio staklės“'), O('UAB „Robotikos sprendimai“'),
  O('MB „Kodo dirbtuvės“'), O('Panevėžio miesto savivaldybė'), O('Inovacijų agentūra'), O('AB „Aukštaitijos metalas“'),
  O('Kauno technologijos universiteto Panevėžio fakultetas'), O('UAB „Pajuosčio hidraulika“'), O('VšĮ Panevėžio verslo konsultacinis centras'), O('UAB „Rokiškio lazeriai“'), O('UAB „Baltec Antriebstechnik“')],
 [E('visuotinis narių susirinkimas','2033-04-21','2033-04-21','Panevėžys','Lithuania'), E('verslo misija į Tamperę','2032-05-09','2032-05-11','Tamperę','Finland'),
  E('Hanoverio mugė','2032-04','2032-04',None,'Germany'), E('Baltijos mechatronikos forumas','2033-10-12','2033-10-13','Rygoje','Latvia'),
  E('klasterio vasaros susitikimas','2033-06-27','2033-06-27',None,'Lithuania'), E('valdybos posėdis','2033-03-08','2033-03-08',None,None), E('pirmasis valdybos posėdis','2033-04-21','2033-04-21','Panevėžys','Lithuania')],
 ['2033-04-21','2032','2032-05-09/2032-05-11','2032-04','2027','2033','2033/2036','2033/2037','2033-09-30','2033-06-15','2033-10-12/2033-10-13','2033-06-27','2033-09-01','2033-03-08'],
 km=['Patvirtinti 2032 m. veiklos ataskaitą ir finansinių ataskaitų rinkinį','Patvirtinti 2033 m. biudžetą ir palikti nario mokestį nepakeistą',
     'Išrinkti septynių narių valdybą 2033–2036 m. kadencijai','Patvirtinti klasterio strategiją 2033–2037 m.',
     'Pavesti valdybai iki 2033 m. rugsėjo 30 d. parengti jaunųjų inžinierių stipendijų programą'], pub='2033-04-21')
