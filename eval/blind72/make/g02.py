from h import *
import docx
from docx.shared import Pt
F = 'pannon-gyogyaszati-klaszter-taglista-2035.docx'
rows = [
 ("Mecsek-Med Orvostechnikai Kft.", "Kft.", "Pécs", "Dr. Szabó-Kerekes Judit", "ügyvezető igazgató"),
 ("BaranyaLab Diagnosztika Zrt.", "Zrt.", "Pécs", "Lengyel Ákos", "kutatás-fejlesztési igazgató"),
 ("Sikondai Gyógyvíz Bt.", "Bt.", "Sikonda", "Fekete Zsuzsanna", "tulajdonos"),
 ("Harkány Termál Egészségcentrum Nonprofit Kft.", "Nonprofit Kft.", "Harkány", "Dr. Molnár Gergely", "orvosigazgató"),
 ("Dráva Steril Csomagolástechnika Kft.", "Kft.", "Mohács", "Bognár Péter", "ügyvezető"),
 ("Pécsi Tudományegyetem Klinikai Központ", "egyetemi egység", "Pécs", "Prof. Dr. Vörös Katalin", "klinikai központ elnöke"),
 ("Orvosi Informatika Pécs Szövetkezet", "szövetkezet", "Pécs", "Kiss-Antal Bence", "elnök"),
 ("Villányi Biopatika Kft.", "Kft.", "Villány", "Takács Eszter", "gyógyszerész, ügyvezető"),
 ("NovaOrtho Implant Zrt.", "Zrt.", "Komló", "Halász Tamás", "vezérigazgató"),
 ("Szigetvári Rehabilitációs Eszközgyártó Kft.", "Kft.", "Szigetvár", "Dr. Pap Ilona", "minőségirányítási vezető"),
 ("Baranya Megyei Kereskedelmi és Iparkamara", "köztestület", "Pécs", "Horváth-Major Dóra", "innovációs tanácsadó"),
 ("Zsolnay Digitális Egészség Alapítvány", "alapítvány", "Pécs", "Schmidt Konrád", "kuratóriumi elnök"),
]
d = docx.Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10)
d.add_heading('Pannon Gyógyászati és Egészségipari Klaszter', 0)
d.add_paragraph('TAGJEGYZÉK – 2035. január 31-i állapot')
d.add_paragraph('Készítette: Klaszteriroda, Pécs, Szántó Kovács János u. 1/B. Felelős: Gál Orsolya klasztermenedzser. Belső használatra, harmadik félnek csak az elnökség engedélyével adható át; a kapcsolattartói adatok a tagok hozzájárulásával szerepelnek a jegyzékben.')
d.add_heading('1. A klaszterről röviden', 1)
d.add_paragraph('A Pannon Gyógyászati és Egészségipari Klaszter (PGYK) 2027-ben alakult Pécsett tizenegy alapító taggal, együttműködési megállapodás alapján, önálló jogi személyiség nélkül. A klaszter gesztorszervezete a Mecsek-Med Orvostechnikai Kft., a klaszterirodát 2031 óta a Pannon Innovációs Ügynökség Nonprofit Kft. működteti. A klaszter 2033-ban elnyerte az Akkreditált Innovációs Klaszter címet, amelyet a Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal (NKFIH) ítél oda; a cím 2037. december 31-ig érvényes.')
d.add_paragraph('A klaszter legfőbb döntéshozó szerve a Klasztertanács, amelyben minden tag egy szavazattal rendelkezik. A Klasztertanács a 2034. november 14-i ülésén öt évre újraválasztotta az elnökséget: elnök Dr. Szabó-Kerekes Judit, alelnökök Lengyel Ákos és Prof. Dr. Vörös Katalin. A tagok száma 2035 elején 38; közülük 29 vállalkozás, 4 felsőoktatási vagy kutatási szervezet és 5 egyéb szervezet. Az alábbi táblázat a klasztertanácsban szavazati joggal rendelkező, kapcsolattartóként kijelölt személyeket tartalmazza a tizenkét legaktívabb tag esetében; a teljes névsor a klaszteriroda honlapján érhető el.')
d.add_heading('2. Tagok és kapcsolattartók (kivonat)', 1)
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
for i, h in enumerate(['Szervezet neve', 'Jogi forma', 'Székhely', 'Kapcsolattartó', 'Beosztás']): t.rows[0].cells[i].text = h
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_heading('3. Új tagok 2034-ben', 1)
d.add_paragraph('A Klasztertanács 2034-ben négy új tag felvételét hagyta jóvá: a NovaOrtho Implant Zrt.-t (Komló), a Villányi Biopatika Kft.-t, a Zsolnay Digitális Egészség Alapítványt és az eszéki székhelyű MedSlavonija d.o.o.-t, amely az első horvát tagja a klaszternek. A MedSlavonija d.o.o. kapcsolattartója Ivana Kovačević fejlesztési vezető. A horvát tag felvételét a 2034–2036 között futó Interreg-projekt előkészítése indokolta, amelyben a klaszter az eszéki egyetemmel működik együtt.')
d.add_heading('4. Kilépett, illetve megszűnt tagok', 1)
d.add_paragraph('2034. június 30-i hatállyal kilépett a klaszterből a Pécsi Labortechnika Bt., amely tevékenységét megszüntette. A Tolnai Gyógyászati Segédeszköz Kft. tagsága a tagdíj kétéves elmaradása miatt a klasztertanács döntése alapján 2034. december 31-én megszűnt.')
d.add_heading('5. Tagdíjak és adatkezelés', 1)
d.add_paragraph('Az éves tagdíj mikro- és kisvállalkozások számára 120 000 Ft, közepes vállalkozások számára 240 000 Ft, nagyvállalatok számára 480 000 Ft; a felsőoktatási és nonprofit tagok tagdíja 60 000 Ft. A tagdíjat minden év március 31-ig kell megfizetni. A kapcsolattartói adatok változását kérjük haladéktalanul jelezni a klaszteriroda e-mail-címén (iroda@pannonmed.hu). A jegyzék következő frissítése 2035. július 31-én várható.')
d.add_heading('6. Munkacsoportok és vezetőik', 1)
d.add_paragraph('A klaszterben 2035-ben négy szakmai munkacsoport működik. Az orvostechnikai eszközök szabályozási munkacsoportját Dr. Pap Ilona (Szigetvári Rehabilitációs Eszközgyártó Kft.) vezeti; a csoport fő feladata a tagok felkészítése az uniós orvostechnikai eszköz rendelet szerinti megfelelőségértékelésre. A gyógyturisztikai munkacsoport vezetője Dr. Molnár Gergely, a Harkány Termál Egészségcentrum orvosigazgatója, aki a sikondai és harkányi szolgáltatók közös ajánlatcsomagját koordinálja. A digitális egészség munkacsoportot Schmidt Konrád irányítja, a képzési és humánerőforrás munkacsoportot pedig Várnai-Tóth Henrietta, a Pécsi Tudományegyetem Egészségtudományi Karának dékánhelyettese. A munkacsoportok negyedévente üléseznek, beszámolóikat a klasztertanács tavaszi ülése hagyja jóvá. Új tagok bármelyik munkacsoporthoz csatlakozhatnak, a jelentkezést a klaszterirodának kell jelezni.')
d.add_paragraph('Pécs, 2035. február 3.\n\nGál Orsolya\nklasztermenedzser\nPannon Innovációs Ügynökség Nonprofit Kft.')
d.save(os.path.join(B, 'docs', F))
people = [P('Szabó-Kerekes Judit','elnök','Mecsek-Med Orvostechnikai Kft.')]
for r in rows[1:]:
    n = r[3].replace('Prof. Dr. ','').replace('Dr. ','')
    people.append(P(n, r[4], r[0]))
people[1]['role'] = 'kutatás-fejlesztési igazgató'
people += [P('Gál Orsolya','klasztermenedzser','Pannon Innovációs Ügynökség Nonprofit Kft.'), P('Ivana Kovačević','fejlesztési vezető','MedSlavonija d.o.o.'), P('Várnai-Tóth Henrietta','dékánhelyettes','Pécsi Tudományegyetem Egészségtudományi Kar')]
orgs = [O('Pannon Gyógyászati és Egészségipari Klaszter','PGYK')] + [O(r[0]) for r in rows] + [O('Pannon Innovációs Ügynökség Nonprofit Kft.'),
  O('Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal','NKFIH'), O('MedSlavonija d.o.o.'), O('Pécsi Labortechnika Bt.'), O('Tolnai Gyógyászati Segédeszköz Kft.'), O('Pécsi Tudományegyetem Egészségtudományi Kar')]
gold(F, people, orgs, [E('Klasztertanács ülése','2034-11-14','2034-11-14',None,None)],
 ['2035-01-31','2027','2031','2033','2037-12-31','2034-11-14','2035','2034','2034/2036','2034-06-30','2034-12-31','2035-07-31','2035-02-03'], pub='2035-02-03')
