from mk import W
N=None
B='Botoșani Textile Cluster'
W('circotex-final-conference-programme','circotex-final-conference-programme.docx','2034-10-02',
[('Costel Șoptică','President','Botoșani County Council'),('Mykola Hrytsiuk','Deputy Head','Chernivtsi Regional State Administration'),
 ('Ioana-Cristina BUZDUGAN','Head of the Joint Secretariat','Joint Secretariat, Interreg NEXT Romania–Ukraine'),
 ('Ana-Maria Ciobanu','Project Manager',B),('Ruth Hagedorn-Meier','Policy Officer','DG Environment'),
 ('Aurelia Grigoriu','Moderator','Gheorghe Asachi Technical University of Iași'),('Vasile Lupașcu','Panellist','Confecții Moldova SRL'),
 ('Oksana Melnychuk','Panellist','Bukovyna Light Industry Association'),('Radu Pintilie-Rusu','Panellist','Dorohoi Recycling Hub'),
 ('Jolien van der Velde','Panellist','Modint'),('Taras Savchuk','Moderator','Chernivtsi Regional Chamber of Commerce and Industry'),
 ('Elena Axinte','Panellist','Colegiul Tehnic „Elie Radu” Botoșani'),('Iryna Kozak','Panellist','Chernivtsi Vocational College of Technology and Design'),
 ('Mihai Ungureanu','Panellist','ANOFM Botoșani'),('Lavinia Croitoru','communication officer',B)],
[(B,'Clusterul Textil Botoșani'),('Chamber of Commerce and Industry Botoșani','CCI Botoșani'),('Gheorghe Asachi Technical University of Iași',N),
 ('Chernivtsi Regional Chamber of Commerce and Industry',N),('Bukovyna Light Industry Association',N),('Botoșani County Council',N),
 ('Chernivtsi Regional State Administration',N),('Joint Secretariat, Interreg NEXT Romania–Ukraine',N),('European Commission',N),('DG Environment',N),
 ('Confecții Moldova SRL',N),('Dorohoi Recycling Hub',N),('Modint',N),('Colegiul Tehnic „Elie Radu” Botoșani',N),
 ('Chernivtsi Vocational College of Technology and Design',N),('National Agency for Employment','ANOFM'),('ANOFM Botoșani',N),('European Union',N),
 ('CIRCOTEX Alliance',N)],
[('CIRCOTEX Final Conference','2034-10-25','2034-10-25','Botoșani','Romania'),('Networking lunch','2034-10-25','2034-10-25','Botoșani','Romania'),
 ('Signing of the Memorandum of Cooperation on the CIRCOTEX Alliance','2034-10-25','2034-10-25','Botoșani','Romania'),
 ('Farewell dinner','2034-10-25','2034-10-25','Botoșani','Romania'),
 ('Visit to the Dorohoi Recycling Hub','2034-10-26','2034-10-26','Dorohoi','Romania'),('Visit to Confecții Moldova SRL','2034-10-26','2034-10-26',N,'Romania')],
['2034-10-25','2034-10-26','2028/2034','2034-12-31','2034-10-13','2035','2034-10-24','2034-10-02'])
