from h import *
F = 'g13_saint_etienne_lunch_talks.md'
assert wd(2034,2,9)=='Thursday' and wd(2034,3,9)=='Thursday' and wd(2034,4,13)=='Thursday' and wd(2034,1,12)=='Thursday' and wd(2033,12,7)=='Wednesday'
T = """[Loire Surface Engineering Cluster](/) · [About](/about) · [Members](/members) · **Events** · [Projects](/projects) · [Jobs](/jobs) · [FR](/fr)

# Surface Talks – the lunchtime series of the Loire Surface Engineering Cluster

*Last updated 26 January 2034 · Events team*

Surface Talks are one-hour sessions, held every second Thursday of the month at 12:30 at the cluster's premises in the Manufacture district of Saint-Étienne and streamed for members who cannot come. Each talk features one member company or laboratory presenting a real case, followed by questions over sandwiches. Attendance is free for employees of member organisations; non-members pay €20.

The series was launched in September 2032 by the then cluster manager Bertrand Chavanis and has since run 16 editions. Recordings of past talks are available in the members' area.

Members tell us they come to Surface Talks for three reasons:

- to see how a neighbouring company solved a problem they also have,
- to meet researchers without having to book a formal meeting,
- to bring young engineers and technicians into the cluster's network.

If your company would like to present a case in the autumn 2034 season, send a short proposal (half a page) to the events team by 31 May 2034.

## Upcoming talks (spring 2034)

**#17 – Thursday 9 February 2034, 12:30–13:30**
*PVD coatings for medical implants: from pilot line to certification*
Speaker: Dr Élodie Vasseur-N'Guessan, R&D Manager, HEF Groupe (Andrézieux-Bouthéon)

**#18 – Thursday 9 March 2034, 12:30–13:30**
*Replacing hexavalent chromium: where do we stand?*
Speakers: Jean-Baptiste Du Mesnil, plant manager at Chromage Forézien SAS, and Prof. Krzysztof Lewandowski-Marin from the École Nationale Supérieure des Mines de Saint-Étienne (Mines Saint-Étienne)

**#19 – Thursday 13 April 2034, 12:30–13:30**
*Laser texturing for the cycling industry*
Speaker: Anaïs Pélissier, co-founder, Texlase SAS, a start-up hosted by the Hôtel d'entreprises Saint-Étienne Métropole

Registration for each talk closes two days before. Places in the room are limited to 45.

## Special edition abroad

As part of the cluster's partnership with the Baden-Württemberg surface technology network Oberflächen BW e.V., a special Surface Talk will take place on **22 March 2034 in Stuttgart**, during the SurfaceTech Europe trade fair (21–23 March 2034). The cluster is organising a two-day trip for members with a visit to the Fraunhofer Institute for Manufacturing Engineering and Automation IPA. Contact Rania Belkacem, International Project Officer, for details.

## Past talks (selection)

The most visited talks so far were:

- **#16 – 12 January 2034**: *Digital twins of electroplating lines*, with Matthieu Roux-Delorme (Coventya Saint-Étienne) – 61 participants
- **#15 – 7 December 2033** (moved to a Wednesday because of the holidays): *Surface treatment and the EU taxonomy*, with Sabine Kergoat from Bpifrance – 48 participants
- **#12 – 9 June 2033**: *Cold spray repair of aerospace parts*, with Dr Luca Benedetti-Pozzi (Politecnico di Torino) – 55 participants
- **#1 – 9 September 2032**: *Why a cluster for surface engineering?*, with Bertrand Chavanis – 38 participants

## Also in the calendar

- Cluster annual members' meeting: Thursday 22 June 2034, 17:00, Cité du design, Saint-Étienne
- Auvergne-Rhône-Alpes Surface Day, organised with Auvergne-Rhône-Alpes Entreprises: 10 October 2034, Lyon

## Practical information

Venue: Loire Surface Engineering Cluster, 3 rue Javelin-Pagnon, Saint-Étienne (tram stop *Manufacture-Plaine Achille*). Bring your own lunch or order a sandwich when you register. The talks are held in French; slides are in English when the speaker agrees.

Questions? Write to Justine Faure-Mbaye, Events Coordinator – events@lsec.example.fr

The cluster is supported by Saint-Étienne Métropole and the Auvergne-Rhône-Alpes Region.

[Newsletter](/newsletter) · [LinkedIn](#) · [Legal notice](/legal) · © 2034 LSEC
"""
write(F, T)
C = "Loire Surface Engineering Cluster"
assert wd(2034,6,22)=='Thursday' and wd(2032,9,9)=='Thursday' and wd(2033,6,9)=='Thursday'
gold(F,
 [P("Bertrand Chavanis","cluster manager",C),
  P("Élodie Vasseur-N'Guessan","R&D Manager","HEF Groupe"),
  P("Jean-Baptiste Du Mesnil","plant manager","Chromage Forézien SAS"),
  P("Krzysztof Lewandowski-Marin",None,"École Nationale Supérieure des Mines de Saint-Étienne"),
  P("Anaïs Pélissier","co-founder","Texlase SAS"),
  P("Rania Belkacem","International Project Officer",C),
  P("Matthieu Roux-Delorme",None,"Coventya Saint-Étienne"),
  P("Sabine Kergoat",None,"Bpifrance"),
  P("Luca Benedetti-Pozzi",None,"Politecnico di Torino"),
  P("Justine Faure-Mbaye","Events Coordinator",C)],
 [O(C,"LSEC"), O("HEF Groupe"), O("Chromage Forézien SAS"), O("École Nationale Supérieure des Mines de Saint-Étienne","Mines Saint-Étienne"),
  O("Texlase SAS"), O("Hôtel d'entreprises Saint-Étienne Métropole"), O("Oberflächen BW e.V."),
  O("Fraunhofer Institute for Manufacturing Engineering and Automation IPA"), O("Coventya Saint-Étienne"), O("Bpifrance"),
  O("Politecnico di Torino"), O("Auvergne-Rhône-Alpes Entreprises"), O("Saint-Étienne Métropole"), O("Auvergne-Rhône-Alpes Region")],
 [E("PVD coatings for medical implants: from pilot line to certification","2034-02-09",None,"Saint-Étienne","France"),
  E("Replacing hexavalent chromium: where do we stand?","2034-03-09",None,"Saint-Étienne","France"),
  E("Laser texturing for the cycling industry","2034-04-13",None,"Saint-Étienne","France"),
  E("special Surface Talk","2034-03-22",None,"Stuttgart","Germany"),
  E("SurfaceTech Europe","2034-03-21","2034-03-23","Stuttgart","Germany"),
  E("visit to the Fraunhofer Institute for Manufacturing Engineering and Automation IPA",None,None,"Stuttgart","Germany"),
  E("Digital twins of electroplating lines","2034-01-12",None,"Saint-Étienne","France"),
  E("Surface treatment and the EU taxonomy","2033-12-07",None,"Saint-Étienne","France"),
  E("Cold spray repair of aerospace parts","2033-06-09",None,"Saint-Étienne","France"),
  E("Why a cluster for surface engineering?","2032-09-09",None,"Saint-Étienne","France"),
  E("Cluster annual members' meeting","2034-06-22",None,"Saint-Étienne","France"),
  E("Auvergne-Rhône-Alpes Surface Day","2034-10-10",None,"Lyon","France")],
 ["2034-01-26","2032-09","2034-02-09","2034-03-09","2034-04-13","2034-03-22","2034-03-21/2034-03-23","2034-01-12","2033-12-07","2033-06-09","2032-09-09","2034-06-22","2034-10-10","2034-05-31","2034"],
 [], pub="2034-01-26")
