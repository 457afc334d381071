from g import *
fname = "SETC_Events_Calendar_2034-pdf.txt"
def cols(L, R, w=50):
    n = max(len(L), len(R)); L += ['']*(n-len(L)); R += ['']*(n-len(R))
    return '\n'.join((l.ljust(w) + r).rstrip() for l, r in zip(L, R))
hdr = "SETC | Events Calendar 2034 | Silesian Energy Transition Cluster"
intro = """SILESIAN ENERGY TRANSITION CLUSTER
EVENTS CALENDAR 2034

Dear Members,
this calendar collects the meetings, webinars, study visits and fairs the
cluster office plans for the coming year. It was approved by the Board on
12 December 2033. All dates are subject to change; days without a year
refer to 2034. Members' meetings are free of charge, fairs and study visits
are co-financed from the membership fee and the regional support pro-
gramme of the Marshal's Office of the Silesian Voivodeship.

Bartłomiej Szczygieł
President of the Board
"""
L1 = ["JANUARY","16 Jan  Members' New Year Meeting","        Katowice, SETC office, 17:00","",
      "FEBRUARY","6 Feb   Webinar \"Heat pumps in post-",
      "        mining buildings\", online","20-22 Feb  E-world energy & water,","        Essen (joint visit, max. 12",
      "        companies)","","MARCH","13 Mar  General Assembly of Members,","        Katowice","27 Mar  Workshop: mine water as an",
      "        energy source, Bytom"]
R1 = ["JULY","8-10 Jul  Summer School on Hydrogen,","        Gliwice, with the","        Silesian University of Technology","",
      "AUGUST","        summer break - no events","",
      "SEPTEMBER","10 Sep  Matchmaking with Czech","        partners, Ostrava, hosted by the",
      "        Ostrava Heat Innovation Cluster","        (OHIC)","24-25 Sep  Just Transition Days,","        Katowice"]
L2 = ["APRIL","17-18 Apr  Study visit to the Ruhr,","        Bochum, with the network","        Emscher Energie Netzwerk e.V.","",
      "MAY","13-15 May  European Economic","        Congress, Katowice (cluster","        stand in the start-up zone)","",
      "JUNE","5 Jun   Energy Transition Day for","        schools, Rybnik"]
R2 = ["OCTOBER","8 Oct   Webinar: money from the Just","        Transition Fund, online","22 Oct  Board meeting (members of",
      "        the Board only)","","NOVEMBER","12-13 Nov  Heat & Power Expo, Kraków","26 Nov  SETC Innovation Award Gala,",
      "        Katowice","","DECEMBER","10 Dec  Christmas meeting and summary","        of the year, Katowice"]
outro = """Contact for all events: Agnieszka Kowalczyk-Dudek, events coordinator,
events@setc.example, +48 32 000 00 00. Registration opens four weeks
before each event on the member portal."""
t = (hdr + "\n\n" + intro + "\n" + cols(L1, R1) + "\n\n" + "1\n\f" + hdr + "\n\n" + cols(L2, R2) + "\n\n" + outro + "\n\n2\n")
write_doc(fname, t)
S = "Silesian Energy Transition Cluster"
M = lambda m: f"2034-{m:02d}"
gold(fname,
 [P("Bartłomiej Szczygieł","President of the Board",S),
  P("Agnieszka Kowalczyk-Dudek","events coordinator",S)],
 [O(S,"SETC"), O("Marshal's Office of the Silesian Voivodeship"), O("Silesian University of Technology"),
  O("Ostrava Heat Innovation Cluster","OHIC"), O("Emscher Energie Netzwerk e.V.")],
 [E("Members' New Year Meeting","2034-01-16",None,"Katowice","Poland"),
  E("Webinar \"Heat pumps in post-mining buildings\"","2034-02-06"),
  E("E-world energy & water","2034-02-20","2034-02-22","Essen","Germany"),
  E("General Assembly of Members","2034-03-13",None,"Katowice","Poland"),
  E("Workshop: mine water as an energy source","2034-03-27",None,"Bytom","Poland"),
  E("Study visit to the Ruhr","2034-04-17","2034-04-18","Bochum","Germany"),
  E("European Economic Congress","2034-05-13","2034-05-15","Katowice","Poland"),
  E("Energy Transition Day for schools","2034-06-05",None,"Rybnik","Poland"),
  E("Summer School on Hydrogen","2034-07-08","2034-07-10","Gliwice","Poland"),
  E("Matchmaking with Czech partners","2034-09-10",None,"Ostrava","Czech Republic"),
  E("Just Transition Days","2034-09-24","2034-09-25","Katowice","Poland"),
  E("Webinar: money from the Just Transition Fund","2034-10-08"),
  E("Board meeting","2034-10-22"),
  E("Heat & Power Expo","2034-11-12","2034-11-13","Kraków","Poland"),
  E("SETC Innovation Award Gala","2034-11-26",None,"Katowice","Poland"),
  E("Christmas meeting and summary of the year","2034-12-10",None,"Katowice","Poland")],
 ["2033-12-12","2034"] + [M(m) for m in range(1,13)] +
 ["2034-01-16","2034-02-06","2034-02-20/2034-02-22","2034-03-13","2034-03-27","2034-04-17/2034-04-18",
  "2034-05-13/2034-05-15","2034-06-05","2034-07-08/2034-07-10","2034-09-10","2034-09-24/2034-09-25",
  "2034-10-08","2034-10-22","2034-11-12/2034-11-13","2034-11-26","2034-12-10"])
