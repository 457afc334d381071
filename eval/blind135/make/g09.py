from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_aosta_skills_study_summary.eml'
assert wd(2034,9,25)=='Monday' and wd(2034,10,12)=='Thursday' and wd(2034,9,14)=='Thursday'
body = """Dear Chiara,

As promised at our call last week, please find below the summary of the skills study for the steering committee. The full report (64 pages, with the annexes on the survey method) follows by WeTransfer this afternoon; the figures in the summary are final, the wording of chapter 5 may still change slightly after Joëlle's review.

Could you let me know by Friday whether the committee wants us to present the findings in person on 12 October? If so, Matthias and I would come up from Turin the evening before.

Best regards,
Stefano

--
Stefano Gallo-Vercellone
Senior Consultant, Regional Development Practice
Alpimetrica S.r.l. – Corso Vittorio Emanuele II 12, 10123 Torino
+39 011 000 0000 | s.gallo@alpimetrica.example.it

------------------------------------------------------------------
SKILLS FOR MOUNTAIN TECHNOLOGIES
Study on the skills needs of the Aosta Valley mountain technologies cluster – Summary
Prepared for: Cluster Montagna Tech Valle d'Aosta (CMTVdA) and the Autonomous Region of Aosta Valley, Department of Industry
Authors: Stefano Gallo-Vercellone, Matthias Oberhuber, Joëlle Perrin-Bertin (Alpimetrica S.r.l.)
Version: 25 September 2034

Background
The cluster brings together 57 companies working on ropeways, snow-making, avalanche protection, mountain construction and outdoor equipment, together with the Fondazione Montagna Sicura in Courmayeur and the Politecnico di Torino's Aosta campus. In spring 2034 the cluster's board asked for a study of the skills that its members will need between 2035 and 2040, as more than a third of the technical staff in the sector will retire in that period.

Method
Between April and July 2034 the team ran an online survey of member companies (41 replies), 22 interviews with managers and trainers and two focus groups, one in Aosta on 6 June and one in Pont-Saint-Martin on 20 June. Results were compared with similar studies in Tyrol and Savoie, with the kind help of Standortagentur Tirol and the Cluster Montagne association in Chambéry.

Key findings
- Companies expect to recruit around 340 technicians by 2040, two thirds of them to replace retiring staff
- The greatest shortage is in electrical and automation skills for ropeway maintenance, followed by hydraulics for snow-making
- Only 9% of companies have a structured training plan; most rely on learning on the job from older colleagues
- Young people in the valley know little about the sector: fewer than one student in five in the last year of technical school could name a member company
- French-language skills are a clear advantage for work in Savoie and Valais, where several members already have most of their clients

Recommendations
1. Set up a two-year higher technical course (ITS) in ropeway and snow-making technologies in Aosta from autumn 2035
2. Create a shared apprenticeship scheme in which small companies can train apprentices together
3. Run an annual "Mountain Tech Open Day" in member companies for secondary-school students
4. Build a training partnership with the Savoie and Tyrol clusters, including staff exchanges

Next steps
The findings will be presented to the cluster's steering committee on Thursday 12 October 2034 and, if approved, to the Regional Council's committee on economic development in November.
------------------------------------------------------------------

> On Thu, 14 Sep 2034 at 16:40, Chiara Rosset <c.rosset@cmtvda.example.it> wrote:
> Dear Stefano,
> Thank you for the draft. The board liked the recommendations, but Marco Jacquemod (our President) asked whether you could add one line on the language question, since so many of our members work across the border. Could we have the summary by the end of the month?
> Many thanks,
> Chiara Rosset
> Cluster Manager, Cluster Montagna Tech Valle d'Aosta
"""
m = EmailMessage()
m['From'] = 'Stefano Gallo-Vercellone <s.gallo@alpimetrica.example.it>'
m['To'] = 'Chiara Rosset <c.rosset@cmtvda.example.it>'
m['Cc'] = 'Matthias Oberhuber <m.oberhuber@alpimetrica.example.it>'
m['Subject'] = 'Re: Skills study – summary for the steering committee'
m['Date'] = format_datetime(datetime.datetime(2034,9,25,11,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C="Cluster Montagna Tech Valle d'Aosta"; A="Alpimetrica S.r.l."
gold(F,
 [P("Chiara Rosset","Cluster Manager",C),
  P("Stefano Gallo-Vercellone","Senior Consultant",A),
  P("Matthias Oberhuber",None,A),
  P("Joëlle Perrin-Bertin",None,A),
  P("Marco Jacquemod","President",C)],
 [O(A), O(C,"CMTVdA"), O("Autonomous Region of Aosta Valley"), O("Department of Industry"),
  O("Fondazione Montagna Sicura"), O("Politecnico di Torino"), O("Standortagentur Tirol"), O("Cluster Montagne"),
  O("Regional Council")],
 [E("focus groups","2034-06-06",None,"Aosta","Italy"),
  E("focus groups","2034-06-20",None,"Pont-Saint-Martin","Italy"),
  E("steering committee","2034-10-12",None,None,None),
  E("committee on economic development","2034-11",None,None,None)],
 ["2034-09-25","2034-10-12","2034","2035/2040","2034-04/2034-07","2034-06-06","2034-06-20","2040","2035","2034-11","2034-09-14"],
 ["Companies expect to recruit around 340 technicians by 2040, two thirds of them to replace retiring staff",
  "The greatest shortage is in electrical and automation skills for ropeway maintenance, followed by hydraulics for snow-making",
  "Only 9% of companies have a structured training plan; most rely on learning on the job from older colleagues",
  "Young people in the valley know little about the sector: fewer than one student in five in the last year of technical school could name a member company",
  "French-language skills are a clear advantage for work in Savoie and Valais, where several members already have most of their clients",
  "Set up a two-year higher technical course (ITS) in ropeway and snow-making technologies in Aosta from autumn 2035",
  "Create a shared apprenticeship scheme in which small companies can train apprentices together",
  "Run an annual \"Mountain Tech Open Day\" in member companies for secondary-school students",
  "Build a training partnership with the Savoie and Tyrol clusters, including staff exchanges"],
 pub="2034-09-25")
