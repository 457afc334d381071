from g import *
G="Generalitat Valenciana"; C="Clúster Llevant de la Bateria i el Vehicle Elèctric"
w("GVA_nombramiento-comisionado-innovacion_2031.txt","2031-10-17",
[P("Vicent Marqués Albors","Commissioner for Innovation and Industrial Transformation",G),P("Elena Sáez de Ibarra Gómez","Deputy Commissioner",G),
 P("Amparo Llorens Baydal","President",G),P("Joaquín Ferrandis Peris","Regional Minister for Innovation, Industry, Trade and Tourism",None),
 P("Marta Ribelles Gil","head of projects",C),P("Josep Lluís Sanchis","president",C),
 P("Lorena Vives Monfort","managing director","Clúster de la Rajola de la Plana"),P("Francesc Miralles Verdú","president","Associació Valenciana del Joguet i l'Oci"),P("Irene Bosch Lluch","coordinator","Horta Agrotech Cluster"),P("Sergio Peiró","board member responsible for public affairs","Túria Software Cluster"),P("Rafael Montaner Escrivà","president","Confederación Empresarial de la Comunitat Valenciana")],
[O(G),O("Institut Valencià de Competitivitat Empresarial","IVACE"),O("Universitat Politècnica de València","UPV"),
 O("Instituto de Tecnología Eléctrica Levantina","ITEL"),O(C,"CLBVE"),O("European Battery Alliance"),O("Joint Research Centre"),
 O("Sagunt Cell Manufacturing S.A."),O("Confederación Empresarial de la Comunitat Valenciana","CEV"),O("Xarxa Vives d'Universitats"),
 O("Smart Specialisation Platform"),O("Interregional Partnership on Batteries"),O("Innovation Coordination Committee"),
 O("Gabinet de Comunicació de Presidència"),O("Clúster de la Rajola de la Plana","RAJOLACLUSTER"),O("Associació Valenciana del Joguet i l'Oci","AVJO"),O("Horta Agrotech Cluster"),O("Túria Software Cluster","TSC"),O("Federation of Valencian Municipalities and Provinces","FVMP"),O("European Commission")],
[E("plenary session of the Consell","2031-10-17","2031-10-17","València","Spain"),E("CLBVE Board meeting","2031-11-05","2031-11-05",None,None),
 E("first meeting of the Innovation Coordination Committee","2031-12-15","2031-12-15","València","Spain"),
 E("European Week of Regions and Cities","2032-10-07","2032-10-10","Brussels","Belgium")],
["2031-10-17","2031-11-01","2035","2028/2034","1979","2019/2026","1984","2031-11-05","2031-12-15","2032-10-07/2032-10-10","2031-10-20","2030","2032-01","2031-09-12"])
