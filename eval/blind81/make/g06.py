from h import *
F = 'g06_nordmore_klynge_medlemsnytt.txt'
assert wd(2034,2,8)=='Wednesday' and wd(2034,3,1)=='Wednesday' and wd(2034,1,19)=='Thursday'
T = """MEDLEMSNYTT FRA KLYNGEN – nr. 2/2034
Havrommet Nordmøre – klynge for havbruk, maritim service og havvind
Publisert 3. februar 2034 | Lesetid 5 min

Hei alle sammen! Her er et utvalg nyheter fra medlemsbedriftene de siste ukene. Har du noe vi bør ta med i neste utgave? Send en e-post til kommunikasjonsansvarlig Ingvild Sæther Ohnstad innen 24. februar.

NY DAGLIG LEDER I AVERØY FÔRTEKNIKK
Kari-Anne Gjeldnes (46) tar over som daglig leder i Averøy Fôrteknikk AS fra 1. mars. Hun kommer fra stillingen som produksjonssjef i Mowi Region Midt og har tidligere jobbet ti år på Hustadvika Fôr. Hun etterfølger gründer Jon Arne Rødseth, som går av med pensjon, men blir sittende i styret. – Jeg gleder meg til å bygge videre på det Jon Arne har skapt, sier Gjeldnes.

KRISTIANSUND SKIPSSERVICE VOKSER
Kristiansund Skipsservice AS har ansatt fire nye mekanikere og åpner en avdeling på Vestbase i Kristiansund i løpet av våren. Avdelingen skal betjene servicefartøy til havvindparker utenfor Møre. – Vi ser et marked som vokser raskere enn vi hadde trodd, sier administrerende direktør Geir-Ove Bolsønes.

DOKTORGRAD OM LAKSELUS
Gratulerer til Sigrid Bævre Strand, som 19. januar disputerte ved NTNU i Ålesund med avhandlingen «Lusetelling med maskinsyn i merder på eksponerte lokaliteter». Arbeidet ble gjort i et nærings-ph.d.-løp hos medlemsbedriften Smøla Sjøfarm AS, der hun nå blir forskningsleder.

AVTALE MED SKOTSK PARTNER
Tustna Netting AS har signert en samarbeidsavtale med skotske Orkney Net Care Ltd om vask og reparasjon av nøter. Avtalen ble signert under Aqua Nor-seminaret i Trondheim, sier salgssjef Håvard Myrbostad.

NYTT FARTØY TIL SMØLA
Smøla Sjøfarm AS har tatt imot en ny elektrisk arbeidsbåt fra Kystbygg Verft AS i Hitra. Båten har batteripakke levert av Frei Elektro AS og lades fra landstrøm på anlegget på Veiholmen. – Vi kutter dieselforbruket på denne lokaliteten med rundt 70 prosent, sier driftsleder Eirik Haugen Rø. Båten ble døpt av gudmor Astrid Vikhammer, som har jobbet 32 år i selskapet.

NY I KLYNGEADMINISTRASJONEN
Fra 15. januar er Jonas Lindqvist Brekken ansatt som prosjektleder for havvind i klyngen. Han kommer fra Aker Solutions i Molde og skal blant annet følge opp leverandørprogrammet.

NYE MEDLEMMER
Vi ønsker velkommen til tre nye medlemmer: Frei Elektro AS, havvindselskapet Nordvest Offshore Wind AS og Kristiansund videregående skole. Klyngen har nå 74 medlemmer.

STYREVERV
Klyngens styreleder Torunn Moen Hasselø er valgt inn i styret i Norsk Industri, Havbruksleverandørene. Styremedlem Anders H. Leirvåg (Leirvåg Marine AS) er ny leder av Nordmøre Næringsråd.

PRIS TIL LÆRLING
Lærling Emilie Aasen-Fjørtoft hos Kristiansund Skipsservice AS vant sølv i NM i yrkesfag for industrimekanikere i Lillestrøm 25. januar. Vi gratulerer!

UTSATT: FAGDAG OM HAVVIND
Fagdagen om havvind og leverandørmuligheter, som skulle vært 8. februar, er flyttet til onsdag 1. mars 2034 kl. 09.00–15.00 på Thon Hotel Kristiansund. Innledere er Siri Hals Eide fra Equinor, Martin van der Veen fra det nederlandske klyngenettverket Offshore Wind Innovators og Bjørn Inge Kjølsvik fra Innovasjon Norge Møre og Romsdal. Påmelding på nettsiden innen 22. februar.

KURS I HMS
Sammen med Møre og Romsdal fylkeskommune tilbyr klyngen et gratis kurs i HMS for små servicebedrifter. Kurset går over tre kvelder, 6., 13. og 20. mars, i Kristiansund. Kursleder er Randi Tøndel.

FRA KLYNGELEDEREN
– Vinteren har vært travel. Vi har fått innvilget videre støtte fra klyngeprogrammet Norwegian Innovation Clusters for perioden 2034–2036, og vi skal bruke pengene på tre ting: havvind, digitalisering i havbruket og rekruttering. Takk til alle som bidro til søknaden, skriver klyngeleder Per Kristian Ødegaard.

KALENDER
1. mars 2034: Fagdag om havvind, Kristiansund
6., 13. og 20. mars 2034: HMS-kurs, Kristiansund
26. april 2034: Årsmøte og medlemsmøte, Kristiansund (innkalling kommer)
Juni 2034: Studietur til Shetland (foreløpig)

Havrommet Nordmøre | Storgata 17, 6509 Kristiansund | post@havrommet.example.no
Du får denne e-posten fordi du er kontaktperson for en medlemsbedrift. Meld deg av her.
"""
write(F, T)
H = "Havrommet Nordmøre"
gold(F,
 [P("Ingvild Sæther Ohnstad","kommunikasjonsansvarlig",H),
  P("Kari-Anne Gjeldnes","daglig leder","Averøy Fôrteknikk AS"),
  P("Jon Arne Rødseth","gründer","Averøy Fôrteknikk AS"),
  P("Geir-Ove Bolsønes","administrerende direktør","Kristiansund Skipsservice AS"),
  P("Sigrid Bævre Strand","forskningsleder","Smøla Sjøfarm AS"),
  P("Håvard Myrbostad","salgssjef","Tustna Netting AS"),
  P("Eirik Haugen Rø","driftsleder","Smøla Sjøfarm AS"),
  P("Astrid Vikhammer","gudmor",None),
  P("Jonas Lindqvist Brekken","prosjektleder for havvind",H),
  P("Torunn Moen Hasselø","styreleder",H),
  P("Anders H. Leirvåg","leder","Nordmøre Næringsråd"),
  P("Emilie Aasen-Fjørtoft","Lærling","Kristiansund Skipsservice AS"),
  P("Siri Hals Eide",None,"Equinor"),
  P("Martin van der Veen",None,"Offshore Wind Innovators"),
  P("Bjørn Inge Kjølsvik",None,"Innovasjon Norge Møre og Romsdal"),
  P("Randi Tøndel","Kursleder",None),
  P("Per Kristian Ødegaard","klyngeleder",H)],
 [O(H), O("Averøy Fôrteknikk AS"), O("Mowi Region Midt"), O("Hustadvika Fôr"), O("Kristiansund Skipsservice AS"),
  O("NTNU"), O("Smøla Sjøfarm AS"), O("Tustna Netting AS"), O("Orkney Net Care Ltd"),
  O("Frei Elektro AS"), O("Kystbygg Verft AS"), O("Aker Solutions"), O("Nordvest Offshore Wind AS"), O("Kristiansund videregående skole"),
  O("Norsk Industri, Havbruksleverandørene"), O("Leirvåg Marine AS"), O("Nordmøre Næringsråd"),
  O("Equinor"), O("Offshore Wind Innovators"), O("Innovasjon Norge Møre og Romsdal"),
  O("Møre og Romsdal fylkeskommune")],
 [E("doktorgradsdisputas",'2034-01-19',None,"Ålesund","Norway"),
  E("Aqua Nor-seminaret",None,None,"Trondheim","Norway"),
  E("NM i yrkesfag","2034-01-25",None,"Lillestrøm","Norway"),
  E("Fagdag om havvind","2034-03-01",None,"Kristiansund","Norway"),
  E("HMS-kurs","2034-03-06","2034-03-20","Kristiansund","Norway"),
  E("Årsmøte og medlemsmøte","2034-04-26",None,"Kristiansund","Norway"),
  E("Studietur til Shetland","2034-06",None,None,None)],
 ["2034-02-03","2034-02-24","2034-03-01","2034-01-19","2034-01-15","2034-01-25","2034-02-08","2034-02-22","2034-03-06","2034-03-13","2034-03-20","2034/2036","2034-04-26","2034-06"],
 [], "2034-02-03")
