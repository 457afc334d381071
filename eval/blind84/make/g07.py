from h import *
F = 'g07_szeged_elelmiszer_klaszter_tagjaink.md'
assert wd(2040,2,23)=='Thursday' and wd(2040,3,15)=='Thursday'
T = """[Főoldal](/) | [Rólunk](/rolunk) | **Tagjaink** | [Projektek](/projektek) | [Hírek](/hirek) | [Rendezvények](/rendezvenyek) | [Kapcsolat](/kapcsolat) | [EN](/en)

# Tagjaink

*Utolsó frissítés: 2040. március 2.*

A Dél-Alföldi Élelmiszer- és Fűszerpaprika Klaszter (DAÉK) 2030 óta fogja össze Csongrád-Csanád és Bács-Kiskun vármegye élelmiszer-feldolgozó vállalkozásait, termelői szervezeteit, kutatóhelyeit és oktatási intézményeit. A klaszter jelenleg 34 taggal működik; az Akkreditált Innovációs Klaszter címet 2038-ban nyerte el másodszor. A tagság feltétele a székhely vagy telephely a két vármegye egyikében, valamint az alapszabály és az etikai kódex elfogadása.

Az alábbi lista a tagokat ágazatonként, cégformájukkal együtt sorolja fel. A kapcsolattartók a tagok hozzájárulásával szerepelnek, a lista negyedévente frissül.

## Alapító tagok

| Tag | Székhely | Kapcsolattartó |
|---|---|---|
| Szegedi Paprika Feldolgozó Zrt. | Szeged | Tóth Bence vezérigazgató |
| Kalocsai Fűszerpaprika Termelői Szövetkezet | Kalocsa | Horváth Erzsébet elnök |
| Szegedi Tudományegyetem, Mezőgazdasági Kar | Hódmezővásárhely | Dr. Kovács Gábor dékánhelyettes |
| Dél-Alföldi Innovációs Ügynökség Nonprofit Kft. | Szeged | Nagy Krisztina ügyvezető |

## Feldolgozók és gyártók

- **Makói Hagyma Kft.** (Makó) – hagymaszárítás, őrlemények; kapcsolattartó: Szabó Ferenc
- **Tisza-Konzerv Zrt.** (Csongrád) – zöldségkonzervek
- **Paprikaház Bt.** (Szeged) – kézműves fűszerkeverékek; kapcsolattartó: Lakatos Júlia tulajdonos
- **Pick Szeged Zrt.** – szalámi és húskészítmények
- **Kiskunsági Méhészeti Kft.** (Kiskunfélegyháza) – méz és méhészeti termékek
- **Alföldi Tejipari Szövetkezet** (Kecskemét)
- **Gasztro-Lab Kft.** (Szentes) – fermentált szószok, start-up, tag 2039 óta
- **Ördögpaprika Egyéni Vállalkozás** (Szatymaz)

## Kutatás, oktatás, szolgáltatás

- **Szegedi Tudományegyetem, Élelmiszermérnöki Kar** – kapcsolattartó: Dr. Molnár Réka egyetemi docens
- **Magyar Agrár- és Élettudományi Egyetem (MATE), Kecskeméti Campus**
- **Nemzeti Élelmiszerlánc-biztonsági Hivatal (Nébih)** – megfigyelő tag
- **Csongrád-Csanád Vármegyei Kereskedelmi és Iparkamara (CSMKIK)**
- **Élelmiszeripari Szakképzési Centrum Szeged** – kapcsolattartó: Fekete László igazgató
- **AgroData Solutions Kft.** – informatikai szolgáltató

## Új tagok 2040-ben

A klaszter közgyűlése 2040. február 23-án, csütörtökön a következő szervezetek felvételéről döntött:

1. **Szentesi Kertészeti Termelői Csoport Kft.** (Szentes)
2. **Bio-Csemege Zrt.** (Kecskemét)
3. **Baja Halfeldolgozó Kft.** (Baja)

A közgyűlésen Tóth Bencét, a Szegedi Paprika Feldolgozó Zrt. vezérigazgatóját újraválasztották a klaszter elnökének, alelnöknek pedig Nagy Krisztinát választották. A munkaszervezet vezetője továbbra is Varga Dóra klasztermenedzser, akit Kiss Ádám projektkoordinátor segít.

## Változások a taglistában

2039 végén két tag lépett ki a klaszterből: a Csongrádi Savanyító Bt. megszűnt, a Szegedi Pékség Kft. pedig a Magyar Pékszövetség regionális tagozatához csatlakozott. A Tisza-Konzerv Zrt. 2039 decemberében új tulajdonoshoz került, tagsága változatlan. Varga Dóra klasztermenedzser szerint a taglétszám nem cél önmagában: „Olyan tagokat keresünk, akik részt vesznek a közös projektekben, és nem csak a logót szeretnék a honlapjukra tenni." Az elnökség 2040-ben elsősorban a halfeldolgozás, a zöldséghajtatás és a csomagolóipar szereplőit szeretné megszólítani, mert ezek a területek eddig alulreprezentáltak voltak a klaszterben.

## Hogyan lehet csatlakozni?

Belépési szándékát a [jelentkezési lapon](/jelentkezes) jelezheti. A kérelmeket az elnökség negyedévente bírálja el; a következő elbírálás 2040. március 15-én lesz. Éves tagdíj: mikro- és kisvállalkozásoknak 60 000 Ft, középvállalatoknak 150 000 Ft, nagyvállalatoknak 400 000 Ft. Kutatóhelyek és oktatási intézmények tagdíjmentesek. A felvételt követően minden új tag bemutatkozhat a következő szakmai reggelin és a klaszter hírlevelében.

A tagoknak nyújtott szolgáltatásaink: közös megjelenés a SIRHA és az Anuga vásárokon, pályázatfigyelés és -írás, laborvizsgálatok kedvezményes díjon az egyetemmel együttműködésben, valamint negyedéves szakmai reggelik.

---
**Kapcsolat:** Varga Dóra klasztermenedzser · 6720 Szeged, Kárász utca 11. · info@daek.example.hu · +36 62 000 000
[Adatkezelési tájékoztató](/adatvedelem) · [Süti beállítások](/sutik) · Megosztás: [Facebook](#) [LinkedIn](#)
"""
write(F, T)
D = "Dél-Alföldi Élelmiszer- és Fűszerpaprika Klaszter"
gold(F,
 [P("Tóth Bence","vezérigazgató","Szegedi Paprika Feldolgozó Zrt."),
  P("Horváth Erzsébet","elnök","Kalocsai Fűszerpaprika Termelői Szövetkezet"),
  P("Kovács Gábor","dékánhelyettes","Szegedi Tudományegyetem, Mezőgazdasági Kar"),
  P("Nagy Krisztina","ügyvezető","Dél-Alföldi Innovációs Ügynökség Nonprofit Kft."),
  P("Szabó Ferenc",None,"Makói Hagyma Kft."),
  P("Lakatos Júlia","tulajdonos","Paprikaház Bt."),
  P("Molnár Réka","egyetemi docens","Szegedi Tudományegyetem, Élelmiszermérnöki Kar"),
  P("Fekete László","igazgató","Élelmiszeripari Szakképzési Centrum Szeged"),
  P("Varga Dóra","klasztermenedzser",D),
  P("Kiss Ádám","projektkoordinátor",D)],
 [O(D,"DAÉK"), O("Szegedi Paprika Feldolgozó Zrt."), O("Kalocsai Fűszerpaprika Termelői Szövetkezet"),
  O("Szegedi Tudományegyetem"), O("Mezőgazdasági Kar"), O("Dél-Alföldi Innovációs Ügynökség Nonprofit Kft."),
  O("Makói Hagyma Kft."), O("Tisza-Konzerv Zrt."), O("Paprikaház Bt."), O("Pick Szeged Zrt."),
  O("Kiskunsági Méhészeti Kft."), O("Alföldi Tejipari Szövetkezet"), O("Gasztro-Lab Kft."),
  O("Ördögpaprika Egyéni Vállalkozás"), O("Élelmiszermérnöki Kar"),
  O("Magyar Agrár- és Élettudományi Egyetem","MATE"),
  O("Nemzeti Élelmiszerlánc-biztonsági Hivatal","Nébih"),
  O("Csongrád-Csanád Vármegyei Kereskedelmi és Iparkamara","CSMKIK"),
  O("Élelmiszeripari Szakképzési Centrum Szeged"), O("AgroData Solutions Kft."),
  O("Szentesi Kertészeti Termelői Csoport Kft."), O("Bio-Csemege Zrt."), O("Baja Halfeldolgozó Kft."), O("Csongrádi Savanyító Bt."), O("Szegedi Pékség Kft."), O("Magyar Pékszövetség")],
 [E("közgyűlés","2040-02-23",None,None,None), E("SIRHA"), E("Anuga")],
 ["2040-03-02","2030","2038","2039","2040","2039-12","2040-02-23","2040-03-15"],
 [], "2040-03-02")
