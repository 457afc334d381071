from mk import build
build('baltic-blue-bioeconomy-webinar-series','baltic-blue-bioeconomy-webinar-series.md','2035-01-09', """
Kristiina Vaher-Laan|Programme Director|BlueBaltic Clusters Alliance
Tomas Žemaitis||Klaipėda University
Laura Ozoliņa|Moderator|Kurzeme Planning Region
Henrik Asplund|CEO|Kalmar Marine Ingredients AB
Magdalena Kwiatkowska-Lis||Gdańsk University of Technology
Jonas Vilhelmsen||Danish Shellfish Centre
Aivar Tamm||Estonian Ministry of Regional Affairs and Agriculture
Kati Mäkinen||Natural Resources Institute Finland
Matthias von Ahlefeldt|Investment Manager|BlueInvest Fund
Ilze Bērziņa-Krūmiņa||Latvian Investment and Development Agency
Sigrid Holmqvist||RISE Research Institutes of Sweden
Andrius Petrauskas||Baltic Algae Tech UAB
Mari-Liis Kask||Pärnu County Development Centre
Wojciech Nowicki||Pomeranian Maritime Cluster
Edgars Kalniņš||Port of Liepāja Special Economic Zone Authority
Rasa Daukšienė||Klaipėda Science and Technology Park
Kadri Sepp|communication officer|
""","""
BlueBaltic Clusters Alliance
Council of the Baltic Sea States|CBSS
Klaipėda University
Kurzeme Planning Region
Kalmar Marine Ingredients AB
Gdańsk University of Technology
Danish Shellfish Centre
DTU Aqua
Estonian Ministry of Regional Affairs and Agriculture
Natural Resources Institute Finland|Luke
BlueInvest Fund
European Investment Fund
Latvian Investment and Development Agency|LIAA
RISE Research Institutes of Sweden
Baltic Algae Tech UAB
Pärnu County Development Centre
Pomeranian Maritime Cluster
Port of Liepāja Special Economic Zone Authority
Klaipėda Science and Technology Park
Tallinn University of Technology|TalTech
""","""
Blue Bioeconomy Talks||||
Episode 1 – "Why the Baltic needs a blue bioeconomy strategy"|2034-09-13|2034-09-13||
Episode 2 – "From fish heads to pet food: side-stream valorisation in practice"|2034-10-11|2034-10-11||
Episode 3 – "Seaweed farming licences: what each country requires"|2034-11-08|2034-11-08||
Episode 4 – "Financing blue start-ups"|2034-12-13|2034-12-13||
Episode 5 – "Algae for feed: regulatory pathway and first products"|2035-01-24|2035-01-24||
Episode 6 – "Skills for the blue economy: what vocational schools can do"|2035-02-21|2035-02-21||
Episode 7 – "Blue bioeconomy in the ports of Liepāja and Klaipėda"|2035-03-21|2035-03-21||
Episode 8 – Season finale: "What have we learnt?"|2035-04-25|2035-04-25|Tallinn|Estonia
networking reception|2035-04-25|2035-04-25|Tallinn|Estonia
""","2035-01-09 2034-09-13 2034-10-11 2034-11-08 2034-12-13 2035-01-24 2035-02-21 2035-03-21 2035-04-25 2029 2028/2034 2035-06 2034/2035 2034 2035","""
Side-streams are the quickest win: processors already pay to dispose of material that has a market value
Licensing rules for seaweed and mussel farms differ so much between countries that investors see them as a risk
Start-ups need patient capital and pilot facilities more than grants
Clusters should share one map of pilot plants around the Baltic Sea instead of each publishing its own
""")
