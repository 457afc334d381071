from h import *
doc = 'stire_cluster-naval-dobrogea_nou-presedinte.txt'
text = '''Acasă » Știri » Economie regională

Clusterul Maritim Pontica are un nou președinte și un Consiliu Director reînnoit

Publicat: 19 martie 2034, ora 14:20 | Autor: Redacția Dobrogea Business

Constanța – Adunarea Generală a Asociației Clusterul Maritim Pontica, care reunește 63 de șantiere navale, firme de echipamente,
operatori portuari, universități și institute de cercetare din județele Constanța și Tulcea, l-a ales vineri, 17 martie 2034, pe
ing. Mihail-Cristian Zamfirescu în funcția de președinte al clusterului, pentru un mandat de patru ani (2034–2038). Ședința
s-a desfășurat la sediul Camerei de Comerț, Industrie, Navigație și Agricultură Constanța și a fost urmată de 48 de membri cu drept
de vot.

Mihail-Cristian Zamfirescu, în vârstă de 51 de ani, este director general al companiei Navimar Echipamente S.R.L. din Mangalia,
producător de sisteme de propulsie și de automatizare pentru nave de serviciu. El îi succede Elenei POPESCU-ARGHIR, care a condus
clusterul în două mandate consecutive, în perioada 2026–2034, și care nu a mai candidat. Doamna Popescu-Arghir rămâne membru
al Consiliului Director, în calitate de reprezentant al Universității Maritime din Constanța, unde este prorector pentru cercetare.

„Porturile de la Marea Neagră trec printr-o transformare rapidă: digitalizare, combustibili alternativi, nave mai curate. Vrem ca
firmele din Dobrogea să fie furnizori, nu doar spectatori", a declarat noul președinte după vot.

Componența noului Consiliu Director

Adunarea Generală a validat următoarea componență a Consiliului Director pentru mandatul 2034–2038:

- Președinte: Mihail-Cristian ZAMFIRESCU – director general, Navimar Echipamente S.R.L.
- Vicepreședinte: Ayten CURTMOLLA – director executiv, Tomis Port Logistics S.A.
- Vicepreședinte: Radu-Ștefan Ionescu-Dolj – director tehnic, Șantierul Naval Istria S.A.
- Secretar: Gabriela Năstase – șef departament proiecte, Institutul Național de Cercetare-Dezvoltare Marină „Grigore Antipa"
- Trezorier: Sorin Mocanu – administrator, Delta Cabluri Marine S.R.L. (Tulcea)
- Membri: Elena Popescu-Arghir (Universitatea Maritimă din Constanța), Iulian Bărbulescu (Argos Hidraulica S.R.L.),
  Nicoleta Stoian-Vasiliu (Eurocalafat Service S.R.L.)

Cenzorul asociației rămâne ec. Dumitru Gheorghiță, expert contabil.

Managementul executiv

Activitatea curentă a clusterului va fi coordonată în continuare de managerul de cluster, Andreea-Maria Pîrvu, numită în funcție
în septembrie 2031. Aceasta a prezentat raportul de activitate pe 2033: 14 proiecte depuse, dintre care 6 finanțate, o misiune
economică la Varna și Burgas și organizarea celei de-a V-a ediții a Forumului Maritim Pontica, la 8–9 octombrie 2033, la Mamaia.

Pentru 2034, Consiliul Director și-a propus trei priorități: aderarea la o rețea europeană de clustere maritime, obținerea etichetei
de aur a Inițiativei Europene pentru Excelența Clusterelor (ECEI) și lansarea unui program de formare pentru sudori și electricieni
navali, împreună cu Agenția de Dezvoltare Regională Sud-Est (ADR Sud-Est).

Cea de-a VI-a ediție a Forumului Maritim Pontica este programată pentru 7–8 octombrie 2034, tot la Mamaia. Înscrierile se deschid
la 1 iunie 2034.

Reacții

Președintele Consiliului Județean Constanța, Marian Vlădescu-Tudor, a salutat alegerea și a anunțat că județul va sprijini
clusterul la organizarea forumului din octombrie. „Avem nevoie de un interlocutor puternic al industriei navale", a spus acesta.
Directorul general al Administrației Porturilor Maritime Constanța, Cristina-Ioana Radu, a invitat noul Consiliu Director la o
întâlnire de lucru privind proiectul de terminal pentru combustibili alternativi, programată pentru 9 aprilie 2034.

Despre cluster

Clusterul Maritim Pontica a fost înființat în anul 2015 la inițiativa a 12 firme și a Universității Maritime din Constanța. Asociația
este membră a Asociației Clusterelor din România (CLUSTERO) din 2017.

Distribuie: Facebook | LinkedIn | WhatsApp | E-mail

Articole similare:
- Port Constanța: trafic record în 2033
- Șantierul de la Mangalia angajează 200 de sudori
'''
people = [P('Mihail-Cristian Zamfirescu','președinte','Clusterul Maritim Pontica'),
 P('Elena Popescu-Arghir','prorector pentru cercetare','Universitatea Maritimă din Constanța'),
 P('Ayten CURTMOLLA','Vicepreședinte','Clusterul Maritim Pontica'),
 P('Radu-Ștefan Ionescu-Dolj','Vicepreședinte','Clusterul Maritim Pontica'),
 P('Gabriela Năstase','Secretar','Clusterul Maritim Pontica'),
 P('Sorin Mocanu','Trezorier','Clusterul Maritim Pontica'),
 P('Iulian Bărbulescu',None,'Argos Hidraulica S.R.L.'),
 P('Nicoleta Stoian-Vasiliu',None,'Eurocalafat Service S.R.L.'),
 P('Dumitru Gheorghiță','Cenzorul','Clusterul Maritim Pontica'),
 P('Andreea-Maria Pîrvu','managerul de cluster','Clusterul Maritim Pontica'),
 P('Marian Vlădescu-Tudor','Președintele','Consiliului Județean Constanța'),
 P('Cristina-Ioana Radu','Directorul general','Administrației Porturilor Maritime Constanța')]
orgs = [O('Clusterul Maritim Pontica'), O('Dobrogea Business'),
 O('Camerei de Comerț, Industrie, Navigație și Agricultură Constanța'), O('Navimar Echipamente S.R.L.'),
 O('Universitatea Maritimă din Constanța'), O('Tomis Port Logistics S.A.'), O('Șantierul Naval Istria S.A.'),
 O('Institutul Național de Cercetare-Dezvoltare Marină „Grigore Antipa"'), O('Delta Cabluri Marine S.R.L.'),
 O('Argos Hidraulica S.R.L.'), O('Eurocalafat Service S.R.L.'), O('Agenția de Dezvoltare Regională Sud-Est','ADR Sud-Est'),
 O('Asociației Clusterelor din România','CLUSTERO'), O('Inițiativei Europene pentru Excelența Clusterelor','ECEI'),
 O('Consiliului Județean Constanța'), O('Administrației Porturilor Maritime Constanța')]
events = [E('Adunarea Generală a Asociației Clusterul Maritim Pontica','2034-03-17','2034-03-17','Constanța','Romania'),
 E('Forumului Maritim Pontica (a V-a ediții)','2033-10-08','2033-10-09','Mamaia','Romania'),
 E('Forumului Maritim Pontica (a VI-a ediție)','2034-10-07','2034-10-08','Mamaia','Romania'),
 E('întâlnire de lucru privind proiectul de terminal pentru combustibili alternativi','2034-04-09','2034-04-09',None,None),
 E('misiune economică la Varna și Burgas','2033','2033',None,'Bulgaria')]
dates = ['2034-03-19','2034-03-17','2034/2038','2026/2034','2031-09','2033','2033-10-08/2033-10-09','2034','2034-10-07/2034-10-08','2034-06-01','2015','2017','2034-04-09']
save(doc, text, '2034-03-19', people, orgs, events, dates, [])
