from h import *
doc = "CABF_rezultate-alegeri-consiliu-director_2035.txt"
T = """CLUSTERUL AUTO BRAȘOV-FĂGĂRAȘ (CABF)
Brașov Automotive Cluster

ELECTION RESULTS – BOARD OF DIRECTORS, TERM 2035–2039
(Rezultatele alegerilor pentru Consiliul Director)

Brașov, 21.11.2035

The Electoral Commission of the Brașov Automotive Cluster publishes the results of the elections held at the ordinary General Assembly of 20 November 2035 at the Aro Palace conference centre in Brașov. Of the 87 member organisations, 64 were present or represented by proxy; 64 ballots were cast, 63 valid and 1 void. The quorum required by Article 14 of the statutes (half of the members plus one) was met.

1. PRESIDENT
Candidates:
- Adriana MUREȘAN-POPA, General Manager, Carpatec Components S.R.L. – 41 votes – ELECTED
- Sorin DUMITRESCU, Plant Director, Făgăraș Precision Castings S.A. – 22 votes

Adriana MUREȘAN-POPA succeeds Horia TĂNASE (Brașovia Gear Systems S.A.), president from 2027 to 2035, who did not stand again.

2. VICE-PRESIDENTS (two seats)
- Sorin DUMITRESCU, Făgăraș Precision Castings S.A. – 48 votes – ELECTED
- Prof. dr. ing. Liviu-Gabriel NEAGU, Dean, Faculty of Mechanical Engineering, Universitatea Transilvania din Brașov – 45 votes – ELECTED
- Cristian BOTEZ, Managing Partner, Botez Engineering S.R.L. – 27 votes

3. MEMBERS OF THE BOARD (four seats)
- Gabriela IONESCU-VLAD, HR Director, Bârsa Kabel S.R.L. – 52 votes – ELECTED
- Andrei CRĂCIUN, founder, RoboLine Automation S.R.L. – 44 votes – ELECTED
- Cristian BOTEZ, Botez Engineering S.R.L. – 39 votes – ELECTED
- Ioana-Maria LUPU, Brașov Metropolitan Agency for Sustainable Development – 36 votes – ELECTED
- Radu SZÉKELY, Quality Manager, Codlea Plastic Parts S.R.L. – 31 votes
- Mihaela FLOREA, Director, Colegiul Tehnic "Remus Răduleț" – 19 votes

4. CENSOR (auditor)
- Elena GHIȚĂ, certified auditor (expert contabil), Audit Cont Brașov S.R.L. – 58 votes – ELECTED (unopposed)

Turnout by member category: large companies 14 of 16, SMEs 38 of 55, universities and schools 5 of 7, public bodies and support organisations 7 of 9. Voting was by secret paper ballot; members represented by proxy voted through their proxy holder, and no member held more than two proxies, as the statutes require. The count started at 16:10 and was completed at 17:05 in the presence of two observers named by the Assembly.

5. TIES AND CONTESTATIONS
There were no ties. No contestations were filed within the 48-hour period ending on 22 November 2035 at 12:00.

The new Board of Directors takes office on 1 December 2035. Its first meeting is convened for 4 December 2035 at the cluster headquarters, Str. Turnului 0, Brașov. The executive director of the cluster, Bogdan RUSU, remains in office and acts as secretary of the Board.

Composition of the Board of Directors 2035–2039:
President: Adriana MUREȘAN-POPA (Carpatec Components S.R.L.)
Vice-presidents: Sorin DUMITRESCU (Făgăraș Precision Castings S.A.); Liviu-Gabriel NEAGU (Universitatea Transilvania din Brașov)
Members: Gabriela IONESCU-VLAD; Andrei CRĂCIUN; Cristian BOTEZ; Ioana-Maria LUPU
Censor: Elena GHIȚĂ

Statement of the new president
"Thank you for your trust. The next four years will decide whether the suppliers of the Brașov-Făgăraș area move into electric drivetrains or lose their customers. I will work for more joint projects with the university, a common training centre and a stronger voice in Bucharest and Brussels," said Adriana MUREȘAN-POPA after the count.

The outgoing president Horia TĂNASE was proclaimed honorary president of the cluster by acclamation.

Electoral Commission
Chair: Victor ANGHEL (Camera de Comerț și Industrie Brașov)
Members: Oana PETRE (ADR Centru), Marius STOICA (CABF member, Stoica Logistic S.R.L.)

Documents: Minutes of the General Assembly of 20.11.2035 (available to members in the extranet) · Statutes of CABF (2019, amended 2031)
Next General Assembly: spring 2036 (approval of the 2035 accounts).
Contact: secretariat@cabf.example · +40 268 000 190
"""
C = "CLUSTERUL AUTO BRAȘOV-FĂGĂRAȘ"
people = [
 P("Adriana MUREȘAN-POPA", "President", C),
 P("Sorin DUMITRESCU", "Vice-president", C),
 P("Horia TĂNASE", "honorary president", C),
 P("Liviu-Gabriel NEAGU", "Vice-president", C),
 P("Cristian BOTEZ", "Managing Partner", "Botez Engineering S.R.L."),
 P("Gabriela IONESCU-VLAD", "HR Director", "Bârsa Kabel S.R.L."),
 P("Andrei CRĂCIUN", "founder", "RoboLine Automation S.R.L."),
 P("Ioana-Maria LUPU", None, "Brașov Metropolitan Agency for Sustainable Development"),
 P("Radu SZÉKELY", "Quality Manager", "Codlea Plastic Parts S.R.L."),
 P("Mihaela FLOREA", "Director", 'Colegiul Tehnic "Remus Răduleț"'),
 P("Elena GHIȚĂ", "Censor", C),
 P("Bogdan RUSU", "executive director", C),
 P("Victor ANGHEL", None, "Camera de Comerț și Industrie Brașov"),
 P("Oana PETRE", None, "ADR Centru"),
 P("Marius STOICA", None, "Stoica Logistic S.R.L."),
]
orgs = [O(C, "CABF"), O("Carpatec Components S.R.L."), O("Făgăraș Precision Castings S.A."), O("Brașovia Gear Systems S.A."),
 O("Faculty of Mechanical Engineering"), O("Universitatea Transilvania din Brașov"), O("Botez Engineering S.R.L."),
 O("Bârsa Kabel S.R.L."), O("RoboLine Automation S.R.L."), O("Brașov Metropolitan Agency for Sustainable Development"),
 O("Codlea Plastic Parts S.R.L."), O('Colegiul Tehnic "Remus Răduleț"'), O("Audit Cont Brașov S.R.L."),
 O("Camera de Comerț și Industrie Brașov"), O("ADR Centru"), O("Stoica Logistic S.R.L.")]
events = [
 E("ordinary General Assembly of the Brașov Automotive Cluster", "2035-11-20", "2035-11-20", "Brașov", "Romania"),
 E("first meeting of the Board of Directors", "2035-12-04", "2035-12-04", "Brașov", "Romania"),
 E("General Assembly 2036", "2036", "2036", None, None),
]
dates = ["2035/2039", "2035-11-21", "2035-11-20", "2027/2035", "2035-11-22", "2035-12-01", "2035-12-04", "2019", "2031", "2036", "2035"]
save(doc, T, "2035-11-21", people, orgs, events, dates, [])
