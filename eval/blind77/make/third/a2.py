from t import *
doc='competitiveness-council-conclusions-clusters-2034-news.md'
t = text(doc)
km = [m.strip().rstrip('.') for m in re.findall(r'\d\. (.*?)(?= \d\. | ## )', t.split('In the adopted text, the Council:')[1].split('## What')[0] + ' ## ')]
W(doc, '2034-05-31', [
 P('Clayton Zammit Bonello', 'Minister for the Economy, Enterprise and Strategic Projects', None),
 P('Henna Virkkunen-Laine', 'Executive Vice-President', 'European Commission'),
 P('Kerstin Jorna-Berglund', 'Director-General for Internal Market, Industry, Entrepreneurship and SMEs', 'DG GROW'),
 P('Ana Paula Fonseca Rego', 'rapporteur', 'European Committee of the Regions'),
 P('Antonio Novo Guerrero', 'president', 'European Clusters Alliance'),
 P('Matthias Wachter-Klein', 'deputy director-general', 'BusinessEurope'),
 P('Véronique Willems-Dupuis', 'secretary-general', 'SMEunited'),
 P('Christian Ehler-Stein', 'rapporteur for the European Competitiveness Fund', 'Committee on Industry, Research and Energy'),
], [O('Council of the European Union'), O('Competitiveness Council'), O('European Commission'), O('DG GROW'),
 O("Working Party on Competitiveness and Growth"), O('European Clusters Alliance', 'ECA'), O('Expert Group on Clusters'),
 O('European Committee of the Regions', 'CoR'), O('European Cluster Collaboration Platform'), O('European Cluster Excellence Initiative'),
 O('BusinessEurope'), O('SMEunited'), O('European Parliament'), O('Committee on Industry, Research and Energy', 'ITRE'),
 O('European Cluster Policy Forum'), O('Malta Enterprise'), O('Malta Council for Economic and Social Development', 'MCESD')],
 [E('Competitiveness Council', '2034-05-30', None, 'Brussels', 'Belgium'),
  E('European Cluster Conference', '2034-03-27', '2034-03-28', 'Valletta', 'Malta'),
  E('Competitiveness Council', '2034-11-27'),
  E('European Cluster Policy Forum meeting', '2034-09', None, 'Brussels', 'Belgium'),
  E('informal meeting of cluster policy makers', '2034-06-15', '2034-06-16', 'Gozo', 'Malta')],
 ['2034-05-31', '2034-05-30', '2008', '2034-01', '2021/2027', '2035/2041', '2034-02/2034-05', '2034-03-27/2034-03-28', '2034-03-14',
  '2036', '2033', '2034', '2034-11-27', '2034-09', '2034-06-15/2034-06-16', '2034-04'], km)
print(km)

W('hkdp-javni-poziv-inovacijski-vauceri-2034.txt', '2034-03-01', [
 P('Amra Hadžiosmanović-Pehlivan', 'koordinatorica programa vaučera', 'Hercegovački klaster drvne prerade i namještaja'),
 P('Dragan Ćorić', 'direktor', 'Hercegovački klaster drvne prerade i namještaja'),
], [O('Hercegovački klaster drvne prerade i namještaja', 'HKDP'), O('Federalnim ministarstvom razvoja, poduzetništva i obrta', 'FMRPO'),
 O('Mašinski fakultet Univerziteta "Džemal Bijedić" u Mostaru'), O('Šumarski fakultet Univerziteta u Sarajevu'),
 O('Institut za zaštitu i ekologiju Republike Srpske'), O('Drvni tehnološki centar Prozor-Rama d.o.o.'),
 O('Instituta za intelektualno vlasništvo Bosne i Hercegovine'), O('Porezne uprave Federacije BiH'),
 O('Privrednom komorom Hercegovačko-neretvanskog kantona'), O('Regionalnom razvojnom agencijom za Hercegovinu', 'REDAH'),
 O('Njemačkog društva za međunarodnu saradnju', 'GIZ')],
 [E('Info-dan', '2034-03-16', None, 'Mostar', 'Bosnia and Herzegovina')],
 ['2034-03-01', '2034-02-23', '2034', '2033-12-31', '2033', '2034-03-16', '2034-03-14', '2034-04-04', '2034-04-14', '2034-05-15', '2034-11-30'])

W('intervista-direttrice-polo-meccatronica-rovereto-2034.md', '2034-09-21', [
 P('Federica Zanoni Dallapiccola', 'direttrice', 'Polo Meccatronica Trentino'),
 P('Matteo Giovanazzi'),
 P('Claudio Pedrotti'),
 P('Lukas Pfisterer-Wagner', 'direttore generale', 'Standortagentur Tirol'),
 P('Elisa Tomasi', 'responsabile qualità', 'Polo Meccatronica Trentino'),
 P('Roberta Weber Facchini', 'assessore allo sviluppo economico', 'Provincia autonoma di Trento'),
 P('Daniele Mosna'),
], [O('Polo Meccatronica Trentino'), O('Progetto Manifattura'), O('Fondazione Bruno Kessler', 'FBK'), O('Università degli Studi di Trento'),
 O('Bonfiglioli S.p.A.'), O('Trentino Sviluppo S.p.A.'), O('Istituto Tecnico Tecnologico "Guglielmo Marconi"'), O('Fondazione Demarchi'),
 O('Trentino Digital Hub'), O('Mechatronik-Cluster'), O('Business Upper Austria'), O('Cluster Mechatronik & Automation e.V.'),
 O('Standortagentur Tirol'), O('Marangoni S.p.A.'), O('Dana Motion Systems Italia'), O('Mart'), O('European Cluster Excellence Initiative'),
 O('Provincia autonoma di Trento'), O('ALP-MECH'), O('Enterprise Europe Network'), O('Hub Innovazione Trentino'), O('ProM Facility')],
 [E('Forum della Meccatronica Alpina', '2034-10-05', '2034-10-06', 'Rovereto', 'Italy'),
  E('incontri B2B', '2034-10-06', None, 'Rovereto', 'Italy'), E('visite aziendali', '2034-10-06', None, None, 'Italy'),
  E('cena di gala', '2034-10-05', None, 'Rovereto', 'Italy'),
  E('comitato di pilotaggio del partenariato', '2034-11-16', None, 'Rovereto', 'Italy')],
 ['2034-09-21', '2034-07-01', '2022', '2035', '2034-10-05/2034-10-06', '2034-10-05', '2034-06', '2035/2041', '2034-11-16', '2034-09-15', '2033'])

W('kocaeli-otomotiv-kumesi-haberler-sayfa-2.html', None, [
 P('Serkan Yıldırımoğlu', 'Yönetim Kurulu Başkanlığına', 'KOTEK'),
 P('Figen Akçalı', 'Denetim Kurulu üyeliklerine', 'KOTEK'),
 P('Hüseyin Tekeli', 'Denetim Kurulu üyeliklerine', 'KOTEK'),
 P('Elif Karabulut Şen', 'Kümelenme Koordinatörü', 'KOTEK'),
 P('Mehmet Ali Erkoç', 'Genel Müdürü', 'Bilişim Vadisi'),
 P('Zeynep Oğuz Demirtaş', 'Genel Müdürü', 'Marmara Geri Dönüşüm A.Ş.'),
 P('Katrin Müller-Hagedorn', 'Proje Müdürü', 'automotive-bw'),
 P('Burak Çelebioğlu', 'Genel Sekreter', 'KOTEK'),
 P('Aslı Güngör Baykal', 'Müdür', 'Model Fabrika'),
 P('Sevgi Arslantaş'),
 P('Levent Karaosmanoğlu', 'komite başkanı', 'Kocaeli Sanayi Odası Otomotiv Yan Sanayi Meslek Komitesi'),
 P('Onur Taşdelen'),
], [O('Kocaeli Otomotiv Tedarikçileri Kümelenmesi Derneği', 'KOTEK'), O('Gebze Teknik Üniversitesi'), O('T.C. Ticaret Bakanlığı'),
 O('KOSGEB Kocaeli Müdürlüğü'), O('Kocaeli Sanayi Odası', 'KSO'), O('Bilişim Vadisi'), O('Marmara Geri Dönüşüm A.Ş.'),
 O('Dilovası Kalıp San. ve Tic. Ltd. Şti.'), O('Körfez Kablo Sistemleri A.Ş.'), O('Kartepe Plastik Enjeksiyon Ltd. Şti.'), O('automotive-bw'),
 O('Avrupa Kümelenme İşbirliği Platformu', 'ECCP'), O('Model Fabrika Kocaeli'), O('Kocaeli Üniversitesi Mühendislik Fakültesi'),
 O('Kocaeli Sanayi Odası Otomotiv Yan Sanayi Meslek Komitesi'), O('TÜBİTAK Marmara Araştırma Merkezi', 'MAM')],
 [E('Olağan Genel Kurul', '2034-03-25', None, 'Gebze', 'Türkiye'), E('Ur-Ge ihtiyaç analizi toplantısı', '2034-04-04', None, 'İzmit', 'Türkiye'),
  E('Batarya Geri Dönüşümünde Yerli Çözümler', '2034-03-14'), E('Yönetim Kurulu toplantısı', '2034-03-06'),
  E('Baden-Württemberg heyeti ziyareti', '2034-02-22', '2034-02-24', None, 'Türkiye'),
  E('Automechanika Istanbul', '2034-06-08', '2034-06-11', 'Istanbul', 'Türkiye'),
  E('The Battery Show Europe', '2034-06-20', '2034-06-22', 'Stuttgart', 'Germany'),
  E('IAA Transportation', '2034-09-19', '2034-09-24', 'Hannover', 'Germany'),
  E('mentorluk programı kapanış toplantısı', '2034-06'), E('KSO Otomotiv Meslek Komitesi ortak toplantı', '2034-01-26'),
  E('Hidrojen yakıt hücreli araçlar webinarı', '2034-01-19'),
  E("Üye buluşması: Avrupa'da karbon sınırı ve tedarikçiler", '2034-04-18', None, 'Gebze', 'Türkiye')],
 ['2034-03-28', '2034-03-25', '2034/2037', '2034-03-21', '2034-04-04', '2034-03-14', '2034-03-07', '2034-03-06', '2034-02-27',
  '2034-02-22/2034-02-24', '2034-02-20', '2034-02-13', '2034-06-08/2034-06-11', '2034-06-20/2034-06-22', '2034-09-19/2034-09-24',
  '2034-03-31', '2034-02-06', '2034-06', '2034-01-30', '2034-01-26', '2034-01-23', '2034-01-19', '2034-04-18'])
import datetime as dt
for s,w in [('2034-05-30','Tue'),('2034-03-16','Thu'),('2034-04-14','Fri'),('2034-03-25','Sat'),('2034-03-14','Tue'),('2034-01-19','Thu'),('2035-02-15','Thu'),('2035-02-16','Fri'),('2034-11-14','Tue'),('2034-11-15','Wed'),('2035-04-12','Thu')]:
    print(s, w, dt.date.fromisoformat(s).strftime('%a'))
