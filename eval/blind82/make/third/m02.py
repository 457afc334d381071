from w import w
w('g02_normandy_hydrogen_valley_policy_brief','g02_normandy_hydrogen_valley_policy_brief.pdf','2034-09-15',
[('Hélène Le Bihan-Moreau',None,'Normandie Hydrogène Cluster'),('Bartosz Kamiński',None,'Université de Caen Normandie'),('Matthieu Delacroix-Aubert',None,'AD Normandie'),
('Camille Osei-Lefebvre','Policy Officer','Normandie Hydrogène Cluster')],
[('Normandie Hydrogène Cluster',None),('Université de Caen Normandie',None),('AD Normandie',None),('Région Normandie',None),('HAROPA PORT',None),
("Direction régionale de l'économie, de l'emploi, du travail et des solidarités",'DREETS Normandie'),("Chambre de commerce et d'industrie Normandie",None),('Bpifrance',None)],
[('General Assembly','2034-03-11','2034-03-11','Rouen','France'),('Hydrogen Business Days','2034-07-04','2034-07-05','Caen','France'),
('pilot matchmaking day','2033','2033','Le Havre','France'),("buyers' and suppliers' meeting",'2034-11-28','2034-11-28','Le Havre','France')],
['2034-09','2034-09-15','2031/2034','2034-01/2034-05','2030','2029','2034-03-11','2034-07-04/2034-07-05','2033','2034-06-30','2035/2037','2036','2034-10','2034-11-28'],
['Visibility.','Certification.','Timing.','Finance.','Skills.','Create a single','Co-finance','Ask project','Set up a guarantee','Double the training','Organise a yearly'])
