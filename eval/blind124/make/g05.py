from h import *
F = 'g05_bacau_cluster_raport_anual-pdf.txt'
assert wd(2040,2,15)=='Wednesday' and wd(2039,4,23)=='Saturday' and wd(2039,11,17)=='Thursday'
T = """AgroMoldova Cluster – Raport anual de activitate 2039                    1
________________________________________________________________

ASOCIAȚIA CLUSTERUL AGROALIMENTAR
„AGROMOLDOVA” BACĂU

Raport anual de activitate 2039

Aprobat de Adunarea Generală a Membrilor la 15 februarie 2040

Cuvânt înainte

Anul 2039 a fost pentru clusterul nostru un an al schimbării de genera-
ție. După opt ani în care a condus asociația, domnul Vasile Chirilă-Munteanu
a predat mandatul de președinte al Consiliului Director doamnei ing. Cristi-
na Ionescu-Bârsan, director general al Fabricii de Lactate Trotuș S.R.L. din
Onești, aleasă de Adunarea Generală din 23 aprilie 2039. Tot în 2039, clusterul
a trecut de pragul de 70 de membri și a obținut, pentru a doua oară, eticheta
de argint a Inițiativei Europene pentru Excelența Clusterelor (ECEI).

Le mulțumim tuturor membrilor pentru încredere.
                                        Cristina Ionescu-Bârsan, Președinte

1. Organizare

Asociația are ca organe de conducere Adunarea Generală a Membrilor,
Consiliul Director (7 membri, mandat 2039–2042) și Cenzorul. Activitatea
curentă este asigurată de echipa executivă, condusă de managerul de cluster.

Consiliul Director 2039–2042
  Președinte        Cristina Ionescu-Bârsan       Fabrica de Lactate Trotuș S.R.L.
  Vicepreședinte    Prof. univ. dr. Dan Oprea     Universitatea „Vasile Alecsandri” din Bacău
  Secretar          Laura Gheorghiu               Agenția pentru Dezvoltare Regională Nord-Est
  Membru            Mihai Stoica                  Panificația Bacău S.A.
  Membru            Gabriela Avram-Hudiță         Camera de Comerț și Industrie Bacău
  Membru            Radu Bejan                    Ferma Bejan & Fiii S.R.L.
  Membru            Ioana Pintilie                Consiliul Județean Bacău

Cenzor: ec. Dorin Cozma, expert contabil.

Echipa executivă
  Manager de cluster: Andrei Vasiliu (din 1 septembrie 2039)
  Coordonator proiecte: Elena Roșu
  Responsabil comunicare și membri: Bogdan Tănase
Andreea Lupu, fost manager de cluster în perioada 2033–2039, s-a alătu-
rat în septembrie 2039 echipei Rețelei Enterprise Europe Network din
cadrul ADR Nord-Est, la Piatra Neamț.

________________________________________________________________
AgroMoldova Cluster – Raport anual de activitate 2039                    2
________________________________________________________________

2. Membri

La 31 decembrie 2039, clusterul număra 72 de membri: 51 de întreprin-
deri, 6 instituții de cercetare și învățământ, 9 autorități publice și 6
organizații-suport. Noi membri în 2039 (selecție): Morăria Racova S.R.L.,
Stupina Valea Tazlăului, Institutul de Cercetare-Dezvoltare pentru Pajiști
Brașov – stațiunea din Vaslui, Primăria Municipiului Moinești.

3. Evenimente în 2039

• Adunarea Generală ordinară, 23 aprilie 2039, Bacău
• Ziua Gustului Moldovenesc, ediția a 5-a, 17–18 iunie 2039, Bacău
• Misiune de studiu la Clusterul Agroalimentar din Murcia, Spania,
  9–12 octombrie 2039 (12 participanți)
• Atelierul „Ambalaje sustenabile pentru lactate”, 17 noiembrie 2039,
  Onești, organizat împreună cu Clusterul Agro-Food Regional Transilvania

Edițiile anterioare ale Zilei Gustului Moldovenesc au avut loc la Bacău
(2035–2037) și la Roman (2038).

4. Lecții învățate

În urma evaluării interne din decembrie 2039, echipa a formulat urmă-
toarele lecții învățate:
  – Membrii mici participă mai ales atunci când activitatea are un rezultat comercial imediat
  – Misiunile de studiu trebuie pregătite cu întâlniri B2B stabilite înainte de plecare
  – Schimbarea conducerii a fost ușurată de o perioadă de suprapunere de două luni între manageri

5. Perspective 2040

Consiliul Director a stabilit trei priorități pentru noul an: un program
comun de export pentru brânzeturi și produse de panificație, un laborator
mobil de analize pentru membrii mici și o platformă online de achiziții
comune de ambalaje. Bugetul estimat al programului de activități este
de 640 000 lei, din cotizații și proiecte.

Clusterul va organiza în 2040 a 6-a ediție a Zilei Gustului Moldovenesc și
va depune, până la 30 mai 2040, candidatura pentru eticheta de aur ECEI.

Contact: Asociația Clusterul Agroalimentar „AgroMoldova” Bacău, Str. Mărășești 4, Bacău · office@agromoldova.example.ro
________________________________________________________________
AgroMoldova Cluster – Raport anual de activitate 2039                    3
"""
assert wd(2039,6,17)=='Friday'
write(F, T)
A = "ASOCIAȚIA CLUSTERUL AGROALIMENTAR\n„AGROMOLDOVA” BACĂU"
A = "Asociația Clusterul Agroalimentar „AgroMoldova” Bacău"
gold(F,
 [P("Vasile Chirilă-Munteanu","președinte al Consiliului Director",A),
  P("Cristina Ionescu-Bârsan","Președinte",A),
  P("Dan Oprea","Vicepreședinte",A),
  P("Laura Gheorghiu","Secretar",A),
  P("Mihai Stoica","Membru",A),
  P("Gabriela Avram-Hudiță","Membru",A),
  P("Radu Bejan","Membru",A),
  P("Ioana Pintilie","Membru",A),
  P("Dorin Cozma","Cenzor",A),
  P("Andrei Vasiliu","Manager de cluster",A),
  P("Elena Roșu","Coordonator proiecte",A),
  P("Bogdan Tănase","Responsabil comunicare și membri",A),
  P("Andreea Lupu",None,"ADR Nord-Est")],
 [O(A), O("Fabrica de Lactate Trotuș S.R.L."), O("Inițiativei Europene pentru Excelența Clusterelor","ECEI"),
  O("Universitatea „Vasile Alecsandri” din Bacău"), O("Agenția pentru Dezvoltare Regională Nord-Est","ADR Nord-Est"),
  O("Panificația Bacău S.A."), O("Camera de Comerț și Industrie Bacău"), O("Ferma Bejan & Fiii S.R.L."), O("Consiliul Județean Bacău"),
  O("Enterprise Europe Network"), O("Morăria Racova S.R.L."), O("Stupina Valea Tazlăului"),
  O("Institutul de Cercetare-Dezvoltare pentru Pajiști Brașov"), O("Primăria Municipiului Moinești"),
  O("Clusterul Agroalimentar din Murcia"), O("Clusterul Agro-Food Regional Transilvania")],
 [E("Adunarea Generală a Membrilor","2040-02-15",None,None,None),
  E("Adunarea Generală ordinară","2039-04-23",None,"Bacău","Romania"),
  E("Ziua Gustului Moldovenesc, ediția a 5-a","2039-06-17","2039-06-18","Bacău","Romania"),
  E("Misiune de studiu la Clusterul Agroalimentar din Murcia","2039-10-09","2039-10-12","Murcia","Spain"),
  E("Ambalaje sustenabile pentru lactate","2039-11-17",None,"Onești","Romania"),
  E("Ziua Gustului Moldovenesc (2035)","2035",None,"Bacău","Romania"),
  E("Ziua Gustului Moldovenesc (2036)","2036",None,"Bacău","Romania"),
  E("Ziua Gustului Moldovenesc (2037)","2037",None,"Bacău","Romania"),
  E("Ziua Gustului Moldovenesc (2038)","2038",None,"Roman","Romania"),
  E("a 6-a ediție a Zilei Gustului Moldovenesc","2040",None,None,None)],
 ["2039","2040-02-15","2039-04-23","2039/2042","2039-09-01","2033/2039","2039-09","2039-12-31","2039-06-17/2039-06-18",
  "2039-10-09/2039-10-12","2039-11-17","2035/2037","2038","2039-12","2040","2040-05-30"],
 ["Membrii mici participă mai ales atunci când activitatea are un rezultat comercial imediat",
  "Misiunile de studiu trebuie pregătite cu întâlniri B2B stabilite înainte de plecare",
  "Schimbarea conducerii a fost ușurată de o perioadă de suprapunere de două luni între manageri"],
 pub="2040-02-15")
