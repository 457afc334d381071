from mk import build
build('raport-vizita-studiu-memmingen-biberach-2034','raport-vizita-studiu-memmingen-biberach-2034.txt','2034-06-26', """
Zsófia Kovács-Bartha|manager de cluster|Clusterul Agroalimentar Covasna
Szilárd Bende|vicepreședinte|Consiliul Județean
Ileana Mureșan|director al Direcției de Dezvoltare Economică|Consiliul Județean
Johannes Reitmayr|șeful departamentului de inovare|IHK Schwaben
Manfred Schilder|primarul orașului Memmingen|
Anton Fleischhut|Directorul|Käserei Hochwies eG
Karin Eisele-Hummel|prorectoră pentru cercetare|Hochschule Biberach
Marlene Grupp|managerul clusterului|Food Alliance Oberschwaben
Tobias Brenner||Landratsamt Biberach
Lóránd Nagy-Fejér|președintele|Cooperativei Agricole Târgu Secuiesc
Edit Kerekes||Universitatea Sapientia
Levente Szabó||
""","""
Clusterul Agroalimentar Covasna|CAC
Agenției pentru Dezvoltare Regională Centru|ADR Centru
Milchwirtschaftlicher Verein Allgäu-Schwaben
Camera de Industrie și Comerț Schwaben|IHK Schwaben
Food Alliance Oberschwaben
Consiliului Județean Covasna
Universitatea Sapientia
Käserei Hochwies eG
Schlachthof Biberach GmbH
Hochschule Biberach
Landratsamt Biberach
Cooperativei Agricole Târgu Secuiesc
Unser Land
""","""
vizita de studiu în regiunea Memmingen – Biberach|2034-06-12|2034-06-15||Germany
primirea oficială la sediul IHK Schwaben|2034-06-12|2034-06-12|Memmingen|Germany
recepție de bun venit|2034-06-12|2034-06-12|Memmingen|Germany
Vizită la Käserei Hochwies eG|2034-06-13|2034-06-13|Bad Grönenbach|Germany
vizită la ferma familiei Wiedemann|2034-06-13|2034-06-13|Ottobeuren|Germany
vizită la abatorul regional Schlachthof Biberach GmbH|2034-06-14|2034-06-14|Biberach an der Riß|Germany
masă rotundă la Hochschule Biberach|2034-06-14|2034-06-14|Biberach an der Riß|Germany
cină comună|2034-06-14|2034-06-14|Biberach an der Riß|Germany
Vizită la magazinul cooperativ „Unser Land”|2034-06-15|2034-06-15|Memmingen|Germany
întâlnire de evaluare|2034-06-15|2034-06-15|Memmingen|Germany
ședința Consiliului Director al CAC|2034-07-10|2034-07-10||
Zilelor Agroalimentare Secuiești|2034-09-22|2034-09-24|Sfântu Gheorghe|Romania
""","2034-06-12/2034-06-15 2034-06-26 2028/2034 2034-06-12 2034-06-13 2034-06-14 2034-06-15 2035/2037 2034-07-10 2034-09-22/2034-09-24","""
Crearea unei mărci colective „Produs în Covasna” pentru lapte și carne, cu un caiet de sarcini verificat de un organism independent
Studierea unui abator de capacitate mică, în proprietate comună a mai multor comune și crescători, după modelul de la Biberach
Introducerea unui sistem de plată a laptelui în funcție de calitate în cadrul cooperativelor membre
Amplasarea, în regim de proiect-pilot, a zece automate de lapte în localitățile din județ
Semnarea unui acord de cooperare cu Food Alliance Oberschwaben pentru schimburi de tineri fermieri
""")
