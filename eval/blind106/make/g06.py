from h import *
F = 'g06_vestfold_arbeidsgruppe_referat.md'
assert wd(2040,1,16)=='Monday' and wd(2040,2,27)=='Monday' and wd(2040,3,14)=='Wednesday'
V = ["Arbeidsgruppen anbefaler styret å søke Forskningsrådet om midler til et felles forprosjekt om autonome fartøy innen 15. februar 2040",
 "Testområdet i Horten skal tilbys alle medlemmer til selvkost fra 1. april 2040",
 "Knut Amundsen leder en undergruppe som kartlegger behovet for sertifisering av droner til havs",
 "Neste studietur går til Trondheim i mai, i samarbeid med Ocean Autonomy Cluster",
 "Referatet publiseres på medlemssidene innen en uke"]
T = f"""# Referat – Arbeidsgruppe for autonome og fjernstyrte fartøy

**Vestfold Maritime Teknologiklynge**  
Møte nr. 4/2040 · Mandag 16. januar 2040, kl. 13.00–15.30  
Sted: Horten Teknologipark, møterom «Karljohansvern», og på Teams

**Til stede:** Ingrid Sætre (leder, Kongsberg Seatex AS), Knut Amundsen (Horten Marine Robotics AS), Marte Lien Bakke
(Universitetet i Sørøst-Norge), Erlend Tveiten (Vestfold og Telemark fylkeskommune), Sigrid Holm-Nilsen (Bastø Fosen AS),
Ola Rekdal (Kystverket), Henrik Wold (klyngeleder, referent)  
**Forfall:** Jørgen Moe (DNV), Trine Aasen (Sjøfartsdirektoratet)

---

### Sak 1/24 Godkjenning av innkalling og referat fra forrige møte

Innkalling og dagsorden ble godkjent. Referat fra møtet 28. november 2039 ble godkjent uten merknader.

### Sak 2/24 Orientering: status for testområdet i Horten

Henrik Wold orienterte om testområdet i indre Oslofjord. Kystverket har gitt tillatelse til fortsatt drift ut 2041.
Det ble gjennomført 38 testdøgn i 2039, de fleste for tre medlemsbedrifter. Flere små bedrifter har etterspurt tilgang,
men opplever prisen som for høy. Ola Rekdal understreket at alle tester må meldes til Vardø trafikksentral minst 48
timer i forveien.

Gruppen drøftet ulike prismodeller. Et forslag er at bedrifter med færre enn 20 ansatte betaler halv pris de første
ti testdøgnene, mens større bedrifter betaler full pris. Et annet forslag er et årlig abonnement. Henrik Wold fikk i
oppdrag å regne på begge modellene og legge fram et forslag til neste møte.

### Sak 3/24 Mulig forprosjekt om autonome fartøy

Marte Lien Bakke presenterte et utkast til et forprosjekt om sikker navigasjon for små autonome fartøy i trange
farvann. Universitetet i Sørøst-Norge kan bidra med to stipendiater. Gruppen diskuterte om prosjektet bør søkes hos
Forskningsrådet eller som et Interreg-prosjekt sammen med svenske partnere. Ingrid Sætre mente at en norsk søknad
gir raskere svar, mens Erlend Tveiten pekte på at fylkeskommunen kan gi egenandel i begge tilfeller.

### Sak 4/24 Sertifisering av droner til havs

Sigrid Holm-Nilsen tok opp at rederiene ønsker å bruke droner til inspeksjon av ferjer, men at reglene er uklare.
Det er behov for en oversikt over hva som kreves av sertifisering, både fra Luftfartstilsynet og fra klasseselskapene.
Knut Amundsen påpekte at flere av medlemmene allerede har brukt mye tid på enkeltsøknader, og at en felles veileder
vil spare både tid og penger for hele klyngen.

### Sak 5/24 Studietur

Ocean Autonomy Cluster i Trondheim har invitert til et besøk på sitt testområde i Trondheimsfjorden. Klyngen har
tidligere besøkt Maritime Cluster Southwest i Göteborg (september 2039).

### Sak 6/24 Eventuelt

Ingen saker.

---

## Vedtak

{bl(V, '- ')}

## Oppfølging

| Oppgave | Ansvarlig | Frist |
|---|---|---|
| Utkast til søknad, forprosjekt | Marte Lien Bakke | 5. februar 2040 |
| Prismodell for testområdet | Henrik Wold | 27. februar 2040 |
| Kartlegging droner | Knut Amundsen | neste møte |
| Program for studietur | Henrik Wold | 14. mars 2040 |

**Neste møte:** mandag 27. februar 2040 kl. 13.00, Horten Teknologipark.

**Årsmøte i klyngen:** onsdag 14. mars 2040 i Tønsberg.

---

*Referent: Henrik Wold, klyngeleder, Vestfold Maritime Teknologiklynge · henrik.wold@vmtk.example.no · +47 000 00 000*  
*Vestfold Maritime Teknologiklynge er en del av Norwegian Innovation Clusters, støttet av Innovasjon Norge, Forskningsrådet og Siva.*
"""
write(F, T)
VM = "Vestfold Maritime Teknologiklynge"
gold(F,
 [P("Ingrid Sætre","leder",VM),
  P("Knut Amundsen",None,"Horten Marine Robotics AS"),
  P("Marte Lien Bakke",None,"Universitetet i Sørøst-Norge"),
  P("Erlend Tveiten",None,"Vestfold og Telemark fylkeskommune"),
  P("Sigrid Holm-Nilsen",None,"Bastø Fosen AS"),
  P("Ola Rekdal",None,"Kystverket"),
  P("Henrik Wold","klyngeleder",VM),
  P("Jørgen Moe",None,"DNV"),
  P("Trine Aasen",None,"Sjøfartsdirektoratet")],
 [O(VM), O("Horten Teknologipark"), O("Kongsberg Seatex AS"), O("Horten Marine Robotics AS"),
  O("Universitetet i Sørøst-Norge"), O("Vestfold og Telemark fylkeskommune"), O("Bastø Fosen AS"), O("Kystverket"),
  O("DNV"), O("Sjøfartsdirektoratet"), O("Vardø trafikksentral"), O("Forskningsrådet"), O("Luftfartstilsynet"),
  O("Ocean Autonomy Cluster"), O("Maritime Cluster Southwest"),
  O("Innovasjon Norge"), O("Siva")],
 [E("Møte nr. 4/2040","2040-01-16",None,"Horten","Norway"),
  E("forrige møte","2039-11-28",None,None,None),
  E("besøk hos Maritime Cluster Southwest","2039-09",None,"Göteborg","Sweden"),
  E("studietur","2040-05",None,"Trondheim","Norway"),
  E("Neste møte","2040-02-27",None,"Horten","Norway"),
  E("Årsmøte","2040-03-14",None,"Tønsberg","Norway")],
 ["2040-01-16","2039-11-28","2041","2039","2040-02-15","2040-04-01","2040-05","2039-09","2040-02-05","2040-02-27","2040-03-14"],
 V, None)
