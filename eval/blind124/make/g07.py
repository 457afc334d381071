from h import *
import docx
F = 'g07_martin_klaster_zapisnica_vz.docx'
assert wd(2036,3,20)=='Thursday' and wd(2036,4,2)=='Wednesday' and wd(2036,6,11)=='Wednesday'
paras = [
("h","Zápisnica z riadneho valného zhromaždenia"),
("p","Turčiansky strojársky klaster, záujmové združenie právnických osôb (TSK)"),
("p","Dátum a čas: štvrtok 20. marca 2036, 13.00 – 16.15 h · Miesto: Žilinská univerzita v Žiline, Výskumné centrum, Martin · Zapísala: Ing. Zuzana Hrnčiarová"),
("h2","Prítomní"),
("p","Prítomní zástupcovia 34 z 47 členov (prezenčná listina v prílohe 1); valné zhromaždenie bolo uznášaniaschopné. Hostia: Ing. Peter Gálik, vedúci odboru regionálneho rozvoja Žilinského samosprávneho kraja; Mgr. Lucia Strnádelová, Slovenská inovačná a energetická agentúra (SIEA); Dr. Jörg Oberreiter, manažér klastra Mechatronik-Cluster Oberösterreich z Linzu."),
("h2","Program"),
("p","1. Otvorenie a voľba orgánov zhromaždenia  2. Správa o činnosti za rok 2035  3. Správa o hospodárení a správa dozornej rady  4. Voľba predsedu a členov predstavenstva na obdobie 2036–2039  5. Prijatie nových členov  6. Rôzne  7. Záver"),
("h2","K bodu 1"),
("p","Zhromaždenie otvoril doterajší predseda predstavenstva Ing. Milan Ďurčo, PhD. Zhromaždenie ďalej viedol ako predsedajúci doc. Ing. Rastislav Kubica, CSc. (Žilinská univerzita v Žiline); overovateľmi zápisnice boli zvolení Ing. Oľga Pekárová a Tibor Szabó."),
("h2","K bodu 2 a 3"),
("p","Výkonná riaditeľka klastra Ing. Katarína Mikulová-Jesenská predstavila správu o činnosti. V roku 2035 klaster zorganizoval alebo spoluorganizoval 14 podujatí. K najvýznamnejším patrili: Turčiansky deň inovácií, 7. ročník (Martin, 12. novembra 2035); konferencia Priemysel 5.0 v regióne (Martin, 18. septembra 2035), na ktorej vystúpilo 16 rečníkov zo Slovenska, Česka a Rakúska; spoločný stánok ôsmich členov na podujatí Medzinárodný strojársky veľtrh (Nitra, máj 2035). Klaster sa zároveň zapojil do dvoch projektov programu Interreg a pripravil mapovanie kompetencií členských firiem v oblasti zvárania a robotiky. Hospodárenie skončilo prebytkom 9 800 eur, ktorý sa presunie do rezervného fondu. Predseda dozornej rady Ing. Ján Kollár odporučil správu schváliť."),
("h2","K bodu 4 – voľby"),
("p","Ing. Milan Ďurčo, PhD., oznámil, že po dvoch funkčných obdobiach už nekandiduje. Za predsedu predstavenstva bola tajnou voľbou zvolená Ing. Veronika Šimková-Baran (Matador Automotive Martin, a. s.), 29 hlasov za, 5 proti. Za členov predstavenstva boli zvolení:"),
("p","• Ing. Marek Holý, podpredseda (ZŤS Martin – Strojárne, s. r. o.)"),
("p","• Ing. Andrea Vavrová (Mesto Martin)"),
("p","• Prof. Ing. Štefan Hudák, PhD. (Žilinská univerzita v Žiline)"),
("p","• Bc. Adam Kováč (Stredná odborná škola strojnícka Martin)"),
("p","Nová predsedníčka predstavenstva Ing. Veronika Šimková-Baran poďakovala za dôveru a ako prvú úlohu označila prípravu novej stratégie klastra. Zhromaždenie poďakovalo Ing. Milanovi Ďurčovi za prácu od založenia klastra v roku 2029 a udelilo mu čestné členstvo."),
("h2","K bodu 5"),
("p","Za nových členov boli prijaté spoločnosti HydroTurz s. r. o., CNC Servis Vrútky, s. r. o., a Obec Sučany."),
("h2","K bodu 6 – Rôzne"),
("p","Dr. Jörg Oberreiter predstavil program podujatia Študijná cesta do Horného Rakúska (10. – 12. júna 2036, Linz a Steyr) a pozval členov, aby sa prihlásili do konca apríla; súčasťou budú návštevy troch firiem, prehliadka laboratórií a stretnutie s rakúskymi klastrami. Ing. Peter Gálik informoval o výzve kraja na podporu klastrov s uzávierkou 30. apríla 2036."),
("h2","Uznesenia"),
("p","Valné zhromaždenie prijalo tieto uznesenia:"),
("p","1. Schvaľuje správu o činnosti a správu o hospodárení za rok 2035"),
("p","2. Volí Ing. Veroniku Šimkovú-Baran za predsedníčku predstavenstva na obdobie 2036–2039"),
("p","3. Prijíma za členov HydroTurz s. r. o., CNC Servis Vrútky, s. r. o., a Obec Sučany"),
("p","4. Ukladá predstavenstvu pripraviť do 30. apríla 2036 žiadosť o podporu zo Žilinského samosprávneho kraja"),
("p","Najbližšie zasadnutie predstavenstva sa uskutoční v stredu 2. apríla 2036 v Martine."),
("p","Zapísala: Ing. Zuzana Hrnčiarová, projektová manažérka TSK · Overili: Ing. Oľga Pekárová, Tibor Szabó · V Martine 24. marca 2036"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
T="Turčiansky strojársky klaster"
gold(F,
 [P("Zuzana Hrnčiarová","projektová manažérka",T),
  P("Peter Gálik","vedúci odboru regionálneho rozvoja","Žilinského samosprávneho kraja"),
  P("Lucia Strnádelová",None,"Slovenská inovačná a energetická agentúra"),
  P("Jörg Oberreiter","manažér klastra","Mechatronik-Cluster Oberösterreich"),
  P("Milan Ďurčo","predseda predstavenstva",T),
  P("Rastislav Kubica","predsedajúci","Žilinská univerzita v Žiline"),
  P("Oľga Pekárová",None,None),
  P("Tibor Szabó",None,None),
  P("Katarína Mikulová-Jesenská","Výkonná riaditeľka",T),
  P("Ján Kollár","Predseda dozornej rady",T),
  P("Veronika Šimková-Baran","predsedníčka predstavenstva",T),
  P("Marek Holý","podpredseda",T),
  P("Andrea Vavrová",None,"Mesto Martin"),
  P("Štefan Hudák",None,"Žilinská univerzita v Žiline"),
  P("Adam Kováč",None,"Stredná odborná škola strojnícka Martin")],
 [O(T,"TSK"), O("Žilinská univerzita v Žiline"), O("Žilinského samosprávneho kraja"), O("Slovenská inovačná a energetická agentúra","SIEA"),
  O("Mechatronik-Cluster Oberösterreich"), O("Matador Automotive Martin, a. s."), O("ZŤS Martin – Strojárne, s. r. o."), O("Mesto Martin"),
  O("Stredná odborná škola strojnícka Martin"), O("HydroTurz s. r. o."), O("CNC Servis Vrútky, s. r. o."), O("Obec Sučany")],
 [E("riadneho valného zhromaždenia","2036-03-20",None,"Martin","Slovakia"),
  E("Turčiansky deň inovácií, 7. ročník","2035-11-12",None,"Martin","Slovakia"),
  E("Priemysel 5.0 v regióne","2035-09-18",None,"Martin","Slovakia"),
  E("Medzinárodný strojársky veľtrh","2035-05",None,"Nitra","Slovakia"),
  E("Študijná cesta do Horného Rakúska","2036-06-10","2036-06-12","Linz, Steyr","Austria"),
  E("zasadnutie predstavenstva","2036-04-02",None,"Martin","Slovakia")],
 ["2036-03-20","2035","2036/2039","2035-11-12","2035-09-18","2035-05","2029","2036-06-10/2036-06-12","2036-04-30","2036-04","2036-04-02","2036-03-24"],
 ["Schvaľuje správu o činnosti a správu o hospodárení za rok 2035",
  "Volí Ing. Veroniku Šimkovú-Baran za predsedníčku predstavenstva na obdobie 2036–2039",
  "Prijíma za členov HydroTurz s. r. o., CNC Servis Vrútky, s. r. o., a Obec Sučany",
  "Ukladá predstavenstvu pripraviť do 30. apríla 2036 žiadosť o podporu zo Žilinského samosprávneho kraja"],
 pub="2036-03-24")
