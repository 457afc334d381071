from h import *
F = 'trencin-klaster-konferencia-2033-sk.txt'
T = '''Domov > Aktuality > Podujatia

Považský strojársky klaster bilancoval 6. ročník konferencie STROJ-INOV v Trenčíne, siedmy ročník bude v Púchove

Publikované: 24. 10. 2033 | Autor: Redakcia PSK | Čas čítania: 4 min

Zdieľať: Facebook | LinkedIn | E-mail

V dňoch 18. – 19. októbra 2033 sa v priestoroch Výstaviska Expo Center v Trenčíne uskutočnil 6. ročník medzinárodnej konferencie STROJ-INOV 2033, ktorú každoročne organizuje Považský strojársky klaster (PSK) v spolupráci s Trenčianskou univerzitou Alexandra Dubčeka v Trenčíne a Trenčianskym samosprávnym krajom. Tohtoročná konferencia s podtitulom „Strojárstvo po automobilovom boome“ prilákala 286 účastníkov zo Slovenska, Česka, Poľska, Rakúska a Nemecka.

Prvý deň: politika a stratégia

Konferenciu otvoril predseda predstavenstva klastra Ing. Marek ŠTEFANKO, PhD., ktorý pripomenul, že klaster dnes združuje 58 firiem a inštitúcií z regiónu stredného Považia. Za Trenčiansky samosprávny kraj vystúpila podpredsedníčka kraja Mgr. Zuzana Hrušovská-Kmeťová, ktorá predstavila novú Regionálnu inovačnú stratégiu 2033 – 2040. Hlavnú prednášku o budúcnosti dodávateľských reťazcov v strednej Európe mal doc. Ing. Peter Vavro, PhD., prorektor pre vedu a výskum Trenčianskej univerzity Alexandra Dubčeka v Trenčíne.

Popoludňajší panel moderovala manažérka klastra Ing. Lucia Mináriková. Diskutovali v ňom Ing. Jozef Baláž, generálny riaditeľ spoločnosti Vážska strojárňa a.s., Dr. Katharina Lindner-Pöschl, vedúca oddelenia medzinárodnej spolupráce rakúskeho klastra Mechatronik-Cluster z Linzu, a Ing. Tomáš Kubiš zo Slovenskej agentúry pre rozvoj investícií a obchodu (SARIO). Zhodli sa, že menšie strojárske firmy musia rýchlejšie diverzifikovať odberateľov mimo automobilového priemyslu – najmä smerom k energetike, železničnej technike a obrannému priemyslu.

Druhý deň: workshopy a kooperačné rokovania

Druhý deň patril trom paralelným workshopom (robotizácia malých sérií, úspory energie v kovovýrobe a nábor technikov zo stredných odborných škôl) a kooperačným rokovaniam B2B, ktoré pripravila sieť Enterprise Europe Network Slovensko. Uskutočnilo sa 142 bilaterálnych stretnutí. Súčasťou programu bola aj exkurzia do výrobného areálu spoločnosti Continental Matador Rubber s.r.o. v Púchove.

Na záver konferencie klaster udelil cenu „Inovácia roka 2033“ spoločnosti HYDROPRESS Nové Mesto s.r.o. za modulárny hydraulický lis s digitálnym dvojčaťom. Cenu prevzal konateľ firmy Ing. Radoslav Michalec.

Čo si odnášame

Organizátori v závere zhrnuli hlavné závery konferencie:
- Klaster pripraví spoločnú ponuku kapacít členov pre železničný a energetický sektor do marca 2034.
- Kraj a klaster budú spolu presadzovať duálne vzdelávanie v odboroch obrábanie a mechatronika.
- Členovia majú záujem o spoločný stánok na veľtrhu MSV Brno 2034.

Siedmy ročník: Púchov, jún 2034

Predstavenstvo klastra rozhodlo, že 7. ročník konferencie STROJ-INOV sa po prvý raz presunie mimo Trenčína. Uskutoční sa v dňoch 11. – 12. júna 2034 v Púchove, v kongresových priestoroch Gumárenského parku, so zameraním na obranný a železničný priemysel. Výzva na prihlásenie prednášok bude zverejnená v januári 2034, registrácia účastníkov sa otvorí 1. marca 2034.

„Po šiestich rokoch v Trenčíne chceme ukázať, že strojárstvo stredného Považia nie je len v krajskom meste. Púchov má silnú gumárenskú a strojársku tradíciu a je pre nás prirodzeným partnerom,“ uviedol Ing. Marek Štefanko.

História konferencie

Konferencia STROJ-INOV vznikla v roku 2028 ako jednodňové stretnutie členov klastra. Predchádzajúce ročníky sa konali v Trenčíne: 1. ročník (2028), 2. ročník (2029), 3. ročník (2030, online), 4. ročník (2031), 5. ročník (2032) a 6. ročník (2033).

Konferencia bola spolufinancovaná z programu Slovensko 2021 – 2027 a z rozpočtu Trenčianskeho samosprávneho kraja. Partnermi podujatia boli Únia klastrov Slovenska (ÚKS), Slovenská inovačná a energetická agentúra (SIEA) a Obchodná a priemyselná komora – Trenčianska regionálna komora.

Fotogaléria (48 fotografií) | Prezentácie na stiahnutie (len pre členov)

Kontakt pre médiá: Ing. Lucia Mináriková, manažérka klastra, minarikova@psk-klaster.example, +421 900 000 000

Súvisiace články:
– Klaster na veľtrhu MSV Brno 2033 (15. 9. 2033)
– Valné zhromaždenie klastra schválilo novú stratégiu (28. 4. 2033)

© Považský strojársky klaster, Trenčín | Ochrana osobných údajov | Nastavenia cookies
'''
write_text(F, T)
PSK = 'Považský strojársky klaster'; TnU = 'Trenčianskej univerzity Alexandra Dubčeka v Trenčíne'
gold(F, '2033-10-24',
 [P('Marek ŠTEFANKO','predseda predstavenstva',PSK),
  P('Zuzana Hrušovská-Kmeťová','podpredsedníčka kraja','Trenčiansky samosprávny kraj'),
  P('Peter Vavro','prorektor pre vedu a výskum',TnU),
  P('Lucia Mináriková','manažérka klastra',PSK),
  P('Jozef Baláž','generálny riaditeľ','Vážska strojárňa a.s.'),
  P('Katharina Lindner-Pöschl','vedúca oddelenia medzinárodnej spolupráce','Mechatronik-Cluster'),
  P('Tomáš Kubiš',None,'Slovenskej agentúry pre rozvoj investícií a obchodu'),
  P('Radoslav Michalec','konateľ','HYDROPRESS Nové Mesto s.r.o.')],
 [O(PSK,'PSK'),O(TnU),O('Trenčiansky samosprávny kraj'),O('Vážska strojárňa a.s.'),O('Mechatronik-Cluster'),
  O('Slovenskej agentúry pre rozvoj investícií a obchodu','SARIO'),O('Enterprise Europe Network Slovensko'),O('Continental Matador Rubber s.r.o.'),
  O('HYDROPRESS Nové Mesto s.r.o.'),O('Únia klastrov Slovenska','ÚKS'),O('Slovenská inovačná a energetická agentúra','SIEA'),
  O('Obchodná a priemyselná komora – Trenčianska regionálna komora')],
 [E('STROJ-INOV 2033','2033-10-18','2033-10-19','Trenčín','Slovakia'),
  E('STROJ-INOV (7. ročník)','2034-06-11','2034-06-12','Púchov','Slovakia'),
  E('STROJ-INOV (1. ročník)','2028',None,'Trenčín','Slovakia'),
  E('STROJ-INOV (2. ročník)','2029',None,'Trenčín','Slovakia'),
  E('STROJ-INOV (3. ročník)','2030'),
  E('STROJ-INOV (4. ročník)','2031',None,'Trenčín','Slovakia'),
  E('STROJ-INOV (5. ročník)','2032',None,'Trenčín','Slovakia'),
  E('MSV Brno 2034',None,None,'Brno','Czechia'),
  E('MSV Brno 2033',None,None,'Brno','Czechia')],
 ['2033-10-24','2033-10-18/2033-10-19','2033/2040','2034-03','2034-06-11/2034-06-12','2034-06','2034-01','2034-03-01','2028','2029','2030','2031','2032','2033',
  '2021/2027','2033-09-15','2033-04-28'],
 ['Klaster pripraví spoločnú ponuku kapacít členov pre železničný a energetický sektor do marca 2034',
  'Kraj a klaster budú spolu presadzovať duálne vzdelávanie v odboroch obrábanie a mechatronika',
  'Členovia majú záujem o spoločný stánok na veľtrhu MSV Brno 2034'])
