from h import *
F = 'g13_leeuwarden_water_tech_working_group_report.txt'
assert wd(2041,3,13)=='Wednesday' and wd(2041,1,23)=='Wednesday' and wd(2041,5,15)=='Wednesday'
T = """Frisian Water Technology Cluster – Members' area
Home > Working groups > WG3 Smart Networks > Documents
Logged in as: guest member | Log out

REPORT OF WORKING GROUP 3 "SMART WATER NETWORKS"
Reporting period: September 2040 – February 2041
Prepared for the Cluster Board meeting of Wednesday 13 March 2041
Status: final draft, circulated 6 March 2041

1. Composition of the working group

Chair:            Marieke de Boer, Head of Asset Management, Wetterskip Fryslân
Vice-chair:       Dr Sjoerd Hoekstra, lecturer, NHL Stenden University of Applied Sciences
Secretary:        Anouk Visser, programme manager, Frisian Water Technology Cluster (FWTC)
Members:          Pieter Zijlstra (Vitens N.V.), Jelle Postma (AquaSense B.V., Heerenveen),
                  Femke van der Meer (Municipality of Leeuwarden), Tomasz Wiśniewski (Hydrologic Poland Sp. z o.o.,
                  guest member), Rients Dijkstra (Dijkstra Pompen B.V.), Lieke Bakker (Van Hall Larenstein)
Observers:        Erik Sørensen, Danish Water Technology Alliance (two meetings)

The working group lost one member during the period: Hans Kuipers left Vitens N.V. in December 2040 and was
replaced by his colleague Pieter Zijlstra.

2. Meetings held

- 18 September 2040, Leeuwarden (Water Campus) – kick-off, choice of three topics
- 6 November 2040, online – leak detection data from pilot districts
- 11 December 2040, Sneek – site visit to the AquaSense test loop
- 23 January 2041, Leeuwarden – joint session with WG1 "Water and Energy"
- 19 February 2041, online – draft findings

Attendance averaged nine of eleven members, a good rate for a voluntary group. Minutes of each meeting are in the document library. The kick-off and the site visit were open to all cluster members.

3. What the group worked on

The Board asked the working group in June 2040 to answer three questions: (a) how far digital metering and
acoustic leak detection have spread among the water companies and municipalities of the northern Netherlands;
(b) which barriers prevent small technology firms from selling to these buyers; and (c) what the cluster could do
in 2041–2043 to help. The group combined a short survey of 26 organisations, data from two pilot districts in
Leeuwarden and Drachten, and the experience of its members.

The two pilot districts were chosen to be different. In Leeuwarden-Camminghaburen, a district of about 9,000
connections built in the 1970s and 1980s, Vitens N.V. installed 120 acoustic loggers on the distribution mains
in the spring of 2040 and read them every night through the public LoRa network. In Drachten, the municipality and
AquaSense B.V. tested a cheaper set of clamp-on sensors on the older cast-iron pipes in the town centre, where
digging is expensive and disturbs shops and markets. Both pilots shared their data with the Water Campus data
platform, where students of NHL Stenden analysed them as part of their final projects.

The survey was answered by 11 of the 13 municipalities in the province, both drinking water companies, the
water board, and 11 technology firms of different sizes. Answers were anonymised before analysis; the group
discussed the results with the respondents in a short online session in January.

Marieke de Boer summed up the mood at the January meeting: "The technology is ready. Our procurement is not."

4. Findings

The working group agreed on the following findings at its meeting of 19 February 2041:

4.1 Digital metering is now standard for new connections, but only about 30 per cent of existing household
    meters in the region have been replaced; the replacement plans run until 2046.
4.2 Acoustic leak detection in the pilot districts cut the time to locate a leak from an average of eleven days
    to two, and water losses fell by 14 per cent in Drachten.
4.3 Data from different suppliers cannot be combined easily: three of the five pilots used closed formats, and
    the Water Campus data platform had to build custom converters.
4.4 Small firms rarely win tenders on their own. Of 41 tenders for sensor equipment between 2037 and 2040, only
    four went to firms with fewer than 50 employees, and all four were in consortia.
4.5 Municipalities lack staff who can specify smart network equipment; several copy specifications from
    the larger water companies that do not fit their smaller networks.
4.6 Cross-border cooperation is weak. Apart from the guest member from Poland and the Danish observer,

[...]

--- Page 2 of 4 could not be loaded. The document may have been moved or you may not have access. ---
Try again | Report a problem | Back to document list

Related documents
- WG3 minutes 19 February 2041 (PDF, 180 kB)
- WG1 "Water and Energy" interim report (PDF, 1.2 MB)
- Board agenda 13 March 2041 (restricted)

Upcoming
- Wednesday 15 May 2041: Cluster General Assembly, Water Campus Leeuwarden
- 10–12 June 2041: Aquatech-Noord, WTC Expo Leeuwarden

Frisian Water Technology Cluster · Zuiderplein 1, 8911 AN Leeuwarden · info@fwtc.example.nl
Cookie settings | Privacy | Disclaimer | Accessibility statement
"""
write(F, T)
FW = "Frisian Water Technology Cluster"
gold(F,
 [P("Marieke de Boer","Head of Asset Management","Wetterskip Fryslân"),
  P("Sjoerd Hoekstra","lecturer","NHL Stenden University of Applied Sciences"),
  P("Anouk Visser","programme manager",FW),
  P("Pieter Zijlstra",None,"Vitens N.V."), P("Jelle Postma",None,"AquaSense B.V."),
  P("Femke van der Meer",None,"Municipality of Leeuwarden"),
  P("Tomasz Wiśniewski","guest member","Hydrologic Poland Sp. z o.o."),
  P("Rients Dijkstra",None,"Dijkstra Pompen B.V."), P("Lieke Bakker",None,"Van Hall Larenstein"),
  P("Erik Sørensen",None,"Danish Water Technology Alliance"),
  P("Hans Kuipers",None,"Vitens N.V.")],
 [O(FW,"FWTC"), O("Wetterskip Fryslân"), O("NHL Stenden University of Applied Sciences"), O("Vitens N.V."),
  O("AquaSense B.V."), O("Municipality of Leeuwarden"), O("Hydrologic Poland Sp. z o.o."), O("Dijkstra Pompen B.V."),
  O("Van Hall Larenstein"), O("Danish Water Technology Alliance"), O("Water Campus")],
 [E("Cluster Board meeting","2041-03-13",None,None,None),
  E("kick-off","2040-09-18",None,"Leeuwarden","Netherlands"),
  E("WG3 meeting: leak detection data from pilot districts","2040-11-06",None,None,None),
  E("site visit to the AquaSense test loop","2040-12-11",None,"Sneek","Netherlands"),
  E("joint session with WG1 \"Water and Energy\"","2041-01-23",None,"Leeuwarden","Netherlands"),
  E("WG3 meeting: draft findings","2041-02-19",None,None,None),
  E("Cluster General Assembly","2041-05-15",None,"Leeuwarden","Netherlands"),
  E("Aquatech-Noord","2041-06-10","2041-06-12","Leeuwarden","Netherlands")],
 ["2040-09/2041-02","2041-03-13","2041-03-06","2040-12","2040-09-18","2040-11-06","2040-12-11","2041-01-23",
  "2041-02-19","2040-06","2041/2043","2037/2040","2046","2040","2041-01","2041-05-15","2041-06-10/2041-06-12"],
 ["Digital metering is now standard for new connections, but only about 30 per cent of existing household meters in the region have been replaced; the replacement plans run until 2046",
  "Acoustic leak detection in the pilot districts cut the time to locate a leak from an average of eleven days to two, and water losses fell by 14 per cent in Drachten",
  "Data from different suppliers cannot be combined easily: three of the five pilots used closed formats, and the Water Campus data platform had to build custom converters",
  "Small firms rarely win tenders on their own. Of 41 tenders for sensor equipment between 2037 and 2040, only four went to firms with fewer than 50 employees, and all four were in consortia",
  "Municipalities lack staff who can specify smart network equipment; several copy specifications from the larger water companies that do not fit their smaller networks",
  "Cross-border cooperation is weak. Apart from the guest member from Poland and the Danish observer,"],
 "2041-03-06")
