import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g11-pdf.txt'
HD = 'SMARTPORT SKILLS – Mid-term Partnership Report'
d = day(2037, 9, 22); d2 = day(2037, 9, 23)
t = f"""{HD}                                                   Interreg Baltic Sea Region

SMARTPORT SKILLS
Building the workforce of the digital port
Mid-term Partnership Report
Kotka, October 2037

Lead partner: Kymenlaakso University of Applied Sciences (Xamk)
Project duration: 1 January 2036 – 31 December 2038

1. The partnership

The SMARTPORT SKILLS project brings together nine partners from five countries
around the Baltic Sea. Each partner combines a port or logistics cluster with a
training provider or a regional authority, so that the skills needed in auto-
mated terminals can be defined by the companies and delivered by the schools
of the same region.

Partner                                              Country    Role
Kymenlaakso University of Applied Sciences (Xamk)    FI         Lead partner
Port of HaminaKotka Ltd                               FI         Port operator
Kotka Maritime Research Centre (Merikotka)            FI         Research
Klaipėda Science and Technology Park (KMTP)           LT         Cluster organisation
Lithuanian Maritime Academy                           LT         Training
Tallinn Logistics Cluster MTÜ                         EE         Cluster organisation
Gdynia Maritime University                            PL         Training
Pomeranian Logistics Cluster Association (PKL)        PL         Cluster organisation
Region Blekinge                                       SE         Regional authority

Associated organisations: Finnish Port Association, Baltic Ports Organization
(BPO), Swedish Transport Administration (Trafikverket).

The project team at the lead partner is led by project manager Dr. Riikka Hän-
ninen, with Mikko Salminen as financial manager and Jenna Ahola as communica-
tion officer. Each work package has a leader:

WP1 Management – Riikka Hänninen (Xamk)
WP2 Skills mapping – Dr. Gintarė Valančiūtė (KMTP)
WP3 Training pilots – Prof. Tomasz Nowicki (Gdynia Maritime University)
WP4 Policy and transfer – Karin Lindqvist (Region Blekinge)

__________________________________________________________________________
                                                                          1

{HD}                                                   Interreg Baltic Sea Region

2. Meetings held so far

The kick-off meeting took place in Kotka on 14–15 March 2036 at the Merikotka
premises, with a visit to the automated container terminal at Mussalo. The
second partner meeting was hosted by KMTP in Klaipėda on 5–6 October 2036, the
third by Tallinn Logistics Cluster on 20–21 April 2037, where the partners
adopted the common skills matrix.

The mid-term conference was held in Gdynia on {d} and {d2}, 22–23 September
2037, jointly with the annual meeting of the Pomeranian Logistics Cluster. It
gathered 140 participants, among them 38 port employers. Opening speeches
were given by Marta Grabowska, Vice-Marshal of the Pomorskie Voivodeship, and
by Henrik Sjöberg, Chair of the Baltic Ports Organization. On the second day
the participants visited the training simulator of Gdynia Maritime University.

The partners also agreed on the composition of the project steering committee,
which meets after each partner meeting. It is chaired by Riikka Hänninen; the
other members are Gintarė Valančiūtė, Tomasz Nowicki, Karin Lindqvist, Aivar
Tamm (Tallinn Logistics Cluster) and Ewa Kowalczyk (PKL). Observers from the
Joint Secretariat of the programme attend when invited.

3. Key findings at mid-term

- Three out of four port employers surveyed expect to retrain more than half
  of their crane and gate staff by 2040, but only one in five has a training
  plan.
- Cluster organisations are trusted intermediaries: companies shared workforce
  data with the clusters that they would not share with schools or authorities.
- Short modular courses (under 40 hours) are preferred by employers over full
  degree programmes.
- Training providers lack access to real terminal software; simulators shared
  across the region are the most cost-effective answer.

__________________________________________________________________________
                                                                          2

{HD}                                                   Interreg Baltic Sea Region

The skills mapping (WP2) covered 212 companies in the five countries. The
survey was run by the cluster organisations between May and November 2036,
mostly in face-to-face interviews with production and HR managers. Its full
results are published in a separate report, available on the project website
in English, Finnish, Lithuanian, Estonian, Polish and Swedish.

4. Recommendations to regional authorities

1. Recognise short modular port courses in regional adult education funding.
2. Co-finance a shared simulator network among the Baltic port regions.
3. Give port clusters a formal seat in the regional skills councils.

Several partners have already acted on these recommendations. Region Blekinge
included port courses in its adult education plan for 2038, and the Port of
HaminaKotka Ltd opened its simulator to students of Xamk two days a week. In
Klaipėda, KMTP and the Lithuanian Maritime Academy agreed to design a joint
module on remote crane operation, to be tested with the first group of crane
operators in spring 2038.

5. Next steps

The fourth partner meeting will be held in Karlskrona on {day(2038,2,10)} 10 February 2038,
hosted by Region Blekinge. The final conference is planned for September 2038 in
Kotka. The pilot courses will run from January to June 2038 in all five coun-
tries; the results will be presented to the Baltic Sea Region programme in the
final report due on 31 March 2039.

Contact
Dr. Riikka Hänninen, Project Manager, Xamk
riikka.hanninen@xamk.fi · +358 44 555 7021
www.smartportskills.eu

The project is co-funded by the European Union (Interreg Baltic Sea Region).
The content of this report reflects the views of the authors only.

__________________________________________________________________________
                                                                          3
"""
write(F, t)
X = 'Kymenlaakso University of Applied Sciences'
people = [P('Gintarė Valančiūtė', 'leader', 'KMTP'), P('Tomasz Nowicki', 'leader', 'Gdynia Maritime University'),
 P('Karin Lindqvist', 'leader', 'Region Blekinge'), P('Mikko Salminen', 'financial manager', 'Xamk'),
 P('Jenna Ahola', None, 'Xamk'), P('Marta Grabowska', 'Vice-Marshal of the Pomorskie Voivodeship', 'Pomorskie Voivodeship'),
 P('Henrik Sjöberg', 'Chair', 'Baltic Ports Organization'), P('Riikka Hänninen', 'Project Manager', 'Xamk'), P('Aivar Tamm', 'member', 'Tallinn Logistics Cluster'), P('Ewa Kowalczyk', 'member', 'PKL')]
orgs = [O(X, 'Xamk'), O('Port of HaminaKotka Ltd'), O('Kotka Maritime Research Centre', 'Merikotka'),
 O('Klaipėda Science and Technology Park', 'KMTP'), O('Lithuanian Maritime Academy'), O('Tallinn Logistics Cluster MTÜ'),
 O('Gdynia Maritime University'), O('Pomeranian Logistics Cluster Association', 'PKL'), O('Region Blekinge'),
 O('Finnish Port Association'), O('Baltic Ports Organization', 'BPO'), O('Swedish Transport Administration', 'Trafikverket'),
 O('Pomorskie Voivodeship'), O('European Union'), O('Joint Secretariat')]
events = [E('kick-off meeting', '2036-03-14', '2036-03-15', 'Kotka', 'Finland'),
 E('visit to the automated container terminal at Mussalo', '2036-03-14', '2036-03-15', 'Kotka', 'Finland'),
 E('second partner meeting', '2036-10-05', '2036-10-06', 'Klaipėda', 'Lithuania'),
 E('third partner meeting', '2037-04-20', '2037-04-21', 'Tallinn', 'Estonia'),
 E('mid-term conference', '2037-09-22', '2037-09-23', 'Gdynia', 'Poland'),
 E('annual meeting of the Pomeranian Logistics Cluster', '2037-09-22', '2037-09-23', 'Gdynia', 'Poland'),
 E('visited the training simulator of Gdynia Maritime University', '2037-09-23', None, 'Gdynia', 'Poland'),
 E('fourth partner meeting', '2038-02-10', None, 'Karlskrona', 'Sweden'),
 E('final conference', '2038-09', None, 'Kotka', 'Finland')]
dates = ['2037-10', '2036-01-01/2038-12-31', '2036-03-14/2036-03-15', '2036-10-05/2036-10-06', '2037-04-20/2037-04-21',
 '2037-09-22/2037-09-23', '2040', '2038-02-10', '2038-09', '2038-01/2038-06', '2039-03-31', '2036-05/2036-11', '2038']
km = ['Three out of four port employers surveyed expect to retrain more than half of their crane and gate staff by 2040, but only one in five has a training plan',
 'Cluster organisations are trusted intermediaries: companies shared workforce data with the clusters that they would not share with schools or authorities',
 'Short modular courses (under 40 hours) are preferred by employers over full degree programmes',
 'Training providers lack access to real terminal software; simulators shared across the region are the most cost-effective answer',
 'Recognise short modular port courses in regional adult education funding',
 'Co-finance a shared simulator network among the Baltic port regions',
 'Give port clusters a formal seat in the regional skills councils']
gold(F, people, orgs, events, dates, km, pub=None)
