from h import *
F = 'g13_maramures_forum_turism_sighet.txt'
assert wd(2037,10,21)=='Wednesday' and wd(2037,10,22)=='Thursday' and wd(2037,10,23)=='Friday' and wd(2037,11,18)=='Wednesday'
T = """COMUNICAT DE PRESĂ

Sighetu Marmației, 26 octombrie 2037

Forumul Turismului Rural din Maramureș, ediția a VI-a: 170 de participanți și un parteneriat transfrontalier cu Ucraina

Clusterul de Turism Maramureș (CTM) a organizat în perioada 21–23 octombrie 2037, la Sighetu Marmației, a șasea ediție a Forumului Turismului Rural din Maramureș. Evenimentul a reunit 170 de participanți: proprietari de pensiuni, meșteșugari, ghizi, primari din Țara Maramureșului, reprezentanți ai universităților și ai agențiilor de dezvoltare regională din România, Ucraina, Slovacia și Polonia.

Forumul a fost deschis miercuri, 21 octombrie, de președintele Consiliului Județean Maramureș, Ioan Pop-Bledea, și de primarul municipiului Sighetu Marmației, Vasile Moldovan. Au mai luat cuvântul Adriana DRĂGUȘ, director general al Agenției pentru Dezvoltare Regională Nord-Vest (ADR Nord-Vest), și Oleksandr Vakulyuk, șeful Departamentului de Turism al Administrației Regionale Zakarpattia (Ucraina).

Programul forumului
Miercuri, 21 octombrie 2037 – Muzeul Maramureșului
10:00 Deschiderea oficială
11:00 Prezentare: „Turismul lent – o șansă pentru satele de munte", prof. univ. dr. Ileana Mărginean, Universitatea Tehnică din Cluj-Napoca, Centrul Universitar Nord din Baia Mare
14:00 Sesiune de brokeraj între pensiuni, agenții de turism și meșteșugari (b2b)
19:30 Cina festivă cu produse locale la Pensiunea Ileana din Săpânța

Joi, 22 octombrie 2037
09:30 Ateliere de lucru: rețete tradiționale și siguranța alimentară; promovarea online; trasee cicloturistice transfrontaliere
16:00 Adunarea Generală a Clusterului de Turism Maramureș (doar pentru membri)

Vineri, 23 octombrie 2037
Vizită de studiu în satele Botiza, Ieud și Bârsana, cu oprire la mănăstirea Bârsana și la atelierul de țesut al familiei Bledea

Adunarea Generală a membrilor
În cadrul Adunării Generale, membrii clusterului au aprobat raportul de activitate pe 2036 și au ales un nou Consiliu Director pentru perioada 2037–2040. Președinte a fost aleasă Maria Rus-Tomoiagă (Pensiunea Casa Rus, Breb), vicepreședinte Gheorghe Berciu (Asociația Meșteșugarilor din Maramureș), iar în funcția de secretar a fost reales Dan Opriș (Universitatea Tehnică din Cluj-Napoca). Clusterul numără în prezent 58 de membri.

Concluzii principale ale forumului
- Turismul rural din Maramureș are nevoie de o marcă comună, recunoscută atât în România, cât și în străinătate
- Pensiunile și meșteșugarii trebuie să vândă împreună pachete, nu servicii separate
- Traseele transfrontaliere cu Zakarpattia pot aduce turiști noi, dar necesită un punct de trecere deschis pentru bicicliști
- Tinerii din sate trebuie implicați în ghidaj și promovare online

„Acum șase ani eram câțiva prieteni care se întâlneau într-o sală de clasă din Baia Mare. Astăzi avem parteneri în patru țări și primele pachete turistice vândute în comun", a declarat managerul clusterului, Ioana Pașca, la închiderea forumului. Ea a mulțumit voluntarilor de la Liceul Tehnologic „Marmația", care s-au ocupat de primirea oaspeților.

Următorii pași
Un grup de lucru comun cu partenerii din Ucraina se va reuni pentru prima dată la Rahiv, pe 18 noiembrie 2037. Clusterul va depune în primăvara anului 2038 o cerere de finanțare în programul Interreg NEXT România–Ucraina.

Edițiile anterioare ale forumului
I – Baia Mare, 2032
II – Vișeu de Sus, 2033
III – Borșa, 2034
IV – Baia Sprie, 2035
V – Ocna Șugatag, 2036

Despre Clusterul de Turism Maramureș
Clusterul a fost înființat în 2031 și reunește pensiuni, meșteșugari, agenții de turism, autorități locale și instituții de învățământ din județul Maramureș. Este membru al Asociației Clusterelor din România (CLUSTERO) și deține eticheta de bronz pentru excelența managementului de cluster.

Persoană de contact: Ioana Pașca, manager de cluster, tel. 0262 000 000, contact@turism-maramures.example.ro
"""
write(F, T)
C="Clusterul de Turism Maramureș"; U="Universitatea Tehnică din Cluj-Napoca"
gold(F,
 [P("Ioan Pop-Bledea","președintele","Consiliului Județean Maramureș"),
  P("Vasile Moldovan","primarul municipiului Sighetu Marmației",None),
  P("Adriana DRĂGUȘ","director general","Agenției pentru Dezvoltare Regională Nord-Vest"),
  P("Oleksandr Vakulyuk","șeful Departamentului de Turism","Administrației Regionale Zakarpattia"),
  P("Ileana Mărginean",None,U),
  P("Maria Rus-Tomoiagă","Președinte",C), P("Gheorghe Berciu","vicepreședinte",C), P("Dan Opriș","secretar",C),
  P("Ioana Pașca","manager de cluster",C)],
 [O(C,"CTM"), O("Consiliului Județean Maramureș"), O("Agenției pentru Dezvoltare Regională Nord-Vest","ADR Nord-Vest"),
  O("Administrației Regionale Zakarpattia"), O(U), O("Centrul Universitar Nord din Baia Mare"),
  O("Pensiunea Casa Rus"), O("Asociația Meșteșugarilor din Maramureș"), O("Asociației Clusterelor din România","CLUSTERO"), O("Liceul Tehnologic „Marmația\"")],
 [E("Forumul Turismului Rural din Maramureș","2037-10-21","2037-10-23","Sighetu Marmației","Romania"),
  E("Sesiune de brokeraj","2037-10-21",None,"Sighetu Marmației","Romania"),
  E("Cina festivă","2037-10-21",None,"Săpânța","Romania"),
  E("Ateliere de lucru","2037-10-22",None,"Sighetu Marmației","Romania"),
  E("Adunarea Generală a Clusterului de Turism Maramureș","2037-10-22",None,"Sighetu Marmației","Romania"),
  E("Vizită de studiu","2037-10-23",None,"Botiza, Ieud, Bârsana","Romania"),
  E("grup de lucru comun","2037-11-18",None,"Rahiv","Ukraine"),
  E("Forumul Turismului Rural din Maramureș","2032",None,"Baia Mare","Romania"),
  E("Forumul Turismului Rural din Maramureș","2033",None,"Vișeu de Sus","Romania"),
  E("Forumul Turismului Rural din Maramureș","2034",None,"Borșa","Romania"),
  E("Forumul Turismului Rural din Maramureș","2035",None,"Baia Sprie","Romania"),
  E("Forumul Turismului Rural din Maramureș","2036",None,"Ocna Șugatag","Romania")],
 ["2037-10-26","2037-10-21/2037-10-23","2037-10-21","2037-10-22","2037-10-23","2036","2037/2040","2037-11-18","2038",
  "2032","2033","2034","2035","2031"],
 ["Turismul rural din Maramureș are nevoie de o marcă comună, recunoscută atât în România, cât și în străinătate",
  "Pensiunile și meșteșugarii trebuie să vândă împreună pachete, nu servicii separate",
  "Traseele transfrontaliere cu Zakarpattia pot aduce turiști noi, dar necesită un punct de trecere deschis pentru bicicliști",
  "Tinerii din sate trebuie implicați în ghidaj și promovare online"],
 pub="2037-10-26")
