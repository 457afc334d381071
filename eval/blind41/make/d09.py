from common import save
T = """Cyprus Tourism Tech Cluster (CTTC) › Funding › Info sessions

INFO SESSION NOTICE
"SMART-STAY" call for digital solutions in hospitality – how to apply

Nicosia, 12/02/2034

The Cyprus Tourism Tech Cluster (CTTC), together with the Research and Innovation Foundation (RIF), invites hotels, tour operators and technology SMEs to an info session on the new SMART-STAY call. The call supports joint projects between at least one accommodation provider and one technology company. Grants range from EUR 40,000 to EUR 150,000 per project, with a funding rate of up to 70 % for small enterprises.

KEY DATES
- Call opens: 1 March 2034
- Info session (hybrid): Monday, 6 March 2034, 10:00–12:30 EET, Limassol, Cyprus University of Technology, Lanitis Building, Room 2, and online
- Second info session for the Paphos and Famagusta districts: 13 March 2034, 16:00, Paphos Chamber building
- Online Q&A clinics: 27 March, 17 April and 8 May 2034 (14:00–15:00 each)
- Deadline for pre-registration of consortia: 15 April 2034
- Submission deadline: 30 May 2034, 13:00 local time
- Evaluation results expected: end of July 2034
- Earliest project start: 1 September 2034

SPEAKERS AT THE INFO SESSION
- Andreas Charalambous, Cluster Director, CTTC – welcome and the cluster's partner-search service
- Dr Eleni Georgiou-Hadjipavlou, Programme Officer, Research and Innovation Foundation – rules, eligible costs and evaluation
- Kyriakos Hadjistylianou, Deputy Permanent Secretary, Deputy Ministry of Tourism – policy context
- Stella Michael, co-founder of the booking-analytics start-up Roomyx Ltd, beneficiary of the pilot round in 2033 – lessons from a funded project

QUESTIONS AND ANSWERS (FROM THE PILOT ROUND)
Q: Can a hotel group with more than 250 employees apply?
A: Yes, but only as a partner; the lead applicant must be an SME.
Q: Can the same technology company be in two proposals?
A: Yes, in at most two.
Q: Are costs before the start date eligible?
A: No. Costs are eligible from the project start date stated in the grant agreement.
Further questions can be sent to calls@cttc.example until 23 May 2034. Answers are published every Friday on the FAQ page.

WHO CAN APPLY
Consortia of at least two independent companies established in the Republic of Cyprus, of which at least one offers accommodation or tourism services. Research organisations may take part as subcontractors. Projects last between 12 and 24 months and must end with a solution tested in real operation with guests.

REGISTRATION
Places in Limassol are limited to 80. Please register by 4 March 2034. The session will be recorded and the slides published on 7 March 2034.

Contact: Maria Antoniou, project officer, CTTC – +357 22 000 000

CTTC is a member of the European Tourism Clusters Network. Follow us on LinkedIn.
© CTTC 2034 | Privacy | Cookies
"""
save('info-session_SMART-STAY-call_CTTC.txt', T,
 [("Andreas Charalambous","Cluster Director","CTTC"),
  ("Eleni Georgiou-Hadjipavlou","Programme Officer","Research and Innovation Foundation"),
  ("Kyriakos Hadjistylianou","Deputy Permanent Secretary","Deputy Ministry of Tourism"),
  ("Stella Michael","co-founder","Roomyx Ltd"),("Maria Antoniou","project officer","CTTC")],
 [("Cyprus Tourism Tech Cluster","CTTC"),("Research and Innovation Foundation","RIF"),
  ("Cyprus University of Technology",None),("Deputy Ministry of Tourism",None),
  ("Roomyx Ltd",None),("European Tourism Clusters Network",None)],
 [("Info session","2034-03-06","2034-03-06","Limassol","Cyprus"),
  ("Second info session for the Paphos and Famagusta districts","2034-03-13","2034-03-13","Paphos","Cyprus"),
  ("Online Q&A clinic","2034-03-27","2034-03-27",None,None),
  ("Online Q&A clinic","2034-04-17","2034-04-17",None,None),
  ("Online Q&A clinic","2034-05-08","2034-05-08",None,None)],
 ["2034-02-12","2034-03-01","2034-03-06","2034-03-13","2034-03-27","2034-04-17","2034-05-08","2034-04-15","2034-05-30",
  "2034-07","2034-09-01","2033","2034-05-23","2034-03-04","2034-03-07"], pub="2034-02-12")
