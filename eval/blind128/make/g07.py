from h import *
F = 'g07_orava_klastrove_forum.txt'
assert wd(2037,5,27)=='Wednesday' and wd(2037,5,28)=='Thursday' and wd(2037,5,14)=='Thursday'
T = """POZVÁNKA A PROGRAM

ORAVSKÉ KLASTROVÉ FÓRUM 2037
„Priemysel na Orave po roku 2035: ľudia, energia, digitalizácia“

Štvrtok 28. mája 2037, Kultúrny dom Dolný Kubín
Organizátor: Oravský strojársky klaster, záujmové združenie právnických osôb (OSK)
Spoluorganizátori: Žilinský samosprávny kraj, Mesto Dolný Kubín, Slovenská inovačná a energetická agentúra (SIEA)

Vážení členovia klastra, partneri a priatelia,

dovoľujeme si Vás pozvať na štvrtý ročník Oravského klastrového fóra. Fórum spája firmy z Dolného Kubína, Námestova, Tvrdošína a okolia s vysokými školami, samosprávou a zahraničnými partnermi. Tento rok privítame aj delegáciu Śląski Klaster Produkcyjny z Katowíc a zástupcov rakúskeho Mechatronik-Cluster z Linzu.

Tohtoročná téma nadväzuje na závery minulého ročníka. Orava má silnú tradíciu strojárstva a kovovýroby, no firmy čoraz viac trápi nedostatok technikov, vysoké ceny energie a tlak odberateľov na digitalizáciu výroby. Fórum preto ponúkne prednášku o energetickej transformácii, diskusiu o duálnom vzdelávaní a praktický workshop o digitálnych dvojčatách. Popoludní budú prebiehať vopred dohodnuté kooperačné stretnutia, na ktoré sa zaregistrovalo už 41 firiem zo Slovenska, Poľska a Rakúska.

Členov klastra upozorňujeme, že v rámci fóra sa uskutoční aj riadne valné zhromaždenie. Návrhy kandidátov do predstavenstva je potrebné doručiť sekretariátu klastra najneskôr do 20. mája 2037.

Účasť je bezplatná, registrácia je povinná do 14. mája 2037 (štvrtok) na www.osk.example.sk/forum.

PROGRAM

Streda 27. mája 2037 (predvečer)
18:00  Exkurzia v závode Kubínska strojáreň, a.s., Dolný Kubín (len pre zahraničných hostí)
19:30  Neformálna večera s partnermi, Penzión Pod Chočom

Štvrtok 28. mája 2037
08:30  Registrácia, ranná káva
09:00  Otvorenie fóra
       Ing. Miroslav Ďurčo, PhD., predseda predstavenstva OSK
       JUDr. Zuzana Hrnčiarová, podpredsedníčka Žilinského samosprávneho kraja
       Mgr. Peter Kubala, primátor mesta Dolný Kubín
09:30  Hlavná prednáška: Energetická transformácia malých a stredných podnikov
       doc. Ing. Jana Maťovčíková-Baran, PhD., Žilinská univerzita v Žiline, Strojnícka fakulta
10:15  Panelová diskusia: Kde vezmeme technikov? Duálne vzdelávanie na Orave
       Moderuje: Ondrej Zmeškal, výkonný riaditeľ OSK
       Diskutujúci: Anna Gajdošíková (Stredná odborná škola polytechnická Dolný Kubín), Karol Šimek (ORAVA-TECH s.r.o., Námestovo), Klaus-Dieter Amon (Mechatronik-Cluster), Barbara Nowak-Wójcik (Śląski Klaster Produkcyjny)
11:30  Prestávka na kávu
11:45  Predstavenie výzvy SIEA na energetické audity MSP
       Ing. Martin Országh, SIEA
12:30  Obed
13:30  Kooperačné stretnutia B2B (vopred dohodnuté, 20 minút)
       súbežne: Workshop „Digitálne dvojča vo výrobe“ – Ing. Lucia Kováčik Strnádová, Národné centrum robotiky
15:30  Valné zhromaždenie Oravského strojárskeho klastra (len pre členov)
       – správa o činnosti za rok 2036
       – schválenie účtovnej závierky
       – voľba dvoch členov predstavenstva na obdobie 2037–2040
17:00  Ukončenie

PREDCHÁDZAJÚCE ROČNÍKY
1. ročník – 2034, Námestovo: „Klaster ako partner samosprávy“ (87 účastníkov)
2. ročník – 2035, Tvrdošín: „Export bez hraníc“
3. ročník – 6. júna 2036, Dolný Kubín: „Automatizácia v malých firmách“ (134 účastníkov, 58 B2B rokovaní)

ZÁVERY 3. ROČNÍKA
Účastníci minuloročného fóra sa zhodli na týchto záveroch:
• Malé firmy na Orave potrebujú spoločné servisné centrum pre robotiku, ktoré si samy nemôžu dovoliť
• Klaster má presadzovať lepšie dopravné spojenie Oravy s Žilinou a s Poľskom
• Spolupráca so strednými odbornými školami musí začať už v prvom ročníku štúdia
• Klaster pripraví spoločnú účasť členov na veľtrhu MSV v Brne

Praktické informácie
Miesto: Kultúrny dom Dolný Kubín, Námestie slobody, Dolný Kubín. Parkovanie pri budove. Obed a občerstvenie sú pre registrovaných účastníkov zabezpečené zdarma. Fórum sa bude tlmočiť simultánne do angličtiny. Organizátor si vyhradzuje právo na zmenu programu.

Kontakt: Mgr. Silvia Vajdová, projektová manažérka OSK, +421 43 000 0000, forum@osk.example.sk

Oravský strojársky klaster | Bysterecká 12, 026 01 Dolný Kubín | IČO 00000000 | www.osk.example.sk
"""
write(F, T)
K = "Oravský strojársky klaster"
gold(F,
 [P("Miroslav Ďurčo","predseda predstavenstva","OSK"),
  P("Zuzana Hrnčiarová","podpredsedníčka","Žilinský samosprávny kraj"),
  P("Peter Kubala","primátor","Mesto Dolný Kubín"),
  P("Jana Maťovčíková-Baran",None,"Žilinská univerzita v Žiline"),
  P("Ondrej Zmeškal","výkonný riaditeľ","OSK"),
  P("Anna Gajdošíková",None,"Stredná odborná škola polytechnická Dolný Kubín"),
  P("Karol Šimek",None,"ORAVA-TECH s.r.o."),
  P("Klaus-Dieter Amon",None,"Mechatronik-Cluster"),
  P("Barbara Nowak-Wójcik",None,"Śląski Klaster Produkcyjny"),
  P("Martin Országh",None,"SIEA"),
  P("Lucia Kováčik Strnádová",None,"Národné centrum robotiky"),
  P("Silvia Vajdová","projektová manažérka","OSK")],
 [O(K,"OSK"), O("Žilinský samosprávny kraj"), O("Mesto Dolný Kubín"), O("Slovenská inovačná a energetická agentúra","SIEA"),
  O("Śląski Klaster Produkcyjny"), O("Mechatronik-Cluster"), O("Kubínska strojáreň, a.s."), O("Žilinská univerzita v Žiline"),
  O("Strojnícka fakulta"), O("Stredná odborná škola polytechnická Dolný Kubín"), O("ORAVA-TECH s.r.o."), O("Národné centrum robotiky")],
 [E("ORAVSKÉ KLASTROVÉ FÓRUM 2037","2037-05-28",None,"Dolný Kubín","Slovakia"),
  E("Exkurzia v závode Kubínska strojáreň, a.s.","2037-05-27",None,"Dolný Kubín","Slovakia"),
  E("Neformálna večera s partnermi","2037-05-27",None,None,"Slovakia"),
  E("Kooperačné stretnutia B2B","2037-05-28",None,"Dolný Kubín","Slovakia"),
  E("Workshop „Digitálne dvojča vo výrobe“","2037-05-28",None,"Dolný Kubín","Slovakia"),
  E("Valné zhromaždenie Oravského strojárskeho klastra","2037-05-28",None,"Dolný Kubín","Slovakia"),
  E("1. ročník","2034",None,"Námestovo","Slovakia"),
  E("2. ročník","2035",None,"Tvrdošín","Slovakia"),
  E("3. ročník","2036-06-06",None,"Dolný Kubín","Slovakia"),
  E("MSV",None,None,None,"Czechia")],
 ["2037-05-28","2037-05-14","2037-05-27","2036","2037/2040","2034","2035","2036-06-06","2037-05-20"],
 ["Malé firmy na Orave potrebujú spoločné servisné centrum pre robotiku, ktoré si samy nemôžu dovoliť",
  "Klaster má presadzovať lepšie dopravné spojenie Oravy s Žilinou a s Poľskom",
  "Spolupráca so strednými odbornými školami musí začať už v prvom ročníku štúdia",
  "Klaster pripraví spoločnú účasť členov na veľtrhu MSV v Brne"])
