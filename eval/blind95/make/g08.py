from h import *
F = 'g08_parnu_puiduvorgustik_juhtkomitee.txt'
assert wd(2035,11,6)=='Tuesday' and wd(2036,2,12)=='Tuesday' and wd(2035,10,16)=='Tuesday'
T = """Pärnumaa Puidu- ja Mööblivõrgustik | Avaleht » Meist » Juhtimine

JUHTKOMITEE JA NÕUANDEKOGU

Viimati muudetud: 6. november 2035

Pärnumaa Puidu- ja Mööblivõrgustik (PPMV) on 2031. aastal loodud koostöövõrgustik, mis ühendab 44 puidutööstuse ettevõtet, kaks kutsekooli, Tallinna Tehnikaülikooli Pärnu kolledži ja Pärnu Linnavalitsuse. Võrgustikku juhib juhtkomitee, mille liikmed valib üldkoosolek kaheks aastaks. Nõuandekogu annab juhtkomiteele sõltumatut nõu strateegia, rahvusvahelistumise ja oskuste teemal.

JUHTKOMITEE 2035–2037

Esimees: Tarmo Raudsepp, juhatuse liige, Sindi Saematerjal OÜ
Aseesimees: Kadri Lõhmus-Veski, tegevjuht, Tori Mööblivabrik AS
Liikmed:
 • Rein Kask, tootmisjuht, Häädemeeste Puitmajad OÜ
 • Liis Paju, arendusjuht, Pärnu Kutsehariduskeskus
 • Aivar Tamm, omanik, Audru Tisleritöökoda FIE
 • Margit Sepp, ettevõtluse nõunik, Pärnu Linnavalitsus
 • Jüri Vahtra, ekspordijuht, Kilingi-Nõmme Aknad AS

Juhtkomitee valiti Pärnus üldkoosolekul 16. oktoobril 2035. Tarmo Raudsepp ja Kadri Lõhmus-Veski valiti tagasi, uued liikmed on Liis Paju ja Jüri Vahtra. Juhtkomiteest lahkusid Ene Kuusik (Pärnumaa Ettevõtlus- ja Arenduskeskus), kes läks tööle Majandus- ja Kommunikatsiooniministeeriumi, ning Hannes Lepik, kes müüs oma ettevõtte.

Võrgustiku koordinaator: Triin Mägi, triin.magi@ppmv.example.ee, +372 500 0000
Koordinaatori ametikoht on rahastatud Ettevõtluse ja Innovatsiooni Sihtasutuse klastriprogrammist.

NÕUANDEKOGU

 • prof. Jaan Kõrvits, Tallinna Tehnikaülikool, puidutehnoloogia õppesuund – esimees
 • Birgitta Lindqvist, Träcentrum Nässjö, Rootsi
 • Dr. Andrius Žemaitis, Leedu Puidutööstuse Liit
 • Kristiina Oja, Eesti Metsa- ja Puidutööstuse Liit, tegevdirektor
 • Mart Ilves, Pärnu Lahe Arhitektid OÜ, arhitekt

Nõuandekogu kohtub kaks korda aastas. Eelmine kohtumine toimus 5. juunil 2035 Tori Mööblivabrikus, kus arutati ühist messiesindust Stockholmi mööblimessil ja puitmajade koolitusprogrammi. Järgmine kohtumine toimub teisipäeval, 12. veebruaril 2036 Pärnu kolledžis.

JUHTKOMITEE KOOSOLEKUD 2035/2036

 • teisipäev, 6. november 2035, kell 15.00 – Sindi Saematerjal, Sindi
 • teisipäev, 12. veebruar 2036, kell 13.00 – ühiskoosolek nõuandekoguga, Pärnu kolledž
 • mai 2036 – kuupäev täpsustamisel

Koosolekute protokollid on liikmetele kättesaadavad siseveebis.

ÜLDKOOSOLEKU OTSUSED (16. oktoober 2035)

 1. Kinnitada võrgustiku tegevuskava aastateks 2036–2038.
 2. Esitada taotlus Interreg Kesk-Läänemere programmi projekti „WoodSkills Baltic“ partnerina.
 3. Alustada läbirääkimisi Läti Metsatööstuse Föderatsiooniga ühise ostuportaali loomiseks.
 4. Tõsta liikmemaksu 2036. aastast 5%.

VÕRGUSTIKU LUGU

Võrgustiku asutasid 2031. aasta kevadel seitse Pärnumaa puidutööstuse ettevõtet, kes soovisid koos koolitada töötajaid ja jagada messikulusid. Esimene ühine projekt oli CNC-operaatorite kursus Pärnu Kutsehariduskeskuses, mille on tänaseks läbinud 160 inimest. 2033. aastal liitusid võrgustikuga Pärnu Linnavalitsus ja Tallinna Tehnikaülikooli Pärnu kolledž ning võrgustik sai ettevõtluse ja innovatsiooni sihtasutuse klastriprogrammi toetuse. 2034. aastal korraldati esimest korda Pärnu Puidupäev, kuhu tuli üle 900 külastaja.

VIIMASED UUDISED

 • 30. oktoober 2035 – Võrgustikuga liitusid kaks uut liiget: Lavassaare Palkmajad OÜ ja Vändra Puidugraanul AS
 • 14. oktoober 2035 – Pärnu Puidupäeva kokkuvõte: 1200 külastajat ja 31 eksponenti
 • 22. september 2035 – Kutsume liikmeid osalema Stockholmi mööblimessil ühisstendiga

KUIDAS ME TÖÖTAME

Juhtkomitee koosolekud on avatud kõigile liikmetele, kuid hääletada saavad ainult komitee liikmed. Iga liige võib teha ettepaneku päevakorda võtta teema, saates selle koordinaatorile vähemalt kaks nädalat enne koosolekut. Aastaaruanne ja eelarve avaldatakse siseveebis iga aasta aprillis. Nõuandekogu liikmed ei saa tasu, kuid nende sõidukulud hüvitatakse. Kui soovid juhtkomitee tööga lähemalt tutvuda või kandideerida järgmistel valimistel, võta ühendust koordinaatoriga. Kandidaate saab esitada iga võrgustiku liige, ka väikeettevõtted ja kutsekoolid. Valimised toimuvad järgmisel üldkoosolekul 2037. aasta sügisel. Kandidaatide nimekiri avaldatakse siseveebis kaks nädalat enne üldkoosolekut. Küsimuste korral võta julgelt ühendust.

Foto: juhtkomitee üldkoosolekul Pärnu Kontserdimajas. Foto: Raul Kivistik

Jaga: Facebook | LinkedIn | E-post

Pärnumaa Puidu- ja Mööblivõrgustik MTÜ · Rüütli 40, 80010 Pärnu · registrikood 80000000
See veebileht kasutab küpsiseid. Nõustun | Loe lähemalt
"""
write(F, T)
V = "Pärnumaa Puidu- ja Mööblivõrgustik"
gold(F,
 [P("Tarmo Raudsepp","Esimees","Pärnumaa Puidu- ja Mööblivõrgustik"),
  P("Kadri Lõhmus-Veski","Aseesimees","Pärnumaa Puidu- ja Mööblivõrgustik"),
  P("Rein Kask","tootmisjuht","Häädemeeste Puitmajad OÜ"),
  P("Liis Paju","arendusjuht","Pärnu Kutsehariduskeskus"),
  P("Aivar Tamm","omanik","Audru Tisleritöökoda FIE"),
  P("Margit Sepp","ettevõtluse nõunik","Pärnu Linnavalitsus"),
  P("Jüri Vahtra","ekspordijuht","Kilingi-Nõmme Aknad AS"),
  P("Ene Kuusik",None,"Pärnumaa Ettevõtlus- ja Arenduskeskus"),
  P("Hannes Lepik",None,None),
  P("Triin Mägi","Võrgustiku koordinaator",V),
  P("Jaan Kõrvits","esimees","Pärnumaa Puidu- ja Mööblivõrgustik"),
  P("Birgitta Lindqvist",None,"Träcentrum Nässjö"),
  P("Andrius Žemaitis",None,"Leedu Puidutööstuse Liit"),
  P("Kristiina Oja","tegevdirektor","Eesti Metsa- ja Puidutööstuse Liit"),
  P("Mart Ilves","arhitekt","Pärnu Lahe Arhitektid OÜ"),
  P("Raul Kivistik",None,None)],
 [O(V,"PPMV"), O("Tallinna Tehnikaülikooli Pärnu kolledži"), O("Pärnu Linnavalitsus"), O("Sindi Saematerjal OÜ"),
  O("Tori Mööblivabrik AS"), O("Häädemeeste Puitmajad OÜ"), O("Pärnu Kutsehariduskeskus"), O("Audru Tisleritöökoda FIE"),
  O("Kilingi-Nõmme Aknad AS"), O("Pärnumaa Ettevõtlus- ja Arenduskeskus"), O("Majandus- ja Kommunikatsiooniministeeriumi"),
  O("Ettevõtluse ja Innovatsiooni Sihtasutuse"), O("Tallinna Tehnikaülikool"), O("Träcentrum Nässjö"),
  O("Leedu Puidutööstuse Liit"), O("Eesti Metsa- ja Puidutööstuse Liit"), O("Pärnu Lahe Arhitektid OÜ"),
  O("Läti Metsatööstuse Föderatsiooniga"), O("Lavassaare Palkmajad OÜ"), O("Vändra Puidugraanul AS")],
 [E("üldkoosolek","2035-10-16",None,"Pärnu","Estonia"),
  E("nõuandekogu kohtumine","2035-06-05",None,None,None),
  E("juhtkomitee koosolek","2035-11-06",None,"Sindi","Estonia"),
  E("ühiskoosolek nõuandekoguga","2036-02-12",None,"Pärnu","Estonia"),
  E("juhtkomitee koosolek","2036-05",None,None,None), E("Pärnu Puidupäev",None,None,"Pärnu","Estonia"), E("Stockholmi mööblimess",None,None,"Stockholm","Sweden"),
  E("üldkoosolek","2037",None,None,None)],  # second pass: next general assembly, autumn 2037
 ["2035-11-06","2031","2035/2037","2035-10-16","2035-06-05","2036-02-12","2035/2036","2036-05","2036/2038","2036","2033","2034","2035-10-30","2035-10-14","2035-09-22","2037"],
 ["Kinnitada võrgustiku tegevuskava aastateks 2036–2038",
  "Esitada taotlus Interreg Kesk-Läänemere programmi projekti „WoodSkills Baltic“ partnerina",
  "Alustada läbirääkimisi Läti Metsatööstuse Föderatsiooniga ühise ostuportaali loomiseks",
  "Tõsta liikmemaksu 2036. aastast 5%"], "2035-11-06")
