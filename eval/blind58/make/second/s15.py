from w import W
N=None
S="Somogyi Élelmiszeripari Klaszter"; T="Tolnai Agrár-Innovációs Klaszter"; D="Dunántúli Élelmiszer- és Agrárklaszter"
W("somogy_tolna_klaszter_egyesules_hu","somogy_tolna_klaszter_egyesules_hu.md","2034-06-09",
[("Fehérvári Anna",N,N),("Kovács-Tóth Erzsébet","elnök",S),("Bognár Péter","elnök",T),
 ("Horváth-Sipos Judit","klasztermenedzser",D),("Takács Gergely","a tolnai iroda vezetője",T),
 ("Németh Zoltán","rektorhelyettes","Magyar Agrár- és Élettudományi Egyetem"),("Fekete-Balogh Katalin","titkár","Szekszárdi Borvidék Hegyközség"),
 ("Szabó Ádám","tulajdonos","Dombóvári Malom Kft."),("Varga Eszter","termelési igazgató","Balatoni Halgazdaság Zrt."),
 ("Molnár Krisztián","klaszterfejlesztési főosztályának vezetője","Nemzetgazdasági Minisztérium"),
 ("Ivana Matić-Kolar","elnöke","Eszéki Élelmiszeripari Klaszter")],
[(S,"SÉK"),(T,"TAIK"),(D,"DÉAK"),("Kaposvári Húsipari Zrt.",N),("Tolna Mezőgép Kft.",N),("Magyar Agrár- és Élettudományi Egyetem","MATE"),
 ("MATE Kaposvári Campus",N),("Somogy Vármegyei Kereskedelmi és Iparkamara","SKIK"),("Dr. Szalay és Társai Ügyvédi Iroda",N),
 ("Szekszárdi Borvidék Hegyközség",N),("Dombóvári Malom Kft.",N),("Balatoni Halgazdaság Zrt.",N),("Nemzetgazdasági Minisztérium",N),
 ("Eszéki Élelmiszeripari Klaszter",N)],
[("SÉK rendkívüli közgyűlés","2034-06-06","2034-06-06","Kaposváron","Hungary"),
 ("TAIK rendkívüli közgyűlés","2034-06-06","2034-06-06","Szekszárdon","Hungary"),
 ("első rendes közgyűlés","2036","2036",N,N),
 ("Dél-Dunántúli Agrárfórum","2034-09-19","2034-09-19","Kaposváron","Hungary"),
 ("utolsó közös elnökségi ülése","2034-11-30","2034-11-30",N,N)],
["2034-06-09","2035-01-01","2034-06-06","2012","2019","2017","2031","2033","2035-01-01/2036-06-30","2036","2035-01","2035","2034-09-19","2034-07-17","2034-11-30"])
