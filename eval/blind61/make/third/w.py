"""Third-pass own annotations (written before opening gold). Key messages given by prefix, completed from the text line."""
import json, re, os
T = open(os.path.join(os.path.dirname(__file__), 'dump.txt'), encoding='utf-8').read()
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e or s, "city": c, "country": k}
def K(*prefixes):
    out = []
    for p in prefixes:
        i = T.index(p); j = T.index('\n', i); out.append(T[i:j].strip().rstrip('.;'))
    return out
A = {}
A['b61_01_watercampus_outcome'] = dict(pub='2033-10-21', people=[
 P('Sjoukje de Vries-Hoekstra', 'deputy', 'Province of Fryslân'), P('Pieter van der Meulen', 'managing director', 'Wetterkluster Fryslân'),
 P('Margit Sørensen', None, 'Danish Water Technology Alliance'), P('Hendrik ZU LÖWENSTEIN', None, 'Hochschule Emden/Leer'),
 P('Aoife Ní Chonaill', 'policy officer', 'DG ENV'), P('Luc Vanhoutte', None, 'European Investment Bank'),
 P('Femke Bosma', 'innovation advisor', 'NOM'), P('Jelle Terpstra', None, 'NHL Stenden University of Applied Sciences'),
 P('Ingrid Aalders', 'rapporteur', 'University of Groningen'), P('Tomás Ferreira da Silva', 'rapporteur', 'Wetsus'),
 P('Anneke Wijbenga', 'communications officer', None)],
 orgs=[O('Wetterkluster Fryslân'), O('Province of Fryslân'), O('Noordwater B.V.'), O('Danish Water Technology Alliance'), O('Hochschule Emden/Leer'),
 O('European Commission'), O('Directorate-General for Environment', 'DG ENV'), O('European Investment Bank'), O('Noordelijke Ontwikkelingsmaatschappij', 'NOM'),
 O('NHL Stenden University of Applied Sciences'), O('Friesland College'), O('Vitens'), O('Wetsus'), O('University of Groningen'), O('Ems-Dollart water network'),
 O('Rabobank Leeuwarden-Noord West Friesland')],
 events=[E('North Sea Water Cluster Days 2033', '2033-10-11', '2033-10-12', 'Leeuwarden', 'Netherlands'), E('North Sea Water Cluster Days (first edition)', '2027'),
 E('Interreg North Sea annual event', '2034-03', None, 'Bremen', 'Germany'), E('North Sea Water Cluster Days (2034 edition)', '2034-10-09', '2034-10-10', 'Emden', 'Germany')],
 dates=['2033-10-21', '2033-10-11/2033-10-12', '2027', '2033/2037', '2033-09-30', '2030', '2033-10-12', '2034-03', '2034-10-09/2034-10-10'],
 km=K('Water technology clusters should', 'Regions bordering the Wadden', 'Public procurement of innovation', 'Skills programmes must', 'The next edition should add'))
A['b61_02_policy_brief_gozo'] = dict(pub='2034-02-14', people=[
 P('Marija Camilleri Bonnici'), P('Karl Vella'), P('Joseph M. AZZOPARDI', None, 'University of Malta'), P('Rita Xuereb', None, 'Gozo Maritime Cluster'),
 P('Daniel Spiteri', 'chief executive', 'Gozo Regional Development Authority'), P('Ramona Grech Attard', 'head of the SME support directorate', 'Malta Enterprise'),
 P('Henrik Mortensen', None, 'Business Center Bornholm')],
 orgs=[O('Gozo Regional Development Authority', 'GRDA'), O('Malta Enterprise'), O('Ministry for the Economy, Enterprise and Strategic Projects'), O('University of Malta'),
 O('Gozo Maritime Cluster'), O('Ħlewwa Għawdxija'), O('Gozo Co-operative of Farmers'), O('Kreattiv Għawdex'), O('Institute for Island and Small States'),
 O('Business Center Bornholm'), O('Gozo Business Chamber'), O('European Cluster Collaboration Platform', 'ECCP'), O('Gozo Regional Development Council')],
 events=[E('Gozo Business Forum', '2029-05-09', None, 'Xewkija', 'Malta'), E('focus groups', '2033-11-22', '2033-11-23', 'Victoria', 'Malta'), E('Gozo Film Week'),
 E('meeting of the Gozo Regional Development Council', '2034-03-12'), E('Gozo Innovation Week', '2034-04-20', '2034-04-24')],
 dates=['2034-02-14', '2029/2033', '2029-05-09', '2033', '2033-09/2034-01', '2033-11-22/2033-11-23', '2034/2040', '2034', '2034-03-12', '2034-04-20/2034-04-24', '2034-03-31'],
 km=K('- the Ministry for the Economy designate', '- a ring-fenced', '- Malta Enterprise and the Gozo', '- cluster managers receive', '- a light evaluation'))
A['b61_03_study_summary_alentejo'] = dict(pub='2032-06-28', people=[
 P('Ana Luísa Mendes Caeiro', 'coordinator', 'CEFAGE'), P('Rui Pedro Gonçalves', None, 'CEFAGE'), P('Inês Batista Rosado', None, 'CEFAGE'),
 P('Francisco Lopes Bento', 'Vice-President', 'CCDR Alentejo'), P('Joaquim Serrão', 'president', 'ASSIMAGRA'), P('Maria do Céu Parreira', 'director', 'CVRA'),
 P('Paulo Nunes Ventura', 'managing director', 'Évora Aeronautical Park'), P('Teresa Galvão Chambel', None, 'NERE')],
 orgs=[O('Comissão de Coordenação e Desenvolvimento Regional do Alentejo', 'CCDR Alentejo'), O('Universidade de Évora'), O('Centro de Estudos e Formação Avançada em Gestão e Economia', 'CEFAGE'),
 O('Instituto Nacional de Estatística', 'INE'), O('Associação dos Industriais do Mármore', 'ASSIMAGRA'), O('Comissão Vitivinícola Regional Alentejana', 'CVRA'),
 O('Évora Aeronautical Park'), O('Associação Portuguesa da Cortiça', 'APCOR'), O('Núcleo Empresarial da Região de Évora', 'NERE'), O('European Cluster Collaboration Platform'),
 O('Fundação para a Ciência e a Tecnologia', 'FCT')],
 events=[E('seminar', '2032-05-17', None, 'Évora', 'Portugal')],
 dates=['2020/2031', '2032-06', '2033/2039', '2031-03', '2032-05-17', '2031-10-04/2031-12-15', '2020/2030', '2032', '2032-06-28'],
 km=K('1. Cork, stone', '2. Only 14%', '3. The marble', '4. Firms located', '5. Water scarcity', '6. Regional support'))
A['b61_04_workshop_burgenland'] = dict(pub='2035-12-03', people=[
 P('Lukas Pöltl'), P('Eva Szabó-Hartl', None, 'Wirtschaftsagentur Burgenland GmbH'), P('Christoph Frühwirth', None, 'E-Control'),
 P('Katalin Németh', None, 'Széchenyi István University'), P('Stefan Unger', 'park manager', 'Wirtschaftspark Müllendorf'),
 P('Barbara Kovács-Leitner', 'cluster manager', 'Cluster Erneuerbare Energie Burgenland'), P('Gábor Horváth', None, 'Pannon Business Network Association')],
 orgs=[O('Cluster Erneuerbare Energie Burgenland'), O('Wirtschaftsagentur Burgenland GmbH'), O('Energie-Control Austria', 'E-Control'), O('Széchenyi István University'),
 O('Wirtschaftspark Müllendorf'), O('Leitner Metallbau GmbH'), O('Ströck-Ost'), O('Pannon Business Network Association'), O('Technologiezentrum Eisenstadt')],
 events=[E('Energy communities in industrial parks — Burgenland cross-border workshop', '2035-11-29', None, 'Eisenstadt', 'Austria'),
 E('fourth PARKENERGY workshop', '2036-03-14', None, 'Győr', 'Hungary'), E('final conference', '2036-06-30', None, 'Eisenstadt', 'Austria')],
 dates=['2035-12-03', '2035-11-29', '2013', '2021', '2036', '2034-04-01', '2036-03-14', '2036-01', '2036-06-30'],
 km=K('- Start small', '- Municipalities must', '- Cluster managers need', '- Cross-border visits', '- Funding rules'))
A['b61_05_peer_review_molise'] = dict(pub='2031-06-02', people=[
 P('Andreas KOLLMANN', 'peer', 'Steirische Wirtschaftsförderungsgesellschaft'), P('Saoirse Ní Bhriain', 'peer', 'Western Development Commission'),
 P('Pau Ferrer i Pons', 'peer', "Agència per la Competitivitat de l'Empresa"), P('Małgorzata Wiśniewska-Kurek', 'peer', "Lubelskie Voivodeship Marshal's Office"),
 P('Arvid Lindqvist', 'thematic expert', 'Policy Learning Platform'), P('Chiara De Santis', 'thematic expert', 'Policy Learning Platform'),
 P('Giuseppina Di Iorio', 'Director General for Economic Development', 'Regione Molise'), P('Marco Santangelo', 'head of the innovation office', 'Regione Molise'),
 P('Nicola Petrecca', 'president', 'Latterie Molisane'), P('Francesca Iacovone', None, 'Pastificio La Molisana S.p.A.')],
 orgs=[O('Regione Molise'), O('Direzione Generale per lo Sviluppo Economico'), O('Interreg Europe Policy Learning Platform'), O('Steirische Wirtschaftsförderungsgesellschaft', 'SFG'),
 O('Western Development Commission'), O("Agència per la Competitivitat de l'Empresa", 'ACCIÓ'), O("Lubelskie Voivodeship Marshal's Office"), O('Università degli Studi del Molise'),
 O('Sviluppo Italia Molise S.p.A.'), O('Latterie Molisane'), O('Pastificio La Molisana S.p.A.')],
 events=[E('Interregional peer review — Molise Region', '2031-05-06', '2031-05-07', 'Campobasso', 'Italy'), E('study visit of the Molise team at ACCIÓ', None, None, 'Barcelona', 'Spain'),
 E('Styrian cluster conference', '2031-09-24', None, 'Graz', 'Austria')],
 dates=['2031-05-06/2031-05-07', '2031-06-02', '2030', '2027', '2031', '2032', '2011/2030', '2030-11', '2031-05-07', '2033', '2031-09-24', '2031-12-31'],
 km=['Molise Food Valley should become an association with member fees from 2033, even if the fees are symbolic at first, because paying members are engaged members',
 '…(2)–(5) as written inline'])
A['b61_06_ga_minutes_vasterbotten'] = dict(pub=None, people=[
 P('Lena Marklund', 'chair of the board', 'Skellefteå Kraft AB'), P('Gustav af Klercker', 'chair of the meeting'), P('Sofia Öhman', 'secretary'),
 P('Anders Lundqvist', None, 'Luleå University of Technology'), P('Riitta Mäkelä-Korhonen', None, 'Vaasa Energy Institute'),
 P('Johanna Berglund-Eriksson', 'Cluster manager', 'Northern Battery & Mining Cluster'), P('Karin Holmgren', 'auditor', 'Öhrlings PricewaterhouseCoopers AB'),
 P('Viktor Sundqvist', None, 'Sundqvist Elektro AB'), P('Mikael Forsgren', 'treasurer', 'Norrlandsfonden'), P('Per-Olof Strand'), P('Maria Lindberg', 'Board member'),
 P('Hannu Rautio', 'Board member'), P('Tiina Ahonen', 'director', 'Kvarken Council'), P('Jonas Sjöberg', 'board member'), P('Elin Nilsson Lidström', 'board member'),
 P('Pekka Ylönen', 'deputy member')],
 orgs=[O('Northern Battery & Mining Cluster', 'NBMC'), O('Umeå University'), O('Skellefteå Kraft AB'), O('Northvolt Ett AB'), O('Boliden Mineral AB'),
 O('Luleå University of Technology'), O('Vaasa Energy Institute'), O('Öhrlings PricewaterhouseCoopers AB'), O('Sundqvist Elektro AB'), O('Norrlandsfonden'), O('Kvarken Council')],
 events=[E('Annual General Assembly', '2033-05-24', None, 'Umeå', 'Sweden'), E('last assembly', '2032-05-18'), E('Nordic Battery Summit', '2032-10-12', '2032-10-13', 'Skellefteå', 'Sweden'),
 E('next General Assembly', '2034-05', None, 'Skellefteå', 'Sweden'), E('study visits'), E('battery recycling conference', None, None, 'Skellefteå', 'Sweden')],
 dates=['2033-05-24', '2032-05-18', '2032', '2032-10-12/2032-10-13', '2034', '2033/2035', '2034/2038', '2034-05'],
 km=K('The General Assembly approved', 'Membership fees for 2034 remain', 'Lena Marklund was re-elected', 'Jonas Sjöberg and Elin', 'The association will apply', 'The board is mandated'))
A['b61_07_webinar_recap_carinthia'] = dict(pub='2036-01-16', people=[
 P('Verena Wutte-Klein', 'communications manager', 'Silicon Alps Cluster'), P('Gerald Ortner-Jesenko', 'head of the talent programme', 'Silicon Alps Cluster'),
 P('Mateja Žnidaršič', None, 'Faculty of Electrical Engineering of the University of Ljubljana'), P('Florian Gasser', 'head of design', 'Infineon Technologies Austria AG'),
 P('Lorenzo Zanutta', None, 'Area Science Park'), P('Ana-Marija Hribar', 'founder', 'Siliko d.o.o.'), P('Christina Lerch', None, 'Kärntner Wirtschaftsförderungs Fonds')],
 orgs=[O('Silicon Alps Cluster'), O('Faculty of Electrical Engineering of the University of Ljubljana'), O('University of Klagenfurt'), O('Infineon Technologies Austria AG'),
 O('Area Science Park'), O('Siliko d.o.o.'), O('Kärntner Wirtschaftsförderungs Fonds', 'KWF')],
 events=[E('Growing chip-design talent across the Alpe-Adria region', '2036-01-14'), E('Silicon Alps Talk on power electronics for rail', '2036-02-11'),
 E('Silicon Alps Summit', '2036-05-07', '2036-05-08', 'Graz', 'Austria')],
 dates=['2036-01-16', '2036-01-14', '2036', '2040', '2034', '2036-02-11', '2036-05-07/2036-05-08'],
 km=['First, chip design is a people business before it is a technology business', 'Second, the border is an asset, not an obstacle',
 'Third, clusters must stop counting events and start counting contracts'])
A['b61_08_mission_report_lowersilesia'] = dict(pub='2037-09-29', people=[
 P('Tomasz Wróblewski', 'international cooperation officer', 'DAWG'), P('Katarzyna Mazur-Dąbrowska', 'president', 'Lower Silesian Hydrogen Valley Cluster'),
 P('Piotr Zieliński', None, 'Wrocław University of Science and Technology'), P('Agnieszka Kowalczyk-Nowak', None, 'KGHM Polska Miedź S.A.'),
 P('Marek Olszewski', None, 'Elektrotim S.A.'), P('Joanna Lis', None, 'Polish Investment and Trade Agency'), P('Kristjan Mägi', 'chief executive', 'Ida-Viru Investment Agency'),
 P('Liisa Tamm', None, 'Ministry of Finance of Estonia'), P('Jevgeni Ossinovski-Rand', 'Mayor of Narva'), P('Marten Kivi', 'chair', 'Estonian Hydrogen Association')],
 orgs=[O('Dolnośląska Agencja Współpracy Gospodarczej Sp. z o.o.', 'DAWG'), O('Urząd Marszałkowski Województwa Dolnośląskiego'), O('Ida-Viru Investment Agency'),
 O('Lower Silesian Hydrogen Valley Cluster'), O('Wrocław University of Science and Technology'), O('KGHM Polska Miedź S.A.'), O('Elektrotim S.A.'),
 O('Polish Investment and Trade Agency', 'PAIH'), O('Narva Industrial Park'), O('Ministry of Finance of Estonia'), O('Eesti Energia AS'),
 O('Virumaa College of Tallinn University of Technology', 'TalTech'), O('Viru Keemia Grupp AS'), O('Estonian Hydrogen Association'), O('Board of the Lower Silesian Voivodeship')],
 events=[E('Business mission of the Lower Silesian hydrogen and energy clusters to Ida-Viru County, Estonia', '2037-09-15', '2037-09-17', 'Narva, Jõhvi, Kohtla-Järve', 'Estonia'),
 E('Baltic Hydrogen Forum', '2037-03', None, 'Tallinn', 'Estonia'), E('matchmaking session', '2037-09-17', None, 'Kohtla-Järve', 'Estonia'),
 E('Return visit of an Estonian delegation', '2038-03-03', '2038-03-05', 'Wrocław, Bogatynia', 'Poland'), E('Drafting meeting for the joint proposal', '2037-10-20'),
 E('European Hydrogen Week', '2037-11-17', '2037-11-20', 'Brussels', 'Belgium')],
 dates=['2037-09-15/2037-09-17', '2037-09-29', '2037-03', '2037-09-15', '2037-09-16', '2037-09-17', '2038-03-03/2038-03-05', '2037-10-20', '2037-11-17/2037-11-20', '2037-10-31'],
 km=[])
A['b61_09_position_paper_limburg'] = dict(pub='2035-11-05', people=[
 P('Griet Vanderhoven-Maes', 'chair', 'Limburg Connects vzw'), P('Koen Bijnens', 'managing director', 'Limburg Connects vzw'), P('Sarah El Amrani', 'policy advisor')],
 orgs=[O('Limburg Connects vzw'), O('Provinciale Ontwikkelingsmaatschappij Limburg', 'POM Limburg'), O('Hasselt University', 'UHasselt'), O('PXL University of Applied Sciences and Arts'),
 O('VDAB'), O('Flanders Innovation & Entrepreneurship', 'VLAIO'), O('Haven Genk NV'), O('Flemish Government'), O('Province of Limburg'), O('Euregio Meuse-Rhine'),
 O('European Commission'), O('Brightlands'), O('LogistikRuhr e.V.'), O('Port of Antwerp-Bruges'), O('De Vlaamse Waterweg nv')],
 events=[E('member workshops', None, None, 'Genk, Lommel, Tongeren', 'Belgium')],
 dates=['2036/2041', '2035-11-05', '2019', '2036', '2014', '2031', '2035-10-28', '2035-09-01/2035-10-15', '2033', '2034', '2035-06-12'],
 km=K('1. Keep a dedicated', '2. Recognise logistics', '3. Open the border', '4. Invest in data', '5. Make skills'))
A['b61_10_evaluation_asturias-pdf'] = dict(pub='2034-12-19', people=[
 P('Begoña Fernández-Llana Suárez', 'Team leader', 'Consultora Cantábrica de Políticas Públicas S.L.'), P('Íñigo Arrieta Zubizarreta', 'Evaluation expert'),
 P('Helena Kowalska-Ruiz', 'Evaluation expert'), P('Xuan Menéndez Prieto', 'Evaluation expert'), P('Covadonga Álvarez Rubiera', 'chair', 'IDEPA'),
 P('Manuel Ángel García-Tuñón', None, 'Consejería de Ciencia, Empresas, Formación y Empleo'), P('Rafael Ordóñez Villa', None, 'Universidad de Oviedo'),
 P('Alberto Cienfuegos Rivas', 'managing director', 'METAINDUSTRY4'), P('Marta Llaneza Fano', 'manager', 'Asturias Agri-Food Cluster'), P('Ewan MacLeod', None, 'Scottish Enterprise')],
 orgs=[O('INSTITUTO DE DESARROLLO ECONÓMICO DEL PRINCIPADO DE ASTURIAS', 'IDEPA'), O('Consultora Cantábrica de Políticas Públicas S.L.'), O('Consejería de Ciencia, Empresas, Formación y Empleo'),
 O('Universidad de Oviedo'), O('Metal-Mechanical Cluster of Asturias', 'METAINDUSTRY4'), O('Asturias Agri-Food Cluster'), O('Asturias Maritime Cluster'), O('Asturias Tourism Cluster'),
 O('Scottish Enterprise'), O('Parque Científico Tecnológico de Gijón')],
 events=[E('validation workshop', '2034-11-14', None, 'Gijón', 'Spain'), E('Asturias Cluster Day', '2035', None, 'Avilés', 'Spain')],
 dates=['2030/2034', '2034-12-19', '2030-01/2034-06', '2034-03-03', '2030/2033', '2034-11-14', '2035', '2031', '2033', '2035-01-22', '2035/2039', '2035-09'],
 km=['(a)…(e) five conclusions as written'])
A['b61_11_forum_summary_normandy'] = dict(pub='2032-07-09', people=[
 P('Hervé Le Moigne-Duval', 'Vice-President', 'Région Normandie'), P('Claire Bouchard-Letellier', 'president', 'Normandie Énergies Marines'),
 P('Ingeborg Halvorsen-Moe', None, 'SINTEF'), P('Yannick Le Gall', 'rapporteur', 'Université de Caen Normandie'), P('Jean-Baptiste Hamel', None, 'Ports de Normandie'),
 P('Annelies Verbruggen', None, 'Port of Ostend'), P('Thierry Ménard', 'managing director', 'Ménard Chaudronnerie SAS'), P('Sophie Kerjean', None, 'Bpifrance'),
 P('Nadia Ben Salah', None, 'Lycée Alexis de Tocqueville'), P('Pascal Lemonnier', 'president', 'CRPMN'), P('Maëlle Quéré', None, 'IFREMER'),
 P('Rhiannon Pascoe', None, 'Cornwall and Isles of Scilly Good Growth Board'), P('Marc-Antoine Rivière', 'journalist'), P('Élodie Marchand', 'event manager', 'Normandie Énergies Marines')],
 orgs=[O('Normandie Énergies Marines', 'NEM'), O('Région Normandie'), O('Agence de Développement pour la Normandie', 'AD Normandie'), O('Siemens Gamesa Renewable Energy'), O('SINTEF'),
 O('Université de Caen Normandie'), O('Ministry for the Sea'), O('Channel Regional Council'), O('Ports de Normandie'), O('Port of Ostend'), O('Ménard Chaudronnerie SAS'),
 O('Bpifrance'), O('Lycée Alexis de Tocqueville'), O('Comité Régional des Pêches Maritimes de Normandie', 'CRPMN'), O('IFREMER'), O('Cornwall and Isles of Scilly Good Growth Board'), O('Cité de la Mer')],
 events=[E('Blue Energy Forum Normandy 2032', '2032-06-23', '2032-06-24', 'Cherbourg-en-Cotentin', 'France'), E('Blue Energy Forum Normandy (2034 edition)', '2034-06', None, 'Le Havre', 'France')],
 dates=['2032-06-23/2032-06-24', '2032-07-09', '2050', '2032-07-02', '2032-09-30', '2036', '2033', '2034', '2034-06'],
 km=K('• Offshore wind ports', '• Local suppliers', '• Training centres', '• Fishing and wind', '• Cross-Channel'))
A['b61_12_newsletter_pardubice'] = dict(pub='2036-12-15', people=[
 P('Radek Šimůnek', 'cluster manager', 'Rail Cluster Pardubice'), P('Martin Netolický-Dvořák', 'Governor of the Pardubice Region'), P('Jaroslav Novák', 'dean', 'Faculty of Transport Engineering'),
 P('Susanne Brückner-Lindemann', None, 'European Union Agency for Railways'), P('Pavel Krejčí', 'technical director', 'České dráhy, a.s.'), P('Lucie Vondráčková', None, 'CZ LOKO, a.s.'),
 P('Tomáš Hejl', None, 'RailSense s.r.o.'), P('Bartosz Wilk', None, 'Klaster Kolejowy Pomorze'), P('Jana Malá'), P('Klára Benešová', 'rapporteur')],
 orgs=[O('Rail Cluster Pardubice'), O('Pardubice Region'), O('Faculty of Transport Engineering of the University of Pardubice'), O('European Union Agency for Railways', 'ERA'),
 O('České dráhy, a.s.'), O('CZ LOKO, a.s.'), O('RailSense s.r.o.'), O('Klaster Kolejowy Pomorze'), O('Railway Research Institute', 'VUZ'), O('Elektro-Rail Chrudim s.r.o.'),
 O('Kolej Projekt Hlinsko s.r.o.'), O('SPŠ elektrotechnická a VOŠ Pardubice'), O('Bahnland Sachsen e.V.'), O('ideon conference centre')],
 events=[E('Rail Days Pardubice 2036', '2036-11-26', '2036-11-27', 'Pardubice', 'Czech Republic'), E("Members' breakfast", '2037-01-22', None, 'Pardubice', 'Czech Republic'),
 E('Rail Live fair', '2037-03-04', '2037-03-06', 'Madrid', 'Spain'), E('General Assembly of the cluster', '2037-05-13', None, 'Česká Třebová', 'Czech Republic'),
 E('Czech Raildays', '2037-06-10', '2037-06-11', 'Ostrava', 'Czech Republic')],
 dates=['2036-12-15', '2037', '2037-01-15', '2036-11-26/2036-11-27', '2036-12-02', '2040', '2036-11-10', '2037-03-01', '2037-01-22', '2037-03-04/2037-03-06',
 '2037-05-13', '2037-06-10/2037-06-11', '2036-11-28'],
 km=K('* Rail suppliers', '* The region needs', '* Digital skills', '* Small firms need'))
A['b61_13_informe_jornada_lleida'] = dict(pub='2033-12-02', people=[
 P('Núria Solé i Bonet'), P('Montserrat Farré i Castells', "consellera d'Agricultura, Ramaderia, Pesca i Alimentació", 'Generalitat de Catalunya'),
 P('Jordi Pujol-Vidal', 'president', 'Clúster de la Fruita de Ponent'), P('Joan Girona Gomis', None, 'IRTA'), P('Mireia Camps Ribera', None, 'Universitat de Lleida'),
 P('Pieter-Jan de Bruijn', None, 'Fruitmasters'), P('Arnau Bosch Pallarès', 'director tècnic', 'Agrobòtica Segrià SL'), P('Laia Jové', 'periodista', 'Ràdio Lleida'),
 P('Xavier Gòdia Monfort', None, 'Afrucat'), P('Carme Aige Solsona', None, "Caixa Rural d'Alcarràs"), P('Ricard Pons i Mir', None, 'Unió de Pagesos'),
 P('Sílvia Torrent-Llobet', 'directora', 'Clúster de la Fruita de Ponent')],
 orgs=[O('Clúster de la Fruita de Ponent'), O('Diputació de Lleida'), O("Agència per la Competitivitat de l'Empresa", 'ACCIÓ'), O('Generalitat de Catalunya'), O('Fruits de Ponent SCCL'),
 O('Institut de Recerca i Tecnologia Agroalimentàries', 'IRTA'), O('Universitat de Lleida', 'UdL'), O('Fruitmasters'), O('Agrobòtica Segrià SL'), O('Eurecat'),
 O('Cambra de Comerç de Lleida'), O('Ràdio Lleida'), O('Afrucat'), O("Caixa Rural d'Alcarràs"), O('Unió de Pagesos'), O('Prodeca'), O('Fundació Banc Sabadell'), O('Llotja de Lleida')],
 events=[E('Jornada «Fruita i Innovació» 2033', '2033-11-24', None, 'Lleida', 'Spain'), E('Fira de Sant Miquel de Lleida', '2034-09-24', '2034-09-27', 'Lleida', 'Spain'),
 E('Fruit Logistica', '2034-02-07', '2034-02-09', 'Berlín', 'Germany'), E('Jornada «Fruita i Innovació» (sisena edició)', '2034-11')],
 dates=['2033-12-02', '2033-11-24', '2033', '2034/2040', '2035', '2034-09-24/2034-09-27', '2034-02-07/2034-02-09', '2034-11'],
 km=K('La fruita dolça', 'Les cooperatives i', 'Cal un programa', 'La robotització', 'El clúster ha de reforçar'))
A['b61_14_kokkuvote_voru_puiduklaster'] = dict(pub='2031-10-09', people=[
 P('Kadri Org-Lepik', 'klastrijuht', 'Võrumaa Puiduklaster MTÜ'), P('Rein Kõiv', 'juhatuse esimees', 'Võrumaa Puiduklaster MTÜ'), P('Marju Hallik-Raudsepp', 'Võru vallavanem'),
 P('Tõnis Kask', None, 'Eesti Maaülikool'), P('Jussi Heikkinen', None, 'Puuinfo Oy'), P('Ilze Ozoliņa-Bērziņa', None, 'Vidzeme Planeerimisregioon'),
 P('Mart Juur-Tamm', 'ajakirjanik'), P('Helen Saar', None, 'Võrumaa Kutsehariduskeskus'), P('Andres Pärn', None, 'OÜ Nordwood Haus'),
 P('Liis Mets', None, 'Ettevõtluse ja Innovatsiooni Sihtasutus'), P('Toomas Uibo', None, 'Rõuge Saeveski OÜ'), P('Kristjan Vaher', 'projektijuht')],
 orgs=[O('Võrumaa Puiduklaster MTÜ'), O('Võrumaa Arenduskeskus'), O('Eesti Metsa- ja Puidutööstuse Liit', 'EMPL'), O('AS Võru Puit'), O('Eesti Maaülikool', 'EMÜ'), O('Puuinfo Oy'),
 O('Vidzeme Planeerimisregioon'), O('Võrumaa Kutsehariduskeskus'), O('OÜ Nordwood Haus'), O('Ettevõtluse ja Innovatsiooni Sihtasutus', 'EIS'), O('Rõuge Saeveski OÜ'), O('Võru vald')],
 events=[E('Lõuna-Eesti puidupäev 2031', '2031-09-30', None, 'Võru', 'Estonia'), E('õppekäik', '2031-09-29', None, 'Väimela, Antsla', 'Estonia'),
 E('juhatuse koosolek', '2031-10-21'), E('Viies Lõuna-Eesti puidupäev', '2032', None, 'Põlva', 'Estonia'), E('Eesti Ehitab', '2032-04', None, 'Tallinn', 'Estonia'),
 E('õppereis Soome Kuopiosse', '2030')],
 dates=['2031-10-09', '2031-09-30', '2028/2031', '2032-01', '2031-09-29', '2028', '2030', '2031-10-21', '2032', '2032-04'],
 km=K('1. Lõuna-Eesti puidutööstus', '2. Kutseõppe', '3. Puidujäätmete', '4. Klaster peab'))
A['b61_15_interview_mures'] = dict(pub='2034-04-08', people=[
 P('Ioana-Cristina Moldovan', 'executive director', 'MedTech Mureș Cluster'), P('Andrei Sălăjan'), P('Leonard Azamfirei-Szabó', 'rector', 'UMFST'),
 P('Răzvan Ionescu-Dragomir', 'State Secretary', 'Ministry of Health'), P('Zsolt Kovács-Bartha', 'engineer in charge', 'MedTech Mureș Cluster'),
 P('Eszter Lakatos', None, 'Hungarian Medical Technology Cluster'), P('Victor Ciobanu'), P('Alina Pop-Mureșan')],
 orgs=[O('MedTech Mureș Cluster'), O('Transylvania Business Review', 'TBR'), O('Emergency County Clinical Hospital Târgu Mureș'),
 O('George Emil Palade University of Medicine, Pharmacy, Science and Technology of Târgu Mureș', 'UMFST'), O('European Secretariat for Cluster Analysis'), O('Ortho-Lab SRL'),
 O('Institute of Cardiovascular Diseases and Transplant Târgu Mureș'), O('Ministry of Health'), O('Centre Regional Development Agency', 'ADR Centru'),
 O('Hungarian Medical Technology Cluster'), O('Romanian Women in Tech Association'), O('Cluj IT Cluster')],
 events=[E('annual forum (2033 edition)', '2033-11'), E('first joint matchmaking in Chișinău', '2034-06', None, 'Chișinău', 'Moldova'),
 E("MedTech Mureș Cluster's annual forum", '2034-11-13', '2034-11-14', 'Târgu Mureș', 'Romania')],
 dates=['2034-04-08', '2026', '2035', '2034-02', '2032', '2031', '2033-11', '2034-06', '2030', '2034-11-13/2034-11-14'],
 km=K('- The Mureș medical', '- Hospitals are', '- The cluster will open', '- Cooperation with Hungarian'))
A['b61_16_rapport_finali_bluecraft'] = dict(pub='2036-09-30', people=[
 P('Nathalie Borg Cardona', 'Kap Eżekuttiv', 'Malta Marittima'), P('Christopher Zammit-Lupi', 'koordinatur tal-proġett', 'Malta Marittima'),
 P('Silvio Mifsud Grech', 'Ministru għall-Ekonomija'), P('Marisa Xuereb-Vassallo', 'President', 'Malta Chamber of Commerce, Enterprise and Industry'),
 P('Kevin Abela Micallef', 'lettur', 'MCAST'), P('Sara Moretti', None, 'Valutazioni Mediterranee S.r.l.'), P('Ivana Perić-Barić', None, 'Pomorski klaster Splitsko-dalmatinske županije'),
 P('Andreas Georgiou-Petrides', None, 'Cyprus Marine and Maritime Institute'), P('Federica Lanzone', None, 'Distretto Ligure delle Tecnologie Marine'),
 P('Jean-Luc Rostagni', None, 'Pôle Mer Méditerranée'), P('Bartomeu Ferrer Sastre', None, 'Clúster Marítimo de les Illes Balears')],
 orgs=[O('Malta Marittima'), O('Malta Chamber of Commerce, Enterprise and Industry'), O('Malta College of Arts, Science and Technology', 'MCAST'), O('Valutazioni Mediterranee S.r.l.'),
 O('Pomorski klaster Splitsko-dalmatinske županije'), O('Cyprus Marine and Maritime Institute', 'CMMI'), O('Distretto Ligure delle Tecnologie Marine', 'DLTM'),
 O('Pôle Mer Méditerranée'), O('Clúster Marítimo de les Illes Balears')],
 events=[E('laqgħa inawgurali', '2033-01-26', None, 'Valletta', 'Malta'), E('konferenza finali', '2036-06-11', None, 'Marsa', 'Malta'),
 E('Ġimgħa Marittima Ewropea', '2035-05', None, 'Limassol', 'Cyprus'), E("laqgħa tal-Kumitat ta' Tmexxija", '2036-06-12', None, 'Marsa', 'Malta'),
 E("l-ewwel laqgħa wara l-proġett", '2036-10', None, 'Split', 'Croatia')],
 dates=['2036-09-30', '2033-01-01/2036-06-30', '2033-01-26', '2036-06-11', '2035-05', '2036-06-12', '2036-10', '2037-01-01'],
 km=K('Ġew imħarrġa', 'Twaqqaf ċentru', 'Tfasslu tliet', 'Ġiet żviluppata', 'Saru 12-il'))
for stem, a in A.items():
    d = {"doc": stem, "published_date": a['pub'], "people": a['people'], "organisations": a['orgs'], "events": a['events'], "dates": a['dates'], "key_messages": a['km']}
    json.dump(d, open(os.path.join(os.path.dirname(__file__), stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(A))
