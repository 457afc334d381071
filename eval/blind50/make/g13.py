from h import *
doc = 'cluster-manager-of-the-year-2035_Leon-biotech.md'
text = '''# Beatriz Fernández de la Vega named "Cluster Manager of the Year 2035"

**León / Madrid, 16 October 2035** · Press release · Foro Clúster España

The manager of the León biotechnology cluster BIOLEÓN, **Beatriz Fernández de la Vega**, is the winner of the "Cluster Manager
of the Year 2035" award of Foro Clúster España, the association of Spanish cluster organisations. The award was presented on
15 October 2035 in Valladolid, at the gala dinner of the XI Encuentro Nacional de Clústeres (14–15 October 2035, Centro Cultural
Miguel Delibes), in the presence of some 300 cluster managers, company representatives and policy makers.

Fernández de la Vega, a pharmacist by training, has led BIOLEÓN – Asociación Clúster de Biotecnología de Castilla y León since
2028. Under her management the cluster doubled its membership to 74 organisations, created a shared pilot plant for fermentation
processes with the Universidad de León and attracted two international animal-health companies to the region. The jury also
highlighted the cluster's programme for women founders, "BioEmprende Mujer", and its role in the European project FERMENT-EU
(2031–2034).

"This prize belongs to a team of seven people and to companies that decided to trust each other," said the winner. "In León we
learned that a small region only competes if it cooperates."

## The jury

The seven-member jury met on 23 September 2035 in Madrid. It was chaired by **Arantxa Goikoetxea Lasa**, President of Foro Clúster
España and general manager of the Basque maritime cluster association Itsas Sarea. The other members were:

- **José Manuel Prieto Alonso**, Director General of Industry and Competitiveness, Junta de Castilla y León
- **Dr. Reinhold Aichberger**, senior expert, European Secretariat for Cluster Analysis (ESCA), Berlin
- **Carmen Olmedo Ruiz**, Head of Unit for Clusters and Innovative Business Groupings, Ministerio de Industria y Turismo
- **Miguel Ángel Sahagún**, winner of the 2034 award and manager of the Clúster Agroalimentario de Extremadura y Alentejo (CAEA)
- **Laia Puigverd i Solà**, journalist, Expansión
- **Prof. Rosa Mª Quintanilla**, Universidad de Valladolid, Chair in Innovation Management

Twenty-three candidates from fourteen regions were nominated. The jury shortlisted three finalists: Beatriz Fernández de la Vega
(BIOLEÓN), **Íñigo Ugarte Zubiri** of the Navarre agri-food cluster Nafarroa Agrotek, and **Marta Costa Rebelo** of the Canary
ocean-technology cluster Océano Atlántico Tech.

## The finalists

Íñigo Ugarte Zubiri has managed Nafarroa Agrotek since 2026 and was recognised for the cluster's shared laboratory for plant-based
proteins in Tudela. Marta Costa Rebelo, manager of Océano Atlántico Tech since 2030, built a network of 40 companies around
offshore wind maintenance and underwater robotics. Both received a certificate of merit from the President of the jury.

"The level was the highest we have seen. All three finalists show that cluster management is a profession, not an extra task
for a project officer," said jury member José Manuel Prieto Alonso. The Junta de Castilla y León will host a study visit of
the three finalists to León's biotechnology companies on 20 November 2035.

## About the award

The "Cluster Manager of the Year" award was created by Foro Clúster España in 2029 to recognise the professionals behind cluster
organisations. Previous winners include Miguel Ángel Sahagún (2034), Noelia Barcia Otero (2033) and Xabier Etxeberria (2032). The
winner receives a trophy made by a cluster member company and a place in the European Cluster Managers' Exchange programme.

Nominations for the 2036 edition open on 1 March 2036. The XII Encuentro Nacional de Clústeres will be held in Zaragoza in
October 2036.

**Press contact:** Lucía Mendiluce, communications officer, Foro Clúster España · prensa@foroclusterespana.example
'''
F='Foro Clúster España'
people = [P('Beatriz Fernández de la Vega','manager','BIOLEÓN'),
 P('Arantxa Goikoetxea Lasa','President',F),
 P('José Manuel Prieto Alonso','Director General of Industry and Competitiveness','Junta de Castilla y León'),
 P('Reinhold Aichberger','senior expert','European Secretariat for Cluster Analysis'),
 P('Carmen Olmedo Ruiz','Head of Unit for Clusters and Innovative Business Groupings','Ministerio de Industria y Turismo'),
 P('Miguel Ángel Sahagún','manager','Clúster Agroalimentario de Extremadura y Alentejo'),
 P('Laia Puigverd i Solà','journalist','Expansión'),
 P('Rosa Mª Quintanilla','Chair in Innovation Management','Universidad de Valladolid'),
 P('Íñigo Ugarte Zubiri',None,'Nafarroa Agrotek'),
 P('Marta Costa Rebelo','manager','Océano Atlántico Tech'),
 P('Noelia Barcia Otero'), P('Xabier Etxeberria'),
 P('Lucía Mendiluce','communications officer',F)]
orgs = [O(F), O('BIOLEÓN – Asociación Clúster de Biotecnología de Castilla y León','BIOLEÓN'), O('Universidad de León'),
 O('Itsas Sarea'), O('Junta de Castilla y León'), O('European Secretariat for Cluster Analysis','ESCA'),
 O('Ministerio de Industria y Turismo'), O('Clúster Agroalimentario de Extremadura y Alentejo','CAEA'), O('Expansión'),
 O('Universidad de Valladolid'), O('Nafarroa Agrotek'), O('Océano Atlántico Tech')]
events = [E('XI Encuentro Nacional de Clústeres','2035-10-14','2035-10-15','Valladolid','Spain'),
 E('jury meeting','2035-09-23','2035-09-23','Madrid','Spain'),
 E('XII Encuentro Nacional de Clústeres','2036-10','2036-10','Zaragoza','Spain'),
 E('study visit of the three finalists','2035-11-20','2035-11-20','León','Spain')]
dates = ['2035-10-16','2035-10-15','2035-10-14/2035-10-15','2028','2031/2034','2035-09-23','2029','2034','2033','2032','2036-03-01','2036-10','2036','2026','2030','2035-11-20']
save(doc, text, '2035-10-16', people, orgs, events, dates, [])
