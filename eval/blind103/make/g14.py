from h import *
F = 'g14_saaremaa_klastri_uudiskiri.txt'
assert wd(2036,8,12)=='Tuesday' and wd(2036,8,21)=='Thursday' and wd(2036,9,3)=='Wednesday' and wd(2036,9,5)=='Friday'
assert wd(2036,9,17)=='Wednesday' and wd(2036,10,8)=='Wednesday' and wd(2036,8,26)=='Tuesday'
T = """Kui uudiskiri ei kuvata korrektselt, ava see brauseris.

SAAREMAA KOMPOSIITIDE JA PAADIEHITUSE KLASTER
Uudiskiri nr 7/2036 · 12. august 2036

Head klastri liikmed ja partnerid!

Suvi on olnud töine ja päikseline: Saaremaa sadamates on seilanud meie liikmete uued paadid ja mitu ettevõtet on saanud esimesed tellimused Norrast ja Soomest. Sügis tuleb aga veel tihedam, sest ees ootavad mess, koolitused ja üldkoosolek. Allpool leiate klastri sündmuste kalendri kuni oktoobrini, samuti kutse üldkoosolekule ja ülevaate kevadisest õppereisist. Palume kõigil liikmetel üle vaadata ka oma ettevõtte andmed klastri kodulehel, sest valmistame ette uut liikmete kataloogi, mida jagame messil Helsingis ja saadame Soome ning Rootsi ostjatele. Andmete uuendamiseks piisab lühikesest e-kirjast klastrijuhile.

Päikest ja tuult!
Kadri Tamm-Sepp
klastrijuht

========================================
SÜNDMUSTE KALENDER
========================================

21. AUGUST 2036 (NELJAPÄEV) · KURESSAARE
Infopäev: Ettevõtluse Arendamise Sihtasutuse (EAS) uus toetusmeede tootmise digiteerimiseks
Kell 10.00–12.30, Saaremaa Ettevõtluskeskus, Tallinna 19, Kuressaare
Esineb Margus Lepik, EAS-i tööstuse valdkonna juht. Kohtade arv on piiratud, registreeru hiljemalt 18. augustiks.

26. AUGUST 2036 (TEISIPÄEV) · VEEBIS
Veebiseminar „Biokomposiidid paadiehituses“
Kell 14.00–15.30, Zoom
Esinejad: dr Liis Kangur (Tallinna Tehnikaülikool, materjali- ja keskkonnatehnoloogia instituut) ja Johan Lindberg (RISE Research Institutes of Sweden). Modereerib klastri projektijuht Rasmus Kask.

3.–5. SEPTEMBER 2036 · HELSINGI
Ühisstend messil Helsinki Boat Expo Autumn
Klastril on messil 48 m² ühisstend, millel esitlevad oma tooteid viis liiget: Saare Paat OÜ, Kaljuranna Komposiit OÜ, Muhu Marine AS, Tehumardi Puidutöö OÜ ja Sõrve Sailmakers OÜ. Stendi koordineerib Rasmus Kask. Messi teisel päeval, 4. septembril, toimub Eesti ja Soome paadiehitajate ärikohtumiste hommik.

17. SEPTEMBER 2036 (KOLMAPÄEV) · KURESSAARE
Klastri üldkoosolek
Kell 15.00, Kuressaare Ametikooli aula, Kohtu 22
Päevakord:
1. 2035. aasta majandusaasta aruande kinnitamine
2. Klastri strateegia 2037–2040 arutelu
3. Uute liikmete vastuvõtmine (Orissaare Metall OÜ, Saaremaa Vallavalitsus)
4. Juhatuse liikme valimine
5. Muud küsimused
Volikiri tuleb esitada hiljemalt 15. septembriks. Pärast koosolekut ühine õhtusöök Kuressaare Kuursaalis.

8. OKTOOBER 2036 (KOLMAPÄEV) · TALLINN
Tööstuse Koostööpäev 2036
Eesti Masinatööstuse Liit korraldab iga-aastase koostööpäeva Tallinnas Kultuurikatlas. Klastri liikmetele kehtib soodushind. Paneelis osaleb klastri juhatuse esimees Aivar Rebane.

========================================
ÜLEVAADE: ÕPPEREIS TAANI
========================================

Mais käis 14 klastri liiget õppereisil Taanis Fyni saarel. Külastasime Svendborgi merekooli, komposiitpaatide tehast Fyn Composite A/S ning Odense tehnoloogialinnakut. Õppereisi korraldati koostöös Taani klastriga Maritime & Composites Cluster Denmark. Reisil osalenud Priit Saar (Muhu Marine AS) ütles, et kõige rohkem üllatas teda, kui palju töötajaid koolitatakse otse tehases.

Peamised õppetunnid:
- Väikesed tootjad saavad olla konkurentsivõimelised, kui jagavad omavahel kallist tehnikat ja katsestendi.
- Kutseharidus peab toimuma otse ettevõtetes, mitte ainult koolis.
- Ühine turundus välisturgudel on tõhusam kui iga ettevõtte eraldi esinemine.

========================================
KLASTRI UUDISED LÜHIDALT
========================================

* Klastri uus liige on Tehumardi Puidutöö OÜ.
* Kuressaare Ametikool avab 2037. aastal komposiittehniku õppekava.
* Saaremaa Arenduskeskus kuulutab septembris välja noorte ettevõtjate konkursi.

* Ettevõtluse Arendamise Sihtasutus avaldas augustis uue tööstuse digiteerimise toetusmeetme tingimused; toetuse suurus on kuni 200 000 eurot ja omafinantseering vähemalt 40 protsenti. Täpsemalt räägime sellest infopäeval.
* Klastri liikmete ühine koolitusplaan 2037. aastaks on valmimas. Kui teie ettevõttel on koolitusvajadusi, andke neist teada Rasmus Kasele hiljemalt augusti lõpuks.

========================================
KLASTRI MEESKOND
========================================

Kadri Tamm-Sepp, klastrijuht – kadri@saarekomposiit.example.ee
Rasmus Kask, projektijuht (messid, välisturud) – rasmus@saarekomposiit.example.ee
Aivar Rebane, juhatuse esimees (Kaljuranna Komposiit OÜ)
Mari-Liis Õun, raamatupidaja (osaline tööaeg)

Klastri tegevust toetab Euroopa Regionaalarengu Fond ja Saaremaa vald.

----------------------------------------
Saaremaa Komposiitide ja Paadiehituse Klaster MTÜ
Tallinna 19, 93819 Kuressaare · info@saarekomposiit.example.ee · +372 450 0000
Uudiskirjast loobumiseks vajuta siia.
"""
write(F, T)
C = "Saaremaa Komposiitide ja Paadiehituse Klaster MTÜ"
gold(F,
 [P("Kadri Tamm-Sepp","klastrijuht",C),
  P("Margus Lepik","tööstuse valdkonna juht","EAS"),
  P("Liis Kangur",None,"Tallinna Tehnikaülikool"),
  P("Johan Lindberg",None,"RISE Research Institutes of Sweden"),
  P("Rasmus Kask","projektijuht",C),
  P("Aivar Rebane","juhatuse esimees",C),
  P("Priit Saar",None,"Muhu Marine AS"),
  P("Mari-Liis Õun","raamatupidaja",C)],
 [O(C), O("Ettevõtluse Arendamise Sihtasutus","EAS"), O("Saaremaa Ettevõtluskeskus"), O("Tallinna Tehnikaülikool"),
  O("RISE Research Institutes of Sweden"), O("Saare Paat OÜ"), O("Kaljuranna Komposiit OÜ"), O("Muhu Marine AS"),
  O("Tehumardi Puidutöö OÜ"), O("Sõrve Sailmakers OÜ"), O("Kuressaare Ametikool"), O("Orissaare Metall OÜ"),
  O("Saaremaa Vallavalitsus"), O("Eesti Masinatööstuse Liit"), O("Svendborgi merekool"), O("Fyn Composite A/S"),
  O("Maritime & Composites Cluster Denmark"), O("Saaremaa Arenduskeskus"), O("Saaremaa vald")],
 [E("Infopäev","2036-08-21",None,"Kuressaare","Estonia"),
  E("Veebiseminar „Biokomposiidid paadiehituses“","2036-08-26"),
  E("Helsinki Boat Expo Autumn","2036-09-03","2036-09-05","Helsinki","Finland"),
  E("ärikohtumiste hommik","2036-09-04",None,"Helsinki","Finland"),
  E("Klastri üldkoosolek","2036-09-17",None,"Kuressaare","Estonia"),
  E("õhtusöök","2036-09-17",None,"Kuressaare","Estonia"),
  E("Tööstuse Koostööpäev 2036","2036-10-08",None,"Tallinn","Estonia"),
  E("õppereis","2036-05",None,None,"Denmark")],
 ["2036-08-12","2036-08-21","2036-08-18","2036-08-26","2036-09-03/2036-09-05","2036-09-04","2036-09-17","2035",
  "2037/2040","2036-09-15","2036-10-08","2036-05","2037","2036-09","2036-08"],
 ["Väikesed tootjad saavad olla konkurentsivõimelised, kui jagavad omavahel kallist tehnikat ja katsestendi",
  "Kutseharidus peab toimuma otse ettevõtetes, mitte ainult koolis",
  "Ühine turundus välisturgudel on tõhusam kui iga ettevõtte eraldi esinemine"],
 pub="2036-08-12")
print(F, words(T))
