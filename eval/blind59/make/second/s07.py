import sys; sys.path.insert(0, 'eval/blind59/make/second'); from w import *
S = "Food Processing Cluster Sūduva"; F = "Food Cluster South Ostrobothnia"
W("marijampole_food_study_visit_seinajoki_2034", "marijampole_food_study_visit_seinajoki_2034.docx", "2034-04-25",
 [P("Vilma Petrauskienė", "Cluster Coordinator", S), P("Arūnas Kazlauskas", "CEO", "UAB Sūduvos pienas"), P("Eglė Mockutė-Šimkienė", "technologist", "UAB Kalvarijos duona"),
  P("Darius Urbonas", "production director", "AB Marijampolės mėsa"), P("Jurgita Adomaitienė", "Head of the Economic Development Division", "Marijampolė Municipality"),
  P("Aino Lehtonen-Grinius", "Interpreter"), P("Ville Kangasniemi", "business adviser", "Into Seinäjoki Ltd"), P("Marja-Leena Hautamäki", "Deputy Mayor", "Seinäjoki City"),
  P("Heikki Mäkelä", "Cluster Manager", F), P("Satu Rintamäki", None, "Seinäjoki University of Applied Sciences"), P("Kari-Pekka Vainionpää", "plant manager", "Atria Finland"),
  P("Minna Ylinen", "quality manager", "Valio"), P("Juha Ilmarinen", "owner", "Ilmajoen Leipomo Oy")],
 [O(S, "MPKS"), O("Into Seinäjoki Ltd"), O(F), O("Marijampolė Municipality"), O("UAB Sūduvos pienas"), O("UAB Kalvarijos duona"), O("AB Marijampolės mėsa"),
  O("Seinäjoki City"), O("Frami Food Lab"), O("Seinäjoki University of Applied Sciences", "SeAMK"), O("Atria Finland"), O("Valio"), O("Business Finland"),
  O("Enterprise Europe Network Finland"), O("Ilmajoen Leipomo Oy"), O("Regional Council of South Ostrobothnia")],
 [E("Study visit to South Ostrobothnia", "2034-05-09", "2034-05-12", "Seinäjoki, Ilmajoki, Kurikka", "Finland"), E("Welcome dinner", "2034-05-09", "2034-05-09", "Seinäjoki", "Finland"),
  E("Visit to Frami Food Lab", "2034-05-10", "2034-05-10", "Seinäjoki", "Finland"), E("Company visit: Atria Finland, Nurmo plant", "2034-05-10", "2034-05-10", "Nurmo", "Finland"),
  E("Company visit: Valio Seinäjoki dairy", "2034-05-11", "2034-05-11", "Seinäjoki", "Finland"), E("Lunch and B2B meetings with Finnish suppliers of food machinery", "2034-05-11", "2034-05-11"),
  E("Visit to the bakery Ilmajoen Leipomo Oy", "2034-05-11", "2034-05-11", "Ilmajoki", "Finland"), E("Sauna evening", "2034-05-11", "2034-05-11", "Kurikka", "Finland"),
  E("Wrap-up meeting", "2034-05-12", "2034-05-12"), E("cluster meeting", "2034-06", "2034-06"), E("Sūduvos skoniai", "2034-09-23", "2034-09-24", "Marijampolė", "Lithuania")],
 ["2034-05-09/2034-05-12", "2034-04-25", "2034-06", "2034-05-09", "2034-05-10", "2034-05-11", "2034-05-12", "2034-05", "2034", "2034-09-23/2034-09-24"])
