import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
T = "Tarnów Chemical Cluster"
W("tarnow_green_chemistry_challenge_2035", "tarnow_green_chemistry_challenge_2035.html", None,
 [P("Katarzyna Wójcik-Nowak", "Dean of the Faculty of Chemical Engineering and Technology", "Cracow University of Technology"),
  P("Jakub Mazur", "Member of the Management Board", "Azoty Nitrogen Works Tarnów S.A."), P("Anna-Lena Brückner", "investment manager", "Chemovator Ventures GmbH"),
  P("Tomasz Żak", "Director", "Tarnów Industrial Park"), P("Ewelina Kurek", "President", T), P("Marek Dudek", "process engineer", "Polimery Małopolska"),
  P("Olena Kovalenko", None, "Institute of Heavy Organic Synthesis"), P("Szymon Pająk", None, "Tarnów Municipal Water Company"),
  P("Iryna Bondarenko", None, "AquaLoop sp. z o.o."), P("Natalia Sroka", "challenge coordinator", T)],
 [O(T, "TCC"), O("Tarnów Industrial Park"), O("Faculty of Chemical Engineering and Technology"), O("Cracow University of Technology"), O("Azoty Nitrogen Works Tarnów S.A."),
  O("Polimery Małopolska sp. z o.o."), O("Tarnów Municipal Water Company"), O("Chemovator Ventures GmbH"),
  O('Łukasiewicz Research Network – Institute of Heavy Organic Synthesis "Blachownia"'), O("AGH University of Kraków"), O("University of Rzeszów"), O("Lviv Polytechnic"),
  O("AquaLoop sp. z o.o.")],
 [E("Green Chemistry Challenge 2035", "2035-03", "2035-06", "Tarnów", "Poland"), E("Kick-off and challenge briefing", "2035-03-07", "2035-03-07"),
  E("Check-in 1 – problem understanding", "2035-03-28", "2035-03-28"), E("Check-in 2 – first prototype or concept", "2035-04-18", "2035-04-18"),
  E("Check-in 3 – business model", "2035-05-09", "2035-05-09"), E("Semi-final", "2035-05-23", "2035-05-23"),
  E("Bootcamp for the finalists", "2035-06-12", "2035-06-13", "Tarnów", "Poland"), E("Final and award ceremony", "2035-06-14", "2035-06-14", "Tarnów", "Poland"),
  E("Green Chemistry Challenge (2031 edition)", "2031", "2031", "Tarnów", "Poland"), E("Green Chemistry Challenge (2033 edition)", "2033", "2033", "Tarnów", "Poland")],
 ["2035-03/2035-06", "2035-03-02", "2035-03-07", "2035-03-28", "2035-04-18", "2035-05-09", "2035-05-23", "2035-06-12/2035-06-13", "2035-06-14", "2031", "2033"])
