from h import *
doc = 'announcement_evaluation-committee_thessaly-clusters-call.txt'
text = '''HELLENIC REPUBLIC
MINISTRY OF DEVELOPMENT
General Secretariat for Industry
Directorate for Industrial Policy and Clusters

Athens, 04/02/2035
Ref. No.: 11827/ΓΓΒ/412

ANNOUNCEMENT
(unofficial English translation – the Greek text prevails)

Subject: Establishment of the Evaluation Committee for the call "Thessaly Agri-Food Clusters of Excellence – Phase II"

The Ministry of Development announces that, by decision of the Secretary-General for Industry, Mr Konstantinos
PAPADIMAS, dated 30 January 2035, the Evaluation Committee for the call "Thessaly Agri-Food Clusters of Excellence –
Phase II" has been established. The call, co-financed by the Region of Thessaly and published on 15 October 2034,
closed on 20 December 2034 with 27 proposals from cluster organisations in the regional units of Larissa, Magnesia,
Trikala and Karditsa.

1. Composition of the Committee

The Evaluation Committee consists of the following members:

(a) Eleni KARAGIANNI-STAVROU, Professor, Department of Agriculture, Crop Production and Rural Environment, University of
    Thessaly, as Chair;
(b) Dimitrios ZERVAS, Head of the Directorate for Industrial Policy and Clusters, Ministry of Development, as
    Vice-Chair;
(c) Anastasia MOURTZOUKOU, Director of Development Planning, Region of Thessaly;
(d) Georgios Lamprakis, Senior Researcher, Institute for Bio-Economy and Agri-Technology (iBO),
    Centre for Research and Technology Hellas (CERTH);
(e) Dr Ioanna Tsitsopoulou, independent expert in cluster management, registered in the National Register of Evaluators;
(f) Prof. Markus Eilenberger, Hochschule Weihenstephan-Triesdorf, Germany, external member with experience of the
    Bavarian cluster programme;
(g) Chrysanthi ALEXIOU, Head of Unit, Hellenic Development Bank, as observer without voting rights.

Secretary of the Committee: Athanasios Vlachogiannis, officer of the Directorate for Industrial Policy and Clusters.
Alternate secretary: Maria-Ekaterini Douka, officer of the same Directorate.

2. Alternate members

For members (a) to (e) the following alternate members are appointed respectively: Nikolaos GOUNARIS, Associate Professor,
University of Thessaly; Sofia Kalogeropoulou, Ministry of Development; Vasileios Tzimas, Region of Thessaly;
Evangelia Nikopoulou-Rizou, CERTH; Pavlos Theocharidis, independent expert.

3. Tasks of the Committee

The Committee shall (i) verify eligibility of the 27 proposals, (ii) assess them against the criteria of Annex III of the
call, (iii) hold hearings with the applicant cluster organisations, and (iv) submit a ranked list with its recommendations
to the Secretary-General for Industry.

4. Timetable

- Eligibility check: from 10 February to 28 February 2035
- Hearings of applicants: 17–19 March 2035, at the premises of the Region of Thessaly, Larissa
- Final committee meeting and ranked list: 2 April 2035 (Athens, premises of the Ministry of Development)
- Publication of provisional results: by 15 April 2035

5. Conflicts of interest

Each member shall sign a declaration of impartiality and confidentiality before receiving the proposals. Members with a
professional link to an applicant during the period 2032–2035 shall abstain from the assessment of that proposal.

6. Remuneration

Members (a) to (f) receive compensation in accordance with the applicable provisions; the observer receives no
compensation.

7. Previous phase

The first phase of the call (2031–2033) supported nine cluster organisations, among them the Larissa dairy cluster
Thessalia Galaktos Synergasia and the Volos food-packaging cluster Magnisia Pack Hub. Its evaluation committee was chaired by
Prof. Apostolos Chatzidimitriou (Agricultural University of Athens), whose report of 14 November 2033 recommended a second phase
with stronger links to research. Lessons from phase I will be presented to the Committee by the
managing authority's head of unit, Mr Stylianos Georgakopoulos, at the first meeting.

This announcement is posted on the website of the Ministry and on the "Diavgeia" transparency portal.

For further information: Directorate for Industrial Policy and Clusters, tel. +30 210 000 0000, clusters@mindev.example

The Secretary-General for Industry
Konstantinos PAPADIMAS
'''
people = [P('Konstantinos PAPADIMAS','Secretary-General for Industry','Ministry of Development'),
 P('Eleni KARAGIANNI-STAVROU','Professor','University of Thessaly'),
 P('Dimitrios ZERVAS','Head of the Directorate for Industrial Policy and Clusters','Ministry of Development'),
 P('Anastasia MOURTZOUKOU','Director of Development Planning','Region of Thessaly'),
 P('Georgios Lamprakis','Senior Researcher','Centre for Research and Technology Hellas'),
 P('Ioanna Tsitsopoulou','independent expert in cluster management',None),
 P('Markus Eilenberger',None,'Hochschule Weihenstephan-Triesdorf'),
 P('Chrysanthi ALEXIOU','Head of Unit','Hellenic Development Bank'),
 P('Athanasios Vlachogiannis','officer','Ministry of Development'),
 P('Maria-Ekaterini Douka','officer','Ministry of Development'),
 P('Nikolaos GOUNARIS','Associate Professor','University of Thessaly'),
 P('Sofia Kalogeropoulou',None,'Ministry of Development'),
 P('Vasileios Tzimas',None,'Region of Thessaly'),
 P('Evangelia Nikopoulou-Rizou',None,'CERTH'),
 P('Pavlos Theocharidis','independent expert',None),
 P('Apostolos Chatzidimitriou',None,'Agricultural University of Athens'),
 P('Stylianos Georgakopoulos',"managing authority's head of unit",None)]
orgs = [O('Ministry of Development'), O('General Secretariat for Industry'), O('Directorate for Industrial Policy and Clusters'),
 O('Region of Thessaly'), O('University of Thessaly'), O('Department of Agriculture, Crop Production and Rural Environment'),
 O('Institute for Bio-Economy and Agri-Technology','iBO'), O('Centre for Research and Technology Hellas','CERTH'),
 O('Hochschule Weihenstephan-Triesdorf'), O('Hellenic Development Bank'), O('Thessalia Galaktos Synergasia'), O('Magnisia Pack Hub'), O('Agricultural University of Athens')]
events = [E('Hearings of applicants','2035-03-17','2035-03-19','Larissa','Greece'),
 E('Final committee meeting','2035-04-02','2035-04-02','Athens','Greece')]
dates = ['2035-02-04','2035-01-30','2034-10-15','2034-12-20','2035-02-10/2035-02-28','2035-03-17/2035-03-19','2035-04-02','2035-04-15','2032/2035','2031/2033','2033-11-14']
save(doc, text, '2035-02-04', people, orgs, events, dates, [])
