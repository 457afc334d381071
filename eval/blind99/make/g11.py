from h import *
F = 'g11_nograd_ontodei_klaszter_hirlevel-pdf.txt'
assert wd(2036,4,17)=='Thursday' and wd(2036,5,14)=='Wednesday' and wd(2036,6,5)=='Thursday' and wd(2036,3,26)=='Wednesday' and wd(2036,6,6)=='Friday'
T = """NÖFK HÍRLEVÉL 2036/2                                             1
Nógrádi Öntödei és Fémipari Klaszter
Megjelent: 2036. április 2.

Tartalom
Elnöki köszöntő ........................ 1
Klaszterhírek .......................... 1
Új tagjaink ............................ 2
Személyi hírek ......................... 2
Rendezvénynaptár ....................... 3

Elnöki köszöntő                                  Klaszterhírek
Kedves Tagtársak! Az első negyed-                 Március 26-án Salgótarjánban,
év nehéz volt: az energiaárak mi-                 a megyei kamara székházá-
att két öntödénk is leállította egy               ban tartotta rendes évi köz-
kemencéjét. Mégis bizakodó va-                    gyűlését a klaszter (lásd a 2. ol-
                                                  dalon).
gyok, mert a megrendelések ápri-                  A közgyűlés
lisban ismét nőni kezdtek, és a                   elfogadta a 2035. évi beszámo-
közös beszerzés már most 8 szá-                   lót, és megválasztotta a klaszter
zalékkal csökkentette a nyers-                    új elnökségét a 2036–2039 közötti
anyagköltségeket. Kérem, vegye-                   időszakra.
nek részt minél többen a tavaszi                  A klaszter elnöke továbbra is
rendezvényeinken.                                 Dr. Baranyi Zoltán, a Salgó-
Dr. Baranyi Zoltán, elnök                         Cast Kft. ügyvezetője.
                                                  Alelnök lett Kovácsné Szabó
                                                  Ildikó (Bátonyterenyei Fémfel-
                                                  dolgozó Zrt.). Az elnökség
                                                  tagja maradt Tóth Gergely és
                                                  Oravecz Péter.

NÖFK HÍRLEVÉL 2036/2                                             2
A közgyűlésnek a Nógrád Megyei Kereskedelmi és Iparkamara (NKIK) adott otthont. A tagokat
Szőke Márton, az NKIK elnöke köszöntötte, aki szerint a megye ipari foglalkoztatásának
csaknem negyedét a klaszter tagvállalatai adják. A közgyűlésen 29 tag vett részt.

A közgyűlés döntései
1. A klaszter tagdíja 2037-től évi 120 000 forint.
2. A klaszter csatlakozik a Magyar Klaszterszövetséghez.
3. Az elnökség kidolgozza a közös szakképzési program tervét.

Új tagjaink                                       Személyi hírek
A klaszter négy új taggal bővült:                 Horváth-Lakatos Enikő március
• Karancs Precíziós Kft., Salgó-                  1-jétől a klasztermenedzser-
tarján – CNC megmunkálás                          szervezet ügyvezetője. Koráb-
• Mátra Hőkezelő Bt., Pásztó                      ban a Nemzeti Kutatási, Fejlesz-
• Ipoly Szerszámgyártó Kft., Ba-                  tési és Innovációs Hivatalnál
lassagyarmat                                      (NKFIH) dolgozott.
• egy egyetemi kar (lásd lent)                    A klaszter képzési munkacso-
Ezzel a tagok száma 37-re nőtt.                   portját új vezető irányítja
                                                  (lásd lent).

Negyedik új tagunk az Óbudai Egyetem Bánki Donát Gépész és Biztonságtechnikai Mérnöki Kar,
amely a salgótarjáni képzési központjával csatlakozott. Dékánja, Dr. Sipos Lajos szerint a kar
évente húsz gépészmérnök-hallgatót küldhet gyakorlatra a tagvállalatokhoz.
Nagy Ferenc, a Salgótarjáni Szakképzési Centrum főigazgatója lett a klaszter képzési
munkacsoportjának vezetője. A munkacsoport első feladata egy közös öntő- és formázó-
képzés összeállítása, amelyet 2036 szeptemberétől három iskolában indítanának.

Klaszterhírek (folytatás)
A Salgó-Cast Kft. március közepén üzembe helyezte új homokformázó sorát, amely évente
4000 tonna öntvényt állít elő. A beruházás a Gazdaságfejlesztési és Innovációs Operatív
Program Plusz támogatásával valósult meg. Az avatáson részt vett Pásztor Ágnes, a Pénzügyminisztérium
helyettes államtitkára, aki szerint a nógrádi fémipar a térség legfontosabb exportőre.
A Mátra Hőkezelő Bt. új vákuumkemencét rendelt, a Karancs Precíziós Kft. pedig második
műszakot indított, és tíz új gépkezelőt keres.
A Miskolci Egyetemmel közös, öntvényhibák felismerésére szolgáló mesterséges intelligencia
projekt első eredményeit a tavaszi szakmai napon mutatjuk be.

NÖFK HÍRLEVÉL 2036/2                                             3
Rendezvénynaptár
2036. április 17. (csütörtök), 10.00 – Tavaszi szakmai nap, Salgótarján, Karancs Szálló
  10.00 Megnyitó – Dr. Baranyi Zoltán
  10.20 A mesterséges intelligencia az öntödében – Dr. Fegyverneki György, Miskolci Egyetem
  12.30 Ebéd
  13.30 Üzemlátogatás a Salgó-Cast Kft.-nél
2036. május 14. (szerda) – Klaszterek napja, Budapest, a Magyar Klaszterszövetség szervezésében
2036. június 5–6. (csütörtök–péntek) – Tanulmányút a dél-morvaországi öntödei
  klaszterhez, Brno
Jelentkezési határidő a tanulmányútra: 2036. május 20.

A tavaszi szakmai napra a tagvállalatok munkatársai ingyenesen jelentkezhetnek, a nem tagoknak
részvételi díjat kell fizetniük. Az üzemlátogatáson legfeljebb 25 fő vehet részt, ezért a helyeket a
jelentkezés sorrendjében osztjuk ki. A tanulmányút költségeinek felét a klaszter fedezi.

Kapcsolat: NÖFK Klasztermenedzsment, 3100 Salgótarján, Rákóczi út 00.
E-mail: info@nofk.example.hu · Tel.: +36 32 000 000
A hírlevelet szerkesztette: Bódi Réka
A hírlevél leiratkozása: valaszcim@nofk.example.hu                       3
"""
write(F, T)
N='Nógrádi Öntödei és Fémipari Klaszter'
gold(F,
 [P('Baranyi Zoltán','elnök',N),
  P('Kovácsné Szabó Ildikó','Alelnök',N),
  P('Tóth Gergely','elnökség tagja',N), P('Oravecz Péter','elnökség tagja',N),
  P('Horváth-Lakatos Enikő','ügyvezetője',N),
  P('Nagy Ferenc','főigazgatója','Salgótarjáni Szakképzési Centrum'),
  P('Pásztor Ágnes','helyettes államtitkára','Pénzügyminisztérium'), P('Szőke Márton','elnöke','NKIK'), P('Sipos Lajos','Dékánja','Óbudai Egyetem Bánki Donát Gépész és Biztonságtechnikai Mérnöki Kar'),
  P('Fegyverneki György',None,'Miskolci Egyetem'),
  P('Bódi Réka',None,None)],
 [O(N,'NÖFK'), O('Nógrád Megyei Kereskedelmi és Iparkamara','NKIK'), O('Salgó-Cast Kft.'),
  O('Magyar Klaszterszövetség'), O('Karancs Precíziós Kft.'), O('Mátra Hőkezelő Bt.'),
  O('Óbudai Egyetem Bánki Donát Gépész és Biztonságtechnikai Mérnöki Kar'),
  O('NKFIH'), O('Miskolci Egyetem'), O('Salgótarjáni Szakképzési Centrum'), O('Pénzügyminisztérium'), O('Ipoly Szerszámgyártó Kft.'), O('Bátonyterenyei Fémfel- dolgozó Zrt.')],
 [E('rendes évi közgyűlés','2036-03-26',None,'Salgótarján','Hungary'),
  E('Tavaszi szakmai nap','2036-04-17',None,'Salgótarján','Hungary'),
  E('Üzemlátogatás a Salgó-Cast Kft.-nél','2036-04-17',None,None,'Hungary'),
  E('Klaszterek napja','2036-05-14',None,'Budapest','Hungary'),
  E('Tanulmányút a dél-morvaországi öntödei klaszterhez','2036-06-05','2036-06-06','Brno','Czechia'),
  E('avatás','2036-03',None,None,None)],
 ['2036-04-02','2036-03-26','2035','2036/2039','2037','2036-03-01','2036-03','2036-04-17','2036-05-14','2036-06-05/2036-06-06','2036-05-20','2036-04','2036-09'],
 ['A klaszter tagdíja 2037-től évi 120 000 forint','A klaszter csatlakozik a Magyar Klaszterszövetséghez',
  'Az elnökség kidolgozza a közös szakképzési program tervét'],
 pub='2036-04-02')
