from g import *
B="Bega Creative Cluster"
w("Bega-Creative-Awards-2034_jury-announced.txt","2034-09-03",
[P("Adriana POPESCU-LAZĂR","creative director","Formă Nouă SRL"),P("Bogdan IONESCU","CEO","Pixelhaus Games SRL"),
 P("Katalin SZILÁGYI","Associate Professor","West University of Timișoara"),P("Goran PETROVIĆ","Director","Srem Creative Hub"),
 P("Marie-Claire DUBOIS","Programme Manager","Creative Europe Desk France"),P("Stefan HUBER","Head of Design Management","Donauform Design Holding GmbH"),
 P("Irina MUREȘAN","journalist and founder","Banat Cultural"),P("Mihai CONSTANTINESCU","Head of Marketing","Banca Timișana SA"),
 P("Raluca DINU","project manager",B),P("Cristian VLAD","President",B),P("Radu ENESCU","architect",None),
 P("Elena Maria VOICU",None,"Romanian Cultural Institute"),P("Jan de VRIES",None,"Dutch Design Foundation"),P("Oana TOMESCU","communication officer",None)],
[O(B,"BCC"),O("Formă Nouă SRL"),O("Romanian Design Association"),O("Pixelhaus Games SRL"),O("West University of Timișoara"),O("Faculty of Arts and Design"),
 O("Srem Creative Hub"),O("Creative Europe Desk France"),O("Donauform Design Holding GmbH"),O("Banat Cultural"),O("Banca Timișana SA"),
 O("Timiș County Council"),O("Municipality of Timișoara"),O("Romanian Cultural Institute"),O("Dutch Design Foundation"),
 O("Romanian Cluster Association","CLUSTERO"),O("European Creative Hubs Network")],
[E("Bega Creative Awards Gala","2034-11-14","2034-11-14","Timișoara","Romania"),E("Timișoara Creative Week","2034-11-10","2034-11-16","Timișoara","Romania"),
 E("jury meeting of the Bega Creative Awards 2034","2034-10-09","2034-10-10","Timișoara","Romania"),E("Dutch Design Week","2035-10","2035-10","Eindhoven","Netherlands"),
 E("Bega Creative Awards 2031","2031","2031",None,None),E("Bega Creative Awards 2032","2032","2032",None,None),E("Bega Creative Awards 2033","2033","2033",None,None)],
["2034-09-03","2034-08-25","2033","2034-09-22","2034-10-09/2034-10-10","2034-11-14","2034-11-10/2034-11-16","2035-10","2031","2032","2018"])
