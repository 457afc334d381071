from h import *
F = 'g04_pardubicky_mapovani_klastru.md'
assert wd(2035,10,16)=='Tuesday' and wd(2035,11,20)=='Tuesday'
T = """[Úvod](/) › [Strategie RIS3](/ris3) › [Analýzy a studie](/ris3/studie) › Mapování klastrů 2035

# Mapování klastrů a inovačních ekosystémů Pardubického kraje 2035 – shrnutí

*Vloženo: 27. 11. 2035 | Autor: Redakce PKIC | Kategorie: Analýzy, RIS3 | ⏱ 7 min čtení*

> Shrnutí studie zpracované pro Pardubický kraj. Plné znění (PDF, 118 stran, 6,4 MB) a datové přílohy (XLSX) najdete v části [Ke stažení](#ke-stazeni).

## O studii

Studii zadalo **Pardubické krajské inovační centrum, z. ú. (PKIC)** jako podklad pro aktualizaci Regionální inovační strategie Pardubického kraje na období 2036–2041. Zpracoval ji tým společnosti **Cluster Analytica s.r.o.** z Brna pod vedením Ing. Radky Vondrové, Ph.D., ve spolupráci s Fakultou ekonomicko-správní Univerzity Pardubice. Terénní šetření probíhalo od března do srpna 2035.

Tým analyzoval data o 8 412 firmách se sídlem nebo provozovnou v kraji, provedl 64 řízených rozhovorů s řediteli firem, výzkumných organizací a manažery klastrů a uspořádal tři ohniskové skupiny v Pardubicích, Chrudimi a Ústí nad Orlicí. Výsledky byly představeny na **Inovačním fóru Pardubického kraje** v úterý 16. října 2035 v Pardubicích.

## Zmapované klastry a klastrové iniciativy

| Klastr / iniciativa | Sídlo | Členové | Obor |
|---|---|---|---|
| Klastr chemického průmyslu Pardubice | Pardubice | 31 | chemie, nanomateriály |
| Východočeský elektrotechnický klastr | Pardubice | 44 | elektronika, radiolokace |
| Klastr Orlické strojírenství | Ústí nad Orlicí | 26 | obráběcí stroje |
| Dřevařský klastr Českomoravské vrchoviny | Hlinsko | 19 | dřevo, nábytek |
| Iniciativa Zdravé potraviny Chrudimska | Chrudim | 12 | potravinářství |
| Klastr kybernetické bezpečnosti (vznikající) | Pardubice | 8 | IT, bezpečnost |

Celkem šest klastrových iniciativ sdružuje 140 subjektů; přes 70 % členů tvoří malé a střední podniky.

## Hlavní zjištění

1. Nejsilnější koncentrace zaměstnanosti vůči průměru ČR je v chemii a v elektrotechnice; lokalizační kvocient přesahuje 2,1.
2. Klastry jsou silné v lobbingu a vzdělávání, ale jen dva z šesti realizovaly v letech 2032–2035 společný výzkumný projekt.
3. Spolupráce s Univerzitou Pardubice je intenzivní v chemii, v ostatních oborech spíše nahodilá.
4. Firmy v okrese Svitavy jsou do klastrů zapojeny nejméně; žádná klastrová organizace zde nemá sídlo.
5. Internacionalizace se omezuje na veletrhy; jen 9 % členů se účastnilo zahraniční mise.
6. Vznikající klastr kybernetické bezpečnosti má potenciál navázat na tradici radiolokace v Pardubicích.

## Doporučení

- Zavést krajský program „Klastrový voucher“ na společné výzkumné projekty klastrů s výzkumnými organizacemi.
- Podpořit vznik pobočky nebo kontaktního místa klastrů ve Svitavách a v Litomyšli.
- Propojit klastry s platformami S3 na evropské úrovni, zejména v oblasti pokročilých materiálů.
- Sjednotit sběr dat o členech klastrů a vyhodnocovat je jednou ročně.
- Zřídit pracovní skupinu pro kybernetickou bezpečnost při Krajské radě pro inovace.

## Co bude dál

Návrh opatření projedná **Krajská rada pro inovace** na zasedání v úterý 20. listopadu 2035. „Studie nám poprvé ukázala, kde nám na mapě chybějí celé okresy,“ uvedl ředitel PKIC Mgr. Tomáš Havlíček. Radní pro regionální rozvoj Pardubického kraje Ing. Lenka Dvořáková, MBA, doplnila, že kraj počítá s prvním kolem klastrových voucherů v roce 2036.

Do diskuse na fóru se zapojili také předseda Východočeského elektrotechnického klastru Pavel Štěpánek a manažerka Klastru chemického průmyslu Pardubice Ing. Markéta Jelínková. Studii připomínkoval rovněž Jan Kroupa z agentury CzechInvest.

## Ke stažení

- [Mapování klastrů PK 2035 – plné znění (PDF)](/files/mapovani-2035.pdf)
- [Datová příloha (XLSX)](/files/mapovani-2035-data.xlsx)
- [Prezentace z Inovačního fóra (PDF)](/files/forum-2035.pdf)

## Kontakt

**Ing. Radka Vondrová, Ph.D.** – vedoucí autorského týmu, Cluster Analytica s.r.o.
Partner studie: Univerzita Pardubice, Fakulta ekonomicko-správní
**Mgr. Barbora Nováková** – S3 manažerka, PKIC, barbora.novakova@pkic.example.cz, +420 466 000 000

---
Sdílet: [Facebook](#) · [LinkedIn](#) · [E-mail](#)

Související články:
- [RIS3 Pardubického kraje: výroční zpráva o implementaci 2034](/ris3/zprava-2034)
- [Inovační vouchery 2035 – výsledky výzvy](/vouchery-2035)

© 2035 Pardubické krajské inovační centrum, z. ú. · Sukovy Prodloužení 1692, Pardubice · [Cookies](/cookies) · [Prohlášení o přístupnosti](/pristupnost)
"""
write(F, T)
PK="Pardubické krajské inovační centrum, z. ú."
gold(F,
 [P("Radka Vondrová","vedoucí autorského týmu","Cluster Analytica s.r.o."),
  P("Tomáš Havlíček","ředitel","PKIC"),
  P("Lenka Dvořáková","Radní pro regionální rozvoj","Pardubický kraj"),
  P("Pavel Štěpánek","předseda","Východočeský elektrotechnický klastr"),
  P("Markéta Jelínková","manažerka","Klastr chemického průmyslu Pardubice"),
  P("Jan Kroupa",None,"CzechInvest"),
  P("Barbora Nováková","S3 manažerka","PKIC")],
 [O(PK,"PKIC"), O("Pardubický kraj"), O("Cluster Analytica s.r.o."), O("Fakulta ekonomicko-správní"),
  O("Univerzita Pardubice"), O("Klastr chemického průmyslu Pardubice"), O("Východočeský elektrotechnický klastr"),
  O("Klastr Orlické strojírenství"), O("Dřevařský klastr Českomoravské vrchoviny"),
  O("Iniciativa Zdravé potraviny Chrudimska"), O("Klastr kybernetické bezpečnosti"),
  O("Krajská rada pro inovace"), O("CzechInvest")],
 [E("Inovační fórum Pardubického kraje","2035-10-16",None,"Pardubice","Czechia"),
  E("zasedání Krajské rady pro inovace","2035-11-20",None,None,None)],
 ["2035-11-27","2036/2041","2035-03/2035-08","2035-10-16","2032/2035","2035-11-20","2036"],
 ["Nejsilnější koncentrace zaměstnanosti vůči průměru ČR je v chemii a v elektrotechnice; lokalizační kvocient přesahuje 2,1",
  "Klastry jsou silné v lobbingu a vzdělávání, ale jen dva z šesti realizovaly v letech 2032–2035 společný výzkumný projekt",
  "Spolupráce s Univerzitou Pardubice je intenzivní v chemii, v ostatních oborech spíše nahodilá",
  "Firmy v okrese Svitavy jsou do klastrů zapojeny nejméně; žádná klastrová organizace zde nemá sídlo",
  "Internacionalizace se omezuje na veletrhy; jen 9 % členů se účastnilo zahraniční mise",
  "Vznikající klastr kybernetické bezpečnosti má potenciál navázat na tradici radiolokace v Pardubicích",
  "Zavést krajský program „Klastrový voucher“ na společné výzkumné projekty klastrů s výzkumnými organizacemi",
  "Podpořit vznik pobočky nebo kontaktního místa klastrů ve Svitavách a v Litomyšli",
  "Propojit klastry s platformami S3 na evropské úrovni, zejména v oblasti pokročilých materiálů",
  "Sjednotit sběr dat o členech klastrů a vyhodnocovat je jednou ročně",
  "Zřídit pracovní skupinu pro kybernetickou bezpečnost při Krajské radě pro inovace"],
 pub="2035-11-27")
