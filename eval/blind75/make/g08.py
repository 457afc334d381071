from h import *
F = 'raport-vizita-studiu-memmingen-biberach-2034.txt'
T = """CLUSTERUL AGROALIMENTAR COVASNA
Sfântu Gheorghe, str. Gábor Áron nr. 14, jud. Covasna | www.agrocovasna.ro

RAPORT PRIVIND VIZITA DE STUDIU ÎN REGIUNEA MEMMINGEN – BIBERACH (GERMANIA)
12–15 iunie 2034

Întocmit de: Zsófia Kovács-Bartha, manager de cluster
Data: 26 iunie 2034
Nr. înregistrare: 318/26.06.2034

1. CONTEXT ȘI PARTICIPANȚI

Vizita de studiu a fost organizată de Clusterul Agroalimentar Covasna (CAC) în cadrul proiectului „Lanțuri scurte pentru lapte și carne din zona montană”, finanțat prin Programul Regional Centru 2028–2034, cu sprijinul Agenției pentru Dezvoltare Regională Centru (ADR Centru). Partenerul gazdă a fost Milchwirtschaftlicher Verein Allgäu-Schwaben, împreună cu Camera de Industrie și Comerț Schwaben (IHK Schwaben) și clusterul Food Alliance Oberschwaben.

Delegația a numărat 17 persoane: 11 reprezentanți ai firmelor membre (ferme de vaci cu lapte, două fabrici de brânzeturi, o carmangerie și o cooperativă de colectare), doi reprezentanți ai Consiliului Județean Covasna, un cercetător de la Universitatea Sapientia – Facultatea de Științe Economice, Socio-Umane și Inginerie din Miercurea Ciuc și echipa clusterului. Din partea Consiliului Județean au participat dl Szilárd Bende, vicepreședinte, și dna Ileana Mureșan, director al Direcției de Dezvoltare Economică.

2. DESFĂȘURAREA VIZITEI

Ziua 1 – luni, 12 iunie 2034

Zbor Cluj-Napoca – Memmingen, cu sosire la ora 13:40. După-amiaza, primirea oficială la sediul IHK Schwaben din Memmingen, unde dl Dr. Johannes Reitmayr, șeful departamentului de inovare, a prezentat structura industriei alimentare din Schwaben (peste 600 de firme, 21.000 de angajați). Seara a avut loc o recepție de bun venit oferită de primarul orașului Memmingen, dl Manfred Schilder, în sala istorică a Primăriei.

Ziua 2 – marți, 13 iunie 2034

Vizită la Käserei Hochwies eG din Bad Grönenbach, o cooperativă cu 84 de ferme membre care procesează zilnic 140.000 de litri de lapte. Directorul, dl Anton Fleischhut, a insistat asupra modelului de plată diferențiată a laptelui în funcție de calitate și de practicile de bunăstare a animalelor. După-amiaza, vizită la ferma familiei Wiedemann din Ottobeuren (120 de vaci, robot de muls, biogaz). Participanții au apreciat în mod special sistemul de vânzare directă prin automate de lapte amplasate în sate.

Ziua 3 – miercuri, 14 iunie 2034

Deplasare la Biberach an der Riß. Dimineața, vizită la abatorul regional Schlachthof Biberach GmbH, administrat în comun de patru municipalități și 230 de crescători. După-amiaza, masă rotundă la Hochschule Biberach cu tema „Cum pot clusterele regionale să susțină lanțurile scurte de aprovizionare?”, moderată de prof. Dr. Karin Eisele-Hummel, prorectoră pentru cercetare. Au luat cuvântul: dna Marlene Grupp, managerul clusterului Food Alliance Oberschwaben; dl Tobias Brenner, Landratsamt Biberach; dl Szilárd Bende; dl Lóránd Nagy-Fejér, președintele Cooperativei Agricole Târgu Secuiesc; dr. Edit Kerekes, Universitatea Sapientia. Seara, cină comună cu membrii Food Alliance Oberschwaben la Gasthof Adler.

Ziua 4 – joi, 15 iunie 2034

Vizită la magazinul cooperativ „Unser Land” din Memmingen și întâlnire de evaluare a delegației. Zbor de întoarcere Memmingen – Cluj-Napoca la ora 17:15.

Observații ale participanților

La întâlnirea de evaluare din ultima zi, participanții au subliniat că diferența principală față de județul Covasna nu ține de tehnologie, ci de organizare: fermierii germani lucrează de zeci de ani în cooperative în care au încredere, iar municipalitățile se implică direct în infrastructura de procesare. Dl Lóránd Nagy-Fejér a remarcat că prețul laptelui plătit fermierilor în Bavaria este aproape dublu, dar și costurile de producție sunt mult mai mari. Reprezentanții fabricilor de brânzeturi au fost interesați în special de modul în care Käserei Hochwies eG își promovează produsele sub o marcă regională comună, iar crescătorii de bovine de carne au cerut ca echipa clusterului să obțină documentația tehnică a abatorului de la Biberach. Toți participanții au evaluat vizita ca fiind „foarte utilă” sau „utilă”.

3. CONCLUZII ȘI RECOMANDĂRI

În urma vizitei, echipa clusterului și membrii delegației au formulat următoarele recomandări pentru activitatea CAC în perioada 2035–2037:

- Crearea unei mărci colective „Produs în Covasna” pentru lapte și carne, cu un caiet de sarcini verificat de un organism independent.
- Studierea unui abator de capacitate mică, în proprietate comună a mai multor comune și crescători, după modelul de la Biberach.
- Introducerea unui sistem de plată a laptelui în funcție de calitate în cadrul cooperativelor membre.
- Amplasarea, în regim de proiect-pilot, a zece automate de lapte în localitățile din județ.
- Semnarea unui acord de cooperare cu Food Alliance Oberschwaben pentru schimburi de tineri fermieri.

4. URMĂTORII PAȘI

Recomandările vor fi discutate în ședința Consiliului Director al CAC din 10 iulie 2034. O delegație a Food Alliance Oberschwaben a acceptat invitația de a vizita județul Covasna cu ocazia Zilelor Agroalimentare Secuiești, 22–24 septembrie 2034, în Sfântu Gheorghe. Dna Marlene Grupp a confirmat participarea ca vorbitor.

5. COSTURI

Costul total al vizitei a fost de 38.420 lei, din care 31.500 lei din fondurile proiectului, iar diferența a fost acoperită de firmele participante (câte 490 lei de persoană pentru cazare suplimentară).

Anexe: lista participanților, programul vizitei, fotografii (foto: Levente Szabó).

Zsófia Kovács-Bartha
Manager de cluster
"""
write(F, T)
gold(F, [P('Zsófia Kovács-Bartha','manager de cluster','Clusterul Agroalimentar Covasna'),
 P('Szilárd Bende','vicepreședinte','Consiliului Județean Covasna'),
 P('Ileana Mureșan','director al Direcției de Dezvoltare Economică','Consiliului Județean Covasna'),
 P('Johannes Reitmayr','șeful departamentului de inovare','IHK Schwaben'),
 P('Manfred Schilder','primarul orașului Memmingen',None),
 P('Anton Fleischhut','Directorul','Käserei Hochwies eG'),
 P('Karin Eisele-Hummel','prorectoră pentru cercetare','Hochschule Biberach'),
 P('Marlene Grupp','managerul clusterului','Food Alliance Oberschwaben'),
 P('Tobias Brenner',None,'Landratsamt Biberach'),
 P('Lóránd Nagy-Fejér','președintele','Cooperativei Agricole Târgu Secuiesc'),
 P('Edit Kerekes',None,'Universitatea Sapientia'),
 P('Levente Szabó',None,None)],
 [O('Clusterul Agroalimentar Covasna','CAC'), O('Agenției pentru Dezvoltare Regională Centru','ADR Centru'),
  O('Milchwirtschaftlicher Verein Allgäu-Schwaben'), O('Camera de Industrie și Comerț Schwaben','IHK Schwaben'),
  O('Food Alliance Oberschwaben'), O('Consiliului Județean Covasna'), O('Universitatea Sapientia'),
  O('Facultatea de Științe Economice, Socio-Umane și Inginerie'), O('Direcției de Dezvoltare Economică'),
  O('Käserei Hochwies eG'), O('Schlachthof Biberach GmbH'), O('Hochschule Biberach'), O('Landratsamt Biberach'),
  O('Cooperativei Agricole Târgu Secuiesc'), O('Unser Land'), O('Consiliului Director al CAC')],
 [E('vizita de studiu în regiunea Memmingen – Biberach','2034-06-12','2034-06-15',None,'Germany'),
  E('primirea oficială la sediul IHK Schwaben','2034-06-12','2034-06-12','Memmingen','Germany'),
  E('recepție de bun venit','2034-06-12','2034-06-12','Memmingen','Germany'),
  E('Vizită la Käserei Hochwies eG','2034-06-13','2034-06-13','Bad Grönenbach','Germany'),
  E('vizită la ferma familiei Wiedemann','2034-06-13','2034-06-13','Ottobeuren','Germany'),
  E('vizită la abatorul regional Schlachthof Biberach GmbH','2034-06-14','2034-06-14','Biberach an der Riß','Germany'),
  E('masă rotundă la Hochschule Biberach','2034-06-14','2034-06-14','Biberach an der Riß','Germany'),
  E('cină comună cu membrii Food Alliance Oberschwaben','2034-06-14','2034-06-14','Biberach an der Riß','Germany'),
  E('Vizită la magazinul cooperativ „Unser Land”','2034-06-15','2034-06-15','Memmingen','Germany'),
  E('întâlnire de evaluare a delegației','2034-06-15','2034-06-15','Memmingen','Germany'),
  E('ședința Consiliului Director al CAC','2034-07-10','2034-07-10',None,None),
  E('Zilele Agroalimentare Secuiești','2034-09-22','2034-09-24','Sfântu Gheorghe','Romania')],
 ['2034-06-12/2034-06-15','2034-06-26','2028/2034','2034-06-12','2034-06-13','2034-06-14','2034-06-15','2035/2037',
  '2034-07-10','2034-09-22/2034-09-24'],
 ['Crearea unei mărci colective „Produs în Covasna” pentru lapte și carne, cu un caiet de sarcini verificat de un organism independent',
  'Studierea unui abator de capacitate mică, în proprietate comună a mai multor comune și crescători, după modelul de la Biberach',
  'Introducerea unui sistem de plată a laptelui în funcție de calitate în cadrul cooperativelor membre',
  'Amplasarea, în regim de proiect-pilot, a zece automate de lapte în localitățile din județ',
  'Semnarea unui acord de cooperare cu Food Alliance Oberschwaben pentru schimburi de tineri fermieri'], pub='2034-06-26')
