from h import *
F = 'g11_jarva_puiduklaster_uudiskiri-pdf.txt'
ad = lambda y,m,d: (lambda s: s + 'l' if s.endswith('e') else s + 'al')(w(y,m,d,'et'))
H = "KESK-EESTI PUIDUKLASTRI UUDISKIRI · nr 3 (41) · september 2036"
T = f"""{H}

Kesk-Eesti Puiduklaster
Uudiskiri nr 3 (41), september 2036

Hea lugeja!

Sügis on puidutööstuses alati kiire aeg: tellimusi on palju, töökäsi vähe ja
energiahinnad kõiguvad. Seda olulisem on, et leiame aega ka ühiseks tegevu-
seks. Sel sügisel ootab klastri liikmeid tihe programm – aastakonverents Pai-
des, õppereis Soome ja koolitus Türil. Kõigest sellest lähemalt allpool. Tä-
nan kõiki liikmeid, kes suvel suvekooli ja avatud uste päeva korraldamisel
kaasa aitasid. Eriti hea meel on mul selle üle, et klastri liikmete arv kas-
vab ja et noored on puidutööstuse vastu üha rohkem huvi tundnud. Ootan kõiki
oktoobris Paidesse, et arutada, kuhu tahame klastriga järgmise viie aasta jook-
sul jõuda.

Margus KASK
klastri juhatuse esimees

KLASTRI UUDISED

Uued liikmed. Augustis liitusid klastriga Türi Puidutöö OÜ ja Järva-Jaani Palkmajad OÜ.
Klastris on nüüd 27 liiget, neist 19 tootvat ettevõtet, neli haridus- ja
teadusasutust ning neli teenusepakkujat.

Uus klastrijuht. Alates 1. septembrist 2036 on klastrijuht Kadri-Ann Saar, kes
varem töötas SA Järvamaa Arenduskeskus ettevõtluskonsultandina. Senine klastri-
juht Rein Lepik jätkab juhatuse liikmena ja vastutab edaspidi rahvusvaheliste
projektide eest.

Ühishanked. Klastri ühishanke esimene voor lõppes augustis: kaheksa ettevõtet
ostsid koos liimi ja pinnakattevahendeid ning säästsid keskmiselt 11 protsenti.
Järgmine voor algab jaanuaris.

Koostöö koolidega. Türi Tehnika- ja Maamajanduskool ja klaster allkirjas-
tasid augusti lõpus koostöölepingu, mille järgi saavad puidutöö eriala õpila-
sed teha praktikat klastri ettevõtetes ning ettevõtete meistrid õpetavad koolis
valikaineid. Esimesed kaksteist õpilast alustavad praktikat juba oktoobris.

Energiaühistu. Juhatus arutas augustikuu koosolekul võimalust rajada klastri
liikmete tootmishoonete katustele päikeseelektrijaamad ja luua liikmete ener-
giaühistu. Huvitatud ettevõtetel palume anda endast märku klastrijuhile. Esial-
gse tasuvusanalüüsi koostab SA Järvamaa Arenduskeskus ning see valmib enne
aastakonverentsi, kus tulemusi ka tutvustatakse.

                              – 1 –
{H}

JÄTA KUUPÄEV MEELDE

Klastri aastakonverents
{ad(2036,10,22).capitalize()}, 22. oktoobril 2036, kell 10–16, Paide Muusika- ja Teatrimaja, Paide.
Teema: „Puit kui ehitusmaterjal aastal 2040". Peaesineja on prof. Jaan-Olev Kallas
(Tallinna Tehnikaülikool). Paneeli juhib ajakirjanik Triin Mägi-Ojasoo. Pärast
konverentsi on kell 17 klastri liikmete ühine õhtusöök restoranis Wittenstein.
Registreerumine kuni 10. oktoobrini.

Õppereis Kesk-Soome
4.–6. novembril 2036, Jyväskylä ja Äänekoski. Külastame puitmaju tootvaid
ettevõtteid ja Jyväskylä ülikooli puiduehituse laborit. Korraldaja: SA Järvamaa Arenduskeskus
koostöös Soome klastriga Puuinfo Keski-Suomi. Kohti on 20, registreerumine
kuni 15. oktoobrini.

Koolitus „CNC-pinkide hooldus"
{ad(2036,11,19)}, 19. novembril 2036, Türi Tehnika- ja Maamajanduskool. Koolitaja
Andres Rüütel (Rüütel Masinad OÜ). Osalustasu liikmetele 40 eurot.

Jõulukohtumine
11. detsembril 2036, Roosna-Alliku mõis. Kutse saadetakse novembris.

MÖÖDUNUD ÜRITUSED

Puiduklastrite suvekool Paides
16.–18. juunil 2036 toimus Paides juba kolmas Balti puiduklastrite suvekool.
Osales 46 inimest Eestist, Lätist ja Leedust. Suvekooli avas Paide vallavanem
Priit Värk, esinesid Eesti Metsa- ja Puidutööstuse Liit (tegevjuht Henrik Välja)
ning Läti puiduklastri juht Ilze Bērziņa-Kalniņa. Suvekooli viimasel päeval kü-
lastati Imavere saeveskit.

Puidutööstuse avatud uste päev
15. mail 2036 avasid uksed üheksa klastri ettevõtet. Päeva jooksul külastas
ettevõtteid üle 300 õpilase ja lapsevanema. Kõige rohkem huvilisi oli Järva Element AS
tehases.

Kohtumine ministeeriumis
Klastri esindajad kohtusid 27. augustil 2036
Majandus- ja Kommunikatsiooniministeeriumis asekantsler Kristjan Oja-Laaneväljaga. Arutati ehitusmaterjali-
de standardite uuendamist ja puitehituse toetusmeetmeid.

                              – 2 –
{H}

AASTA PUIDUTEGU 2036

Konkursi „Aasta puidutegu" žürii, mille esimees oli arhitekt Liina Rebane-Hallik,
valis tänavu võitjaks Paide uue lasteaia, mille puitkonstruktsioonid valmistas
klastri liige Järva Element AS. Auhinna andis üle
ettevõtlus- ja infotehnoloogiaminister Tiina Org-Kuusik. Konkursile esitati 14 tööd. Žürii eriauhinna
pälvis Koeru kogukonnamaja, mille ehitasid kohalikud noored koos meistritega.
Järgmise aasta konkursile saab töid esitada kevadel.

KONTAKT

MTÜ Kesk-Eesti Puiduklaster
Tallinna 12, 72711 Paide
Kadri-Ann Saar, klastrijuht
tel 5000 0000, klaster@puiduklaster.example.ee

Uudiskirja järgmine number ilmub detsembris 2036.
Uudiskirja väljaandmist toetab Euroopa Regionaalarengu Fond.

                              – 3 –
"""
write(F, T)
gold(F,
 [P("Margus KASK", "juhatuse esimees", "Kesk-Eesti Puiduklaster"),
  P("Jaan-Olev Kallas", None, "Tallinna Tehnikaülikool"),
  P("Triin Mägi-Ojasoo", None, None),
  P("Kadri-Ann Saar", "klastrijuht", "MTÜ Kesk-Eesti Puiduklaster"),
  P("Rein Lepik", "juhatuse liikmena", None),
  P("Andres Rüütel", "Koolitaja", "Rüütel Masinad OÜ"),
  P("Liina Rebane-Hallik", "arhitekt", None),
  P("Priit Värk", "vallavanem", None),
  P("Henrik Välja", "tegevjuht", "Eesti Metsa- ja Puidutööstuse Liit"),
  P("Ilze Bērziņa-Kalniņa", None, None),
  P("Tiina Org-Kuusik", "ettevõtlus- ja infotehnoloogiaminister", None),
  P("Kristjan Oja-Laaneväljaga", "asekantsler", "Majandus- ja Kommunikatsiooniministeeriumis")],
 [O("MTÜ Kesk-Eesti Puiduklaster"), O("Tallinna Tehnikaülikool"), O("Türi Puidutöö OÜ"), O("Järva-Jaani Palkmajad OÜ"),
  O("SA Järvamaa Arenduskeskus"), O("Puuinfo Keski-Suomi"), O("Rüütel Masinad OÜ"), O("Järva Element AS"),
  O("Eesti Metsa- ja Puidutööstuse Liit"), O("Euroopa Regionaalarengu Fond"), 
  O("Jyväskylä ülikooli"), O("Türi Tehnika- ja Maamajanduskool"), O("Majandus- ja Kommunikatsiooniministeeriumis")],
 [E("Klastri aastakonverents", "2036-10-22", None, "Paide", "Estonia"),
  E("Õppereis Kesk-Soome", "2036-11-04", "2036-11-06", "Jyväskylä, Äänekoski", "Finland"),
  E("Koolitus „CNC-pinkide hooldus\"", "2036-11-19", None, None, "Estonia"),
  E("liikmete ühine õhtusöök", "2036-10-22", None, "Paide", "Estonia"),
  E("Jõulukohtumine", "2036-12-11", None, None, "Estonia"),
  E("Puiduklastrite suvekool", "2036-06-16", "2036-06-18", "Paides", "Estonia"),
  E("Puidutööstuse avatud uste päev", "2036-05-15", None, None, "Estonia"),
  E("Kohtumine ministeeriumis", "2036-08-27")],
 ["2036-09", "2036-10-22", "2036-10-10", "2036-11-04/2036-11-06", "2036-10-15", "2036-09-01", "2036-11-19", "2036-12-11",
  "2036-06-16/2036-06-18", "2036-05-15", "2036-08-27", "2036-12", "2036-08", "2036-11", "2036-10", "2037-01"],
 [])
