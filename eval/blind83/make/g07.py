from h import *
F = 'g07_zilina_harmonogram_zasadnuti.md'
D=[(2038,1,27,'Wednesday'),(2038,3,24,'Wednesday'),(2038,4,22,'Thursday'),(2038,6,16,'Wednesday'),(2038,9,15,'Wednesday'),(2038,11,18,'Thursday'),(2038,12,9,'Thursday'),(2038,4,8,'Thursday'),(2037,12,10,'Thursday')]
for y,m,d,w in D: assert wd(y,m,d)==w,(y,m,d)
T = """# Harmonogram zasadnutí orgánov združenia na rok 2038

**Automobilový klaster Severné Slovensko** (AKSS) · Interný dokument pre členov · Schválené predstavenstvom dňa 10. decembra 2037

[Úvod](/) | [O klastri](/o-nas) | [Členovia](/clenovia) | **[Pre členov](/intranet)** | [Projekty](/projekty) | [Kontakt](/kontakt)

---

Vážení členovia,

v súlade so stanovami združenia zverejňujeme termíny zasadnutí predstavenstva, dozornej rady a valného zhromaždenia na rok 2038. Zasadnutia predstavenstva sa konajú spravidla v stredu o 14:00 v zasadačke klastra v Žiline (Univerzitná 8661/1, budova Výskumného centra Žilinskej univerzity), ak nie je uvedené inak. Podklady sa rozosielajú najneskôr sedem dní pred zasadnutím. Návrhy bodov programu posielajte výkonnej riaditeľke.

## Predstavenstvo

| Č. | Dátum | Čas | Miesto | Hlavné body |
|---|---|---|---|---|
| 1/2038 | streda 27. januára 2038 | 14:00 | Žilina | plán činnosti 2038, členské príspevky |
| 2/2038 | streda 24. marca 2038 | 14:00 | Žilina | účtovná závierka 2037, príprava valného zhromaždenia |
| 3/2038 | streda 16. júna 2038 | 14:00 | Martin, Turčianske strojárne a.s. | stratégia 2039–2043, výjazdové zasadnutie spojené s prehliadkou závodu |
| 4/2038 | streda 15. septembra 2038 | 14:00 | Žilina | rozpočet projektov, prijatie nových členov |
| 5/2038 | štvrtok 9. decembra 2038 | 14:00 | Žilina | rozpočet 2039, harmonogram 2039, vianočné stretnutie (výnimočne vo štvrtok) |

## Účasť na diaľku a hlasovanie

Členovia predstavenstva sa môžu na zasadnutí zúčastniť aj prostredníctvom videokonferencie, ak to oznámia sekretariátu najneskôr deň vopred. Pri hlasovaní per rollam sa lehota na odpoveď určuje na päť pracovných dní. Zápisnice zo zasadnutí sa zverejňujú v intranete do desiatich dní. Hostia (zástupcovia partnerských klastrov, samosprávy alebo univerzít) sa môžu zasadnutia zúčastniť na pozvanie predsedu predstavenstva, bez práva hlasovať.

## Dozorná rada

Dozorná rada zasadá dvakrát ročne: vo štvrtok 8. apríla 2038 (kontrola závierky) a vo štvrtok 18. novembra 2038. Predseda dozornej rady: Ing. Miroslav Ďurčo, PhD., finančný riaditeľ spoločnosti KIA-Komponent Žilina s.r.o.

## Valné zhromaždenie

**XIV. valné zhromaždenie** sa uskutoční vo **štvrtok 22. apríla 2038 o 10:00** v Dome odborov v Žiline (Kapitulská 2). Program:

1. Otvorenie, voľba predsedajúceho a overovateľov zápisnice
2. Správa o činnosti za rok 2037 – Ing. Katarína Poliaková, výkonná riaditeľka
3. Účtovná závierka 2037 a správa dozornej rady
4. Voľba dvoch členov predstavenstva na obdobie 2038–2041
5. Schválenie plánu činnosti a rozpočtu 2038
6. Rôzne, diskusia
7. 12:30 spoločný obed, 13:30 prehliadka Testovacieho centra autonómnej mobility v Tepličke nad Váhom (obec Teplička nad Váhom; dobrovoľné, doprava autobusom)

Členovia, ktorí sa nemôžu zúčastniť, môžu splnomocniť iného člena. Plnomocenstvo je potrebné doručiť do 20. apríla 2038.

## Zloženie predstavenstva (stav k 1. 1. 2038)

- Ing. Marek Hollý – predseda predstavenstva, INA Kysucké Nové Mesto s.r.o.
- Mgr. Zuzana Švecová – podpredsedníčka, Žilinský samosprávny kraj
- prof. Ing. Branislav Hrčka, PhD. – člen, Žilinská univerzita v Žiline, Strojnícka fakulta
- Ing. Peter Kubáň – člen, Schaeffler-Žilina Precision s.r.o. *(mandát končí v apríli 2038)*
- Ing. Lucia Matejčíková – členka, Automotive Tech Čadca s.r.o. *(mandát končí v apríli 2038)*

## Ďalšie termíny pre členov

- 24. – 26. februára 2038: spoločný stánok na veľtrhu Autotec, Brno
- 13. mája 2038: Deň klastra – otvorené fórum pre členov a partnerov, Martin
- 6. – 8. októbra 2038: podnikateľská misia do Győru (Győr, Maďarsko) spolu s Pannon Autóipari Klaszter

Kalendár si môžete stiahnuť vo formáte [iCal](/intranet/kalendar-2038.ics).

---

**Kontakt:** Ing. Katarína Poliaková, výkonná riaditeľka · sekretariat@akss.example.sk · +421 41 000 0000
Sekretariát: Bc. Tomáš Chovanec

*Tento dokument je určený členom združenia. Posledná zmena: 14. decembra 2037.*
"""
for y,m,d,w in [(2038,2,24,'Wednesday'),(2038,5,13,'Thursday'),(2038,10,6,'Wednesday'),(2037,12,14,'Monday')]: assert wd(y,m,d)==w
write(F, T)
A="Automobilový klaster Severné Slovensko"
gold(F,
 [P("Miroslav Ďurčo","finančný riaditeľ","KIA-Komponent Žilina s.r.o."),
  P("Katarína Poliaková","výkonná riaditeľka",A),
  P("Marek Hollý","predseda predstavenstva","Automobilový klaster Severné Slovensko"),
  P("Zuzana Švecová","podpredsedníčka","Automobilový klaster Severné Slovensko"),
  P("Branislav Hrčka","člen","Automobilový klaster Severné Slovensko"),
  P("Peter Kubáň","člen","Automobilový klaster Severné Slovensko"),
  P("Lucia Matejčíková","členka","Automobilový klaster Severné Slovensko"),
  P("Tomáš Chovanec","Sekretariát",A)],
 [O(A,"AKSS"), O("Turčianske strojárne a.s."), O("KIA-Komponent Žilina s.r.o."),
  O("INA Kysucké Nové Mesto s.r.o."), O("Žilinský samosprávny kraj"),
  O("Žilinská univerzita v Žiline"), O("Strojnícka fakulta"), O("Schaeffler-Žilina Precision s.r.o."),
  O("Automotive Tech Čadca s.r.o."), O("Pannon Autóipari Klaszter")],
 [E("zasadnutie predstavenstva 1/2038","2038-01-27",None,"Žilina","Slovakia"),
  E("zasadnutie predstavenstva 2/2038","2038-03-24",None,"Žilina","Slovakia"),
  E("zasadnutie predstavenstva 3/2038","2038-06-16",None,"Martin","Slovakia"),
  E("zasadnutie predstavenstva 4/2038","2038-09-15",None,"Žilina","Slovakia"),
  E("zasadnutie predstavenstva 5/2038","2038-12-09",None,"Žilina","Slovakia"),
  E("zasadnutie dozornej rady","2038-04-08"),
  E("zasadnutie dozornej rady","2038-11-18"),
  E("XIV. valné zhromaždenie","2038-04-22",None,"Žilina","Slovakia"),
  E("prehliadka Testovacieho centra autonómnej mobility","2038-04-22",None,"Teplička nad Váhom","Slovakia"),
  E("Autotec","2038-02-24","2038-02-26","Brno","Czech Republic"),
  E("Deň klastra","2038-05-13",None,"Martin","Slovakia"),
  E("podnikateľská misia do Győru","2038-10-06","2038-10-08","Győr","Hungary")],
 ["2037-12-10","2038","2038-01-27","2038-03-24","2037","2038-06-16","2039/2043","2038-09-15","2038-12-09","2039",
  "2038-04-08","2038-11-18","2038-04-22","2038/2041","2038-04-20","2038-01-01","2038-04","2038-02-24/2038-02-26",
  "2038-05-13","2038-10-06/2038-10-08","2037-12-14"],
 [], None)
