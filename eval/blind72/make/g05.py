from h import *
TR = ['Pazartesi','Salı','Çarşamba','Perşembe','Cuma','Cumartesi','Pazar']
import datetime
tw = lambda y, m, d: TR[datetime.date(y, m, d).weekday()]
F = 'eskisehir-rayli-sistemler-kumelenmesi-degerlendirme-2034.md'
S = ["Kümelenmenin üye sayısı istikrarlı biçimde artmaktadır; 61 üyenin 47'si Eskişehir, Kütahya ve Bilecik'teki KOBİ'lerdir",
 "Eskişehir Teknik Üniversitesi ile yakın iş birliği ortak projelerde ve öğrenci stajlarında somut sonuç vermektedir",
 "Kümelenme ekibi deneyimlidir; üyeler ekibin ulaşılabilirliğini ve hızını takdir etmektedir",
 "Kümelenme üyelerini Ufuk Avrupa ve COSME kapsamındaki üç uluslararası projeye başarıyla dahil etmiştir"]
I = ["Kümelenmenin güncel bir stratejisi yoktur; son strateji belgesi 2028–2032 dönemini kapsamaktadır",
 "Üye aidatları bütçenin yalnızca %17'sini oluşturmakta, kümelenme proje finansmanına bağımlı kalmaktadır",
 "Üye memnuniyetinin ve sonuç göstergelerinin düzenli ölçümü yapılmamaktadır",
 "Uluslararası iş birliği Almanya ve Macaristan ile sınırlıdır; Kuzey ve Batı Avrupa'dan ortak eksiktir",
 "İngilizce web sitesi ve tanıtım materyalleri yetersizdir"]
T = f"""# Değerlendirme Özeti: Eskişehir Raylı Sistemler Kümelenmesi Derneği

**ESCA metodolojisine göre kıyaslama (benchmarking) · Rapor tarihi: 9 Ekim 2034 {tw(2034,10,9)}**

*Değerlendirici:* Dr. Öğr. Üyesi Zeynep Karaosmanoğlu, ESCA sertifikalı kıyaslama uzmanı (Ankara)
*Saha ziyareti ve görüşmeler:* 18–19 Eylül 2034, Eskişehir
*Önceki değerlendirme:* 2030 (Bronz Etiket)

---

## 1. Giriş

Eskişehir Raylı Sistemler Kümelenmesi Derneği (ERSK), lokomotif ve vagon üreticilerini, alt yüklenicileri, yazılım firmalarını ve araştırma kurumlarını bir araya getirmektedir. Kümelenme 2013 yılında bir iş birliği protokolüyle kurulmuş, 2017'den bu yana dernek olarak faaliyet göstermektedir. Merkezi Eskişehir Organize Sanayi Bölgesi'ndedir. Üyelerin büyük bölümü bölgedeki ana raylı araç üreticisinin tedarik zincirinde yer almakta, son yıllarda ise kentiçi raylı sistemler ve yüksek hızlı tren projeleri için ihracata yönelmektedir.

Kümelenmenin Yönetim Kurulunun talebi üzerine Eylül 2034'te Avrupa Kümelenme Analizi Sekreterliği (European Secretariat for Cluster Analysis, ESCA) metodolojisine göre bir değerlendirme yapılmıştır. Değerlendirme dört alandaki 36 göstergeye dayanmaktadır: kümelenmenin yapısı, yönetişim ve finansman, hizmetler ve elde edilen sonuçlar. Doldurulan anket, kümelenme belgeleri ve yönetimle ve sekiz üyeyle yapılan görüşmeler esas alınmıştır. Ayrıca Eskişehir Teknik Üniversitesi Ulaştırma Meslek Yüksekokulu yazılı görüş göndermiştir.

Görüşmelere kümelenme adına Yönetim Kurulu Başkanı **Mehmet Ali Durmaz** (Anadolu Boji Sanayi A.Ş.), Başkan Yardımcısı **Prof. Dr. Nilgün Erdoğan-Aksoy** (Eskişehir Teknik Üniversitesi), Kümelenme Koordinatörü **Emre Kalkan** ve Proje Yöneticisi **Büşra Yıldız-Öztürk** katılmıştır. Üyeler adına **Hüseyin Çelebi** (Çelebi Döküm Ltd. Şti., Kütahya), **Ayşegül Tan** (RayYazılım Bilişim A.Ş., Eskişehir) ve **Stefan Oberländer** (Vossberg Rail Türkiye Ltd. Şti., Bilecik) görüş bildirmiştir.

## 2. Rakamlarla kümelenme

| Gösterge | 2030 | 2034 |
|---|---|---|
| Üye sayısı | 42 | 61 |
| KOBİ sayısı | 33 | 47 |
| Kümelenme ekibi (tam zamanlı) | 2,5 | 4 |
| Yıllık bütçe (milyon TL) | 9,4 | 31,6 |
| Aidatların bütçedeki payı | %23 | %17 |
| Yıllık etkinlik sayısı | 12 | 22 |

## 3. Güçlü yönler

{chr(10).join('- ' + x for x in S)}

## 4. Geliştirilmesi gereken alanlar

{chr(10).join('- ' + x for x in I)}

## 5. Genel değerlendirme

Kümelenme, kümelenme yönetiminde mükemmelliğe yönelik kararlı çabayı belgeleyen ESCA **Gümüş Etiketi** için gerekli koşulları sağlamaktadır. 2030 değerlendirmesine kıyasla en büyük ilerleme hizmetler ve uluslararası iş birliği alanlarında görülmektedir. Altın Etiket için kümelenmenin özellikle ölçülebilir hedefler içeren yeni bir strateji kabul etmesi ve öz gelirlerini artırması gerekmektedir.

Değerlendirici, kümelenmenin 2035 yılı sonuna kadar 2036–2040 dönemi için bir strateji hazırlamasını, yıllık üye memnuniyeti anketi başlatmasını ve European Cluster Collaboration Platform (ECCP) ağına katılarak Avusturya ve İsveç'teki raylı sistem kümelenmeleriyle ortaklık kurmasını önermektedir.

## 6. Sonraki adımlar

Değerlendirme sonuçları Yönetim Kurulunun 22 Ekim 2034 {tw(2034,10,22)} tarihli toplantısında görüşülmüştür. Kümelenme Koordinatörü Emre Kalkan raporu üyelere **4 Aralık 2034 {tw(2034,12,4)}** günü Eskişehir'de Tepebaşı Kongre Merkezinde yapılacak Genel Kurulda sunacaktır. Yönetim Kurulu Başkanı Mehmet Ali Durmaz şunları söyledi: "Gümüş Etiket bizim için bir ödül, ama asıl bir görev. Projelerimiz bitmeden stratejimizi hazırlamak istiyoruz."

Etiket iki yıl, yani Ekim 2036'ya kadar geçerlidir. Kümelenme sonucu, ulusal kümelenme politikasını yürüten Sanayi ve Teknoloji Bakanlığına ve kümelenmenin işletme giderlerine katkı sağlayan Eskişehir Ticaret Odasına da bildirmiştir.

---
*Bu özet, kümelenme üyeleri için ve www.ersk.org.tr adresinde yayımlanmak üzere hazırlanmıştır. Raporun tam metni (34 sayfa) üyeler için Belgeler bölümündedir.*
"""
write(F, T)
gold(F, [P('Zeynep Karaosmanoğlu','ESCA sertifikalı kıyaslama uzmanı',None), P('Mehmet Ali Durmaz','Yönetim Kurulu Başkanı','Anadolu Boji Sanayi A.Ş.'),
 P('Nilgün Erdoğan-Aksoy','Başkan Yardımcısı','Eskişehir Teknik Üniversitesi'), P('Emre Kalkan','Kümelenme Koordinatörü','Eskişehir Raylı Sistemler Kümelenmesi Derneği'),
 P('Büşra Yıldız-Öztürk','Proje Yöneticisi','Eskişehir Raylı Sistemler Kümelenmesi Derneği'), P('Hüseyin Çelebi',None,'Çelebi Döküm Ltd. Şti.'),
 P('Ayşegül Tan',None,'RayYazılım Bilişim A.Ş.'), P('Stefan Oberländer',None,'Vossberg Rail Türkiye Ltd. Şti.')],
 [O('Eskişehir Raylı Sistemler Kümelenmesi Derneği','ERSK'), O('European Secretariat for Cluster Analysis','ESCA'), O('Anadolu Boji Sanayi A.Ş.'), O('Eskişehir Teknik Üniversitesi'),
  O('Eskişehir Organize Sanayi Bölgesi'), O('Eskişehir Teknik Üniversitesi Ulaştırma Meslek Yüksekokulu'), O('Çelebi Döküm Ltd. Şti.'), O('RayYazılım Bilişim A.Ş.'), O('Vossberg Rail Türkiye Ltd. Şti.'),
  O('European Cluster Collaboration Platform','ECCP'), O('Sanayi ve Teknoloji Bakanlığı'), O('Eskişehir Ticaret Odası')],
 [E('Genel Kurul','2034-12-04','2034-12-04','Eskişehir','Türkiye'), E('Yönetim Kurulu toplantısı','2034-10-22','2034-10-22',None,None), E('saha ziyareti ve görüşmeler','2034-09-18','2034-09-19','Eskişehir','Türkiye')],
 ['2034-10-09','2034-09-18/2034-09-19','2030','2013','2017','2034-09','2035','2036/2040','2034-10-22','2034-12-04','2036-10','2028/2032','2034'],
 km=S+I, pub='2034-10-09')
