from w import *
D="Drenthe Innovation Cluster"; N="Netherlands"
W("blind65_07_drenthe_innovation_week","blind65_07_drenthe_innovation_week.html",
[P("Harm-Jan van der Veen","King’s Commissioner in Drenthe",None),P("Annelies Koopmans-Bakker","chair",D),P("Jeroen ter Horst",None,"University of Groningen"),
 P("Lotte Zwiers","programme manager",D),P("Bram Hoekstra","side events",D)],
[O(D,"DIC"),O("Province of Drenthe"),O("Northern Netherlands Development Agency NOM","NOM"),O("TT Circuit Assen"),O("University of Groningen"),O("Drents Museum"),
 O("Emmen Plastics Recycling Group B.V."),O("Hanze University of Applied Sciences"),O("WaterStof Noord"),O("Boerderij van Morgen coöperatie U.A."),O("Drenthe Health Tech Lab"),
 O("Meppel Logistics Hub"),O("Geo Energy Drenthe"),O("Datacenter Noord B.V."),O("Stichting Drentse Ondernemers Jongeren"),O("PolyLoop B.V.")],
[E("Drenthe Innovation Week 2034","2034-10-09","2034-10-13","Assen",N),E("Opening","2034-10-09",None,"Assen",N),E("Innovation Market","2034-10-10",None,"Assen",N),
 E("Northern Netherlands Investment Day","2034-10-11"),E("Drenthe Innovation Award","2034-10-12"),E("Closing","2034-10-13",None,"Assen",N),
 E("Open day: from waste bale to granulate","2034-10-09",None,"Emmen",N),E("Student challenge pitch “Smart villages”","2034-10-09",None,"Assen",N),
 E("Hydrogen filling station tour and breakfast","2034-10-10",None,"Hoogeveen",N),E("Field demo: robot weeding in organic potatoes","2034-10-10",None,"Valthermond",N),
 E("Workshop “Care at home with sensors”","2034-10-11",None,"Beilen",N),E("Inland port innovation walk","2034-10-11",None,"Meppel",N),
 E("Geothermal energy information evening","2034-10-12",None,"Coevorden",N),E("Behind the racks: waste heat for a district","2034-10-12",None,"Emmen",N),
 E("Young entrepreneurs’ breakfast with the King’s Commissioner","2034-10-13",None,"Assen",N),E("Drenthe Innovation Week (2033 edition)","2033-10-02","2033-10-06")],
["2034-10-09/2034-10-13","2034-10-09","2034-10-10","2034-10-11","2034-10-12","2034-10-13","2034-09-15","2033-10-02/2033-10-06","2033"])
