import sys; sys.path.insert(0,'eval/blind79/make/third')
from b import W
W('g01', None, """
Tjaša Kolenc Ribič|direktorica|RRA Zasavje
Aleš ŠKERLJ|vodja Sektorja za regionalni razvoj|Ministrstvo za kohezijo in regionalni razvoj
Mateja Drnovšek Zupan|vodja grozda|
Urška Kovač|svetovalka|SPOT svetovanje Zasavje
Miha Jerman||Kemijski inštitut
Nina van der Linde|vodja projektov|HyNorth B.V.
Gregor Sotlar||
Petra Lipovšek|koordinatorka Enterprise Europe Network Slovenija|RRA Zasavje
Marko Zupančič-Hribar|direktor|Termit d.d.
Jure Forte|župan|Občina Trbovlje
Mojca Pečnik|županja|Občina Hrastnik
Karmen Haller von Dornstein||Generalni direktorat Evropske komisije za regionalno in mestno politiko
Rok Verbič|Predstavnik sklada|Slovenski podjetniški sklad
""", """
Regionalna razvojna agencija Zasavje|RRA Zasavje
Grozd krožnih materialov Zasavje
Ministrstvo za kohezijo in regionalni razvoj
SPOT svetovanje Zasavje
Podjetniški inkubator Hrastnik
Grozd za energetsko tranzicijo Posavje–Zasavje
Kemijski inštitut
HyNorth B.V.
Steklarna Hrastnik
Enterprise Europe Network Slovenija
Območna obrtno-podjetniška zbornica Zagorje ob Savi|OOZ Zagorje ob Savi
Termit d.d.
Občina Trbovlje
Občina Zagorje ob Savi
Občina Hrastnik
Generalni direktorat Evropske komisije za regionalno in mestno politiko|DG REGIO
Dewesoft
Slovenski podjetniški sklad|SPS
Tehnološkega centra Zasavje
Evropska unija
""", """
Zasavski dan krožnega gospodarstva|2033-09-22||Trbovlje|Slovenia
Delavnica: Kako do vavčerja za digitalizacijo|2033-09-29||Hrastnik|Slovenia
Spletni seminar »Vodik v energetsko intenzivni industriji«|2033-10-06|||
B2B srečanje dobaviteljev za steklarsko industrijo|2033-10-14||Hrastnik|Slovenia
Zasavski podjetniški zajtrk|2033-10-21||Izlake|Slovenia
Konferenca Zasavje 2040: industrija po premogu|2033-11-09|2033-11-10|Zagorje ob Savi|Slovenia
ogled obrata Dewesoft|2033-11-10||Trbovlje|Slovenia
Večerja za govornike in partnerje|2033-11-09|||
Informativni dan za javni razpis za spodbujanje zagonskih podjetij|2033-11-24||Trbovlje|Slovenia
Novoletno srečanje zasavskih grozdov|2033-12-11||Trbovlje|Slovenia
Poletna šola za mlade podjetnike|2033-07-07|2033-07-11|Trbovlje|Slovenia
Dan odprtih vrat Tehnološkega centra Zasavje|2033-06-12|||
Zasavski dan krožnega gospodarstva 2032|2032-09-23||Hrastnik|Slovenia
""", "2033-09-02 2033-09 2033-09-22 2033-09-29 2033-10 2033-10-06 2033-10-14 2033-10-07 2033-10-21 2033-11 2033-11-09/2033-11-10 2033-11-09 2033-11-24 2034-01-15 2033-12 2033-12-11 2033-07-07/2033-07-11 2033-06-12 2032-09-23")
W('g02', '2035-03-28', """
Arben Çela|President|Elbasan Metalworking Cluster
Majlinda Hoxha-Dervishi|Rector|Aleksandër Xhuvani University
Ilir Bejtja|Mayor of Elbasan|
Friedrich von Wallenberg-Pachaly|Managing Director|Hüttenwerk Südost GmbH
Elira Kokona|Moderator|AIDA
Gentian Lika|CEO|Kurum Steel sh.a.
Marta de la Fuente Ortega|Senior Adviser|CIDAUT Foundation
Besnik Shehu||Ministry of Economy, Culture and Innovation
Dorina Mema|cluster manager|EMC
Tomasz Wiśniewski-Kühn|Purchasing Director|AutoParts Balkan d.o.o.
Anila Gjoni|Owner|Gjoni Metal Works sh.p.k.
Erion Rama|Moderator|Chamber of Commerce and Industry of Elbasan
Sanja Petrović|Director|Vocational School "Kristo Isak"
Jürgen Ottenschläger||GIZ Albania
Klodiana Hysa|Moderator|
Ardit Berisha||European Bank for Reconstruction and Development
Valbona Muça||Raiffeisen Bank Albania
Eva Zimmermann-Baloku|Chair|European Cluster Collaboration Platform
Stefan Jovanović|Panellist|Serbian Association of Clusters
Ana Stojanovska|Panellist|Macedonian Metalworking Cluster
Fatmir Krasniqi|Panellist|Kosovo Metal Cluster
""", """
Elbasan Metalworking Cluster|EMC
Albanian Investment Development Agency|AIDA
Chamber of Commerce and Industry of Elbasan
European Cluster Collaboration Platform|ECCP
Aleksandër Xhuvani University
Hüttenwerk Südost GmbH
Kurum Steel sh.a.
CIDAUT Foundation
Ministry of Economy, Culture and Innovation
AutoParts Balkan d.o.o.
Gjoni Metal Works sh.p.k.
Vocational School "Kristo Isak"
GIZ Albania
European Bank for Reconstruction and Development|EBRD
Raiffeisen Bank Albania
Serbian Association of Clusters
Macedonian Metalworking Cluster
Kosovo Metal Cluster
Elbasan Industrial Park
""", """
Central Albania Metals & Materials Forum 2035|2035-04-24|2035-04-25|Elbasan|Albania
annual meeting of metal, steel and materials companies of Central Albania (2033)|2033||Elbasan|Albania
annual meeting of metal, steel and materials companies of Central Albania (2034)|2034||Durrës|Albania
Forum dinner|2035-04-24||Elbasan|Albania
Panel: "Western Balkans clusters working together"|2035-04-25||Elbasan|Albania
B2B meetings|2035-04-25||Elbasan|Albania
Site visit to the Kurum Steel plant and the Elbasan Industrial Park|2035-04-25||Elbasan|Albania
""", "2035-04-24/2035-04-25 2035-03-28 2033 2034 2035-04-24 2035-04-25 2035-04-11 2035-04-17 2035-04-04")
W('g03', None, """
Pere Vilanova i Puig|alcalde d'Olot|
Montserrat Roca Bassols|presidenta|Consell Comarcal de la Garrotxa
Jordi Serrat|president|Clúster Alimentari de la Garrotxa
Laia Font de Rubinat|directora|Institut de Recerca i Tecnologia Agroalimentàries
Marta Pujolràs|gerent|Clúster Alimentari de la Garrotxa
Joan Carles Soler|director d'operacions|Embotits Sant Miquel, SL
Núria Casadevall|responsable de qualitat|Formatges de la Vall d'en Bas, SCCL
Henrik Lindqvist|investigador|RISE Research Institutes of Sweden
Albert Oliveras|director general|Fleques Garrotxa, SA
Anna Maria Bosch-Surroca|consultora|Foodtech Lab, SL
Claire Dubois-Maréchal||Chambre de Commerce et d'Industrie des Pyrénées-Orientales
Xavier Masó|tècnic|ACCIÓ
Elisenda Grau i Vidal|consellera d'Empresa i Treball|Generalitat de Catalunya
""", """
Clúster Alimentari de la Garrotxa|CAG
Ajuntament d'Olot
Consell Comarcal de la Garrotxa
ACCIÓ – Agència per la Competitivitat de l'Empresa|ACCIÓ
Generalitat de Catalunya
Diputació de Girona
Universitat de Girona|UdG
Unió Europea
Institut de Recerca i Tecnologia Agroalimentàries|IRTA
Embotits Sant Miquel, SL
Formatges de la Vall d'en Bas, SCCL
RISE Research Institutes of Sweden|RISE
Fleques Garrotxa, SA
Foodtech Lab, SL
Chambre de Commerce et d'Industrie des Pyrénées-Orientales|CCI Pyrénées-Orientales
""", """
III Jornada d'Innovació Agroalimentària de la Garrotxa|2034-03-16||Olot|Spain
trobada (2032)|2032||Besalú|Spain
trobada (2033)|2033||Santa Pau|Spain
Taula rodona: envasos sostenibles|2034-03-16||Olot|Spain
Dinar de treball|2034-03-16||Olot|Spain
Taller A: Exportar a França després del 2033|2034-03-16||Olot|Spain
Taller B: Ajuts i finançament|2034-03-16||Olot|Spain
Visita opcional a l'obrador de Formatges de la Vall d'en Bas|2034-03-16|||
""", "2034-03-16 2034-03-09 2032 2033 2028/2034 2030 1961")
W('g04', '2036-04-03', """
Marieke van 't Hof|clustermanager|Maritiem Cluster West-Friesland
Jan-Willem de Boer|gedeputeerde Economie|Provincie Noord-Holland
Femke Hoogland-Visser|directeur|Hoogland Scheepselektro
Bas Kroon||Kroon Maritieme Interieurs B.V.
Sjoerd Klaver|lector Maritieme Innovatie|Hogeschool Inholland
Sietse Zijlstra|voorzitter|Fryske Maritiem Netwurk
Van der Meer||Van der Meer Hydrauliek B.V.
Dirk-Jan Schagen||
""", """
Maritiem Cluster West-Friesland|MCWF
Provincie Noord-Holland
Ontwikkelingsbedrijf Noord-Holland Noord|NHN
Kamer van Koophandel
Netherlands Maritime Technology|NMT
Scheepswerf De Kogge B.V.
Zijlstra Jachtbouw B.V.
Hoogland Scheepselektro
Kroon Maritieme Interieurs B.V.
Van der Meer Hydrauliek B.V.
Marine Composites Noord B.V.
Scheepvaartbedrijf Wierdijk v.o.f.
Regionaal Opleidingscentrum Horizon College
Hogeschool Inholland
Fryske Maritiem Netwurk
Rijkswaterstaat
""", """
Maritime Industry 2036|2036-05-20|2036-05-22|Gorinchem|Netherlands
Officiële opening van het paviljoen|2036-05-20||Gorinchem|Netherlands
Pitchsessie „Elektrisch varen op het IJsselmeer"|2036-05-20||Gorinchem|Netherlands
Westfriese borrel|2036-05-20||Gorinchem|Netherlands
Studentenontbijt|2036-05-21||Gorinchem|Netherlands
Presentatie van het onderzoek „Werven in 2040"|2036-05-21||Gorinchem|Netherlands
Ondertekening van de samenwerkingsovereenkomst|2036-05-21||Gorinchem|Netherlands
Ronde tafel met inkopers van Rijkswaterstaat en gemeentelijke havenbedrijven|2036-05-22||Gorinchem|Netherlands
Afsluiting en trekking van de winnaar van de standquiz|2036-05-22||Gorinchem|Netherlands
Maritime Industry 2034|2034|||
""", "2036-04-03 2036-05-20/2036-05-22 2034 2036-05-20 2036-05-21 2036-05-22 2036-05-13 2037 2036-10-01")
