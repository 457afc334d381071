from w import W
W('navarre-register-innovative-business-groupings-2035','navarre-register-innovative-business-groupings-2035.md','2035-07-08','''
Patxi Elizalde Arraiza|Director-General for Innovation|Directorate-General for Innovation
Jon Ander Etxeberria Aguirre||
Iñaki Goñi Zabalza|Cluster manager|Clúster de Automoción de Navarra
Amaia Arbizu Echeverría|Cluster manager|Clúster Agroalimentario de Navarra
Javier Urdiáin Lacasta|Cluster manager|Asociación Clúster de Energías Renovables de Navarra
Idoia Arrarás Lekuona|Cluster manager|Clúster de Salud de Navarra
Koldo Mendiburu Ezkurra|Cluster manager|Asociación Navarra de Industrias de la Madera
Beatriz Ollo Sagüés|Cluster manager|Clúster TIC de Navarra
Mikel Iriarte Oroz|Cluster manager|Clúster de Turismo Sostenible del Pirineo Navarro
Fermín Pérez-Ilzarbe|Cluster manager|Clúster de Maquinaria Agrícola del Ebro
Carmen Sádaba de Miguel|Cluster manager|Asociación Clúster de Vino de Navarra
Ane Bengoetxea Lizarraga|Cluster manager|Clúster de Industrias Creativas de Navarra
Raúl Martínez de Morentin|Cluster manager|Clúster de Logística del Corredor del Ebro
Elena Garde Jiménez|Cluster manager|Clúster de Hidrógeno Verde de Navarra
Álvaro Sanz Irigoyen||Clúster TIC de Navarra
Maite Lacasia Gorriz|Head of service|Cluster Policy Service
''','''
Government of Navarre
Department of Economic and Business Development
Directorate-General for Innovation
Ministry of Industry and Tourism
Navarre Business Development Agency|SODENA
Navarre Technology Centres Network
Public University of Navarre|UPNA
Clúster de Automoción de Navarra|ACAN
Clúster Agroalimentario de Navarra|NAGRIFOOD
Asociación Clúster de Energías Renovables de Navarra|ENERNA
Clúster de Salud de Navarra|NAVARRABIOMED Cluster
Asociación Navarra de Industrias de la Madera|ADEMAN Cluster
Clúster TIC de Navarra
Clúster de Turismo Sostenible del Pirineo Navarro
Clúster de Maquinaria Agrícola del Ebro|MAQEBRO
Asociación Clúster de Vino de Navarra
Clúster de Industrias Creativas de Navarra|CREANA
Clúster de Logística del Corredor del Ebro|LOGEBRO
Clúster de Hidrógeno Verde de Navarra|H2NA
Navarre Footwear and Leather Cluster
Asociación Clúster de Economía Circular de Navarra|ECONAV
Cluster Policy Service
''','''
committee meeting|2035-06-12
Annual meeting of Navarre cluster managers|2035-09-24||Pamplona|Spain
''','2035-06-30 2035-07-08 2030-09-18 2035 2031-06-14 2031-09-27 2032-01-18 2032-05-09 2033-02-22 2034-03-15 2034-11-07 2034-12-31 2035-06-12 2035/2039 2035-04-01 2035-05-20 2035-03-03 2035-10 2034 2035-01-15 2035-02-28 2035-05-05 2036-01 2035-09-24','''
All registered clusters meet the minimum requirements, but four of them depend on regional funds for more than 60 % of their budget and must diversify their income before the next renewal
Cooperation between clusters has improved: nine joint projects between two or more Navarre clusters were started in 2034
Participation in European projects remains low; only three clusters took part in projects under the Single Market Programme or Interreg Europe
The new hydrogen and creative industries clusters should be accompanied with a mentoring scheme by the more established clusters
''')
B='Baltic Offshore & Maritime Cluster'
W('szczecin-maritime-offshore-clusters-merger-2036','szczecin-maritime-offshore-clusters-merger-2036.html','2036-02-02',f'''
Monika Szulc-Bergmann|President|{B}
Zbigniew Kamiński|First Vice-President|{B}
Tadeusz Graczyk|Vice-President|{B}
Justyna Wójcik-Lange|Treasurer|{B}
Henning Carstensen|Member|{B}
Krystyna Nowak-Zych||West Pomeranian University of Technology
Bartosz Lewandowski|Managing Director|{B}
Agnieszka Maj|Head of Member Services|{B}
Marian Kowalczyk||ZKM
Olga Kaczmarek-Rehn|Deputy Marshal|West Pomeranian Voivodeship Marshal's Office
Kacper Nowicki||BOMC
''',f'''
{B}|BOMC
West Pomeranian Maritime Cluster|ZKM
Szczecin Offshore Wind Cluster|SOWC
Gryfia Shipbuilding S.A.
Baltic Foundations Sp. z o.o.
Maritime University of Szczecin
Port Services Świnoujście Sp. z o.o.
Stralsund Offshore Logistics GmbH
Supervisory Committee
West Pomeranian University of Technology|ZUT
Maritime Technology Centre
West Pomeranian Voivodeship Marshal's Office
Wardyński Nord Sp.k.
Pomorskie Doradztwo Sp. z o.o.
Polish Wind Energy Association|PSEW
''','''
joint general assembly|2036-01-29||Szczecin|Poland
working group meeting|2034-11-14
Baltic Offshore Supply Chain Day|2036-03-12||Szczecin|Poland
''','2036-02-02 2036-01-29 2036-03-01 2036/2039 2039 2036-02-15 2011/2020 2034-11-14 2035-09 2036-03-12','''
Bring at least 30 West Pomeranian suppliers into the supply chains of the Baltic offshore wind farms by 2039
Create a joint training centre for welders, riggers and service technicians with the Maritime University of Szczecin
Represent members in the planning of the installation port in Świnoujście and of the deep-water container terminal
Build a cross-border partnership with the clusters of Mecklenburg-Western Pomerania and Scania
Offer one membership fee structure and one set of services from 1 March 2036
''')
