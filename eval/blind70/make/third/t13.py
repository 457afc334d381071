from w import W
S="Suwałki Furniture and Wood Cluster"; M="Meble Wasilewski Sp. z o.o."
W("suwalki-furniture-cluster-about-us","suwalki-furniture-cluster-about-us.html",None,
[("Zbigniew Wasilewski","owner",M),("Halina Krzywicka-Szot","Vice-President",S),("Józef Andruszkiewicz","founder","Stolarstwo Jaćwież – Józef Andruszkiewicz"),
 ("Kamila Sadowska-Lis","cluster manager",S),("Jolanta Makowska-Rudzik","President","Fabryka Mebli Hańcza S.A."),("Tomasz van der Meer-Bielecki","President","Wigry Design Studio Sp. z o.o."),
 ("Marek Kulesza","Treasurer","Tartak Puszcza Augustowska s.c."),("Agnė Jurkonytė-Sakalauskienė","member",None),("Piotr Łapiński","member","City of Suwałki"),
 ("Monika Ostaszewska","cluster manager",S),("Gunnar Sjöström",None,"Linnaeus University")],
[(S,"SKMD"),("Suwałki Science and Technology Park",None),("Suwałki Special Economic Zone S.A.","SSEZ"),(M,None),("Zespół Szkół Technicznych im. gen. Józefa Bema",None),
 ("Fabryka Mebli Hańcza S.A.",None),("Tartak Puszcza Augustowska s.c.",None),("Stolarstwo Jaćwież – Józef Andruszkiewicz",None),("Wigry Design Studio Sp. z o.o.",None),
 ("Państwowa Uczelnia Zawodowa im. prof. Edwarda F. Szczepanika w Suwałkach",None),("City of Suwałki",None),("Suwałki District",None),("Ministry of Development and Technology",None),
 ("Baltic Wood Loop",None),("Wood Skills Centre",None),("Linnaeus University",None),("Suwałki Cultural Centre",None)],
[("Meble Polska","2022","2022","Poznań","Poland"),("Suwałki Furniture Days","2023","2023",None,None),("General Assembly","2032-05-27","2032-05-27",None,None),
 ("anniversary conference","2036-03-19","2036-03-19","Suwałki","Poland"),("gala evening","2036-03-19","2036-03-19","Suwałki","Poland")],
["2020/2024","2020","2021-03-19","2022","2023","2024/2030","2024-06-04","2024-09","2031","2026","2028","2030","2032-10-11","2033","2021/2024","2024/2028","2028/2032","2032/2036","2032-05-27","2032","2029","2034","2036","2036-03-19","2035"],[])
