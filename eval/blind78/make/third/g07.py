from w import *
t=open('g07.txt').read()
km=re.findall(r'közgyűlési határozat: (.*)$',t,re.M)
N='NyÉAK'; H_='Hungary'; NE='Nyíregyházi Egyetem'
save('g07',None,[
P('Baloghné dr. Szűcs Ildikó','főtitkár','SZSZBKIK'),P('Fazekas Gábor','elnök',NE),P('Kiss-Rácz Dorottya','jegyzőkönyvvezető',N),
P('Tóth Bálint','elnökségi tag','Nyírség-Alma Kft.'),P('Pappné Horváth Judit','jegyzőkönyv-hitelesítő','Rétköz Tésztaüzem Zrt.'),
P('Varga-Oláh Krisztina','klasztermenedzser',N),P('Szabó Levente','elnökségi tag','Tiszavasvári Konzervgyár Kft.'),
P('Oroszné Bodnár Erika',None,'Nyírbátori Sajtmanufaktúra Bt.'),P('Molnár Péter','elnök','Felügyelőbizottság'),
P('Lakatos-Szilágyi Anikó','alelnök','Szabolcsi Hűtőház Zrt.'),P('Gulyás Ferenc'),P('ifj. Kerekes János','elnökségi tag','Kerekes és Társa Bt.')],[
O('Nyírségi Élelmiszer-feldolgozó és Agrárinnovációs Klaszter Egyesület',N),O(NE),
O('Szabolcs-Szatmár-Bereg Vármegyei Kereskedelmi és Iparkamara','SZSZBKIK'),O('Nyírség-Alma Kft.'),O('Rétköz Tésztaüzem Zrt.'),O('Felügyelőbizottság'),
O('Magyar Klaszterek Szövetsége','MKSZ'),O('Tiszavasvári Konzervgyár Kft.'),O('Nyírbátori Sajtmanufaktúra Bt.'),O('Szabolcsi Hűtőház Zrt.'),
O('Kerekes és Társa Bt.'),O('Mátészalkai Pékség Kft.'),O('Nyírségi Méhészek Egyesülete')],[
E('rendes közgyűlés','2035-01-30',None,'Nyíregyháza',H_),E('Anuga','2033-10',None,'Köln','Germany'),E('SIAL','2034-11',None,'Párizs','France'),
E('Kelet-Magyarországi Élelmiszeripari Napok','2035-05-22','2035-05-23','Nyíregyháza',H_),E('következő rendes közgyűlés','2036-01-27',None,'Nyíregyháza',H_),
E('elnökség ülése','2035-03-05')],
['2035-01-30','2034','2035','2035/2039','2033-10','2034-11','2034-09','2035-05-22/2035-05-23','2036-01-27','2035-03-05'],km)
