from w import W
M='Malta Maritime Cluster'
W('12_blue_port_hackathon_2036','12_blue_port_hackathon_2036.md',
[('Karl Agius Ferrante','Chief Executive Officer',M),('Maria Azzopardi-Spiteri','chair of the jury','University of Malta'),
 ('Joseph Borg Cardona','Director General','Transport Malta'),('Elena Rossi-Cutajar','Head of Research and Innovation Programmes','MCST'),
 ('Javier Martínez de la Fuente','Director','Opentop'),('Leah Micallef','founder','Harbourlytics Ltd'),
 ('Chris Grech Sant','Parliamentary Secretary for Maritime Affairs',None),('Rebecca Zammit',None,'Malta Enterprise'),
 ('Daniela Vella Bonnici','Events Coordinator',M)],
[(M,None),('Malta Council for Science and Technology','MCST'),('Transport Malta',None),('University of Malta',None),
 ('Infrastructure Malta',None),('Opentop',None),('Enemalta plc',None),('Malta Freeport Terminals Ltd',None),
 ('Department of Geosciences',None),('Valenciaport Foundation',None),('Harbourlytics Ltd',None),('Malta Enterprise',None)],
[('Blue Port Hackathon 2036','2036-03-14','2036-03-16','Marsa','Malta'),
 ('Team formation and dinner','2036-03-14','2036-03-14','Marsa','Malta'),
 ('Workshop on pitching','2036-03-15','2036-03-15','Marsa','Malta'),
 ('Award ceremony','2036-03-16','2036-03-16','Marsa','Malta'),
 ('closing reception','2036-03-16','2036-03-16','Marsa','Malta'),
 ('first Blue Port Hackathon','2035-03-09','2035-03-11',None,None)],
['2036-01-15','2036-03-14/2036-03-16','2036-03-14','2036-03-15','2036-03-16','2036-05','2035-03-09/2035-03-11','2036-02-20','2036-03-02','2036-03-05'], pub='2036-01-15')
