import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('nordland-klyngekonferanse-2036-oppsummering','nordland-klyngekonferanse-2036-oppsummering.md','2036-03-20',
[("Ingrid Helene Skogstad-Berntsen","Fylkesordfører",N),("Arne-Kristian Bjørnstad","direktør","Innovasjon Norge Nordland"),("Siv Marit Hætta",N,"Sámi allaskuvla"),
("Jan-Erik van der Linden",N,"Energy Valley"),("Hanne Løvold","journalist","Avisa Nordland"),("Tor Ivar Sandnes",N,"Arctic Cluster Raufoss Nord"),("Kari Anne Eliassen",N,"Mo Industripark AS"),
("Ørjan Nilsen Hov","Klyngeleder","Salmon Innovation Cluster Lofoten"),("Marit Ytreberg",N,"Statnett"),("Bjørg Kristiansen-Rønning","Juryleder",N),
("Lars-Petter Johansen",N,"Kunnskapsparken Bodø"),("Astrid Myklebust",N,"Forskningsrådet"),("Gunnhild Aasland Moe","rapportør","Nordlandsforskning")],
[("Kunnskapsparken Bodø",N),("Nordland fylkeskommune",N),("Innovasjon Norge Nordland",N),("Nord universitet",N),("Sámi allaskuvla",N),("Energy Valley",N),("Avisa Nordland",N),
("Arctic Cluster Raufoss Nord",N),("Mo Industripark AS",N),("Salmon Innovation Cluster Lofoten",N),("Statnett",N),("Vest-Lofoten videregående skole",N),("Forskningsrådet",N),
("Business Region Norrbotten",N),("Lapland Chamber of Commerce",N),("Nordlandsforskning",N)],
[("Klyngekonferansen Nordland 2036","2036-03-11","2036-03-12","Bodø","Norway"),("ekskursjon","2036-03-12","2036-03-12","Bodø","Norway"),
("Klyngeprisen Nordland","2036-03-11","2036-03-11","Bodø","Norway"),("Aqua Nor","2037-08","2037-08","Trondheim","Norway")],
["2036-03-20","2036-03-11/2036-03-12","2036-03-11","2030/2035","2037-08","2037"],
["Klyngene i Nordland må samarbeide tettere om kompetanse, ikke konkurrere om de samme studentene",
"Havbruk, prosessindustri og reiseliv har felles behov for kraft og nett, og bør snakke med én stemme overfor myndighetene",
"Fylkeskommunen bør gi klyngene treårige avtaler med tydelige mål","Nord universitet og fagskolene bør utvikle korte moduler for ansatte i klyngebedriftene",
"Klyngene bør lage en felles"])
