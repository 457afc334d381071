from h import *
F = 'g15_rakvere_toiduklaster_infopaev.txt'
assert wd(2038,3,4)=='Thursday' and wd(2038,4,22)=='Thursday' and wd(2038,5,11)=='Tuesday' and wd(2038,5,13)=='Thursday' and wd(2038,4,8)=='Thursday'
T = """Lääne-Virumaa Arenduskeskus | Uudised | Ettevõtjale | Sündmused | Kontakt | EN | RU

Avaleht » Uudised » Toiduklastri infopäev tõi Rakverre üle saja osaleja

TOIDUKLASTRI INFOPÄEV TÕI RAKVERRE ÜLE SAJA OSALEJA
Avaldatud 9. märtsil 2038 | Autor: Kertu Saar-Vahtra | Loe 4 min

Neljapäeval, 4. märtsil 2038 toimunud Virumaa Toiduklastri infopäev kogus Rakvere Teatrimaja väikesesse saali 112 osalejat: toidutootjaid, põllumehi, kaupmehi, teadlasi ja omavalitsuste esindajaid. Infopäeva korraldasid Lääne-Virumaa Arenduskeskus (LVAK) ja Virumaa Toiduklaster koostöös Eesti Maaülikooliga ning Ettevõtluse ja Innovatsiooni Sihtasutusega (EIS).

Päeva avas Rakvere linnapea Margus Õunapuu, kes rõhutas, et maakonna toidutööstus annab tööd ligi 2400 inimesele. Klastri juht Liis Põldmaa-Rebane tutvustas klastri uut tegevuskava aastateks 2038–2042, mille keskmes on kohaliku tooraine väärindamine ja ühine eksport Soome ning Lätti.

Ettekannetega esinesid Eesti Maaülikooli toiduainete tehnoloogia professor Dr. Tõnis Kask, kes rääkis taimsete valkude tootmisest kaunviljadest, ning EIS-i ekspordinõunik Anu Rebane, kes tutvustas Soome toidukaubanduse ostjate ootusi. Lätist oli kohale tulnud Ilze Bērziņa-Kalniņa, kes töötab ettevõtlusspetsialistina Läti piirkondlikus asutuses Vidzeme planeerimispiirkond (Vidzemes plānošanas reģions). Ta kutsus Virumaa tootjaid osalema Valmiera toidumessil.

Pärastlõunal toimus paneelarutelu „Kes ostab kohalikku toitu?“, milles osalesid AS Rakvere Lihakombinaat juhatuse liige Jaan Pärnits, Coop Eesti kategooriajuht Merike Lill ja Haljala valla haridusjuht Kristiina Tamm. Päev lõppes kohalike toodete degusteerimisega.

Infopäeva päevakava oli järgmine:
10.00 Kogunemine ja hommikukohv
10.30 Avasõnad – Margus Õunapuu, Rakvere linnapea
10.45 Virumaa Toiduklastri tegevuskava 2038–2042 – Liis Põldmaa-Rebane
11.30 Taimsed valgud Eesti põldudelt – Tõnis Kask
12.15 Mida ootavad Soome ostjad? – Anu Rebane
13.00 Lõuna
14.00 Valmiera toidumess ja Läti turg – Ilze Bērziņa-Kalniņa
14.30 Paneelarutelu „Kes ostab kohalikku toitu?“
15.45 Kohalike toodete degusteerimine ja võrgustumine

Korraldajad ja partnerid: Lääne-Virumaa Arenduskeskus, Virumaa Toiduklaster, Eesti Maaülikool, Ettevõtluse ja Innovatsiooni Sihtasutus. Paneelis osalenud organisatsioonid: AS Rakvere Lihakombinaat, Coop Eesti, Haljala Vallavalitsus.

Osalejate tagasiside oli valdavalt positiivne: 87 protsenti vastanutest hindas päeva kasulikuks ning pooled soovisid järgmisel korral rohkem aega omavahelisteks kohtumisteks. Seetõttu plaanib klaster tuleval aastal lisada päevakavasse eelnevalt kokku lepitud ärikohtumised.

Peamised järeldused

Infopäeva lõpus võttis klastri juht arutelud kokku:
• Kohalik toit jõuab koolide ja lasteaedade toidulauale alles siis, kui hanked jagatakse väiksemateks osadeks
• Väiketootjad vajavad ühist ladu ja transporti, et varustada kauplusi Tallinnas ja Tartus
• Taimsete valkude tootmine võib saada maakonna uueks kasvuvaldkonnaks, kui põllumehed ja töötlejad sõlmivad pikaajalised lepingud
• Ekspordiks Soome tuleb kasutada ühist kaubamärki „Virumaa maitsed“

Järgmised sündmused

Virumaa Toiduklastri üldkoosolek toimub neljapäeval, 22. aprillil 2038 kell 14.00 Lääne-Virumaa Arenduskeskuse ruumides (Tallinna 25, Rakvere). Päevakorras on 2037. aasta aruanne, juhatuse valimine ja liikmemaksud.

Klaster korraldab ka õppereisi Soome Satakunta maakonda 11.–13. mail 2038. Programmis on külastused Rauma ja Pori toidutootjatesse ning kohtumine Satakunta toiduvõrgustikuga. Õppereisile saab registreeruda kuni 8. aprillini 2038 (kohti 20, osalustasu 180 eurot). Reisi eesmärk on tutvuda sellega, kuidas Satakunta väiksemad tootjad on loonud ühise logistikakeskuse ja müüvad oma tooteid koolidele ning haiglatele. Bussiga sõidetakse Rakverest Tallinna sadamasse, sealt laevaga Helsingisse ja edasi Raumasse. Majutus on kahes hotellis Pori kesklinnas. Reisi kulud kaetakse osaliselt maakondliku arendusprogrammi toetusest.

Eelmise aasta infopäev toimus 5. märtsil 2037 Tapal ja keskendus pakendite vähendamisele; siis osales 86 inimest ja esinejaid oli kuus. Esitlused ja fotod on kättesaadavad klastri kodulehel.

Kontakt: Liis Põldmaa-Rebane, Virumaa Toiduklastri juht, liis@toiduklaster.example.ee, tel 5000 0000

Infopäeva rahastati Euroopa Regionaalarengu Fondi toetusest maakondlike arenduskeskuste kaudu.

Jaga: Facebook | LinkedIn | E-post

Lääne-Virumaa Arenduskeskus | Tallinna 25, 44311 Rakvere | info@lvak.example.ee | Küpsiste kasutamine | Andmekaitsetingimused
"""
write(F, T)
K="Virumaa Toiduklaster"
gold(F,
 [P("Kertu Saar-Vahtra",None,None),
  P("Margus Õunapuu","Rakvere linnapea",None),
  P("Liis Põldmaa-Rebane","Klastri juht",K),
  P("Tõnis Kask","toiduainete tehnoloogia professor","Eesti Maaülikool"),
  P("Anu Rebane","ekspordinõunik","EIS"),
  P("Ilze Bērziņa-Kalniņa","ettevõtlusspetsialist","Vidzeme planeerimispiirkond"),
  P("Jaan Pärnits","juhatuse liige","AS Rakvere Lihakombinaat"),
  P("Merike Lill","kategooriajuht","Coop Eesti"),
  P("Kristiina Tamm","haridusjuht","Haljala Vallavalitsus")],
 [O("Lääne-Virumaa Arenduskeskus","LVAK"), O(K), O("Eesti Maaülikool"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
  O("Vidzeme planeerimispiirkond"), O("AS Rakvere Lihakombinaat"), O("Coop Eesti"), O("Haljala Vallavalitsus"),
  O("Satakunta toiduvõrgustik")],
 [E("Virumaa Toiduklastri infopäev","2038-03-04",None,"Rakvere","Estonia"),
  E("Valmiera toidumess",None,None,"Valmiera","Latvia"),
  E("Kohalike toodete degusteerimine","2038-03-04",None,"Rakvere","Estonia"),
  E("Virumaa Toiduklastri üldkoosolek","2038-04-22",None,"Rakvere","Estonia"),
  E("õppereis","2038-05-11","2038-05-13","Rauma, Pori","Finland"),
  E("Eelmise aasta infopäev","2037-03-05",None,"Tapa","Estonia")],
 ["2038-03-09","2038-03-04","2038/2042","2038-04-22","2037","2038-05-11/2038-05-13","2038-04-08","2037-03-05"],
 ["Kohalik toit jõuab koolide ja lasteaedade toidulauale alles siis, kui hanked jagatakse väiksemateks osadeks",
  "Väiketootjad vajavad ühist ladu ja transporti, et varustada kauplusi Tallinnas ja Tartus",
  "Taimsete valkude tootmine võib saada maakonna uueks kasvuvaldkonnaks, kui põllumehed ja töötlejad sõlmivad pikaajalised lepingud",
  "Ekspordiks Soome tuleb kasutada ühist kaubamärki „Virumaa maitsed“"], pub="2038-03-09")
