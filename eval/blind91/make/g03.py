from h import *
F = 'g03_gdansk_maritime_declaration.md'
assert wd(2036,11,18)=='Tuesday' and wd(2036,11,17)=='Monday'
T = """[Home](/) › [Policy](/policy) › Gdańsk Declaration

# The Gdańsk Declaration of Baltic Maritime Clusters

*Adopted at the Baltic Blue Industry Summit, Gdańsk, Tuesday 18 November 2036*

**Posted 19 November 2036 by the Pomeranian Maritime Cluster secretariat** · [Download PDF (212 KB)](/files/gdansk-declaration.pdf) · [Polish version](/pl/deklaracja-gdanska)

---

We, the maritime cluster organisations of the Baltic Sea Region gathered in Gdańsk on 17 and 18 November 2036 at the invitation of the Pomeranian Maritime Cluster (Pomorski Klaster Morski) and the Marshal's Office of the Pomorskie Voivodeship,

**recognising** that shipbuilding, offshore wind, ports and marine technology employ more than 600,000 people around the Baltic Sea, most of them in small and medium-sized companies;

**concerned** that the region's yards and suppliers are losing ground to competitors outside Europe in the construction of installation vessels and cable-laying ships;

**welcoming** the work of the Interreg Baltic Sea Region programme and of the Council of the Baltic Sea States (CBSS) in bringing our regions together;

**declare our shared commitment** to the following:

## Our commitments

1. We will set up a joint Baltic offshore supplier register by the end of 2037, open to every SME that meets common quality criteria
2. We will organise at least two cross-border matchmaking events a year between shipyards, offshore developers and suppliers
3. We will share training curricula for welders, electricians and marine engineers and recognise each other's certificates where national law permits
4. We will speak with one voice to the European Commission on the need for a European programme for maritime manufacturing
5. We will report on the progress of these commitments at the next summit in 2038

## Signatories

| Cluster organisation | Country | Signed by |
|---|---|---|
| Pomeranian Maritime Cluster | Poland | Wojciech Zawadzki-Lis, President of the Board |
| Maritime Cluster Northern Germany (MCN) | Germany | Dr. Henrike Ohlsen, Managing Director |
| Klaipėda Marine Technology Cluster | Lithuania | Rūta Petrauskienė, Cluster Manager |
| Offshore Väst | Sweden | Magnus Ekdahl-Strand, Chair |
| Blue Industry Finland | Finland | Päivi Rautanen, Executive Director |
| Estonian Maritime Cluster | Estonia | Kaarel Tamm-Vaher, Board Member |
| Danish Maritime Cluster Network | Denmark | Signe Mølgaard Juhl, Head of Secretariat |

## Witnessed by

- Mieczysław Gorczyński, Member of the Board of the Pomorskie Voivodeship
- Laura Fitzgerald-Nunes, Head of Unit, Directorate-General for Maritime Affairs and Fisheries (DG MARE), European Commission
- Anders Bjerre, Director of the CBSS Secretariat

---

## About the summit

The Baltic Blue Industry Summit took place at the Polish Baltic Philharmonic on Ołowianka Island. Day one opened with a welcome by Wojciech Zawadzki-Lis and a keynote by Laura Fitzgerald-Nunes on the European Ocean Pact. In the afternoon participants visited the Remontowa Shipbuilding yard and the offshore terminal of the Port of Gdańsk. The summit dinner was held on board the sail training ship *Dar Młodzieży* (Monday 17 November, 19:30).

The second day was dedicated to the declaration. Working groups chaired by Henrike Ohlsen and Rūta Petrauskienė drafted the commitments, which were adopted by acclamation at 15:00. The Gdynia Maritime University and the Maritime Institute of the Gdynia Maritime University hosted the closing reception.

> "A declaration is only worth the register it produces," said Päivi Rautanen after signing. "We will judge ourselves by the number of Finnish and Polish suppliers who win contracts together."

The next summit will be hosted by Blue Industry Finland in Turku in 2038.

**Contact:** Agnieszka Wrona-Kamińska, Project Coordinator, Pomeranian Maritime Cluster · biuro@pkm.example.pl · +48 58 000 00 00

*Tags:* #offshore #shipbuilding #BalticSea · Share: [LinkedIn](#) · [Facebook](#) · [E-mail](#)

© 2036 Pomorski Klaster Morski · ul. Długie Pobrzeże 30, 80-888 Gdańsk · [Privacy policy](/privacy) · [Cookie settings](/cookies)
"""
write(F, T)
PMC="Pomeranian Maritime Cluster"
gold(F,
 [P("Wojciech Zawadzki-Lis","President of the Board",PMC),
  P("Henrike Ohlsen","Managing Director","Maritime Cluster Northern Germany"),
  P("Rūta Petrauskienė","Cluster Manager","Klaipėda Marine Technology Cluster"),
  P("Magnus Ekdahl-Strand","Chair","Offshore Väst"),
  P("Päivi Rautanen","Executive Director","Blue Industry Finland"),
  P("Kaarel Tamm-Vaher","Board Member","Estonian Maritime Cluster"),
  P("Signe Mølgaard Juhl","Head of Secretariat","Danish Maritime Cluster Network"),
  P("Mieczysław Gorczyński","Member of the Board of the Pomorskie Voivodeship","Pomorskie Voivodeship"),
  P("Laura Fitzgerald-Nunes","Head of Unit","Directorate-General for Maritime Affairs and Fisheries"),
  P("Anders Bjerre","Director of the CBSS Secretariat","CBSS Secretariat"),
  P("Agnieszka Wrona-Kamińska","Project Coordinator",PMC)],
 [O(PMC), O("Marshal's Office of the Pomorskie Voivodeship"), O("Council of the Baltic Sea States","CBSS"),
  O("European Commission"), O("Maritime Cluster Northern Germany","MCN"), O("Klaipėda Marine Technology Cluster"),
  O("Offshore Väst"), O("Blue Industry Finland"), O("Estonian Maritime Cluster"), O("Danish Maritime Cluster Network"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"), O("CBSS Secretariat"),
  O("Remontowa Shipbuilding"), O("Port of Gdańsk"), O("Gdynia Maritime University"),
  O("Maritime Institute of the Gdynia Maritime University")],
 [E("Baltic Blue Industry Summit","2036-11-17","2036-11-18","Gdańsk","Poland"),
  E("summit dinner","2036-11-17",None,None,None),
  E("closing reception","2036-11-18",None,None,None),
  E("visits to the Remontowa Shipbuilding yard and the offshore terminal of the Port of Gdańsk","2036-11-17",None,"Gdańsk","Poland"),
  E("next summit","2038",None,"Turku","Finland")],
 ["2036-11-18","2036-11-19","2036-11-17/2036-11-18","2037","2038","2036-11-17"],
 ["We will set up a joint Baltic offshore supplier register by the end of 2037, open to every SME that meets common quality criteria",
  "We will organise at least two cross-border matchmaking events a year between shipyards, offshore developers and suppliers",
  "We will share training curricula for welders, electricians and marine engineers and recognise each other's certificates where national law permits",
  "We will speak with one voice to the European Commission on the need for a European programme for maritime manufacturing",
  "We will report on the progress of these commitments at the next summit in 2038"],
 "2036-11-19")
