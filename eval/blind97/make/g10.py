from h import *
F = 'g10_trondheim_havrom_nyhetsbrev.md'
assert wd(2041,3,6)=='Wednesday' and wd(2041,3,20)=='Wednesday' and wd(2041,4,9)=='Tuesday'
T = """[Hopp til innhold](#innhold)

**Havromsklyngen Midt-Norge** · [Om oss](/om) · [Medlemmer](/medlemmer) · [Prosjekter](/prosjekter) · [Arrangementer](/arrangementer) · [Nyhetsbrev](/nyhetsbrev) · [Kontakt](/kontakt)

> Vi bruker informasjonskapsler for å forbedre nettstedet. [Godta alle] [Bare nødvendige]

[Forside](/) › [Nyhetsbrev](/nyhetsbrev) › [Arkiv](/nyhetsbrev/arkiv) › Nyhetsbrev nr. 2/2041

# Nyhetsbrev nr. 2/2041 – februar

*Sendt 26. februar 2041 til 1 240 mottakere* · [Se i nettleser](#) · [Last ned som PDF](#)

---

## Leder: Et år med flere skip og færre utslipp

Kjære medlemmer,

2040 ble et rekordår for klyngen. Vi fikk 17 nye medlemmer, og fire av våre pilotprosjekter har nå gått over i kommersiell drift. Samtidig har tilgangen på fagfolk blitt vår største flaskehals. I dette nummeret kan dere lese om resultatene fra Havromskonferansen, om den nye kompetansesatsingen med NTNU og om hvilke arrangementer som kommer i vår.

*Ingrid Mo Sæterdal, daglig leder, Havromsklyngen Midt-Norge*

---

## Havromskonferansen 2041: dette tar vi med oss

Havromskonferansen ble arrangert på Clarion Hotel & Congress Trondheim 4. og 5. februar 2041, med 420 deltakere. Statssekretær Eirik Nyhus fra Nærings- og fiskeridepartementet åpnet konferansen, og konsernsjef Hilde Rønning fra SalMar Vekst AS holdt hovedinnlegget om havbruk til havs.

**Viktigste konklusjoner:**

- Havvind og havbruk må planlegges sammen, ikke i hver sin prosess
- Klyngen skal etablere en felles testarena for autonome fartøy i Trondheimsfjorden innen 2043
- Medlemsbedriftene trenger minst 300 nye ingeniører de neste fem årene
- Små leverandører må få bedre tilgang til store anskaffelser

[Les hele oppsummeringen →](/nyheter/havromskonferansen-2041)

---

## Ny kompetanseavtale med NTNU

Klyngen og Norges teknisk-naturvitenskapelige universitet (NTNU) signerte 12. februar 2041 en avtale om etter- og videreutdanning for ansatte i medlemsbedriftene. Prorektor for innovasjon Kari Elisabeth Wold sa at avtalen gir bedriftene «kortere vei inn i forskningen». Det første kurset, om digitale tvillinger for skipsdrift, starter 2. september 2041.

## Medlem i fokus: Frøya Subsea

Frøya Subsea AS startet som et lite dykkerfirma og har i dag 34 ansatte som inspiserer og vedlikeholder merder, kabler og fortøyninger langs hele kysten. Bedriften har det siste året tatt i bruk undervannsdroner som sender bilder direkte til oppdretterne. Daglig leder Ole Martin Strand sier at klyngen har gitt dem kontakter de aldri ville fått alene: «Vi møtte vår største kunde på et frokostmøte i Havrommet.» Neste steg er et samarbeid med Ocean Data Lab Trondheim om automatisk analyse av bildene.

## Nye medlemmer

Velkommen til **Frøya Subsea AS**, **Hitra Marine Elektro AS**, **Kystverket Midt-Norge** (observatør) og **Ocean Data Lab Trondheim**.

## Kommende arrangementer

| Dato | Arrangement | Sted |
|---|---|---|
| Onsdag 6. mars 2041, kl. 08.00–09.30 | Frokostmøte: Hydrogen til sjøs | Havrommet, Trondheim |
| Onsdag 20. mars 2041 | Leverandørdag med Equinor og Aker Solutions | Stjørdal |
| Tirsdag 9. april 2041 | Årsmøte i Havromsklyngen Midt-Norge | Trondheim |
| 10.–12. juni 2041 | Studietur til havbruksklyngen i Bergen | Bergen |

[Meld deg på her](/arrangementer)

## Fra sekretariatet

Vi har ansatt **Thomas Aune** som ny prosjektleder for kompetanse fra 1. mars 2041. Han kommer fra SINTEF Ocean. Kommunikasjonsrådgiver **Siri Haugen** er i foreldrepermisjon frem til august.

---

*Tidligere nyhetsbrev:*
[Nr. 1/2041 – januar](/nyhetsbrev/arkiv/2041-1) · [Nr. 10/2040 – desember](/nyhetsbrev/arkiv/2040-10) · [Nr. 9/2040 – november](/nyhetsbrev/arkiv/2040-9) · [Nr. 8/2040 – oktober](/nyhetsbrev/arkiv/2040-8) · [Se hele arkivet](/nyhetsbrev/arkiv)

Del: [Facebook](#) · [LinkedIn](#) · [E-post](#)

Havromsklyngen Midt-Norge · Brattørkaia 17 · 7010 Trondheim · post@havrom.example.no
Klyngen er en del av Norwegian Catapult- og Innovasjon Norge-klyngeprogrammet. [Personvern](/personvern) · [Avmeld nyhetsbrev](#)
"""
write(F, T)
C = "Havromsklyngen Midt-Norge"
gold(F,
 [P("Ingrid Mo Sæterdal","daglig leder",C), P("Eirik Nyhus","Statssekretær","Nærings- og fiskeridepartementet"),
  P("Hilde Rønning","konsernsjef","SalMar Vekst AS"), P("Kari Elisabeth Wold","Prorektor for innovasjon","NTNU"),
  P("Thomas Aune","prosjektleder for kompetanse",C), P("Siri Haugen","Kommunikasjonsrådgiver",C), P("Ole Martin Strand","Daglig leder","Frøya Subsea AS")],
 [O(C), O("Norges teknisk-naturvitenskapelige universitet","NTNU"), O("Nærings- og fiskeridepartementet"), O("SalMar Vekst AS"),
  O("Frøya Subsea AS"), O("Hitra Marine Elektro AS"), O("Kystverket Midt-Norge"), O("Ocean Data Lab Trondheim"),
  O("Equinor"), O("Aker Solutions"), O("SINTEF Ocean"), O("Innovasjon Norge")],
 [E("Havromskonferansen 2041","2041-02-04","2041-02-05","Trondheim","Norway"),
  E("Frokostmøte: Hydrogen til sjøs","2041-03-06",None,"Trondheim","Norway"),
  E("Leverandørdag med Equinor og Aker Solutions","2041-03-20",None,"Stjørdal","Norway"),
  E("Årsmøte i Havromsklyngen Midt-Norge","2041-04-09",None,"Trondheim","Norway"),
  E("Studietur til havbruksklyngen i Bergen","2041-06-10","2041-06-12","Bergen","Norway")],
 ["2041-02","2041-02-26","2040","2041-02-04/2041-02-05","2043","2041-02-12","2041-09-02","2041-03-06","2041-03-20","2041-04-09",
  "2041-06-10/2041-06-12","2041-03-01","2041-08","2041-01","2040-12","2040-11","2040-10"],
 ["Havvind og havbruk må planlegges sammen, ikke i hver sin prosess",
  "Klyngen skal etablere en felles testarena for autonome fartøy i Trondheimsfjorden innen 2043",
  "Medlemsbedriftene trenger minst 300 nye ingeniører de neste fem årene",
  "Små leverandører må få bedre tilgang til store anskaffelser"], "2041-02-26")
