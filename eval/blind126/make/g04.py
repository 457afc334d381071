from h import *
F = 'g04_posavje_energy_cluster_ga_minutes.md'
assert wd(2041,5,14)=='Tuesday' and wd(2041,6,20)=='Thursday' and wd(2041,10,9)=='Wednesday'
T = """# Minutes of the 9th General Assembly of the Posavje Energy Cluster

**Energetski grozd Posavje, GIZ** (Posavje Energy Cluster, economic interest grouping)

- **Date and time:** Tuesday, 14 May 2041, 15:00–17:40
- **Place:** Krško, Hotel Sremič, hall B
- **Chair of the meeting:** Mojca Zupančič-Horvat, President of the Management Board
- **Minutes taken by:** Luka Petrovič, cluster secretary
- **Verifiers of the minutes:** Nataša Bregar (Kostak d.d.) and Janez Kos (Šolski center Krško-Sevnica)

Present: 31 of 44 member organisations in person, 4 by proxy (list of attendance in annex 1). Guests: Tina Gorjup, State Secretary at the Ministry of the Economy, Tourism and Sport; Dr Marco Pellegrini, project officer at the European Climate, Infrastructure and Environment Executive Agency (CINEA), by video link; and Aleš Kocjan from the Regional Development Agency Posavje (RRA Posavje).

## 1. Opening and quorum

The President opened the assembly at 15:05 and noted that with 35 of 44 votes represented the assembly has a quorum. The agenda as sent on 29 April 2041 was adopted without changes.

## 2. Report of the Management Board for 2040

Cluster manager Dr Gašper Novak-Leskovar presented the annual report. Highlights:

- membership grew from 38 to 44 organisations; new members include GEN energija d.o.o., Hidroelektrarne na Spodnji Savi d.o.o. (HESS) and the start-up Solvera Brežice;
- the cluster coordinated the Posavje Energy Days in Brežice (3–5 October 2040) with 620 visitors;
- two EU projects were started: the Interreg Central Europe project GRID4REGIONS (2040–2043) and a LIFE project on heat pumps in public buildings;
- the cluster took part in the partner meeting of the European Nuclear Skills Alliance in Vienna on 12 November 2040.

Nataša Bregar asked why the number of company visits organised for members fell from nine to five. The cluster manager explained that two planned visits were cancelled by the host companies.

## 3. Financial statements 2040 and auditor's report

Treasurer Robert Kerin-Šribar presented the accounts: income EUR 412,300, expenditure EUR 398,150, surplus EUR 14,150. The auditor, Simona Volk of Revizija Volk d.o.o., had no objections.

## 4. Work plan and budget 2041–2042

The cluster manager presented the work plan. New items are a cluster academy for SME energy managers (first module in September 2041), a study trip to the Upper Austria energy cluster in Linz (planned for 20 June 2041, a Thursday), and a joint stand at the E-world energy fair in Essen in February 2042.

Dr Marco Pellegrini encouraged the members to prepare for the next LIFE Clean Energy Transition call, which is expected to close in September 2041.

## 5. Election of the Supervisory Board

The mandate of the Supervisory Board 2037–2041 expires. Elected for 2041–2045: Janez Kos (chair), Irena Mlakar-Sotler (Kostak d.d.) and Primož Dular (Občina Sevnica).

## 6. Decisions

The General Assembly adopted the following decisions:

1. The report of the Management Board for 2040 is approved
2. The financial statements for 2040 are approved and the surplus of EUR 14,150 is transferred to the reserve fund
3. The work plan and budget for 2041–2042 are adopted, with a membership fee unchanged at EUR 600 for SMEs
4. Janez Kos, Irena Mlakar-Sotler and Primož Dular are elected to the Supervisory Board for 2041–2045
5. The 10th General Assembly will be held in Brežice on 9 October 2041

All decisions were adopted unanimously, except decision 3 (33 in favour, 2 abstentions).

## 7. Miscellaneous

The representative of RRA Posavje, Aleš Kocjan, informed the members about the regional call for energy communities, with a deadline of 30 June 2041. The President thanked Hotel Sremič for hosting and closed the assembly at 17:40.

---

Krško, 16 May 2041

Luka Petrovič, cluster secretary · Mojca Zupančič-Horvat, President of the Management Board

*Verified by:* Nataša Bregar, Janez Kos
"""
write(F, T)
C = "Energetski grozd Posavje, GIZ"
gold(F,
 [P("Mojca Zupančič-Horvat", "President of the Management Board", C),
  P("Luka Petrovič", "cluster secretary", C),
  P("Nataša Bregar", None, "Kostak d.d."),
  P("Janez Kos", "chair", C),
  P("Tina Gorjup", "State Secretary", "Ministry of the Economy, Tourism and Sport"),
  P("Marco Pellegrini", "project officer", "European Climate, Infrastructure and Environment Executive Agency"),
  P("Aleš Kocjan", None, "Regional Development Agency Posavje"),
  P("Gašper Novak-Leskovar", "Cluster manager", C),
  P("Robert Kerin-Šribar", "Treasurer", C),
  P("Simona Volk", "auditor", "Revizija Volk d.o.o."),
  P("Irena Mlakar-Sotler", None, "Kostak d.d."),
  P("Primož Dular", None, "Občina Sevnica")],
 [O(C), O("Kostak d.d."), O("Šolski center Krško-Sevnica"), O("Ministry of the Economy, Tourism and Sport"),
  O("European Climate, Infrastructure and Environment Executive Agency", "CINEA"),
  O("Regional Development Agency Posavje", "RRA Posavje"), O("GEN energija d.o.o."),
  O("Hidroelektrarne na Spodnji Savi d.o.o.", "HESS"), O("Solvera Brežice"), O("European Nuclear Skills Alliance"),
  O("Revizija Volk d.o.o."), O("Hotel Sremič"), O("Upper Austria energy cluster"), O("Občina Sevnica")],
 [E("9th General Assembly of the Posavje Energy Cluster", "2041-05-14", None, "Krško", "Slovenia"),
  E("Posavje Energy Days", "2040-10-03", "2040-10-05", "Brežice", "Slovenia"),
  E("partner meeting of the European Nuclear Skills Alliance", "2040-11-12", None, "Vienna", "Austria"),
  E("study trip to the Upper Austria energy cluster", "2041-06-20", None, "Linz", "Austria"),
  E("E-world energy fair", "2042-02", None, "Essen", "Germany"),
  E("cluster academy for SME energy managers", "2041-09", None, None, None),
  E("10th General Assembly", "2041-10-09", None, "Brežice", "Slovenia")],
 ["2041-05-14", "2041-04-29", "2040", "2040-10-03/2040-10-05", "2040/2043", "2040-11-12", "2041/2042",
  "2041-09", "2041-06-20", "2042-02", "2037/2041", "2041/2045", "2041-10-09", "2041-06-30", "2041-05-16"],
 ["The report of the Management Board for 2040 is approved",
  "The financial statements for 2040 are approved and the surplus of EUR 14,150 is transferred to the reserve fund",
  "The work plan and budget for 2041–2042 are adopted, with a membership fee unchanged at EUR 600 for SMEs",
  "Janez Kos, Irena Mlakar-Sotler and Primož Dular are elected to the Supervisory Board for 2041–2045",
  "The 10th General Assembly will be held in Brežice on 9 October 2041"],
 pub=None)
