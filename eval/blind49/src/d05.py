from g import save
T='''TEXSKILLS 4.0 — Erasmus+ Cooperation Partnership in Vocational Education and Training
Project No. 2033-1-IT01-KA220-VET-000211874

REPORT ON MULTIPLIER EVENT E2 (National)
"Digital skills for the textile districts of Abruzzo"

Prepared by: Consorzio Tessile Val Vibrata (CTVV), Italy — partner P1 and event organiser
Date of the report: 30 November 2035

1. Basic information
Event: Multiplier Event E2, national dissemination conference
Date: Tuesday 20 November 2035, 9:30–17:00
Venue: Sala Consiliare, Municipio di Sant'Egidio alla Vibrata (TE), Italy
Participants: 64 (target in the application: 50), of whom 41 from Italy and 23 online from the partner countries
Language: Italian, with English interpretation for the online audience

2. Purpose
The event presented the project results PR2 ("Digital Textile Technician" curriculum) and PR3 (the open e-learning platform with 18 modules) to vocational schools, textile and clothing companies, trade unions and regional authorities in Abruzzo, and collected commitments to use the curriculum after the end of the project on 31 December 2035.

3. Programme as delivered
9:30 Welcome by Giuseppina Di Marzio, President of CTVV, and by the mayor of Sant'Egidio alla Vibrata, Rocco Ferretti
10:00 "Why the textile districts need digital technicians" — Pierluigi Santarelli, Head of Training Unit, Confindustria Chieti Pescara
10:30 Presentation of PR2 — Ilaria Capponi, project coordinator, CTVV
11:15 Coffee break
11:30 Demonstration of the e-learning platform (PR3) — Jakub Nowicki, technical lead, EduWeave Sp. z o.o. (Poland), connected online
12:15 Testimonies of learners from the pilot courses in Nereto and Tortoreto (three apprentices and two tutors)
13:00 Lunch
14:00 Round table "From pilot to regular offer": Maria Grazia Ciarrocchi, Regione Abruzzo – Dipartimento Lavoro e Sociale; Anselmo De Berardinis, head teacher, IIS "Crocetti-Cerulli" Giulianova; Sara Koivisto, development manager, Tampere Vocational College Tredu (Finland); Ana Sofia Rebelo, trainer, CITEVE (Portugal)
15:30 Signing of the letters of intent by nine schools and companies
16:30 Evaluation questionnaire and closing

4. Results
- 9 letters of intent signed (5 vocational schools, 3 companies, 1 training body) to use PR2 modules from the school year 2036/2037
- 112 new registrations to the e-learning platform in the week after the event
- Coverage in Il Centro and on the regional TV channel Rete8 (21 November 2035)
- Average satisfaction score 4.5 out of 5 (52 questionnaires)

5. Lessons learnt
- Inviting apprentices to speak in person convinced company owners more than any slide on competence frameworks.
- The regional authority should be involved in the planning months ahead; the invitation sent in October came too late to include the curriculum in the 2036 regional training catalogue.
- Hybrid participation works only with a dedicated technician; the online audience lost the first twenty minutes because of sound problems.
- Letters of intent should be prepared in advance with each signatory, not drafted on the day.
- Small companies prefer short modules of two hours that can be followed during slack periods of production.

6. Follow-up
The partnership will present the results again at the final transnational conference (Multiplier Event E5) in Porto on 11 December 2035, hosted by CITEVE, and at the Erasmus Days in October 2036. CTVV will send a reminder to all signatories in January 2036.

Previous multiplier events of the project:
- E1, Tampere (Finland), 5 June 2035, organised by Tredu
- E3, Łódź (Poland), 25 September 2035, organised by EduWeave
- E4, Vila Nova de Famalicão (Portugal), 16 October 2035, organised by CITEVE

Annexes: A – agenda; B – signed attendance list; C – photos; D – evaluation results; E – letters of intent

Report prepared by Ilaria Capponi, project coordinator, with the support of Davide Pompetti, communication officer, CTVV.

Co-funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the Italian National Agency INAPP. Neither the European Union nor the granting authority can be held responsible for them.
'''
save('texskills40-multiplier-event-E2-report.txt',T,'2035-11-30',
[('Giuseppina Di Marzio','President','CTVV'),('Rocco Ferretti','mayor of Sant\'Egidio alla Vibrata',None),
 ('Pierluigi Santarelli','Head of Training Unit','Confindustria Chieti Pescara'),('Ilaria Capponi','project coordinator','CTVV'),
 ('Jakub Nowicki','technical lead','EduWeave Sp. z o.o.'),('Maria Grazia Ciarrocchi',None,'Regione Abruzzo'),
 ('Anselmo De Berardinis','head teacher','IIS "Crocetti-Cerulli" Giulianova'),('Sara Koivisto','development manager','Tampere Vocational College Tredu'),
 ('Ana Sofia Rebelo','trainer','CITEVE'),('Davide Pompetti','communication officer','CTVV')],
[('Consorzio Tessile Val Vibrata','CTVV'),('Confindustria Chieti Pescara',None),('EduWeave Sp. z o.o.',None),
 ('Regione Abruzzo',None),('Dipartimento Lavoro e Sociale',None),('IIS "Crocetti-Cerulli" Giulianova',None),
 ('Tampere Vocational College Tredu','Tredu'),('CITEVE',None),('Il Centro',None),('Rete8',None),('INAPP',None)],
[('Multiplier Event E2','2035-11-20','2035-11-20','Sant\'Egidio alla Vibrata','Italy'),
 ('Multiplier Event E5','2035-12-11','2035-12-11','Porto','Portugal'),
 ('Erasmus Days','2036-10','2036-10',None,None),
 ('E1','2035-06-05','2035-06-05','Tampere','Finland'),('E3','2035-09-25','2035-09-25','Łódź','Poland'),
 ('E4','2035-10-16','2035-10-16','Vila Nova de Famalicão','Portugal')],
['2035-11-30','2035-11-20','2035-12-31','2036/2037','2035-11-21','2035-10','2036','2035-12-11','2036-10','2036-01','2035-06-05','2035-09-25','2035-10-16'],
['Inviting apprentices to speak in person convinced company owners more than any slide on competence frameworks',
 'The regional authority should be involved in the planning months ahead; the invitation sent in October came too late to include the curriculum in the 2036 regional training catalogue',
 'Hybrid participation works only with a dedicated technician; the online audience lost the first twenty minutes because of sound problems',
 'Letters of intent should be prepared in advance with each signatory, not drafted on the day',
 'Small companies prefer short modules of two hours that can be followed during slack periods of production'])
