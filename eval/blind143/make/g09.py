from h import *
F = 'g09_sumperk_den_dodavatelu_zprava.md'
assert wd(2039,6,9)=='Thursday' and wd(2039,6,10)=='Friday' and wd(2039,10,4)=='Tuesday'
T = """[Úvod](/) › [Aktuality](/aktuality) › Den dodavatelů 2039: rekordní účast a první zahraniční odběratelé

# Den dodavatelů 2039: rekordní účast a první zahraniční odběratelé

*Publikováno 16. 6. 2039 | Autor: Kristýna Šebestová-Nováková | Kategorie: Akce klastru*

Již pošesté uspořádal **Strojírenský klastr Jeseníky, z. s.** (SKJ) setkání velkých odběratelů s malými a středními dodavateli z Olomouckého kraje. Den dodavatelů 2039 se konal ve čtvrtek 9. června 2039 v prostorách Vyšší odborné školy a Střední průmyslové školy Šumperk a zúčastnilo se ho 164 zástupců ze 97 firem – o třetinu více než loni. Poprvé přijeli i nákupčí ze sousedního Polska a z Rakouska.

## Program dne

- **8.30** registrace a káva
- **9.00** zahájení: Ing. Radek Vlček, Ph.D., předseda představenstva SKJ, a Mgr. Zuzana Hradilová, náměstkyně hejtmana Olomouckého kraje pro oblast regionálního rozvoje
- **9.30** „Co hledáme u dodavatelů v roce 2040" – prezentace nákupních oddělení společností Hanácké strojírny a.s., PRAMET Šumperk s.r.o. a Nysa Metal Sp. z o.o. (Nysa, Polsko)
- **10.30–15.00** bilaterální jednání (B2B) ve 25minutových blocích
- **11.00** kulatý stůl „Kvalita, termíny, cena – co rozhoduje?" – moderuje Lukáš Dvořák-Kaiser, CzechInvest, regionální kancelář Olomouc
- **15.30** exkurze do nové lisovny firmy Hanácké strojírny a.s. v Zábřehu

Bilaterálních jednání proběhlo celkem 286. Organizátoři letos poprvé použili online platformu, na které si firmy mohly předem prohlédnout profily ostatních účastníků a rezervovat si schůzky. Každý dodavatel tak měl v průměru šest předem domluvených jednání. Odběratelé si současně mohli vyžádat krátkou prohlídku výroby u vybraných dodavatelů v následujících týdnech; této možnosti využilo devět firem. Celou akci podpořil Olomoucký kraj a pět členských firem klastru, které zajistily občerstvení a techniku. Podle dotazníku, který vyplnilo 71 účastníků, hodnotí 88 % z nich akci jako velmi přínosnou.

## Hlasy účastníků

„Za jeden den jsme mluvili s osmi nákupčími, na což bychom jinak potřebovali půl roku obchodních cest," uvedl Tomáš Knápek, jednatel firmy Knápek CNC obrábění s.r.o. z Mohelnice. Hedwig Pichler-Nowak, vedoucí nákupu rakouské společnosti Steyr Präzisionsteile GmbH, ocenila dobrou přípravu: „Profily firem byly k dispozici dva týdny předem, takže jsme věděli, s kým chceme mluvit."

## Závěry kulatého stolu

Diskuse u kulatého stolu přinesla tyto závěry:

- malé firmy ztrácejí zakázky hlavně kvůli chybějícím certifikátům kvality, nikoli kvůli ceně
- odběratelé by uvítali společný registr dodavatelů s ověřenými referencemi, který by spravoval klastr
- nedostatek svářečů a seřizovačů CNC strojů je pro region větším rizikem než ceny energií
- spolupráce se středními odbornými školami musí začít už v prvním ročníku studia

## Historie akce

Den dodavatelů pořádá SKJ od roku 2034. První dva ročníky se konaly v Zábřehu, další v Šumperku a v roce 2037 v Jeseníku. Den dodavatelů 2038 (8. června 2038) přilákal 121 účastníků.

## Co dál

Klastr připravuje na podzim dvoudenní obchodní misi do Opolského vojvodství (4.–5. října 2039), kterou organizuje společně s Agenturou pro podporu podnikání a investic CzechInvest a Opolským centrem rozvoje ekonomiky (Opolskie Centrum Rozwoju Gospodarki). Zájemci se mohou hlásit do 31. srpna 2039. Sedmý ročník Dne dodavatelů se uskuteční v červnu 2040, místo konání bude oznámeno na valné hromadě klastru.

Fotogalerie z akce: [zde](/galerie/den-dodavatelu-2039) · Prezentace ke stažení: [zde](/ke-stazeni)

---

**Strojírenský klastr Jeseníky, z. s.** · Jesenická 2, 787 01 Šumperk · info@skj.example.cz · Projekt je spolufinancován Olomouckým krajem.

Sdílet: [Facebook](#) | [LinkedIn](#) | [E-mail](#)

Přečtěte si také: [Valná hromada SKJ schválila nový plán činnosti](/aktuality/valna-hromada-2039) · [Klastr na veletrhu v Brně](/aktuality/msv)
"""
write(F, T)
S="Strojírenský klastr Jeseníky, z. s."
gold(F,
 [P("Kristýna Šebestová-Nováková",None,None),
  P("Radek Vlček","předseda představenstva","SKJ"),
  P("Zuzana Hradilová","náměstkyně hejtmana Olomouckého kraje pro oblast regionálního rozvoje","Olomoucký kraj"),
  P("Lukáš Dvořák-Kaiser",None,"CzechInvest"),
  P("Tomáš Knápek","jednatel","Knápek CNC obrábění s.r.o."),
  P("Hedwig Pichler-Nowak","vedoucí nákupu","Steyr Präzisionsteile GmbH")],
 [O(S,"SKJ"), O("Vyšší odborné školy a Střední průmyslové školy Šumperk"), O("Olomoucký kraj"),
  O("Hanácké strojírny a.s."), O("PRAMET Šumperk s.r.o."), O("Nysa Metal Sp. z o.o."),
  O("Agenturou pro podporu podnikání a investic CzechInvest","CzechInvest"), O("Knápek CNC obrábění s.r.o."),
  O("Steyr Präzisionsteile GmbH"), O("Opolským centrem rozvoje ekonomiky")],
 [E("Den dodavatelů 2039","2039-06-09",None,"Šumperk","Czech Republic"),
  E("bilaterální jednání (B2B)","2039-06-09",None,"Šumperk","Czech Republic"),
  E("exkurze do nové lisovny firmy Hanácké strojírny a.s.","2039-06-09",None,"Zábřeh","Czech Republic"),
  E("Den dodavatelů 2038","2038-06-08",None,None,None),
  E("Den dodavatelů","2037",None,"Jeseník","Czech Republic"),
  E("obchodní misi do Opolského vojvodství","2039-10-04","2039-10-05",None,"Poland"),
  E("Sedmý ročník Dne dodavatelů","2040-06",None,None,None)],
 ["2039-06-16","2039-06-09","2040","2034","2037","2038-06-08","2039-10-04/2039-10-05","2039-08-31","2040-06"],
 ["malé firmy ztrácejí zakázky hlavně kvůli chybějícím certifikátům kvality, nikoli kvůli ceně",
  "odběratelé by uvítali společný registr dodavatelů s ověřenými referencemi, který by spravoval klastr",
  "nedostatek svářečů a seřizovačů CNC strojů je pro region větším rizikem než ceny energií",
  "spolupráce se středními odbornými školami musí začít už v prvním ročníku studia"],
 pub="2039-06-16")
