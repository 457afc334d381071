from h import *
F = 'bioeconomy-academy-2034-course-brochure-pdf.txt'
T = '''Mid Sweden Bioeconomy Academy 2034 · Course brochure                                    1

MID SWEDEN BIOECONOMY ACADEMY 2034
Training course for managers and engineers in the forest-based industry
Six modules · February – June 2034 · Sundsvall, Örnsköldsvik and online

Organised by Processum Biorefinery Cluster Västernorrland and Mid Sweden
University (Mittuniversitetet), in cooperation with the Swedish
Forest Industries Federation (Skogsindustrierna) and Region Västernorrland

Published 14 November 2033

WHY THIS COURSE

The pulp and paper mills of Västernorrland are changing faster than at any
time since the 1970s. New products – textile fibres, lignin-based carbon, bio-
chemicals and timber for multi-storey buildings – need people who under-
stand both the mill and the market. The Bioeconomy Academy gives middle
managers, process engineers and business developers a compact, practical
overview in six modules, taught by researchers and industry experts. Parti-
cipants work on a case from their own company throughout the course.

TARGET GROUP AND FORMAT

• 24 participants from member companies of the cluster and partner firms
• Six modules of one and a half days each (modules 3 and 5 online)
• Total of 60 hours including the individual case
• Language: English and Swedish (slides in English)
• Certificate of Mid Sweden University, 7.5 higher-education credits (op-
  tional exam)

WHAT YOU WILL LEARN

After the course, participants will be able to describe the main process
routes from wood to new products and their costs; to assess a new product
idea against market data and customer needs; to calculate the energy and
water balance of a simple mill process; and to plan and lead a change pro-
ject with their own teams. The individual case is supervised by a mentor
from the cluster or the university and ends with a written plan of ten
pages and a short presentation in module 6.

COURSE DIRECTORS

Prof. Dr. Per Engstrand-Lundqvist, Professor of Chemical Engineering, Mid
Sweden University (academic director)
Annika Sjölander-Brandt, Competence Manager, Processum Biorefinery Clus-
ter Västernorrland (course manager)

Mid Sweden Bioeconomy Academy 2034 · Course brochure                                    2

THE SIX MODULES

Module 1 – The forest-based value chain in 2034
Wednesday 8 – Thursday 9 February 2034, Sundsvall, Mid Sweden University,
Campus Sundsvall
Lecturers: Prof. Dr. Per Engstrand-Lundqvist; Malin Åkerström, Chief
Economist, Skogsindustrierna
Mill visit: SCA Ortviken paper mill (now a CTMP and textile-fibre plant)

Module 2 – Biorefinery processes and products
Tuesday 7 – Wednesday 8 March 2034, Örnsköldsvik, Processum test bed
Lecturers: Dr. Johanna Lindgren-Stolt, Head of Pilot Operations, Processum
AB; Dr. Arvid Hagström, Senior Scientist, RISE Research Institutes of Sweden
Visit: Domsjö Fabriker AB (specialty cellulose)

Module 3 – Markets, customers and pricing (online)
Monday 10 April 2034, 09:00–16:00, and Tuesday 11 April 2034, 09:00–
12:00
Lecturers: Sophie van Dijk-Mulder, Partner, Pöyry Bioeconomy Advisory (Am-
sterdam); Jonas Eriksson, Business Developer, Holmen AB

Module 4 – Circular fibre, energy and water
Tuesday 2 – Wednesday 3 May 2034, Sundsvall
Lecturers: Dr. Katarina Nordin, Environment Manager, SCA;
Magnus Bäckström, Energy Advisor, Energikontoret Västernorrland
Workshop on water reuse with Dr. Riikka Laaksonen, VTT Technical
Research Centre of Finland

Mid Sweden Bioeconomy Academy 2034 · Course brochure                                    3

Module 5 – Leading change in the mill (online)
Monday 22 May 2034, 09:00–16:00, and Tuesday 23 May 2034, 09:00–12:00
Lecturers: Emma Falk, Leadership Coach, Falk & Partners AB; Bengt-Olof
Wiklund, former Mill Manager, Husum pulp mill

Module 6 – Case presentations and graduation
Monday 12 – Tuesday 13 June 2034, Örnsköldsvik
Participants present their company cases to a panel of three: Prof. Dr.
Per Engstrand-Lundqvist; Lena Holmström, Director of Regional
Development, Region Västernorrland; and Tobias Sandberg, CEO, Processum
Biorefinery Cluster Västernorrland. Graduation dinner at Hotel Ö-vik on
12 June 2034.

NOTE ON DATES: Module 3 was originally planned for 4–5 April 2034 and was
moved to 10–11 April 2034 because two of the lecturers were at a customer
fair in Amsterdam on the original dates. Note that 10 April is Easter Monday
in Sweden; the online format makes this possible, and recordings will be
available for participants who take the day off.

FEES AND FUNDING

Members of the cluster: SEK 28,000 per participant
Non-members: SEK 39,000
The fee covers teaching, materials, lunches and the graduation dinner.
Travel and hotel are not included. Up to 50% of the fee can be covered
for SMEs through the regional competence fund of Region Västernor-
rland (apply by 15 December 2033).

APPLICATION

Apply by Thursday 12 January 2034 with a short description of your planned
case (max. one page). Participants will be selected by the course direc-
tors by 19 January 2034. Preference is given to applicants from SMEs and
to teams of two from the same company.

EARLIER COURSES

The Academy was first held in 2031 (18 participants) and again in 2032
(22 participants). There was no course in 2033, when the programme was re-
designed together with Skogsindustrierna. An alumni meeting for all former
participants will take place on 13 June 2034, right after the graduation.

CONTACT

Annika Sjölander-Brandt, Competence Manager
Processum Biorefinery Cluster Västernorrland
academy@processum.example · +46 660 00 00 00

Mid Sweden Bioeconomy Academy 2034 · Course brochure                                    4
'''
write_text(F, T)
PR = 'Processum Biorefinery Cluster Västernorrland'; MIUN = 'Mid Sweden University'
gold(F, '2033-11-14',
 [P('Per Engstrand-Lundqvist','Professor of Chemical Engineering',MIUN),
  P('Annika Sjölander-Brandt','Competence Manager',PR),
  P('Malin Åkerström','Chief Economist','Skogsindustrierna'),
  P('Johanna Lindgren-Stolt','Head of Pilot Operations','Processum AB'),
  P('Arvid Hagström','Senior Scientist','RISE Research Institutes of Sweden'),
  P('Sophie van Dijk-Mulder','Partner','Pöyry Bioeconomy Advisory'),
  P('Jonas Eriksson','Business Developer','Holmen AB'),
  P('Katarina Nordin','Environment Manager','SCA'),
  P('Magnus Bäckström','Energy Advisor','Energikontoret Västernorrland'),
  P('Riikka Laaksonen',None,'VTT Technical Research Centre of Finland'),
  P('Emma Falk','Leadership Coach','Falk & Partners AB'),
  P('Bengt-Olof Wiklund','former Mill Manager','Husum pulp mill'),
  P('Lena Holmström','Director of Regional Development','Region Västernorrland'),
  P('Tobias Sandberg','CEO',PR)],
 [O(PR),O(MIUN,'Mittuniversitetet'),O('Swedish Forest Industries Federation','Skogsindustrierna'),O('Region Västernorrland'),O('Processum AB'),O('RISE Research Institutes of Sweden'),
  O('Domsjö Fabriker AB'),O('Pöyry Bioeconomy Advisory'),O('Holmen AB'),O('SCA'),O('Energikontoret Västernorrland'),
  O('VTT Technical Research Centre of Finland'),O('Falk & Partners AB'),O('Husum pulp mill')],
 [E('Mid Sweden Bioeconomy Academy 2034','2034-02-08','2034-06-13','Sundsvall, Örnsköldsvik','Sweden'),
  E('Module 1 – The forest-based value chain in 2034','2034-02-08','2034-02-09','Sundsvall','Sweden'),
  E('Module 2 – Biorefinery processes and products','2034-03-07','2034-03-08','Örnsköldsvik','Sweden'),
  E('Module 3 – Markets, customers and pricing','2034-04-10','2034-04-11'),
  E('Module 4 – Circular fibre, energy and water','2034-05-02','2034-05-03','Sundsvall','Sweden'),
  E('Module 5 – Leading change in the mill','2034-05-22','2034-05-23'),
  E('Module 6 – Case presentations and graduation','2034-06-12','2034-06-13','Örnsköldsvik','Sweden'),
  E('Mid Sweden Bioeconomy Academy (2031)','2031'),
  E('Mid Sweden Bioeconomy Academy (2032)','2032'),
  E('alumni meeting','2034-06-13')],
 ['2034-02/2034-06','2033-11-14','2034-02-08/2034-02-09','2034-03-07/2034-03-08','2034-04-10','2034-04-11','2034-04-10/2034-04-11','2034-05-02/2034-05-03',
  '2034-05-22','2034-05-23','2034-06-12/2034-06-13','2034-06-12','2034-04-04/2034-04-05','2033-12-15','2034-01-12','2034-01-19','2031','2032','2033','2034-06-13','2034'],
 [])
