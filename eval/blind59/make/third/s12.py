from t import W
C="Clúster Carni de Girona"
W("girona_meattech_b2b_matchmaking_2033", "girona_meattech_b2b_matchmaking_2033.md", None,
 [("Carles Vilaró i Puig","President",C),
  ("Mercè Soler-Bosch","Director of International Networks","ACCIÓ"),
  ("Bernd Oosterhuis-Klein",None,"Wageningen Food & Biobased Research"),
  ("Laia Casadevall","innovation manager",C),
  ("Jordi Pagès Mir","EEN adviser","ACCIÓ"),
  ("Sophie Delattre","EEN adviser","CCI Occitanie")],
 [(C,"CCG"),("Catalan Agency for Business Competitiveness","ACCIÓ"),("Enterprise Europe Network Catalonia",None),("Enterprise Europe Network","EEN"),
  ("Girona Chamber of Commerce",None),("Wageningen Food & Biobased Research",None),("CCI Occitanie",None)],
 [("MeatTech B2B Girona 2033","2033-03-23","2033-03-23","Girona","Spain"),
  ("Fira Alimentària de les Comarques Gironines","2033-03-23","2033-03-25","Girona","Spain"),
  ("MeatTech B2B (2031 edition)","2031","2031",None,None),
  ("Meat Innovation Days","2033-06-14","2033-06-15","Kulmbach","Germany"),
  ("IFFA","2034","2034","Frankfurt am Main","Germany")],
 ["2033-03-23","2033-03-23/2033-03-25","2031","2033-01-16","2033-03-09","2033-03-01/2033-03-20","2033-03-21","2033-03-10","2033",
  "2033-06-14/2033-06-15","2034","2033-04-30"])
