from h import *
F = 'g16_midwest_ireland_medtech_cluster_annual_report_governance.md'
T = """# Shannon MedTech Cluster – Annual Report 2035

## Chapter 5: Governance, Board and Office Team

*Annual Report 2035, pages 38–45 · Approved by the Board on 18 March 2036 · Published on 2 April 2036*

---

### 5.1 Legal form and structure

Shannon MedTech Cluster CLG ("the Cluster") is a company limited by guarantee, registered in Ireland and without share capital. Its members are companies, research institutes and public bodies active in medical technology in the Mid-West region (Limerick, Clare and north Tipperary). At 31 December 2035 the Cluster had 118 members: 89 companies, 6 higher-education and research institutions and 23 associate members.

The Cluster is governed by its Constitution, adopted at the Annual General Meeting on 14 May 2031 and amended at the Extraordinary General Meeting on 9 October 2034. It complies with the Charities Governance Code as a matter of good practice, although it is not a registered charity.

The Cluster receives funding from Enterprise Ireland under the national cluster programme, from the Mid-West Regional Enterprise Plan and from membership fees. In 2035, membership fees covered 38% of its income of EUR 1.42 million.

### 5.2 The Board of Directors

The Board sets the strategy, approves the annual work plan and budget and oversees the Chief Executive. It met seven times in 2035; average attendance was 86%. The Board has three committees: the Audit and Risk Committee, the Nominations Committee and the Strategy Committee.

At the Annual General Meeting on 21 May 2035 in Limerick, three directors retired by rotation, two were re-elected and two new directors were elected. The Board as of 31 December 2035:

| Director | Position | Organisation | Attendance 2035 |
|---|---|---|---|
| Dr. Fionnuala Ní Mhurchú | Chair | Brennan Orthopaedics Ltd | 7/7 |
| Declan Fitzgerald-Hayes | Vice-Chair | Burren Catheter Technologies Ltd | 6/7 |
| Prof. Dr. Matthias von der Lahr | Director | University of Limerick | 6/7 |
| Sinéad O'Dwyer | Director, Chair of the Audit and Risk Committee | Shannon Valve Systems DAC | 7/7 |
| Rajesh Venkataraman | Director | Castletroy Surgical Instruments Ltd | 5/7 |
| Dr. Lucía de la Cruz Montero | Director (elected May 2035) | Atlantic Biosensors Ltd | 4/4 |
| Eoin Mac Cárthaigh | Director (elected May 2035) | Technological University of the Shannon | 4/4 |
| Aoife Kiely | Director (ex officio, non-voting) | Enterprise Ireland | 6/7 |

Pádraig Lonergan (Clare MedPlastics Ltd), who had served on the Board since the Cluster's foundation in 2029 and chaired it from 2029 to 2033, retired at the AGM in May 2035. The Board thanks him for his long service. Dr. Helga Sørensen-Quinn did not seek re-election.

Directors receive no remuneration. Conflicts of interest are declared at the start of each Board meeting and recorded in the minutes; in 2035 four declarations were made and the directors concerned did not take part in the related decisions.

### 5.3 Board evaluation

In November 2035 the Board carried out its second self-evaluation, facilitated by Maeve Corrigan of the Institute of Directors in Ireland. The evaluation found that:

- The Board has the right mix of industry, research and public-sector experience, but lacks members with experience of digital health and of regulatory affairs.
- Board papers are thorough but often arrive too late for directors to read them properly.
- The relationship between the Board and the office team is open and based on trust.
- Members of the Cluster know too little about the Board's work and decisions.

The Board has agreed to co-opt a director with regulatory experience in 2036, to send papers at least seven days before each meeting, and to publish a short summary of each meeting on the members' portal.

### 5.4 The office team

The day-to-day work of the Cluster is carried out by an office team of seven, based at the National Technology Park in Castletroy, Limerick.

- **Chief Executive:** Dr. Kateryna Shevchenko-Walsh (since September 2033)
- **Head of Innovation Programmes:** Colm Ó Súilleabháin
- **Skills and Talent Manager:** Bríd Moloney
- **International Partnerships Manager:** Javier Ruiz de Alda Ferrer
- **Membership and Events Officer:** Chloe Nwosu-Ryan
- **Communications Officer:** Tomás Breen
- **Finance and Administration Officer (part-time):** Margaret Hogan

In 2035 the team organised 41 events, among them the MedTech Mid-West Summit on 15 October 2035 in Ennis, and supported 27 collaborative projects. Staff turnover was low: one position (Communications Officer) was filled in June 2035 after the previous holder moved to a member company.

### 5.5 Audit and accounts

The financial statements for 2035 were audited by Grant Keogh & Partners, Chartered Accountants and Statutory Audit Firm, Limerick, who issued an unqualified opinion. They will be presented to the members at the next Annual General Meeting on 20 May 2036.

### 5.6 Contacts

Shannon MedTech Cluster CLG, Unit 4, National Technology Park, Castletroy, Limerick V94 XXXX · CRO no. 000000 · info@shannonmedtech.example.ie · +353 61 000 000
"""
write(F, T)
gold(F,
 [P("Fionnuala Ní Mhurchú","Chair","Shannon MedTech Cluster CLG"),
  P("Declan Fitzgerald-Hayes","Vice-Chair","Shannon MedTech Cluster CLG"),
  P("Matthias von der Lahr","Director","Shannon MedTech Cluster CLG"),
  P("Sinéad O'Dwyer","Chair of the Audit and Risk Committee","Shannon MedTech Cluster CLG"),
  P("Rajesh Venkataraman","Director","Shannon MedTech Cluster CLG"),
  P("Lucía de la Cruz Montero","Director","Shannon MedTech Cluster CLG"),
  P("Eoin Mac Cárthaigh","Director","Shannon MedTech Cluster CLG"),
  P("Aoife Kiely","Director","Shannon MedTech Cluster CLG"),
  P("Pádraig Lonergan",None,"Clare MedPlastics Ltd"),
  P("Helga Sørensen-Quinn",None,None),
  P("Maeve Corrigan",None,"Institute of Directors in Ireland"),
  P("Kateryna Shevchenko-Walsh","Chief Executive","Shannon MedTech Cluster CLG"),
  P("Colm Ó Súilleabháin","Head of Innovation Programmes","Shannon MedTech Cluster CLG"),
  P("Bríd Moloney","Skills and Talent Manager","Shannon MedTech Cluster CLG"),
  P("Javier Ruiz de Alda Ferrer","International Partnerships Manager","Shannon MedTech Cluster CLG"),
  P("Chloe Nwosu-Ryan","Membership and Events Officer","Shannon MedTech Cluster CLG"),
  P("Tomás Breen","Communications Officer","Shannon MedTech Cluster CLG"),
  P("Margaret Hogan","Finance and Administration Officer","Shannon MedTech Cluster CLG")],
 [O("Shannon MedTech Cluster CLG"), O("Enterprise Ireland"), O("Brennan Orthopaedics Ltd"), O("Burren Catheter Technologies Ltd"),
  O("University of Limerick"), O("Shannon Valve Systems DAC"), O("Castletroy Surgical Instruments Ltd"), O("Atlantic Biosensors Ltd"),
  O("Technological University of the Shannon"), O("Clare MedPlastics Ltd"), O("Institute of Directors in Ireland"),
  O("Grant Keogh & Partners")],
 [E("Annual General Meeting","2031-05-14"), E("Extraordinary General Meeting","2034-10-09"),
  E("Annual General Meeting","2035-05-21",None,"Limerick","Ireland"),
  E("MedTech Mid-West Summit","2035-10-15",None,"Ennis","Ireland"), E("next Annual General Meeting","2036-05-20")],
 ["2035","2036-03-18","2036-04-02","2035-12-31","2031-05-14","2034-10-09","2035-05-21","2035-05","2029","2029/2033","2035-11","2036","2033-09","2035-10-15","2035-06","2036-05-20"],
 ["The Board has the right mix of industry, research and public-sector experience, but lacks members with experience of digital health and of regulatory affairs",
  "Board papers are thorough but often arrive too late for directors to read them properly",
  "The relationship between the Board and the office team is open and based on trust",
  "Members of the Cluster know too little about the Board's work and decisions"],
 pub="2036-04-02")
