from s import *
W('blind65_09_aotn_general_assembly_agenda','blind65_09_aotn_general_assembly_agenda.txt','2034-10-02','''
Bernhard Leitgeb-Hofer|President|Alpine Outdoor Technology Network
Veronika Schwaiger|Treasurer|
Franz Xaver Rainer|auditor|
Carla Zanetti|auditor|
Jean-Baptiste Morel-Favre|Vice-President|Outdoor Sports Valley
Urška Kovač|Board member|Slovenian Outdoor Cluster
Luca Pedrotti|Board member|Trentino Sviluppo
Sabine Gruber-Lindner|Managing Director|
Katrin Oberhauser|project manager|
Nadja Kuster|Managing Director|Graubünden Bergtech Verein
Florian Höllwarth||
Gerhard Aigner||University of Innsbruck
Mélanie Chappaz|Head of Innovation|Salomon SAS
Tobias zu Lynar||Bavarian Ministry of Economic Affairs
''','''
Alpine Outdoor Technology Network|AOTN
Salzburg Congress
Hotel Sacher Salzburg
Stiegl-Brauwelt
Outdoor Sports Valley
Slovenian Outdoor Cluster
Trentino Sviluppo
Graubünden Bergtech Verein
Berchtesgadener Land Wirtschaftsservice GmbH
Vorarlberg Sport Innovation Lab
European Outdoor Group
Motel One Salzburg-Mirabell
University of Innsbruck
Salomon SAS
Bavarian Ministry of Economic Affairs
''','''
General Assembly 2034|2034-11-16|2034-11-16|Salzburg|Austria
Annual General Meeting|2034-11-16|2034-11-16|Salzburg|Austria
Members' Forum|2034-11-16|2034-11-16|Salzburg|Austria
Board meeting|2034-11-15|2034-11-15|Salzburg|Austria
Dinner of the Board|2034-11-15|2034-11-15|Salzburg|Austria
General Assembly (2033 edition)|2033-11-17|2033-11-17|Innsbruck|Austria
General Assembly 2035|2035-11|2035-11|Annecy|France
''','2034-10-02 2034-11-16 2034-11-15 2033-11-17 2034 2033/2034 2035 2035/2036 2034-11-02 2031 2034-10-20 2034-11-06 2035-11')
