from common import *
doc='05_vyzva_spolecna_expozice_fakuma.txt'
t='''MORAVSKÝ PLASTOVÝ KLASTR, z. s.
Tř. Tomáše Bati 5678, 760 01 Zlín | IČO 00000000 | www.plastklastr.example

Zlín, 20. března 2034

VÝZVA K VYJÁDŘENÍ ZÁJMU
o účast ve společné expozici Zlínského kraje na veletrhu FAKUMA 2034
(Friedrichshafen, Německo, 17.–21. října 2034)

Vážení členové klastru, vážení zástupci firem z oboru zpracování plastů,

Moravský plastový klastr, z. s., ve spolupráci s Agenturou CzechTrade a Zlínským krajem připravuje společnou expozici českých firem na mezinárodním veletrhu technologií zpracování plastů FAKUMA 2034. Veletrh se koná od úterý 17. října do soboty 21. října 2034 na výstavišti Messe Friedrichshafen u Bodamského jezera a patří k nejvýznamnějším setkáním výrobců vstřikovacích strojů, forem, periferií a zpracovatelů plastů v Evropě. Předchozího ročníku v roce 2033 se zúčastnilo přes 1 800 vystavovatelů z 39 zemí.

Tímto vás zveme k vyjádření předběžného zájmu o umístění ve společném stánku.

1. CO NABÍZÍME
- plochu v rámci společné expozice o celkové rozloze 120 m² v hale A5 (na jednu firmu připadá 9 až 12 m²),
- kompletní realizaci stánku včetně grafiky, nábytku, elektrické přípojky a připojení k internetu,
- společné zázemí s jednacím prostorem, kuchyňkou a skladem,
- uvedení firmy v katalogu veletrhu a v tištěném i elektronickém katalogu české expozice,
- propagaci expozice v odborných médiích a na sociálních sítích klastru,
- asistenci tlumočníka do němčiny a angličtiny po celou dobu veletrhu.

Díky podpoře z projektu NOVUMM KET je možné uhradit až 50 % nákladů na plochu a výstavbu stánku malým a středním podnikům. Přesné podmínky podpory budou vybraným firmám sděleny po uzávěrce přihlášek.

2. DOPROVODNÝ PROGRAM
Ve středu 18. října 2034 od 16:00 pořádáme přímo na stánku česko-německé setkání „Plasty bez hranic“ za účasti zástupců Kunststoff-Cluster Baden-Württemberg a Bavorského klastru plastů. Setkání zahájí Ing. Radek Šimčík, předseda správní rady Moravského plastového klastru, a Dr. Ulrike Brenninkmeyer, jednatelka Kunststoff-Cluster Baden-Württemberg. Následovat bude krátká prezentace vystavujících firem (max. 3 minuty na firmu) a neformální večer na stánku.

Ve čtvrtek 19. října 2034 dopoledne je pro zájemce připravena exkurze do závodu společnosti ZF Friedrichshafen AG. Počet míst je omezen na 15 osob.

3. KDO SE MŮŽE PŘIHLÁSIT
Výzva je určena firmám se sídlem nebo provozovnou ve Zlínském kraji, které působí v oblasti zpracování plastů a pryže, výroby forem a nástrojů nebo dodávek technologií pro tento obor. Členové klastru mají při výběru přednost. Jedna firma může obsadit nejvýše jedno místo ve společné expozici.

4. TERMÍNY
- 30. dubna 2034 – uzávěrka vyjádření předběžného zájmu (vyplněný formulář e-mailem),
- 12. května 2034 – oznámení výsledku výběru,
- 15. června 2034 – podpis smlouvy o účasti a úhrada zálohy ve výši 30 %,
- 5. září 2034 – dodání podkladů pro grafiku stánku a katalog,
- 16. října 2034 – instalace exponátů (od 8:00 do 18:00).

Upozorňujeme, že pořadatel veletrhu požaduje závazné objednávky ploch již v červnu, proto nelze termíny posouvat.

5. JAK SE PŘIHLÁSIT
Vyplněný formulář (ke stažení na webu klastru v sekci Akce a veletrhy) zašlete nejpozději do 30. 4. 2034 na adresu kontaktní osoby. Ve formuláři uveďte zejména požadovanou plochu, zamýšlené exponáty (rozměry, hmotnost, nároky na připojení) a jméno osoby, která bude firmu na veletrhu zastupovat.

Předběžné vyjádření zájmu není závazné. Závaznou se účast stává až podpisem smlouvy.

6. INFORMAČNÍ SCHŮZKA
Pro zájemce uspořádáme online informační schůzku v úterý 11. dubna 2034 od 10:00 (MS Teams). Představíme na ní plán stánku, podmínky podpory a zkušenosti firem z loňské účasti. O své zkušenosti se podělí Ing. Jana Pospíšilová z firmy PLASTFORM Vizovice, s.r.o., která na FAKUMA 2033 vystavovala poprvé. Odkaz obdrží přihlášení e-mailem den předem.

KONTAKTNÍ OSOBA
Ing. Lenka Vaňková, Ph.D.
manažerka pro mezinárodní spolupráci
Moravský plastový klastr, z. s.
tel.: +420 577 000 000, mobil: +420 601 000 000
e-mail: vankova@plastklastr.example

Za Moravský plastový klastr

Ing. Tomáš Hrabal
výkonný ředitel

---
Tento dokument byl vytvořen v rámci projektu NOVUMM KET spolufinancovaného Evropskou unií. Zpracování osobních údajů se řídí zásadami ochrany osobních údajů klastru, které najdete na webu.
'''
write(doc,t)
M='Moravský plastový klastr, z. s.'; MB='Moravský plastový klastr'
gold(doc,[P('Radek Šimčík','předseda správní rady',MB),P('Ulrike Brenninkmeyer','jednatelka','Kunststoff-Cluster Baden-Württemberg'),
 P('Jana Pospíšilová',None,'PLASTFORM Vizovice, s.r.o.'),P('Lenka Vaňková','manažerka pro mezinárodní spolupráci',M),
 P('Tomáš Hrabal','výkonný ředitel',MB)],
 [O(M),O('Agenturou CzechTrade'),O('Zlínským krajem'),O('Messe Friedrichshafen'),O('Kunststoff-Cluster Baden-Württemberg'),
  O('Bavorského klastru plastů'),O('ZF Friedrichshafen AG'),O('PLASTFORM Vizovice, s.r.o.'),O('Evropskou unií')],
 [E('FAKUMA 2034','2034-10-17','2034-10-21','Friedrichshafen','Germany'),
  E('Plasty bez hranic','2034-10-18',None,'Friedrichshafen','Germany'),
  E('exkurze do závodu společnosti ZF Friedrichshafen AG','2034-10-19',None,'Friedrichshafen','Germany'),
  E('online informační schůzku','2034-04-11'),
  E('FAKUMA 2033','2033',None,None,None)],
 ['2034-03-20','2034-10-17/2034-10-21','2033','2034-10-18','2034-10-19','2034-04-30','2034-05-12','2034-06-15','2034-09-05','2034-10-16','2034-06','2034-04-11'],pub='2034-03-20')
