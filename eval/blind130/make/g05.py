from h import *
F = 'g05_oltenia_foaie_de_parcurs_tranzitie-pdf.txt'
assert wd(2036,1,14)=='Monday' and wd(2036,1,21)=='Monday' and wd(2036,1,28)=='Monday' and wd(2036,2,26)=='Tuesday' and wd(2036,3,19)=='Wednesday'
T = """CLUSTERUL PENTRU TRANZIȚIE ENERGETICĂ OLTENIA
Foaie de parcurs 2036–2041

Versiune aprobată de Adunarea Generală a membrilor
Târgu Jiu, 26 februarie 2036

Elaborată cu sprijinul Agenției pentru Dezvoltare Regională Sud-Vest
Oltenia (ADR SV Oltenia)

Foaie de parcurs 2036–2041 | CTEO                                    1

Cuprins
1. Context .............................................. 2
2. Procesul de consultare ............................... 2
3. Viziune și obiective ................................. 3
4. Recomandări și măsuri prioritare ..................... 3
5. Guvernanță și calendar ............................... 4

Foaie de parcurs 2036–2041 | CTEO                                    2

1. Context
Județul Gorj trece printr-o transformare profundă: închiderea trep-
tată a minelor de lignit și a unor grupuri energetice ale Complexului
Energetic Oltenia S.A. afectează direct peste 9.000 de locuri de muncă
și indirect câteva mii de firme furnizoare. Clusterul pentru Tranziție
Energetică Oltenia (CTEO), înființat în 2034 la Târgu Jiu, reunește
47 de membri: firme de mentenanță industrială, dezvoltatori de parcuri
fotovoltaice, unități de cercetare, autorități locale și organizații de
formare profesională.

2. Procesul de consultare
Foaia de parcurs a fost pregătită între noiembrie 2035 și februarie
2036. Au avut loc trei ateliere de consultare: la Târgu Jiu (luni, 14
ianuarie 2036), la Motru (luni, 21 ianuarie 2036) și la Craiova (luni,
28 ianuarie 2036), cu un total de 131 de participanți. Atelierul de la
Craiova a fost găzduit de Universitatea din Craiova, Facultatea de Inginerie
Electrică. Consultarea a fost coordonată de dr. ing. Mihaela Popescu-Drăgan,
director executiv al clusterului, împreună cu Radu-Ștefan Ionescu, expert
în politici regionale la ADR SV Oltenia.

Foaie de parcurs 2036–2041 | CTEO                                    3

3. Viziune și obiective
Până în 2041, Gorjul să devină o regiune-model pentru reconversia
forței de muncă din energie convențională spre energie regenerabilă,
stocare și eficiență energetică.

4. Recomandări și măsuri prioritare
Pe baza consultărilor, Adunarea Generală a adoptat următoarele
recomandări:

1. Crearea unui centru regional de recalificare pentru ocupațiile
   din energia regenerabilă, în parteneriat cu Universitatea
   „Constantin Brâncuși” din Târgu Jiu.
2. Transformarea terenurilor miniere reabilitate în parcuri
   industriale verzi, cu prioritate pentru firmele locale.
3. Un program de mentorat între firmele mari din energie și IMM-urile
   furnizoare, coordonat de cluster.
4. Înființarea unui birou comun de scriere a proiectelor pentru Fondul
   pentru o Tranziție Justă, deschis tuturor membrilor.
5. Participarea clusterului la cel puțin două parteneriate europene de
   specializare inteligentă până la sfârșitul anului 2037.

Măsurile vor fi detaliate în planuri anuale de acțiune. Primul plan
de acțiune va fi prezentat Consiliului Director până la 31 martie 2036.

Foaie de parcurs 2036–2041 | CTEO                                    4

5. Guvernanță și calendar
Implementarea foii de parcurs este urmărită de Consiliul Director al
clusterului, prezidat de Ion Bălănescu (președinte CTEO, director
general al Energomontaj Gorj S.R.L.). Vicepreședintă este prof. univ.
dr. Ana-Maria Vlădescu de la Universitatea „Constantin Brâncuși”.
Din partea autorităților participă Consiliul Județean Gorj și Primăria
Municipiului Târgu Jiu.

Foaia de parcurs a fost prezentată public pe 19 martie 2036, miercuri,
în cadrul Forumului Regional pentru Tranziție Justă de la Craiova,
organizat de ADR SV Oltenia și Ministerul Investițiilor și Proiectelor
Europene. La forum a luat cuvântul și Cristian Oprea-Manole, director
al Direcției Dezvoltare Regională din minister.

Prima evaluare intermediară este prevăzută pentru noiembrie 2038, iar
evaluarea finală pentru anul 2041.

Date de contact: Clusterul pentru Tranziție Energetică Oltenia, str.
Unirii nr. 00, Târgu Jiu, județul Gorj · office@cteo.example.ro

Foaie de parcurs 2036–2041 | CTEO                                    5

Anexa 1. Lista membrilor fondatori (extras)
Energomontaj Gorj S.R.L. · Universitatea „Constantin Brâncuși” din
Târgu Jiu · Asociația Patronală a IMM-urilor Gorj · SolarVest Energy
S.R.L. · Consiliul Județean Gorj · Institutul Național de
Cercetare-Dezvoltare pentru Energie – ICEMENERG · Camera de Comerț și
Industrie Gorj
"""
write(F, T)
C = "Clusterul pentru Tranziție Energetică Oltenia"
gold(F,
 [P("Mihaela Popescu-Drăgan", "director executiv", C),
  P("Radu-Ștefan Ionescu", "expert în politici regionale", "ADR SV Oltenia"),
  P("Ion Bălănescu", "președinte", "CTEO"),
  P("Ana-Maria Vlădescu", "Vicepreședintă", "CTEO"),
  P("Cristian Oprea-Manole", "director al Direcției Dezvoltare Regională", "Ministerul Investițiilor și Proiectelor Europene")],
 [O(C, "CTEO"), O("Agenției pentru Dezvoltare Regională Sud-Vest Oltenia", "ADR SV Oltenia"), O("Complexului Energetic Oltenia S.A."),
  O("Universitatea din Craiova"), O("Facultatea de Inginerie Electrică"), O("Universitatea „Constantin Brâncuși” din Târgu Jiu"),
  O("Energomontaj Gorj S.R.L."), O("Consiliul Județean Gorj"), O("Primăria Municipiului Târgu Jiu"),
  O("Ministerul Investițiilor și Proiectelor Europene"), O("Direcției Dezvoltare Regională"),
  O("Asociația Patronală a IMM-urilor Gorj"), O("SolarVest Energy S.R.L."),
  O("Institutul Național de Cercetare-Dezvoltare pentru Energie", "ICEMENERG"), O("Camera de Comerț și Industrie Gorj")],
 [E("Adunarea Generală a membrilor", "2036-02-26", None, "Târgu Jiu", "Romania"),
  E("ateliere de consultare", "2036-01-14", None, "Târgu Jiu", "Romania"),
  E("ateliere de consultare", "2036-01-21", None, "Motru", "Romania"),
  E("Atelierul de la Craiova", "2036-01-28", None, "Craiova", "Romania"),
  E("Forumului Regional pentru Tranziție Justă", "2036-03-19", None, "Craiova", "Romania")],
 ["2036/2041", "2036-02-26", "2034", "2035-11/2036-02", "2036-01-14", "2036-01-21", "2036-01-28", "2041", "2037", "2036-03-31",
  "2036-03-19", "2038-11"],
 ["Crearea unui centru regional de recalificare pentru ocupațiile din energia regenerabilă, în parteneriat cu Universitatea „Constantin Brâncuși” din Târgu Jiu",
  "Transformarea terenurilor miniere reabilitate în parcuri industriale verzi, cu prioritate pentru firmele locale",
  "Un program de mentorat între firmele mari din energie și IMM-urile furnizoare, coordonat de cluster",
  "Înființarea unui birou comun de scriere a proiectelor pentru Fondul pentru o Tranziție Justă, deschis tuturor membrilor",
  "Participarea clusterului la cel puțin două parteneriate europene de specializare inteligentă până la sfârșitul anului 2037"],
 pub="2036-02-26")
