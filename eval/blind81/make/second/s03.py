import sys; sys.path.insert(0,'/work/wt/blind81/eval/blind81/make/second/tools'); from w import *
H='Havrommet Nordmøre'; N='Norway'
W('g06_nordmore_klynge_medlemsnytt','.txt','2034-02-03',[
P('Ingvild Sæther Ohnstad','kommunikasjonsansvarlig',H),P('Kari-Anne Gjeldnes','daglig leder','Averøy Fôrteknikk AS'),P('Jon Arne Rødseth','gründer','Averøy Fôrteknikk AS'),
P('Geir-Ove Bolsønes','administrerende direktør','Kristiansund Skipsservice AS'),P('Sigrid Bævre Strand','forskningsleder','Smøla Sjøfarm AS'),P('Håvard Myrbostad','salgssjef','Tustna Netting AS'),
P('Eirik Haugen Rø','driftsleder','Smøla Sjøfarm AS'),P('Astrid Vikhammer','gudmor','Smøla Sjøfarm AS'),P('Jonas Lindqvist Brekken','prosjektleder for havvind',H),P('Torunn Moen Hasselø','styreleder',H),
P('Anders H. Leirvåg','Styremedlem','Leirvåg Marine AS'),P('Emilie Aasen-Fjørtoft','Lærling','Kristiansund Skipsservice AS'),P('Siri Hals Eide',None,'Equinor'),P('Martin van der Veen',None,'Offshore Wind Innovators'),
P('Bjørn Inge Kjølsvik',None,'Innovasjon Norge Møre og Romsdal'),P('Randi Tøndel','Kursleder'),P('Per Kristian Ødegaard','klyngeleder',H)],
[O(H),O('Averøy Fôrteknikk AS'),O('Mowi Region Midt'),O('Hustadvika Fôr'),O('Kristiansund Skipsservice AS'),O('NTNU'),O('Smøla Sjøfarm AS'),O('Tustna Netting AS'),O('Orkney Net Care Ltd'),
O('Kystbygg Verft AS'),O('Frei Elektro AS'),O('Aker Solutions'),O('Nordvest Offshore Wind AS'),O('Kristiansund videregående skole'),O('Norsk Industri'),O('Norsk Industri, Havbruksleverandørene'),
O('Leirvåg Marine AS'),O('Nordmøre Næringsråd'),O('Equinor'),O('Offshore Wind Innovators'),O('Innovasjon Norge Møre og Romsdal'),O('Møre og Romsdal fylkeskommune')],
[E('disputas Sigrid Bævre Strand','2034-01-19','2034-01-19','Ålesund',N),E('Aqua Nor-seminaret',None,None,'Trondheim',N),E('NM i yrkesfag','2034-01-25','2034-01-25','Lillestrøm',N),
E('Fagdag om havvind','2034-03-01','2034-03-01','Kristiansund',N),E('HMS-kurs','2034-03-06','2034-03-20','Kristiansund',N),E('Årsmøte og medlemsmøte','2034-04-26','2034-04-26','Kristiansund',N),
E('Studietur til Shetland','2034-06','2034-06')],
['2034-02-03','2034-02-24','2034-03-01','2034-01-19','2034-01-15','2034-01-25','2034-02-08','2034-02-22','2034-03-06','2034-03-13','2034-03-20','2034/2036','2034-04-26','2034-06'])
C='Circular Build Flevoland'
W('g07_almere_building_loops_podcast_ep23','.md','2035-05-09',[
P('Femke Dijkstra-Oosterhuis','Host',C),P('Bart van der Linden','owner and managing director','Van der Linden Sloop & Hergebruik B.V.'),P('Noor El Amrani','architect and partner','Studio Terp Architecten'),
P('Willemijn Hoekstra','alderman for housing and circular economy','Municipality of Almere'),P('Henrik Vestergaard Poulsen','senior researcher','Danish Technological Institute'),P('Joost Brouwer','manager',C),
P('Sanne de Groot-Bakker','structural engineer','Arcadis'),P('Rinse Hoekstra','founder','Isovlas Friesland'),P('Mehmet Yıldırım-Kok','Producer'),P('Jasper Wiersma')],
[O(C),O('Van der Linden Sloop & Hergebruik B.V.'),O('Studio Terp Architecten'),O('Municipality of Almere'),O('Danish Technological Institute'),O('Polderhout B.V.'),O('ClusterNL'),
O('Province of Flevoland'),O('Arcadis'),O('Rijkswaterstaat'),O("Platform CB'23"),O('Isovlas Friesland'),O('Studio Lepelaar')],
[E("Circular Build Flevoland Members' Day",'2035-06-13','2035-06-13','Almere','Netherlands'),E('site visits','2035-06-14','2035-06-14','Almere','Netherlands'),
E('Circular Building Week Benelux','2035-10-02','2035-10-04','Antwerp','Belgium')],
['2035-05-09','2035/2037','2035-03','2035-09','2035-05-23','2035-06-13','2035-06-14','2035-10-02/2035-10-04','2035-04-25','2035-04-11','2035-03-28'])
S='Σύμπραξη Αγροδιατροφής Φλώρινας'; K='Klaster Owocowo-Warzywny Pomorza i Kujaw'; G='Greece'
W('g08_florina_agrifood_episkepsi_antiprosopeias','.txt','2034-10-05',[
P('Agnieszka Kowalczyk-Borowiak','Διευθύντρια του Τμήματος Επιχειρηματικότητας','Urząd Marszałkowski Województwa Kujawsko-Pomorskiego'),P('Paweł Zieliński','πρόεδρος',K),
P('Magdalena Nowicka-Trzaska','υπεύθυνη διεθνών σχέσεων',K),P('Krzysztof Lewandowski','ιδιοκτήτης','Sady Chełmno Sp. z o.o.'),P('Ewa Szulc-Majewska',None,'Uniwersytet Mikołaja Kopernika w Toruniu'),
P('Αθανάσιος Παπαδόπουλος-Βλαχάκης','Πρόεδρος',S),P('Ελένη Τσολάκη','Συντονίστρια',S),P('Γεώργιος Καραμήτσος','Αντιπεριφερειάρχης Φλώρινας','Περιφέρειας Δυτικής Μακεδονίας'),
P('Ιωάννη Μπέλλο','Πρόεδρο','Επιμελητήριο Φλώρινας'),P('Νικόλαο Σταυρίδη','αναπληρωτή καθηγητή','Πανεπιστημίου Δυτικής Μακεδονίας'),P('Μαρίας Ντόκου',None,'ΕΘ.Ε.Α.Π.'),
P('Joanna Papadimitriou-Kwiatkowska')],
[O(S,None),O('Urząd Marszałkowski Województwa Kujawsko-Pomorskiego'),O(K),O('Sady Chełmno Sp. z o.o.'),O('Uniwersytet Mikołaja Kopernika w Toruniu'),O('Περιφέρειας Δυτικής Μακεδονίας'),
O('Επιμελητήριο Φλώρινας'),O('Τμήμα Γεωπονίας'),O('Πανεπιστημίου Δυτικής Μακεδονίας'),O('Συνεταιρισμού Αμυνταίου'),O('Φλώρινα Γεύσεις Α.Ε.'),O('Αγροτικού Συνεταιρισμού Πρεσπών'),
O('ΕΘ.Ε.Α.Π. (Ένωση Αγροτικών Συνεταιρισμών) Δυτικής Μακεδονίας','ΕΘ.Ε.Α.Π.')],
[E('Επίσκεψη αντιπροσωπείας της Περιφέρειας Κουγιαβίας-Πομερανίας','2034-09-26','2034-09-28','Φλώρινα',G),E('Υποδοχή στο Επιμελητήριο Φλώρινας','2034-09-26','2034-09-26','Φλώρινα',G),
E('Επίσκεψη στο Τμήμα Γεωπονίας','2034-09-26','2034-09-26'),E('Δείπνο καλωσορίσματος','2034-09-26','2034-09-26','Αμύνταιο',G),E('Επισκέψεις σε επιχειρήσεις','2034-09-27','2034-09-27'),
E('Επίσκεψη στο κέντρο ενημέρωσης του Εθνικού Πάρκου Πρεσπών','2034-09-27','2034-09-27'),E('Συνάντηση με νέους αγρότες','2034-09-27','2034-09-27'),
E('Εργαστήριο B2B','2034-09-28','2034-09-28','Φλώρινα',G),E('Υπογραφή μνημονίου συνεργασίας','2034-09-28','2034-09-28','Φλώρινα',G),
E('αντεπίσκεψη ελληνικής αποστολής','2035-03-14','2035-03-16','Τορούν','Poland'),E('AgroTech Toruń','2035-03-14','2035-03-16','Toruń','Poland'),E('επόμενη συνάντηση των εταίρων του FruitBridge','2034-11-15','2034-11-15')],
['2034-10-05','2034-09-26/2034-09-28','2034-09-26','2034-09-27','2034-09-28','2035','2034/2037','2035-03-14/2035-03-16','2035-01-31','2034-11-15'])
