from h import *
import docx
F = 'g06_zvolen_zapisnica_stretnutie_partnerov.docx'
assert wd(2040,4,24)=='Tuesday' and wd(2040,4,25)=='Wednesday' and wd(2040,5,4)=='Friday' and wd(2040,10,17)=='Wednesday'
paras = [
("h","Zápisnica z 2. stretnutia partnerov projektu WOOD-UP Skills"),
("p","Projekt Erasmus+ KA220-VET „Zručnosti pre drevospracujúci priemysel budúcnosti“ · Č. zmluvy 2039-1-SK01-KA220-VET-000000"),
("p","Miesto: Technická univerzita vo Zvolene, T. G. Masaryka 24, Zvolen · Termín: 24. – 25. 4. 2040 · Zapísala: Ing. Zuzana Hrnčiarová, PhD. · Schválené partnermi: 4. 5. 2040"),
("h2","1. Prítomní"),
("p","Za koordinátora, Drevársky klaster Stredné Slovensko (DKSS): Ing. Martin Kováčik, manažér klastra; Ing. Zuzana Hrnčiarová, PhD., projektová manažérka."),
("p","Za partnerov: doc. Ing. Peter Šulek, PhD., prodekan Drevárskej fakulty Technickej univerzity vo Zvolene (TUZVO); Mgr. Lucia Benková, Stredná odborná škola drevárska Zvolen; Dipl.-Ing. Florian Gruber-Steinbauer, Holzcluster Steiermark GmbH, Graz (Rakúsko); Jakub Dvořák, Svaz českých a moravských výrobců dřevařských (Česko); Katja Potočnik, Lesarski grozd Slovenije (Slovinsko); Anna Kowalczyk, Fundacja Rozwoju Przemysłu Drzewnego (Poľsko)."),
("p","Ospravedlnení: zástupca spoločnosti Bučina DDD, spol. s r.o."),
("h2","2. Program"),
("p","Utorok 24. apríla 2040"),
("p","09:00 Otvorenie – privítanie: prof. Ing. Ján Holécy, PhD., prorektor TUZVO pre vonkajšie vzťahy"),
("p","09:30 Stav projektu a rozpočet (DKSS)"),
("p","11:00 Výsledky analýzy potrieb zručností v piatich krajinách (Holzcluster Steiermark)"),
("p","14:00 Exkurzia do výrobného závodu spoločnosti Bučina DDD vo Zvolene"),
("p","19:00 Spoločná večera partnerov"),
("p","Streda 25. apríla 2040"),
("p","09:00 Workshop: návrh modulov odbornej prípravy (vedie SOŠ drevárska Zvolen)"),
("p","12:00 Rôzne, závery a uznesenia"),
("h2","3. Priebeh rokovania"),
("p","Prorektor prof. Holécy zdôraznil, že drevársky priemysel na strednom Slovensku potrebuje najmä technikov pre CNC stroje a odborníkov na drevostavby. Ing. Kováčik informoval, že čerpanie rozpočtu je na úrovni 38 % a projekt je v súlade s harmonogramom. Projekt trvá od 1. 11. 2039 do 31. 10. 2042."),
("p","Dipl.-Ing. Gruber-Steinbauer predstavil výsledky prieskumu medzi 312 podnikmi. Najväčší nedostatok pociťujú podniky v oblasti digitálneho riadenia výroby a v znalostiach o uhlíkovej stope výrobkov. Pani Potočnik doplnila skúsenosti zo slovinského klastra, kde sa osvedčilo duálne vzdelávanie priamo vo firmách."),
("p","Počas exkurzie ukázal výrobný riaditeľ Bučiny DDD, Ing. Roman Lupták, linku na výrobu lepených nosníkov, ktorú firma uviedla do prevádzky v roku 2038."),
("p","V diskusii k rozpočtu Jakub Dvořák upozornil, že české partnerské organizácie majú problém s vysokými cestovnými nákladmi na stretnutia a navrhol, aby sa časť koordinačných porád konala online. Koordinátor návrh privítal, upozornil však, že program Erasmus+ vyžaduje osobné stretnutia pri kľúčových rozhodnutiach. Anna Kowalczyk informovala, že poľská nadácia získala súhlas dvoch výrobcov nábytku z Podkarpatska zapojiť sa do pilotného overenia ako pozorovatelia. Partneri sa zhodli, že webová stránka projektu bude od júna dostupná vo všetkých piatich jazykoch a že každý partner raz mesačne zverejní krátku správu o aktivitách v regióne."),
("p","Na workshope partneri navrhli šesť modulov: digitálne riadenie výroby, CNC obrábanie, drevostavby a montáž, povrchové úpravy, uhlíková stopa a obehové hospodárstvo, bezpečnosť práce; Mgr. Benková upozornila, že moduly musia byť použiteľné aj pre žiakov prvého ročníka a pre dospelých v rekvalifikácii. Každý modul bude mať rozsah približne 40 hodín, z toho najmenej polovicu tvorí praktická výučba v podniku."),
("h2","4. Uznesenia"),
("p","Partneri prijali tieto uznesenia:"),
("p","a) Osnovy šiestich modulov dopracuje SOŠ drevárska Zvolen do 30. júna 2040."),
("p","b) Pilotné overenie modulov prebehne v Rakúsku, Česku a na Slovensku v období september 2040 – január 2041."),
("p","c) Komunikačný plán sa doplní o spoločnú kampaň na sociálnych sieťach „Drevo má budúcnosť“."),
("p","d) Tretie stretnutie partnerov sa uskutoční v Grazi v stredu 17. októbra 2040."),
("h2","5. Prílohy"),
("p","Prezenčná listina, prezentácie partnerov, fotodokumentácia (foto: Tomáš Ďurica)."),
("p","Zapísala: Ing. Zuzana Hrnčiarová, PhD., 26. 4. 2040 · Overil: Ing. Martin Kováčik"),
("p","Projekt je spolufinancovaný z programu Európskej únie Erasmus+. Za obsah zodpovedajú výlučne autori."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
DK="Drevársky klaster Stredné Slovensko"; TU="Technická univerzita vo Zvolene"
gold(F,
 [P("Zuzana Hrnčiarová","projektová manažérka",DK),
  P("Martin Kováčik","manažér klastra",DK),
  P("Peter Šulek","prodekan","Drevárskej fakulty Technickej univerzity vo Zvolene"),
  P("Lucia Benková",None,"Stredná odborná škola drevárska Zvolen"),
  P("Florian Gruber-Steinbauer",None,"Holzcluster Steiermark GmbH"),
  P("Jakub Dvořák",None,"Svaz českých a moravských výrobců dřevařských"),
  P("Katja Potočnik",None,"Lesarski grozd Slovenije"),
  P("Anna Kowalczyk",None,"Fundacja Rozwoju Przemysłu Drzewnego"),
  P("Ján Holécy","prorektor",TU),
  P("Roman Lupták","výrobný riaditeľ","Bučina DDD, spol. s r.o."),
  P("Tomáš Ďurica",None,None)],
 [O(DK,"DKSS"), O(TU,"TUZVO"), O("Drevárskej fakulty Technickej univerzity vo Zvolene"), O("Stredná odborná škola drevárska Zvolen"),
  O("Holzcluster Steiermark GmbH"), O("Svaz českých a moravských výrobců dřevařských"), O("Lesarski grozd Slovenije"),
  O("Fundacja Rozwoju Przemysłu Drzewnego"), O("Bučina DDD, spol. s r.o.")],
 [E("2. stretnutie partnerov projektu WOOD-UP Skills","2040-04-24","2040-04-25","Zvolen","Slovakia"),
  E("Exkurzia do výrobného závodu spoločnosti Bučina DDD vo Zvolene","2040-04-24",None,"Zvolen","Slovakia"),
  E("Spoločná večera partnerov","2040-04-24",None,"Zvolen","Slovakia"),
  E("Workshop: návrh modulov odbornej prípravy","2040-04-25",None,"Zvolen","Slovakia"),
  E("Tretie stretnutie partnerov","2040-10-17",None,"Graz","Austria")],
 ["2040-04-24/2040-04-25","2040-05-04","2040-04-24","2040-04-25","2039-11-01/2042-10-31","2038","2040-06-30","2040-09/2041-01","2040-10-17","2040-04-26","2040-06"],
 ["Osnovy šiestich modulov dopracuje SOŠ drevárska Zvolen do 30. júna 2040",
  "Pilotné overenie modulov prebehne v Rakúsku, Česku a na Slovensku v období september 2040 – január 2041",
  "Komunikačný plán sa doplní o spoločnú kampaň na sociálnych sieťach „Drevo má budúcnosť“",
  "Tretie stretnutie partnerov sa uskutoční v Grazi v stredu 17. októbra 2040"],
 pub=None)
