from mk import *
W('bioeconomy-academy-2034-course-brochure-pdf','bioeconomy-academy-2034-course-brochure-pdf.txt','2033-11-14',"""
Per Engstrand-Lundqvist|Professor of Chemical Engineering|Mid Sweden University
Annika Sjölander-Brandt|Competence Manager|Processum Biorefinery Cluster Västernorrland
Malin Åkerström|Chief Economist|Skogsindustrierna
Johanna Lindgren-Stolt|Head of Pilot Operations|Processum AB
Arvid Hagström|Senior Scientist|RISE Research Institutes of Sweden
Sophie van Dijk-Mulder|Partner|Pöyry Bioeconomy Advisory
Jonas Eriksson|Business Developer|Holmen AB
Katarina Nordin|Environment Manager|SCA
Magnus Bäckström|Energy Advisor|Energikontoret Västernorrland
Riikka Laaksonen||VTT Technical Research Centre of Finland
Emma Falk|Leadership Coach|Falk & Partners AB
Bengt-Olof Wiklund|former Mill Manager|Husum pulp mill
Lena Holmström|Director of Regional Development|Region Västernorrland
Tobias Sandberg|CEO|Processum Biorefinery Cluster Västernorrland
""","""
Processum Biorefinery Cluster Västernorrland
Mid Sweden University|Mittuniversitetet
Swedish Forest Industries Federation|Skogsindustrierna
Region Västernorrland
Processum AB
RISE Research Institutes of Sweden
Domsjö Fabriker AB
Pöyry Bioeconomy Advisory
Holmen AB
SCA
Energikontoret Västernorrland
VTT Technical Research Centre of Finland
Falk & Partners AB
""","""
Mid Sweden Bioeconomy Academy 2034|2034-02|2034-06||Sweden
Module 1 – The forest-based value chain in 2034|2034-02-08|2034-02-09|Sundsvall|Sweden
Module 2 – Biorefinery processes and products|2034-03-07|2034-03-08|Örnsköldsvik|Sweden
Module 3 – Markets, customers and pricing|2034-04-10|2034-04-11||
Module 4 – Circular fibre, energy and water|2034-05-02|2034-05-03|Sundsvall|Sweden
Module 5 – Leading change in the mill|2034-05-22|2034-05-23||
Module 6 – Case presentations and graduation|2034-06-12|2034-06-13|Örnsköldsvik|Sweden
Alumni meeting|2034-06-13|2034-06-13|Örnsköldsvik|Sweden
Mid Sweden Bioeconomy Academy (2031 edition)|2031|2031||
Mid Sweden Bioeconomy Academy (2032 edition)|2032|2032||
""","2034-02/2034-06 2033-11-14 2034 2034-02-08/2034-02-09 2034-03-07/2034-03-08 2034-04-10 2034-04-11 2034-05-02/2034-05-03 2034-05-22 2034-05-23 2034-06-12/2034-06-13 2034-06-12 2034-04-04/2034-04-05 2034-04-10/2034-04-11 2033-12-15 2034-01-12 2034-01-19 2031 2032 2033 2034-06-13")
W('call_b2b-just-transition-matchmaking-kozani-2034','call_b2b-just-transition-matchmaking-kozani-2034.txt','2034-07-03',"""
Eleni Papadopoulou-Raptis|Cluster Manager|WMEIC
Georgios Amanatidis|Vice-Governor for Development|Region of Western Macedonia
Wojciech Kamiński-Zieliński|Head of Unit|Silesian Technology Transfer Centre
Maria Nikolaidou|National Contact Point|General Secretariat for Research and Innovation
Konstantinos Tsiakiris||Enterprise Europe Network Greece
""","""
Western Macedonia Energy & Innovation Cluster|WMEIC
Region of Western Macedonia
Enterprise Europe Network Greece
Hellenic Org for Standardization
HELEXPO
Centre for Research and Technology Hellas|CERTH/CPERI
University of Western Macedonia
Silesian Technology Transfer Centre
General Secretariat for Research and Innovation
""","""
West Macedonia Just Transition Matchmaking 2034|2034-10-11|2034-10-11|Kozani|Greece
Workshop "Applying together to the Innovation Fund and Horizon Europe"|2034-10-11|2034-10-11|Kozani|Greece
Site visit to the Ptolemaida hydrogen pilot plant and the former Kardia mine|2034-10-12|2034-10-12|Ptolemaida|Greece
West Macedonia Just Transition Matchmaking (2031 edition)|2031|2031|Kozani|Greece
West Macedonia Just Transition Matchmaking (2032 edition)|2032|2032|Florina|Greece
West Macedonia Just Transition Matchmaking (2033 edition)|2033|2033||
""","2034-10-11 2034-07-03 2028 2021/2027 2034-10-12 2034-07-07 2034-09-05 2034-09-15 2034-09-26 2034-09-29/2034-10-08 2034-10-09 2031 2032 2033 2033-09 2034-12-31")
W('ida-viru-energy-transition-challenge-2034_et-en','ida-viru-energy-transition-challenge-2034_et-en.md','2034-01-09',"""
Jelena Ivanova-Tamm|Cluster Manager|Ida-Virumaa Tööstusklaster MTÜ
Margus Lepik-Saar|Director|TalTech Virumaa College
Olga Sõstra|Head of Development|Ida-Viru Enterprise Centre
Rainer Kütt|Chief Technology Officer|Enefit Power AS
Hanna Kiviloo|Programme Manager|Estonian Business and Innovation Agency
Pieter de Graaf|Senior Advisor|European Commission
Andrus Põder|Project Manager|Ida-Viru Enterprise Centre
""","""
Ida-Virumaa Tööstusklaster MTÜ|Ida-Viru Industrial Cluster
Ida-Viru Enterprise Centre|IVEK
TalTech Virumaa College
Narva Business Centre|Narva Ettevõtluskeskus
Kohtla-Järve Tööstuspark
Enefit Power AS
Estonian Ministry of Economic Affairs and Communications
VKG Oil AS
Narva Vesi AS
Estonian Unemployment Insurance Fund|Eesti Töötukassa
Estonian Business and Innovation Agency|EIS
Just Transition Platform
European Commission
Jõhvi Smart Industry Centre
Narva Soojusvõrk AS
""","""
Ida-Viru Energy Transition Challenge 2034|2034-03-14|2034-06-12||Estonia
Ida-Viru Energy Transition Challenge 2034 Round 1|2034-03-14|2034-03-15|Narva|Estonia
Ida-Viru Energy Transition Challenge 2034 Round 2|2034-04-25|2034-04-26|Kohtla-Järve|Estonia
Ida-Viru Energy Transition Challenge 2034 Round 3|2034-05-16|2034-05-16||
Ida-Viru Energy Transition Challenge 2034 Final|2034-06-12|2034-06-12|Jõhvi|Estonia
Ida-Viru Energy Transition Challenge (2033 pilot edition)|2033-10-07|2033-10-08|Narva|Estonia
""","2034-01-09 2034-03-14/2034-03-15 2034-04-25/2034-04-26 2034-05-16 2034-06-12 2034-03-07 2034-04-18 2034-05-09 2033 2033-10-07/2033-10-08 2021/2027")
W('indkaldelse-generalforsamling-2034_symbiosecluster','indkaldelse-generalforsamling-2034_symbiosecluster.txt','2034-03-06',"""
Henrik Møller-Sørensen|formand|Vestsjællands Symbiose- og Bioklynge
Birgitte Skov Lauridsen||Slagelse Kommune
Jens Peter Kjærgaard||Kalundborg Forsyning A/S
Sofie Andersen-Thygesen|sektionsleder|Danmarks Tekniske Universitet
Mads Vestergaard||Equinor Refining Denmark A/S
Camilla Kruse||Gyproc A/S
Louise Brandt Winther|klyngechef|Vestsjællands Symbiose- og Bioklynge
Anders Holm Rasmussen|direktør|Kalundborg Symbiose
Pernille Dalsgaard|forretningsudvikler|Nature Energy Biogas A/S
""","""
Vestsjællands Symbiose- og Bioklynge|VSB
Novonesis A/S
Holbæk Erhvervsforum
Erhvervshus Sjælland
Slagelse Kommune
Kalundborg Forsyning A/S
Danmarks Tekniske Universitet
DTU Biosustain
Equinor Refining Denmark A/S
Gyproc A/S
Beierholm Statsautoriseret Revisionspartnerselskab
Kalundborg Symbiose
Nature Energy Biogas A/S
FjordProtein ApS
Sorø Alger I/S
Holbæk Plast A/S
Danmarks Erhvervsfremmebestyrelse
Region Sjælland
European Cluster Collaboration Platform|ECCP
Zealand – Sjællands Erhvervsakademi
""","""
Ordinær generalforsamling 2034 (VSB)|2034-04-27|2034-04-27|Kalundborg|Denmark
Forårsseminar "Fra restprodukt til råvare"|2034-04-27|2034-04-27|Kalundborg|Denmark
Symbiose-konferencen|2033-09-19|2033-09-19|Kalundborg|Denmark
Studietur til Rotterdam|2033-11-14|2033-11-15|Rotterdam|Netherlands
""","2034-03-06 2034-04-27 2033 2034/2035 2035 2034-04-13 2034-04-20 2034-04-21 2033-09-19 2033-11-14/2033-11-15 2034")
