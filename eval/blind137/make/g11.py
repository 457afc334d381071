from h import *
F = 'g11_mo_i_rana_interreg_aurora_oppstart.md'
assert wd(2036,4,22)=='Tuesday' and wd(2036,4,23)=='Wednesday' and wd(2036,4,24)=='Thursday'
T = """[Forside](/) | [Om klyngen](/om) | [Medlemmer](/medlemmer) | [Prosjekter](/prosjekter) | [Aktuelt](/aktuelt) | [Kontakt](/kontakt)

# Oppstart for Interreg Aurora-prosjektet ARCTIC-METAL i Mo i Rana

**Aktuelt · 28. april 2036 · Av Silje Hovland Tverrå, kommunikasjonsrådgiver**

Over 50 deltakere fra Norge, Sverige og Finland var samlet i Mo i Rana fra tirsdag 22. til torsdag 24. april 2036 til oppstartsmøtet for ARCTIC-METAL. Prosjektet har et budsjett på 3,4 millioner euro og finansieres av Interreg Aurora 2035–2041-programmet, som dekker de nordligste delene av de tre landene og Sápmi.

ARCTIC-METAL skal hjelpe små og mellomstore leverandørbedrifter i metallindustrien å ta i bruk lavutslippsteknologi og å komme inn i leverandørkjedene til de store grønne industriprosjektene i nord. Prosjektet ledes av Helgeland Industriklynge AS, med disse partnerne:

- Mo Industripark AS
- SINTEF Helgeland AS
- Nord universitet, Fakultet for biovitenskap og akvakultur (assosiert partner)
- Process IT Innovations vid Luleå tekniska universitet
- Norrbottens Handelskammare
- Lapin ammattikorkeakoulu Oy (Lapland University of Applied Sciences)
- Kemi-Tornio Teollisuusklusteri ry

## Program

**Tirsdag 22. april**

- 13:00 Velkommen ved ordfører i Rana kommune, Geir Waage-Lorentzen
- 13:30 Presentasjon av prosjektet og arbeidspakkene – prosjektleder Kari Anne Nordmo-Strand, Helgeland Industriklynge
- 15:30 Omvisning i Mo Industripark med administrerende direktør Arve Ulriksen
- 19:00 Middag på Meyergården

**Onsdag 23. april**

- 09:00 Styringsgruppemøte
- 11:00 Workshop: hva trenger leverandørbedriftene? Ledet av Dr. Johanna Lindberg-Niemi, Lapin ammattikorkeakoulu
- 14:00 Bedriftsbesøk hos Celsa Armeringsstål AS og Rana Gruber ASA

**Torsdag 24. april**

- 09:00 Økonomi og rapportering med Det felles sekretariatet for Interreg Aurora i Umeå
- 11:30 Oppsummering og avslutning

## Det viktigste fra oppstartsmøtet

Partnerne ble enige om følgende:

- Hver partner rekrutterer minst 15 leverandørbedrifter til prosjektets utviklingsprogram innen utgangen av 2036
- Det første bedriftsnettverksmøtet holdes i Luleå i september 2036
- Prosjektet etablerer en felles database over teknologitilbydere i de tre landene
- SINTEF Helgeland leder arbeidet med klimaregnskap for bedriftene

Under workshopen onsdag arbeidet deltakerne i blandede grupper. Bedriftene pekte særlig på tre behov: hjelp til å dokumentere klimaavtrykket av produktene, tilgang til testanlegg for nye materialer og folk med kompetanse på automatisering. Flere av de minste bedriftene sa at de ikke har tid til å skrive søknader, og ba om at klyngene tar en større del av dette arbeidet.

## Sitater

– Dette er første gang tre industriklynger på hver sin side av grensene går sammen om et så konkret program for leverandørene, sa prosjektleder Kari Anne Nordmo-Strand.

Mikael Björkström, klyngeleder i Process IT Innovations, la vekt på at svenske bedrifter har mye å lære av Mo i Rana: – Industriparken her viser hvordan store og små bedrifter kan dele energi, infrastruktur og kompetanse.

Seniorrådgiver Tuula Kärkkäinen fra Kemi-Tornio Teollisuusklusteri ry pekte på at finske bedrifter ofte mangler sertifiseringer som kreves av de store kundene, og at prosjektet må hjelpe dem med dette.

## Videre arbeid

Prosjektet varer fra 1. mars 2036 til 28. februar 2039. Neste partnermøte er planlagt i Kemi i februar 2037. Bedrifter som ønsker å delta i utviklingsprogrammet, kan ta kontakt med klyngen allerede nå. Det er ingen deltakeravgift, men bedriftene må sette av tid til fire samlinger i løpet av det første året.

**Kontakt:** Kari Anne Nordmo-Strand, prosjektleder, Helgeland Industriklynge AS, Mo i Rana · kari.anne@hik.example.no

---

*Del artikkelen:* [Facebook](#) · [LinkedIn](#) · [E-post](#)

Helgeland Industriklynge AS · Org.nr. 000 000 000 · Personvern · Informasjonskapsler
"""
write(F, T)
H="Helgeland Industriklynge AS"
gold(F,
 [P("Silje Hovland Tverrå","kommunikasjonsrådgiver",H),
  P("Geir Waage-Lorentzen","ordfører","Rana kommune"),
  P("Kari Anne Nordmo-Strand","prosjektleder",H),
  P("Arve Ulriksen","administrerende direktør","Mo Industripark AS"),
  P("Johanna Lindberg-Niemi",None,"Lapin ammattikorkeakoulu Oy"),
  P("Mikael Björkström","klyngeleder","Process IT Innovations"),
  P("Tuula Kärkkäinen","Seniorrådgiver","Kemi-Tornio Teollisuusklusteri ry")],
 [O(H), O("Mo Industripark AS"), O("SINTEF Helgeland AS"), O("Nord universitet"),
  O("Fakultet for biovitenskap og akvakultur"), O("Process IT Innovations"), O("Luleå tekniska universitet"),
  O("Norrbottens Handelskammare"), O("Lapin ammattikorkeakoulu Oy"), O("Kemi-Tornio Teollisuusklusteri ry"),
  O("Rana kommune"), O("Celsa Armeringsstål AS"), O("Rana Gruber ASA"), O("Det felles sekretariatet for Interreg Aurora")],
 [E("oppstartsmøtet for ARCTIC-METAL","2036-04-22","2036-04-24","Mo i Rana","Norway"),
  E("Omvisning i Mo Industripark","2036-04-22",None,"Mo i Rana","Norway"),
  E("Middag","2036-04-22",None,"Mo i Rana","Norway"),
  E("Styringsgruppemøte","2036-04-23",None,"Mo i Rana","Norway"),
  E("Workshop: hva trenger leverandørbedriftene?","2036-04-23",None,"Mo i Rana","Norway"),
  E("Bedriftsbesøk","2036-04-23",None,"Mo i Rana","Norway"),
  E("første bedriftsnettverksmøtet","2036-09",None,"Luleå","Sweden"),
  E("Neste partnermøte","2037-02",None,"Kemi","Finland")],
 ["2036-04-28","2036-04-22/2036-04-24","2035/2041","2036-04-22","2036-04-23","2036-04-24","2036","2036-09","2036-03-01/2039-02-28","2037-02"],
 ["Hver partner rekrutterer minst 15 leverandørbedrifter til prosjektets utviklingsprogram innen utgangen av 2036",
  "Det første bedriftsnettverksmøtet holdes i Luleå i september 2036",
  "Prosjektet etablerer en felles database over teknologitilbydere i de tre landene",
  "SINTEF Helgeland leder arbeidet med klimaregnskap for bedriftene"],
 pub="2036-04-28")
