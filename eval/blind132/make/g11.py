from h import *
F = 'g11_liptov_zaverecna_konferencia.txt'
assert wd(2041,5,27)=='Monday' and wd(2041,5,28)=='Tuesday'
T = """Liptovský klaster cestovného ruchu a remesiel
Aktuality | Projekty | Členovia | Kontakt | EN | PL

Záverečná konferencia projektu TATRY-KLASTER: spolupráca cez hranice má pokračovať

Liptovský Mikuláš, 30. mája 2041 – Autor: Zuzana Hrnčiarová-Kmeťová

Záverečná konferencia cezhraničného projektu TATRY-KLASTER sa uskutočnila v pondelok 27. mája 2041 v Kultúrnom dome v Liptovskom Mikuláši. Projekt bol spolufinancovaný z programu Interreg Poľsko – Slovensko 2035 – 2041 a zúčastnilo sa na ňom šesť partnerov zo slovenskej a poľskej strany Tatier. Na konferencii sa stretlo vyše 120 účastníkov – zástupcov malých a stredných podnikov, obcí, škôl a klastrových organizácií.

Partnermi projektu boli:
– Liptovský klaster cestovného ruchu a remesiel (vedúci partner)
– Mesto Liptovský Mikuláš
– Žilinský samosprávny kraj
– Technická univerzita vo Zvolene
– Klaster Turystyczny Podhale, Nowy Targ
– Tatrzańska Agencja Rozwoju, Promocji i Kultury (TARPiK), Zakopane

Konferenciu otvoril primátor mesta Liptovský Mikuláš Mgr. Peter Országh-Vavrinec, ktorý pripomenul, že projekt začal v apríli 2038. Za Žilinský samosprávny kraj vystúpila podpredsedníčka kraja Ing. Mária Ďuríčková. Výsledky projektu predstavil manažér projektu Marek Šoltés z vedúceho partnera, poľskú stranu zastupovala Agnieszka Gąsienica-Makowska, prezeska Klaster Turystyczny Podhale.

Program konferencie
09:00 Registrácia účastníkov
09:30 Otvorenie a príhovory
10:00 Výsledky projektu TATRY-KLASTER – Marek Šoltés
11:00 Prestávka na kávu
11:20 Panelová diskusia: Remeslo a cestovný ruch bez hraníc
12:30 Slávnostné odovzdanie certifikátov „Tatranský remeselný produkt“
13:00 Obed
14:30 Exkurzia do Múzea liptovskej dediny (Pribylina)

Podľa Mareka Šoltésa projekt za tri roky podporil 64 remeselníkov a malých podnikov, vytvoril spoločnú značku Tatranský remeselný produkt a cezhraničnú cyklotrasu s 22 remeselnými dielňami otvorenými pre návštevníkov. Technická univerzita vo Zvolene pripravila pre podniky kurz udržateľného spracovania dreva, ktorý absolvovalo 48 ľudí.

V panelovej diskusii sa hovorilo najmä o tom, ako udržať spoluprácu remeselníkov po skončení financovania. Agnieszka Gąsienica-Makowska zdôraznila, že poľskí a slovenskí výrobcovia sa počas projektu prvýkrát naučili spoločne predávať svoje výrobky turistom. „Pred tromi rokmi sme sa poznali len z hraničného priechodu, dnes máme spoločný katalóg a spoločné stánky na jarmokoch,“ povedala. Zástupcovia obcí upozornili, že mnohé dielne sú otvorené len v lete a v zime turisti nemajú kam ísť. Riaditeľ strednej umeleckej školy v Liptovskom Hrádku Ladislav Kňazovický navrhol, aby sa do siete dielní zapojili aj študenti, ktorí by mohli viesť tvorivé dielne pre rodiny s deťmi počas zimnej sezóny.

Závery konferencie
Účastníci konferencie prijali tieto závery:
1. Spoločná značka sa osvedčila a má ju ďalej spravovať klaster v spolupráci s poľským partnerom
2. Cezhraničná cyklotrasa potrebuje jednotné značenie a spoločnú mapu v slovenčine, poľštine a angličtine
3. Malé podniky potrebujú zjednodušené malé granty, nie veľké projekty s náročnou administratívou
4. Klastre na oboch stranách hranice majú pripraviť nový projekt do konca roka 2041

Deň po konferencii, v utorok 28. mája 2041, sa v Zakopanom konalo posledné zasadnutie riadiaceho výboru projektu, na ktorom partneri schválili záverečnú správu. Projekt sa formálne končí 30. júna 2041. Fotografie z konferencie, prezentácie rečníkov a katalóg značky Tatranský remeselný produkt sú k dispozícii na stiahnutie na webovej stránke klastra v sekcii Projekty. Tlačenú verziu katalógu si možno vyzdvihnúť v kancelárii klastra.

Predchádzajúce podujatia projektu: úvodná konferencia v Zakopanom (máj 2038), remeselný jarmok v Nowom Targu (september 2039) a študijná cesta na Gorenjsko v Slovinsku (14. – 17. apríla 2040).

Kontakt: Liptovský klaster cestovného ruchu a remesiel, Námestie osloboditeľov 1, 031 01 Liptovský Mikuláš, info@liptovklaster.example.sk

Zdieľať: Facebook | LinkedIn | E-mail
© 2041 Liptovský klaster cestovného ruchu a remesiel. Všetky práva vyhradené. | Ochrana osobných údajov | Cookies
"""
write(F, T)
L="Liptovský klaster cestovného ruchu a remesiel"
gold(F,
 [P("Zuzana Hrnčiarová-Kmeťová",None,None),
  P("Peter Országh-Vavrinec","primátor","Mesto Liptovský Mikuláš"),
  P("Mária Ďuríčková","podpredsedníčka kraja","Žilinský samosprávny kraj"),
  P("Marek Šoltés","manažér projektu",L),
  P("Agnieszka Gąsienica-Makowska","prezeska","Klaster Turystyczny Podhale"),
  P("Ladislav Kňazovický","Riaditeľ strednej umeleckej školy v Liptovskom Hrádku",None)],
 [O(L), O("Mesto Liptovský Mikuláš"), O("Žilinský samosprávny kraj"), O("Technická univerzita vo Zvolene"),
  O("Klaster Turystyczny Podhale"), O("Tatrzańska Agencja Rozwoju, Promocji i Kultury","TARPiK")],
 [E("Záverečná konferencia projektu TATRY-KLASTER","2041-05-27",None,"Liptovský Mikuláš","Slovakia"),
  E("Slávnostné odovzdanie certifikátov „Tatranský remeselný produkt“","2041-05-27",None,"Liptovský Mikuláš","Slovakia"),
  E("Exkurzia do Múzea liptovskej dediny","2041-05-27",None,"Pribylina","Slovakia"),
  E("zasadnutie riadiaceho výboru projektu","2041-05-28",None,"Zakopane","Poland"),
  E("úvodná konferencia","2038-05",None,"Zakopane","Poland"),
  E("remeselný jarmok","2039-09",None,"Nowy Targ","Poland"),
  E("študijná cesta na Gorenjsko","2040-04-14","2040-04-17",None,"Slovenia")],
 ["2041-05-30","2041-05-27","2035/2041","2038-04","2041","2041-05-28","2041-06-30","2038-05","2039-09","2040-04-14/2040-04-17"],
 ["Spoločná značka sa osvedčila a má ju ďalej spravovať klaster v spolupráci s poľským partnerom",
  "Cezhraničná cyklotrasa potrebuje jednotné značenie a spoločnú mapu v slovenčine, poľštine a angličtine",
  "Malé podniky potrebujú zjednodušené malé granty, nie veľké projekty s náročnou administratívou",
  "Klastre na oboch stranách hranice majú pripraviť nový projekt do konca roka 2041"],
 pub="2041-05-30")
