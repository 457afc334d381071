"""Third annotation of blind140 (written before reading gold/ or make/ generators). Writes make/third/<stem>.json."""
import json, os, re, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.argv = ['x', SET]
exec(open(os.path.join(SET, '..', 'check_gold.py')).read().split("base = os.path.abspath")[0])
DOCS = os.path.join(SET, 'docs')
def text(f):
    t = read_doc(os.path.join(DOCS, f))
    return html.unescape(t) if f.endswith('.html') else t
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e if e else s, "city": c, "country": k}
def km(f, start, end):
    """points between two headings: list items, numbered or bulleted lines"""
    t = text(f); a = t.index(start) + len(start); b = t.index(end, a); seg = t[a:b]
    out = []
    for m in re.findall(r'<li>(.*?)</li>', seg, re.S): out.append(m.strip())
    if not out:
        for line in seg.split('\n'):
            m = re.match(r'\s*(?:\d+\.|[-•–]|\([a-e]\)|A\d\.)\s+(.*\S)', line)
            if m: out.append(m.group(1).strip())
    return [x.rstrip('.') for x in out]
G = {}
def gold(f, pub, people, orgs, events, dates, kms):
    G[f] = dict(doc=f, source_url=None, published_date=pub, people=people, organisations=orgs, events=events, dates=dates, key_messages=kms)

f = 'g01_eu_cluster_conference_conclusions.html'
gold(f, '2038-06-09',
 [P('Ingeborg Vasstrand-Lie', 'managing director', 'Ocean Automation Hub'),
  P('Teodora Ilieva-Marchetti', 'Executive Vice-President'),
  P('Maarten van der Zwaluw', 'State Secretary for Economic Affairs'),
  P('Henrique Salgueiro Antunes', None, 'Universidade Nova de Lisboa'),
  P('Aoife Ní Bhriain', 'Head of the Clusters and Ecosystems Unit', 'DG GROW'),
  P('Tomasz Wierzbicki-Nowak', 'Cluster manager', 'Mazovia Cleantech Cluster'),
  P('Élodie Marchand-Bey', 'Cluster manager', 'pôle Véhicule du Futur'),
  P('Jana Kováčiková', None, 'Slovak Battery Alliance'),
  P('Lars-Erik Holmqvist', 'rapporteur', 'Vinnova')],
 [O('European Cluster Collaboration Platform'), O('European Commission'),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", 'DG GROW'),
  O('Ministry of Economic Affairs and Climate Policy'), O('European Cluster Alliance'), O('Ocean Automation Hub'),
  O('Universidade Nova de Lisboa'), O('Mazovia Cleantech Cluster'), O('pôle Véhicule du Futur'),
  O('Slovak Battery Alliance'), O('Vinnova')],
 [E('European Cluster Conference 2038', '2038-05-18', '2038-05-20', 'Utrecht', 'Netherlands'),
  E('pre-conference matchmaking', '2038-05-17', None, 'Utrecht', 'Netherlands'),
  E('general assembly', '2038-05-17', None, None, None),
  E('ceremony', '2038-05-19', None, 'Utrecht', 'Netherlands'),
  E('webinar on the conclusions', '2038-06-15'),
  E('European Cluster Conference', '2040', None, 'Ljubljana', 'Slovenia'),
  E('European Cluster Conference', '2034', None, 'Mons', 'Belgium'),
  E('European Cluster Conference', '2036', None, 'Porto', 'Portugal')],
 ['2038-06-09', '2038-05-18/2038-05-20', '2038-05-17', '2038/2041', '2038-05-19', '2038-07',
  '2038-09-01/2038-11-30', '2038-06-15', '2040', '2034', '2036', '2038', '2038-09-30'],
 km(f, 'Conference conclusions</h2>', '</ol>'))

f = 'g02_pforzheim_positionspapier.md'
CV = 'Clusterverband Präzisionstechnik Nordschwarzwald e. V.'
gold(f, '2039-03-24',
 [P('Friederike Schöttle-Ayhan', 'Studienleiterin', 'Hochschule Pforzheim'),
  P('Miriam Okonkwo-Brandt', 'Staatssekretärin', 'Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg'),
  P('Jörg von Hohenau', 'Landtagsabgeordnete'),
  P('Konstantin Wälde', 'Vorstandsvorsitzender', CV),
  P('Sabine Haberer-Lutz', 'Geschäftsführerin', CV),
  P('Mehmet Kaya', 'Projektleiter Fachkräfte')],
 [O(CV), O('Land Baden-Württemberg'), O('Europäische Union'), O('Hochschule Pforzheim'),
  O('Fraunhofer-Institut für Produktionstechnik und Automatisierung', 'IPA'), O('IHK Nordschwarzwald'),
  O('Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg'), O('Berufsschule Pforzheim'),
  O('Wirtschaftsförderung Nordschwarzwald GmbH'), O('MedicalMountains'), O('Wälde Feinwerktechnik GmbH')],
 [E('12. Clustertag Nordschwarzwald', '2038-10-07', None, 'Pforzheim', 'Germany'),
  E('Parlamentarischen Abend', '2039-04-20', None, 'Stuttgart', 'Germany'),
  E('regionalen Werkstattgesprächen', '2039-01', '2039-02', 'Calw, Nagold, Mühlacker', 'Germany'),
  E('Mitgliederversammlung', '2039-06-23', None, 'Pforzheim', 'Germany')],
 ['2039-03-24', '2039-03-14', '2038', '2039', '2038-10-07', '2039-04-20', '2039-01/2039-02', '2040', '2039-06-23'],
 km(f, 'Der Clusterverband fordert:', '## 4.'))

f = 'g03_prahova_hydrogen_roadmap.txt'
PE = 'Prahova Energy Valley Cluster'
gold(f, None,
 [P('Radu-Mihai Enescu', 'Vice-Rector for Research', 'Petroleum-Gas University of Ploiești'),
  P('Cristina Vlădescu', 'executive director', PE),
  P('Adrian Popescu-Târgoviște', 'President of the Board', PE),
  P('Ioana-Maria Stan', 'Vice-President', PE),
  P('Bogdan Niculescu', 'Working group rapporteur', 'PEVC')],
 [O(PE, 'PEVC'), O('Petroleum-Gas University of Ploiești', 'UPG'),
  O('South Muntenia Regional Development Agency', 'ADR Sud Muntenia'),
  O('Romanian National Institute for Research and Development in Petroleum Engineering'),
  O('European Investment Bank'), O('Port of Rotterdam Authority'), O('SmartPort'),
  O('County Employment Agency Prahova'), O('Valahia Process Engineering SRL'), O('Petrotub Câmpina SA'),
  O('Prahova County Council'), O('Ministry of Energy'), O('Ministry of Investments and European Projects')],
 [E('Hydrogen production and storage', '2040-02-13', None, 'Ploiești', 'Romania'),
  E('Skills and retraining of refinery workers', '2040-02-27', None, 'Ploiești', 'Romania'),
  E('Carbon capture, transport and storage', '2040-03-08', None, 'Ploiești', 'Romania'),
  E('Finance and investor day', '2040-03-22', None, 'Ploiești', 'Romania'),
  E('study visit to the Rotterdam hydrogen hub', '2040-01-24', '2040-01-26', 'Rotterdam', 'Netherlands'),
  E('Prahova Energy Transition Forum', '2040-11-06', None, 'Ploiești', 'Romania')],
 ['2040/2042', '2040-04-17', '2042', '2034', '2039', '2039-10/2040-03', '2040-02-13', '2040-02-27', '2040-03-08',
  '2040-03-22', '2040-01-24/2040-01-26', '2040-09-30', '2041', '2041-01', '2040-06/2040-12', '2041-04', '2040-11-06'],
 km(f, 'European Projects:', '6. GOVERNANCE'))

f = 'g04_oyonnax_atelier_recyclage.html'
PP = 'Pôle Plasturgie Haut-Bugey'
gold(f, '2039-11-29',
 [P('Lucie Berthet-Moreau'),
  P('Jean-Baptiste Duraffourg', 'président', PP),
  P('Naïma Belkacem', 'ingénieure matériaux', 'Centre Technique Industriel de la Plasturgie et des Composites'),
  P('Thierry Vuaillat', 'journaliste', 'Progrès'),
  P('Sandrine Jacquemoud-Collet', 'déléguée générale', PP)],
 [O(PP), O('Centre Technique Industriel de la Plasturgie et des Composites', 'IPC'), O('Région Auvergne-Rhône-Alpes'),
  O('ADEME'), O('Moules Duraffourg SAS'), O('Plastivaloire'), O('Injectal Bugey'), O("Recyclo'Ain"), O('Progrès'),
  O('Haut-Bugey Agglomération')],
 [E('atelier « Plastiques recyclés »', '2039-11-17', None, 'Oyonnax', 'France'),
  E('quatrième atelier de la série', '2039-12-08', None, 'Bellignat', 'France'),
  E('assemblée générale', '2040-01-26', None, 'Oyonnax', 'France'),
  E("Plast'Innov", '2040-03-13', '2040-03-15', 'Lyon', 'France')],
 ['2039-11-29', '2039-11-17', '2037', '2040', '2039-12-08', '2040-01-26', '2040-03-13/2040-03-15', '2040-02-15'],
 km(f, "Les enseignements de l'atelier</h2>", '</ul>') + km(f, 'Nos recommandations</h2>', '</ol>'))

f = 'g05_postojna_peer_review_outcomes.eml'
RZ = 'Regionalna razvojna agencija Zeleni kras'
gold(f, '2041-05-17',
 [P('Ana Lavrič', 'Project Manager', RZ), P('Mojca Kovač-Bizjak', 'director', RZ),
  P('Petri Häkkinen-Laaksonen', 'lead peer')],
 [O(RZ, 'RRA Zeleni kras'), O('Centre for Wood and Construction Innovation'), O('Holzcluster Steiermark'),
  O('Regional Agency for Development of Lika'), O('Agencja Rozwoju Regionalnego "ARES"', 'ARES'),
  O('Vosges regional council'), O('Slovenian Forest Service'), O('Municipality of Postojna'), O('Lesnina Pivka d.o.o.'),
  O('Chamber of Commerce and Industry of Slovenia'), O('Joint Secretariat')],
 [E('PEER REVIEW "TIMBER FOR TOWNS"', '2041-05-14', '2041-05-15', 'Postojna', 'Slovenia'),
  E('site visit to the sawmill and glulam plant of Lesnina Pivka', '2041-05-14'),
  E('dinner', '2041-05-14', None, 'Postojna', 'Slovenia'),
  E('partner meeting', '2041-09-23', None, 'Suwałki', 'Poland')],
 ['2041-05-17', '2041-05-31', '2041-05-14/2041-05-15', '2041-05-14', '2041-05-15', '2041', '2041-09-23', '2041-05-21'],
 km(f, 'Main findings of the peers:', 'Recommendations:') + km(f, 'Recommendations:', 'Lessons learnt')
 + km(f, '(from the evaluation forms):', 'The peers were'))

f = 'g06_ibi_encuesta_juguete.txt'
CL = 'Asociación Clúster del Juguete y Ocio Infantil de la Foia de Castalla'
gold(f, '2040-10-22',
 [P('Remedios Sanchis Mollá', 'presidenta', CL),
  P('Vicent Guillem i Bernabeu', 'profesor', 'Universidad de Alicante'),
  P('Jorge Albero Pérez', 'director general de Industria', 'Generalitat Valenciana'),
  P('Marta Verdú Colomina', 'responsable de comunicación')],
 [O(CL, 'CLUJOI'), O('AIJU Instituto Tecnológico de Producto Infantil y Ocio', 'AIJU'), O('Universidad de Alicante'),
  O('Generalitat Valenciana'), O('IES La Foia de Ibi'), O('Toy Industries of Europe', 'TIE'),
  O('Cámara de Comercio de Alicante'), O('Instituto Valenciano de Competitividad Empresarial', 'IVACE'),
  O('Ministerio de Industria y Turismo')],
 [E('presentación', '2040-10-15', None, 'Ibi', 'Spain'),
  E('reunión', '2040-10-18'),
  E('Spielwarenmesse', '2041-01-27', '2041-01-31', 'Núremberg', 'Germany'),
  E('Juguete 2050: Talento y sostenibilidad', '2040-11-22', None, 'Ibi', 'Spain')],
 ['2040-10-22', '2041', '2040-10-15', '2040-06-03/2040-07-12', '2040-10-18', '2041/2042', '2041-01-27/2041-01-31',
  '2040-11-22', '2039', '2039-10', '2034'],
 km(f, 'Principales conclusiones', '«Tenemos') + km(f, 'las siguientes propuestas:', 'Próximos pasos'))

f = 'g07_pazardzhik_supplier_study_summary.txt'
UT = 'Upper Thrace Optics and Mechatronics Cluster'
gold(f, '2036-10-02',
 [P('Vesela Dimitrova-Karaivanova', 'team leader', 'Balkan Economic Analysis Centre'),
  P('Nikolay Stoyanov'), P('Emine Hasanova'),
  P('Hristo Gavrilov', 'purchasing director', 'Optix Panagyurishte AD'),
  P('Georgi Manolov', 'Chairman of the Board', UT),
  P('Stanislava Peneva', 'Executive director', UT)],
 [O(UT, 'UTOMC'), O('Balkan Economic Analysis Centre', 'BEAC'), O('Technical University of Sofia'),
  O('Ministry of Innovation and Growth'), O('Pazardzhik Vocational School of Mechatronics'), O('Optix Panagyurishte AD'),
  O('Bulgarian Academy of Sciences'), O('Institute of Optical Materials and Technologies'),
  O('Municipality of Panagyurishte'), O('Pazardzhik Chamber of Commerce and Industry'),
  O('Bulgarian Small and Medium Enterprises Promotion Agency', 'BSMEPA')],
 [E('validation workshop', '2036-09-16', None, 'Panagyurishte', 'Bulgaria'),
  E('7th Upper Thrace Industry Days', '2036-11-19', '2036-11-20', 'Pazardzhik', 'Bulgaria'),
  E('Upper Thrace Industry Days', '2035', None, 'Plovdiv', 'Bulgaria'),
  E('Upper Thrace Industry Days', '2034', None, 'Velingrad', 'Bulgaria')],
 ['2036-10-02', '2036-03/2036-06', '2036-09-16', '2036-11-19/2036-11-20', '2035', '2034'],
 km(f, 'KEY FINDINGS', 'RECOMMENDATIONS') + km(f, 'its partners:', 'WHAT PEOPLE SAID'))

f = 'g08_leszno_wnioski_konferencja.docx'
KL = 'Klaster Rolno-Spożywczy Ziemi Leszczyńskiej'
UP = 'Uniwersytetu Przyrodniczego w Poznaniu'
gold(f, '2037-05-08',
 [P('Łukasz Grzegorz Szymański', 'prezes zarządu', KL),
  P('Agnieszka Wróbel-Dąbrowska', 'wicemarszałek województwa wielkopolskiego'),
  P('Halina Kowalczyk-Nowicka', None, UP),
  P('Paweł Ciesielski', None, 'Radio Elka'),
  P('Marek Olejniczak', 'dyrektor ds. rozwoju', 'Cukrowni Gostyń S.A.'),
  P('Beata Stachowiak', 'prezes', 'Spółdzielni Mleczarskiej „Rawmlek”'),
  P('Wojciech Frąckowiak', None, UP),
  P('Jens Uwe Leitner', 'menedżer sieci', 'Biotechnologie-Verbund Sachsen'),
  P('Joanna Marciniak-Łęcka', 'koordynatorka', KL),
  P('Tomasz Jędrzejczak')],
 [O(KL), O('Akademia Nauk Stosowanych im. Jana Amosa Komeńskiego w Lesznie'),
  O('Urząd Marszałkowski Województwa Wielkopolskiego'), O('Wielkopolska Izba Rolnicza'),
  O('Uniwersytet Przyrodniczy w Poznaniu'), O('Leszczyńska Lokalna Grupa Działania'), O('Radio Elka'),
  O('Cukrownia Gostyń S.A.'), O('Spółdzielnia Mleczarska „Rawmlek”'), O('BioHumus Sp. z o.o.'),
  O('Biotechnologie-Verbund Sachsen'), O('Departament Rolnictwa i Rozwoju Wsi'),
  O('Samorząd Województwa Wielkopolskiego')],
 [E('Biogospodarka Południowej Wielkopolski', '2037-04-23', '2037-04-24', 'Leszno', 'Poland'),
  E('Kolacja networkingowa', '2037-04-23', None, 'Leszno', 'Poland'),
  E('Wizyta studyjna', '2037-04-24', None, 'Rydzyna', 'Poland'),
  E('Wizyta studyjna w Saksonii', '2038', None, None, 'Germany'),
  E('Posiedzenie Zarządu Klastra', '2037-05-21'),
  E('Biogospodarka Południowej Wielkopolski', '2038-04', None, 'Gostyń', 'Poland')],
 ['2037-04-23/2037-04-24', '2037-05-08', '2035/2042', '2037-04-23', '2037-04-24', '2037', '2038', '2037-05-21', '2038-04'],
 km(f, 'następujące wnioski:', '4. Rekomendacje') + km(f, '4. Rekomendacje', '5. Dalsze'))

f = 'g09_leipzig_final_conference_takeaways.md'
gold(f, '2042-03-11',
 [P('Greta Lindqvist-Sørensen', 'communication officer'),
  P('Burkhard Jungnickel', 'Deputy Mayor for Economic Affairs', 'City of Leipzig'),
  P('Zuzana Holubová-Reiter', 'lead partner coordinator', 'Slovak Innovation and Energy Agency'),
  P('Matthias Oberreuter', None, 'HTWK Leipzig'),
  P('Ondřej Kratochvíl', 'Project manager', 'CzechBuild Innovation')],
 [O('BauCluster Mitteldeutschland e.V.'), O('City of Leipzig'), O('Slovak Innovation and Energy Agency', 'SIEA'),
  O('HTWK Leipzig'), O('Chamber of Crafts of Leipzig'), O('Graz Energy Agency'), O('CzechBuild Innovation')],
 [E('CIRCON final conference', '2042-03-03', '2042-03-04', 'Leipzig', 'Germany'),
  E('Conference dinner', '2042-03-03', None, 'Leipzig', 'Germany'),
  E('Guided tour of the reused-materials depot', '2042-03-04', None, 'Leipzig', 'Germany'),
  E('Interreg Central Europe annual event', '2042-06-09', None, 'Vienna', 'Austria'),
  E('mid-term review', '2041-11-12', None, 'Brno', 'Czechia')],
 ['2042-03-11', '2042-03-03/2042-03-04', '2042-03-03', '2042-03-04', '2042', '2042-06-09', '2041-11-12'],
 km(f, 'in the two days:', '## What comes next') + km(f, 'running the project', 'Thanks to all'))

f = 'g10_felgueiras_estudo_calcado.md'
CIM = 'Comunidade Intermunicipal do Tâmega e Sousa'
gold(f, '2041-03-19',
 [P('Teresa Magalhães Vasconcelos', 'coordenadora do estudo', 'Centro de Estudos de Economia Regional da Universidade do Minho'),
  P('Armindo Teixeira da Silva', 'presidente do Conselho Intermunicipal', CIM),
  P('Rui Pedro Azevedo', 'vice-presidente', 'Comissão de Coordenação e Desenvolvimento Regional do Norte'),
  P('Sofia Pinto Ribeiro', 'técnica superior', 'Gabinete de Desenvolvimento Económico')],
 [O(CIM, 'CIM-TS'), O('Gabinete de Desenvolvimento Económico'),
  O('Centro de Estudos de Economia Regional da Universidade do Minho'),
  O('Associação Portuguesa dos Industriais de Calçado, Componentes, Artigos de Pele e seus Sucedâneos', 'APICCAPS'),
  O('Associação das Indústrias de Madeira e Mobiliário de Portugal', 'AIMMP'),
  O('Comissão de Coordenação e Desenvolvimento Regional do Norte', 'CCDR-N'),
  O('Centro de Formação Profissional da Indústria do Calçado', 'CFPIC'),
  O('Centro Tecnológico do Calçado de Portugal', 'CTCP'), O('CTIMM')],
 [E('sessão de apresentação', '2041-02-12', None, 'Felgueiras', 'Portugal'),
  E('reunião de trabalho', '2041-03-26', None, 'Penafiel', 'Portugal'),
  E('Marcas próprias para PME', '2041-04-17', None, 'Felgueiras', 'Portugal')],
 ['2041-03-19', '2041-02-12', '2040-03/2040-12', '2035/2040', '2041-03-26', '2041-04-17', '2041-06-30'],
 km(f, '## Principais conclusões', '## Recomendações') + km(f, '## Recomendações', '«As nossas'))

f = 'g11_poole_marine_position_paper.html'
WM = 'Wessex Marine Cluster'
gold(f, '2037-10-14',
 [P('Harriet Okafor-Bell'),
  P('Alistair McGregor-Hunt', 'managing director', 'Hamworthy Subsea Engineering Ltd'),
  P('Rebecca Thorne-Ashdown', 'cluster chair', WM),
  P('Peter Guillaume-Hardy', 'Portfolio Holder for Economic Growth', 'BCP Council'),
  P('Senthil Ramaswamy', 'head of supply chain', 'Kernow Floating Wind')],
 [O('Wessex Marine Cluster CIC'), O('Hamworthy Subsea Engineering Ltd'), O('Bournemouth University'),
  O('Marine Economics Unit'), O('Crown Estate'), O('Portland Port'), O('Dorset Local Enterprise Partnership'),
  O('Bournemouth & Poole College'), O('Solent University'), O('Marine Hub Cornwall'), O('Celtic Sea Power'),
  O('BCP Council'), O('Department for Energy Security and Net Zero'), O('Kernow Floating Wind')],
 [E('roundtable', '2037-07-02', None, 'Portland', 'United Kingdom'),
  E('roundtable', '2037-09-09', None, 'London', 'United Kingdom'),
  E("Autumn Members' Forum", '2037-10-22', None, 'Poole', 'United Kingdom'),
  E('Webinar: Introduction to offshore certification', '2037-11-18')],
 ['2037-10-14', '2037-06', '2037-07-02', '2037-09-09', '2037-10-22', '2037-11-30', '2038-01', '2035', '2036',
  '2038-09', '2037-11-18'],
 km(f, 'Our asks</h2>', '</ul>'))

f = 'g12_porvoo_kemianklusteri_arviointi-pdf.txt'
PO = 'Itä-Uudenmaan Kehittämisyhtiö Posintra Oy'
gold(f, '2039-08-31',
 [P('Anna-Kaisa Räsänen'), P('Mikael Strömberg'), P('Juho Väänänen'),
  P('Eeva-Liisa Kuusisto', 'elinkeinojohtaja', 'Porvoon kaupungin'),
  P('Tapio Lindholm-Virtanen', 'toimitusjohtaja', 'Posintra Oy'),
  P('Sanna Öhman', 'projektipäällikkö')],
 [O(PO), O('Sirola & Vähäsarja Tutkimus Oy'), O('Porvoon kaupunki'), O('Uudenmaan liitto'), O('Loviisan kaupunki'),
  O('Sipoon kunta'), O('Neste Oyj'), O('Borealis Polymers Oy'), O('Haaga-Helia ammattikorkeakoulu'),
  O('Aalto-yliopisto'), O('Kemianteollisuus ry')],
 [E('työpaja', '2039-05-24', None, 'Porvoo', 'Finland'),
  E('työpaja', '2039-06-14'),
  E('maakuntahallituksen kokous', '2039-09-20'),
  E('Kilpilahden avoimet ovet -päivät'),
  E('Porvoon kiertotalousfoorumi', '2038-09', None, 'Porvoo', 'Finland'),
  E('kokous', '2039-10-04'),
  E('aluefoorumi', '2039-11', None, 'Porvoo', 'Finland')],
 ['2035/2039', '2039-08-31', '2035', '2039-02/2039-06', '2039-05-24', '2039-06-14', '2039-09-20', '2040', '2035/2038',
  '2034', '2036', '2038-09', '2040/2042', '2039-10-04', '2039-11'],
 [x for x in km(f, '3 Johtopäätökset', '4 Suositukset')] + km(f, '4 Suositukset', '5 Jatkotoimet'))

f = 'g13_vasteras_automation_cluster_evaluation.pdf'
MAC = 'Mälardalen Automation Cluster'
gold(f, '2038-11-24',
 [P('Karin Åkesson-Lund', 'team leader', 'Nordisk Policyanalys AB'), P('Tobias Falk'), P('Aleksandra Wiśniewska'),
  P('Lena Dahlgren-Ohlsson', 'Board chair', MAC), P('Johan Bergkvist', 'cluster manager', MAC),
  P('Maria Nilsson Haddad', 'analyst', 'Region Västmanland')],
 [O(MAC, 'MAC'), O('Region Västmanland'), O('Department for Regional Development'), O('Nordisk Policyanalys AB'),
  O('Regional Development Committee'), O('Mälardalen University'), O('Västerås Drive Systems AB')],
 [E('validation seminar', '2038-09-27', None, 'Västerås', 'Sweden'),
  E('Automation Days Västerås', '2037', None, 'Västerås', 'Sweden'),
  E('meeting', '2038-12-02'),
  E('annual meeting', '2039-02-09', None, 'Västerås', 'Sweden')],
 ['2034/2038', '2038-11-24', '2034', '2038-05/2038-10', '2038-09-27', '2037', '2038', '2039/2042', '2038-12-02',
  '2039-01-31', '2039-02-09'],
 None)

f = 'g14_olaine_farmacijas_forums_secinajumi.html'
OK = 'Olaines ķīmijas un farmācijas klasteris'
gold(f, '2042-04-29',
 [P('Līga Ozoliņa-Krūmiņa'),
  P('Andris Kalniņš', 'valdes priekšsēdētājs', OK),
  P('Inese Bērziņa-Vītola', 'priekšsēdētāja', 'Olaines novada domes'),
  P('Marta Liepiņa', 'direktore', 'Latvijas Organiskās sintēzes institūta'),
  P('Mikko Järvelä', 'vadītājs', 'Pharma Turku'),
  P('Kaspars Lūsis', 'ražošanas direktors', 'AS „Olainfarm”'),
  P('Dace Grīnberga', 'profesore', 'Rīgas Tehniskās universitātes'),
  P('Kadri Mets', 'pārstāve', 'Tartu Biotech OÜ'),
  P('Edgars Rudzītis', 'valsts sekretāra vietnieks', 'Ekonomikas ministrijas'),
  P('Jānis Vanags-Zariņš')],
 [O(OK), O('Olaines novada pašvaldība'), O('Latvijas Investīciju un attīstības aģentūra', 'LIAA'),
  O('Olaines novada domes'), O('Latvijas Organiskās sintēzes institūts'), O('Pharma Turku'), O('AS „Olainfarm”'),
  O('Rīgas Tehniskā universitāte'), O('Tartu Biotech OÜ'), O('Olaines Mehānikas un tehnoloģijas koledža'),
  O('Lietuvas biotehnoloģiju asociācija'), O('Ekonomikas ministrija')],
 [E('Farmācijas nākotnes forums 2042', '2042-04-16', None, 'Olaine', 'Latvia'),
  E('Uzņēmumu apmeklējums', '2042-04-16', None, 'Olaine', 'Latvia'),
  E('biedru kopsapulce', '2042-05-20', None, 'Olaine', 'Latvia'),
  E('mācību vizīte', '2042-09-10', None, 'Kauņa', 'Lithuania'),
  E('Farmācijas nākotnes forums', '2042-10', None, 'Ogrē', 'Latvia'),
  E('Farmācijas nākotnes forums', '2038', None, 'Olaine', 'Latvia'),
  E('Farmācijas nākotnes forums', '2039', None, 'Rīga', 'Latvia'),
  E('Farmācijas nākotnes forums', '2040', None, 'Olaine', 'Latvia'),
  E('Farmācijas nākotnes forums', '2041', None, 'Jelgava', 'Latvia')],
 ['2042-04-29', '2042-04-16', '2042-05-20', '2042-09-10', '2042-10', '2038', '2039', '2040', '2041', '2036'],
 km(f, 'Galvenie secinājumi</h2>', '</ol>') + km(f, 'Ieteikumi</h2>', '</ul>'))

f = 'g15_frosinone_pharma_conference_conclusions.txt'
LP = 'Lazio Pharma Valley Cluster'
gold(f, '2035-06-20',
 [P('Caterina De Santis-Bellomo', 'President', LP),
  P('Marcello Ferrante', 'President', LP),
  P('Giulia Rinaldi', 'Regional Councillor for Economic Development', 'Region of Lazio'),
  P("Siobhán O'Driscoll", 'CEO', 'BioPharmaChem Ireland'),
  P('Hans-Peter Aigner-Mautner', 'managing director', 'Health Technology Cluster Upper Austria'),
  P('Nadia El Amrani', 'Policy Officer', 'DG Health and Food Safety'),
  P('Lorenzo Pica Alfieri', None, 'Sanofi'),
  P('Francesca Tomassi', 'Cluster Manager', LP)],
 [O(LP, 'LPVC'), O('University of Cassino and Southern Lazio'), O('Lazio Innova S.p.A.'), O('Unindustria Frosinone'),
  O('Farmaceutici Ciociari S.p.A.'), O('Region of Lazio'), O('BioPharmaChem Ireland'),
  O('Health Technology Cluster Upper Austria'), O('European Commission'), O('DG Health and Food Safety'),
  O('ITS Academy'), O('Chamber of Commerce of Frosinone-Latina'), O('Sanofi')],
 [E('Anagni Life Sciences Conference 2035', '2035-06-05', '2035-06-06', 'Anagni, Frosinone', 'Italy'),
  E('gala dinner', '2035-06-05', None, 'Anagni', 'Italy'),
  E('B2B meetings', '2035-06-06', None, 'Frosinone', 'Italy'),
  E('plant visits', '2035-06-06'),
  E('meeting', '2035-10-01'),
  E('panel debate', '2035-07-03'),
  E('Interregional Pharma Forum', '2035-11', None, 'Barcelona', 'Spain'),
  E('Anagni Life Sciences Conference', '2034-11-20', '2034-11-21', 'Anagni', 'Italy')],
 ['2035-06-05/2035-06-06', '2035-06-20', '2038', '2035-10-01', '2035-07-03', '2035-11', '2034-11-20/2034-11-21',
  '2035-01', '2035-06'],
 km(f, 'two days of debate:', '5. Follow-up'))

f = 'g16_bjelovar_dairy_workshop_outcomes.txt'
BB = 'Bjelovar-Bilogora County Development Agency'
gold(f, '2036-10-27',
 [P('Ivana Horvat-Kolarić', 'project officer', 'BBDA'),
  P('Zdravko Marić-Babić', 'county prefect'),
  P('Goran Pavlić', 'director', BB),
  P('Tena Šimunović', None, 'Croatian Dairy Cluster'),
  P('Nikola Vuković', None, 'Bjelovar College of Applied Sciences')],
 [O(BB, 'BBDA'), O('Ministry of Agriculture'), O('Bjelovar College of Applied Sciences'), O('Hrvatski mliječni klaster'),
  O('OPG Kovačević'), O('OPG Jelinek'), O('Mljekara Bilogora d.o.o.'), O('Sirana Daruvar d.d.'),
  O('AgroSense Hrvatska d.o.o.'), O('Croatian Chamber of Economy')],
 [E('SMART DAIRY – DATA FROM FARM TO CREAMERY', '2036-10-14', None, 'Bjelovar', 'Croatia'),
  E('meeting', '2037-03-03', None, 'Daruvar', 'Croatia'),
  E("study visit to dairy cooperatives in Slovenia's Pomurje region", '2037-05', None, None, 'Slovenia')],
 ['2036-10-14', '2036-10-27', '2036', '2034', '2036-12-01', '2037-01/2037-03', '2037/2038', '2036-11-20', '2037-03-03',
  '2037-05'],
 km(f, 'at the report-back session:', 'Agreed actions') + km(f, 'Agreed actions', 'Next meeting'))

# g13: PDF text wraps the points over lines; join them by hand from the text
t = text('g13_vasteras_automation_cluster_evaluation.pdf')
def wrapped(a, b, bullet):
    seg = t[t.index(a) + len(a): t.index(b)]
    items = re.split(bullet, seg)
    return [re.sub(r'\s+', ' ', x).strip() for x in items if x.strip()]
G['g13_vasteras_automation_cluster_evaluation.pdf']['key_messages'] = (
    wrapped('Findings\n', 'Recommendations\n', r'(?m)^\d\.\s') + wrapped('Recommendations\n', 'Follow-up', r'•\s'))

for f, d in G.items():
    json.dump(d, open(os.path.join(HERE, os.path.splitext(f)[0] + '.json'), 'w'), ensure_ascii=False, indent=1)
    print(f, {k: len(v) for k, v in d.items() if isinstance(v, list)})
