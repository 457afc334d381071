from w import w
w('g09_west_flanders_textile_clusters_position_paper','g09_west_flanders_textile_clusters_position_paper.md','2035-05-09',
[('Véronique Desmet-Vandenbulcke','CEO','Vandenbulcke Carpets NV'),('Bart Vanhoutte','Policy Director','FTMC vzw')],
[('Flanders Textile & Materials Cluster vzw','FTMC'),('The European Apparel and Textile Confederation','Euratex'),('Techtera',None),('Texfor – Confederación de la Industria Textil',None),
('Nordic Circular Textiles Network',None),('Circular Fibre Hub',None),('Centexbel',None),('Ghent University',None),('Vandenbulcke Carpets NV',None),('European Commission',None),
('European Parliament',None),('Council',None),('Flemish Government',None),('Federal Public Service Economy',None)],
[('European workshop on harmonised EPR rules','2035','2035','Kortrijk','Belgium')],
['2035-05-09','2031','2035-04-25','2035-02/2035-03','2035','2028','2037'],
['Harmonise','Set up a single','Create an end','Reserve at least','Introduce a minimum','Involve cluster'])
