from h import *
F = 'g06_danish_ministry_press_release.txt'
assert wd(2040,5,8)=='Tuesday' and wd(2040,5,31)=='Thursday' and wd(2040,6,19)=='Tuesday'
T = """Erhvervsministeriet
Forside > Nyheder > Pressemeddelelser > 2040

PRESSEMEDDELELSE
Tirsdag den 8. maj 2040

92 mio. kr. til ny energiklynge-indsats i Sønderjylland

Danmarks Erhvervsfremmebestyrelse har i dag indstillet, at Energy Cluster Denmark får 92 mio. kr. til et fireårigt program for elektrificering af industrien i Sønderborg, Aabenraa, Haderslev og Tønder. Erhvervsminister Mette Kjærsgaard Holm har godkendt bevillingen, som finansieres af EU's Fond for Retfærdig Omstilling og af statslige midler.

Programmet hedder "Grøn Strøm i Produktionen" og løber fra 1. juli 2040 til 30. juni 2044. Det skal hjælpe 250 små og mellemstore virksomheder med at udskifte gas- og oliefyrede processer med el og varmepumper.

- Sønderjylland har en stærk industri, men mange virksomheder står alene med omstillingen. Nu får de en klynge, der kan tage dem i hånden fra energitjek til investering, siger erhvervsminister Mette Kjærsgaard Holm.

Bag ansøgningen står Energy Cluster Denmark sammen med Syddansk Universitet (SDU), Business Region Sønderjylland, Sønderborg Kommune og ProjectZero. Den lokale erhvervsservice i de fire kommuner bliver indgang for virksomhederne.

Formand for Danmarks Erhvervsfremmebestyrelse Lars Bjerregaard Nissen udtaler:

- Bestyrelsen lægger vægt på, at pengene går til konkrete investeringer i virksomhederne og ikke til flere rapporter. Vi har derfor bedt klyngen om at rapportere halvårligt.

Administrerende direktør i Energy Cluster Denmark Birgitte Lund Sørensen siger:

- Vi åbner et kontor i Alsion i Sønderborg allerede efter sommerferien, og de første virksomheder kan søge om energitjek fra 1. september 2040.

Borgmester i Sønderborg Kommune Erik Lauritzen-Bach glæder sig over bevillingen og peger på, at kommunen selv bidrager med 6 mio. kr. til programmet.

Blandt de første virksomheder, der har meldt sig, er pølsemageriet Als Kød & Røg i Nordborg og metalvirksomheden Haderslev Værktøjsfabrik. Direktør Hanne Schmidt-Lorenzen fra Haderslev Værktøjsfabrik fortæller, at virksomheden i dag bruger gas til at hærde stål i tre ovne:

- Vi har længe vidst, at vi skal over på el, men vi har ikke haft folk til at regne på det. Med klyngens hjælp kan vi træffe beslutningen i år i stedet for om fem år.

Programmet bygger videre på erfaringerne fra projektet Grøn Varme Syd, som Energy Cluster Denmark og ProjectZero gennemførte i 2036–2039 med 60 virksomheder.

Fakta om bevillingen
• Samlet budget: 118 mio. kr.
• Tilskud fra Danmarks Erhvervsfremmebestyrelse: 92 mio. kr.
• Medfinansiering fra kommuner, SDU og virksomheder: 26 mio. kr.
• Periode: 2040–2044
• Mål: 250 virksomheder, 40.000 tons CO2 sparet årligt fra 2044

Informationsmøder
Energy Cluster Denmark holder informationsmøder for virksomheder:
- torsdag den 31. maj 2040 kl. 15-17 i Alsion, Sønderborg
- tirsdag den 19. juni 2040 kl. 9-11 hos Business Region Sønderjylland i Aabenraa
Tilmelding på energycluster.example.dk/groenstroem

Programmet præsenteres også på Folkemødet på Bornholm 14.-16. juni 2040, hvor ministeren deltager i en debat om grøn omstilling i landdistrikterne.

Om Danmarks Erhvervsfremmebestyrelse
Danmarks Erhvervsfremmebestyrelse er et uafhængigt organ, der fordeler midler fra EU's strukturfonde til erhvervsfremme. Sekretariatet varetages af Erhvervsstyrelsen.

Yderligere oplysninger
Pressesekretær Jonas Vestergaard Kim, Erhvervsministeriet, tlf. 00 00 00 00
Kommunikationschef Trine Bak Mikkelsen, Energy Cluster Denmark, tlf. 00 00 00 00

Del: Facebook | LinkedIn | X | Mail
Udskriv

Relaterede nyheder
03.04.2040 – Ny strategi for Danmarks klynger 2041-2044 sendt i høring
12.02.2040 – 14 klynger får forlænget deres bevilling
28.11.2039 – Minister besøger brintprojekter i Esbjerg

Erhvervsministeriet · Slotsholmsgade 10-12 · 1216 København K · CVR 00000000
Om cookies på erhvervsministeriet.example.dk | Tilgængelighedserklæring
"""
write(F, T)
E_="Energy Cluster Denmark"
gold(F,
 [P("Mette Kjærsgaard Holm","Erhvervsminister",None),
  P("Lars Bjerregaard Nissen","Formand","Danmarks Erhvervsfremmebestyrelse"),
  P("Birgitte Lund Sørensen","Administrerende direktør",E_),
  P("Erik Lauritzen-Bach","Borgmester","Sønderborg Kommune"),
  P("Hanne Schmidt-Lorenzen","Direktør","Haderslev Værktøjsfabrik"),
  P("Jonas Vestergaard Kim","Pressesekretær","Erhvervsministeriet"),
  P("Trine Bak Mikkelsen","Kommunikationschef",E_)],
 [O("Erhvervsministeriet"), O("Danmarks Erhvervsfremmebestyrelse"), O(E_), O("Syddansk Universitet","SDU"),
  O("Business Region Sønderjylland"), O("Sønderborg Kommune"), O("ProjectZero"), O("Erhvervsstyrelsen"), O("Als Kød & Røg"), O("Haderslev Værktøjsfabrik")],
 [E("Informationsmøde","2040-05-31",None,"Sønderborg","Denmark"),
  E("Informationsmøde","2040-06-19",None,"Aabenraa","Denmark"),
  E("Folkemødet på Bornholm","2040-06-14","2040-06-16",None,"Denmark")],
 ["2040","2040-05-08","2040-07-01/2044-06-30","2040-09-01","2040/2044","2044","2040-05-31","2040-06-19",
  "2040-06-14/2040-06-16","2040-04-03","2041/2044","2040-02-12","2039-11-28","2036/2039"],
 [], pub="2040-05-08")
