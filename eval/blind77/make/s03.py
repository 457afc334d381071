from sec import *
H="Hercegovački klaster drvne prerade i namještaja"
W("hkdp-javni-poziv-inovacijski-vauceri-2034","hkdp-javni-poziv-inovacijski-vauceri-2034.txt","2034-03-01",
[P("Amra Hadžiosmanović-Pehlivan","koordinatorica programa vaučera",H),P("Dragan Ćorić","direktor",H)],
[O(H,"HKDP"),O("Federalnim ministarstvom razvoja, poduzetništva i obrta","FMRPO"),O('Mašinski fakultet Univerziteta "Džemal Bijedić" u Mostaru'),
 O("Šumarski fakultet Univerziteta u Sarajevu"),O("Institut za zaštitu i ekologiju Republike Srpske"),O("Drvni tehnološki centar Prozor-Rama d.o.o."),
 O("Instituta za intelektualno vlasništvo Bosne i Hercegovine"),O("Porezne uprave Federacije BiH"),O("Privrednom komorom Hercegovačko-neretvanskog kantona"),
 O("Regionalnom razvojnom agencijom za Hercegovinu","REDAH"),O("Njemačkog društva za međunarodnu saradnju","GIZ")],
[E("Info-dan","2034-03-16","2034-03-16","Mostar","Bosnia and Herzegovina")],
["2034-03-01","2034-02-23","2034","2033-12-31","2033","2034-03-16","2034-03-14","2034-04-04","2034-04-14","2034-05-15","2034-11-30"])
PIN="Föreningen Processindustrin i Norrbotten"
W("norrbotten-processindustri-arsmote-2034-sammanfattning","norrbotten-processindustri-arsmote-2034-sammanfattning.docx",None,
[P("Ann-Sofie Lindqvist Björk","ordförande","SSAB Luleå"),P("Per-Olof Hedström","mötesordförande"),P("Jonna Pekkari","verksamhetsledare",PIN),
 P("Mattias Wiklund","vice ordförande","LKAB"),P("Sara Nilsson Kuoppa","ledamot","Smurfit Westrock Piteå"),P("Tomas Lundmark","auktoriserad revisor","Norrlandsrevision AB"),
 P("Kerstin Holmgren Åström","sammankallande"),P("Hans-Erik Rönnbäck","ledamoten","Boliden Rönnskär"),P("Helena Stålnacke","ledamot","Luleå tekniska universitet"),
 P("Jukka Vuorinen","ledamot","Outokumpu Stainless AB"),P("Emil Lejon","ledamot","Hybrit Development AB"),P("Maria Nordlander","suppleant","Piteå Science Park"),
 P("Lena Mäki","revisorssuppleant"),P("Anders Kemi",None,"Swerim AB"),P("Ingrid van der Velde","programansvarig","GD REGIO"),P("Niko Salmenkivi",None,"Oulun kauppakamari"),
 P("Linnea Sarri","representant","Region Norrbotten")],
[O(PIN,"PiN"),O("Luleå tekniska universitet"),O("Region Norrbotten"),O("Business Sweden"),O("Vinnova"),O("SSAB Luleå"),O("LKAB"),O("Smurfit Westrock Piteå"),
 O("Norrlandsrevision AB"),O("Boliden Rönnskär"),O("Outokumpu Stainless AB"),O("Hybrit Development AB"),O("Piteå Science Park"),O("Swerim AB"),
 O("Europeiska kommissionens generaldirektorat för regional- och stadspolitik","GD REGIO"),O("Oulun kauppakamari"),O("European Clusters Alliance","ECA"),O("Processum")],
[E("årsmötet 2034","2034-04-19","2034-04-19","Luleå","Sweden"),E("Norrbotten Green Steel Days","2033-10-10","2033-10-11","Luleå","Sweden"),
 E("studieresa till Rotterdamsregionen","2033-05","2033-05"),E("medlemsfrukost","2034-09-07","2034-09-07","Kiruna","Sweden"),
 E("Norrbotten Green Steel Days 2034","2034-10-17","2034-10-18","Luleå","Sweden"),E("klusterdagen","2034-11","2034-11","Örnsköldsvik","Sweden"),
 E("middag","2034-04-19","2034-04-19","Luleå","Sweden"),E("årsmötet 2035")],
["2034-04-19","2034-03-20","2033","2033-10-10/2033-10-11","2033-05","2035","2034/2036","2034/2035","2034-09-07","2034-10-17/2034-10-18","2034-11","2034-06","2034-05-03"],
["Årsmötet fastställde resultat- och balansräkningen för 2033","Årsmötet beviljade styrelsen ansvarsfrihet för verksamhetsåret 2033",
 "Medlemsavgiften för 2035 fastställdes oförändrad till 6 000 kronor för företag med färre än 50 anställda och 25 000 kronor för övriga",
 "Verksamhetsplanen 2034–2036 med fokus på vätgas, elektrifiering och kompetensförsörjning antogs","Stadgeändringen i § 9 (möjlighet till digitalt deltagande) antogs i andra läsningen"])
