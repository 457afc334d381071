from h import *
F = 'g05_molise_s3_partnership_meeting.md'
assert wd(2039,4,23)=='Saturday' or True
assert wd(2039,5,19)=='Thursday' and wd(2039,5,20)=='Friday' and wd(2039,10,12)=='Wednesday'
T = """# Thematic S3 Partnership "Smart Agri-Food in Inner Areas" – report of the 6th partnership meeting

**Campobasso (Molise, Italy), 19–20 May 2039**
**Hosted by:** Sviluppo Molise – Regional Development Agency, with the Regione Molise Directorate for Productive Activities
**Report prepared by:** the partnership secretariat (Lorenza Iacovelli, Sviluppo Molise) · circulated 3 June 2039 · version 1.1

---

## 1. Participants

Fourteen regions were represented in Campobasso, two of them for the first time. Apologies were received from Extremadura and Lower Silesia.

| Region | Country | Represented by |
|---|---|---|
| Molise (co-lead) | Italy | Sviluppo Molise; Regione Molise |
| Western Greece (co-lead) | Greece | Region of Western Greece |
| Castilla-La Mancha | Spain | Instituto de Promoción Exterior de Castilla-La Mancha (IPEX) |
| Alentejo | Portugal | CCDR Alentejo |
| Nouvelle-Aquitaine | France | AD Nouvelle-Aquitaine |
| South Bohemia | Czechia | Jihočeská agentura pro podporu inovačního podnikání (JAIP) |
| Hajdú-Bihar | Hungary | University of Debrecen |
| North-East Romania | Romania | ADR Nord-Est |
| Podlaskie | Poland | Marshal's Office of Podlaskie Voivodeship |
| Lapland (new) | Finland | Lapland University of Applied Sciences |
| Zeeland (new) | Netherlands | Impuls Zeeland |
| Abruzzo | Italy | Regione Abruzzo |
| Puglia | Italy | ARTI Puglia |
| Slavonia | Croatia | Osijek-Baranja County Development Agency |

The European Commission's Joint Research Centre (JRC) attended online; Dr. Ines Carvalho-Teixeira of the JRC's Territorial Development Unit gave the opening input on the monitoring framework.

## 2. Programme

**Thursday 19 May 2039** – Palazzo della Regione, Campobasso
- 09:30 Welcome: Vincenzo Di Lallo, Regional Councillor for Productive Activities, Regione Molise; Antonella Marinucci, Director General of Sviluppo Molise
- 10:00 Progress of the three pilot actions (pilot leaders)
- 11:30 Coffee break
- 12:00 JRC input: measuring interregional value chains (online)
- 13:00 Lunch
- 14:30 Parallel working groups: (a) durum wheat and pasta; (b) dairy and mountain cheeses; (c) short supply chains and digital marketplaces
- 18:00 End of day one
- 20:00 Partnership dinner at Masseria Monforte, Ripalimosani

**Friday 20 May 2039** – field day
- 08:30 Departure by bus from Piazza Vittorio Emanuele II
- 09:30 Site visit: La Molisana pasta factory, Campobasso industrial area
- 11:30 Site visit: Caseificio Di Nucci, Agnone
- 14:00 Closing session in Agnone: agreement on actions, next steps
- 16:00 Return to Campobasso

## 3. Progress of the pilot actions

**Pilot 1 – durum wheat traceability (lead: Western Greece).** The shared blockchain ledger now covers 11 mills in four regions. Kostas Papadimitriou of the Region of Western Greece reported that the Italian and Greek mills had exchanged the first 2,000 tonnes with digital passports.

**Pilot 2 – mountain cheese quality (lead: Nouvelle-Aquitaine).** Laboratory protocols were harmonised between six regional dairy labs; Céline Bergeret of AD Nouvelle-Aquitaine presented a shared sensory panel that will start in autumn.

**Pilot 3 – digital marketplaces for inner areas (lead: Molise).** The call for small producers closed with 143 applications from seven regions. Giuseppe Ciarlariello, S3 coordinator at Sviluppo Molise, noted that half of the applicants had never sold outside their province.

## 4. Agreed actions

The partners agreed the following actions in the closing session in Agnone:

1. Extend the traceability pilot to Castilla-La Mancha and Puglia by the end of 2039
2. Prepare a joint investment proposal for the interregional innovation investments call, coordinated by Western Greece, by 30 September 2039
3. Set up a shared pool of experts for the cheese quality pilot, open to the two new regions
4. Collect monitoring data in the JRC template twice a year, in March and September
5. Hold the 7th partnership meeting in Debrecen, hosted by the University of Debrecen, on 12 and 13 October 2039

## 5. Open points

- Lapland and Zeeland will confirm by 30 June 2039 which pilot they join.
- The budget for the secretariat after 2040 is not yet secured; Molise and Western Greece will present options at the next meeting.

## 6. Previous meetings of the partnership

| No. | Place | Date |
|---|---|---|
| 1 | Patras | March 2036 |
| 2 | Évora | October 2036 |
| 3 | online | April 2037 |
| 4 | Toledo | November 2037 |
| 5 | Iași | October 2038 |
| 6 | Campobasso | 19–20 May 2039 |

## 7. Documents of the meeting

- Presentation slides of the three pilot leaders (PDF, shared folder)
- JRC monitoring template, draft 2 (XLSX)
- Attendance list (restricted to partners)
- Photo gallery of the field day in Agnone

Partners are asked to send corrections to this report within ten working days; silence is taken as approval. The next version of the report will be uploaded to the shared folder together with the minutes of the working groups.

---
*Contact:* partnership secretariat, s3agrifood@sviluppomolise.example.it · Lorenza Iacovelli, tel. +39 0874 000 000
*Photos:* © Sviluppo Molise / Michele Santoro
"""
write(F, T)
SM="Sviluppo Molise"
gold(F,
 [P("Lorenza Iacovelli",None,SM),
  P("Ines Carvalho-Teixeira",None,"Territorial Development Unit"),
  P("Vincenzo Di Lallo","Regional Councillor for Productive Activities","Regione Molise"),
  P("Antonella Marinucci","Director General",SM),
  P("Kostas Papadimitriou",None,"Region of Western Greece"),
  P("Céline Bergeret",None,"AD Nouvelle-Aquitaine"),
  P("Giuseppe Ciarlariello","S3 coordinator",SM),
  P("Michele Santoro",None,None)],
 [O("Sviluppo Molise – Regional Development Agency"), O("Regione Molise"), O("Directorate for Productive Activities"),
  O("Region of Western Greece"), O("Instituto de Promoción Exterior de Castilla-La Mancha","IPEX"),
  O("CCDR Alentejo"), O("AD Nouvelle-Aquitaine"), O("Jihočeská agentura pro podporu inovačního podnikání","JAIP"),
  O("University of Debrecen"), O("ADR Nord-Est"), O("Marshal's Office of Podlaskie Voivodeship"),
  O("Lapland University of Applied Sciences"), O("Impuls Zeeland"), O("Regione Abruzzo"), O("ARTI Puglia"),
  O("Osijek-Baranja County Development Agency"), O("European Commission"), O("Joint Research Centre","JRC"),
  O("Territorial Development Unit"), O("La Molisana"), O("Caseificio Di Nucci")],
 [E("6th partnership meeting","2039-05-19","2039-05-20","Campobasso","Italy"),
  E("Partnership dinner","2039-05-19",None,"Ripalimosani","Italy"),
  E("Site visit: La Molisana pasta factory","2039-05-20",None,"Campobasso","Italy"),
  E("Site visit: Caseificio Di Nucci","2039-05-20",None,"Agnone","Italy"),
  E("7th partnership meeting","2039-10-12","2039-10-13","Debrecen","Hungary"),
  E("1st partnership meeting","2036-03",None,"Patras","Greece"),
  E("2nd partnership meeting","2036-10",None,"Évora","Portugal"),
  E("3rd partnership meeting","2037-04",None,None,None),
  E("4th partnership meeting","2037-11",None,"Toledo","Spain"),
  E("5th partnership meeting","2038-10",None,"Iași","Romania")],
 ["2039-05-19/2039-05-20","2039-06-03","2039-05-19","2039-05-20","2039","2039-09-30","2039-10-12/2039-10-13",
  "2039-06-30","2040","2036-03","2036-10","2037-04","2037-11","2038-10"],
 ["Extend the traceability pilot to Castilla-La Mancha and Puglia by the end of 2039",
  "Prepare a joint investment proposal for the interregional innovation investments call, coordinated by Western Greece, by 30 September 2039",
  "Set up a shared pool of experts for the cheese quality pilot, open to the two new regions",
  "Collect monitoring data in the JRC template twice a year, in March and September",
  "Hold the 7th partnership meeting in Debrecen, hosted by the University of Debrecen, on 12 and 13 October 2039"],
 pub="2039-06-03")
