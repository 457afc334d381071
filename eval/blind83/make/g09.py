from h import *
F = 'g09_szeged_palyazati_felhivas_infonap.txt'
for y,m,d,w in [(2038,2,3,'Wednesday'),(2038,2,18,'Thursday'),(2038,4,15,'Thursday'),(2038,1,20,'Wednesday'),(2038,2,25,'Thursday'),(2038,6,30,'Wednesday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """Dél-Alföldi Élelmiszeripari Klaszter | Hírek | Pályázatok

Kezdőlap > Hírek > Pályázatok > Klaszter Innovációs Utalvány 2038

Közzétéve: 2038. január 20., szerda | Szerző: Kovácsné Szűcs Anikó | Olvasási idő: 4 perc

PÁLYÁZATI FELHÍVÁS – KLASZTER INNOVÁCIÓS UTALVÁNY 2038
Információs nap Szegeden és online: 2038. február 3.

A Dél-Alföldi Élelmiszeripari Klaszter (DAÉK) a Csongrád-Csanád Vármegyei Kereskedelmi és Iparkamarával (CSMKIK) közösen harmadik alkalommal hirdeti meg innovációs utalványprogramját. Az utalvány kis- és középvállalkozások számára teszi lehetővé, hogy egyetemi vagy kutatóintézeti szolgáltatást vegyenek igénybe termékfejlesztéshez, élelmiszer-biztonsági vizsgálathoz vagy csomagolásfejlesztéshez.

1. A támogatás célja
A program célja, hogy a régió élelmiszer-feldolgozó vállalkozásai – különösen a paprika-, hagyma-, hús- és tejfeldolgozók – könnyebben jussanak hozzá a Szegedi Tudományegyetem (SZTE) és a Magyar Agrár- és Élettudományi Egyetem laboratóriumainak szolgáltatásaihoz.

2. Kik pályázhatnak?
- a klaszter tagvállalatai, valamint
- Csongrád-Csanád, Békés és Bács-Kiskun vármegyei székhelyű mikro-, kis- és középvállalkozások,
- legalább egy lezárt üzleti évvel.

3. A támogatás összege
Utalványonként legfeljebb 4 millió forint, a szolgáltatás költségének 80 százaléka. A teljes keret 120 millió forint, amelyet a Dél-Alföldi Fejlesztési Ügynökség biztosít.

4. Határidők
- Benyújtási időszak: 2038. február 18. (csütörtök) 10:00 – 2038. április 15. (csütörtök) 12:00
- Döntés: várhatóan 2038 júniusában
- A szolgáltatások megvalósítása: legkésőbb 2039. március 31-ig

A pályázatok beérkezési sorrendben kerülnek elbírálásra, ezért érdemes a benyújtási időszak elején pályázni.

5. INFORMÁCIÓS NAP
Időpont: 2038. február 3., szerda, 9:30–12:30
Helyszín: Szeged, SZTE Élelmiszermérnöki Kar, Moszkvai körút 5–7., Díszterem
Online: a regisztráltak a rendezvény előtti napon kapják meg a linket.

Program:
9:30  Regisztráció, kávé
10:00 Köszöntő – Dr. Tóth-Baranyi Gergely, a klaszter elnöke
10:15 A felhívás részletei, gyakori hibák – Kovácsné Szűcs Anikó, klasztermenedzser
10:45 Mit kínálnak a laborok? – Prof. Dr. Vágvölgyi Erzsébet, dékán, SZTE Élelmiszermérnöki Kar
11:15 Tapasztalatok a 2036-os fordulóból – Kálmán Bence, ügyvezető, Makói Hagymaház Kft.
11:45 Kérdések, egyéni konzultáció (előzetes bejelentkezéssel, 15 perces idősávok)
12:30 Zárás

Regisztráció 2038. január 30-ig: daek.example.hu/infonap
A részvétel ingyenes, de regisztrációhoz kötött. A helyszínen legfeljebb 50 fő fér el.

Második, online konzultációs alkalom: 2038. február 25., csütörtök, 14:00–15:00.

Elszámolható költségek: laboratóriumi vizsgálat, érzékszervi panel, prototípus-csomagolás, eltarthatósági teszt, szakértői tanácsadás. Nem számolható el: eszközbeszerzés, saját munkaerő, utazás, valamint olyan szolgáltatás, amelyet a pályázó kapcsolt vállalkozása nyújt. A szolgáltatót a pályázó választja ki a felhívás mellékletében szereplő, minősített szolgáltatók listájáról.

Partnerek: Csongrád-Csanád Vármegyei Kereskedelmi és Iparkamara · Szegedi Tudományegyetem · Magyar Agrár- és Élettudományi Egyetem · Dél-Alföldi Fejlesztési Ügynökség · Szegedi Élelmiszeripari Szakképzési Centrum

6. A korábbi fordulók eredményei
A 2036-os fordulóban 31 vállalkozás kapott utalványt, összesen 96 millió forint értékben. A támogatott fejlesztések között volt sótlanított paprikakrém, laktózmentes túró és komposztálható tálca zöldségekhez. Az első forduló 2034-ben indult, akkor még csak a klaszter tagjai számára.

7. Kapcsolódó rendezvények
- 2038. március 11–12.: a klaszter közös standja az AGRO+MASHEXPO kiállításon, Budapest, Hungexpo
- 2038. május: Szegedi Paprikanapok szakmai fórum (időpont később)

Gyakori kérdések
- Pályázhat-e egy vállalkozás két utalványra? Nem, fordulónként egy utalvány nyerhető el.
- Kell-e önrész? Igen, a szolgáltatás díjának 20 százalékát a vállalkozás fizeti.
- Mikor kell a szolgáltatóval szerződni? A támogatói döntés után, de legkésőbb 30 napon belül.

Kapcsolat:
Kovácsné Szűcs Anikó
klasztermenedzser
Dél-Alföldi Élelmiszeripari Klaszter Egyesület
6725 Szeged, Kálvária sugárút 23.
Tel.: +36 62 000 000
E-mail: palyazat@daek.example.hu

Ügyfélfogadás: hétfőtől csütörtökig 9:00–15:00

Megosztás: Facebook | LinkedIn | E-mail | Nyomtatás
Címkék: pályázat, innováció, élelmiszeripar, utalvány, információs nap

Ez a weboldal sütiket használ. A böngészés folytatásával hozzájárul a sütik használatához. [Rendben] [Részletek]
© 2038 Dél-Alföldi Élelmiszeripari Klaszter Egyesület – Adatvédelmi tájékoztató – Impresszum
"""
assert wd(2038,3,11)=='Thursday' and wd(2038,1,30)=='Saturday'
write(F, T)
K="Dél-Alföldi Élelmiszeripari Klaszter"
gold(F,
 [P("Kovácsné Szűcs Anikó","klasztermenedzser",K),
  P("Tóth-Baranyi Gergely","elnöke",K),
  P("Vágvölgyi Erzsébet","dékán","SZTE Élelmiszermérnöki Kar"),
  P("Kálmán Bence","ügyvezető","Makói Hagymaház Kft.")],
 [O("Dél-Alföldi Élelmiszeripari Klaszter Egyesület","DAÉK"), O("Csongrád-Csanád Vármegyei Kereskedelmi és Iparkamara","CSMKIK"),
  O("Szegedi Tudományegyetem","SZTE"), O("Magyar Agrár- és Élettudományi Egyetem"), O("Dél-Alföldi Fejlesztési Ügynökség"),
  O("SZTE Élelmiszermérnöki Kar"), O("Makói Hagymaház Kft."), O("Szegedi Élelmiszeripari Szakképzési Centrum")],
 [E("Információs nap","2038-02-03",None,"Szeged","Hungary"),
  E("egyéni konzultáció","2038-02-03",None,"Szeged","Hungary"),
  E("online konzultációs alkalom","2038-02-25"),
  E("AGRO+MASHEXPO","2038-03-11","2038-03-12","Budapest","Hungary"),
  E("Szegedi Paprikanapok szakmai fórum","2038-05")],
 ["2038-01-20","2038-02-03","2038-02-18","2038-04-15","2038-02-18/2038-04-15","2038-06","2039-03-31","2038-01-30",
  "2038-02-25","2036","2034","2038-03-11/2038-03-12","2038-05"],
 [], "2038-01-20")
