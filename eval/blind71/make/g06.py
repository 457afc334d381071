from common import *
from email.message import EmailMessage
doc='06_kozgyulesi_meghivo.eml'
body='''Tisztelt Klasztertagok!

A Dél-dunántúli Egészségipari Klaszter Egyesület Elnöksége nevében tisztelettel meghívom Önöket az Egyesület

ÉVES RENDES KÖZGYŰLÉSÉRE,

amelyet 2035. május 24-én (csütörtökön) 14:00 órai kezdettel tartunk a Pécsi Tudományegyetem Szentágothai János Kutatóközpontjának konferenciatermében (7624 Pécs, Ifjúság útja 20.).

Határozatképtelenség esetén a megismételt közgyűlést ugyanazon a napon, ugyanazon a helyszínen 14:30 órától tartjuk, amely a megjelentek számától függetlenül határozatképes az eredeti napirendi pontokban.

JAVASLAT A KÖZGYŰLÉS NAPIRENDJÉRE

1. A levezető elnök, a jegyzőkönyvvezető és két jegyzőkönyv-hitelesítő megválasztása
2. Az Elnökség beszámolója a 2034. évi tevékenységről – előadó: Dr. Kovácsné Szabó Erika elnök
3. A 2034. évi beszámoló és közhasznúsági melléklet elfogadása – előadó: Fekete Gábor gazdasági vezető
4. A Felügyelő Bizottság jelentése – előadó: Dr. Tóth-Várhelyi Anna, a Felügyelő Bizottság elnöke
5. A 2035. évi munkaterv és költségvetés elfogadása
6. Tisztújítás: az Elnökség tagjainak és a Felügyelő Bizottság tagjainak megválasztása a 2035–2039 közötti időszakra
7. Új tagok felvételének megerősítése
8. Egyebek

Az Elnökség öt tagjának mandátuma a közgyűléssel lejár. A Jelölőbizottság (elnöke: Horváth Bence) eddig az alábbi jelöléseket fogadta el az Elnökségbe: Dr. Kovácsné Szabó Erika (ismételt jelölés elnöki tisztségre), Molnár Péter (BioMedical Kft.), Dr. Lakatos Zsófia (Pécsi Tudományegyetem), Kiss-Rajki Dávid (MedTech Dél Zrt.) és Szűcs Eszter (Pécs Megyei Jogú Város Önkormányzata). További jelölést 2035. május 17-ig lehet írásban benyújtani a Jelölőbizottság elnökénél.

A közgyűlést megelőzően, 12:30 és 13:45 között szakmai fórumot tartunk „Egészségipari innováció a Dél-Dunántúlon” címmel, amelyen előadást tart Dr. Wolfgang Strasser, a Human.technology Styria GmbH ügyvezetője, valamint Bánfalvi Noémi, a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH) főosztályvezetője.

A közgyűlést követően, 19:00 órától a klaszter tagjait és partnereit szeretettel várjuk a hagyományos közgyűlési vacsorára a Zsolnay Negyed Corso Éttermében. A vacsorán való részvételt kérjük május 17-ig visszajelezni.

A közgyűlés anyagait (beszámoló, költségvetés-tervezet, jelöltek bemutatkozása) a tagok 2035. május 10-ig megkapják e-mailben. Akadályoztatás esetén a tagszervezetet meghatalmazott is képviselheti; a meghatalmazás mintáját mellékeljük.

Engedjék meg, hogy röviden összefoglaljam az elmúlt év legfontosabb eredményeit. A klaszter taglétszáma 2034-ben 47-ről 58-ra nőtt; hat új tagunk Baranya és Tolna vármegyei kis- és középvállalkozás, kettő pedig horvátországi partner. Tagvállalataink a klaszter koordinálásával három nemzetközi konzorciumban nyertek támogatást, és elindult a Pécsi Tudományegyetemmel közös orvostechnikai tesztlaboratórium is. A 2035. évi munkaterv tervezete a nemzetközi kapcsolatok bővítését, a Stájerországgal és Eszék-Baranya megyével közös projektek előkészítését, valamint a „Minősített klaszter” cím megújítását helyezi a középpontba.

Fontos változás, hogy a tisztújításnál először alkalmazzuk az új alapszabály szerinti titkos, elektronikus szavazást is: a személyesen meg nem jelenő tagszervezetek képviselői a közgyűlés napján 14:00 és 16:00 között online is leadhatják szavazatukat. A szavazáshoz szükséges egyedi kódot a közgyűlési anyagokkal együtt küldjük ki.

Parkolni a Kutatóközpont mögötti egyetemi parkolóban lehet; a behajtáshoz szükséges kódot a regisztrációt követően küldjük meg.

Kérjük, részvételi szándékukat a https://deik.example/kozgyules2035 oldalon jelezzék.

Üdvözlettel:

Dr. Kovácsné Szabó Erika
elnök
Dél-dunántúli Egészségipari Klaszter Egyesület (DEKE)
7624 Pécs, Szántó Kovács János u. 1/b
Tel.: +36 72 000 000 | www.deik.example

Mellékletek:
1. meghatalmazás (minta)
2. jelölési adatlap az Elnökség és a Felügyelő Bizottság tagjaira
3. a 2034. évi szakmai beszámoló rövid összefoglalója
4. a közgyűlési vacsora menüje és a parkolási tudnivalók

-------- Eredeti üzenet --------
Feladó: Varga Lilla <titkarsag@deik.example>
Dátum: 2035. április 10., kedd 09:12
Tárgy: Előzetes tájékoztatás – közgyűlés időpontja

Kedves Tagok!

Előzetesen jelezzük, hogy az Egyesület éves rendes közgyűlését 2035. május 24-én, Pécsett tartjuk. Kérjük, jegyezzék elő az időpontot. Aki jelöltet kíván állítani az Elnökségbe vagy a Felügyelő Bizottságba, vegye fel a kapcsolatot Horváth Bencével, a Jelölőbizottság elnökével.

A tavalyi közgyűlésen (2034. május 25.) elfogadott alapszabály-módosítást a bíróság bejegyezte, így az idei tisztújítás már az új, négyéves mandátumok szerint zajlik.

Üdvözlettel:
Varga Lilla
klasztermenedzser-asszisztens
'''
m=EmailMessage()
m['From']='Dél-dunántúli Egészségipari Klaszter <titkarsag@deik.example>'
m['To']='tagok@deik.example'
m['Subject']='Meghívó – éves rendes közgyűlés, 2035. május 24.'
m['Date']='Wed, 02 May 2035 10:15:00 +0200'
m.set_content(body)
open(os.path.join(DOCS,doc),'wb').write(bytes(m))
DK='Dél-dunántúli Egészségipari Klaszter Egyesület'
gold(doc,[P('Kovácsné Szabó Erika','elnök',DK),P('Fekete Gábor','gazdasági vezető',None),P('Tóth-Várhelyi Anna','a Felügyelő Bizottság elnöke',None),
 P('Horváth Bence','elnöke','Jelölőbizottság'),P('Molnár Péter',None,'BioMedical Kft.'),P('Lakatos Zsófia',None,'Pécsi Tudományegyetem'),
 P('Kiss-Rajki Dávid',None,'MedTech Dél Zrt.'),P('Szűcs Eszter',None,'Pécs Megyei Jogú Város Önkormányzata'),
 P('Wolfgang Strasser','ügyvezető','Human.technology Styria GmbH'),P('Bánfalvi Noémi','főosztályvezető','Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal'),
 P('Varga Lilla','klasztermenedzser-asszisztens',None)],
 [O(DK,'DEKE'),O('Pécsi Tudományegyetem'),O('Szentágothai János Kutatóközpont'),O('BioMedical Kft.'),O('MedTech Dél Zrt.'),
  O('Pécs Megyei Jogú Város Önkormányzata'),O('Human.technology Styria GmbH'),O('Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal','NKFIH')],
 [E('éves rendes közgyűlés','2035-05-24',None,'Pécs','Hungary'),
  E('Egészségipari innováció a Dél-Dunántúlon','2035-05-24',None,'Pécs','Hungary'),
  E('közgyűlési vacsorára','2035-05-24',None,'Pécs','Hungary'),
  E('tavalyi közgyűlésen','2034-05-25',None,None,None)],
 ['2035-05-24','2034','2035','2035/2039','2035-05-17','2035-05-10','2035-04-10','2034-05-25','2035-05-02'],pub='2035-05-02')
