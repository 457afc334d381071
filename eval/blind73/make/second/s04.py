exec(open('hdr.py').read())
C="Asociacija „Aukštaitijos mechatronikos klasteris“"
d={"doc":"panevezys-mechatronikos-klasteris-visuotinis-susirinkimas-2033.docx","source_url":None,"published_date":None,
"people":[P("Rasa Jankauskienė","valdybos pirmininkė","UAB „Nevėžio staklės“"),P("Mantas Žemaitis","projektų vadovas",C),P("Tomas Kazlauskas","Klasterio vadovas",C),
P("Algirdas Petrauskas","Buvęs valdybos pirmininkas",C),P("Marius Grigonis","narys","UAB „Pajuosčio hidraulika“"),P("Eglė Mickevičiūtė","narė","Panevėžio kolegija"),
P("Jolanta Vaitkevičiūtė-Liaudanskienė","Revizorė",C),P("Ignas Butkus","pirmininko pavaduotojas","AB „Aukštaitijos metalas“"),
P("Vilma Paulauskaitė","narė","Kauno technologijos universiteto Panevėžio fakultetas"),P("Darius Stankevičius","narys","UAB „Robotikos sprendimai“"),
P("Laura Kairytė-Baranauskienė","narė","VšĮ Panevėžio verslo konsultacinis centras"),P("Giedrė Rimkutė","atstovė","Inovacijų agentūra")],
"organisations":[O(C),O("Panevėžio kolegija"),O("UAB „Nevėžio staklės“"),O("UAB „Robotikos sprendimai“"),O("MB „Kodo dirbtuvės“"),O("Inovacijų agentūra"),
O("Panevėžio miesto savivaldybė"),O("UAB „Pajuosčio hidraulika“"),O("UAB „Rokiškio lazeriai“"),O("UAB „Baltec Antriebstechnik“"),O("AB „Aukštaitijos metalas“"),
O("Kauno technologijos universiteto Panevėžio fakultetas"),O("VšĮ Panevėžio verslo konsultacinis centras")],
"events":[E("VISUOTINIO NARIŲ SUSIRINKIMO","2033-04-21","2033-04-21","Panevėžys","Lithuania"),E("verslo misija į Tamperę","2032-05-09","2032-05-11","Tampere","Finland"),
E("Hanoverio mugė","2032-04","2032-04","Hannover","Germany"),E("valdybos posėdis","2033-03-08","2033-03-08",None,None),E("Pirmasis valdybos posėdis","2033-04-21","2033-04-21","Panevėžys","Lithuania"),
E("Baltijos mechatronikos forumas","2033-10-12","2033-10-13","Riga","Latvia"),E("klasterio vasaros susitikimas","2033-06-27","2033-06-27",None,None)],
"dates":["2033-04-21","2032","2032-05-09/2032-05-11","2032-04","2027","2033-09-01","2033-03-08","2033","2033/2036","2033/2037","2033-09-30","2033-06-15","2033-10-12/2033-10-13","2033-06-27"],
"key_messages":["Patvirtinti 2032 m. veiklos ataskaitą ir finansinių ataskaitų rinkinį","Patvirtinti 2033 m. biudžetą ir palikti nario mokestį nepakeistą","Išrinkti septynių narių valdybą 2033–2036 m. kadencijai","Patvirtinti klasterio strategiją 2033–2037 m.","Pavesti valdybai iki 2033 m. rugsėjo 30 d. parengti jaunųjų inžinierių stipendijų programą"]}
json.dump(d,open('panevezys-mechatronikos-klasteris-visuotinis-susirinkimas-2033.json','w'),ensure_ascii=False,indent=1)
