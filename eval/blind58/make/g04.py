from h import *
F = 'burgenland_cluster_award_2033_press_release.md'
T = f"""**PRESS RELEASE**

**Eisenstadt, {wd(2033,11,17)} 17 November 2033**

# Burgenland Cluster Award 2033: energy storage network and food cooperation honoured

*Embargo: 17 November 2033, 06:00*

The **Wirtschaftsagentur Burgenland GmbH** (WiBuG), the business agency of the Austrian province of Burgenland, presented the **Burgenland Cluster Award 2033** last night at a ceremony in the Haydn Hall of Esterházy Palace in Eisenstadt. The award, given every two years since 2023, recognises cluster initiatives and collaborative projects that strengthen the regional economy. This fifth edition received 19 applications, a record.

"Burgenland is a small region, so we can only be strong if companies work together – across sectors and across borders," said Governor **Mag. Elisabeth Horvath-Kollar**, who handed over the main prize together with the agency's managing director **DI Dr. Stefan Wukovits**.

## The jury

The independent jury met on 24 and 25 October 2033 in Pinkafeld. It was chaired by **Univ.-Prof. Dr. Renate Gmeiner-Lang** (University of Applied Sciences Burgenland) and included:

- **Dr. Gábor Szalai**, Director, Pannon Business Network Association, Szombathely (Hungary)
- **Mag. Petra Zlatarić-Pinter**, Head of the Innovation Department, Austrian Economic Chamber Burgenland
- **Ing. Milan Horňák**, cluster manager, Bratislava Region Energy Cluster (Slovakia)
- **Dr. Andreas von Trotha**, Senior Expert, European Secretariat for Cluster Analysis (ESCA), Berlin
- **Eva-Maria Kirchknopf**, journalist, ORF Burgenland (without voting right)

The jury assessed the applications on innovation, impact on SMEs, cooperation across borders and sustainability.

## The winners

**Category "Cluster organisation of the year": Energy Storage Network Burgenland (ESNB)**
The network, founded in 2027 in Neusiedl am See, brings together 46 companies and research partners working on battery storage, green hydrogen and heat storage. Its manager **DI Julia Prikoszovits** accepted the prize of EUR 15,000. The jury praised the joint test field for second-life batteries opened with Forschung Burgenland GmbH in 2032. "Our members have shown that a region with more wind turbines than cows can also build the storage," Julia Prikoszovits said.

**Category "Best collaborative project": Pannonian Taste – Regional Food Cooperation**
Eleven food producers from Burgenland and the Hungarian county of Győr-Moson-Sopron developed a common logistics and sales platform. The prize (EUR 10,000) went to the project lead **Stefan Gludovatz** of Weingut Gludovatz KG and his Hungarian partner **Kovács Réka** (Rábaközi Sajtműhely Kft.).

**Category "Young cluster": Wood Construction South Burgenland**
Founded only in 2031, the initiative of nine carpenters and sawmills from Güssing and Jennersdorf won the prize of EUR 5,000. Spokesperson **Markus Pomper** received it.

**Special mention of the jury: Cluster Management Excellence**
The jury gave a special mention to the **Burgenland Wellness and Thermal Cluster** (BWTC), which achieved the GOLD Label of the European Cluster Labelling Excellence Structure (EUCLES) in September 2033 as the first cluster in the province. Cluster director **Mag. (FH) Andrea Luif-Nemeth** dedicated the mention to her team.

## Past winners

- 2023: Mechatronics Cluster Burgenland
- 2025: Solar Valley Parndorf
- 2027: Pannonian Wine Tourism Cluster
- 2029: Logistics Hub Nickelsdorf
- 2031: Energy Storage Network Burgenland (Young cluster)

## Next edition

The Burgenland Cluster Award 2035 will be called in spring 2035; the ceremony is planned for November 2035. A first information event for interested clusters will take place at the Cluster Day Burgenland on {wd(2034,4,25)} 25 April 2034 in Oberwart.

## About Wirtschaftsagentur Burgenland

Wirtschaftsagentur Burgenland GmbH is the business development agency of the province of Burgenland. It manages six regional clusters and networks and the Burgenland Cluster Platform, and is the regional partner of the Enterprise Europe Network Austria.

**Press contact:**
Mag. Christina Wagentristl, Press Officer
Wirtschaftsagentur Burgenland GmbH, Marktstraße 3, 7000 Eisenstadt
presse@wibug.example · +43 5 9010 000

Photos of the ceremony (© WiBuG/Lexi) are available for free use in connection with this release.
"""
write(F, T)
gold(F,
 [P('Elisabeth Horvath-Kollar', 'Governor', None),
  P('Stefan Wukovits', 'managing director', 'Wirtschaftsagentur Burgenland GmbH'),
  P('Renate Gmeiner-Lang', None, 'University of Applied Sciences Burgenland'),
  P('Gábor Szalai', 'Director', 'Pannon Business Network Association'),
  P('Petra Zlatarić-Pinter', 'Head of the Innovation Department', 'Austrian Economic Chamber Burgenland'),
  P('Milan Horňák', 'cluster manager', 'Bratislava Region Energy Cluster'),
  P('Andreas von Trotha', 'Senior Expert', 'European Secretariat for Cluster Analysis'),
  P('Eva-Maria Kirchknopf', 'journalist', 'ORF Burgenland'),
  P('Julia Prikoszovits', 'manager', 'Energy Storage Network Burgenland'),
  P('Stefan Gludovatz', 'project lead', 'Weingut Gludovatz KG'),
  P('Kovács Réka', None, 'Rábaközi Sajtműhely Kft.'),
  P('Markus Pomper', 'Spokesperson', 'Wood Construction South Burgenland'),
  P('Andrea Luif-Nemeth', 'Cluster director', 'Burgenland Wellness and Thermal Cluster'),
  P('Christina Wagentristl', 'Press Officer', 'Wirtschaftsagentur Burgenland GmbH')],
 [O('Wirtschaftsagentur Burgenland GmbH', 'WiBuG'), O('University of Applied Sciences Burgenland'),
  O('Pannon Business Network Association'), O('Austrian Economic Chamber Burgenland'), O('Bratislava Region Energy Cluster'),
  O('European Secretariat for Cluster Analysis', 'ESCA'), O('ORF Burgenland'), O('Energy Storage Network Burgenland', 'ESNB'),
  O('Forschung Burgenland GmbH'), O('Weingut Gludovatz KG'), O('Rábaközi Sajtműhely Kft.'), O('Wood Construction South Burgenland'),
  O('Burgenland Wellness and Thermal Cluster', 'BWTC'), O('European Cluster Labelling Excellence Structure', 'EUCLES'),
  O('Mechatronics Cluster Burgenland'), O('Solar Valley Parndorf'), O('Pannonian Wine Tourism Cluster'), O('Logistics Hub Nickelsdorf'),
  O('Burgenland Cluster Platform'), O('Enterprise Europe Network Austria')],
 [E('Burgenland Cluster Award 2033', '2033-11-16', '2033-11-16', 'Eisenstadt', 'Austria'),
  E('jury meeting', '2033-10-24', '2033-10-25', 'Pinkafeld', 'Austria'),
  E('Burgenland Cluster Award 2035', '2035-11', '2035-11', None, None),
  E('Cluster Day Burgenland', '2034-04-25', '2034-04-25', 'Oberwart', 'Austria')],
 ['2033-11-17', '2023', '2033-10-24/2033-10-25', '2027', '2032', '2031', '2033-09', '2025', '2029', '2035', '2035-11', '2034-04-25'],
 [], pub='2033-11-17')
