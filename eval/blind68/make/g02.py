from h import *
F='hydrodelta-new-managing-director-press-release.md'
T=f'''**PRESS RELEASE**

# Femke van der Heijden appointed managing director of HydroDelta Zeeland

*Vlissingen, {wd(2034,3,14)} 14 March 2034*

The board of HydroDelta Zeeland, the hydrogen and circular chemistry cluster of the province of Zeeland, has appointed **Femke van der Heijden** (44) as its new managing director. She takes office on 1 April 2034 and succeeds **Pieter-Jan de Wolf**, who has led the cluster organisation since its foundation in 2027. De Wolf joins Zeeland Port Authority (North Sea Port's Dutch operating company) on 1 May 2034 as head of energy transition.

## From the plant floor to the cluster table

Van der Heijden trained as a chemical engineer at Delft University of Technology and spent eleven years at Yara Sluiskil, latterly as site manager for ammonia production. Since 2030 she has been programme director at the regional development agency Invest in Zeeland, where she built up the Sloe Industrial Symbiosis programme with 23 companies. She is also a member of the supervisory board of the HZ University of Applied Sciences.

"HydroDelta has grown from a small circle of enthusiasts into a network of 118 members that the whole region counts on," says Van der Heijden. "My first task is to listen. In the coming months I want to visit every member company that asks for it, and I want to put the skills question right next to the molecules question: we will need some 2,400 extra technicians in Zeeland by 2035."

## Thanks to the founding director

Board chair **Dr. Anouk Verhulst**, director of the Zeeland branch of Dow Benelux, thanked the outgoing managing director on behalf of the board and the members.

"Pieter-Jan started in 2027 with a laptop, a borrowed desk at the port and a list of twenty names. He leaves a cluster with a Gold label, a secure budget until 2037 and projects worth more than EUR 40 million," Verhulst said. "He has been patient where patience was needed and stubborn where it mattered. We are very grateful to him, and we are glad he stays in the region."

De Wolf himself called the handover "the right moment": "The funding agreement with the province is signed, the H2-Scheldt Corridor study is running, and the team is strong. Femke knows the plants and the people; I could not wish for a better successor."

## Selection procedure

The board chose Van der Heijden from 37 candidates after a procedure led by a selection committee of four board members, supported by the recruitment firm De Clercq Executive Search. The committee was chaired by vice-chair **Marc Lauwereys** (Verbeke & Dhondt NV). The members' council was consulted on the profile in November 2033.

## About HydroDelta Zeeland

HydroDelta Zeeland is an association (vereniging) of companies, knowledge institutions and public bodies working on the production, transport and use of renewable hydrogen and on circular chemistry in the Scheldt delta. Its members include chemical plants in the Sloe and Kanaalzone areas, SMEs in engineering and maintenance, farmers' cooperatives, HZ University of Applied Sciences, University College Roosevelt and the municipalities of Vlissingen, Borsele and Terneuzen. The cluster is funded by the Province of Zeeland and its members and holds the Gold label of the European Cluster Excellence Initiative. Its annual conference, Delta Hydrogen Days, takes place in Goes on 24 and 25 September 2034.

**Dates at a glance**

- 14 March 2034 – board decision
- 1 April 2034 – Femke van der Heijden takes office
- 30 April 2034 – last working day of Pieter-Jan de Wolf at the cluster
- 24–25 September 2034 – Delta Hydrogen Days, Goes

**Press contact**
Eline Westdijk, communications officer
HydroDelta Zeeland, Edisonweg 28, 4382 NW Vlissingen
+31 118 555 214 · pers@hydrodelta-zeeland.nl

A portrait photo of Femke van der Heijden (free to use, credit: HydroDelta / Jeroen Cats) can be downloaded from the press page.

*Note to editors: Femke van der Heijden is available for interviews from 2 April 2034.*

###
'''
write(F,T)
gold(F,[P('Femke van der Heijden','managing director','HydroDelta Zeeland'),P('Pieter-Jan de Wolf','head of energy transition','Zeeland Port Authority'),
 P('Anouk Verhulst','Board chair','HydroDelta Zeeland'),P('Marc Lauwereys','vice-chair','HydroDelta Zeeland'),P('Eline Westdijk','communications officer','HydroDelta Zeeland'),P('Jeroen Cats',None,None)],
 [O('HydroDelta Zeeland'),O('Zeeland Port Authority'),O('North Sea Port'),O('Delft University of Technology'),O('Yara Sluiskil'),O('Invest in Zeeland'),O('HZ University of Applied Sciences'),
  O('Dow Benelux'),O('De Clercq Executive Search'),O('Verbeke & Dhondt NV'),O('University College Roosevelt'),O('Province of Zeeland')],
 [E('Delta Hydrogen Days','2034-09-24','2034-09-25','Goes','Netherlands')],
 ['2034-03-14','2034-04-01','2027','2034-05-01','2030','2035','2037','2033-11','2034-09-24/2034-09-25','2034-04-30','2034-04-02'],pub='2034-03-14')
