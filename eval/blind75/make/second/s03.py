from mk import build
build('forum-klastrow-roztocza-2034-ulotka','forum-klastrow-roztocza-2034-ulotka.pdf','', """
Marek Szponar|Prezes Zarządu|Klaster Zielonej Energii Roztocze
Jolanta Gontarz-Wiśniewska|Wicemarszałek|Województwo Lubelskie
Pieter De Smedt|Policy Officer, Clusters|DG GROW
Katarzyna Wąsik-Ostrowska|prof. uczelni|Akademia Zamojska
Tomasz Pełka||Roztoczańska Spółdzielnia Energetyczna
Olena Bondarenko|kierowniczka działu projektów|Lwowska Regionalna Izba Handlowo-Przemysłowa
Martin Kováčik|manažér klastra|Klaster Východné Slovensko
Agnieszka Dudek|koordynatorka programów|Lubelska Fundacja Rozwoju
Piotr Wawrzyszko||Browar Zwierzyniec
Rūta Jankauskienė|direktorė|Dzūkijos turizmo klasteris
Stanisław Mazur||Fundacja Szlak Roztocza
Ewa Chmiel-Nowak|ekspertka ds. klastrów|PARP
Natalia Kołodziej||Klaster Zielonej Energii Roztocze
Bartosz Szpak||Zamojska Izba Gospodarcza
""","""
Klaster Zielonej Energii Roztocze
Zamojska Izba Gospodarcza
Urząd Marszałkowski Województwa Lubelskiego
Lubelska Fundacja Rozwoju
Polska Agencja Rozwoju Przedsiębiorczości|PARP
Akademia Zamojska
Lwowska Regionalna Izba Handlowo-Przemysłowa
Komisja Europejska
DG GROW
Roztoczańska Spółdzielnia Energetyczna
Klaster Východné Slovensko
Browar Zwierzyniec
Dzūkijos turizmo klasteris
Fundacja Szlak Roztocza
Regionalnego Komitetu Sterującego
""","""
IV Forum Klastrów Roztocza|2034-05-17|2034-05-18|Zamość|Poland
Forum Klastrów Roztocza (2031 edition)|2031|2031|Tomaszowie Lubelskim|Poland
Forum Klastrów Roztocza (2032 edition)|2032|2032|Biłgoraju|Poland
Forum Klastrów Roztocza (2033 edition)|2033|2033|Szczebrzeszynie|Poland
Spotkania B2B|2034-05-17|2034-05-17|Zamość|Poland
Uroczysta kolacja w Pałacu Zamoyskich|2034-05-17|2034-05-17|Zamość|Poland
Wizyty studyjne|2034-05-18|2034-05-18||Poland
Warsztat: jak przygotować wspólny projekt klastrów z Polski i Ukrainy|2034-05-18|2034-05-18|Zamość|Poland
Obiad pożegnalny|2034-05-18|2034-05-18|Zamość|Poland
posiedzenie Regionalnego Komitetu Sterującego|2034-06|2034-06||
""","2034-05-17/2034-05-18 2034-05-05 2028/2034 2034-05-17 2035 2034-05-18 2031 2032 2033 2034-06 2034-04-28 2034-04-30","""
Klastry energetyczne z Roztocza powinny wspólnie negocjować warunki przyłączenia do sieci zamiast występować pojedynczo
Lokalni producenci żywności potrzebują jednego znaku jakości, rozpoznawalnego po obu stronach granicy
Współpraca z partnerami z obwodu lwowskiego wymaga stałego sekretariatu, a nie tylko spotkań raz w roku
Samorządy gminne powinny włączyć klastry do planowania przestrzennego terenów pod odnawialne źródła energii
""")
