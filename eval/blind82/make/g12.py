from h import *
F = 'g12_oltenia_cluster_misiune_coreea_raport.txt'
T = """ASOCIAȚIA CLUSTERUL DE ENERGIE ȘI ECHIPAMENTE ELECTRICE OLTENIA (ELECTROLT)
Str. Calea București nr. 1, 200000 Craiova, județul Dolj · CIF 00000000

RAPORT DE MISIUNE
Misiune economică în Republica Coreea, Seul și Changwon, 14–18 mai 2035

Nr. înregistrare: 412/28.05.2035
Întocmit de: ing. Cristina-Elena Bărbulescu, manager de proiecte internaționale
Aprobat: dr. ing. Florin Dumitrașcu, președintele Consiliului Director

1. Contextul și obiectivele misiunii

Misiunea a fost organizată de Clusterul ELECTROLT în parteneriat cu Agenția pentru Dezvoltare Regională Sud-Vest Oltenia (ADR SV Oltenia) și cu sprijinul Ambasadei României în Republica Coreea. Ea a dat curs unui acord de cooperare semnat în noiembrie 2034 cu Korea Electrotechnology Research Institute (KERI) și cu Changwon Industry Promotion Agency.

Obiectivele au fost: identificarea de parteneri pentru producția de echipamente pentru rețele inteligente și stocarea energiei, cunoașterea lanțurilor de furnizori ale marilor producători coreeni și pregătirea unor proiecte comune de cercetare.

2. Componența delegației

Delegația a cuprins 14 persoane din 9 organizații:
- dr. ing. Florin Dumitrașcu, președinte ELECTROLT, director general Electroputere Echipamente S.A.
- ing. Cristina-Elena Bărbulescu, manager de proiecte internaționale, ELECTROLT
- prof. univ. dr. ing. Sorin Enache-Vlădescu, Universitatea din Craiova, Facultatea de Inginerie Electrică
- conf. univ. dr. Alina Mihaela Ștefănescu, Universitatea din Craiova
- ec. Marius Popa, administrator, Transformatoare Oltenia S.R.L.
- ing. Gheorghița Tudor, director tehnic, Cabluri Jiu S.A.
- Dragoș Niculescu, director de dezvoltare, SoftGrid Solutions S.R.L.
- Ramona Ilie, expert, ADR SV Oltenia
- precum și reprezentanți ai companiilor Baterii Motru S.R.L. și Olt Automatizări S.R.L.

3. Programul misiunii

Luni, 14 mai – Seul: briefing la Ambasada României, cu ambasadorul Mihai Constantinescu-Dobre; întâlnire la Korea Trade-Investment Promotion Agency (KOTRA).
Marți, 15 mai – Seul: participare la expoziția Smart Grid Expo Korea 2035 și la seminarul pentru investitori străini.
Miercuri, 16 mai – Daejeon/Changwon: vizită de studiu la KERI, prezentarea laboratoarelor de înaltă tensiune și a programului de cercetare în stocarea energiei.
Joi, 17 mai – Changwon: vizite la două companii producătoare de transformatoare și aparataj; întâlniri B2B organizate de Changwon Industry Promotion Agency.
Vineri, 18 mai – Changwon: masă rotundă cu Gyeongnam Smart Grid Cluster și semnarea unei scrisori de intenție; întoarcerea în țară.

4. Rezultate

- 46 de întâlniri B2B între firmele din delegație și 27 de firme coreene;
- 3 scrisori de intenție semnate, dintre care una între ELECTROLT și Gyeongnam Smart Grid Cluster;
- 2 idei de proiecte comune de cercetare cu KERI, în domeniul stocării energiei și al diagnozei transformatoarelor;
- o ofertă de cooperare primită de Transformatoare Oltenia S.R.L. pentru componente de înaltă tensiune;
- 12 contacte noi cu furnizori de componente pentru baterii.

5. Constatări

Firmele coreene sunt interesate de producători europeni care pot livra în UE cu termene scurte, în special după introducerea noilor reguli privind lanțurile de aprovizionare. Ele cer însă certificări europene complete, documentație în limba engleză și capacitate de producție dovedită. Universitățile și institutele coreene lucrează foarte aproape de industrie și așteaptă ca partenerii români să vină cu propuneri concrete, nu doar cu intenții de cooperare. Distanța și costurile transportului fac ca cooperarea să fie mai realistă în domeniul componentelor de valoare mare decât în cel al produselor standard.

Participanții au apreciat buna organizare a misiunii și sprijinul Ambasadei. Au fost semnalate și câteva probleme: materialele de prezentare ale unor firme nu au fost traduse la timp, iar programul zilei de 16 mai a fost prea încărcat din cauza deplasării între Daejeon și Changwon.

6. Recomandări

1. ELECTROLT să pregătească, până în septembrie 2035, un catalog comun al membrilor în limba engleză, cu certificările și capacitățile fiecărei firme.
2. Universitatea din Craiova și KERI să depună o propunere comună de proiect de cercetare în 2036.
3. Firmele interesate să primească sprijin din partea clusterului pentru certificări internaționale.
4. Să se organizeze o misiune inversă a unor firme coreene la Craiova în primăvara anului 2036.
5. Viitoarele misiuni să includă cel mult două orașe și o zi de pregătire înainte de plecare.

7. Acțiuni ulterioare

În săptămâna de după întoarcere, biroul clusterului a transmis mesaje de mulțumire tuturor gazdelor și a trimis firmelor coreene prezentările actualizate ale membrilor. Transformatoare Oltenia S.R.L. a primit deja o cerere de ofertă detaliată, iar SoftGrid Solutions S.R.L. a stabilit o întâlnire online cu un integrator de sisteme din Changwon pentru luna iunie. Universitatea din Craiova a desemnat o echipă care va pregăti, împreună cu KERI, propunerea de proiect. Biroul clusterului va urmări lunar stadiul contactelor și va raporta Consiliului Director la fiecare ședință până la sfârșitul anului.

8. Costuri

Costul total al misiunii a fost de 61.400 lei, din care 70% a fost acoperit din proiectul „ELECTROLT Internațional”, iar restul din contribuțiile participanților.

Raportul a fost prezentat Consiliului Director în ședința din 28 mai 2035 și va fi discutat cu membrii la Adunarea Generală din 19 iunie 2035.

Craiova, 28 mai 2035

Cristina-Elena Bărbulescu
Manager de proiecte internaționale
"""
write(F, T)
gold(F,
 [P("Cristina-Elena Bărbulescu","manager de proiecte internaționale","ELECTROLT"),
  P("Florin Dumitrașcu","președintele Consiliului Director","ELECTROLT"),
  P("Sorin Enache-Vlădescu",None,"Universitatea din Craiova"),
  P("Alina Mihaela Ștefănescu",None,"Universitatea din Craiova"),
  P("Marius Popa","administrator","Transformatoare Oltenia S.R.L."),
  P("Gheorghița Tudor","director tehnic","Cabluri Jiu S.A."),
  P("Dragoș Niculescu","director de dezvoltare","SoftGrid Solutions S.R.L."),
  P("Ramona Ilie","expert","ADR SV Oltenia"),
  P("Mihai Constantinescu-Dobre","ambasadorul","Ambasadei României în Republica Coreea")],
 [O("ASOCIAȚIA CLUSTERUL DE ENERGIE ȘI ECHIPAMENTE ELECTRICE OLTENIA","ELECTROLT"),
  O("Agenția pentru Dezvoltare Regională Sud-Vest Oltenia","ADR SV Oltenia"), O("Ambasadei României în Republica Coreea"),
  O("Korea Electrotechnology Research Institute","KERI"), O("Changwon Industry Promotion Agency"), O("Electroputere Echipamente S.A."),
  O("Universitatea din Craiova"), O("Facultatea de Inginerie Electrică"), O("Transformatoare Oltenia S.R.L."), O("Cabluri Jiu S.A."),
  O("SoftGrid Solutions S.R.L."), O("Baterii Motru S.R.L."), O("Olt Automatizări S.R.L."),
  O("Korea Trade-Investment Promotion Agency","KOTRA"), O("Gyeongnam Smart Grid Cluster")],
 [E("Misiune economică în Republica Coreea","2035-05-14","2035-05-18","Seul, Changwon","South Korea"),
  E("briefing la Ambasada României","2035-05-14",None,"Seul","South Korea"),
  E("Smart Grid Expo Korea 2035","2035-05-15",None,"Seul","South Korea"),
  E("seminarul pentru investitori străini","2035-05-15",None,"Seul","South Korea"),
  E("vizită de studiu la KERI","2035-05-16",None,"Daejeon","South Korea"),
  E("vizite la două companii producătoare de transformatoare și aparataj","2035-05-17",None,"Changwon","South Korea"),
  E("întâlniri B2B","2035-05-17",None,"Changwon","South Korea"),
  E("masă rotundă cu Gyeongnam Smart Grid Cluster","2035-05-18",None,"Changwon","South Korea"),
  E("misiune inversă","2036",None,"Craiova","Romania"),
  E("ședința Consiliului Director","2035-05-28"), E("Adunarea Generală","2035-06-19")],
 ["2035-05-14/2035-05-18","2035-05-28","2034-11","2035-05-14","2035-05-15","2035-05-16","2035-05-17","2035-05-18","2035-09","2035-06","2036","2035-06-19"],
 ['Firmele coreene sunt interesate de producători europeni care pot livra în UE cu termene scurte, în special după introducerea noilor reguli privind lanțurile de aprovizionare. Ele cer însă certificări europene complete, documentație în limba engleză și capacitate de producție dovedită. Universitățile și institutele coreene lucrează foarte aproape de industrie și așteaptă ca partenerii români să vină cu propuneri concrete, nu doar cu intenții de cooperare. Distanța și costurile transportului fac ca cooperarea să fie mai realistă în domeniul componentelor de valoare mare decât în cel al produselor standard', 'Participanții au apreciat buna organizare a misiunii și sprijinul Ambasadei. Au fost semnalate și câteva probleme: materialele de prezentare ale unor firme nu au fost traduse la timp, iar programul zilei de 16 mai a fost prea încărcat din cauza deplasării între Daejeon și Changwon',
  "ELECTROLT să pregătească, până în septembrie 2035, un catalog comun al membrilor în limba engleză, cu certificările și capacitățile fiecărei firme",
  "Universitatea din Craiova și KERI să depună o propunere comună de proiect de cercetare în 2036",
  "Firmele interesate să primească sprijin din partea clusterului pentru certificări internaționale",
  "Să se organizeze o misiune inversă a unor firme coreene la Craiova în primăvara anului 2036",
  "Viitoarele misiuni să includă cel mult două orașe și o zi de pregătire înainte de plecare"],
 pub="2035-05-28")
