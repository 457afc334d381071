from h import *
F = 'g14_orebro_network_general_assembly_minutes.md'
assert wd(2036,10,1)=='Wednesday' and wd(2036,10,2)=='Thursday'
T = """# European Food Robotics Cluster Network (EFRCN) – Minutes of the 5th General Assembly

**Date:** Thursday 2 October 2036, 09:00–12:30
**Place:** Örebro, Sweden – hosted by Food Tech Cluster Örebro at Örebro University
**Chair of the meeting:** Dr. Sven-Olof Bergqvist, President of the EFRCN
**Minutes:** Chiara Gualtieri-Monti, Network Secretary

---

## 1. Opening and attendance

The President opened the General Assembly at 09:05 and welcomed 22 member organisations from 12 countries, 17 present in person and 5 online. The quorum was reached. He thanked Food Tech Cluster Örebro and its cluster manager, Emma Hallberg, for organising the network days, which had started on Wednesday 1 October with a study visit to the robotic bakery of Pågen-Bergslagen AB in Kumla and a networking dinner at the Örebro Castle restaurant.

Attendance (selection):
- Food Tech Cluster Örebro – Emma Hallberg
- Food & Bio Cluster Denmark – Mette Kjærgaard-Holm
- Valorial (France) – Benoît Le Rouzic
- Clúster Alimentario de Navarra (NAGRIFOOD) – Iñaki Oyarzun
- Food Valley NL – Dr. Roeland de Wit
- Agrifood Cluster Hungary – Zsófia Tóth-Varga
- Robotics Cluster Odense – observer

## 2. Approval of the minutes of the 4th General Assembly

The minutes of the 4th General Assembly, held in Pamplona on 14 November 2035, were approved without changes.

## 3. Activity report 2035–2036

The Network Secretary presented the activity report. Highlights: two editions of the Food Robotics Matchmaking (Odense, March 2036; Wageningen, June 2036), a joint stand at the Anuga FoodTec fair in Cologne, and the successful application for the Eurocluster ROBO-FOOD, which started on 1 September 2036 with seven network members as partners.

In the discussion, several members said that the matchmaking events had brought concrete results: at least nine joint projects between SMEs from different countries were started after the Odense edition alone. Iñaki Oyarzun asked that the next editions also include end users from the retail sector, and Dr. Roeland de Wit proposed a short online format between the physical events.

## 4. Financial statement

The Treasurer, Piotr Wawrzyniak (Polish Food Processing Cluster), presented the accounts for 2035. Income was EUR 96 400, expenses EUR 91 150. The auditors, Anneli Koskinen and Raúl Etxeberria, confirmed the accounts.

## 5. Election of the Board

The mandate of the Board elected in 2033 has ended. The following Board was elected for the term 2036–2039:
- President: Dr. Sven-Olof Bergqvist (Swedish University of Agricultural Sciences)
- Vice-President: Mette Kjærgaard-Holm (Food & Bio Cluster Denmark)
- Treasurer: Piotr Wawrzyniak (Polish Food Processing Cluster)
- Board member: Benoît Le Rouzic (Valorial)
- Board member: Zsófia Tóth-Varga (Agrifood Cluster Hungary)

## 6. Membership

The General Assembly admitted two new members: Agri-Food Cluster Slovakia and the Cyprus Food Innovation Cluster. The membership of the Portuguese association PortugalFoods ends at its own request.

## Decisions

1. The activity report 2035–2036 and the financial statement for 2035 are approved
2. The Board is discharged for the financial year 2035
3. The membership fee remains EUR 1 800 per year for 2037
4. The network will apply for the ECCP Cluster Management Excellence Label (Gold) by 31 March 2037
5. The 6th General Assembly will be held in Győr in October 2037, hosted by Agrifood Cluster Hungary

## 7. Any other business

Mette Kjærgaard-Holm informed the members about the European Cluster Conference in Copenhagen on 9–10 December 2036 and invited the network to organise a side event there.

The President closed the meeting at 12:25.

*Signed:* Dr. Sven-Olof Bergqvist, President · Chiara Gualtieri-Monti, Network Secretary
"""
write(F, T)
N = "European Food Robotics Cluster Network"
gold(F,
 [P("Sven-Olof Bergqvist","President",N),
  P("Chiara Gualtieri-Monti","Network Secretary",N),
  P("Emma Hallberg","cluster manager","Food Tech Cluster Örebro"),
  P("Mette Kjærgaard-Holm","Vice-President",N),
  P("Benoît Le Rouzic","Board member",N),
  P("Iñaki Oyarzun",None,"Clúster Alimentario de Navarra"),
  P("Roeland de Wit",None,"Food Valley NL"),
  P("Zsófia Tóth-Varga","Board member",N),
  P("Piotr Wawrzyniak","Treasurer",N),
  P("Anneli Koskinen","auditor",N),
  P("Raúl Etxeberria","auditor",N)],
 [O(N,"EFRCN"), O("Food Tech Cluster Örebro"), O("Örebro University"), O("Pågen-Bergslagen AB"),
  O("Food & Bio Cluster Denmark"), O("Valorial"), O("Clúster Alimentario de Navarra","NAGRIFOOD"), O("Food Valley NL"),
  O("Agrifood Cluster Hungary"), O("Robotics Cluster Odense"), O("Polish Food Processing Cluster"),
  O("Swedish University of Agricultural Sciences"), O("Agri-Food Cluster Slovakia"), O("Cyprus Food Innovation Cluster"),
  O("PortugalFoods"), O("ECCP")],
 [E("5th General Assembly","2036-10-02",None,"Örebro","Sweden"),
  E("network days","2036-10-01","2036-10-02","Örebro","Sweden"),
  E("study visit to the robotic bakery of Pågen-Bergslagen AB","2036-10-01",None,"Kumla","Sweden"),
  E("networking dinner","2036-10-01",None,"Örebro","Sweden"),
  E("4th General Assembly","2035-11-14",None,"Pamplona","Spain"),
  E("Food Robotics Matchmaking","2036-03",None,"Odense","Denmark"),
  E("Food Robotics Matchmaking","2036-06",None,"Wageningen","Netherlands"),
  E("Anuga FoodTec",None,None,"Cologne","Germany"),
  E("6th General Assembly","2037-10",None,"Győr","Hungary"),
  E("European Cluster Conference","2036-12-09","2036-12-10","Copenhagen","Denmark")],
 ["2036-10-02","2036-10-01","2035-11-14","2035/2036","2036-03","2036-06","2036-09-01","2035","2033","2036/2039",
  "2037","2037-03-31","2037-10","2036-12-09/2036-12-10"],
 ["The activity report 2035–2036 and the financial statement for 2035 are approved",
  "The Board is discharged for the financial year 2035",
  "The membership fee remains EUR 1 800 per year for 2037",
  "The network will apply for the ECCP Cluster Management Excellence Label (Gold) by 31 March 2037",
  "The 6th General Assembly will be held in Győr in October 2037, hosted by Agrifood Cluster Hungary"],
 pub=None)
