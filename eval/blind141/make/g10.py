from h import *
F = 'g10_laane_viru_toiduklaster_uudiskiri.md'
assert wd(2039,4,28)=='Thursday' and wd(2039,5,12)=='Thursday' and wd(2039,6,8)=='Wednesday' and wd(2039,6,9)=='Thursday' and wd(2039,5,25)=='Wednesday'
T = """# Lääne-Viru Toiduklastri uudiskiri · mai 2039

*Avaldatud 16. mail 2039 · Koostas: Kadri Saar-Vähi, kommunikatsioonijuht*

[Avaleht](/) | [Klastrist](/klaster) | [Liikmed](/liikmed) | [Üritused](/yritused) | [Uudiskiri](/uudiskiri) | [EN](/en)

---

Head klastri liikmed ja partnerid! Selles numbris: üldkoosoleku otsused, tagasivaade Tallinna toidumessile, uue arendusjuhi tutvustus ja suvised üritused.

## Üldkoosolek kinnitas uue strateegia

Lääne-Viru Toiduklaster MTÜ üldkoosolek toimus neljapäeval, 28. aprillil 2039 Rakvere Ametikoolis, kes võõrustas klastrit juba teist korda. Kohal oli 31 liiget 44-st. Juhatuse esimees **Margus Tamm** (OÜ Vinni Piimatalu) andis ülevaate 2038. aasta tegevustest: klaster korraldas 14 üritust, liikmete ühine eksport kasvas 18% ja kolm ettevõtet said esimest korda Soome jaekettidesse.

Üldkoosolek kinnitas klastri arengustrateegia aastateks 2039–2043 ning valis juhatusse kaks uut liiget. Juhatuse koosseis pärast üldkoosolekut:

- **Margus Tamm**, juhatuse esimees (OÜ Vinni Piimatalu)
- **Liisi Kask-Ojamaa**, juhatuse liige (AS Rakvere Lihakombinaat) – uus
- **Jüri von Rosen**, juhatuse liige (Kunda Kalatööstus OÜ) – uus
- **Helle Org**, juhatuse liige (Väike-Maarja Mahemeierei OÜ)

Revident on edaspidi **Tiina Põldma**, kes on pikka aega töötanud raamatupidajana Rakvere Vallavalitsuses. Lahkuvaid juhatuse liikmeid tänati kuue aasta panuse eest; koosolek lõppes ühise lõunaga, kus pakuti liikmete toodangut.

Üldkoosoleku peamised otsused:

1. Klastri fookusvaldkonnad aastatel 2039–2043 on kohalik tooraine, toidu säilivusaeg ja ühine eksport Põhjamaadesse
2. Liikmemaks jääb 2040. aastal samaks
3. Klaster taotleb koos Lääne-Viru Arenduskeskusega rahastust ühisele tootearenduslaborile

## Tagasivaade: Toidumess Tallinnas

Klastri ühisstendil Tallinna Toidumessil (20.–22. aprill 2039, Eesti Näituste messikeskus) esitles oma tooteid üheksa liiget. Stendi külastas maaeluminister **Urmas Kõiv**, kes tutvus Haljala pagarite ja Kadrina mesinike toodetega. Messil sõlmiti kaks uut tarnelepingut Läti jaeketiga. Ühisstendi kulud kattis pooles ulatuses klaster, ülejäänu jagasid osalevad ettevõtted. Järgmisel aastal plaanime stendi suuremana ning soovime kaasata ka joogitootjaid, kelle huvi on kasvanud. Huvilistel palume anda endast teada juba suve jooksul.

## Uus arendusjuht

Alates 2. maist 2039 töötab klastris arendusjuhina **Anna-Liisa Kuusk**, kes tuli Tartu Ülikooli toiduainete tehnoloogia õppetoolist. Ta vastutab tootearenduse projektide ja koostöö eest teadusasutustega. Anna-Liisa on kasvanud üles Vinnis ning tunneb paljusid liikmeid juba lapsepõlvest. Tema esimene ülesanne on kaardistada, milliseid laboriteenuseid liikmed kõige rohkem vajavad.

> "Lääne-Virumaa toidutootjad on väikesed, aga koos on nad piisavalt suured, et Põhjamaade ostjad neid märkaksid." – Anna-Liisa Kuusk

## Infopäev: toiduohutus ja märgistus

Neljapäeval, 12. mail toimus Rakveres infopäev uute märgistusnõuete kohta. Esines Põllumajandus- ja Toiduameti peaspetsialist **Marek Lill**. Infopäeval osales 27 inimest, neist enamik väiketootjad ja talupoed. Küsimusi oli palju, eriti allergeenide märkimise ja e-poe tooteinfo kohta, ning ametnikud lubasid koostada klastri liikmetele lühikese juhendi. Ettekannete slaidid on liikmetele kättesaadavad klastri siseveebis. Osalejad tõid välja järgmised õppetunnid:

- väiketootjad vajavad märgistuse kontrollimiseks ühist juristi
- uued nõuded tuleb liikmeteni viia vähemalt pool aastat enne jõustumist
- ühine pakendihange vähendab kulusid kuni 20%

## Tulevased üritused

| Kuupäev | Üritus | Koht |
|---|---|---|
| 25. mai 2039 | Juhatuse koosolek | Rakvere |
| 8.–9. juuni 2039 | Õppereis Soome: Hämeenlinna toidutööstuse klaster | Hämeenlinna, Soome |
| 8. juuni 2039, kell 19.00 | Võrgustumisõhtu Soome partneritega | Hämeenlinna |
| august 2039 | Lääne-Virumaa Toidufestival | Rakvere |

Õppereisile registreerimine kuni 26. maini. Reisi toetab Leader-programm Kirde-Eesti Tegevusgrupi kaudu.

Eelmised toidufestivalid: Lääne-Virumaa Toidufestival 2037 Kundas ja Lääne-Virumaa Toidufestival 2038 Tapal kogusid kokku üle 9000 külastaja.

---

**Lääne-Viru Toiduklaster MTÜ** · Tallinna 00, 44311 Rakvere · info@lvtoiduklaster.example.ee · tel 322 0000
Kontakt: Kadri Saar-Vähi, kommunikatsioonijuht · Tegevjuht: Peeter Allik

Klastri tegevust toetab Ettevõtluse ja Innovatsiooni Sihtasutus. [Loobu uudiskirjast](#)
"""
write(F, T)
L="Lääne-Viru Toiduklaster MTÜ"
gold(F,
 [P("Kadri Saar-Vähi","kommunikatsioonijuht",L),
  P("Margus Tamm","Juhatuse esimees",L),
  P("Liisi Kask-Ojamaa","juhatuse liige",L), P("Jüri von Rosen","juhatuse liige",L), P("Helle Org","juhatuse liige",L),
  P("Tiina Põldma","Revident",L),
  P("Urmas Kõiv","maaeluminister",None),
  P("Anna-Liisa Kuusk","arendusjuht",L),
  P("Marek Lill","peaspetsialist","Põllumajandus- ja Toiduamet"),
  P("Peeter Allik","Tegevjuht",L)],
 [O(L), O("OÜ Vinni Piimatalu"), O("Rakvere Ametikool"), O("AS Rakvere Lihakombinaat"), O("Kunda Kalatööstus OÜ"), O("Väike-Maarja Mahemeierei OÜ"), O("Rakvere Vallavalitsus"),
  O("Lääne-Viru Arenduskeskus"), O("Tartu Ülikool"), O("Põllumajandus- ja Toiduamet"), O("Kirde-Eesti Tegevusgrupi"),
  O("Ettevõtluse ja Innovatsiooni Sihtasutus")],
 [E("üldkoosolek","2039-04-28",None,"Rakvere","Estonia"),
  E("Toidumess","2039-04-20","2039-04-22","Tallinn","Estonia"),
  E("infopäev","2039-05-12",None,"Rakvere","Estonia"),
  E("Juhatuse koosolek","2039-05-25",None,"Rakvere","Estonia"),
  E("Õppereis Soome: Hämeenlinna toidutööstuse klaster","2039-06-08","2039-06-09","Hämeenlinna","Finland"),
  E("Võrgustumisõhtu Soome partneritega","2039-06-08",None,"Hämeenlinna","Finland"),
  E("Lääne-Virumaa Toidufestival","2039-08",None,"Rakvere","Estonia"),
  E("Lääne-Virumaa Toidufestival 2037","2037",None,"Kunda","Estonia"),
  E("Lääne-Virumaa Toidufestival 2038","2038",None,"Tapa","Estonia")],
 ["2039-05","2039-05-16","2039-04-28","2038","2039/2043","2040","2039-04-20/2039-04-22","2039-05-02","2039-05-12","2039-05-25",
  "2039-06-08/2039-06-09","2039-06-08","2039-08","2039-05-26"],
 ["Klastri fookusvaldkonnad aastatel 2039–2043 on kohalik tooraine, toidu säilivusaeg ja ühine eksport Põhjamaadesse",
  "Liikmemaks jääb 2040. aastal samaks",
  "Klaster taotleb koos Lääne-Viru Arenduskeskusega rahastust ühisele tootearenduslaborile",
  "väiketootjad vajavad märgistuse kontrollimiseks ühist juristi",
  "uued nõuded tuleb liikmeteni viia vähemalt pool aastat enne jõustumist",
  "ühine pakendihange vähendab kulusid kuni 20%"],
 pub="2039-05-16")
