from h import *
F = 'g14_seecn_general_assembly_minutes.md'
assert wd(2039,10,27)=='Thursday' and wd(2039,10,28)=='Friday' and wd(2040,1,26)=='Thursday' and wd(2040,4,23)=='Monday'
T = """# South-East European Cluster Network (SEECN)
## Minutes of the 9th General Assembly

**Date:** Friday, 28 October 2039, 09:30–13:15
**Place:** Sofia Tech Park, Sofia, Bulgaria (hybrid)
**Chair of the meeting:** Desislava Petkova-Roussel, President of SEECN
**Minutes:** Filip Radovanović, Secretary General

---

### 1. Opening and quorum

The President opened the meeting at 09:35 and welcomed the members. 31 of the 44 full members were present in person or online, so the quorum of half of the full members was reached. The President thanked the host, the Bulgarian ICT Cluster, and its managing director Atanas Iliev for organising the Cluster Partnering Day on the previous day, Thursday 27 October 2039, which brought together 160 participants from eleven countries and included 210 B2B meetings.

Guests: Nadia Costa-Ferreira, Policy Officer, European Commission (DG GROW), online; Kalin Stoyanov, Deputy Minister of Innovation and Growth of Bulgaria.

### 2. Activity report 2038–2039

The Secretary General presented the activity report. Highlights:

- SEECN coordinated the Eurocluster BALKAN-GREEN (September 2036 – August 2039), which supported 118 SMEs with vouchers
- three cluster excellence trainings were held, in Skopje (February 2039), Tirana (May 2039) and Sarajevo (September 2039)
- the network's profile on the European Cluster Collaboration Platform now lists 44 member clusters
- four new members joined: Montenegro Wood Cluster, Kosovo ICT Association (STIKK), Albanian Agribusiness Cluster and the Cluster for Sustainable Tourism Ohrid

### 3. Financial report and discharge

The treasurer, Gordana Stefanovska (Macedonian Mechatronics Cluster), presented the accounts for 2038. Income amounted to EUR 412,300, of which 71% from EU projects. The auditors, Mihai Dobrescu and Elena Vasilakis, confirmed that the accounts give a true and fair view. The Assembly granted discharge to the Board.

### 4. Election of the Board 2039–2042

The following candidates were elected by secret ballot (29 valid votes):

| Office | Name | Member organisation |
|---|---|---|
| President | Desislava Petkova-Roussel | Bulgarian Mechatronics Cluster |
| Vice-President | Dragan Kovačević | Serbian ICT Cluster Vojvodina |
| Vice-President | Arta Berisha | Kosovo ICT Association (STIKK) |
| Treasurer | Gordana Stefanovska | Macedonian Mechatronics Cluster |
| Board member | Nikos Theodoropoulos-Smith | Corallia Clusters Initiative |

The former Vice-President, Sanja Hodžić-Laurent (Bosnian Automotive Cluster), did not stand again; the President thanked her for six years of service.

In the discussion before the vote, several members asked the new Board to give more attention to the smaller clusters of the Western Balkans, which often lack staff to take part in European projects. Dragan Kovačević proposed a mentoring scheme in which experienced cluster managers would support newer member clusters in preparing their first applications; the proposal was welcomed and will be developed by the Board.

### 5. Decisions

The General Assembly decided:

1. To approve the activity report 2038–2039 and the financial report 2038
2. To keep the membership fee at EUR 1,200 per year for full members in 2040
3. To submit a proposal for a new Eurocluster on circular construction with at least six member clusters by 26 January 2040
4. To hold the 10th General Assembly in Thessaloniki in October 2040

### 6. Any other business

Nadia Costa-Ferreira presented the next European Cluster Conference and invited members to the information session on the Euroclusters call on Monday 23 April 2040, which will be held online. The meeting closed at 13:15.

*Signed: Desislava Petkova-Roussel, President · Filip Radovanović, Secretary General*
"""
write(F, T)
S="South-East European Cluster Network"
gold(F,
 [P("Desislava Petkova-Roussel","President",S),
  P("Filip Radovanović","Secretary General",S),
  P("Atanas Iliev","managing director","Bulgarian ICT Cluster"),
  P("Nadia Costa-Ferreira","Policy Officer","DG GROW"),
  P("Kalin Stoyanov","Deputy Minister of Innovation and Growth of Bulgaria",None),
  P("Gordana Stefanovska","treasurer",S),
  P("Mihai Dobrescu","auditor",None),
  P("Elena Vasilakis","auditor",None),
  P("Dragan Kovačević","Vice-President",S),
  P("Arta Berisha","Vice-President",S),
  P("Nikos Theodoropoulos-Smith","Board member",S),
  P("Sanja Hodžić-Laurent","Vice-President",S)],
 [O(S,"SEECN"), O("Bulgarian ICT Cluster"), O("European Commission"), O("DG GROW"),
  O("European Cluster Collaboration Platform"), O("Montenegro Wood Cluster"), O("Kosovo ICT Association","STIKK"),
  O("Albanian Agribusiness Cluster"), O("Cluster for Sustainable Tourism Ohrid"), O("Macedonian Mechatronics Cluster"),
  O("Bulgarian Mechatronics Cluster"), O("Serbian ICT Cluster Vojvodina"), O("Corallia Clusters Initiative"),
  O("Bosnian Automotive Cluster"), O("Sofia Tech Park")],
 [E("9th General Assembly","2039-10-28",None,"Sofia","Bulgaria"),
  E("Cluster Partnering Day","2039-10-27",None,None,None),
  E("cluster excellence trainings","2039-02",None,"Skopje","North Macedonia"),
  E("cluster excellence trainings","2039-05",None,"Tirana","Albania"),
  E("cluster excellence trainings","2039-09",None,"Sarajevo","Bosnia and Herzegovina"),
  E("10th General Assembly","2040-10",None,"Thessaloniki","Greece"),
  E("information session on the Euroclusters call","2040-04-23",None,None,None)],
 ["2039-10-28","2039-10-27","2038/2039","2036-09/2039-08","2039-02","2039-05","2039-09","2038","2039/2042","2040","2040-01-26","2040-10","2040-04-23"],
 ["To approve the activity report 2038–2039 and the financial report 2038",
  "To keep the membership fee at EUR 1,200 per year for full members in 2040",
  "To submit a proposal for a new Eurocluster on circular construction with at least six member clusters by 26 January 2040",
  "To hold the 10th General Assembly in Thessaloniki in October 2040"])
