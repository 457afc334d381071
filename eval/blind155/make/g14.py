from h import *
F = 'g14_hunedoara_conferinta_tranzitie_concluzii.txt'
assert wd(2041,10,7)=='Monday' and wd(2041,10,8)=='Tuesday' and wd(2041,11,20)=='Wednesday'
T = """ASOCIAȚIA CLUSTERUL ENERGIE ȘI TRANZIȚIE VALEA JIULUI
Petroșani, str. Universității nr. 20, județul Hunedoara
www.cetvj.example.ro | contact@cetvj.example.ro

Comunicat de presă
Petroșani, 11 octombrie 2041

Conferința „Valea Jiului după cărbune: zece ani de tranziție" – raport și concluzii

În zilele de 7 și 8 octombrie 2041, la Petroșani și Deva s-a desfășurat a treia ediție a conferinței regionale „Valea Jiului după cărbune", organizată de Asociația Clusterul Energie și Tranziție Valea Jiului (CETVJ) împreună cu Universitatea din Petroșani, Consiliul Județean Hunedoara și Agenția pentru Dezvoltare Regională Vest (ADR Vest). Au participat peste 170 de reprezentanți ai firmelor, primăriilor, universităților și ai Comisiei Europene.

Conferința a fost deschisă luni, 7 octombrie, în Aula Universității din Petroșani, de rectorul universității, prof. univ. dr. ing. Sorin-Mihai Radu-Ilieș, și de președintele Consiliului Județean Hunedoara, Laurențiu Nistor-Gârbacea. Dna Adriana Pop, șefă de unitate în cadrul Direcției Generale Politică Regională și Urbană (DG REGIO) a Comisiei Europene, a prezentat rezultatele Fondului pentru o Tranziție Justă în Valea Jiului. Dl Mihai Cârstoiu, directorul executiv al clusterului, a arătat că membrii CETVJ au creat, din 2032 până în 2041, peste 1.300 de locuri de muncă în energie solară, stocare și reparații industriale.

În atelierele din prima zi, participanții au discutat deschis despre ce nu a mers. Mai mulți foști mineri au spus că au urmat cursuri de calificare fără să găsească apoi un loc de muncă, pentru că firmele care ar fi trebuit să îi angajeze nu s-au mai instalat în zonă. Reprezentanții primăriilor au subliniat că fostele incinte miniere au probleme de proprietate și de poluare care întârzie investițiile cu ani de zile. Reprezentanții firmelor au cerut ca autorizațiile de construire pentru parcurile solare să fie emise mai repede și ca rețeaua electrică din vale să fie modernizată înainte de noile investiții.

Programul pe scurt:
Luni, 7 octombrie 2041 – Petroșani
09:30 Deschidere oficială
10:00 Prezentare: „Ce am învățat din zece ani de tranziție" – Mihai Cârstoiu, CETVJ
11:30 Ateliere: reconversia profesională a minerilor; parcuri industriale pe fostele incinte miniere; turism
18:00 Vizită la fosta mină Petrila, transformată în centru cultural și tehnologic
19:30 Cină festivă la Cabana Rusu

Marți, 8 octombrie 2041 – Deva
09:30 Întâlniri B2B între firmele din cluster și investitori (48 de întâlniri)
12:00 Semnarea acordului de colaborare între CETVJ și clusterul Silesia Energy Transition Cluster din Katowice (Polonia)
14:00 Vizită de studiu la Parcul Industrial Deva-Mintia

Concluzii
Participanții au convenit următoarele concluzii, care vor fi transmise Ministerului Investițiilor și Proiectelor Europene:
1. Recalificarea foștilor mineri a funcționat doar acolo unde firmele s-au angajat dinainte să îi angajeze
2. Parcurile industriale de pe fostele incinte miniere au nevoie de o administrare comună, nu de câte o societate în fiecare oraș
3. Tinerii din Valea Jiului rămân dacă au locuri de muncă calificate și transport bun spre Deva și Timișoara
4. Clusterul trebuie să devină partener permanent în comitetul de monitorizare al programului regional

Edițiile anterioare:
- 2035 – Petroșani, 15–16 octombrie
- 2038 – Lupeni, 9–10 octombrie
- 2041 – Petroșani și Deva, 7–8 octombrie

Următorul pas: adunarea generală a CETVJ, miercuri, 20 noiembrie 2041, la Petroșani, va discuta planul de acțiune pentru 2042–2045.

Persoană de contact: Ioana Bărbulescu-Dan, manager de comunicare, tel. 0254 000 000

***
Despre CETVJ: clusterul a fost înființat în 2031 și are 64 de membri – firme, Universitatea din Petroșani, primăriile din Petroșani, Petrila, Vulcan și Lupeni și organizații neguvernamentale. Președintele consiliului director este Florin Ursu-Dănilă (Energo Jiu S.R.L.).
"""
write(F, T)
C = "Asociația Clusterul Energie și Tranziție Valea Jiului"
gold(F,
 [P("Sorin-Mihai Radu-Ilieș","rectorul","Universitatea din Petroșani"),
  P("Laurențiu Nistor-Gârbacea","președintele","Consiliul Județean Hunedoara"),
  P("Adriana Pop","șefă de unitate","Direcției Generale Politică Regională și Urbană"),
  P("Mihai Cârstoiu","directorul executiv",C),
  P("Ioana Bărbulescu-Dan","manager de comunicare",C),
  P("Florin Ursu-Dănilă","Președintele consiliului director",C)],
 [O(C,"CETVJ"), O("Universitatea din Petroșani"), O("Consiliul Județean Hunedoara"),
  O("Agenția pentru Dezvoltare Regională Vest","ADR Vest"), O("Comisiei Europene"),
  O("Direcției Generale Politică Regională și Urbană","DG REGIO"), O("Silesia Energy Transition Cluster"),
  O("Ministerului Investițiilor și Proiectelor Europene"), O("Energo Jiu S.R.L.")],
 [E("Valea Jiului după cărbune","2041-10-07","2041-10-08","Petroșani, Deva","Romania"),
  E("Ce am învățat din zece ani de tranziție","2041-10-07",None,"Petroșani","Romania"),
  E("Ateliere","2041-10-07",None,"Petroșani","Romania"),
  E("Vizită la fosta mină Petrila","2041-10-07",None,"Petrila","Romania"),
  E("Cină festivă","2041-10-07",None,None,"Romania"),
  E("Întâlniri B2B","2041-10-08",None,"Deva","Romania"),
  E("Semnarea acordului de colaborare","2041-10-08",None,"Deva","Romania"),
  E("Vizită de studiu la Parcul Industrial Deva-Mintia","2041-10-08",None,"Deva","Romania"),
  E("Valea Jiului după cărbune","2035-10-15","2035-10-16","Petroșani","Romania"),
  E("Valea Jiului după cărbune","2038-10-09","2038-10-10","Lupeni","Romania"),
  E("adunarea generală a CETVJ","2041-11-20",None,"Petroșani","Romania")],
 ["2041-10-11","2041-10-07/2041-10-08","2041-10-07","2032/2041","2041-10-08","2035-10-15/2035-10-16",
  "2038-10-09/2038-10-10","2041-11-20","2042/2045","2031"],
 ["Recalificarea foștilor mineri a funcționat doar acolo unde firmele s-au angajat dinainte să îi angajeze",
  "Parcurile industriale de pe fostele incinte miniere au nevoie de o administrare comună, nu de câte o societate în fiecare oraș",
  "Tinerii din Valea Jiului rămân dacă au locuri de muncă calificate și transport bun spre Deva și Timișoara",
  "Clusterul trebuie să devină partener permanent în comitetul de monitorizare al programului regional"],
 pub="2041-10-11")
