from h import *
F='bucovina-wood-cluster-raport-adunare-2031.md'
C_=["Clusterul va crea un centru comun de uscare și tratare a lemnului pentru firmele mici din județ",
"Membrii vor participa împreună la târgul Interzum din Köln în 2032, sub marca „Bucovina Wood”",
"Clusterul va propune Agenției pentru Dezvoltare Regională Nord-Est un program de formare pentru tâmplari și operatori CNC",
"Cotizația anuală rămâne neschimbată pentru microîntreprinderi"]
T=f'''# Raport: Adunarea membrilor și atelierul „Lemnul Bucovinei în economia circulară”

**Suceava, {wd(2031,11,20,'ro')} 20 noiembrie 2031** · Clusterul Lemnului din Bucovina (Bucovina Wood Cluster) · Autor: ing. Mihaela Ursulescu-Popovici, manager de cluster

---

## 1. Context

Clusterul Lemnului din Bucovina a fost înființat în 2018 și reunește astăzi 47 de membri: fabrici de mobilă, gatere, producători de case din lemn, Universitatea „Ștefan cel Mare” din Suceava, Direcția Silvică Suceava și Consiliul Județean Suceava. Clusterul este membru al Asociației Clusterelor din România (CLUSTERO).

Adunarea anuală a membrilor a avut loc pe {wd(2031,11,13,'ro')} 13 noiembrie 2031 la sediul Universității „Ștefan cel Mare” din Suceava, urmată după-amiază de un atelier de lucru despre economia circulară în industria lemnului. Au participat 61 de persoane.

## 2. Deschiderea

Lucrările au fost deschise de președintele clusterului, dl Vasile Hrițcu-Moldovan, director general al firmei Mobila Rădăuți S.A., și de prof. univ. dr. ing. Elena Bujor, prorector al universității. Au transmis mesaje dl Gheorghe Lucan, vicepreședinte al Consiliului Județean Suceava, și dna Ioana Chiriac, director general adjunct al Agenției pentru Dezvoltare Regională Nord-Est (ADR Nord-Est).

## 3. Raportul de activitate

Managerul clusterului a prezentat activitatea din 2031: participarea a 12 firme la târgul BIFE-SIM din București, două proiecte europene în derulare și un studiu despre deșeurile din lemn în județ. Cifra de afaceri cumulată a membrilor a crescut cu 9 la sută față de 2030. Membrii au aprobat raportul și bugetul pentru 2032.

Dl Florin Țugui, administrator al firmei Casa Verde Câmpulung SRL, a ridicat problema prețului lemnului și a cerut clusterului să discute cu Romsilva despre licitații mai transparente.

## 4. Atelierul de lucru

Atelierul a fost moderat de dr. Anna Kaczmarek-Lis de la Klaster Drzewny Podkarpacie din Polonia, care a prezentat experiența clusterului polonez în folosirea rumegușului pentru peleți și plăci. Dl Andrei Sârbu de la Institutul Național de Cercetare-Dezvoltare în Silvicultură „Marin Drăcea” (INCDS) a vorbit despre certificarea lemnului, iar dna Oksana Melnyk de la Clusterul de Mobilă din Cernăuți (Ucraina) a propus un proiect transfrontalier.

Participanții au discutat despre lipsa forței de muncă, despre costul energiei pentru uscarea lemnului și despre nevoia unor standarde comune pentru casele din lemn.

Mai mulți producători mici au spus că aruncă sau ard o mare parte din resturile de lemn, pentru că nu au spațiu și nici utilaje pentru a le transforma. Un centru comun, administrat de cluster, ar putea prelua aceste resturi și le-ar putea vinde fabricilor de plăci sau de peleți. Reprezentanții universității s-au oferit să facă un studiu de fezabilitate împreună cu studenții de la Facultatea de Silvicultură. Dna Melnyk a arătat că firmele din Cernăuți au aceleași probleme și că un proiect comun ar putea fi finanțat prin programul de cooperare transfrontalieră România–Ucraina.

Discuția a mai atins și tema tinerilor: școlile profesionale din județ au tot mai puțini elevi la meseria de tâmplar, iar firmele caută oameni în Republica Moldova și chiar în Asia.

## 5. Concluzii și decizii

La finalul zilei, membrii au stabilit următoarele:

- {C_[0]}.
- {C_[1]}.
- {C_[2]}.
- {C_[3]}.

## 6. Pașii următori

Consiliul director se va reuni pe {wd(2031,12,11,'ro')} 11 decembrie 2031 pentru a pregăti planul de acțiune. Următoarea adunare a membrilor va avea loc în noiembrie 2032 la Rădăuți. Clusterul va organiza o vizită de studiu în Podkarpacie în perioada 18–20 martie 2032.

Contact: cluster@bucovinawood.ro · str. Universității 13, Suceava
'''
write(F,T)
C='Clusterul Lemnului din Bucovina'
gold(F,[P('Mihaela Ursulescu-Popovici','manager de cluster',C),P('Vasile Hrițcu-Moldovan','director general','Mobila Rădăuți S.A.'),P('Elena Bujor','prorector','Universitatea „Ștefan cel Mare” din Suceava'),
P('Gheorghe Lucan','vicepreședinte','Consiliul Județean Suceava'),P('Ioana Chiriac','director general adjunct','Agenției pentru Dezvoltare Regională Nord-Est'),P('Florin Țugui','administrator','Casa Verde Câmpulung SRL'),
P('Anna Kaczmarek-Lis',None,'Klaster Drzewny Podkarpacie'),P('Andrei Sârbu',None,'INCDS'),P('Oksana Melnyk',None,'Clusterul de Mobilă din Cernăuți')],
[O(C),O('Universitatea „Ștefan cel Mare” din Suceava'),O('Direcția Silvică Suceava'),O('Consiliul Județean Suceava'),O('Asociației Clusterelor din România','CLUSTERO'),O('Mobila Rădăuți S.A.'),
O('Agenției pentru Dezvoltare Regională Nord-Est','ADR Nord-Est'),O('Casa Verde Câmpulung SRL'),O('Romsilva'),O('Klaster Drzewny Podkarpacie'),
O('Institutul Național de Cercetare-Dezvoltare în Silvicultură „Marin Drăcea”','INCDS'),O('Clusterul de Mobilă din Cernăuți'),O('Facultatea de Silvicultură')],
[E('Adunarea anuală a membrilor','2031-11-13','2031-11-13','Suceava','Romania'),E('Lemnul Bucovinei în economia circulară','2031-11-13','2031-11-13','Suceava','Romania'),
E('BIFE-SIM','2031','2031','București','Romania'),E('Interzum','2032','2032','Köln','Germany'),E('ședința Consiliului director','2031-12-11','2031-12-11',None,None),
E('adunare a membrilor','2032-11','2032-11','Rădăuți','Romania'),E('vizită de studiu','2032-03-18','2032-03-20',None,None)],
['2031-11-20','2018','2031-11-13','2031','2030','2032','2031-12-11','2032-11','2032-03-18/2032-03-20'],C_,pub='2031-11-20')
