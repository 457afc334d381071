from s import *
W('blind65_12_adriatic_blue_hack','blind65_12_adriatic_blue_hack.md',None,'''
Ivana Perić-Matošić|data scientist|Infobip
Marko Šimunić||University of Zadar
Ante Jurjević|founder|SeaSense Labs
Lena Vogt-Kovačević|UX designer|
Tomislav Bilić|product owner|Jadrolinija
Mia Rossi|business coach|Venice Startup Hub
Josip Faričić|Rector|University of Zadar
Katarina Grgurević|Director|ZADRA NOVA
Nikola Radovani|President of the Board|Zadar Blue Economy Cluster
Sandra Vuković Kalebić|Head of Innovation|Cromaris d.d.
Pietro Colonna|programme officer|Interreg Italy–Croatia Joint Secretariat
Ivan Knežević|project coordinator|ZBEC
''','''
Zadar Blue Economy Cluster|ZBEC
University of Zadar
ZADRA NOVA – Zadar County Development Agency|ZADRA NOVA
Tehnološko-inovacijski centar Zadar|TIC
Marina Dalmacija d.o.o.
Cromaris d.d.
Jadrolinija
Croatian Hydrographic Institute
Infobip
Department of Maritime Sciences
SeaSense Labs
Venice Startup Hub
Interreg Italy–Croatia Joint Secretariat
''','''
Adriatic Blue Hack 2034|2034-03-03|2034-04-01|Zadar|Croatia
Kick-off|2034-03-03|2034-03-03|Zadar|Croatia
Mentoring day|2034-03-18|2034-03-18|Zadar|Croatia
Final pitch and awards|2034-04-01|2034-04-01|Zadar|Croatia
networking reception|2034-04-01|2034-04-01|Zadar|Croatia
Zadar Blue Days|2034-06|2034-06|Zadar|Croatia
Adriatic Blue Hack (2032 edition)|2032|2032
Adriatic Blue Hack (2033 edition)|2033|2033
''','2034-02-24 2034-03-03 2034-03-04/2034-03-31 2034-03-18 2034-03-29 2034-04-01 2031/2033 2034-06 2032 2033')
