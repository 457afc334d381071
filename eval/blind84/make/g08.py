from h import *
F = 'g08_poprad_tatransky_klaster_nova_rada_linkedin.txt'
assert wd(2038,5,20)=='Thursday' and wd(2038,6,10)=='Thursday'
T = """LinkedIn
Domov   Moja sieť   Pracovné ponuky   Správy   Upozornenia

Tatranský klaster cestovného ruchu
2 184 sledovateľov
4 d • Upravené • 🌐

🏔️ Máme novú správnu radu! 🏔️

Na valnom zhromaždení vo štvrtok 20. mája 2038 v Grandhoteli Praha v Tatranskej Lomnici si členovia Tatranského
klastra cestovného ruchu (TKCR) zvolili správnu radu na roky 2038 – 2042. Ďakujeme všetkým 46 členom, ktorí prišli
osobne alebo hlasovali online. 🙏

👉 Predsedníčkou správnej rady sa stala Mgr. Zuzana Kováčiková, riaditeľka Oblastnej organizácie cestovného
ruchu Vysoké Tatry.
👉 Podpredsedom je Ing. Marek Hudák, konateľ spoločnosti Tatry Bike Rent s.r.o.
👉 Ďalšími členmi rady sú:
   • Ing. Peter Jurčo (Tatranské lanové dráhy, a.s.)
   • Lucia Gurová (Penzión Pod Gerlachom)
   • doc. Ing. Martina Sabolová, PhD. (Katedra turizmu Prešovskej univerzity v Prešove)
   • Ján Kalafut (Mesto Svit)
   • Ing. Barbora Fedorová (Horská služba – Oblastné stredisko Vysoké Tatry)

Do dozornej rady boli zvolení Mária Zajacová a Ing. Roman Pitoňák.

Veľké ďakujeme patrí doterajšiemu predsedovi Ing. Milanovi Sýkorovi, ktorý viedol klaster od jeho založenia
v roku 2030 a teraz sa bude venovať svojmu hotelu v Ždiari. Milan, bez teba by TKCR neexistoval! 💚

Čo sa rada na prvom zasadnutí dohodla robiť najskôr? Tri priority na najbližší rok:
1) spoločný rezervačný systém pre menšie penzióny,
2) celoročná ponuka – aby Tatry žili aj v novembri,
3) dátová spolupráca so Žilinskou univerzitou pri meraní návštevnosti.

Prvé zasadnutie novej rady bude vo štvrtok 10. júna 2038 v Poprade. Ak máte nápady, píšte našej manažérke
klastra Kataríne Olejníkovej na katarina.olejnikova@tkcr.example.sk.

📸 Foto: Tomáš Kriššák

#Tatry #cestovnýruch #klaster #správnarada #VysokéTatry #Poprad #turizmus #Slovensko

👍❤️👏 Vy a 312 ďalších         27 komentárov • 14 zdieľaní

Páči sa mi to     Komentovať     Zdieľať     Odoslať

----------------------------------------------------------------
Komentáre (zoradené podľa relevantnosti)

Zuzana Kováčiková • 1.
Riaditeľka OOCR Vysoké Tatry
Ďakujem za dôveru! Tešíme sa na spoluprácu s každým, kto má Tatry rád. 🏔️
Páči sa mi to (48) • Odpovedať • 4 d

Milan Sýkora • 2.
Majiteľ, Hotel Goralský dvor Ždiar
Bolo mi cťou. Zuzka, držím palce, klaster je v dobrých rukách!
Páči sa mi to (61) • Odpovedať • 4 d

Andrej Mikloško • 3.+
Projektový manažér, Prešovský samosprávny kraj
Gratulujem celej rade. Vidíme sa na Fóre cestovného ruchu PSK v septembri.
Páči sa mi to (9) • Odpovedať • 3 d

Katarína Olejníková • 1.
Manažérka klastra, Tatranský klaster cestovného ruchu
@Andrej Mikloško samozrejme, už máme zarezervovaný stánok 😊
Páči sa mi to (4) • Odpovedať • 3 d

Jozef Harabin • 3.+
Konateľ, Chata Zamkovského
A čo chatári? Budeme mať v rade zastúpenie?
Páči sa mi to (12) • Odpovedať • 3 d

Tatranský klaster cestovného ruchu
@Jozef Harabin Určite áno – pre vysokohorské chaty pripravujeme pracovnú skupinu. Prvé stretnutie ohlásime do konca
júna.
Páči sa mi to (7) • Odpovedať • 3 d

Veronika Lapšanská • 2.
Marketingová manažérka, Aquacity Poprad
Skvelá správa, gratulujeme! Spoločný rezervačný systém by pomohol aj nám pri balíčkoch pre rodiny. Ozveme sa Kataríne.
Páči sa mi to (5) • Odpovedať • 2 d

Zobraziť ďalšie komentáre (20)

----------------------------------------------------------------
Ďalšie príspevky od Tatranský klaster cestovného ruchu
• Tatranský gastrofestival 2038 – registrácia vystavovateľov otvorená do 30. apríla • 3 týž.
• Výsledky prieskumu návštevnosti zimnej sezóny 2037/2038 • 1 mes.

O nás • Prístupnosť • Centrum pomoci • Ochrana súkromia a podmienky • Predvoľby reklám • LinkedIn Corporation © 2038
"""
write(F, T)
TK = "Tatranský klaster cestovného ruchu"
gold(F,
 [P("Zuzana Kováčiková","Predsedníčkou správnej rady",TK),
  P("Marek Hudák","Podpredsedom",TK),
  P("Peter Jurčo",None,"Tatranské lanové dráhy, a.s."),
  P("Lucia Gurová",None,"Penzión Pod Gerlachom"),
  P("Martina Sabolová",None,"Katedra turizmu Prešovskej univerzity v Prešove"),
  P("Ján Kalafut",None,"Mesto Svit"),
  P("Barbora Fedorová",None,"Horská služba – Oblastné stredisko Vysoké Tatry"),
  P("Mária Zajacová",None,None), P("Roman Pitoňák",None,None),
  P("Milan Sýkora","Majiteľ","Hotel Goralský dvor Ždiar"),
  P("Katarína Olejníková","Manažérka klastra",TK),
  P("Tomáš Kriššák",None,None),
  P("Andrej Mikloško","Projektový manažér","Prešovský samosprávny kraj"),
  P("Veronika Lapšanská","Marketingová manažérka","Aquacity Poprad"), P("Jozef Harabin","Konateľ","Chata Zamkovského")],
 [O(TK,"TKCR"), O("Oblastnej organizácie cestovného ruchu Vysoké Tatry","OOCR Vysoké Tatry"),
  O("Tatry Bike Rent s.r.o."), O("Tatranské lanové dráhy, a.s."), O("Penzión Pod Gerlachom"),
  O("Katedra turizmu Prešovskej univerzity v Prešove"), O("Mesto Svit"),
  O("Horská služba – Oblastné stredisko Vysoké Tatry"), O("Žilinskou univerzitou"),
  O("Hotel Goralský dvor Ždiar"), O("Prešovský samosprávny kraj","PSK"), O("Chata Zamkovského"), O("Aquacity Poprad")],
 [E("valné zhromaždenie","2038-05-20",None,"Tatranskej Lomnici","Slovakia"),
  E("prvé zasadnutie novej rady","2038-06-10",None,"Poprade","Slovakia"),
  E("Fórum cestovného ruchu PSK","2038-09",None,None,None),
  E("Tatranský gastrofestival 2038")],
 ["2038-05-20","2038/2042","2030","2038-06-10","2038-09","2038-06","2038-04-30","2037/2038"],
 ["spoločný rezervačný systém pre menšie penzióny",
  "celoročná ponuka – aby Tatry žili aj v novembri",
  "dátová spolupráca so Žilinskou univerzitou pri meraní návštevnosti"],
 None)
