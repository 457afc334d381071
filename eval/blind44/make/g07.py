from g import *
H="H2 Alpes Valley"; P2="PIE-H2"; B="Brintklynge Midt"
w("RE_Hyvolution-2032_side-event-and-joint-stand.eml","2032-01-06",
[P("Claire Dumont-Vasseur","Chargée de mission Europe & International",H),P("Dagmar Schrøder","Cluster Director",B),
 P("Luca Bertolini","Head of Projects",P2),P("Beatriz Sanz Arregui","Technical Officer","Ente Regional de la Energía de Castilla y León"),
 P("Jesper Kold","project manager",B),P("Silvia Ferraris","president",P2),P("Yannick Morel","Managing Director",H),
 P("Sophie Gauthier","communication",H)],
[O("Pôle hydrogène des Alpes françaises",H),O(B),O("Piemonte Hydrogen Cluster",P2),O("Ente Regional de la Energía de Castilla y León","EREN"),
 O("Hydrogen Unit"),O("Hydrolys SAS"),O("Cryoval SA"),O("Symbiotec Énergie SARL"),O("Electrolyse Dauphiné"),O("Université Grenoble Alpes"),O("LEPMI")],
[E("Hyvolution Paris","2032-01-27","2032-01-29","Paris","France"),
 E("Hydrogen valleys meet: Alps and Rhône","2032-01-28","2032-01-28","Paris","France"),
 E("preparatory call","2032-01-13","2032-01-13",None,None),
 E("ALPHYNET project meeting","2032-02-10","2032-02-11","Chambéry","France"),
 E("ALPHYNET steering committee","2031-12-09","2031-12-09","Grenoble","France")],
["2032-01-27/2032-01-29","2032-01-28","2032-01-13","2032-01-09","2032-01-05","2032-01-29","2032-01-15","2032-02-10/2032-02-11",
 "2032-01-02","2031-12-09","2032-01-06","2032-01-27"])
