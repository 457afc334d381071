from mk import build
build('circotex-final-conference-programme','circotex-final-conference-programme.docx','2034-10-02', """
Costel Șoptică|President|Botoșani County Council
Mykola Hrytsiuk|Deputy Head|Chernivtsi Regional State Administration
Ioana-Cristina BUZDUGAN|Head of the Joint Secretariat|Joint Secretariat, Interreg NEXT Romania–Ukraine
Ana-Maria Ciobanu|Project Manager|Botoșani Textile Cluster
Ruth Hagedorn-Meier|Policy Officer|DG Environment
Aurelia Grigoriu|Moderator|Gheorghe Asachi Technical University of Iași
Vasile Lupașcu|Panellist|Confecții Moldova SRL
Oksana Melnychuk|Panellist|Bukovyna Light Industry Association
Radu Pintilie-Rusu|Panellist|Dorohoi Recycling Hub
Jolien van der Velde|Panellist|Modint
Taras Savchuk|Moderator|Chernivtsi Regional Chamber of Commerce and Industry
Elena Axinte|Panellist|Colegiul Tehnic „Elie Radu” Botoșani
Iryna Kozak|Panellist|Chernivtsi Vocational College of Technology and Design
Mihai Ungureanu|Panellist|ANOFM Botoșani
Lavinia Croitoru|communication officer|Botoșani Textile Cluster
""","""
Botoșani Textile Cluster
Chamber of Commerce and Industry Botoșani|CCI Botoșani
Gheorghe Asachi Technical University of Iași
Chernivtsi Regional Chamber of Commerce and Industry
Bukovyna Light Industry Association
Botoșani County Council
Chernivtsi Regional State Administration
Joint Secretariat, Interreg NEXT Romania–Ukraine
European Commission
DG Environment
Confecții Moldova SRL
Dorohoi Recycling Hub
Modint
Colegiul Tehnic „Elie Radu” Botoșani
Chernivtsi Vocational College of Technology and Design
National Agency for Employment|ANOFM
""","""
CIRCOTEX Final Conference|2034-10-25|2034-10-25|Botoșani|Romania
Networking lunch|2034-10-25|2034-10-25|Botoșani|Romania
Signing of the Memorandum of Cooperation on the CIRCOTEX Alliance|2034-10-25|2034-10-25|Botoșani|Romania
Farewell dinner|2034-10-25|2034-10-25|Botoșani|Romania
site visits|2034-10-26|2034-10-26||
""","2034-10-25 2034-10-26 2028/2034 2034-12-31 2034-10-13 2034-10-24 2034-10-02 2035")
