from h import *
F = 'g08_trnava_klaster_valne_zhromazdenie.txt'
assert wd(2042,3,11)=='Tuesday' and wd(2042,2,24)=='Monday' and wd(2042,4,23)=='Wednesday' and wd(2042,5,14)=='Wednesday' and wd(2042,6,4)=='Wednesday' and wd(2042,6,5)=='Thursday'
T = """Trnavský klaster inteligentného priemyslu – Aktuality
Domov | O nás | Členovia | Projekty | Aktuality | Podujatia | Kontakt | Prihlásenie pre členov

Valné zhromaždenie schválilo novú stratégiu a zvolilo predstavenstvo

Trnava, 13. marca 2042 | Pridal: sekretariát klastra | Zobrazené: 214-krát

V utorok 11. marca 2042 sa v Kongresovej sále Trnavskej univerzity uskutočnilo riadne valné zhromaždenie záujmového združenia právnických osôb Trnavský klaster inteligentného priemyslu (TKIP). Zúčastnilo sa na ňom 52 zo 67 členov, valné zhromaždenie bolo teda uznášaniaschopné.

Rokovanie otvoril predseda predstavenstva Ing. Marián Hrnčiarik, PhD., riaditeľ spoločnosti Elektrosystém Hlohovec, s. r. o. Vo svojej správe pripomenul, že klaster v roku 2041 zorganizoval 23 podujatí a jeho členovia získali spolu 4,1 milióna eur z projektov. Výkonná riaditeľka klastra Mgr. Zuzana Kollárová-Benková predstavila Stratégiu rozvoja klastra na roky 2042 – 2046, ktorú pripravovali pracovné skupiny od septembra 2041 do januára 2042.

Hosťami boli podpredseda Trnavského samosprávneho kraja Ľubomír Gašparík a zástupkyňa Slovenskej inovačnej a energetickej agentúry (SIEA) Mgr. Henrieta Ďuricová, vedúca odboru inovácií. Za Európsku komisiu sa cez videospojenie prihlásil Dr. Paulo Fonseca-Amaral z Generálneho riaditeľstva pre vnútorný trh, priemysel, podnikanie a MSP (GR GROW), ktorý informoval o novej výzve na medziregionálne klastrové partnerstvá.

V diskusii členovia najčastejšie hovorili o nedostatku technikov a o cenách energie. Zástupca spoločnosti PSA Slovakia Services navrhol, aby klaster spolu s odbornými školami v kraji pripravil duálne vzdelávanie pre údržbárov robotických liniek. Viacerí malí členovia žiadali, aby sa klaster viac venoval spoločnému nákupu a aby sa výsledky pracovných skupín zverejňovali aj v zjednodušenej podobe. Predseda prisľúbil, že predstavenstvo tieto návrhy prerokuje na svojom najbližšom zasadnutí.

Voľba predstavenstva

Valné zhromaždenie zvolilo predstavenstvo na funkčné obdobie 2042 – 2045 v tomto zložení:
– predseda: Ing. Marián Hrnčiarik, PhD. (Elektrosystém Hlohovec, s. r. o.)
– podpredsedníčka: prof. Ing. Katarína Vanková-Szabóová, CSc. (Materiálovotechnologická fakulta STU v Trnave)
– člen: Ing. Roman Petrovič (PSA Slovakia Services, a. s.)
– člen: Tibor Nagy-Hajdú (Nagy Plast, s. r. o., Galanta)
– člen: Ing. Jana Šimková (Mesto Trnava)
Do dozornej rady bol znovu zvolený Ing. Peter Krajčovič (Slovenská sporiteľňa, a. s.).

Uznesenia valného zhromaždenia

Valné zhromaždenie prijalo tieto uznesenia:
1. schvaľuje výročnú správu a účtovnú závierku za rok 2041
2. schvaľuje Stratégiu rozvoja klastra na roky 2042 – 2046
3. schvaľuje zvýšenie členského príspevku pre veľké podniky na 1 500 eur ročne od 1. januára 2043
4. berie na vedomie správu dozornej rady
5. poveruje predstavenstvo, aby do 30. júna 2042 podalo žiadosť o strieborný certifikát ECEI

Predchádzajúce valné zhromaždenie sa konalo 24. februára 2041 v Hlohovci.

Čo nás čaká

• Streda 23. apríla 2042 – Deň otvorených dverí v laboratóriách Materiálovotechnologickej fakulty STU v Trnave, 9:00 – 14:00
• 14. mája 2042 – workshop „Digitálne dvojča vo výrobe“, Technologický inkubátor Trnava, lektor: Ing. Michal Ondrejka (Siemens, s. r. o.)
• 4. – 5. júna 2042 – Klastrové dni Slovenska 2042, Žilina, ktoré organizuje Únia klastrov Slovenska; 4. júna o 19:00 spoločenský večer
• Október 2042 – misia do Ostravy a Katovíc s partnerským klastrom Moravskoslezský inovační klastr

Prihlášky na podujatia posielajte na podujatia@tkip.example.sk. Členovia majú účasť bezplatnú.

Fotogaléria (38 fotografií) | Zdieľať: Facebook | LinkedIn | Tlačiť

Súvisiace články:
› Pracovné skupiny začali prípravu stratégie (september 2041)
› Klaster má 67 členov (január 2042)

© 2042 Trnavský klaster inteligentného priemyslu, záujmové združenie právnických osôb, Hospodárska 5, 917 01 Trnava
Táto stránka používa cookies. Súhlasím | Viac informácií
"""
write(F, T)
C = "Trnavský klaster inteligentného priemyslu"
gold(F,
 [P("Marián Hrnčiarik", "predseda predstavenstva", C),
  P("Zuzana Kollárová-Benková", "Výkonná riaditeľka klastra", C),
  P("Ľubomír Gašparík", "podpredseda", "Trnavského samosprávneho kraja"),
  P("Henrieta Ďuricová", "vedúca odboru inovácií", "Slovenskej inovačnej a energetickej agentúry"),
  P("Paulo Fonseca-Amaral", None, "Generálneho riaditeľstva pre vnútorný trh, priemysel, podnikanie a MSP"),
  P("Katarína Vanková-Szabóová", "podpredsedníčka", C),
  P("Roman Petrovič", "člen", C),
  P("Tibor Nagy-Hajdú", "člen", C),
  P("Jana Šimková", "člen", C),
  P("Peter Krajčovič", None, C),
  P("Michal Ondrejka", "lektor", "Siemens, s. r. o.")],
 [O(C, "TKIP"), O("Trnavskej univerzity"), O("Elektrosystém Hlohovec, s. r. o."), O("Trnavského samosprávneho kraja"),
  O("Slovenskej inovačnej a energetickej agentúry", "SIEA"), O("Európsku komisiu"),
  O("Generálneho riaditeľstva pre vnútorný trh, priemysel, podnikanie a MSP", "GR GROW"),
  O("Materiálovotechnologická fakulta STU v Trnave"), O("PSA Slovakia Services, a. s."), O("Nagy Plast, s. r. o."),
  O("Mesto Trnava"), O("Slovenská sporiteľňa, a. s."), O("Siemens, s. r. o."), O("Únia klastrov Slovenska"),
  O("Moravskoslezský inovační klastr")],
 [E("valné zhromaždenie", "2042-03-11", None, "Trnava", "Slovakia"),
  E("valné zhromaždenie", "2041-02-24", None, "Hlohovec", "Slovakia"),
  E("Deň otvorených dverí", "2042-04-23", None, "Trnava", "Slovakia"),
  E("workshop „Digitálne dvojča vo výrobe“", "2042-05-14", None, "Trnava", "Slovakia"),
  E("Klastrové dni Slovenska 2042", "2042-06-04", "2042-06-05", "Žilina", "Slovakia"),
  E("spoločenský večer", "2042-06-04", None, "Žilina", "Slovakia"),
  E("misia do Ostravy a Katovíc", "2042-10", None, None, None)],
 ["2042-03-13", "2042-03-11", "2041", "2042/2046", "2041-09/2042-01", "2042/2045", "2043-01-01", "2042-06-30",
  "2041-02-24", "2042-04-23", "2042-05-14", "2042-06-04/2042-06-05", "2042-06-04", "2042-10", "2041-09", "2042-01"],
 ["schvaľuje výročnú správu a účtovnú závierku za rok 2041",
  "schvaľuje Stratégiu rozvoja klastra na roky 2042 – 2046",
  "schvaľuje zvýšenie členského príspevku pre veľké podniky na 1 500 eur ročne od 1. januára 2043",
  "berie na vedomie správu dozornej rady",
  "poveruje predstavenstvo, aby do 30. júna 2042 podalo žiadosť o strieborný certifikát ECEI"],
 pub="2042-03-13")
