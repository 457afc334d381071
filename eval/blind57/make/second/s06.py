from mk import *
import re
def km(t):
    blk=t.split('adopted the following decisions:')[1].split('There being')[0]
    return [l.strip().rstrip('.') for l in blk.strip().splitlines() if l.strip()]
M='Asociación Clúster del Metal de Asturias'
w('minutes_asturias-metal-cluster-general-assembly-2035','minutes_asturias-metal-cluster-general-assembly-2035.docx',None,
[("Covadonga Fernández-Llana Suárez","President",M),
 ("Íñigo Arrieta Ochoa","Secretary General",M),
 ("Álvaro Menéndez Cueto","Director General of Industry","Government of the Principality of Asturias"),
 ("Noelia Prieto Valdés",None,"Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana"),
 ("Hans-Peter van Rijn","cluster manager","Metaalunie Cluster Oost-Nederland"),
 ("Lucía Gancedo Alonso","cluster manager",M),
 ("María José Pando","auditor","Auditores del Norte, S.L.P."),
 ("Bernardo Quirós Tuñón",None,"Calderería Quirós, S.L."),
 ("Rubén Argüelles de la Vega","Vice-President",M),
 ("Marta Iglesias Rodríguez","Treasurer",M),
 ("Xuan Carlos Fueyo",None,"Universidad de Oviedo"),
 ("Patricia Lobo Sierra",None,"Fundación Idonial")],
[(M,"METALAST"),("Parque Científico Tecnológico de Gijón",None),("Talleres Fernández Llana, S.A.",None),("Government of the Principality of Asturias",None),
 ("Agencia de Ciencia, Competitividad Empresarial e Innovación Asturiana","SEKUENS"),("Metaalunie Cluster Oost-Nederland",None),("Auditores del Norte, S.L.P.",None),
 ("Calderería Quirós, S.L.",None),("ArcelorMittal Asturias",None),("Idesa Fabricación, S.L.",None),("Universidad de Oviedo",None),("Fundación Idonial",None),
 ("Mecanizados Nalón, S.L.",None),("Soldaduras Técnicas del Cantábrico, S.L.",None),("Hidrógeno Verde Gijón, S.A.",None)],
[("Ordinary General Assembly","2035-06-28","2035-06-28","Gijón","Spain"),
 ("General Assembly","2034-06-29","2034-06-29","Avilés","Spain"),
 ("Asturias Metal Industry Week","2034-11-06","2034-11-10","Avilés","Spain"),
 ("business mission","2034","2034","Esbjerg","Denmark"),
 ("HEAVYMET-4.0 partner meeting","2035-10-02","2035-10-03","Enschede","Netherlands"),
 ("Asturias Metal Industry Week 2035","2035-11-12","2035-11-16","Gijón","Spain")],
["2035-06-28","2034-06-29","2034","2035/2036","2036","2035/2039","2034-11-06/2034-11-10","2036/2039","2035-10-02/2035-10-03","2035-11-12/2035-11-16","2035","2036-01-01"],
km_from=km)
