from w import W
H="Helgeland Prosessindustriklynge SA"
W("helgeland-prosessindustri-styremote-referat-2034-05","helgeland-prosessindustri-styremote-referat-2034-05.docx",
[("Kari-Anne Strømsli","styreleder","Celsa Armeringsstål AS"),("Øystein Nergård","nestleder","Elkem Rana AS"),("Ingrid Halvorsen Aune","styremedlem","SINTEF Helgeland AS"),
("Ragnhild Mo","styremedlem","Rana Utviklingsselskap AS"),("Per-Erik van der Lee","styremedlem","Mosjøen Industripark AS"),("Siv Johansen","varamedlem","Alcoa Mosjøen"),
("Tor-Arne Lillebjerka","daglig leder",H),("Maja Kristiansen","prosjektleder",H),("Hans Olav Åsheim","styremedlem","Nordlandsforskning"),
("Lars Bakkevoll","seniorrådgiver","Innovasjon Norge Nordland"),("Aino Heikkinen","klyngeleder","Metallklynge Kainuu"),("Anette Bremnes","statsautorisert revisor","BDO AS"),
("Gunnar Reitan",None,None)],
[(H,None),("Kunnskapsparken Helgeland",None),("Celsa Armeringsstål AS",None),("Elkem Rana AS",None),("SINTEF Helgeland AS",None),("Rana Utviklingsselskap AS",None),
("Mosjøen Industripark AS",None),("Alcoa Mosjøen",None),("Nordlandsforskning",None),("Innovasjon Norge Nordland",None),("Metallklynge Kainuu",None),("BDO AS",None),
("Mosjøen Aluminiumservice AS",None),("Ranfjord Hydrogen AS",None),("Nord universitet",None),("Fakultet for biovitenskap og akvakultur",None),("Mo Industripark",None),
("Helgeland videregående skole",None),("Norwegian Catalyst Cluster",None),("Norsk Industri",None),("Luleå tekniska universitet",None),("Business Finland",None),("Rana kommune",None)],
[("STYREMØTE nr. 3/2034","2034-05-23","2034-05-23","Mo i Rana","Norway"),("styremøte 2/2034","2034-03-07","2034-03-07",None,None),
("fellesmøte","2034-10-10","2034-10-11","Kajaani","Finland"),("Årsmøtet","2034-06-18","2034-06-18","Mosjøen","Norway"),
("Helgelandskonferansen","2034-06-19","2034-06-20","Mosjøen","Norway"),("middag","2034-06-19","2034-06-19","Mosjøen","Norway"),("Neste styremøte","2034-08-29","2034-08-29",None,None)],
["2034-05-23","2034-03-07","2033","2034","2034-09-15","2034-10-10/2034-10-11","2034-06-18","2034-06-19/2034-06-20","2034-06-19","2034-06","2034-06-30","2035/2039","2034-08-29","2034-05-24"],
["Regnskap og årsberetning for 2033 godkjennes og legges fram for årsmøtet","Budsjett for 2034 vedtas med en ramme på 9,4 millioner kroner",
"Styret tar opp Mosjøen Aluminiumservice AS, Ranfjord Hydrogen AS og Nord universitet, Fakultet for biovitenskap og akvakultur som nye medlemmer",
"Daglig leder gis fullmakt til å signere samarbeidsavtalen med Metallklynge Kainuu","Søknad om Arena Pro-status sendes innen fristen 15. september 2034"])
