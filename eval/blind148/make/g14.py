from h import *
F = 'g14_satu_mare_adunarea_generala_cluster.txt'
assert wd(2035,3,29)=='Thursday' and wd(2035,4,2)=='Monday' and wd(2035,5,16)=='Wednesday' and wd(2035,5,18)=='Friday' and wd(2035,6,7)=='Thursday'
T = """COMUNICAT DE PRESĂ
Satu Mare, 2 aprilie 2035

Clusterul Textil-Confecții „Someș” și-a ales noua conducere și pregătește o misiune economică în Italia

Asociația Clusterul Textil-Confecții „Someș” (CTC Someș) a organizat joi, 29 martie 2035, Adunarea Generală anuală a membrilor. Gazda reuniunii a fost Camera de Comerț și Industrie Satu Mare, care a pus la dispoziție sala de consiliu. Au participat reprezentanții a 38 dintre cei 52 de membri ai clusterului – firme de confecții, producători de țesături, furnizori de accesorii, Universitatea Tehnică din Cluj-Napoca, Centrul Universitar Nord din Baia Mare și Liceul Tehnologic „Constantin Brâncuși” din Satu Mare.

Raportul de activitate pentru anul 2034 a fost prezentat de managerul clusterului, ing. Adrian-Florin Pop. În 2034, clusterul a organizat 11 evenimente, printre care Ziua Meseriilor în Confecții (12 octombrie 2034, Satu Mare) și un atelier de design organizat împreună cu Universitatea de Artă și Design din Cluj-Napoca, și a participat la târgul Texprocess de la Frankfurt. Proiectul interregional Interreg „DigiTex Danube”, în care CTC Someș este partener, a fost prelungit până în 2036.

Alegeri în Consiliul Director
Mandatul Consiliului Director 2031–2035 a expirat. Adunarea Generală a ales noul Consiliu Director pentru perioada 2035–2039:
- Președinte: Kovács-Szilágyi Enikő, director general, Samtex Confecții S.R.L.
- Vicepreședinte: Mihai Dumitrescu-Brad, administrator, Nordic Fabrics S.A.
- Membru: Ileana Tămaș, Universitatea Tehnică din Cluj-Napoca
- Membru: Florin Ardelean, Textila Carei S.R.L.
- Membru: Gabriela Mureșan-Lupu, Agenția pentru Dezvoltare Regională Nord-Vest
Fostul președinte, Vasile Crișan, a primit titlul de președinte de onoare al clusterului.

„Industria de confecții din județ nu mai poate concura doar prin costuri. Avem nevoie de design propriu, de automatizare și de tineri care să vrea să lucreze în fabrici moderne”, a declarat noua președintă, Kovács-Szilágyi Enikő, după vot.

Concluziile Adunării Generale
La finalul discuțiilor, membrii au adoptat următoarele concluzii:
1. Clusterul va înființa un centru comun de prototipare și croire digitală, în colaborare cu Universitatea Tehnică din Cluj-Napoca
2. Formarea profesională duală trebuie extinsă la toate școlile tehnice din județul Satu Mare
3. Membrii vor aplica împreună pentru finanțare din Programul Regional Nord-Vest 2035–2041
4. Clusterul va căuta parteneri în Italia și Ungaria pentru producția de serii mici cu valoare adăugată mare

Misiune economică la Prato
În perioada 16–18 mai 2035, CTC Someș organizează o misiune economică în districtul textil Prato (Italia), împreună cu Agenția pentru Dezvoltare Regională Nord-Vest și cu sprijinul Confindustria Toscana Nord. Programul include întâlniri B2B cu producători de țesături (16 mai), o vizită la Museo del Tessuto și la două fabrici de filare (17 mai), precum și participarea la conferința „Circular Textiles Forum” (18 mai). Firmele interesate se pot înscrie până la data de 20 aprilie 2035. Numărul de locuri este limitat la 12 firme, iar costurile de transport sunt acoperite parțial din bugetul clusterului.

Următorul eveniment al clusterului este seminarul „Eticheta digitală a produselor textile – ce trebuie să știe producătorii”, programat pe 7 iunie 2035, ora 10:00, la Satu Mare, Invitat: Autoritatea Națională pentru Protecția Consumatorilor (ANPC), care va explica noile cerințe europene privind pașaportul digital al produselor și etichetarea compoziției.

Despre CTC Someș
Clusterul Textil-Confecții „Someș” a fost înființat în 2029 ca asociație non-profit și reunește firme, instituții de învățământ și autorități publice din județele Satu Mare, Maramureș și Sălaj. Clusterul este membru CLUSTERO – Asociația Clusterelor din România – și al rețelei europene a clusterelor textile.

Contact presă:
Roxana Bud, responsabil comunicare
Tel.: 0261 000 000 | E-mail: comunicare@ctc-somes.example.ro
www.ctc-somes.example.ro
"""
write(F, T)
C = "Asociația Clusterul Textil-Confecții „Someș”"
gold(F,
 [P("Adrian-Florin Pop","managerul clusterului",C),
  P("Kovács-Szilágyi Enikő","Președinte",C),
  P("Mihai Dumitrescu-Brad","Vicepreședinte",C),
  P("Ileana Tămaș","Membru",C),
  P("Florin Ardelean","Membru",C),
  P("Gabriela Mureșan-Lupu","Membru",C),
  P("Vasile Crișan","președinte de onoare",C),
  P("Roxana Bud","responsabil comunicare",C)],
 [O(C,"CTC Someș"), O("Camera de Comerț și Industrie Satu Mare"), O("Universitatea Tehnică din Cluj-Napoca"),
  O("Centrul Universitar Nord din Baia Mare"), O("Liceul Tehnologic „Constantin Brâncuși”"),
  O("Universitatea de Artă și Design din Cluj-Napoca"), O("Samtex Confecții S.R.L."), O("Nordic Fabrics S.A."),
  O("Textila Carei S.R.L."), O("Agenția pentru Dezvoltare Regională Nord-Vest"), O("Confindustria Toscana Nord"),
  O("Autoritatea Națională pentru Protecția Consumatorilor","ANPC"), O("Asociația Clusterelor din România","CLUSTERO")],
 [E("Adunarea Generală anuală a membrilor","2035-03-29",None,"Satu Mare","Romania"),
  E("Ziua Meseriilor în Confecții","2034-10-12",None,"Satu Mare","Romania"),
  E("atelier de design","2034"),
  E("Texprocess","2034",None,"Frankfurt","Germany"),
  E("misiune economică","2035-05-16","2035-05-18","Prato","Italy"),
  E("întâlniri B2B","2035-05-16",None,"Prato","Italy"),
  E("vizită la Museo del Tessuto și la două fabrici de filare","2035-05-17",None,"Prato","Italy"),
  E("Circular Textiles Forum","2035-05-18",None,"Prato","Italy"),
  E("seminarul „Eticheta digitală a produselor textile – ce trebuie să știe producătorii”","2035-06-07",None,"Satu Mare","Romania")],
 ["2035-04-02","2035-03-29","2034","2034-10-12","2036","2031/2035","2035/2039","2035/2041","2035-05-16/2035-05-18",
  "2035-05-16","2035-05-17","2035-05-18","2035-04-20","2035-06-07","2029"],
 ["Clusterul va înființa un centru comun de prototipare și croire digitală, în colaborare cu Universitatea Tehnică din Cluj-Napoca",
  "Formarea profesională duală trebuie extinsă la toate școlile tehnice din județul Satu Mare",
  "Membrii vor aplica împreună pentru finanțare din Programul Regional Nord-Vest 2035–2041",
  "Clusterul va căuta parteneri în Italia și Ungaria pentru producția de serii mici cu valoare adăugată mare"],
 pub="2035-04-02")
