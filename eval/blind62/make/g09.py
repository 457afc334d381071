from h import *
F = 'ministerul-economiei-decizie-finantare-clustere-2035.txt'
T = f"""MINISTERUL ECONOMIEI, ANTREPRENORIATULUI ȘI TURISMULUI
Direcția Generală Politică Industrială și Competitivitate

DECIZIE
nr. 1.148 din 19 decembrie 2034

privind aprobarea listei clusterelor beneficiare ale schemei de sprijin „Clustere competitive 2035”

Ministrul economiei, antreprenoriatului și turismului,

având în vedere:
- Ordinul ministrului nr. 712 din 3 iunie 2034 privind aprobarea schemei de sprijin „Clustere competitive 2035”;
- apelul de proiecte lansat la 1 iulie 2034, cu termen de depunere 30 septembrie 2034;
- raportul comisiei de evaluare din 5 decembrie 2034, aprobat de Secretarul de Stat Mihaela-Ioana GHEORGHIU;
- avizul Direcției Juridice nr. 9.402 din 16 decembrie 2034;

emite prezenta decizie.

Art. 1. Se aprobă finanțarea a 14 clustere, în valoare totală de 8.960.000 lei, pentru activitățile desfășurate în perioada 1 ianuarie 2035 – 31 decembrie 2035, conform tabelului de mai jos.

Nr. | Cluster | Regiunea | Sediul | Punctaj | Suma aprobată (lei)
1 | Clusterul Mecatronic Sibiu | Centru | Sibiu | 94 | 800.000
2 | Transilvania IT Cluster | Nord-Vest | Cluj-Napoca | 92 | 800.000
3 | Clusterul Agro-Alimentar Oltenia „AgroOlt” | Sud-Vest Oltenia | Craiova | 89 | 750.000
4 | Clusterul Textil Bucovina | Nord-Est | Suceava | 88 | 700.000
5 | Clusterul Energiei Verzi Dobrogea | Sud-Est | Constanța | 86 | 700.000
6 | Banat Automotive Cluster | Vest | Timișoara | 85 | 700.000
7 | Clusterul Lemnului Maramureș „Wood Mara” | Nord-Vest | Baia Mare | 83 | 650.000
8 | Clusterul de Turism Balnear Vâlcea | Sud-Vest Oltenia | Râmnicu Vâlcea | 81 | 600.000
9 | Clusterul Aeronautic Brașov „AeroBV” | Centru | Brașov | 80 | 600.000
10 | Clusterul Naval Galați–Brăila | Sud-Est | Galați | 78 | 550.000
11 | Clusterul Biotehnologic Iași | Nord-Est | Iași | 76 | 550.000
12 | Clusterul Ceramicii și Sticlei Prahova | Sud-Muntenia | Ploiești | 74 | 500.000
13 | Clusterul Construcțiilor Verzi București-Ilfov | București-Ilfov | București | 72 | 530.000
14 | Clusterul Industriilor Creative Arad | Vest | Arad | 70 | 530.000

Art. 2. (1) Sumele aprobate se acordă ca ajutor de minimis, în limita de 200.000 euro pe beneficiar pe o perioadă de trei ani fiscali.
(2) Finanțarea acoperă maximum 70% din cheltuielile eligibile pentru animarea clusterului, internaționalizare, instruire și servicii pentru membri.
(3) Prima tranșă, reprezentând 40% din suma aprobată, se plătește până la 31 martie 2035, după semnarea contractelor de finanțare.

Art. 3. Următoarele clustere sunt înscrise pe lista de rezervă, în ordinea punctajului:
1. Clusterul Vinului Dealu Mare – 68 puncte;
2. Clusterul Apelor Minerale Harghita – 66 puncte;
3. Clusterul Logistic Giurgiu–Ruse – 65 puncte.

Art. 4. Cererile depuse de Clusterul Mobilei Bistrița și de Asociația Cluster Smart Mobility Pitești au fost respinse ca neeligibile, solicitanții neavând certificarea ESCA (Bronze Label) în vigoare la data depunerii.

Art. 5. Contractele de finanțare se semnează până la 28 februarie 2035. Sesiunea de informare pentru beneficiari va avea loc {wd(2035,1,22,'ro')}, 22 ianuarie 2035, la sediul ministerului din Calea Victoriei nr. 152, București, începând cu ora 10:00, și va fi transmisă online. Persoana de contact este dna Corina-Elena POPESCU, șef serviciu, Serviciul Clustere și Ecosisteme Industriale (corina.popescu@economie.gov.ro).

Art. 6. Rapoartele finale de activitate se depun până la 31 ianuarie 2036. Direcția Generală Politică Industrială și Competitivitate monitorizează implementarea și publică rezultatele până la 30 iunie 2036.

Art. 7. Prezenta decizie se comunică beneficiarilor, se publică pe pagina de internet a ministerului și poate fi contestată în termen de 10 zile lucrătoare de la publicare, conform Legii contenciosului administrativ nr. 554/2004.

MINISTRU,
Radu-Alexandru CONSTANTINESCU

Avizat:
Director general, Direcția Generală Politică Industrială și Competitivitate – Dr. ing. Florin STĂNESCU-VOINEA
Director, Direcția Juridică – Andreea-Maria BOBOC

Întocmit: consilier Ștefan-Octavian MIHĂILĂ

Pagina 1 din 1
"""
write(F, T)
M='MINISTERUL ECONOMIEI, ANTREPRENORIATULUI ȘI TURISMULUI'; D='Direcția Generală Politică Industrială și Competitivitate'
cl=['Clusterul Mecatronic Sibiu','Transilvania IT Cluster','Clusterul Agro-Alimentar Oltenia „AgroOlt”','Clusterul Textil Bucovina','Clusterul Energiei Verzi Dobrogea',
 'Banat Automotive Cluster','Clusterul Lemnului Maramureș „Wood Mara”','Clusterul de Turism Balnear Vâlcea','Clusterul Aeronautic Brașov „AeroBV”','Clusterul Naval Galați–Brăila',
 'Clusterul Biotehnologic Iași','Clusterul Ceramicii și Sticlei Prahova','Clusterul Construcțiilor Verzi București-Ilfov','Clusterul Industriilor Creative Arad',
 'Clusterul Vinului Dealu Mare','Clusterul Apelor Minerale Harghita','Clusterul Logistic Giurgiu–Ruse','Clusterul Mobilei Bistrița','Asociația Cluster Smart Mobility Pitești']
gold(F,
 [P('Mihaela-Ioana GHEORGHIU','Secretarul de Stat',None), P('Corina-Elena POPESCU','șef serviciu','Serviciul Clustere și Ecosisteme Industriale'),
  P('Radu-Alexandru CONSTANTINESCU','MINISTRU',M), P('Florin STĂNESCU-VOINEA','Director general',D), P('Andreea-Maria BOBOC','Director','Direcția Juridică'),
  P('Ștefan-Octavian MIHĂILĂ','consilier',None)],
 [O(M), O(D), O('Direcția Juridică'), O('Serviciul Clustere și Ecosisteme Industriale'), O('ESCA')]+[O(c) for c in cl],
 [E('Sesiunea de informare pentru beneficiari','2035-01-22','2035-01-22','București','Romania')],
 ['2034-12-19','2034-06-03','2034-07-01','2034-09-30','2034-12-05','2034-12-16','2035-01-01/2035-12-31','2035-03-31','2035-02-28','2035-01-22','2036-01-31','2036-06-30'],
 pub='2034-12-19')
