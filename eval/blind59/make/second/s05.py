import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
W("panevezys_mechatronics_board_meeting_invitation", "panevezys_mechatronics_board_meeting_invitation.eml", "2032-03-04",
 [P("Giedrė Balčiūnaitė", "Cluster Manager", "Aukštaitija Mechatronics Cluster"), P("Rasa Žemaitytė-Kairienė", "treasurer", None), P("Jonas Ramanauskas"),
  P("Mindaugas Vaitkus", "Chair of the Board", "AMC"), P("Tomas Jurgelevičius", "director", "UAB Robotika LT"),
  P("Ilze Ozoliņa", "coordinator", "Zemgale Mechanical Engineering Cluster"), P("Algirdas Stankevičius", "Mayor"),
  P("Karin Lindström", "project manager", "Småland Automation Cluster"), P("Laura Grigaliūnė", "dean", "KTU Panevėžys Faculty")],
 [O("Aukštaitija Mechatronics Cluster", "AMC"), O("Panevėžys Science and Technology Park"), O("UAB Robotika LT"), O("Kaunas University of Technology Panevėžys Faculty"),
  O("Innovation Agency Lithuania"), O("Zemgale Mechanical Engineering Cluster"), O("UAB Vaitkus Automation"), O("Småland Automation Cluster"), O("Joint Secretariat")],
 [E("2nd meeting of the Board of the Aukštaitija Mechatronics Cluster", "2032-03-18", "2032-03-18", "Panevėžys", "Lithuania"),
  E("meeting of 2 December 2031", "2031-12-02", "2031-12-02"), E("General Assembly", "2032-04-22", "2032-04-22", "Biržai", "Lithuania"),
  E("Hannover Messe", "2032-04-26", "2032-04-30", "Hannover", "Germany"), E("Study visit of the Latvian cluster from Jelgava", "2032-06-09", "2032-06-10")],
 ["2032-03-18", "2032-03-04", "2032", "2031-12-02", "2032-04-22", "2032-04-26/2032-04-30", "2032-06", "2029", "2032-06-09/2032-06-10", "2032-03-11", "2032-03-02"])
