from s import *
W('blind65_07_drenthe_innovation_week','blind65_07_drenthe_innovation_week.html',None,'''
Harm-Jan van der Veen|King’s Commissioner in Drenthe|
Annelies Koopmans-Bakker|chair|Drenthe Innovation Cluster
Jeroen ter Horst||University of Groningen
Lotte Zwiers|programme manager|Drenthe Innovation Cluster
Bram Hoekstra||Drenthe Innovation Cluster
''','''
Drenthe Innovation Cluster|DIC
Province of Drenthe
Northern Netherlands Development Agency NOM|NOM
TT Circuit Assen
University of Groningen
Drents Museum
Emmen Plastics Recycling Group B.V.
Hanze University of Applied Sciences
WaterStof Noord
Boerderij van Morgen coöperatie U.A.
Drenthe Health Tech Lab
Meppel Logistics Hub
Geo Energy Drenthe
Datacenter Noord B.V.
Stichting Drentse Ondernemers Jongeren
PolyLoop B.V.
''','''
Drenthe Innovation Week 2034|2034-10-09|2034-10-13|Assen|Netherlands
Opening|2034-10-09|2034-10-09|Assen|Netherlands
Innovation Market|2034-10-10|2034-10-10|Assen|Netherlands
Northern Netherlands Investment Day|2034-10-11|2034-10-11|Assen|Netherlands
Drenthe Innovation Award|2034-10-12|2034-10-12|Assen|Netherlands
“Drenthe 2040” conversation|2034-10-13|2034-10-13|Assen|Netherlands
Open day: from waste bale to granulate|2034-10-09|2034-10-09|Emmen|Netherlands
Student challenge pitch “Smart villages”|2034-10-09|2034-10-09|Assen|Netherlands
Hydrogen filling station tour and breakfast|2034-10-10|2034-10-10|Hoogeveen|Netherlands
Field demo: robot weeding in organic potatoes|2034-10-10|2034-10-10|Valthermond|Netherlands
Workshop “Care at home with sensors”|2034-10-11|2034-10-11|Beilen|Netherlands
Inland port innovation walk|2034-10-11|2034-10-11|Meppel|Netherlands
Geothermal energy information evening|2034-10-12|2034-10-12|Coevorden|Netherlands
Behind the racks: waste heat for a district|2034-10-12|2034-10-12|Emmen|Netherlands
Young entrepreneurs’ breakfast with the King’s Commissioner|2034-10-13|2034-10-13|Assen|Netherlands
Drenthe Innovation Week (2033 edition)|2033-10-02|2033-10-06
''','2034-10-09/2034-10-13 2034-10-09 2034-10-10 2034-10-11 2034-10-12 2034-10-13 2034-09-15 2033-10-02/2033-10-06 2033 2034')
