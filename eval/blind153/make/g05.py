from h import *
F = 'g05_tarn_aerocomposites_activity_report-pdf.txt'
assert wd(2037,3,19)=='Thursday' and wd(2037,10,8)=='Thursday'
H = "Cluster Aéro-Composites Tarn – Activity Report 2037"
def foot(n): return f"\n{H}                                        page {n} / 14\n\f\n"
T = f"""{H}
Chapter 3 – Events and networking

3. EVENTS AND NETWORKING IN 2037

In 2037 the cluster organised or co-organised eleven events, four more than in 2036, with a total of 1 214 participants. Members rated the events 4.3 out of 5 on average in the feedback forms. This chapter presents the main events, the series that the cluster runs every year, and the lessons that the team draws for 2038.

3.1 Composite Days Albi

The ninth edition of the Composite Days Albi, our flagship conference, took place on 19 and 20 March 2037 at the Centre de congrès Albi-Pratgraussals. The theme was "Thermoplastics for the next single-aisle aircraft". The conference was opened by Bérangère Fabre-Soulié, president of the cluster and managing director of Soulié Précision SAS, and by Jean-Luc Marty-Caussanel, vice-president for economic development of the Région Occitanie. The key-
note was given by Dr. Ingrid Hollenstein of the German Aerospace Center (DLR) in Stade on automated fibre placement.

Over the two days 412 participants attended, 31% of them from outside the region. 96 pre-arranged B2B meetings took place on the first afternoon. On the second day, three groups visited the IMT Mines Albi composites platform, the Carmaux plant of Tarn Aéro Structures and the start-up Recyclo'Fibre in Gaillac.

Past editions of the Composite Days:
2029 – Albi, 14–15 May 2029
2031 – Castres, 22–23 March 2031
2033 – Albi, 16–17 March 2033
2035 – Toulouse, 26–27 March 2035
2036 – Albi, 17–18 March 2036
{foot(7)}{H}
Chapter 3 – Events and networking

3.2 Breakfast series "Les Matinales du Cluster"

The Matinales are short morning sessions (8:00–10:00) held in a member company. Six Matinales took place in 2037: in Castres (February), Lavaur (April), Mazamet (May), Albi (June), Gaillac (September) and Carmaux (November). The most attended was the Mazamet session on recycling of cured carbon fibre, hosted by Laurent Bousquet, plant manager of Mazamet Textiles Techniques.

3.3 General Assembly

The annual General Assembly was held on 8 October 2037 in Castres, at the premises of the Chambre de Commerce et d'Industrie du Tarn. Members approved the accounts for 2036 and elected Thomas Sabatier (Sabatier Outillages) as treasurer, replacing Nadine Crouzet, who had held the office since 2031. The assembly was followed by a visit of the new hangar of Castres-Mazamet airport.

3.4 International

With the Occitanie regional agency AD'OCC, the cluster took a delegation of nine members to the JEC World fair in Paris in March and organised a study visit of the Basque aeronautics cluster HEGAN in Bilbao in June, with visits to two tier-1 suppliers. In return, a delegation of the Polish Aviation Valley association visited Albi in September.

3.5 Lessons learnt

The team discussed the 2037 events with the Board in December. The main lessons are:
- The two-day format of the Composite Days is right, but the B2B meetings should take place on the morning of the first day, when participants are fresh
- Site visits are the most valued part of every event and should be offered at each Matinale, not only at the conference
- Events outside Albi and Castres attract new members: four of the seven companies that joined in 2037 first came to a Matinale in their town
- Online registration must close three days before the event, because late registrations made planning the visits difficult
{foot(8)}{H}
Chapter 3 – Events and networking

3.6 Outlook 2038

The tenth Composite Days will take place in Albi on 16 and 17 March 2038 and will celebrate twenty years of the cluster. The team also plans a first "Composites Job Fair" with the Université Champollion in Albi in spring 2038, and a joint event with the cluster Mecanic Vallée on machining of composite parts. Events are coordinated by Aurélie Vidal, events and communication officer, with the support of the cluster manager, Fabien Ricard.

Table 3.1 – Events 2037 in figures
Composite Days Albi ................ 412 participants
Matinales (6) ...................... 388 participants
General Assembly ................... 74 participants
International actions (3) .......... 61 participants
Other (webinars) ................... 279 participants
{foot(9)}"""
write(F, T)
C = "Cluster Aéro-Composites Tarn"
gold(F,
 [P("Bérangère Fabre-Soulié","president",C),
  P("Jean-Luc Marty-Caussanel","vice-president for economic development","Région Occitanie"),
  P("Ingrid Hollenstein",None,"German Aerospace Center"),
  P("Laurent Bousquet","plant manager","Mazamet Textiles Techniques"),
  P("Thomas Sabatier","treasurer",C), P("Nadine Crouzet",None,None),
  P("Aurélie Vidal","events and communication officer",C), P("Fabien Ricard","cluster manager",C)],
 [O(C), O("Soulié Précision SAS"), O("Région Occitanie"), O("German Aerospace Center","DLR"), O("IMT Mines Albi"),
  O("Tarn Aéro Structures"), O("Recyclo'Fibre"), O("Mazamet Textiles Techniques"), O("Sabatier Outillages"),
  O("Chambre de Commerce et d'Industrie du Tarn"), O("AD'OCC"), O("HEGAN"), O("Polish Aviation Valley"),
  O("Université Champollion"), O("Mecanic Vallée")],
 [E("Composite Days Albi","2037-03-19","2037-03-20","Albi","France"),
  E("visits of the second day (IMT Mines Albi, Tarn Aéro Structures, Recyclo'Fibre)","2037-03-20",None,"Albi, Carmaux, Gaillac","France"),
  E("Composite Days","2029-05-14","2029-05-15","Albi","France"),
  E("Composite Days","2031-03-22","2031-03-23","Castres","France"),
  E("Composite Days","2033-03-16","2033-03-17","Albi","France"),
  E("Composite Days","2035-03-26","2035-03-27","Toulouse","France"),
  E("Composite Days","2036-03-17","2036-03-18","Albi","France"),
  E("Matinale","2037-02",None,"Castres","France"), E("Matinale","2037-04",None,"Lavaur","France"),
  E("Matinale","2037-05",None,"Mazamet","France"), E("Matinale","2037-06",None,"Albi","France"),
  E("Matinale","2037-09",None,"Gaillac","France"), E("Matinale","2037-11",None,"Carmaux","France"),
  E("General Assembly","2037-10-08",None,"Castres","France"),
  E("visit of the new hangar of Castres-Mazamet airport","2037-10-08",None,"Castres","France"),
  E("JEC World","2037-03",None,"Paris","France"),
  E("study visit of the Basque aeronautics cluster HEGAN","2037-06",None,"Bilbao","Spain"),
  E("visit of a delegation of the Polish Aviation Valley association","2037-09",None,"Albi","France"),
  E("Composite Days","2038-03-16","2038-03-17","Albi","France"),
  E("Composites Job Fair","2038",None,"Albi","France")],
 ["2037","2036","2038","2037-03-19/2037-03-20","2029","2029-05-14/2029-05-15","2031","2031-03-22/2031-03-23","2033","2033-03-16/2033-03-17",
  "2035","2035-03-26/2035-03-27","2036-03-17/2036-03-18","2037-02","2037-04","2037-05","2037-06","2037-09","2037-11",
  "2037-10-08","2037-03","2037-12","2038-03-16/2038-03-17"],
 ["The two-day format of the Composite Days is right, but the B2B meetings should take place on the morning of the first day, when participants are fresh",
  "Site visits are the most valued part of every event and should be offered at each Matinale, not only at the conference",
  "Events outside Albi and Castres attract new members: four of the seven companies that joined in 2037 first came to a Matinale in their town",
  "Online registration must close three days before the event, because late registrations made planning the visits difficult"],
 pub=None)
