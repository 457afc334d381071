from s import *
A="ACP"
txt=open('minutes_ACP-Podravje-steering-committee_2034-03.txt.txt').read()
km=[l.split('. ',1)[1] for l in txt.split('DECISIONS')[1].split('ACTION POINTS')[0].strip().splitlines() if l[:1].isdigit()]
W("minutes_ACP-Podravje-steering-committee_2034-03","minutes_ACP-Podravje-steering-committee_2034-03.txt",None,[
P("Nina Kos","Project Assistant",A),P("Bojan ZORKO","Chair of the Steering Committee",None),P("Tanja Kralj-Verbič","Vice-Chair","Magna Steyr Slovenija d.o.o."),
P("Aleš Hribernik","Dean","University of Maribor"),P("Marko Pišek","Director","Štajerska Economic Development Agency"),P("Irena Podgoršek","CEO","Cablex-Drava d.o.o."),
P("Gregor Hauptman","Head of Technology","Hidria d.o.o."),P("Matej Rebernik","Cluster Manager",A),P("Sabina Cvetko",None,"Slovenian Business Development Agency SPIRIT Slovenia"),
P("Andreas Fuchsberger-Leitner","Managing Director","ACstyria Mobilitätscluster GmbH"),P("Urška Vidmar","Senior Adviser","Ministry of the Economy, Tourism and Sport")],
[O("Automotive Cluster Podravje","ACP"),O("TPV Automotive d.o.o."),O("Zorko Precision d.o.o."),O("Magna Steyr Slovenija d.o.o."),O("Faculty of Mechanical Engineering"),
O("University of Maribor"),O("Štajerska Economic Development Agency","ŠRA"),O("Cablex-Drava d.o.o."),O("Hidria d.o.o."),O("Slovenian Business Development Agency SPIRIT Slovenia"),
O("ACstyria Mobilitätscluster GmbH","ACstyria"),O("Ministry of the Economy, Tourism and Sport"),O("ACICAE"),O("Lesnina Kovina d.o.o."),O("Elektro-Mehanika Ormož d.o.o."),O("VoltGrid d.o.o.")],
[E("9th meeting of the Steering Committee","2034-03-14",None,"Maribor","Slovenia"),E("8th meeting of the Steering Committee","2033-12-05"),
E("Workshop on battery-housing castings","2033-11-23",None,"Celje","Slovenia"),E("Automotive Supplier Forum","2034-01-25",None,"Graz","Austria"),
E("Slovenian–Austrian supplier day (first edition)","2034",None,"Maribor","Slovenia"),E("Slovenian–Austrian supplier day (second edition)","2035",None,"Graz","Austria"),
E("Podravje Mobility Days","2034-06-19","2034-06-20","Maribor","Slovenia"),E("Study trip to ACICAE in Bilbao","2034-10",None,"Bilbao","Spain"),
E("Members' summer meeting","2034-07-07",None,"Ptuj","Slovenia"),E("10th meeting of the Steering Committee","2034-06-13",None,"Maribor","Slovenia")],
["2034-03-14","2034-03-28","2033-12-05","2033-10/2034-02","2034/2036","2033-11-23","2034-01-25","2033","2035","2034-04","2034-06","2034-06-19/2034-06-20","2034-05","2034-10","2034-07-07","2034-05-01","2034","2034-04-01","2034-05-15","2034-04-30","2034-06-15","2034-03-24","2034-06-13"],km)
