from g import write
T = """---
title: Meet the team
layout: page
permalink: /about/team/
---

# Meet the team

We are eleven people in an old harbour warehouse in Malmö, working for the 160 member companies of **Skåne Food
Packaging Cluster** (SFPC). Say hej if you visit: coffee is always on.

## Management

- **Ingrid Sjöberg**, managing director — ingrid.sjoberg@sfpc.example
- **Anders Nilsson-Dahl**, deputy managing director and head of finance
- **Elin Bergqvist**, head of programmes

## Programmes

- **Johan Åkesson**, programme manager, fibre-based packaging
- **Maryam Haddad**, programme manager, food waste and shelf life
- **Oskar Lindgren**, project coordinator for the Interreg Öresund-Kattegat-Skagerrak project PACKLOOP
- **Frida Holm**, innovation advisor (on parental leave until March 2036)

## Members & partnerships

- **Viktor Eklund**, partnership manager — contact for new members
- **Sara Mäkinen**, international officer; coordinator of our Nordic–Baltic partnership with Baltic Pack Hub

## Communication & events

- **Linnea Persson**, communication manager
- **Kalle Dufva**, events coordinator (Packaging Days Malmö, 9–10 September 2035)

## Board

Our board is chaired by **Henrik Ahlgren**, CEO of Kartongverket Solutions AB. The vice-chair is
**Annika Roos**, professor of packaging logistics at Lund University. The full board and its minutes are on the
[governance page](/about/governance/).

> Looking for someone else? Write to hello@sfpc.example and we'll point you to the right person.

_Last updated: 2 June 2035_
"""
S="Skåne Food Packaging Cluster"
write("meet-the-team.md", T, pub=None,
 people=[("Ingrid Sjöberg","managing director",S),("Anders Nilsson-Dahl","deputy managing director and head of finance",S),
  ("Elin Bergqvist","head of programmes",S),("Johan Åkesson","programme manager",S),("Maryam Haddad","programme manager",S),
  ("Oskar Lindgren","project coordinator",S),("Frida Holm","innovation advisor",S),("Viktor Eklund","partnership manager",S),
  ("Sara Mäkinen","international officer",S),("Linnea Persson","communication manager",S),("Kalle Dufva","events coordinator",S),
  ("Henrik Ahlgren","CEO","Kartongverket Solutions AB"),("Annika Roos","vice-chair",S)],
 orgs=[(S,"SFPC"),("Baltic Pack Hub",None),("Kartongverket Solutions AB",None),("Lund University",None)],
 events=[("Packaging Days Malmö","2035-09-09","2035-09-10","Malmö","Sweden")],
 dates=["2036-03","2035-09-09/2035-09-10","2035-06-02"])
