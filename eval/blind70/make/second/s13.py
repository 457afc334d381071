from w import W
C="Suwałki Furniture and Wood Cluster"
W("suwalki-furniture-cluster-about-us","suwalki-furniture-cluster-about-us.html",
[("Zbigniew Wasilewski","President","Meble Wasilewski Sp. z o.o."),("Halina Krzywicka-Szot","Vice-President",C),("Jolanta Makowska-Rudzik","President","Fabryka Mebli Hańcza S.A."),
("Tomasz van der Meer-Bielecki","President","Wigry Design Studio Sp. z o.o."),("Józef Andruszkiewicz","founder","Stolarstwo Jaćwież – Józef Andruszkiewicz"),
("Kamila Sadowska-Lis","cluster manager",C),("Marek Kulesza","Treasurer","Tartak Puszcza Augustowska s.c."),("Agnė Jurkonytė-Sakalauskienė","member","Alytus furniture cluster"),
("Piotr Łapiński","member","City of Suwałki"),("Monika Ostaszewska","cluster manager",C),("Gunnar Sjöström","honorary member","Linnaeus University")],
[(C,"SKMD"),("Suwałki Science and Technology Park",None),("Suwałki Special Economic Zone S.A.","SSEZ"),("Meble Wasilewski Sp. z o.o.",None),
("Zespół Szkół Technicznych im. gen. Józefa Bema",None),("Fabryka Mebli Hańcza S.A.",None),("Tartak Puszcza Augustowska s.c.",None),("Stolarstwo Jaćwież – Józef Andruszkiewicz",None),
("Wigry Design Studio Sp. z o.o.",None),("Państwowa Uczelnia Zawodowa im. prof. Edwarda F. Szczepanika w Suwałkach",None),("City of Suwałki",None),("Suwałki District",None),
("National Court Register",None),("Alytus furniture cluster",None),("Ministry of Development and Technology",None),("Baltic Wood Loop",None),("Wood Skills Centre",None),
("Linnaeus University",None),("Suwałki Cultural Centre",None),("European Union",None)],
[("Meble Polska","2022","2022","Poznań","Poland"),("Suwałki Furniture Days","2023","2023",None,None),("General Assembly","2032-05-27","2032-05-27",None,None),
("anniversary conference","2036-03-19","2036-03-19","Suwałki","Poland"),("gala evening","2036-03-19","2036-03-19","Suwałki","Poland")],
["2020/2024","2020","2021-03-19","2022","2023","2024/2030","2024-06-04","2024-09","2031","2026","2028","2030","2032-10-11","2033","2021/2024","2024/2028","2028/2032","2032/2036","2032-05-27","2032","2029","2034","2036","2036-03-19","2035"])
