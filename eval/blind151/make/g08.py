from h import *
F = 'g08_raplamaa_puiduklaster_uudiskiri.md'
assert wd(2035,1,29)=='Monday' and wd(2035,2,21)=='Wednesday' and wd(2035,3,14)=='Wednesday' and wd(2035,4,5)=='Thursday'
T = """# Raplamaa Puiduklastri uudiskiri · veebruar 2035

*Uudiskiri nr 14 · Rapla, 6. veebruar 2035 · Koostas: Marju Vällik, klastri kommunikatsioonijuht*

[Avaleht](https://example.ee) · [Liikmed](https://example.ee/liikmed) · [Projektid](https://example.ee/projektid) · [Üritused](https://example.ee/uritused) · [In English](https://example.ee/en)

---

## Juhatuse koosolekult

Klastri juhatus kogunes 29. jaanuaril 2035 Raplas, Raplamaa Arenduskeskuse ruumides. Juhatuse koosolekul kinnitati 2035. aasta tegevuskava ja eelarve ning arutati klastri liikmemaksu muutmist. Juhatuse esimees Aivar Kõrts-Lepik (OÜ Kehtna Puitmaja) tutvustas ka uut koostööleppe kavandit Soome puidusektori klastriga.

Juhatuse koosoleku otsused:

- liikmemaks jääb 2035. aastal samaks, 600 eurot aastas väikeettevõtetele
- klaster esitab märtsis taotluse Ettevõtluse ja Innovatsiooni Sihtasutusele (EIS) klastrite arendamise meetmesse
- klastri uueks liikmeks võetakse vastu OÜ Märjamaa Palk

---

## Tagasivaade: puitehituse infopäev Kohilas

Novembri lõpus toimunud puitehituse infopäeval Kohila mõisas osales 74 inimest. Päeva avas Rapla vallavanem Jaan Õunapuu, kes rääkis, et puit peaks olema valla uute koolide ja lasteaedade esimene valik. Tallinna Tehnikaülikooli puidutehnoloogia professor Kadri-Liis Tamm näitas, kuidas ristkihtpuidust hoone süsiniku jalajälg on betoonhoonest ligi poole väiksem.

Helena Schmidt-Rebane (Eesti Puitmajaliit, tegevjuht) esitas liidu uuringu tulemused, mille järgi eksportis Eesti 2034. aastal puitmaju rohkem kui ühelgi varasemal aastal.

**Infopäeva peamised järeldused**

1. Kohalikud omavalitsused on puitehituse suurimad tellijad ja vajavad hangete koostamiseks tuge
2. Väikestel puidutöökodadel puuduvad sertifitseeritud tooted, ilma milleta ei pääse nad suurtesse ehitusprojektidesse
3. Kutseõppes tuleb puitehituse praktikat pikendada ja viia see rohkem ettevõtetesse
4. Klaster peaks koondama liikmete tootmisvõimsused, et pakkuda ühiselt suuremaid tellimusi

---

## Liikmete uudised

**OÜ Kehtna Puitmaja** sõlmis detsembris lepingu 24 moodulmaja tarnimiseks Norrasse, mis on ettevõtte seni suurim eksporttellimus. Tootmisjuht Priit Sepp-Kaljuvee sõnul tuleb selleks palgata kevadeks kümme uut töötajat.

**Järvakandi Klaasimeistrid AS** lõpetas koos Tallinna Tehnikaülikooliga kaks aastat kestnud arendustöö ning toob turule uue energiasäästliku puitalumiiniumakna.

**Rapla Maakonna Kutsehariduskeskus** avab sügisel täiskasvanutele mõeldud puitmajade koosteoperaatori kursuse. Kursusele saab registreeruda juba praegu ja õppekoha eest tasub Töötukassa.

---

## Uued liikmed

Jaanuaris liitusid klastriga:

- **OÜ Märjamaa Palk** – palkmajade tootja Märjamaalt
- **Järvakandi Klaasimeistrid AS** – puitraamiga akende ja klaasfassaadide valmistaja
- **Rapla Maakonna Kutsehariduskeskus** – koolitab puusepad ja tisleri eriala õppijad

Klastris on nüüd 41 liiget, neist 33 ettevõtet. Uutele liikmetele korraldame kevadel eraldi tutvumiskohtumise, kus tutvustame klastri teenuseid ja töörühmi.

---

## Tulevased üritused

| Kuupäev | Üritus | Koht |
|---|---|---|
| K, 21. veebruar 2035 | Veebiseminar „Puitmaja eksport Saksamaale" | veebis |
| K, 14. märts 2035, kl 10–15 | Ettevõtete külastus: Kehtna tehaste ringkäik | Kehtna |
| N, 5. aprill 2035 | Klastri üldkoosolek | Rapla |
| 23.–25. mai 2035 | Õppereis Lahtisse ja Jyväskylässe koos Soome partneritega | Soome |
| 30. aprill 2035 | Klastri innovatsiooniloosi taotluste tähtaeg | – |

Veebiseminaril esineb Saksamaa turu ekspert Dr. Jörg Althaus-Kiviste (Saksa-Balti Kaubanduskoda, AHK). Õppereisi korraldab Soome poolelt Puuinfo Oy ja reisi juhib klastrijuht Rasmus Lepp.

---

## Klastrijuhi veerg

Möödunud aasta oli klastrile kasvuaasta: liikmete arv tõusis 29-lt 41-le ja korraldasime 18 üritust. Sel aastal tahame jõuda esimese ühise ekspordipakkumiseni. Kui teie ettevõttel on veel vaba tootmisvõimsust kevadeks, andke sellest teada!

Eraldi tänan kõiki, kes vastasid detsembris meie liikmeküsitlusele. Vastustest selgus, et kõige rohkem ootavad liikmed abi ekspordil, ühiseid koolitusi ja kontakte arhitektidega. Neid soove arvestame tegevuskava elluviimisel. Suur tänu ka juhatusele ja kõigile vabatahtlikele, kes mullu aitasid üritusi korraldada. Järgmises uudiskirjas tutvustame juba esimesi tulemusi ning kevadiste õppereiside täpsemat programmi.

*Rasmus Lepp, klastrijuht*

---

Raplamaa Puiduklaster MTÜ · Tallinna mnt 14, 79513 Rapla · info@puiduklaster.example.ee
Uudiskirja tellimusest loobumiseks vajuta [siia](https://example.ee/loobu).
"""
write(F, T)
RP="Raplamaa Puiduklaster MTÜ"
gold(F,
 [P("Marju Vällik","kommunikatsioonijuht",RP),
  P("Aivar Kõrts-Lepik","Juhatuse esimees",RP),
  P("Jaan Õunapuu","Rapla vallavanem",None),
  P("Kadri-Liis Tamm","puidutehnoloogia professor","Tallinna Tehnikaülikool"),
  P("Helena Schmidt-Rebane","tegevjuht","Eesti Puitmajaliit"),
  P("Jörg Althaus-Kiviste","Saksamaa turu ekspert","Saksa-Balti Kaubanduskoda"),
  P("Priit Sepp-Kaljuvee","Tootmisjuht","OÜ Kehtna Puitmaja"),
  P("Rasmus Lepp","klastrijuht",RP)],
 [O(RP), O("Raplamaa Arenduskeskus"), O("OÜ Kehtna Puitmaja"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
  O("OÜ Märjamaa Palk"), O("Tallinna Tehnikaülikool"), O("Eesti Puitmajaliit"), O("Järvakandi Klaasimeistrid AS"),
  O("Rapla Maakonna Kutsehariduskeskus"), O("Saksa-Balti Kaubanduskoda","AHK"), O("Puuinfo Oy"), O("Töötukassa")],
 [E("Juhatuse koosolek","2035-01-29",None,"Rapla","Estonia"),
  E("puitehituse infopäev","2034-11",None,"Kohila","Estonia"),
  E("Puitmaja eksport Saksamaale","2035-02-21",None,None,None),
  E("Ettevõtete külastus: Kehtna tehaste ringkäik","2035-03-14",None,"Kehtna","Estonia"),
  E("Klastri üldkoosolek","2035-04-05",None,"Rapla","Estonia"),
  E("Õppereis Lahtisse ja Jyväskylässe","2035-05-23","2035-05-25","Lahti, Jyväskylä","Finland")],
 ["2035-02","2035-02-06","2035-01-29","2035","2035-03","2034","2035-02-21","2035-03-14","2035-04-05","2035-05-23/2035-05-25","2035-04-30","2035-01","2034-11","2034-12"],
 ["liikmemaks jääb 2035. aastal samaks, 600 eurot aastas väikeettevõtetele",
  "klaster esitab märtsis taotluse Ettevõtluse ja Innovatsiooni Sihtasutusele (EIS) klastrite arendamise meetmesse",
  "klastri uueks liikmeks võetakse vastu OÜ Märjamaa Palk",
  "Kohalikud omavalitsused on puitehituse suurimad tellijad ja vajavad hangete koostamiseks tuge",
  "Väikestel puidutöökodadel puuduvad sertifitseeritud tooted, ilma milleta ei pääse nad suurtesse ehitusprojektidesse",
  "Kutseõppes tuleb puitehituse praktikat pikendada ja viia see rohkem ettevõtetesse",
  "Klaster peaks koondama liikmete tootmisvõimsused, et pakkuda ühiselt suuremaid tellimusi"],
 pub="2035-02-06")
