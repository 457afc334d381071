from w import *
Z="Zadar Blue Economy Cluster"; UZ="University of Zadar"; HR="Croatia"
W("blind65_12_adriatic_blue_hack","blind65_12_adriatic_blue_hack.md",
[P("Ivana Perić-Matošić","data scientist","Infobip"),P("Marko Šimunić",None,UZ),P("Ante Jurjević","founder","SeaSense Labs"),P("Lena Vogt-Kovačević","UX designer",None),
 P("Tomislav Bilić","product owner","Jadrolinija"),P("Mia Rossi","business coach","Venice Startup Hub"),P("Josip Faričić","Rector",UZ),P("Katarina Grgurević","Director","ZADRA NOVA"),
 P("Nikola Radovani","President of the Board",Z),P("Sandra Vuković Kalebić","Head of Innovation","Cromaris d.d."),P("Pietro Colonna","programme officer","Interreg Italy–Croatia Joint Secretariat"),
 P("Ivan Knežević","project coordinator","ZBEC")],
[O(Z,"ZBEC"),O(UZ),O("ZADRA NOVA – Zadar County Development Agency"),O("Tehnološko-inovacijski centar Zadar","TIC"),O("Marina Dalmacija d.o.o."),O("Cromaris d.d."),
 O("Jadrolinija"),O("Croatian Hydrographic Institute"),O("Infobip"),O("Department of Maritime Sciences"),O("SeaSense Labs"),O("Venice Startup Hub"),O("Interreg Italy–Croatia Joint Secretariat")],
[E("Adriatic Blue Hack 2034","2034-03-03","2034-04-01","Zadar",HR),E("Kick-off","2034-03-03",None,"Zadar",HR),E("Mentoring day","2034-03-18",None,"Zadar",HR),
 E("Final pitch and awards","2034-04-01",None,"Zadar",HR),E("networking reception","2034-04-01",None,"Zadar",HR),E("Zadar Blue Days festival","2034-06",None,"Zadar",HR),
 E("Adriatic Blue Hack (2032 edition)","2032"),E("Adriatic Blue Hack (2033 edition)","2033")],
["2034-02-24","2034-03-03","2034-03-04/2034-03-31","2034-03-18","2034-03-29","2034-04-01","2031/2033","2034-06","2032","2033"])
