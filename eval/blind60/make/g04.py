from h import *
import docx
F = 'marehub-consortium-partners.docx'
d = docx.Document()
d.add_paragraph('MAREHUB – Blue Hydrogen Valleys for Mediterranean Ports')
d.add_paragraph('Deliverable D1.2 – Consortium directory and contact points (version 3, 9 September 2031)')
d.add_paragraph('Work package 1 – Project management | Dissemination level: PU | Lead beneficiary: University of Patras')
d.add_heading('1. Purpose of this document', level=1)
d.add_paragraph('This directory lists the beneficiaries and associated partners of MAREHUB and the persons who act as their contact points. It replaces version 2 of 14 March 2031. Changes since version 2: the contact person of the Port Authority of Patras has changed, a third Greek cluster has joined as associated partner, and Fundació Port Verd has replaced its legal representative. Partners are asked to inform the project office of any change within ten working days.')
d.add_paragraph('MAREHUB runs from 1 February 2031 to 31 January 2035. It is coordinated by the University of Patras (UPAT) in the Region of Western Greece, with the Western Greece Blue Growth Cluster as cluster lead. The project brings together six cluster organisations, four ports, three research organisations and two regional development agencies from Greece, Italy, Spain, Croatia and Malta.')
d.add_heading('2. Beneficiaries and associated partners', level=1)
rows = [
 ('No.', 'Partner (short name)', 'Country', 'Contact person', 'Role in the project'),
 ('1', 'University of Patras (UPAT)', 'Greece', 'Prof. Dr. Konstantinos Papadimitriou-Lekkas', 'Project Coordinator'),
 ('1', 'University of Patras (UPAT)', 'Greece', 'Dr. Eleni Marinaki', 'Project Manager'),
 ('2', 'Western Greece Blue Growth Cluster (WG-BGC)', 'Greece', 'Dimitra Kontogianni', 'Cluster Lead, WP2 Leader'),
 ('3', 'Port Authority of Patras S.A. (OLPA)', 'Greece', 'Ioannis Stavropoulos', 'Pilot Site Manager'),
 ('4', 'Distretto Tecnologico Navale e Nautico del Friuli Venezia Giulia (mareFVG)', 'Italy', 'Ing. Chiara Dal Bò', 'WP3 Leader'),
 ('5', 'Autorità di Sistema Portuale del Mare Adriatico Orientale (AdSP MAO)', 'Italy', 'Dott. Matteo Zanin', 'Pilot Site Manager'),
 ('6', 'Fundació Port Verd (FPV)', 'Spain', 'Núria Puigdomènech i Vidal', 'WP4 Leader'),
 ('7', 'Clúster Marítim de Catalunya (CMC)', 'Spain', 'Jordi Ferrer de la Fuente', 'Cluster Partner'),
 ('8', 'Regionalna razvojna agencija Primorsko-goranske županije (PGŽ-RRA)', 'Croatia', 'Marina Kovačević Šarić', 'WP5 Leader, Dissemination'),
 ('9', 'Jadranski klaster zelenog vodika d.o.o. (JKZV)', 'Croatia', 'Tomislav Brkić', 'Cluster Partner'),
 ('10', 'Malta Maritime Cluster (MMC)', 'Malta', 'Dr. Rebecca Camilleri Azzopardi', 'Cluster Partner, Ethics Officer'),
 ('11', 'Centre for Research and Technology Hellas (CERTH)', 'Greece', 'Dr. Nikos Theodorakopoulos', 'Technical Manager'),
 ('12', 'Ionian Islands Energy Cluster (associated partner)', 'Greece', 'Spyros Vlachos', 'Associated Partner'),
 ('13', 'Crete Ports Hydrogen Cluster (associated partner)', 'Greece', 'Maria-Eleftheria Daskalaki', 'Associated Partner'),
]
t = d.add_table(rows=len(rows), cols=5)
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
d.add_heading('3. Governance bodies', level=1)
d.add_paragraph('The General Assembly consists of one representative per beneficiary and is chaired by the Project Coordinator. The Steering Committee consists of the work package leaders and the Technical Manager. The External Advisory Board has three members: Dr. Hendrik ten Brink (Port of Rotterdam Authority), Ana Lúcia Sequeira (Fórum Oceano – Associação da Economia do Mar) and Prof. Giorgos Alexiou (National Technical University of Athens).')
d.add_paragraph('The kick-off meeting took place in Patras on 3–4 February 2031. The next General Assembly will be held in Rijeka on 19–20 November 2031, together with the second Hydrogen Ports Matchmaking Day on 21 November 2031. The mid-term review meeting with the European Climate, Infrastructure and Environment Executive Agency (CINEA) is planned for March 2033 in Brussels.')
d.add_heading('4. Changes of contact persons', level=1)
d.add_paragraph('Ioannis Stavropoulos replaces Athanasia Georgiou as contact person of OLPA from 1 September 2031; Ms Georgiou has moved to the Hellenic Ministry of Maritime Affairs and Insular Policy. At Fundació Port Verd, Núria Puigdomènech i Vidal has succeeded Xavier Roca as legal representative and remains WP4 Leader. The Ionian Islands Energy Cluster joined as associated partner on 1 July 2031 and the Crete Ports Hydrogen Cluster on 15 August 2031.')
d.add_heading('5. Project office', level=1)
d.add_paragraph('MAREHUB Project Office, University of Patras, Department of Mechanical Engineering and Aeronautics, 26504 Rio, Greece. E-mail: office@marehub.eu. Financial questions: Vasiliki Karra, Financial Officer, UPAT.')
d.add_paragraph('This project has received funding from the European Union. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or CINEA.')
d.save(os.path.join(B, 'docs', F))
U = "University of Patras"
gold(F, [
 P("Konstantinos Papadimitriou-Lekkas", "Project Coordinator", U), P("Eleni Marinaki", "Project Manager", U),
 P("Dimitra Kontogianni", "Cluster Lead, WP2 Leader", "Western Greece Blue Growth Cluster"),
 P("Ioannis Stavropoulos", "Pilot Site Manager", "Port Authority of Patras S.A."),
 P("Chiara Dal Bò", "WP3 Leader", "Distretto Tecnologico Navale e Nautico del Friuli Venezia Giulia"),
 P("Matteo Zanin", "Pilot Site Manager", "Autorità di Sistema Portuale del Mare Adriatico Orientale"),
 P("Núria Puigdomènech i Vidal", "WP4 Leader", "Fundació Port Verd"),
 P("Jordi Ferrer de la Fuente", "Cluster Partner", "Clúster Marítim de Catalunya"),
 P("Marina Kovačević Šarić", "WP5 Leader, Dissemination", "Regionalna razvojna agencija Primorsko-goranske županije"),
 P("Tomislav Brkić", "Cluster Partner", "Jadranski klaster zelenog vodika d.o.o."),
 P("Rebecca Camilleri Azzopardi", "Cluster Partner, Ethics Officer", "Malta Maritime Cluster"),
 P("Nikos Theodorakopoulos", "Technical Manager", "Centre for Research and Technology Hellas"),
 P("Spyros Vlachos", "Associated Partner", "Ionian Islands Energy Cluster"),
 P("Maria-Eleftheria Daskalaki", "Associated Partner", "Crete Ports Hydrogen Cluster"),
 P("Hendrik ten Brink", "External Advisory Board", "Port of Rotterdam Authority"),
 P("Ana Lúcia Sequeira", "External Advisory Board", "Fórum Oceano – Associação da Economia do Mar"),
 P("Giorgos Alexiou", "External Advisory Board", "National Technical University of Athens"),
 P("Athanasia Georgiou", None, "Hellenic Ministry of Maritime Affairs and Insular Policy"),
 P("Xavier Roca", "legal representative", "Fundació Port Verd"),
 P("Vasiliki Karra", "Financial Officer", U),
], [
 O(U, "UPAT"), O("Western Greece Blue Growth Cluster", "WG-BGC"), O("Port Authority of Patras S.A.", "OLPA"),
 O("Distretto Tecnologico Navale e Nautico del Friuli Venezia Giulia", "mareFVG"),
 O("Autorità di Sistema Portuale del Mare Adriatico Orientale", "AdSP MAO"), O("Fundació Port Verd", "FPV"),
 O("Clúster Marítim de Catalunya", "CMC"), O("Regionalna razvojna agencija Primorsko-goranske županije", "PGŽ-RRA"),
 O("Jadranski klaster zelenog vodika d.o.o.", "JKZV"), O("Malta Maritime Cluster", "MMC"),
 O("Centre for Research and Technology Hellas", "CERTH"), O("Ionian Islands Energy Cluster"), O("Crete Ports Hydrogen Cluster"),
 O("Port of Rotterdam Authority"), O("Fórum Oceano – Associação da Economia do Mar"), O("National Technical University of Athens"),
 O("European Climate, Infrastructure and Environment Executive Agency", "CINEA"),
 O("Hellenic Ministry of Maritime Affairs and Insular Policy"),
 O("Department of Mechanical Engineering and Aeronautics"), O("European Union"), O("MAREHUB Project Office"),
], [
 E("kick-off meeting", "2031-02-03", "2031-02-04", "Patras", "Greece"),
 E("General Assembly", "2031-11-19", "2031-11-20", "Rijeka", "Croatia"),
 E("second Hydrogen Ports Matchmaking Day", "2031-11-21", "2031-11-21", "Rijeka", "Croatia"),
 E("mid-term review meeting", "2033-03", "2033-03", "Brussels", "Belgium"),
], ["2031-09-09", "2031-03-14", "2031-02-01/2035-01-31", "2031-02-03/2031-02-04", "2031-11-19/2031-11-20", "2031-11-21", "2033-03",
    "2031-09-01", "2031-07-01", "2031-08-15"])
