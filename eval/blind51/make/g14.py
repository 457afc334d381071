from h import *
T = """# AquaAgro Innovation Camp 2035 — Western Greece

**Four regional qualifiers, one final, 48 hours to solve real water problems of farmers and food processors**

*Posted 10 January 2035 by the Western Greece Agri-Water Cluster (WGAWC) · Applications open until 5 February 2035*

## What is it?

The AquaAgro Innovation Camp is a challenge for teams of students, young researchers, start-ups and employees of SMEs. Companies and public bodies from Western Greece bring real challenges — from irrigation scheduling in the Ilia plain to wastewater from olive mills in Aitoloakarnania — and teams have a weekend-style sprint to propose a solution. The best teams of each qualifier go to the final in Patras.

This is the 3rd edition. The 2033 camp was held in Patras only (62 participants); in 2034 we added qualifiers in Pyrgos and Agrinio and reached 148 participants. Winner 2034: team "DripWise" from the University of Patras.

## Regional qualifiers

Each qualifier runs from Wednesday 16:00 to Thursday 18:00 (overnight optional).

| Qualifier | Date | City | Venue partner | Challenge owners |
|---|---|---|---|---|
| Achaia | 14–15 February 2035 | Patras | Patras Science Park | Achaia Citrus Union; DEYAP (Patras water utility) |
| Ilia | 21–22 February 2035 | Pyrgos | Chamber of Ilia | Alfeios Irrigation Cooperative; Olympia Greenhouses S.A. |
| Aitoloakarnania | 28 February – 1 March 2035 | Agrinio | University of Patras, Agrinio campus | Trichonida Olive Mills S.A. |
| Messolonghi lagoon (new) | 7–8 March 2035 | Messolonghi | Municipality of Iera Poli Mesolongiou | Lagoon Aquaculture Producers' Association |

Up to three teams per qualifier go to the final.

## Grand final

**28–29 March 2035, Patras, Conference and Cultural Centre of the University of Patras.** Twelve teams, a 24-hour sprint and pitches in front of the jury on 29 March from 15:00. Awards: EUR 5,000 for the winner, EUR 3,000 and EUR 2,000 for the runners-up, plus a place in the ScaleUp Agro acceleration programme of the Patras Science Park.

Jury (final):
- Dr. Eleni Panagopoulou-Ritsou, President, Western Greece Agri-Water Cluster (chair)
- Prof. Andreas Kalogeropoulos, Department of Civil Engineering, University of Patras
- Vasiliki Tzavara, Head of Innovation, Region of Western Greece
- Spyros Makris, CEO, Hydroteka S.A.
- Dr. Nora Vlachou-Ferreira, EIT Food South

## Who can apply?

Teams of three to five people, at least one of them living or studying in Western Greece. Individuals can apply and will be matched into teams at the qualifier. Participation is free; meals are offered. English and Greek are both used.

## Key dates

- 10 January 2035 — applications open
- 5 February 2035 — applications close (midnight)
- 9 February 2035 — teams informed
- 14 February – 8 March 2035 — qualifiers
- 28–29 March 2035 — final
- May 2035 — winners present their projects at the cluster's General Assembly (Patras, 16 May 2035)

## Mentors

More than 30 mentors from the cluster's 54 members. Coordinating mentor: Christos Leventis, R&D manager, Olympia Greenhouses S.A.

## Organisers and partners

Organised by the Western Greece Agri-Water Cluster with the Region of Western Greece, the University of Patras and the Patras Science Park. Media partner: Achaia Morning Post. Supported by the Enterprise Europe Network Greece.

Contact: Theodora Karamanou, camp coordinator, WGAWC — camp@wgawc.example

*Share: Facebook · LinkedIn · X*
"""
write("AquaAgro-Innovation-Camp-2035.md", T, "2035-01-10",
 [P("Eleni Panagopoulou-Ritsou","President","Western Greece Agri-Water Cluster"),
  P("Andreas Kalogeropoulos",None,"University of Patras"),
  P("Vasiliki Tzavara","Head of Innovation","Region of Western Greece"),
  P("Spyros Makris","CEO","Hydroteka S.A."),
  P("Nora Vlachou-Ferreira",None,"EIT Food South"),
  P("Christos Leventis","R&D manager","Olympia Greenhouses S.A."),
  P("Theodora Karamanou","camp coordinator","WGAWC")],
 [O("Western Greece Agri-Water Cluster","WGAWC"),O("University of Patras"),O("Patras Science Park"),O("Achaia Citrus Union"),
  O("DEYAP"),O("Chamber of Ilia"),O("Alfeios Irrigation Cooperative"),O("Olympia Greenhouses S.A."),O("Trichonida Olive Mills S.A."),
  O("Municipality of Iera Poli Mesolongiou"),O("Lagoon Aquaculture Producers' Association"),O("Department of Civil Engineering"),
  O("Region of Western Greece"),O("Hydroteka S.A."),O("EIT Food South"),O("Achaia Morning Post"),O("Enterprise Europe Network Greece")],
 [E("AquaAgro Innovation Camp 2035","2035-02-14","2035-03-29",None,"Greece"),
  E("Achaia qualifier","2035-02-14","2035-02-15","Patras","Greece"),
  E("Ilia qualifier","2035-02-21","2035-02-22","Pyrgos","Greece"),
  E("Aitoloakarnania qualifier","2035-02-28","2035-03-01","Agrinio","Greece"),
  E("Messolonghi lagoon qualifier","2035-03-07","2035-03-08","Messolonghi","Greece"),
  E("AquaAgro Innovation Camp 2035 grand final","2035-03-28","2035-03-29","Patras","Greece"),
  E("AquaAgro Innovation Camp 2033","2033","2033","Patras","Greece"),
  E("AquaAgro Innovation Camp 2034","2034","2034",None,"Greece"),
  E("General Assembly","2035-05-16","2035-05-16","Patras","Greece")],
 ["2035-01-10","2035-02-05","2033","2034","2035-02-14/2035-02-15","2035-02-21/2035-02-22","2035-02-28/2035-03-01",
  "2035-03-07/2035-03-08","2035-03-28/2035-03-29","2035-03-29","2035-02-09","2035-02-14/2035-03-08","2035-05","2035-05-16"])
