from h import *
F = 'g04_bistrita_wood_cluster_newsletter-pdf.txt'
assert wd(2037,6,10)=='Wednesday' and wd(2037,6,11)=='Thursday' and wd(2037,9,16)=='Wednesday' and wd(2037,9,17)=='Thursday' and wd(2037,5,19)=='Tuesday' and wd(2037,8,31)=='Monday'
T = """TRANSILVANIA NORD WOOD CLUSTER – NEWSLETTER 2/2037                                    page 1 of 3

Transilvania Nord Wood Cluster
Newsletter no. 2/2037 · July 2037
Editor: Ioana Moldovan-Şerban, communication officer

Dear members and friends,

the first half of 2037 was busy: we welcomed six new members, held
our General Assembly, ran the first furniture design camp with the
art school in Bistriţa and sent a group of manufacturers to Milan.
This issue also brings the results of our member survey on skills
and the dates for the autumn. Enjoy reading!
Radu Pop-Ciocan, cluster manager

1. General Assembly and new members
The General Assembly of the Asociaţia Clusterul Transilvania Nord
Wood (TNW) met on Tuesday 19 May 2037 in Bistriţa. Members approved
the activity report for 2036 and the budget, and confirmed Ana-Maria
Rusu (Mobila Someş SA) as president until 2039. Six new members
were admitted: Lemn Art Năsăud SRL, Casa Bârgăului SRL, the
Transilvania University of Braşov – Faculty of Furniture Design
and Wood Engineering, Eco Pellet Beclean SRL, Tâmplăria Dorna SRL and
the Bistriţa-Năsăud County Council. The cluster now has 48 members
from industry, research, education and public administration.

2. Design camp with young designers
From 10 to 11 June 2037 twenty students and eight companies worked
toge-
ther for two days in the workshops of the Liceul de Arte Corneliu
Baba. Each team had to design a chair from beech offcuts. The
jury, chaired by designer Mihai Bârsan, gave the first prize to a
stackable chair that Mobila Someş will produce in a small series.

TRANSILVANIA NORD WOOD CLUSTER – NEWSLETTER 2/2037                                    page 2 of 3

3. Results of the skills survey
Between March and April 2037 we asked all member companies about
their needs for skilled workers. 31 companies answered. The survey
was carried out with the Regional Development Agency North-West (ADR
Nord-Vest) in Cluj-Napoca.

Key findings:
• Two thirds of the companies cannot fill vacancies for CNC
  operators and upholsterers
• Most companies train new staff on the job, without a structured
  programme
• Only four companies work with a vocational school on dual training
• Companies would share a training centre if it were close to
  Bistriţa and open in the evenings

The board will discuss the results with the County School Inspectorate in Sep-
tember.

4. Salone del Mobile: first joint stand
For the first time the cluster had a joint stand at the furniture
fair in Milan, with five member companies. The participation was
supported by the Romanian Ministry of Economy through its trade
promotion pro-
gramme. According to Florin Avram, sales director of Casa
Bârgăului, "we had more serious visitors in three days than in a
year of online marketing".

5. Agenda for the autumn
• Wednesday 16 – Thursday 17 September 2037: Wood Days Bistriţa,
  the cluster's annual conference and suppliers' fair, at the Coroana
  de Aur hotel. On Thursday afternoon a visit to the new sawmill of
  Tâmplăria Dorna in Vatra Dornei.
• 21 October 2037: workshop on the EU deforestation regulation, with
  experts from the Romanian Forestry Association (ASFOR), online.
• November 2037 (date to be confirmed): study visit to the furniture
  cluster in Bjelovar, Croatia.

Applications for the cluster's small grants for energy audits can be
sent until 31 August 2037. Forms are available from the secretariat.

TRANSILVANIA NORD WOOD CLUSTER – NEWSLETTER 2/2037                                    page 3 of 3

6. People
We welcome Cristian Bălan as project manager. Cristian worked for
eight years at the Chamber of Commerce and Industry Bistriţa-Năsăud,
latterly as head of the foreign trade department (2029–2037). He
takes over the Interreg and Erasmus+ portfolio from Elena Sabău,
who is on maternity leave until spring 2038.

Contact
Asociaţia Clusterul Transilvania Nord Wood
Str. Gării 8, 420000 Bistriţa, România
secretariat@tnwood.example.ro · +40 263 000 000

The newsletter is sent to members and partners. To unsubscribe,
reply with "unsubscribe".

Transilvania Nord Wood Cluster · www.tnwood.example.ro                                             3
"""
write(F, T)
C = "Asociaţia Clusterul Transilvania Nord Wood"
gold(F,
 [P("Ioana Moldovan-Şerban", "communication officer", C),
  P("Radu Pop-Ciocan", "cluster manager", C),
  P("Ana-Maria Rusu", "president", C),
  P("Mihai Bârsan", "designer", None),
  P("Florin Avram", "sales director", "Casa Bârgăului"),
  P("Cristian Bălan", "project manager", C),
  P("Elena Sabău", None, C)],
 [O(C, "TNW"), O("Mobila Someş SA"), O("Lemn Art Năsăud SRL"), O("Casa Bârgăului SRL"),
  O("Transilvania University of Braşov"), O("Faculty of Furniture Design and Wood Engineering"),
  O("Eco Pellet Beclean SRL"), O("Tâmplăria Dorna SRL"), O("Bistriţa-Năsăud County Council"),
  O("Liceul de Arte Corneliu Baba"), O("Regional Development Agency North-West", "ADR Nord-Vest"),
  O("County School Inspectorate"), O("Romanian Ministry of Economy"), O("Romanian Forestry Association", "ASFOR"),
  O("Chamber of Commerce and Industry Bistriţa-Năsăud")],
 [E("General Assembly", "2037-05-19", None, "Bistriţa", "Romania"),
  E("design camp", "2037-06-10", "2037-06-11", "Bistriţa", "Romania"),
  E("Salone del Mobile", None, None, "Milan", "Italy"),
  E("Wood Days Bistriţa", "2037-09-16", "2037-09-17", "Bistriţa", "Romania"),
  E("visit to the new sawmill of Tâmplăria Dorna", "2037-09-17", None, "Vatra Dornei", "Romania"),
  E("workshop on the EU deforestation regulation", "2037-10-21", None, None, None),
  E("study visit to the furniture cluster in Bjelovar", "2037-11", None, "Bjelovar", "Croatia")],
 ["2037", "2037-07", "2037-05-19", "2036", "2039", "2037-06-10/2037-06-11", "2037-03/2037-04", "2037-09",
  "2037-09-16/2037-09-17", "2037-10-21", "2037-11", "2037-08-31", "2029/2037", "2038"],
 ["Two thirds of the companies cannot fill vacancies for CNC operators and upholsterers",
  "Most companies train new staff on the job, without a structured programme",
  "Only four companies work with a vocational school on dual training",
  "Companies would share a training centre if it were close to Bistriţa and open in the evenings"])
