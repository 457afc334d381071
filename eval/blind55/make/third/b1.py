from mk import *
W('Grenland-Process-Industry-Days-2034_programme','Grenland-Process-Industry-Days-2034_programme.pdf',None,"""
Sigrid Haugland Berge|Cluster Manager|Industriklynge Grenland
Olav Tveit|Professor of Process Technology|University of South-Eastern Norway
Marianne Ødegård|Head of Innovation|Vestfold and Telemark County Municipality
Terje Aasland-Vik|Mayor|Porsgrunn Municipality
Beatriz Ferreira da Costa|Head of Unit|DG GROW
Per Ivar Nordbø|Plant Director|Heidelberg Materials Norway AS
Kristin Lunde Amundsen|CEO|Yara Porsgrunn
Jörg van den Heuvel|Vice President Energy|Hydro Aluminium AS
Ingvild Sæther|Director|Statnett SF
Aleksander Brekke|Secretary General|Norsk Industri
Hilde Rønningen|journalist|Telemark Arbeiderblad
Anna-Lena Bergström|Senior Researcher|SINTEF Industry
Eirik Solheim|Project Director|Northern Lights JV DA
Tone Haraldsen|Legal Adviser|Bamble Municipality
Nils-Petter Lien|Senior Adviser|Industriklynge Grenland
Katarzyna Wójcik-Larsen|Head of Manufacturing|Nel Hydrogen Electrolyser AS
Rune Tangen|Fleet Manager|Grenland Shipping AS
Maarten de Wit|Programme Lead|Port of Rotterdam Authority
Silje Marie Thorsen|HR Director|REC Solar Norway AS
Bjørn Kåre Vatne|Principal|Porsgrunn Upper Secondary School
Elena Popescu-Hansen|Talent Adviser|Work in Norway
Lars Olav Kittilsen|R&D Manager|Norcem AS
Ute Kranz-Oberhofer|Managing Director|Cluster Chemie-Kunststoff Mitteldeutschland
Thomas Wiig|Founder|Slagg2Verdi AS
Ragnhild Eikeland|Head of Digital Operations|Yara Porsgrunn
Mateusz Kaczmarek|Solution Architect|Kongsberg Digital AS
Sanna Leppänen|Research Manager|VTT Technical Research Centre of Finland
Hans-Jakob Fjeld|Chair of the Board|Industriklynge Grenland
Mari Kvåle Johannessen|Event Coordinator|Industriklynge Grenland
""","""
Industriklynge Grenland|Grenland Industrial Cluster
University of South-Eastern Norway|USN
Vestfold and Telemark County Municipality
Porsgrunn Municipality
European Commission
DG GROW
Heidelberg Materials Norway AS
Yara Porsgrunn
Hydro Aluminium AS
Statnett SF
Norsk Industri
Telemark Arbeiderblad
SINTEF Industry
Northern Lights JV DA
Bamble Municipality
Nel Hydrogen Electrolyser AS
Grenland Shipping AS
Port of Rotterdam Authority
REC Solar Norway AS
Porsgrunn Upper Secondary School
Work in Norway
Directorate of Labour and Welfare
Norcem AS
Cluster Chemie-Kunststoff Mitteldeutschland
Slagg2Verdi AS
Kongsberg Digital AS
VTT Technical Research Centre of Finland
Herøya Industripark AS
Innovation Norway Vestfold and Telemark
Enterprise Europe Network Norway
""","""
Grenland Process Industry Days 2034|2034-05-23|2034-05-24|Porsgrunn|Norway
Process Industry Days (2026 edition)|2026|2026|Skien|Norway
Process Industry Days (2028 edition)|2028|2028|Porsgrunn|Norway
Process Industry Days (2030 edition)|2030|2030|Bamble|Norway
Process Industry Days (2032 edition)|2032|2032|Porsgrunn|Norway
Process Industry Days (2036 edition)|2036-05|2036-05||
""","2034-05-23/2034-05-24 2034-05-02 2026 2028 2030 2032 2036-05 2034-05-12 2034-05-05")
W('NEW-DATE_glass-design-roundtable_Liberec','NEW-DATE_glass-design-roundtable_Liberec.eml','2034-02-24',"""
Kateřina Benešová|Event Manager|Crystal Valley Cluster, z. s.
Veronika Hrdličková-Salač|Head of Design|Lasvit s.r.o.
Tomáš Dvořák|Director|Czech Glass Association
Pavel Kučera|Chairman of the Board|Crystal Valley Cluster
Jana Horáčková|Deputy Governor of the Liberec Region|
Martin Šimek||Technical University of Liberec
Lucie Koldová|designer|
Jiří Pačinek||Pačinek Glass s.r.o.
Anke von Rosenberg||Glasfachschule Zwiesel
Radek Novák||Preciosa, a.s.
""","""
Crystal Valley Cluster, z. s.
Lasvit s.r.o.
Regional Authority of the Liberec Region
Czech Glass Association|Asociace sklářského a keramického průmyslu ČR
Technical University of Liberec
Department of Glass Technology
Pačinek Glass s.r.o.
Glasfachschule Zwiesel
Preciosa, a.s.
Glas- und Keramik-Netzwerk Oberlausitz e. V.
""","""
Crystal Valley Roundtable "Glass, light and design after the energy crisis"|2034-03-23|2034-03-23|Liberec|Czech Republic
Crystal Valley Roundtable on skills and apprenticeships|2034-06-08|2034-06-08|Jablonec nad Nisou|Czech Republic
""","2034-03-23 2034-02-24 2034-03-09 2034-03-17 2034-03-20 2034-03-22/2034-03-23 2033 2034-06-08 2034-02-06 2034-03-03 2034")
W('Study-visit-programme_Messinia-delegation-Lahti_2034','Study-visit-programme_Messinia-delegation-Lahti_2034.docx',None,"""
Dimitra Antonopoulou-Sfakianaki|Project Manager|PACE Cluster
Jukka Heinonen-Laine|Cluster Manager|PHCE Cluster
Mari Lindroos|Head of Business Services|City of Lahti
Ville Salminen|Development Manager|Päijät-Hämeen Jätehuolto Oy
Sari Koskinen|R&D Director|Labio Oy
Kari-Pekka Hämäläinen|Principal Lecturer in Circular Economy|LAB University of Applied Sciences
Eleni Karamanou|Researcher|University of the Peloponnese
Lauri Mäkelä|CEO|Sidestream Foods Oy
Anu Ojala-Rintala|Regional Development Director|Regional Council of Päijät-Häme
Georgios Kalogeropoulos|Cluster Coordinator|PACE Cluster
Panagiotis Mavromatis|Owner|Mavromatis Olive Mill S.A.
Vasiliki Tzanetou|Quality Manager|Kalamata Olive Cooperative
Nikos Stathakis|Head of Environment|Municipality of Kalamata
Christina Petropoulou|Advisor|Region of Peloponnese
Spyros Giannakopoulos|CEO|Messinian Compost Ltd
Aino Virtanen|Project Coordinator|LAB University of Applied Sciences
""","""
Päijät-Häme Circular Economy Cluster|PHCE Cluster
LAB University of Applied Sciences
Peloponnese Agri-Food and Circular Economy Cluster|PACE Cluster
City of Lahti
Lahti Science and Business Park
Päijät-Hämeen Jätehuolto Oy
Labio Oy
University of the Peloponnese
Sidestream Foods Oy
Business Finland
Enterprise Europe Network Finland
Regional Council of Päijät-Häme
Mavromatis Olive Mill S.A.
Kalamata Olive Cooperative
Municipality of Kalamata
Region of Peloponnese
Directorate of Development Planning
Messinian Compost Ltd
""","""
Messinia circular-economy delegation study visit to the Lahti region|2034-09-25|2034-09-28|Lahti|Finland
CIRCLE-FOOD study visit Jaén|2034-02|2034-02|Jaén|Spain
CIRCLE-FOOD study visit Bari|2034-05|2034-05|Bari|Italy
Online preparatory meeting|2034-09-14|2034-09-14||
Workshop "Olive-mill waste water – what can we learn from Finnish food side streams?"|2034-09-27|2034-09-27|Lahti|Finland
Return visit of the Finnish partners to Kalamata|2035-05|2035-05|Kalamata|Greece
Messinia Olive Days|2035-05|2035-05||
""","2034-09-25/2034-09-28 2034-09-11 2021 2035-03 2019 2034-02 2034-05 2034-09-14 2034-09-18 2034-09-20 2034-09-25 2034-09-26 2034-09-27 2034-09-28 2035-05")
