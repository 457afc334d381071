import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
C = "Clúster Carni de Girona"; A = "ACCIÓ – Catalan Agency for Business Competitiveness"
W("girona_meattech_b2b_matchmaking_2033", "girona_meattech_b2b_matchmaking_2033.md", None,
 [P("Carles Vilaró i Puig", "President", C), P("Mercè Soler-Bosch", "Director of International Networks", "ACCIÓ"),
  P("Bernd Oosterhuis-Klein", None, "Wageningen Food & Biobased Research"), P("Laia Casadevall", "innovation manager", C),
  P("Jordi Pagès Mir", "EEN adviser", "ACCIÓ"), P("Sophie Delattre", "EEN adviser", "CCI Occitanie")],
 [O(C, "CCG"), O(A, "ACCIÓ"), O("Enterprise Europe Network Catalonia"), O("Girona Chamber of Commerce"), O("Enterprise Europe Network", "EEN"),
  O("Wageningen Food & Biobased Research"), O("CCI Occitanie")],
 [E("MeatTech B2B Girona 2033", "2033-03-23", "2033-03-23", "Girona", "Spain"), E("Fira Alimentària de les Comarques Gironines", "2033-03-23", "2033-03-25", "Girona", "Spain"),
  E("Innovation corner", "2033-03-23", "2033-03-23", "Girona", "Spain"), E("MeatTech B2B Girona (2031 edition)", "2031", "2031"),
  E("Meat Innovation Days", "2033-06-14", "2033-06-15", "Kulmbach", "Germany"), E("IFFA", "2034", "2034", "Frankfurt am Main", "Germany")],
 ["2033-03-23", "2033-03-23/2033-03-25", "2031", "2033-01-16", "2033-03-09", "2033-03-01/2033-03-20", "2033-03-21", "2033-03-10", "2033",
  "2033-06-14/2033-06-15", "2034", "2033-04-30"])
