from w import w
E='ELECTROLT'; U='Universitatea din Craiova'
w('g12_oltenia_cluster_misiune_coreea_raport','g12_oltenia_cluster_misiune_coreea_raport.txt','2035-05-28',
[('Cristina-Elena Bărbulescu','manager de proiecte internaționale',E),('Florin Dumitrașcu','președinte',E),('Sorin Enache-Vlădescu',None,U),('Alina Mihaela Ștefănescu',None,U),
('Marius Popa','administrator','Transformatoare Oltenia S.R.L.'),('Gheorghița Tudor','director tehnic','Cabluri Jiu S.A.'),('Dragoș Niculescu','director de dezvoltare','SoftGrid Solutions S.R.L.'),
('Ramona Ilie','expert','ADR SV Oltenia'),('Mihai Constantinescu-Dobre','ambasadorul','Ambasada României')],
[('ASOCIAȚIA CLUSTERUL DE ENERGIE ȘI ECHIPAMENTE ELECTRICE OLTENIA','ELECTROLT'),('Agenția pentru Dezvoltare Regională Sud-Vest Oltenia','ADR SV Oltenia'),('Ambasadei României în Republica Coreea',None),
('Korea Electrotechnology Research Institute','KERI'),('Changwon Industry Promotion Agency',None),('Electroputere Echipamente S.A.',None),(U,None),('Facultatea de Inginerie Electrică',None),
('Transformatoare Oltenia S.R.L.',None),('Cabluri Jiu S.A.',None),('SoftGrid Solutions S.R.L.',None),('Baterii Motru S.R.L.',None),('Olt Automatizări S.R.L.',None),
('Korea Trade-Investment Promotion Agency','KOTRA'),('Gyeongnam Smart Grid Cluster',None)],
[('Misiune economică în Republica Coreea','2035-05-14','2035-05-18','Seul, Changwon','South Korea'),('briefing la Ambasada României','2035-05-14','2035-05-14','Seul','South Korea'),
('întâlnire la Korea Trade-Investment Promotion Agency','2035-05-14','2035-05-14','Seul','South Korea'),('Smart Grid Expo Korea 2035','2035-05-15','2035-05-15','Seul','South Korea'),
('seminarul pentru investitori străini','2035-05-15','2035-05-15','Seul','South Korea'),('vizită de studiu la KERI','2035-05-16','2035-05-16','Daejeon','South Korea'),
('vizite la două companii','2035-05-17','2035-05-17','Changwon','South Korea'),('întâlniri B2B','2035-05-17','2035-05-17','Changwon','South Korea'),
('masă rotundă cu Gyeongnam Smart Grid Cluster','2035-05-18','2035-05-18','Changwon','South Korea'),('misiune inversă','2036','2036','Craiova','Romania'),
('ședința Consiliului Director','2035-05-28','2035-05-28',None,None),('Adunarea Generală','2035-06-19','2035-06-19',None,None)],
['2035-05-14/2035-05-18','2035-05-28','2034-11','2035-05-14','2035-05-15','2035-05-16','2035-05-17','2035-05-18','2035-09','2036','2035-06','2035-06-19'],
['Firmele coreene','Participanții','ELECTROLT să','Universitatea din Craiova și','Firmele interesate','Să se organizeze','Viitoarele'])
