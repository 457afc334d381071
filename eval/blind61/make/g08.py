from common import *
F = 'b61_08_mission_report_lowersilesia.txt'
t = """MISSION REPORT
Business mission of the Lower Silesian hydrogen and energy clusters to Ida-Viru County, Estonia
Narva – Jõhvi – Kohtla-Järve, 15–17 September 2037

Prepared by: Dolnośląska Agencja Współpracy Gospodarczej Sp. z o.o. (DAWG), Wrocław
Author: Tomasz Wróblewski, international cooperation officer
Date of report: 29 September 2037
Distribution: members of the mission, Urząd Marszałkowski Województwa Dolnośląskiego (Department of Economy)

1. Purpose of the mission

The mission was organised in response to an invitation from the Ida-Viru Investment Agency (Ida-Viru Investeeringute Agentuur) issued at the Baltic Hydrogen Forum in Tallinn in March 2037. Ida-Viru County is winding down oil-shale mining and power generation and is looking for partners in hydrogen, energy storage and industrial symbiosis. Lower Silesia faces a similar transition in the Turów area. The mission aimed to (a) meet potential industrial partners, (b) learn about the Just Transition Fund projects in Ida-Viru and (c) prepare a joint application for an interregional innovation investment.

2. Participants

The delegation comprised 14 people from 9 organisations, led by Dr. hab. inż. Katarzyna Mazur-Dąbrowska, president of the Lower Silesian Hydrogen Valley Cluster (Dolnośląski Klaster Wodorowy). Other members included Piotr Zieliński (Wrocław University of Science and Technology), Agnieszka Kowalczyk-Nowak (KGHM Polska Miedź S.A.), Marek Olszewski (Elektrotim S.A.), Joanna Lis (Polish Investment and Trade Agency, PAIH) and the author.

3. Programme

Tuesday 15 September: arrival in Narva; welcome dinner hosted by Kristjan Mägi, chief executive of the Ida-Viru Investment Agency.
Wednesday 16 September: visit to the Narva Industrial Park; meetings at the Ida-Viru county development centre in Jõhvi; presentation of the Just Transition Fund portfolio by Liisa Tamm of the Ministry of Finance of Estonia; site visit to Eesti Energia AS, Auvere power plant.
Thursday 17 September: matchmaking session at the Virumaa College of Tallinn University of Technology (TalTech) in Kohtla-Järve, with 22 Estonian firms; closing meeting with the Mayor of Narva, Jevgeni Ossinovski-Rand; return flight from Tallinn.

4. Results

- 37 bilateral meetings held during the matchmaking session (19 with Polish firms present, 18 by the cluster on behalf of absent members).
- Letters of intent signed between Elektrotim S.A. and Viru Keemia Grupp AS on electrolyser maintenance, and between Wrocław University of Science and Technology and TalTech Virumaa College on student exchange.
- Contacts established with the Estonian Hydrogen Association (Eesti Vesinikuühing), represented by its chair Marten Kivi.
- Agreement in principle with the Ida-Viru Investment Agency to prepare a joint proposal with at least two more regions.
- 6 Estonian companies expressed interest in a return visit to Lower Silesia.

5. Observations

The Estonian partners are highly motivated and well funded but short of engineering capacity. The language of business in Narva is mainly Russian, with Estonian and English used in official meetings; interpreters should be booked for the return visit. Hotel capacity in Narva is limited during the summer festival season, so future visits should avoid July and August. Several Estonian firms asked about Polish suppliers of compressors, pipes and steel structures, an area where Lower Silesia has strong manufacturers that were not part of the delegation; the cluster will circulate the list of requests to its members. Travel times are long: the nearest airport with regular flights is Tallinn, 210 km away.

6. Next steps

- Return visit of an Estonian delegation to Wrocław and Bogatynia, proposed for 3–5 March 2038.
- Drafting meeting for the joint proposal, online, 20 October 2037.
- Participation of DAWG and the cluster in the European Hydrogen Week in Brussels, 17–20 November 2037, with a joint stand with Ida-Viru.
- Report to the Board of the Lower Silesian Voivodeship by 31 October 2037.

Annexes: list of participants, list of Estonian companies met, photographs (separate file).
"""
write_text(F, t)
gold(F, [
 P("Tomasz Wróblewski", "international cooperation officer", "Dolnośląska Agencja Współpracy Gospodarczej Sp. z o.o."),
 P("Katarzyna Mazur-Dąbrowska", "president", "Lower Silesian Hydrogen Valley Cluster"),
 P("Piotr Zieliński", None, "Wrocław University of Science and Technology"),
 P("Agnieszka Kowalczyk-Nowak", None, "KGHM Polska Miedź S.A."),
 P("Marek Olszewski", None, "Elektrotim S.A."),
 P("Joanna Lis", None, "Polish Investment and Trade Agency"),
 P("Kristjan Mägi", "chief executive", "Ida-Viru Investment Agency"),
 P("Liisa Tamm", None, "Ministry of Finance of Estonia"),
 P("Jevgeni Ossinovski-Rand", "Mayor of Narva", None),
 P("Marten Kivi", "chair", "Estonian Hydrogen Association"),
],[
 O("Dolnośląska Agencja Współpracy Gospodarczej Sp. z o.o.", "DAWG"), O("Urząd Marszałkowski Województwa Dolnośląskiego"),
 O("Ida-Viru Investment Agency"), O("Lower Silesian Hydrogen Valley Cluster"),
 O("Wrocław University of Science and Technology"), O("KGHM Polska Miedź S.A."), O("Elektrotim S.A."),
 O("Polish Investment and Trade Agency", "PAIH"), O("Narva Industrial Park"),
 O("Ministry of Finance of Estonia"), O("Eesti Energia AS"), O("Virumaa College of Tallinn University of Technology", "TalTech"),
 O("Viru Keemia Grupp AS"), O("Estonian Hydrogen Association"), O("Board of the Lower Silesian Voivodeship"),
],[
 E("Business mission of the Lower Silesian hydrogen and energy clusters to Ida-Viru County", "2037-09-15", "2037-09-17", "Narva, Jõhvi, Kohtla-Järve", "Estonia"),
 E("Baltic Hydrogen Forum", "2037-03", None, "Tallinn", "Estonia"),
 E("matchmaking session", "2037-09-17", None, "Kohtla-Järve", "Estonia"),
 E("Return visit of an Estonian delegation", "2038-03-03", "2038-03-05", "Wrocław, Bogatynia", "Poland"),
 E("Drafting meeting for the joint proposal", "2037-10-20", None, None, None),
 E("European Hydrogen Week", "2037-11-17", "2037-11-20", "Brussels", "Belgium"),
],["2037-09-15/2037-09-17","2037-09-29","2037-03","2037-09-15","2037-09-16","2037-09-17","2038-03-03/2038-03-05","2037-10-20","2037-11-17/2037-11-20","2037-10-31"],
 [], pub="2037-09-29")
