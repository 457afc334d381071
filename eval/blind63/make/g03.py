from h import *
F = 'brittany-blue-tech-summer-academy-2035.txt'
T = f"""BLUE TECH SUMMER ACADEMY 2035
Brest, Brittany | {wd(2035,6,25)} 25 June – {wd(2035,7,20)} 20 July 2035
Organised by Pôle Mer Bretagne Atlantique with the Université de Bretagne Occidentale (UBO) and the École nationale supérieure de techniques avancées Bretagne (ENSTA Bretagne)

Applications open: 15 January 2035 | Deadline: 16 March 2035 | Results: mid-April 2035

------------------------------------------------------------
ABOUT THE ACADEMY
------------------------------------------------------------
The Blue Tech Summer Academy is a four-week programme for doctoral candidates, young engineers and staff of small companies working in marine technologies. It combines lectures, lab sessions at the Technopôle Brest-Iroise, a sea campaign on a research vessel and a team project set by companies of the cluster. The working language is English. This is the fourth edition; the first was held in 2031 in Lorient, and the academy has been held in Brest since 2033.

Participants receive 6 ECTS credits from UBO on completion of the team project. Thirty-two places are available. Tuition is free for participants from companies that are members of Pôle Mer Bretagne Atlantique; the fee for others is EUR 1,450, including accommodation in the student residence at Kergoat.

Academic director: Prof. Gwenaëlle Le Bihan-Quéré, UBO, Laboratory of Marine Geosciences
Programme manager: Yann Kerhervé, Pôle Mer Bretagne Atlantique
Industry coordinator: Dr. Ana Sofia Gonçalves Pinto, Ifremer Brest

------------------------------------------------------------
WEEK 1 | 25–29 June 2035 | OCEAN OBSERVATION
------------------------------------------------------------
Module 1.1  Sensors and platforms for ocean observation
            Lecturer: Dr. Thibault de Kersauson (Ifremer)
Module 1.2  Data from gliders and buoys: formats, quality control, open data
            Lecturer: Dr. Ingrid Vestergaard (Norwegian Institute of Marine Research)
Module 1.3  Visit to the Ifremer centre and the Océanopolis aquarium
{wd(2035,6,25)} evening: welcome dinner at the Ateliers des Capucins, with a word of welcome by Marie-Laure Guéguen, Vice-President of the Brittany Region in charge of the maritime economy.

------------------------------------------------------------
WEEK 2 | 2–6 July 2035 | MARINE ROBOTICS AND NAVAL SYSTEMS
------------------------------------------------------------
Module 2.1  Autonomous surface and underwater vehicles
            Lecturer: Prof. Luc Jaulin-Morvan (ENSTA Bretagne)
Module 2.2  Cyber security of ships and ports
            Lecturers: Capt. Erwan Le Gall (France Cyber Maritime) and Katarzyna Wiśniewska-Roy (Naval Group)
Module 2.3  Lab day: programming an underwater drone in the ENSTA Bretagne test tank
{wd(2035,7,4)} 4 July: company day with pitches from eight cluster members, including iXblue, Naval Group, Thalès DMS and the start-up Kraken Hydrographie SAS.

------------------------------------------------------------
WEEK 3 | 9–13 July 2035 | MARINE RENEWABLE ENERGY
------------------------------------------------------------
Module 3.1  Floating offshore wind: design, mooring, maintenance
            Lecturer: Dr. Pádraig Ó Conaill (University College Cork, MaREI Centre)
Module 3.2  Tidal energy and the Raz Blanchard resource
            Lecturer: Hélène Moal-Lefèvre (France Energies Marines)
Module 3.3  Sea campaign on board the research vessel Thalia, 10–11 July 2035 (two groups, weather permitting)
Module 3.4  Site visit to the port of Brest renewable energy terminal

------------------------------------------------------------
WEEK 4 | 16–20 July 2035 | FROM PROTOTYPE TO MARKET
------------------------------------------------------------
Module 4.1  Intellectual property and standards in marine technology
            Lecturer: Mag. Johanna Pichler-Dufour (European Patent Office)
Module 4.2  Funding for blue start-ups: regional, national and EU sources
            Lecturers: Olivier Tanguy (Bpifrance Brest) and Dr. Ruta Kazlauskienė (European Climate, Infrastructure and Environment Executive Agency, CINEA)
Module 4.3  Team project work and coaching
{wd(2035,7,19)} 19 July, 14:00: final presentations of the team projects to a jury of cluster members, chaired by Frédéric Le Menn, Managing Director of Pôle Mer Bretagne Atlantique
{wd(2035,7,20)} 20 July: closing ceremony and certificates; departure

------------------------------------------------------------
TEAM PROJECTS 2035
------------------------------------------------------------
Each team of four works on a challenge set by a company or lab of the cluster, for example:
 - Low-cost turbidity sensors for oyster farmers in the Bay of Morlaix (set by the Comité régional de la conchyliculture Bretagne Nord)
 - Predictive maintenance for tidal turbine blades (set by Sabella SAS)
 - Open data dashboard for the Iroise marine natural park (set by the French Biodiversity Agency, OFB)

------------------------------------------------------------
WHO CAN APPLY
------------------------------------------------------------
PhD candidates and postdocs in engineering, oceanography or data science; engineers with up to five years of experience; founders and staff of start-ups in the marine sector. Applicants from Atlantic Arc regions (Ireland, Galicia, Asturias, Cornwall, Nouvelle-Aquitaine) are particularly welcome thanks to the support of the Atlantic Maritime Cluster Network.

What participants said about the 2034 edition: most valued the sea campaign and the direct contact with companies; several asked for more time for the team projects, which is why week 4 now has two full days of project work. Four of the 2034 team projects have continued as joint projects between participants and cluster members, and one has become a start-up.

How to apply: online form with CV, motivation letter (one page) and a letter of support. The selection committee meets on 2 April 2035.

------------------------------------------------------------
PREVIOUS EDITIONS
------------------------------------------------------------
2031 Lorient – 22 participants, theme: naval construction
2033 Brest – 28 participants, theme: ocean data
2034 Brest – 31 participants, theme: offshore wind

Contact: academy@polemer-ba.example | Pôle Mer Bretagne Atlantique, 40 rue Jim Sévellec, 29200 Brest
"""
write(F, T)
PM='Pôle Mer Bretagne Atlantique'
gold(F,
 [P('Gwenaëlle Le Bihan-Quéré','Academic director','UBO'), P('Yann Kerhervé','Programme manager',PM), P('Ana Sofia Gonçalves Pinto','Industry coordinator','Ifremer Brest'),
  P('Thibault de Kersauson','Lecturer','Ifremer'), P('Ingrid Vestergaard','Lecturer','Norwegian Institute of Marine Research'),
  P('Marie-Laure Guéguen','Vice-President of the Brittany Region in charge of the maritime economy',None), P('Luc Jaulin-Morvan','Lecturer','ENSTA Bretagne'),
  P('Erwan Le Gall','Lecturer','France Cyber Maritime'), P('Katarzyna Wiśniewska-Roy','Lecturer','Naval Group'),
  P('Pádraig Ó Conaill','Lecturer','MaREI Centre'), P('Hélène Moal-Lefèvre','Lecturer','France Energies Marines'),
  P('Johanna Pichler-Dufour','Lecturer','European Patent Office'), P('Olivier Tanguy','Lecturer','Bpifrance Brest'),
  P('Ruta Kazlauskienė','Lecturer','European Climate, Infrastructure and Environment Executive Agency'), P('Frédéric Le Menn','Managing Director',PM)],
 [O(PM), O('Université de Bretagne Occidentale','UBO'), O('École nationale supérieure de techniques avancées Bretagne','ENSTA Bretagne'), O('Technopôle Brest-Iroise'),
  O('Laboratory of Marine Geosciences'), O('Ifremer'), O('Norwegian Institute of Marine Research'), O('Océanopolis'), O('Brittany Region'),
  O('France Cyber Maritime'), O('Naval Group'), O('iXblue'), O('Thalès DMS'), O('Kraken Hydrographie SAS'), O('University College Cork'), O('MaREI Centre'),
  O('France Energies Marines'), O('European Patent Office'), O('Bpifrance Brest'), O('European Climate, Infrastructure and Environment Executive Agency','CINEA'),
  O('Comité régional de la conchyliculture Bretagne Nord'), O('Sabella SAS'), O('French Biodiversity Agency','OFB'), O('Atlantic Maritime Cluster Network')],
 [E('Blue Tech Summer Academy 2035','2035-06-25','2035-07-20','Brest','France'), E('welcome dinner','2035-06-25','2035-06-25','Brest','France'),
  E('company day','2035-07-04','2035-07-04','Brest','France'), E('Sea campaign on board the research vessel Thalia','2035-07-10','2035-07-11',None,None),
  E('final presentations of the team projects','2035-07-19','2035-07-19','Brest','France'), E('closing ceremony','2035-07-20','2035-07-20','Brest','France'),
  E('Blue Tech Summer Academy (2031 edition)','2031','2031','Lorient','France'), E('Blue Tech Summer Academy (2033 edition)','2033','2033','Brest','France'),
  E('Blue Tech Summer Academy (2034 edition)','2034','2034','Brest','France')],
 ['2035-06-25/2035-07-20','2035-01-15','2035-03-16','2035-04','2031','2033','2035-06-25/2035-06-29','2035-07-02/2035-07-06','2035-07-04','2035-07-09/2035-07-13',
  '2035-07-10/2035-07-11','2035-07-16/2035-07-20','2035-07-19','2035-07-20','2035-04-02','2034'])
