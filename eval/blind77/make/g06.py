from h import *
F = 'msek-zpravy-od-clenu-duben-2034.md'
assert wd(2034,4,20)=='Thursday' and wd(2034,5,11)=='Thursday'
T = """[Úvod](/) › [Zpravodaj](/zpravodaj) › Zprávy od členů

# Zprávy od členů – duben 2034

*Moravskoslezský energetický klastr, z. s. (MSEK) · Zpravodaj č. 4/2034 · vydáno 28. dubna 2034*

Pravidelný přehled novinek z členských firem a institucí. Podklady na další číslo posílejte do 19. května 2034 na adresu zpravodaj@msek.cz.

---

### VÍTKOVICE POWER ENGINEERING a.s.: nový obchodní ředitel

Od 1. dubna 2034 vede obchodní úsek společnosti **Ing. Radek Kološ, MBA**, který přišel z pobočky skupiny ABB v Brně. Ve funkci nahradil Ing. Petra Šimečka, jenž po jedenácti letech odchází do důchodu, ale zůstává členem dozorčí rady. Společnost zároveň oznámila zakázku na dodávku tlakových nádob pro vodíkovou elektrolýzu v Rakousku.

### Technická univerzita Ostrava: centrum pro akumulaci energie otevřeno

Rektor VŠB – Technické univerzity Ostrava **prof. Ing. Václav Snášel, CSc.** slavnostně otevřel 20. dubna 2034 nové Centrum akumulace energie v areálu v Porubě. Vedoucí centra **doc. Ing. Lucie Obrusníková, Ph.D.** představila testovací linku pro bateriové systémy do 2 MWh. Centrum je otevřené i pro členy klastru; první společný den otevřených dveří se koná **11. května 2034**.

### Teplárny Ostrava a.s.: rekordní rok a nový člen představenstva

Společnost zveřejnila výsledky za rok 2033. Tržby vzrostly o 9 % a podíl biomasy na výrobě tepla dosáhl 38 %. Valná hromada zvolila do představenstva **Mgr. Terezu Bílkovou-Hrubou**, dosavadní ředitelku pro udržitelnost skupiny.

### Opavská solární s.r.o.: investice do výroby panelů

Jednatel **Tomáš Sněhota** oznámil rozšíření výroby v průmyslové zóně Opava-Vávrovice. Investice ve výši 180 mil. Kč bude dokončena v létě 2035 a vytvoří 60 pracovních míst. Firma spolupracuje s agenturou CzechInvest a s Moravskoslezským inovačním centrem (MSIC).

### Frýdecká kabelárna, spol. s r.o.: ocenění Exportér roku

Na galavečeru soutěže Exportér roku Moravskoslezského kraje 2033, který se konal 13. dubna 2034 v Gongu v Dolních Vítkovicích, získala firma druhé místo v kategorii středních podniků. Cenu převzala ředitelka **Ing. Markéta Wojnarová**. Soutěž pořádá Krajská hospodářská komora Moravskoslezského kraje (KHK MSK).

### Karvinská důlní inženýrská, a.s.: od uhlí k geotermální energii

Bývalá servisní firma hornictví zakládá dceřinou společnost GeoKarviná s.r.o. Ředitelem nové firmy bude **Ing. Jan Przywara**, dosud vedoucí vrtných prací. Projekt podporuje Fond spravedlivé transformace prostřednictvím Ministerstva životního prostředí.

### Hlučínská automatizace s.r.o.: dvacet let na trhu

Rodinná firma z Hlučína oslavila 22. dubna 2034 dvacáté výročí založení. Zakladatel **Ing. Bohumil Kocur** předal vedení dceři **Ing. Haně Kocurové**, která bude firmu řídit jako jednatelka. Firma dodává řídicí systémy pro teplárny a bioplynové stanice a letos poprvé exportuje do Polska a na Slovensko.

### Personálie v sekretariátu klastru

Na mateřskou dovolenou odchází projektová manažerka **Bc. Kristýna Dvořáková**. Její agendu (projekty Interreg a členské služby) převezme od 2. května 2034 **Mgr. Ondřej Halfar**, který dosud pracoval v Regionální agentuře pro rozvoj Moravskoslezského kraje. Kristýně děkujeme a přejeme hodně štěstí!

---

## Pozvánky členů

| Datum | Akce | Místo | Pořadatel |
|---|---|---|---|
| 11. 5. 2034 | Den otevřených dveří Centra akumulace energie | Ostrava-Poruba | VŠB-TUO |
| 17. 5. 2034 | Snídaně s energetikem: tepelná čerpadla v průmyslu | Frýdek-Místek | Teplárny Ostrava a.s. |
| 24.–25. 5. 2034 | Konference Vodík v regionu 2034 | Třinec | MSEK a Třinecké železárny, a.s. |
| 8. 6. 2034 | Golfový turnaj členů klastru | Ostravice | MSEK |

---

## Slovo předsedy

Předseda správní rady klastru **Ing. Pavel Kupka** připomíná, že 15. června 2034 proběhne v Ostravě valná hromada MSEK, na které se bude volit nová správní rada pro období 2034–2037. „Prosím všechny členy, aby zvážili kandidaturu. Potřebujeme v radě i zástupce menších firem,“ uvedl. Návrhy kandidátů přijímá sekretariát do 31. května 2034.

---

*Moravskoslezský energetický klastr, z. s. · 28. října 150, 702 00 Ostrava · IČO 05512345 · [Odhlásit odběr](/odhlasit) · [Ochrana osobních údajů](/gdpr)*
"""
write(F, T)
gold(F, [
 P("Radek Kološ", "obchodní ředitel", "VÍTKOVICE POWER ENGINEERING a.s."),
 P("Petra Šimečka", "členem dozorčí rady", "VÍTKOVICE POWER ENGINEERING a.s."),
 P("Václav Snášel", "Rektor", "VŠB – Technické univerzity Ostrava"),
 P("Lucie Obrusníková", "Vedoucí centra", "Centrum akumulace energie"),
 P("Terezu Bílkovou-Hrubou", "představenstva", "Teplárny Ostrava a.s."),
 P("Tomáš Sněhota", "Jednatel", "Opavská solární s.r.o."),
 P("Markéta Wojnarová", "ředitelka", "Frýdecká kabelárna, spol. s r.o."),
 P("Jan Przywara", "Ředitelem", "GeoKarviná s.r.o."),
 P("Bohumil Kocur", "Zakladatel", "Hlučínská automatizace s.r.o."),
 P("Haně Kocurové", "jednatelka", "Hlučínská automatizace s.r.o."),
 P("Kristýna Dvořáková", "projektová manažerka", "Moravskoslezský energetický klastr, z. s."),
 P("Ondřej Halfar", None, "Moravskoslezský energetický klastr, z. s."),
 P("Pavel Kupka", "Předseda správní rady", "Moravskoslezský energetický klastr, z. s."),
],[
 O("Moravskoslezský energetický klastr, z. s.","MSEK"),
 O("VÍTKOVICE POWER ENGINEERING a.s."),
 O("ABB"),
 O("VŠB – Technické univerzity Ostrava","VŠB-TUO"),
 O("Centrum akumulace energie"),
 O("Teplárny Ostrava a.s."),
 O("Opavská solární s.r.o."),
 O("CzechInvest"),
 O("Moravskoslezským inovačním centrem","MSIC"),
 O("Frýdecká kabelárna, spol. s r.o."),
 O("Krajská hospodářská komora Moravskoslezského kraje","KHK MSK"),
 O("Karvinská důlní inženýrská, a.s."),
 O("GeoKarviná s.r.o."),
 O("Hlučínská automatizace s.r.o."),
 O("Ministerstva životního prostředí"),
 O("Regionální agentuře pro rozvoj Moravskoslezského kraje"),
 O("Třinecké železárny, a.s."),
],[
 E("otevřel nové Centrum akumulace energie","2034-04-20","2034-04-20","Ostrava","Czechia"),
 E("Den otevřených dveří Centra akumulace energie","2034-05-11","2034-05-11","Ostrava-Poruba","Czechia"),
 E("Exportér roku Moravskoslezského kraje 2033","2034-04-13","2034-04-13",None,"Czechia"),
 E("Snídaně s energetikem: tepelná čerpadla v průmyslu","2034-05-17","2034-05-17","Frýdek-Místek","Czechia"),
 E("Konference Vodík v regionu 2034","2034-05-24","2034-05-25","Třinec","Czechia"),
 E("Golfový turnaj členů klastru","2034-06-08","2034-06-08","Ostravice","Czechia"),
 E("valná hromada MSEK","2034-06-15","2034-06-15","Ostravě","Czechia"),
],["2034-04","2034-04-28","2034-05-19","2034-04-01","2034-04-20","2034-05-11","2033","2035","2034-04-13","2034-05-02","2034-05-17","2034-05-24/2034-05-25","2034-06-08","2034-06-15","2034/2037","2034-05-31","2034-04-22"],[], pub="2034-04-28")
