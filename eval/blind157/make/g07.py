from h import *
F = 'g07_textilnet_prostejov_zaverecna_zprava-pdf.txt'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,13)=='Wednesday' and wd(2041,3,21)=='Thursday'
H = "TEXTIL-NET – Závěrečná zpráva o výsledcích projektu (shrnutí)"
def foot(n): return f"Olomoucký kraj · Horizont Evropa, grantová dohoda č. 101203344                    strana {n} z 3"
T = f"""{H}

TEXTIL-NET: Oživení textilního a oděvního průmyslu ve střední Evropě
Závěrečná zpráva o výsledcích projektu – shrnutí pro veřejnost
Prostějov, březen 2041

Koordinátor: Moravský textilní klastr, z. s. (MTK), Prostějov
Zpracovali: Ing. Lucie Dvořáková, Ph.D., koordinátorka projektu; Mgr. Ondřej Zapletal, analytik

1. Úvod

Projekt TEXTIL-NET byl financován z programu Horizont Evropa v období od 1. září 2037
do 31. prosince 2040. Jeho cílem bylo propojit malé textilní a oděvní firmy s výzkum-
nými organizacemi a pomoci jim zavést digitální technologie a oběhové postupy. Kon-
sorcium tvořilo devět partnerů ze šesti zemí:

– Moravský textilní klastr, z. s., Prostějov (Česko) – koordinátor
– Univerzita Tomáše Bati ve Zlíně (Česko)
– Krajská hospodářská komora Olomouckého kraje, Přerov (Česko)
– Centexbel (Belgie)
– Texfor – Confederación de la Industria Textil (Španělsko)
– Associação Têxtil e Vestuário de Portugal, ATP (Portugalsko)
– Łódzki Klaster Mody i Tekstyliów (Polsko)
– Slovenský textilný klaster (Slovensko)
– Hochschule Niederrhein (Německo)

Projekt navázal na předchozí spolupráci klastru v síti European Textile Clusters Network.
Rozpočet projektu činil 3,1 milionu eur, z toho přibližně polovina byla určena přímo
na podporu firem formou poukázek, školení a odborných konzultací.

{foot(1)}

{H}

2. Co se podařilo

Za necelé čtyři roky prošlo programem podpory 143 malých a středních podniků.
Z nich 61 získalo poukázku na inovace v průměrné výši 18 000 eur, většinou na digi-
tální střih, sledování spotřeby energie nebo na recyklaci odstřižků. Výsledky projektu
byly představeny na závěrečné konferenci v Prostějově ve dnech 12.–13. února 2041,
které se zúčastnilo 210 hostů. Druhý den konference proběhla exkurze do firmy
OP Textile Prostějov a. s. a do přerovské přádelny Moravia Yarn s. r. o.

Během projektu se uskutečnily tyto akce:
– úvodní setkání konsorcia, Prostějov, 22.–23. září 2037
– Textile Innovation Days, Łódź, 6.–8. června 2038
– setkání konsorcia, Valencie, 15. listopadu 2038
– letní škola oběhové módy, Mönchengladbach, 1.–5. července 2039
– setkání konsorcia, Porto, 3. dubna 2040

Hlavní zjištění
1. Většina malých firem nemá vlastního pracovníka pro vývoj a potřebuje externí podporu
2. Digitální technologie se zavádějí rychleji, když je firma sdílí s dalšími členy klastru
3. Odstřižky a vyřazené oděvy jsou v regionu stále převážně skládkovány
4. Nedostatek kvalifikovaných šiček a technologů je pro firmy větší problém než financování

{foot(2)}

{H}

Doporučení
1. Olomoucký kraj by měl zřídit regionální sběrné a třídicí místo pro textilní odpad
2. Poukázky na inovace by měly pokračovat i po skončení projektu, nejlépe z krajského
rozpočtu
3. Střední odborné školy by měly nabízet zkrácené rekvalifikační kurzy šití a střihu
4. Klastr by měl pokračovat ve spolupráci s partnery v rámci nového Euroklastru

Ředitel Moravského textilního klastru Ing. Radim Hrubý považuje za největší přínos pro-
jektu to, že firmy „přestaly vnímat konkurenci za humny jako nepřítele". Hejtman
Olomouckého kraje Mgr. Petr KONEČNÝ na konferenci přislíbil, že kraj zváží vyčlenění
prostředků na pokračování poukázek v rozpočtu na rok 2042.

3. Další kroky

Výsledky budou prezentovány na zasedání Regionální stálé konference Olomouckého kraje
dne 21. března 2041 (čtvrtek). Souhrnná zpráva v angličtině je k dispozici na webu pro-
jektu. Kontakt: Ing. Lucie Dvořáková, Ph.D., dvorakova@mtk.example.cz

{foot(3)}
"""
write(F, T)
M="Moravský textilní klastr, z. s."
gold(F,
 [P("Lucie Dvořáková","koordinátorka projektu",M),
  P("Ondřej Zapletal","analytik",M),
  P("Radim Hrubý","Ředitel",M),
  P("Petr KONEČNÝ","Hejtman","Olomoucký kraj")],
 [O(M,"MTK"), O("Olomoucký kraj"), O("Univerzita Tomáše Bati ve Zlíně"), O("Krajská hospodářská komora Olomouckého kraje"),
  O("Centexbel"), O("Texfor – Confederación de la Industria Textil"), O("Associação Têxtil e Vestuário de Portugal","ATP"),
  O("Łódzki Klaster Mody i Tekstyliów"), O("Slovenský textilný klaster"), O("Hochschule Niederrhein"),
  O("European Textile Clusters Network"), O("OP Textile Prostějov a. s."), O("Moravia Yarn s. r. o."),
  O("Regionální stálé konference Olomouckého kraje")],
 [E("závěrečná konference","2041-02-12","2041-02-13","Prostějov","Czechia"),
  E("exkurze","2041-02-13",None,"Prostějov, Přerov","Czechia"),
  E("úvodní setkání konsorcia","2037-09-22","2037-09-23","Prostějov","Czechia"),
  E("Textile Innovation Days","2038-06-06","2038-06-08","Łódź","Poland"),
  E("setkání konsorcia","2038-11-15",None,"Valencie","Spain"),
  E("letní škola oběhové módy","2039-07-01","2039-07-05","Mönchengladbach","Germany"),
  E("setkání konsorcia","2040-04-03",None,"Porto","Portugal"),
  E("zasedání Regionální stálé konference Olomouckého kraje","2041-03-21",None,None,None)],
 ["2041-03","2037-09-01/2040-12-31","2041-02-12/2041-02-13","2037-09-22/2037-09-23","2038-06-06/2038-06-08","2038-11-15",
  "2039-07-01/2039-07-05","2040-04-03","2042","2041-03-21"],
 ["Většina malých firem nemá vlastního pracovníka pro vývoj a potřebuje externí podporu",
  "Digitální technologie se zavádějí rychleji, když je firma sdílí s dalšími členy klastru",
  "Odstřižky a vyřazené oděvy jsou v regionu stále převážně skládkovány",
  "Nedostatek kvalifikovaných šiček a technologů je pro firmy větší problém než financování",
  "Olomoucký kraj by měl zřídit regionální sběrné a třídicí místo pro textilní odpad",
  "Poukázky na inovace by měly pokračovat i po skončení projektu, nejlépe z krajského rozpočtu",
  "Střední odborné školy by měly nabízet zkrácené rekvalifikační kurzy šití a střihu",
  "Klastr by měl pokračovat ve spolupráci s partnery v rámci nového Euroklastru"],
 pub="2041-03")
