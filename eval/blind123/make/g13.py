from h import *
F = 'g13_girona_webinar_series.md'
assert wd(2041,9,18)=='Wednesday' and wd(2041,10,2)=='Wednesday' and wd(2041,10,16)=='Wednesday' and wd(2041,11,6)=='Wednesday' and wd(2041,9,13)=='Friday' and wd(2041,11,27)=='Wednesday'
T = """[Home](/) | [About the cluster](/about) | [Members](/members) | **[Events](/events)** | [Projects](/projects) | [News](/news) | [Català](/ca) | [Español](/es)

# Smart Hospitality Wednesdays – autumn 2041 webinar series

*Costa Brava Smart Tourism Cluster · Events · Updated 13 September 2041*

Our lunchtime webinar series for hotels, campsites, restaurants and their technology suppliers is back for a fourth season. Every other Wednesday from 13:00 to 13:45 CET, one member company and one guest expert show what works – and what did not. All sessions are in English, free for members and €15 for non-members. Recordings are sent to everyone who registers. Questions can be sent in advance through the registration form, and the speakers answer the most frequent ones at the end of each session.

The series is organised by the cluster with the support of the Girona Chamber of Commerce and the Costa Brava Girona Tourism Board (Patronat de Turisme Costa Brava Girona), and is part of the European project network on smart tourism destinations.

## Autumn 2041 programme

### Session 1 – Wednesday 18 September 2041
**Energy monitoring for small hotels**
Speakers: Marta Casadevall i Pujol, technical director of Hotel Mas Llorens Group (Begur); Dr Olivier Leclercq-Dumas, energy researcher at the Catalonia Institute for Energy Research (IREC)
[Register](/register/1)

### Session 2 – Wednesday 2 October 2041
**Dynamic pricing without losing loyal guests**
Speakers: Jordi Baró, CEO of Revenuu SL (Girona); Hanna Lindgren, Visit Skåne
[Register](/register/2)

### Session 3 – Wednesday 16 October 2041
**Water reuse in campsites: two years of data**
Speakers: Núria Ferrer-Vidal, manager, Càmping Les Dunes (L'Escala); Prof. Xavier Bonaventura of the University of Girona (UdG)
[Register](/register/3)

### Session 4 – Wednesday 6 November 2041
**Accessible tourism: what guests with disabilities tell us**
Speaker: Caoimhe O'Sullivan-Roig, founder of Open Coast Travel, with the ONCE Foundation's accessibility team
[Register](/register/4)

## Also this autumn

- **Cluster General Assembly** – Wednesday 27 November 2041, 17:00, Girona (members only, followed by a Christmas dinner at 20:30)
- **Smart Tourism Matchmaking** at the Tourism Innovation Summit in Seville, 19–21 November 2041 – the cluster coordinates a joint stand with ACCIÓ
- **Study visit to Tyrol** on mountain and lake tourism, 4–6 December 2041, with the Standortagentur Tirol – applications by 24 October

## Past seasons

| Season | Sessions | Average audience | Most watched session |
|---|---|---|---|
| Spring 2041 | 5 | 112 | "Menus with less waste" (14 May 2041) |
| Autumn 2040 | 4 | 96 | "Booking engines compared" |
| Spring 2040 | 4 | 71 | "Digital check-in" |

## What we learnt from three seasons

After each season we ask the audience what to change. Three lessons came back every time:

1. People prefer a member company's honest story to a supplier's product presentation
2. Forty-five minutes is the right length; longer sessions lose half of the audience after half an hour
3. Recordings matter: more people watch them later than join live

## Who is behind the series?

The webinars are coordinated by Laia Serrat, innovation manager of the cluster, and moderated by the cluster's president, Ramon Pagès-Cufí, who also runs a family hotel in Tossa de Mar. Suggestions for spring 2042 topics are welcome until 31 December 2041.

Contact: events@costabravasmart.example.cat · Costa Brava Smart Tourism Cluster, Parc Científic i Tecnològic de la Universitat de Girona, Edifici Jaume Casademont

---
[Legal notice](/legal) · [Privacy](/privacy) · [Cookies](/cookies) · Share: [LinkedIn](#) [X](#) [Email](#)
"""
write(F, T)
C="Costa Brava Smart Tourism Cluster"
gold(F,
 [P("Marta Casadevall i Pujol","technical director","Hotel Mas Llorens Group"),
  P("Olivier Leclercq-Dumas","energy researcher","Catalonia Institute for Energy Research"),
  P("Jordi Baró","CEO","Revenuu SL"),
  P("Hanna Lindgren",None,"Visit Skåne"),
  P("Núria Ferrer-Vidal","manager","Càmping Les Dunes"),
  P("Xavier Bonaventura",None,"University of Girona"),
  P("Caoimhe O'Sullivan-Roig","founder","Open Coast Travel"),
  P("Laia Serrat","innovation manager",C),
  P("Ramon Pagès-Cufí","president",C)],
 [O(C), O("Girona Chamber of Commerce"), O("Costa Brava Girona Tourism Board"), O("Hotel Mas Llorens Group"),
  O("Catalonia Institute for Energy Research","IREC"), O("Revenuu SL"), O("Visit Skåne"), O("Càmping Les Dunes"),
  O("University of Girona","UdG"), O("Open Coast Travel"), O("ONCE Foundation"), O("ACCIÓ"), O("Standortagentur Tirol")],
 [E("Smart Hospitality Wednesdays","2041-09-18","2041-11-06"),
  E("Energy monitoring for small hotels","2041-09-18"),
  E("Dynamic pricing without losing loyal guests","2041-10-02"),
  E("Water reuse in campsites: two years of data","2041-10-16"),
  E("Accessible tourism: what guests with disabilities tell us","2041-11-06"),
  E("Cluster General Assembly","2041-11-27",None,"Girona","Spain"),
  E("Christmas dinner","2041-11-27",None,"Girona","Spain"),
  E("Smart Tourism Matchmaking","2041-11-19","2041-11-21","Seville","Spain"),
  E("Tourism Innovation Summit","2041-11-19","2041-11-21","Seville","Spain"),
  E("Study visit to Tyrol","2041-12-04","2041-12-06",None,"Austria"),
  E("Menus with less waste","2041-05-14")],
 ["2041-09-13","2041-09-18","2041-10-02","2041-10-16","2041-11-06","2041-11-27","2041-11-19/2041-11-21","2041-12-04/2041-12-06","2041-10-24","2041-05-14","2041-12-31","2041","2040","2042"],
 ["People prefer a member company's honest story to a supplier's product presentation",
  "Forty-five minutes is the right length; longer sessions lose half of the audience after half an hour",
  "Recordings matter: more people watch them later than join live"])
