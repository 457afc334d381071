from t import *
doc = 'norrbotten-processindustri-arsmote-2034-sammanfattning.docx'
raw = ns['read_doc']('eval/blind77/docs/' + doc)
sec = raw.split('3. Beslut')[1].split('4. Val av styrelse')[0]
km = [l.strip().rstrip('.') for l in sec.splitlines() if l.strip()]
W(doc, None, [
 P('Ann-Sofie Lindqvist Björk', 'ordförande', 'SSAB Luleå'),
 P('Per-Olof Hedström', 'mötesordförande', None),
 P('Jonna Pekkari', 'verksamhetsledare', 'Föreningen Processindustrin i Norrbotten'),
 P('Mattias Wiklund', 'vice ordförande', 'LKAB'),
 P('Sara Nilsson Kuoppa', 'ledamot', 'Smurfit Westrock Piteå'),
 P('Tomas Lundmark', 'auktoriserad revisor', 'Norrlandsrevision AB'),
 P('Kerstin Holmgren Åström', 'sammankallande', None),
 P('Hans-Erik Rönnbäck', None, 'Boliden Rönnskär'),
 P('Helena Stålnacke', 'ledamot', 'Luleå tekniska universitet'),
 P('Jukka Vuorinen', 'ledamot', 'Outokumpu Stainless AB'),
 P('Emil Lejon', 'ledamot', 'Hybrit Development AB'),
 P('Maria Nordlander', 'suppleant', 'Piteå Science Park'),
 P('Lena Mäki', 'revisorssuppleant', None),
 P('Anders Kemi', None, 'Swerim AB'),
 P('Ingrid van der Velde', 'programansvarig', 'Europeiska kommissionens generaldirektorat för regional- och stadspolitik'),
 P('Niko Salmenkivi', None, 'Oulun kauppakamari'),
 P('Linnea Sarri', 'representant', 'Region Norrbotten'),
], [O('Föreningen Processindustrin i Norrbotten', 'PiN'), O('Luleå tekniska universitet'), O('Region Norrbotten'), O('Business Sweden'), O('Vinnova'),
 O('SSAB Luleå'), O('LKAB'), O('Smurfit Westrock Piteå'), O('Norrlandsrevision AB'), O('Boliden Rönnskär'), O('Outokumpu Stainless AB'),
 O('Hybrit Development AB'), O('Piteå Science Park'), O('Swerim AB'),
 O('Europeiska kommissionens generaldirektorat för regional- och stadspolitik', 'GD REGIO'), O('Oulun kauppakamari'), O('Processum'),
 O('European Clusters Alliance', 'ECA')],
 [E('årsmötet 2034', '2034-04-19', None, 'Luleå', 'Sweden'),
  E('Norrbotten Green Steel Days', '2033-10-10', '2033-10-11', 'Luleå', 'Sweden'),
  E('studieresa till Rotterdamsregionen', '2033-05', None, None, 'Netherlands'),
  E('medlemsfrukost', '2034-09-07', None, 'Kiruna', 'Sweden'),
  E('Norrbotten Green Steel Days 2034', '2034-10-17', '2034-10-18', 'Luleå', 'Sweden'),
  E('gemensamma klusterdagen med Processum', '2034-11', None, 'Örnsköldsvik', 'Sweden'),
  E('middag', '2034-04-19', None, 'Luleå', 'Sweden')],
 ['2034-04-19', '2034-03-20', '2033', '2033-10-10/2033-10-11', '2033-05', '2035', '2034/2036', '2034/2035', '2034-09-07',
  '2034-10-17/2034-10-18', '2034-11', '2034-06', '2034-05-03'], km)
print(km)

W('presov-it-valley-east-digital-summit-recap-cut.html', '2034-06-19', [
 P('Lenka Ferencová'),
 P('Dominika Sopková-Lipták', 'president', 'Prešov Self-Governing Region'),
 P('Marek Hudák', 'chairman', 'Šariš IT Cluster'),
 P('Aleksandra Wójcik-Novak', 'Head of Unit', 'Directorate-General for Communications Networks, Content and Technology'),
 P('Štefan Girgaš', None, 'Spinea s.r.o.'),
 P('Ewa Kaczmarczyk', None, 'Podkarpackie Aviation Valley Association'),
 P('Jana Kolesárová', None, 'Faculty Hospital J. A. Reiman'),
 P('Nikolai Hrytsenko', None, 'Uzhhorod National University'),
 P('Patrik Ondrejka', 'student', 'University of Prešov'),
 P('Ivana Kráľová', "head of the city's smart-city department", None),
 P('Tomáš Hromada', None, 'IT Academy'),
 P('Zuzana Peťková', 'cluster manager', 'Šariš IT Cluster'),
], [O('Šariš IT Cluster', 'SITK'), O('Prešov Self-Governing Region'), O('Technical University of Košice'), O('University of Prešov'),
 O('Saris Soft Solutions s.r.o.'), O('European Commission'), O('Directorate-General for Communications Networks, Content and Technology', 'DG CONNECT'),
 O('AI Factories network'), O('European High Performance Computing Joint Undertaking', 'EuroHPC JU'), O('Spinea s.r.o.'),
 O('Podkarpackie Aviation Valley Association'), O('Faculty Hospital J. A. Reiman'), O('Uzhhorod National University'), O('Košice IT Valley'),
 O('IT Academy'), O('Slovak Business Agency')],
 [E('sixth East Digital Summit', '2034-06-13', '2034-06-14', 'Prešov', 'Slovakia'),
  E('IT Talent of the East prize', '2034-06-13', None, 'Prešov', 'Slovakia'),
  E('Data for Šariš', '2034-06-14', None, 'Prešov', 'Slovakia'),
  E('job fair', '2034-06-14', None, 'Prešov', 'Slovakia'),
  E('first course', '2034-09-28', None, 'Rzeszów', 'Poland'),
  E('seventh East Digital Summit', '2035-06'),
  E('AI Clinic for Manufacturers', '2034-10', None, None, None)],
 ['2034-06-19', '2034-06-13/2034-06-14', '2015', '2034-09-28', '2035-06', '2034-10', '2035', '2034-09'])

doc = 'trnava-automotive-cluster-bursa-mission-report-2034.md'
t = text(doc)
km = [m.strip().rstrip('.') for m in re.findall(r'\d\. (.*?)(?= \d\. | ## )', t.split('## 6. Recommendations')[1].split('## 7.')[0] + ' ## ')]
W(doc, '2034-10-30', [
 P('Martina Kollárová', 'International Relations Manager', 'Western Slovakia Automotive Cluster'),
 P('Juraj Baláž', 'chairman', 'Trnavská Strojárska, a.s.'),
 P('Zuzana Hrnčiarová', 'vice-dean for cooperation with industry', 'Faculty of Materials Science and Technology'),
 P('Peter Kubiš', 'head of its department of regional development', 'Trnava Self-Governing Region'),
 P('Ivan Ďurčo', 'commercial counsellor', 'Embassy of the Slovak Republic in Ankara'),
 P('Mehmet Emin Karaca', 'vice-president', 'Bursa Chamber of Commerce and Industry'),
 P('Ayşe Nur Güleryüz', 'general secretary', "Uludağ Automotive Industry Exporters' Association"),
 P('Lucia Vrabcová-Schmidt', 'Ambassador', None),
 P('Levent Öztürk-Yavuz', 'director', 'BUTEKOM'),
 P('Selin Aydoğan', None, 'TOGG'),
], [O('Western Slovakia Automotive Cluster', 'WSAC'), O('Trnava Self-Governing Region'), O('Slovak Investment and Trade Development Agency', 'SARIO'),
 O("Uludağ Automotive Industry Exporters' Association", 'OIB'), O('Trnavská Strojárska, a.s.'), O('Hlohovec Tooling s.r.o.'),
 O('Piešťany Castings a.s.'), O('Senica Wire Systems s.r.o.'), O('Galanta Plastics s.r.o.'), O('SmartLine Automation s.r.o.'),
 O('Slovak University of Technology in Bratislava', 'STU'), O('Faculty of Materials Science and Technology'),
 O('Embassy of the Slovak Republic in Ankara'), O('Bursa Chamber of Commerce and Industry', 'BTSO'),
 O('Oyak Renault Otomobil Fabrikaları A.Ş.'), O('Bosch Sanayi ve Ticaret A.Ş.'), O('Nilüfer Döküm Ltd. Şti.'), O('BUTEKOM'), O('TOGG'),
 O('Secondary Technical School in Trnava')],
 [E('Business Mission to Bursa', '2034-10-16', '2034-10-19', 'Bursa', 'Türkiye'),
  E('European Cluster Conference', '2034-03', None, 'Vienna', 'Austria'),
  E('welcome dinner', '2034-10-16', None, 'Bursa', 'Türkiye'),
  E('Slovakia–Türkiye Automotive Supplier Day', '2034-10-17', None, 'Bursa', 'Türkiye'),
  E('B2B meetings', '2034-10-17', None, 'Bursa', 'Türkiye'),
  E('Company visits', '2034-10-18', None, 'Bursa', 'Türkiye'),
  E('visit to the BUTEKOM technology centre', '2034-10-18', None, 'Bursa', 'Türkiye'),
  E('Visit to the TOGG plant', '2034-10-19', None, 'Gemlik', 'Türkiye'),
  E('Automechanika Istanbul', '2035-06', None, 'Istanbul', 'Türkiye'),
  E('reverse mission of Bursa companies to Trnava', '2035', None, 'Trnava', 'Slovakia'),
  E('WSAC board meeting', '2034-11-21', None, 'Trnava', 'Slovakia')],
 ['2034-10-30', '2034-10-16/2034-10-19', '2034-03', '2034-10-16', '2035/2040', '2034-10-17', '2034-10-18', '2034-10-19', '2034-12',
  '2035-06', '2035', '2035-03', '2034-11-21', '2034-11-30'], km)
print(km)

W('vaasa-energy-cluster-linkedin-post-wind-week-2034.txt', None, [
 P('Johanna Mäkelä-Sundqvist', 'Cluster Director', 'Ostrobothnian Energy Cluster'),
 P('Ville Rantanen-Koski', 'Minister of Economic Affairs', None),
 P('Astrid Bjørnstad', 'Head of Supply Chain Programmes', 'Offshore Wind Norway'),
 P('Kristian Nyholm', 'Chair of the board', 'Ostrobothnian Energy Cluster'),
 P('Petteri Hautala', 'Project Manager', 'Ostrobothnian Energy Cluster'),
 P('Sofia Granholm', None, 'Ostrobothnian Energy Cluster'),
 P('Mikko Rautiainen', 'CEO', 'Botnia Steel Structures Oy'),
 P('Satu Ylikoski-Grönlund', 'Kehitysjohtaja', 'Pohjanmaan liitto'),
 P('Hiroshi Tanabe', 'Senior Manager, Europe Business Development', 'Sumitomo Electric Industries, Ltd.'),
 P('Linda Sjöberg-Westerlund', 'Head of Innovation Services', 'Wasa Innovation Center'),
 P('Jae-won Park', 'Manager', 'Korea Offshore Wind Association'),
], [O('Ostrobothnian Energy Cluster'), O('Wasa Innovation Center'), O('University of Vaasa'), O('Offshore Wind Norway'), O('Wärtsilä Energy'),
 O('Hitachi Energy'), O('Novia University of Applied Sciences'), O('City of Vaasa'), O('Regional Council of Ostrobothnia'), O('Business Finland'),
 O('Botnia Steel Structures Oy'), O('Sumitomo Electric Industries, Ltd.'), O('Korea Offshore Wind Association', 'KOWA')],
 [E('Nordic Offshore Wind Supply Chain Days', '2034-03-21', '2034-03-23', 'Vaasa', 'Finland'),
  E('EnergyWeek Vaasa 2034', '2034-08-29', '2034-09-01', 'Vaasa', 'Finland'),
  E('Korea Offshore Wind Expo', '2034-10', None, 'Busan', 'South Korea')],
 ['2034-03-21/2034-03-23', '2034/2036', '2035', '2034-08-29/2034-09-01', '2034-06', '2034-03-31', '2034-10', '2034-08'])
import datetime as dt
for s in ['2034-04-19','2034-10-16','2034-10-17','2034-10-18','2034-10-19','2034-03-21','2034-03-23','2034-03-31']:
    print(s, dt.date.fromisoformat(s).strftime('%a'))
