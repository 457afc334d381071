from h import *
F = 'kocaeli-otomotiv-kumesi-haberler-sayfa-2.html'
assert wd(2034,3,14)=='Tuesday' and wd(2034,4,18)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8"><title>Haberler – Sayfa 2 | KOTEK Kocaeli Otomotiv Tedarikçileri Kümelenmesi</title></head>
<body>
<div class="cookie-bar">Bu web sitesi, deneyiminizi iyileştirmek için çerezler kullanır. Siteyi kullanmaya devam ederek <a href="/kvkk">KVKK Aydınlatma Metni</a>'ni kabul etmiş sayılırsınız. <button>Kabul Et</button> <button>Ayarlar</button></div>
<header><a href="/">KOTEK</a>
<nav><a href="/hakkimizda">Hakkımızda</a> | <a href="/uyeler">Üyelerimiz</a> | <a href="/projeler">Projeler</a> | <a href="/haberler" class="active">Haberler</a> | <a href="/etkinlikler">Etkinlikler</a> | <a href="/iletisim">İletişim</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Ana Sayfa › Haberler › Sayfa 2</p>
<h1>Haberler</h1>

<article><p class="date">28 Mart 2034</p>
<h2><a href="/haberler/genel-kurul-2034">KOTEK Olağan Genel Kurulu Gebze'de toplandı</a></h2>
<p>Derneğimizin 2034 yılı Olağan Genel Kurulu 25 Mart 2034 Cumartesi günü Gebze Teknik Üniversitesi Konferans Salonu'nda 61 üyenin katılımıyla yapıldı. Yönetim Kurulu Başkanlığına yeniden seçilen Av. Serkan Yıldırımoğlu, 2034–2037 döneminde elektrikli araç tedarik zincirine odaklanacaklarını söyledi. Genel Kurulda Denetim Kurulu üyeliklerine Figen Akçalı ile Hüseyin Tekeli seçildi.</p>
<a href="/haberler/genel-kurul-2034">Devamını oku »</a></article>

<article><p class="date">21 Mart 2034</p>
<h2><a href="/haberler/ur-ge-ihracat">Ur-Ge projemizin ikinci fazı başladı</a></h2>
<p>T.C. Ticaret Bakanlığı tarafından desteklenen Ur-Ge projemizin ikinci fazında 24 firma yer alıyor. Kümelenme Koordinatörü Dr. Elif Karabulut Şen, ilk ihtiyaç analizi toplantısının 4 Nisan 2034 tarihinde İzmit'te yapılacağını duyurdu. Eğitimler KOSGEB Kocaeli Müdürlüğü ve Kocaeli Sanayi Odası (KSO) iş birliğiyle yürütülecek.</p>
<a href="/haberler/ur-ge-ihracat">Devamını oku »</a></article>

<article><p class="date">14 Mart 2034</p>
<h2><a href="/haberler/batarya-calistayi">Batarya geri dönüşümü çalıştayı yoğun ilgi gördü</a></h2>
<p>14 Mart 2034 Salı günü Bilişim Vadisi'nde düzenlenen "Batarya Geri Dönüşümünde Yerli Çözümler" çalıştayına 90'ı aşkın katılımcı geldi. Çalıştayın açılış konuşmasını Bilişim Vadisi Genel Müdürü Prof. Dr. Mehmet Ali Erkoç yaptı; Marmara Geri Dönüşüm A.Ş. Genel Müdürü Zeynep Oğuz Demirtaş ise pilot tesis planlarını anlattı.</p>
<a href="/haberler/batarya-calistayi">Devamını oku »</a></article>

<article><p class="date">7 Mart 2034</p>
<h2><a href="/haberler/yeni-uyeler">Aramıza üç yeni üye katıldı</a></h2>
<p>Yönetim Kurulumuzun 6 Mart 2034 tarihli toplantısında Dilovası Kalıp San. ve Tic. Ltd. Şti., Körfez Kablo Sistemleri A.Ş. ve Kartepe Plastik Enjeksiyon Ltd. Şti. üyeliğe kabul edildi. Böylece üye sayımız 87'ye ulaştı. Yeni üyelerimize hoş geldiniz diyoruz.</p>
<a href="/haberler/yeni-uyeler">Devamını oku »</a></article>

<article><p class="date">27 Şubat 2034</p>
<h2><a href="/haberler/almanya-heyeti">Baden-Württemberg heyeti küme üyelerimizi ziyaret etti</a></h2>
<p>Stuttgart merkezli automotive-bw kümelenmesinden 12 kişilik heyet, 22–24 Şubat 2034 tarihleri arasında Kocaeli'deki üye firmalarımızı ziyaret etti. Heyete Proje Müdürü Dr. Katrin Müller-Hagedorn başkanlık etti. Ziyaret, Avrupa Kümelenme İşbirliği Platformu (ECCP) üzerinden kurulan temasın devamı niteliğinde.</p>
<a href="/haberler/almanya-heyeti">Devamını oku »</a></article>

<article><p class="date">20 Şubat 2034</p>
<h2><a href="/haberler/yetkinlik-merkezi">Dijital dönüşüm için yetkinlik merkezi ile protokol imzalandı</a></h2>
<p>KOTEK ile Model Fabrika Kocaeli arasında imzalanan protokol kapsamında üyelerimiz yalın üretim ve dijitalleşme eğitimlerinden indirimli yararlanacak. Protokolü KOTEK adına Genel Sekreter Burak Çelebioğlu, Model Fabrika adına Müdür Aslı Güngör Baykal imzaladı.</p>
<a href="/haberler/yetkinlik-merkezi">Devamını oku »</a></article>

<article><p class="date">13 Şubat 2034</p>
<h2><a href="/haberler/fuar-takvimi">2034 fuar takvimi yayımlandı</a></h2>
<p>Küme olarak milli katılım organizasyonu yapacağımız fuarlar belli oldu: Automechanika Istanbul (8–11 Haziran 2034), The Battery Show Europe (Stuttgart, 20–22 Haziran 2034) ve IAA Transportation (Hannover, 19–24 Eylül 2034). Başvurular 31 Mart 2034 tarihine kadar üye portalı üzerinden alınacaktır.</p>
<a href="/haberler/fuar-takvimi">Devamını oku »</a></article>

<article><p class="date">6 Şubat 2034</p>
<h2><a href="/haberler/kadin-muhendisler">"Otomotivde Kadın Mühendisler" mentorluk programı</a></h2>
<p>Kocaeli Üniversitesi Mühendislik Fakültesi ile birlikte yürüttüğümüz mentorluk programının üçüncü dönemi başladı. Programın koordinatörlüğünü Doç. Dr. Sevgi Arslantaş üstleniyor. Kapanış toplantısı Haziran 2034'te yapılacak.</p>
<a href="/haberler/kadin-muhendisler">Devamını oku »</a></article>

<article><p class="date">30 Ocak 2034</p>
<h2><a href="/haberler/kso-toplantisi">KSO Otomotiv Meslek Komitesi ile ortak toplantı</a></h2>
<p>Kocaeli Sanayi Odası Otomotiv Yan Sanayi Meslek Komitesi ile 26 Ocak 2034 tarihinde ortak toplantı yapıldı. Toplantıda komite başkanı Levent Karaosmanoğlu, enerji maliyetlerinin tedarikçiler üzerindeki etkisine dikkat çekti.</p>
<a href="/haberler/kso-toplantisi">Devamını oku »</a></article>

<article><p class="date">23 Ocak 2034</p>
<h2><a href="/haberler/hidrojen-webinari">Hidrojen yakıt hücreli araçlar webinarı</a></h2>
<p>TÜBİTAK Marmara Araştırma Merkezi (MAM) uzmanlarının katıldığı webinar 19 Ocak 2034 Perşembe günü çevrim içi yapıldı. Sunumu yapan Dr. Onur Taşdelen, yerli yakıt hücresi yığınlarının test sonuçlarını paylaştı.</p>
<a href="/haberler/hidrojen-webinari">Devamını oku »</a></article>

<nav class="pagination"><a href="/haberler?sayfa=1">« Önceki</a> <a href="/haberler?sayfa=1">1</a> <span class="current">2</span> <a href="/haberler?sayfa=3">3</a> <a href="/haberler?sayfa=4">4</a> … <a href="/haberler?sayfa=11">11</a> <a href="/haberler?sayfa=3">Sonraki »</a></nav>
</main>
<aside><h3>Yaklaşan Etkinlikler</h3>
<ul><li>4 Nisan 2034 – Ur-Ge ihtiyaç analizi toplantısı, İzmit</li>
<li>18 Nisan 2034 – Üye buluşması: "Avrupa'da karbon sınırı ve tedarikçiler", Gebze</li></ul>
<h3>Etiketler</h3><p>elektrikli araç · batarya · ihracat · Ur-Ge · eğitim · üyelik</p></aside>
<footer><p>KOTEK – Kocaeli Otomotiv Tedarikçileri Kümelenmesi Derneği · Yeni Mahalle, Sanayi Cd. No: 14, 41400 Gebze/Kocaeli · Tel: +90 262 555 14 14 · info@kotek.org.tr</p>
<p>© 2034 KOTEK. Tüm hakları saklıdır. | <a href="/kvkk">KVKK</a> | <a href="/gizlilik">Gizlilik Politikası</a></p>
<p>Takip edin: LinkedIn · X · YouTube</p></footer>
</body></html>
"""
write(F, T)
gold(F, [
 P("Serkan Yıldırımoğlu", "Yönetim Kurulu Başkanlığına", "KOTEK"),
 P("Figen Akçalı", "Denetim Kurulu üyeliklerine", None),
 P("Hüseyin Tekeli", "Denetim Kurulu üyeliklerine", None),
 P("Elif Karabulut Şen", "Kümelenme Koordinatörü", None),
 P("Mehmet Ali Erkoç", "Genel Müdürü", "Bilişim Vadisi"),
 P("Zeynep Oğuz Demirtaş", "Genel Müdürü", "Marmara Geri Dönüşüm A.Ş."),
 P("Katrin Müller-Hagedorn", "Proje Müdürü", "automotive-bw"),
 P("Burak Çelebioğlu", "Genel Sekreter", "KOTEK"),
 P("Aslı Güngör Baykal", "Müdür", "Model Fabrika Kocaeli"),
 P("Sevgi Arslantaş", "koordinatörlüğünü", None),
 P("Onur Taşdelen", None, None),
 P("Levent Karaosmanoğlu", "komite başkanı", "Kocaeli Sanayi Odası Otomotiv Yan Sanayi Meslek Komitesi"),
],[
 O("Kocaeli Otomotiv Tedarikçileri Kümelenmesi Derneği","KOTEK"),
 O("Gebze Teknik Üniversitesi"),
 O("T.C. Ticaret Bakanlığı"),
 O("KOSGEB Kocaeli Müdürlüğü"),
 O("Kocaeli Sanayi Odası","KSO"),
 O("Bilişim Vadisi"),
 O("Marmara Geri Dönüşüm A.Ş."),
 O("Dilovası Kalıp San. ve Tic. Ltd. Şti."),
 O("Körfez Kablo Sistemleri A.Ş."),
 O("Kartepe Plastik Enjeksiyon Ltd. Şti."),
 O("automotive-bw"),
 O("Avrupa Kümelenme İşbirliği Platformu","ECCP"),
 O("Model Fabrika Kocaeli"),
 O("Kocaeli Üniversitesi Mühendislik Fakültesi"),
 O("TÜBİTAK Marmara Araştırma Merkezi","MAM"),
 O("Kocaeli Sanayi Odası Otomotiv Yan Sanayi Meslek Komitesi"),
],[
 E("KOTEK Olağan Genel Kurulu","2034-03-25","2034-03-25","Gebze","Türkiye"),
 E("ilk ihtiyaç analizi toplantısı","2034-04-04","2034-04-04","İzmit","Türkiye"),
 E("Batarya Geri Dönüşümünde Yerli Çözümler","2034-03-14","2034-03-14",None,None),
 E("Yönetim Kurulumuzun 6 Mart 2034 tarihli toplantısı","2034-03-06","2034-03-06",None,None),
 E("Baden-Württemberg heyeti ziyareti","2034-02-22","2034-02-24","Kocaeli","Türkiye"),
 E("Automechanika Istanbul","2034-06-08","2034-06-11","Istanbul","Türkiye"),
 E("The Battery Show Europe","2034-06-20","2034-06-22","Stuttgart","Germany"),
 E("IAA Transportation","2034-09-19","2034-09-24","Hannover","Germany"),
 E("Otomotivde Kadın Mühendisler mentorluk programı kapanış toplantısı","2034-06","2034-06",None,None),
 E("KSO Otomotiv Meslek Komitesi ile ortak toplantı","2034-01-26","2034-01-26",None,None),
 E("Hidrojen yakıt hücreli araçlar webinarı","2034-01-19","2034-01-19",None,None),
 E("Üye buluşması: Avrupa'da karbon sınırı ve tedarikçiler","2034-04-18","2034-04-18","Gebze","Türkiye"),
],["2034-03-28","2034-03-25","2034-03-21","2034-04-04","2034-03-14","2034-03-07","2034-03-06","2034-02-27","2034-02-22/2034-02-24","2034-02-20","2034-02-13","2034-06-08/2034-06-11","2034-06-20/2034-06-22","2034-09-19/2034-09-24","2034-03-31","2034-02-06","2034-06","2034-01-30","2034-01-26","2034-04-18","2034/2037","2034-01-23","2034-01-19","2034"],[])
