from h import *
F = 'g16_bremerhaven_general_assembly_minutes.txt'
assert wd(2042,5,7)=='Wednesday' and wd(2042,9,24)=='Wednesday' and wd(2042,9,25)=='Thursday' and wd(2042,4,16)=='Wednesday'
T = """WINDNETZ NORDSEE e.V. – Offshore Wind and Maritime Energy Cluster
MINUTES OF THE ORDINARY GENERAL ASSEMBLY 2042

Date:      Wednesday, 7 May 2042, 14:00–17:10
Place:     Bremerhaven, conference room of the Fraunhofer Institute for Wind Energy Systems (Fraunhofer IWES)
Chair:     Dr. Hauke Janssen-Okafor, Chairman of the Board
Minutes:   Merle Østergaard, Member Services
Present:   64 of 212 member organisations in person, 29 by proxy (quorum reached)
Guests:    Senator Kristina Vogelsang-Erdem, Senator for Economic Affairs, Ports and Transformation of the Free Hanseatic City of Bremen; Thomas Rieckmann, Managing Director, BIS Bremerhavener Gesellschaft für Investitionsförderung und Stadtentwicklung mbH

1. Opening and agenda
The Chairman opened the meeting at 14:05 and welcomed the members and guests. The agenda, sent with the invitation of 16 April 2042, was adopted without changes.

2. Address by the Senator
Senator Vogelsang-Erdem thanked the cluster for its contribution to the state's hydrogen and offshore wind strategy 2040–2045 and confirmed that the heavy-load terminal in Bremerhaven will be completed in 2044.

3. Annual report 2041
Managing Director Silke Brandt-Mohammadi presented the annual report. Highlights:
- membership grew from 189 to 212 organisations, including 14 companies from Denmark and the Netherlands;
- the cluster ran 38 events with 2,900 participants, among them the Offshore Wind Supplier Days in Bremerhaven (September 2041) and a delegation trip to the Baltic offshore projects in Gdańsk and Szczecin (June 2041);
- the survey "Offshore wind jobs in the North West 2041" found 4,300 vacancies in the supply chain.
Members asked about the delays in port investments; the Managing Director referred to item 6. Several smaller members asked for more services in English and Danish for foreign members; the Board will look into a bilingual newsletter.

4. Financial statements 2041 and auditors' report
Treasurer Jan-Hendrik Poppe presented the accounts (income EUR 2.41 million, surplus EUR 38,000). The auditors, Anna Lührs and Burak Çelik of Weser Treuhand GmbH Wirtschaftsprüfungsgesellschaft, found no irregularities.

5. Elections to the Board (term 2042–2045)
Elected by secret ballot:
  Chair ............ Dr. Hauke Janssen-Okafor (Deutsche Windtechnik AG) – re-elected
  Vice-Chair ....... Dr. Imke de Vries (Fraunhofer IWES)
  Treasurer ........ Jan-Hendrik Poppe (Sparkasse Bremerhaven)
  Member ........... Katarzyna Nowicka-Frerichs (Siemens Gamesa Renewable Energy GmbH & Co. KG)
  Member ........... Ole Matthiesen (Hochschule Bremerhaven)

6. Position paper "Ports first"
The Board presented the draft position paper on port infrastructure for offshore wind. After discussion, with two amendments proposed by EWE AG and by Hafen Cuxhaven GmbH, the paper was adopted.

7. Resolutions
The General Assembly resolved:
a) to approve the annual report 2041 and the financial statements 2041 and to discharge the Board;
b) to increase the annual membership fee for large companies from EUR 2,500 to EUR 2,800 from 1 January 2043;
c) to adopt the position paper "Ports first" with the two amendments and to send it to the federal and state governments by 30 June 2042;
d) to mandate the Board to prepare a merger study with the hydrogen network H2 Nordwest e.V. and present it at the next General Assembly.

8. Any other business
The Offshore Wind Supplier Days 2042 will take place on 24–25 September 2042 in Bremerhaven; the call for exhibitors is open until 30 June 2042. A members' evening will follow on 24 September at 19:30.

The Chairman closed the meeting at 17:10.

Bremerhaven, 12 May 2042

signed Dr. Hauke Janssen-Okafor, Chairman            signed Merle Østergaard, Minutes
"""
write(F, T)
W="WINDNETZ NORDSEE e.V."
gold(F,
 [P("Hauke Janssen-Okafor","Chair",W),
  P("Merle Østergaard","Member Services",W),
  P("Kristina Vogelsang-Erdem","Senator for Economic Affairs, Ports and Transformation","Free Hanseatic City of Bremen"),
  P("Thomas Rieckmann","Managing Director","BIS Bremerhavener Gesellschaft für Investitionsförderung und Stadtentwicklung mbH"),
  P("Silke Brandt-Mohammadi","Managing Director",W),
  P("Jan-Hendrik Poppe","Treasurer",W),
  P("Anna Lührs","auditor","Weser Treuhand GmbH Wirtschaftsprüfungsgesellschaft"),
  P("Burak Çelik","auditor","Weser Treuhand GmbH Wirtschaftsprüfungsgesellschaft"),
  P("Imke de Vries","Vice-Chair",W),
  P("Katarzyna Nowicka-Frerichs","Member",W),
  P("Ole Matthiesen","Member",W)],
 [O(W), O("Fraunhofer Institute for Wind Energy Systems","Fraunhofer IWES"), O("Free Hanseatic City of Bremen"),
  O("BIS Bremerhavener Gesellschaft für Investitionsförderung und Stadtentwicklung mbH"),
  O("Weser Treuhand GmbH Wirtschaftsprüfungsgesellschaft"), O("Deutsche Windtechnik AG"), O("Sparkasse Bremerhaven"),
  O("Siemens Gamesa Renewable Energy GmbH & Co. KG"), O("Hochschule Bremerhaven"), O("EWE AG"),
  O("Hafen Cuxhaven GmbH"), O("H2 Nordwest e.V.")],
 [E("ORDINARY GENERAL ASSEMBLY 2042","2042-05-07",None,"Bremerhaven","Germany"),
  E("Offshore Wind Supplier Days","2041-09",None,"Bremerhaven","Germany"),
  E("delegation trip to the Baltic offshore projects","2041-06",None,"Gdańsk, Szczecin","Poland"),
  E("Offshore Wind Supplier Days 2042","2042-09-24","2042-09-25","Bremerhaven","Germany"),
  E("members' evening","2042-09-24",None,"Bremerhaven","Germany")],
 ["2042-05-07","2042-04-16","2040/2045","2044","2041-09","2041-06","2042/2045","2043-01-01","2042-06-30","2042-09-24/2042-09-25","2042-09-24","2042-05-12"],
 ["to approve the annual report 2041 and the financial statements 2041 and to discharge the Board",
  "to increase the annual membership fee for large companies from EUR 2,500 to EUR 2,800 from 1 January 2043",
  "to adopt the position paper \"Ports first\" with the two amendments and to send it to the federal and state governments by 30 June 2042",
  "to mandate the Board to prepare a merger study with the hydrogen network H2 Nordwest e.V. and present it at the next General Assembly"],
 pub="2042-05-12")
