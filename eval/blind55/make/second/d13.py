from s import *
PB="Processum Biorefinery Cluster Västernorrland"; MU="Mid Sweden University"
W("bioeconomy-academy-2034-course-brochure-pdf","bioeconomy-academy-2034-course-brochure-pdf.txt","2033-11-14",[
P("Per Engstrand-Lundqvist","Professor of Chemical Engineering",MU),P("Annika Sjölander-Brandt","Competence Manager",PB),
P("Malin Åkerström","Chief Economist","Skogsindustrierna"),P("Johanna Lindgren-Stolt","Head of Pilot Operations","Processum AB"),
P("Arvid Hagström","Senior Scientist","RISE Research Institutes of Sweden"),P("Sophie van Dijk-Mulder","Partner","Pöyry Bioeconomy Advisory"),
P("Jonas Eriksson","Business Developer","Holmen AB"),P("Katarina Nordin","Environment Manager","SCA"),
P("Magnus Bäckström","Energy Advisor","Energikontoret Västernorrland"),P("Riikka Laaksonen",None,"VTT Technical Research Centre of Finland"),
P("Emma Falk","Leadership Coach","Falk & Partners AB"),P("Bengt-Olof Wiklund","former Mill Manager",None),
P("Lena Holmström","Director of Regional Development","Region Västernorrland"),P("Tobias Sandberg","CEO",PB)],
[O(PB),O(MU,"Mittuniversitetet"),O("Swedish Forest Industries Federation","Skogsindustrierna"),O("Region Västernorrland"),O("Processum AB"),
O("RISE Research Institutes of Sweden"),O("Domsjö Fabriker AB"),O("Pöyry Bioeconomy Advisory"),O("Holmen AB"),O("SCA"),O("Energikontoret Västernorrland"),
O("VTT Technical Research Centre of Finland"),O("Falk & Partners AB")],
[E("Mid Sweden Bioeconomy Academy 2034","2034-02","2034-06",None,"Sweden"),E("Module 1","2034-02-08","2034-02-09","Sundsvall","Sweden"),
E("Module 2","2034-03-07","2034-03-08","Örnsköldsvik","Sweden"),E("Module 3 (online)","2034-04-10","2034-04-11"),E("Module 4","2034-05-02","2034-05-03","Sundsvall","Sweden"),
E("Module 5 (online)","2034-05-22","2034-05-23"),E("Module 6","2034-06-12","2034-06-13","Örnsköldsvik","Sweden"),E("Alumni meeting","2034-06-13"),
E("Mid Sweden Bioeconomy Academy (2031)","2031"),E("Mid Sweden Bioeconomy Academy (2032)","2032")],
["2034-02/2034-06","2034","2034-02-08/2034-02-09","2034-03-07/2034-03-08","2034-04-10","2034-04-11","2034-04-10/2034-04-11","2034-05-02/2034-05-03","2034-05-22","2034-05-23","2034-06-12/2034-06-13","2034-06-12","2034-04-04/2034-04-05","2033-12-15","2034-01-12","2034-01-19","2031","2032","2033","2034-06-13"])
