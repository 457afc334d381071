from h import *
import docx
F = 'g09_pohronsky_drevarsky_klaster_zapisnica.docx'
assert wd(2035,2,22)=='Thursday' and wd(2035,3,8)=='Thursday' and wd(2035,4,24)=='Tuesday'
paras = [
("h","Zápisnica z riadneho valného zhromaždenia"),
("p","Pohronský drevársky klaster, záujmové združenie právnických osôb (PDK)"),
("p","Dátum a miesto: štvrtok 22. februára 2035, 10:00 – 13:30, zasadačka Technickej univerzity vo Zvolene, Masarykova 24, Zvolen"),
("p","Prítomní: 34 z 41 členov (podľa prezenčnej listiny), hostia: Ing. Mária Kollárová, vedúca odboru regionálneho rozvoja Úradu Banskobystrického samosprávneho kraja; Mgr. Peter Šulek, Slovenská inovačná a energetická agentúra (SIEA)"),
("h2","Program"),
("p","1. Otvorenie a schválenie programu\n2. Voľba predsedajúceho, zapisovateľa a overovateľov zápisnice\n3. Správa o činnosti klastra za rok 2034\n4. Správa dozornej rady a účtovná závierka\n5. Voľba predstavenstva a dozornej rady na obdobie 2035 – 2038\n6. Predstavenie novej manažérky klastra\n7. Rôzne\n8. Uznesenia a záver"),
("h2","K bodu 1 a 2"),
("p","Valné zhromaždenie otvoril predseda predstavenstva Ing. Ján Kmeť (Bučina DDD, s. r. o., Zvolen). Za predsedajúceho bol zvolený Ing. Ján Kmeť, za zapisovateľku Ing. Zuzana Lichá, za overovateľov zápisnice Ľubomír Hrnčiar a Ing. Jana Dobrovodská."),
("h2","K bodu 3"),
("p","Výkonný riaditeľ klastra Ing. Martin Bella, PhD., predniesol správu o činnosti. Klaster v roku 2034 prijal päť nových členov, zorganizoval Drevársky deň na Pohroní v Brezne (12. októbra 2034) a spolu s Národným lesníckym centrom pripravil kurz pre strojníkov harvestorov. Ing. Bella oznámil, že k 31. marcu 2035 odchádza na vlastnú žiadosť na Ministerstvo hospodárstva SR, kde povedie odbor priemyselnej politiky."),
("h2","K bodu 4"),
("p","Predsedníčka dozornej rady Ing. Eva Hudecová (Stredná odborná škola drevárska, Zvolen) predložila správu dozornej rady. Hospodárenie za rok 2034 skončilo s kladným výsledkom 4 180 eur."),
("h2","K bodu 5"),
("p","Do predstavenstva boli zvolení: Ing. Ján Kmeť (Bučina DDD, s. r. o.), Ing. arch. Tomáš Vrábeľ (Drevostavby Vrábeľ, s. r. o., Banská Bystrica), doc. Ing. Katarína Bieliková, PhD. (Technická univerzita vo Zvolene), Róbert Pacola (Pílnica Pacola, Brezno) a Ing. Silvia Oravcová (Mesto Zvolen)."),
("p","Predstavenstvo sa na svojom ustanovujúcom zasadnutí počas prestávky dohodlo takto: predseda predstavenstva – Ing. Ján Kmeť, podpredsedníčka predstavenstva – doc. Ing. Katarína Bieliková, PhD., člen predstavenstva – Ing. arch. Tomáš Vrábeľ, člen predstavenstva – Róbert Pacola, členka predstavenstva – Ing. Silvia Oravcová."),
("p","Do dozornej rady boli zvolení: Ing. Eva Hudecová (predsedníčka), Milan Šťastný (Lesy SR, š. p., OZ Čierny Balog) a Ing. Lenka Kubišová (daňová poradkyňa, Detva)."),
("h2","K bodu 6"),
("p","Novou manažérkou klastra sa stane Ing. Petra Slivková, ktorú predstavenstvo vybralo vo výberovom konaní spomedzi deviatich uchádzačov. Doteraz pracovala ako projektová manažérka v Regionálnej rozvojovej agentúre Horehronie v Brezne. Do funkcie nastúpi 1. apríla 2035. Pani Slivková sa prítomným predstavila a uviedla, že chce klaster viac prepojiť s drevostavbármi a s dizajnérmi nábytku."),
("h2","K bodu 7"),
("p","Ing. Kollárová informovala o pripravovanej výzve kraja na podporu klastrov. Člen klastra Ľubomír Hrnčiar navrhol, aby klaster usporiadal študijnú cestu do rakúskeho Štajerska. Ing. Vrábeľ upozornil, že drevostavbári v regióne majú problém nájsť tesárov, a požiadal, aby klaster oslovil stredné školy v Brezne a Detve. Návrhom študijnej cesty sa predstavenstvo bude zaoberať na zasadnutí vo štvrtok 8. marca 2035."),
("h2","Uznesenia"),
("p","Valné zhromaždenie:"),
("p","A. schvaľuje správu o činnosti klastra za rok 2034"),
("p","B. schvaľuje účtovnú závierku za rok 2034 a správu dozornej rady"),
("p","C. volí predstavenstvo a dozornú radu na obdobie 2035 – 2038 v zložení uvedenom v bode 5"),
("p","D. berie na vedomie odchod Ing. Martina Bellu a ďakuje mu za jeho prácu"),
("p","E. ukladá predstavenstvu pripraviť do 24. apríla 2035 návrh stratégie klastra na roky 2035 – 2040"),
("p","Zasadnutie ukončil predsedajúci o 13:30 a pozval prítomných na obed."),
("p","Zapísala: Ing. Zuzana Lichá · Overili: Ľubomír Hrnčiar, Ing. Jana Dobrovodská · Vo Zvolene 26. 2. 2035"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
K="Pohronský drevársky klaster"
gold(F,
 [P("Mária Kollárová","vedúca odboru regionálneho rozvoja","Úradu Banskobystrického samosprávneho kraja"),
  P("Peter Šulek",None,"Slovenská inovačná a energetická agentúra"),
  P("Ján Kmeť","predseda predstavenstva",K), P("Zuzana Lichá","zapisovateľku",None),
  P("Ľubomír Hrnčiar","overovateľov zápisnice",None), P("Jana Dobrovodská","overovateľov zápisnice",None),
  P("Martin Bella","Výkonný riaditeľ klastra",K), P("Eva Hudecová","Predsedníčka dozornej rady",K),
  P("Tomáš Vrábeľ","člen predstavenstva",K), P("Katarína Bieliková","podpredsedníčka predstavenstva",K),
  P("Róbert Pacola","člen predstavenstva",K), P("Silvia Oravcová","členka predstavenstva",K),
  P("Milan Šťastný",None,K), P("Lenka Kubišová","daňová poradkyňa",None),
  P("Petra Slivková","manažérkou klastra",K)],
 [O(K,"PDK"), O("Technická univerzita vo Zvolene"), O("Úradu Banskobystrického samosprávneho kraja"),
  O("Slovenská inovačná a energetická agentúra","SIEA"), O("Bučina DDD, s. r. o."), O("Národným lesníckym centrom"),
  O("Ministerstvo hospodárstva SR"), O("Stredná odborná škola drevárska"), O("Drevostavby Vrábeľ, s. r. o."),
  O("Pílnica Pacola"), O("Mesto Zvolen"), O("Lesy SR, š. p."), O("Regionálnej rozvojovej agentúre Horehronie")],
 [E("riadneho valného zhromaždenia","2035-02-22",None,"Zvolen","Slovakia"),
  E("Drevársky deň na Pohroní","2034-10-12",None,"Brezno","Slovakia"),
  E("ustanovujúcom zasadnutí","2035-02-22",None,"Zvolen","Slovakia"),
  E("zasadnutí","2035-03-08",None,None,None)],
 ["2035-02-22","2034","2035/2038","2034-10-12","2035-03-31","2035-04-01","2035-03-08","2035-04-24","2035/2040","2035-02-26"],
 ["schvaľuje správu o činnosti klastra za rok 2034",
  "schvaľuje účtovnú závierku za rok 2034 a správu dozornej rady",
  "volí predstavenstvo a dozornú radu na obdobie 2035 – 2038 v zložení uvedenom v bode 5",
  "berie na vedomie odchod Ing. Martina Bellu a ďakuje mu za jeho prácu",
  "ukladá predstavenstvu pripraviť do 24. apríla 2035 návrh stratégie klastra na roky 2035 – 2040"],
 pub="2035-02-26")
