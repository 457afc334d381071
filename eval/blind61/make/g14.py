from common import *
F = 'b61_14_kokkuvote_voru_puiduklaster.txt'
KM = ["Lõuna-Eesti puidutööstus vajab ühist müügiorganisatsiooni, et pakkuda Skandinaavia ehitusettevõtetele terviklahendusi",
 "Kutseõppe ja ettevõtete koostöö peab muutuma süsteemseks: iga klastri liige võtab vähemalt ühe praktikandi aastas",
 "Puidujäätmete kasutamine energia ja uute materjalide tootmiseks vajab ühist investeeringut ja ühtset logistikat",
 "Klaster peab taotlema Euroopa klastrite kvaliteedimärgist ja looma"]
t = """VÕRUMAA PUIDUKLASTER MTÜ
Kokkuvõte: Lõuna-Eesti puidupäev 2031
Võru, 9. oktoober 2031

Koostas: Kadri Org-Lepik, klastrijuht
Kinnitas: juhatuse esimees Rein Kõiv

Sissejuhatus

Teisipäeval, 30. septembril 2031 toimus Võru Kultuurimajas Kannel neljas Lõuna-Eesti puidupäev. Konverentsi korraldasid Võrumaa Puiduklaster MTÜ ja Võrumaa Arenduskeskus koostöös Eesti Metsa- ja Puidutööstuse Liiduga (EMPL). Üritusel osales 164 inimest Võru-, Põlva- ja Valgamaalt ning Lätist. Puidupäeva teema oli "Puitmajast terviklahenduseni: kuidas müüa rohkem ja paremini".

Avasõnad

Konverentsi avas Võru vallavanem Marju Hallik-Raudsepp, kes rõhutas, et puidutööstus annab Võrumaal tööd peaaegu igale viiendale töötajale. Klastri juhatuse esimees Rein Kõiv, kes on ka AS Võru Puit juhatuse liige, andis ülevaate klastri tegevusest aastatel 2028–2031. Klastris on praegu 41 liiget, sealhulgas 29 tootjat, kolm haridusasutust ja kaks omavalitsust.

Ettekanded

Esimese ettekande pidas dr Tõnis Kask Eesti Maaülikoolist (EMÜ), kes tutvustas uuringut Lõuna-Eesti puitmajatootjate ekspordi kohta. Tema andmetel läheb 70% toodangust Norrasse ja Rootsi, kuid enamik ettevõtteid müüb allhankijana ega jõua lõppkliendini.

Seejärel rääkis Soome kogemusest Jussi Heikkinen Puuinfo Oy-st, kes kirjeldas, kuidas Soome puitehituse ettevõtted on loonud ühised müügiesindused. Läti poolelt esines Ilze Ozoliņa-Bērziņa Vidzeme Planeerimisregioonist, kes tutvustas Valka–Valga piiriülest koostööprojekti.

Pärastlõunal toimus paneeldiskussioon, mida juhtis ajakirjanik Mart Juur-Tamm. Arutelus osalesid Helen Saar (Võrumaa Kutsehariduskeskus), Andres Pärn (OÜ Nordwood Haus), Liis Mets (Ettevõtluse ja Innovatsiooni Sihtasutus, EIS) ning Toomas Uibo (Rõuge Saeveski OÜ). Arutati tööjõupuudust, energiahindu ja seda, kuidas väikesed tootjad saaksid pakkuda suurtele klientidele tervikpakette.

Helen Saar rõhutas, et kutsekoolis õpib praegu ainult 38 puidutöö eriala õpilast, kuigi ettevõtted vajaksid igal aastal vähemalt 80 uut töötajat. Andres Pärn kirjeldas, kuidas tema ettevõte hakkas koos kahe naaberettevõttega pakkuma Norra kliendile valmis majapaketti. Liis Mets tutvustas EIS-i uusi toetusi ekspordi arendamiseks ja klastrite koostööks, mille taotlusvoor avaneb 2032. aasta jaanuaris.

Õppekäik

Konverentsile eelnenud päeval, 29. septembril 2031, külastasid osalejad AS Võru Puit tehast Väimelas ning OÜ Nordwood Haus tootmishoonet Antslas. Külastusi juhtis klastri projektijuht Kristjan Vaher.

Taust: klastri tegevus 2028–2031

Võrumaa Puiduklaster asutati 2028. aasta kevadel, kui kaksteist kohalikku saeveskit ja puitmajatootjat otsustasid hakata ühiselt tegelema koolituse ja ekspordiga. Esimestel aastatel keskenduti peamiselt ühistele messikülastustele ja töötajate koolitusele. Aastal 2030 käivitati koos Võrumaa Kutsehariduskeskusega praktikaprogramm, milles osales esimesel aastal 17 õpilast. Samal aastal korraldas klaster oma liikmetele õppereisi Soome Kuopiosse, kus tutvuti puitkortermajade tootmisega.

Klastri eelarve on viimastel aastatel olnud umbes 180 000 eurot aastas, millest ligikaudu kolmandik tuleb liikmemaksudest ja ülejäänu projektitoetustest. Klastri meeskonda kuuluvad klastrijuht ja projektijuht; raamatupidamist teeb väline partner.

Osalejate tagasiside

Konverentsi järel saadetud küsitlusele vastas 71 osalejat. Kõige kasulikumaks peeti Soome kogemuse tutvustamist ja paneeldiskussiooni, kõige vähem kasulikuks aga pikki ametlikke avasõnu. Mitmed vastajad soovisid, et järgmisel korral oleks rohkem aega omavaheliseks suhtlemiseks ja ettevõtete kohtumisteks. Osa vastajaid tegi ettepaneku korraldada puidupäev kahepäevasena, et õppekäik ja konverents oleksid ühes programmis.

Töötoad

Pärastlõunal toimusid kaks paralleelset töötuba. Esimeses arutati ühise müügiorganisatsiooni loomist ning selle võimalikke vorme, alates lihtsast koostöölepingust kuni ühisettevõtteni. Teises töötoas räägiti puidujäätmete kasutamisest: Lõuna-Eesti saeveskites tekib igal aastal sadu tuhandeid tihumeetreid saepuru ja koort, millest suur osa põletatakse madala hinnaga. Osalejad leidsid, et jäätmete väärindamine eeldab ühist investeeringut, sest ükski ettevõte ei suuda üksi vajalikku tehast rajada.

Järgmised sammud

Klastri juhatus arutab konverentsi tulemusi oma koosolekul 21. oktoobril 2031. Viies Lõuna-Eesti puidupäev toimub 2032. aasta sügisel Põlvas. Enne seda osaleb klaster Tallinnas toimuval messil Eesti Ehitab (aprill 2032) ühise stendiga.

Partnerid: Võrumaa Arenduskeskus, Eesti Metsa- ja Puidutööstuse Liit (EMPL), Võru vald, Võrumaa Kutsehariduskeskus.

Järeldused

Konverentsi lõpus esitas klastrijuht Kadri Org-Lepik järgmised järeldused, mis kiideti heaks osalejate hääletusel:

""" + "\n".join(f"{i}. {k}{'.' if i < 4 else ''}" for i, k in enumerate(KM, 1)) + "\n"
write_text(F, t)
gold(F, [
 P("Kadri Org-Lepik", "klastrijuht", "Võrumaa Puiduklaster MTÜ"),
 P("Rein Kõiv", "juhatuse esimees", "Võrumaa Puiduklaster MTÜ"),
 P("Marju Hallik-Raudsepp", "Võru vallavanem", None),
 P("Tõnis Kask", None, "Eesti Maaülikool"),
 P("Jussi Heikkinen", None, "Puuinfo Oy"),
 P("Ilze Ozoliņa-Bērziņa", None, "Vidzeme Planeerimisregioon"),
 P("Mart Juur-Tamm", "ajakirjanik", None),
 P("Helen Saar", None, "Võrumaa Kutsehariduskeskus"),
 P("Andres Pärn", None, "OÜ Nordwood Haus"),
 P("Liis Mets", None, "Ettevõtluse ja Innovatsiooni Sihtasutus"),
 P("Toomas Uibo", None, "Rõuge Saeveski OÜ"),
 P("Kristjan Vaher", "projektijuht", "Võrumaa Puiduklaster MTÜ"),
],[
 O("Võrumaa Puiduklaster MTÜ"), O("Võrumaa Arenduskeskus"),
 O("Eesti Metsa- ja Puidutööstuse Liit", "EMPL"), O("AS Võru Puit"), O("Eesti Maaülikool", "EMÜ"), O("Puuinfo Oy"),
 O("Vidzeme Planeerimisregioon"), O("Võrumaa Kutsehariduskeskus"), O("OÜ Nordwood Haus"),
 O("Ettevõtluse ja Innovatsiooni Sihtasutus", "EIS"), O("Rõuge Saeveski OÜ"), O("Võru vald"),
],[
 E("Lõuna-Eesti puidupäev 2031", "2031-09-30", None, "Võru", "Estonia"),
 E("õppekäik", "2031-09-29", None, "Väimela, Antsla", "Estonia"),
 E("juhatuse koosolek", "2031-10-21", None, None, None),
 E("Lõuna-Eesti puidupäev (viies)", "2032", None, "Põlva", "Estonia"),
 E("Eesti Ehitab", "2032-04", None, "Tallinn", "Estonia"),
 E("õppereis Kuopiosse", "2030", None, "Kuopio", "Finland"),
],["2031-10-09","2031-09-30","2028/2031","2028","2030","2032-01","2031-09-29","2031-10-21","2032","2032-04"],
 KM, pub="2031-10-09")
