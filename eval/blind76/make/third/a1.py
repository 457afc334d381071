from w import W
W('kielce-klaster-metalowy-o-nas','kielce-klaster-metalowy-o-nas.html',None,'''
Tomasz Wróblewski|Prezes Zarządu|Świętokrzyski Klaster Obróbki Metali
Agnieszka Kowalczyk-Nowak|Wiceprezes Zarządu|Świętokrzyski Klaster Obróbki Metali
Marek Zalewski|Wiceprezes Zarządu|Świętokrzyski Klaster Obróbki Metali
Ewa Grabowska|Skarbnik|Świętokrzyski Klaster Obróbki Metali
Krzysztof Ślusarczyk|Członek Zarządu|Świętokrzyski Klaster Obróbki Metali
Joanna Piątek|Przewodnicząca|Komisja Rewizyjna
Paweł Dudek|Członek|Komisja Rewizyjna
Stanisław Mazur|Członek|Komisja Rewizyjna
Bogdan Sieradzki||Politechniki Świętokrzyskiej
Magdalena Szymczyk|Dyrektor biura / koordynatorka klastra|Świętokrzyski Klaster Obróbki Metali
Rafał Kubacki|Specjalista ds. projektów międzynarodowych|Świętokrzyski Klaster Obróbki Metali
Natalia Gołąb|Specjalistka ds. komunikacji i wydarzeń|Świętokrzyski Klaster Obróbki Metali
Oleksandr Melnyk|Analityk ds. energii i dekarbonizacji|Świętokrzyski Klaster Obróbki Metali
Beata Lis|Księgowość i kadry|Świętokrzyski Klaster Obróbki Metali
Piotr Wojtas||Studio Fotograficzne Kadr
''','''
Świętokrzyski Klaster Obróbki Metali|ŚKOM
Ministerstwo Rozwoju i Technologii
European Secretariat for Cluster Analysis|ESCA
Politechnika Świętokrzyska
Uniwersytet Jana Kochanowskiego w Kielcach
Kielecki Park Technologiczny|KPT
Walne Zebranie Członków
Odlewnia Żeliwa Końskie S.A.
Wydziału Mechatroniki i Budowy Maszyn
ZAL-TECH Sp. z o.o.
Narzędziownia Ostrowiec Sp. z o.o.
Kolfor Sp. z o.o. sp.k.
Komisja Rewizyjna
Kancelaria Podatkowa Piątek i Wspólnicy
Starachowickie Zakłady Kuźnicze S.A.
Świętokrzyska Izba Rzemiosła i Przedsiębiorczości
Rada Programowa
Urzędu Marszałkowskiego Województwa Świętokrzyskiego
Polskiego Stowarzyszenia Klastrów
European Metalworking Clusters Alliance|EMCA
Agencją Rozwoju Przemysłu S.A.|ARP
Polską Agencją Rozwoju Przedsiębiorczości|PARP
Targach Kielce
Studio Fotograficzne Kadr
''','''
Forum Obróbki Metali Kielce 2034|2034-10-22|2034-10-23|Kielce|Poland
Posiedzenie Rady Programowej|2034-09-05||Kielce|Poland
Walne Zebranie Członków|2034-04-14
''','2029 2033-03 2033/2036 2027 2029-11-09 2030 2032 2034-04-14 2034/2038 2034/2040 2031/2034 2034-10-22/2034-10-23 2034-09-05','')
W('zemgales-partikas-klasteris-biedru-katalogs-2035','zemgales-partikas-klasteris-biedru-katalogs-2035.docx','2035-02-03','''
Elīna Grīnberga|klastera vadītāja|Zemgales Pārtikas klasteris
Ilze Kalniņa|valdes priekšsēdētāja|Jelgavas Piensaimnieks
Jānis Ozoliņš|ražošanas direktors|Bauskas Alus Darītava
Māris Bērziņš|komercdirektors|Dobeles Dzirnavnieks
Līga Zariņa|valdes locekle|Tērvetes Maize
Andris Liepiņš|tehnologs|Zemgales Gaļa
Dace Krūmiņa|kvalitātes vadītāja|Iecavas Putnu Ferma
Kristaps Vītols|īpašnieks|Aizkraukles Ogas
Ruta Kļaviņa|saimniece|Rundāles Medus
Edgars Pētersons|valdes priekšsēdētājs|Ozolnieku Dārzeņi
Inese Jansone|valdes priekšsēdētāja|Lielplatones Sieri
Valdis Kalējs|direktors|FoodLab Baltic
Gunta Ābele|projektu vadītāja|Elejas Pakotne
Sanita Lāce|Pārtikas tehnoloģijas fakultātes dekāne|Latvijas Biozinātņu un tehnoloģiju universitāte
Raivis Ķeņģis|uzņēmējdarbības konsultants|Zemgales plānošanas reģions
Artūrs Dūms|valdes loceklis|Vecumnieku Kooperatīvs Graudi
Kaspars Lindqvist|ģenerāldirektors|Nordic Flavours Latvia
Anita Blūma|Revidente|Zemgales Pārtikas klasteris
Roberts Šmits|Projektu koordinators|Zemgales Pārtikas klasteris
''','''
Zemgales Pārtikas klasteris|ZPK
Zemgales Uzņēmējdarbības centrs|ZUC
Latvijas Investīciju un attīstības aģentūras|LIAA
Jelgavas Piensaimnieks
Bauskas Alus Darītava
Dobeles Dzirnavnieks
Tērvetes Maize
Zemgales Gaļa
Iecavas Putnu Ferma
Aizkraukles Ogas
Rundāles Medus
Ozolnieku Dārzeņi
Lielplatones Sieri
FoodLab Baltic
Elejas Pakotne
Latvijas Biozinātņu un tehnoloģiju universitāte
Zemgales plānošanas reģions
Vecumnieku Kooperatīvs Graudi
Nordic Flavours Latvia
Jelgavas tehnikumu
''','''
Riga Food 2034|2034|2034|Riga|Latvia
tirdzniecības misija uz Stokholmu|2034-10|2034-10|Stokholmu|Sweden
biedru kopsapulce|2034-11-18||Jelgavā|Latvia
Nākamā biedru kopsapulce|2035-05-20||Bauskā|Latvia
''','2035-02-03 2031 2035 2032/2034 2034-10 2035-01 2034-11-18 2035-05-20','''
Kopīga eksporta zīmola „Taste of Zemgale” attīstība un dalība vismaz divās starptautiskās izstādēs
Pētījums par augu olbaltumvielu produktiem kopā ar Latvijas Biozinātņu un tehnoloģiju universitāti un FoodLab Baltic
Pārtikas atkritumu samazināšana par 20 % biedru ražotnēs, dalot pieredzi un kopīgi iepērkot pārstrādes pakalpojumus
Darbinieku apmācības pārtikas drošībā un automatizācijā sadarbībā ar Jelgavas tehnikumu
Kopīgs saules paneļu un siltumsūkņu iepirkums enerģijas izmaksu samazināšanai
''')
