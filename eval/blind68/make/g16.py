from h import *
F='habic-albisteak-innlandet-norvegia-lankidetza.md'
T=f'''# Norvegiako Innlandet eskualdeko egur-klusterra Araban izan da, eta lankidetza-hitzarmena sinatuko dugu urrian

*Albisteak · Habic – Euskadiko Basogintza, Egurra eta Altzari Kluster Elkartea · {wd(2035,6,3,'eu').capitalize()}, 2035eko ekainaren 3a*

Hasiera › Albisteak › Nazioartekotzea

---

**Norvegiako Innlandet eskualdeko egur-eraikuntzako klusterraren ordezkaritza bat Vitoria-Gasteizen egon zen 2035eko maiatzaren 20tik 23ra. Hamalau enpresa, ikerketa-zentro bat eta Innlandet fylkeskommune eskualde-gobernuko arduradunak etorri ziren, guztira 23 lagun. Habicek eta Arabako Foru Aldundiak antolatu zuten egonaldia.**

Bisitaren helburua bikoitza zen: alde batetik, norvegiarrek Euskadiko eraikuntza industrializatua ezagutu nahi zuten; bestetik, bi klusterrek Europako proiektu bateratu bat prestatu nahi dute egurra eraikinetan berrerabiltzeko.

Lankidetza hau ez da bat-batekoa. 2034ko azaroan, Habicek eta Innlandet Treklyngek lehen bilera birtuala egin zuten Europako Kluster Lankidetza Plataformaren (ECCP) bitartekaritzaz, eta 2035eko otsailean Norvegiako klusterreko zuzendaria Donostian izan zen Habicen urteko batzarrean. Han sortu zen Araba bisitatzeko ideia, Arabak eraikuntza industrializatuan duen esperientziagatik.

Innlandet Norvegiako barnealdeko eskualdea da, Mjøsa lakuaren inguruan. Herrialdeko baso-eremurik handienetakoa du, eta zerrategiak, egur laminatuko fabrikak eta etxe-fabrikak ugariak dira bertan. Innlandet Treklyngek 96 bazkide ditu, eta 2019an sortu zen. Munduko egurrezko eraikinik altuenetako bat, Mjøstårnet, eskualde horretan dago, Brumunddal herrian.

## Egitaraua

{wd(2035,5,20,'eu').capitalize()}, maiatzaren 20a – Harrera Villa Suson. Iñaki Etxeberria Ruiz de Azúa Ekonomia Sustatzeko diputatuak eman zien ongietorria ordezkaritzari, eta Arabako eraikuntza industrializatuaren estrategia aurkeztu zuen.

{wd(2035,5,21,'eu').capitalize()}, maiatzaren 21a – Bisita Tecnaliaren Miñanoko egoitzara, non ikertzaileek euskal pinuarekin eta eukaliptoarekin egindako zurezko panel gurutzatuen (CLT) probak erakutsi zituzten. Arratsaldean Egoin S.A. enpresaren lantegia bisitatu zuten Ean.

{wd(2035,5,22,'eu').capitalize()}, maiatzaren 22a – B2B topaketak BIC Araban. 41 bilera egin ziren Norvegiako eta Euskadiko enpresen artean.

{wd(2035,5,23,'eu').capitalize()}, maiatzaren 23a – Mintegia Euskal Herriko Unibertsitatean (UPV/EHU) egurrezko egituren berrerabilpenari buruz, Dr. Miren Agirre Etxabe irakaslearen gidaritzapean.

## Zer esan dute

"Norvegiarrek hogei urte daramatzate egur masiboarekin eraikitzen, eta guk industria-kultura sendoa dugu. Biak batuta, Europan erreferente izan gaitezke," adierazi du Ane Urrutia Goikoetxeak, Habicen kluster-kudeatzaileak.

Marius Kvamme-Solberg Innlandet Treklynge AS klusterreko zuzendariak, berriz, euskal lanbide-heziketa goraipatu zuen: "Ikasleek lantegietan bertan ikasten dute. Hori da guk etxera eramango dugun eredua."

Ingrid Haugen-Bratlie Innlandeteko eskualdeko presidenteordeak ordezkaritzaren alde politikoa zuzendu zuen, eta Arabako Foru Aldundiarekin elkarlanean jarraitzeko konpromisoa hartu zuen.

## Emaitzak

Bisitak jada emaitza zehatzak eman ditu:

- Moelven Limtre AS norvegiar enpresak eta Arabako enpresa batek zurezko habeen proba-bidalketa adostu dute 2035eko udazkenerako.
- UPV/EHUk eta Norvegiako Zientzia eta Teknologia Unibertsitateak (NTNU) ikerketa-proiektu bateratu bat aurkeztuko dute egurraren berrerabilpenari buruz.
- Habicek eta Innlandet Treklynge klusterrak lankidetza-hitzarmena sinatuko dute urrian, Gjøviken.

## Hurrengo urratsa: Trebyggeridagene Gjøviken

Habicen ordezkaritza bat Norvegiara bidaiatuko da 2035eko urriaren 16an eta 17an, Innlandet Treklyngeren urteko biltzarrean, Trebyggeridagene 2035 izenekoan, parte hartzeko. Biltzarra Gjøvikeko Fjellhallen aretoan egingo da, mendi barruan zulatutako areto ezagunean. Bertan sinatuko da bi klusterren arteko hitzarmena.

Ordezkaritzan parte hartu nahi duten Habiceko bazkideek irailaren 5a baino lehen eman behar dute izena. Basque Trade & Investment agentziak bidaia-gastuen zati bat finantzatuko du nazioartekotze-programaren bidez.

Informazio gehiago: Jon Iturbe Zabala, nazioarteko proiektuen arduraduna, j.iturbe@habic.eus, +34 943 55 10 20.

Bisitaren ondoren, Habicek galdetegi bat bidali zien parte hartu zuten euskal enpresei. Erantzunen arabera, hamabi enpresetatik bederatzik jarraipen-bilerak dituzte dagoeneko norvegiar bazkideekin, eta hiruk Norvegiako merkatura esportatzeko aukerak aztertzen ari dira. Emaitzak Habicen batzar orokorrean aurkeztuko dira, eta bazkide guztiek izango dute parte hartzeko aukera. Klusterrak lantalde berezi bat sortuko du udazkenean, egurraren berrerabilpenari buruzko proiektu-proposamena prestatzeko.

## Habici buruz

Habic Euskadiko basogintza, egur eta altzari sektoreko kluster elkartea da. 160 bazkide baino gehiago ditu: baso-jabeak, zerrategiak, egur-eraikuntzako enpresak, altzari-fabrikatzaileak, diseinatzaileak eta ikerketa-zentroak. Eusko Jaurlaritzaren Ekonomiaren Garapen, Jasangarritasun eta Ingurumen Sailaren laguntza jasotzen du.

Partekatu: Facebook · X · LinkedIn · Posta elektronikoa

---

*Habic · Gipuzkoa Zientzia eta Teknologia Parkea, Donostia · info@habic.eus · Lege-oharra · Pribatutasun-politika · Cookieak*
'''
write(F,T)
gold(F,[P('Iñaki Etxeberria Ruiz de Azúa','Ekonomia Sustatzeko diputatuak','Arabako Foru Aldundia'),P('Miren Agirre Etxabe','irakaslearen','UPV/EHU'),
 P('Ane Urrutia Goikoetxea','kluster-kudeatzaileak','Habic'),P('Marius Kvamme-Solberg','zuzendariak','Innlandet Treklynge AS'),
 P('Ingrid Haugen-Bratlie','eskualdeko presidenteordeak',None),P('Jon Iturbe Zabala','nazioarteko proiektuen arduraduna','Habic')],
 [O('Euskadiko Basogintza, Egurra eta Altzari Kluster Elkartea','Habic'),O('Innlandet fylkeskommune'),O('Arabako Foru Aldundia'),O('Tecnalia'),O('Egoin S.A.'),
  O('BIC Araba'),O('Euskal Herriko Unibertsitatea','UPV/EHU'),O('Innlandet Treklynge AS'),O('Moelven Limtre AS'),O('Norvegiako Zientzia eta Teknologia Unibertsitatea','NTNU'),
  O('Basque Trade & Investment'),O('Eusko Jaurlaritzaren Ekonomiaren Garapen, Jasangarritasun eta Ingurumen Saila'),O('Gipuzkoa Zientzia eta Teknologia Parkea'),O('Europako Kluster Lankidetza Plataforma','ECCP')],
 [E('Norvegiako ordezkaritzaren bisita','2035-05-20','2035-05-23','Vitoria-Gasteiz','Spain'),E('Harrera Villa Suson','2035-05-20','2035-05-20','Vitoria-Gasteiz','Spain'),
  E('Bisita Tecnaliaren Miñanoko egoitzara','2035-05-21','2035-05-21','Miñano','Spain'),E('Egoin S.A. enpresaren lantegia bisitatu','2035-05-21','2035-05-21','Ea','Spain'),
  E('B2B topaketak','2035-05-22','2035-05-22','Vitoria-Gasteiz','Spain'),E('Mintegia','2035-05-23','2035-05-23','Vitoria-Gasteiz','Spain'),E('Trebyggeridagene 2035','2035-10-16','2035-10-17','Gjøvik','Norway'),
  E('lehen bilera birtuala','2034-11','2034-11',None,None),E('Habicen urteko batzarra','2035-02','2035-02','Donostia','Spain')],
 ['2035-06-03','2035-05-20/2035-05-23','2035-05-20','2035-05-21','2035-05-22','2035-05-23','2035','2035-10','2035-10-16/2035-10-17','2035-09-05','2034-11','2035-02','2019'],pub='2035-06-03')
