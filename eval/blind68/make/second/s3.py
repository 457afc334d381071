exec(open("eval/blind68/make/second/s1.py").read().split("HZ=")[0])
PV="Pôle Végétal & Cosmétique Centre-Val de Loire"
W("pole-vegetal-cosmetique-about-team","pole-vegetal-cosmetique-about-team.html",None,
 [("Pierre-Yves Chesneau",None,"Agralys"),("Sophie Van den Broeck",None,"Greentech SAS"),("Mathieu Rault","Regulatory adviser",PV),("Delphine Okafor-Martin",None,"Laboratoires Sérénis"),
  ("Hélène MOREAU-DUFRESNE","President",PV),("Guillaume Petit-Renaud","Vice-President, research",PV),("Nadia Benali","Treasurer",PV),("Thomas Gauthier","General Manager",PV),
  ("Claire-Anne Boisseau","Deputy General Manager and Head of Innovation",PV),("Camille Nguyen-Lefèvre","Events project manager",PV),("Aurélie van Damme","International project manager",PV),
  ("Kévin Da Silva Teixeira","Membership and communication officer",PV),("Sophie Marchetti","Office manager",PV)],
 [(PV,None),("Région Centre-Val de Loire",None),("Dev'Up",None),("INRAE Centre-Val de Loire",None),("Université d'Orléans",None),("Université de Tours",None),("CNRS",None),("BRGM",None),("Cosmetic Valley",None),
  ("Enterprise Europe Network Centre-Val de Loire",None),("European Cosmetics Cluster Network","ECCN"),("Agralys",None),("Greentech SAS",None),("Laboratoires Sérénis",None),("LBLGC",None),("Maison Verlaine SA",None)],
 [("in-cosmetics Global","2018","2018",None,None),("First edition of the Rencontres Végétal & Cosmétique","2027","2027",None,None)],
 ["2014","2018","2021/2027","2027","2033","2032","2029","2035-09","2035-06-15","2035-05-02","2034"])
PG="Pannonia Green Building Cluster"
W("zapad-biz-panonsky-den-stavebnictva-2035","zapad-biz-panonsky-den-stavebnictva-2035.html","2035-09-19",
 [("Zuzana Hudecová-Pálffy","Autorka","Západ.biz"),("Herbert Pinter-Salomon","Predseda klastra",PG),("Viktoria Szabó-Leitner","Krajinská hejtmanka Burgenlandu",None),("Bernadette Gmeiner",None,"Lehmbau Seewinkel e.U."),
  ("Florian Stadlmann",None,None),("Paul Hofer-Nagy",None,"TU Wien"),("Tomáš Kováčik","manažér klastra","Bratislavský regionálny inovačný klaster"),("László Farkas-Vida","prezident","Pannon Építőipari Klaszter"),
  ("Katharina Unger-Szabó","Manažérka klastra",PG),("Renate Koller-Marx","vedúca oddelenia","HTL Pinkafeld"),("Georg Rosner-Imre","Starosta Oberwartu",None)],
 [("Západ.biz",None),(PG,None),("Messezentrum Oberwart",None),("Pinter Bau GmbH",None),("Lehmbau Seewinkel e.U.",None),("TU Wien",None),("Bratislavský regionálny inovačný klaster","BRIK"),
  ("Slovenskou obchodnou a priemyselnou komorou",None),("Drevodom Senec, s. r. o.",None),("Pannon Építőipari Klaszter",None),("HTL Pinkafeld",None)],
 [("Panónsky deň stavebníctva","2035-09-18","2035-09-18","Oberwart","Austria"),("štyri workshopy","2035-09-18","2035-09-18","Oberwart","Austria"),("seminár o materiálových pasoch","2036","2036","Bratislava","Slovakia"),
  ("prvý spoločný kurz","2036-02","2036-02",None,"Hungary"),("členské stretnutie","2035-11","2035-11",None,None)],
 ["2035-09-19","2035-09-18","2031","2036-01-01","2035-04","2036","2036-02","2035-10","2035-11"])
ZL="Zemgales mehatronikas un inženierijas klasteris"; LB="Latvijas Biozinātņu un tehnoloģiju universitāti"
W("zmec-jaunumi-zemgales-inzenierijas-diena-2035","zmec-jaunumi-zemgales-inzenierijas-diena-2035.md","2035-10-10",
 [("Mārtiņš Liepiņš","valdes priekšsēdētājs",ZL),("Sandra Ločmele-Krastiņa","Jelgavas valstspilsētas domes priekšsēdētāja vietniece",None),("Pawels Grabovskis","koordinators","DKAP"),
  ("Elīna Grīnberga","vadītāja","ZMEC"),("Zbigņevs Kovaļčiks","valdes priekšsēdētājs","DKAP"),("Agnieszka Zawadzka-Król","Robotikas laboratorijas vadītāja","Vroclavas Tehnoloģiju parka"),
  ("Dace Ozoliņa","Tehniskās fakultātes dekāne","LBTU"),("Liga Sprūde","eksporta konsultante","Latvijas Investīciju un attīstības aģentūras"),("Tomass Višņevskis","valdes loceklis","SIA Baltic Drive Systems"),
  ("Katrin Vollmer-Sauka","valdes locekle","SIA Jelgavas Robotikas Centrs"),("Mantas Petrauskas","pētnieks","Kauņas Tehnoloģiju universitātes"),("Laura Pētersone",None,None),("Jānis Kalnietis","eksperts","Altum"),
  ("Kristīne Upīte","inženiere","SIA Dobeles Automātika"),("Ilze Kalniņa-Bērziņa","prorektore inovāciju jomā","LBTU"),("Roberts Ozols",None,None)],
 [(ZL,"ZMEC"),(LB,"LBTU"),("Jelgavas valstspilsētas pašvaldību",None),("Lejassilēzijas industriālās automatizācijas klastera","DKAP"),("SIA Dobeles Automātika",None),("SIA Zemgales Metālapstrāde",None),
  ("Jelgavas Tehnikuma",None),("Vroclavas Tehnoloģiju parka",None),("Latvijas Investīciju un attīstības aģentūras","LIAA"),("SIA Baltic Drive Systems",None),("SIA Jelgavas Robotikas Centrs",None),
  ("Kauņas Tehnoloģiju universitātes",None),("Altum",None),("AS Bauskas Hidraulika",None)],
 [("Zemgales Inženierijas diena 2035","2035-10-08","2035-10-08","Jelgava","Latvia"),("četras paralēlās darbnīcas","2035-10-08","2035-10-08","Jelgava","Latvia"),("B2B tikšanās","2035-10-08","2035-10-08","Jelgava","Latvia"),
  ("kopīgās vakariņas","2035-10-08","2035-10-08","Jelgava","Latvia"),("Zemgales inženieris 2035 award ceremony","2035-10-08","2035-10-08","Jelgava","Latvia"),
  ("uzņēmumu apmeklējums","2035-10-09","2035-10-09","Dobele, Jelgava","Latvia"),("kopīgā misija","2036-05","2036-05",None,"Poland"),
  ("tiešsaistes seminārs","2035-11-19","2035-11-19",None,None),("klastera biedru Ziemassvētku tikšanās","2035-12-04","2035-12-04","Bauska","Latvia"),("ZMEC biedru kopsapulce","2036-03","2036-03",None,None)],
 ["2035-10-10","2035-10-08","2035-10-09","2036-05","2036","2036/2040","2036-01","2035-11-19","2035-12-04","2036-03"])
HB="Euskadiko Basogintza, Egurra eta Altzari Kluster Elkartea"
W("habic-albisteak-innlandet-norvegia-lankidetza","habic-albisteak-innlandet-norvegia-lankidetza.md","2035-06-03",
 [("Iñaki Etxeberria Ruiz de Azúa","Ekonomia Sustatzeko diputatuak",None),("Miren Agirre Etxabe","irakaslearen","UPV/EHU"),("Ane Urrutia Goikoetxea","kluster-kudeatzaileak","Habic"),
  ("Marius Kvamme-Solberg","zuzendariak","Innlandet Treklynge AS"),("Ingrid Haugen-Bratlie","presidenteordeak",None),("Jon Iturbe Zabala","nazioarteko proiektuen arduraduna","Habic")],
 [(HB,"Habic"),("Innlandet fylkeskommune",None),("Arabako Foru Aldundia",None),("Innlandet Treklynge AS",None),("Europako Kluster Lankidetza Plataformaren","ECCP"),("Tecnalia",None),("Egoin S.A.",None),
  ("BIC Araba",None),("Euskal Herriko Unibertsitatea","UPV/EHU"),("Moelven Limtre AS",None),("Norvegiako Zientzia eta Teknologia Unibertsitateak","NTNU"),("Basque Trade & Investment",None)],
 [("ordezkaritzaren bisita","2035-05-20","2035-05-23","Vitoria-Gasteiz","Spain"),("lehen bilera birtuala","2034-11","2034-11",None,None),("Habicen urteko batzarra","2035-02","2035-02","Donostia","Spain"),
  ("Harrera Villa Suson","2035-05-20","2035-05-20",None,None),("Bisita Tecnaliaren Miñanoko egoitzara","2035-05-21","2035-05-21","Miñano","Spain"),("Egoin S.A. enpresaren lantegia","2035-05-21","2035-05-21","Ea","Spain"),
  ("B2B topaketak","2035-05-22","2035-05-22",None,None),("Mintegia","2035-05-23","2035-05-23",None,None),("Trebyggeridagene 2035","2035-10-16","2035-10-17","Gjøvik","Norway")],
 ["2035-06-03","2035-05-20/2035-05-23","2034-11","2035-02","2019","2035-05-20","2035-05-21","2035-05-22","2035-05-23","2035","2035-10","2035-10-16/2035-10-17","2035-09-05"])
