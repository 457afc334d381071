import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
W("picardie_agrifood_anuga_2033_joint_stand_call", "picardie_agrifood_anuga_2033_joint_stand_call.txt", "2033-02-14",
 [P("Dominique Lefebvre-Caron", "Vice-President", "Picardie Agro-Innovation Cluster"), P("Laurent Van Hecke", "export manager", "Biscuiterie Van Hecke"),
  P("Amandine Grévin", "international project manager", "Picardie Agro-Innovation Cluster"), P("Mathieu Ould-Brahim", "export adviser", "Hauts-de-France Invest & Export")],
 [O("Picardie Agro-Innovation Cluster", "PAI"), O("Hauts-de-France Invest & Export", "HDFIE"), O("Koelnmesse"), O("Business France"), O("Hauts-de-France Regional Council"),
  O("Fromagerie de la Somme SAS"), O("Brasserie des Trois Vallées SARL"), O("Picardie Primeurs SA"), O("Biscuiterie Van Hecke")],
 [E("ANUGA 2033", "2033-10-08", "2033-10-12", "Cologne", "Germany"), E('"Taste Hauts-de-France" reception', "2033-10-09", "2033-10-09", "Cologne", "Germany"),
  E('preparatory webinar "How to work a fair in Germany"', "2033-09-06", "2033-09-06"), E("Anuga 2029", "2029", "2029"), E("Anuga 2031", "2031", "2031"),
  E("Gulfood", "2034-02", "2034-02", "Dubai", "United Arab Emirates"), E("Salon de l'Agriculture et de l'Alimentation Durable", "2033-11-23", "2033-11-25", "Lille", "France")],
 ["2033-10-08/2033-10-12", "2033-02-14", "2033-10-09", "2033-06-30", "2033-03-31", "2033-04-15", "2033-05-16", "2033-09-06", "2033-09-05", "2033-02-20",
  "2033", "2034-02", "2033-09", "2033-11-23/2033-11-25", "2028/2034"])
