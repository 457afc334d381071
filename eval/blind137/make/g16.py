from h import *
F = 'g16_coleraine_horizon_kickoff_release.txt'
assert wd(2040,1,23)=='Monday' and wd(2040,1,24)=='Tuesday' and wd(2040,3,6)=='Tuesday' and wd(2040,5,31)=='Thursday'
T = """Causeway Marine Innovation Cluster – Press Centre
Home | About | Members | Projects | Press | Contact

PRESS RELEASE
For immediate release – Coleraine, 30 January 2040

Horizon Europe project SEAWEED-VALUE launched in Coleraine with 15 partners from 10 countries

A three-year Horizon Europe innovation action to turn farmed seaweed into food ingredients, bioplastics and animal feed was officially launched at a kick-off meeting in Coleraine, Northern Ireland, on Monday 23 and Tuesday 24 January 2040. The meeting was hosted by Ulster University at its Coleraine campus together with the Causeway Marine Innovation Cluster (CMIC).

SEAWEED-VALUE is coordinated by the Norwegian research institute Møreforsking AS and has a budget of EUR 7.9 million, of which EUR 1.5 million will be passed on to SMEs through two open calls. It started on 1 January 2040 and runs until 31 December 2042.

Who is involved
The consortium includes research institutes (Møreforsking AS, Wageningen Food & Biobased Research, the Marine Institute of Ireland and CEVA – Centre d'Étude et de Valorisation des Algues), universities (Ulster University, Universidade de Aveiro and the Technical University of Denmark, DTU), cluster organisations (CMIC, the Basque Food Cluster and Klaster Morski Pomorza) and five companies, among them the Faroese seaweed farm Ocean Rainforest Sp/F and the Dutch ingredient producer The Seaweed Company B.V.

Quotes
Professor Niamh McGarrigle-Doherty, Pro-Vice-Chancellor for Research and Impact at Ulster University, said: "The north coast has the water, the skills and the companies. What it has lacked is a route to market, and that is what this project is about."

The project coordinator, Dr. Ragnhild Aasen-Vik of Møreforsking, explained that the first year will focus on mapping the value chain in five pilot regions: Northern Ireland, Møre og Romsdal, Brittany, the Basque Country and Pomerania.

Declan O'Kane, cluster manager of CMIC, added that local seaweed farmers and food companies "have been waiting for a project that pays for the expensive step from the lab to the first pallet".

Kick-off in brief
The partners spent the first day on the work plan and on the rules of the grant agreement, presented by Project Officer Ewa Nowicka-Brandt of the European Research Executive Agency (REA). On the second day they visited the seaweed hatchery of Islandmagee Kelp Ltd near Larne and met members of the cluster at a networking lunch in Portrush.

The partners agreed three conclusions at the end of the meeting:
- the first open call for SMEs will be published on 6 March 2040 and close on 31 May 2040;
- each pilot region will set up a regional seaweed forum with farmers, processors and public authorities by the end of 2040;
- the project's results will be presented every year at the Seagriculture EU conference.

Upcoming
An online information session on the first open call is planned for Tuesday 6 March 2040, the day the call opens. The first regional seaweed forum will take place in Ålesund in June 2040, hosted by Møreforsking and the Blue Bioeconomy Cluster Norway.

About CMIC
The Causeway Marine Innovation Cluster brings together 64 companies and research organisations in the marine economy of the north coast of Northern Ireland. It is supported by Causeway Coast and Glens Borough Council and Invest Northern Ireland.

Media contact: Orla Mulholland, Communications Officer, CMIC, +44 28 7000 0000, press@cmic.example.org.uk

Notes to editors: SEAWEED-VALUE has received funding from the European Union's Horizon Europe research and innovation programme. High-resolution photos are available on request.

Share: LinkedIn | X | E-mail
© Causeway Marine Innovation Cluster · Privacy · Cookies
"""
write(F, T)
C="Causeway Marine Innovation Cluster"
gold(F,
 [P("Niamh McGarrigle-Doherty","Pro-Vice-Chancellor for Research and Impact","Ulster University"),
  P("Ragnhild Aasen-Vik","project coordinator","Møreforsking"),
  P("Declan O'Kane","cluster manager","CMIC"),
  P("Ewa Nowicka-Brandt","Project Officer","European Research Executive Agency"),
  P("Orla Mulholland","Communications Officer","CMIC")],
 [O(C,"CMIC"), O("Ulster University"), O("Møreforsking AS"), O("Wageningen Food & Biobased Research"),
  O("Marine Institute of Ireland"), O("Centre d'Étude et de Valorisation des Algues","CEVA"),
  O("Universidade de Aveiro"), O("Technical University of Denmark","DTU"), O("Basque Food Cluster"),
  O("Klaster Morski Pomorza"), O("Ocean Rainforest Sp/F"), O("The Seaweed Company B.V."),
  O("European Research Executive Agency","REA"), O("Islandmagee Kelp Ltd"), O("Blue Bioeconomy Cluster Norway"),
  O("Causeway Coast and Glens Borough Council"), O("Invest Northern Ireland")],
 [E("kick-off meeting","2040-01-23","2040-01-24","Coleraine","United Kingdom"),
  E("visited the seaweed hatchery of Islandmagee Kelp Ltd","2040-01-24",None,"Larne","United Kingdom"),
  E("networking lunch","2040-01-24",None,"Portrush","United Kingdom"),
  E("online information session","2040-03-06",None,None,None),
  E("regional seaweed forum","2040-06",None,"Ålesund","Norway")],
 ["2040-01-30","2040-01-23/2040-01-24","2040-01-01/2042-12-31","2040-03-06","2040-05-31","2040","2040-06"],
 ["the first open call for SMEs will be published on 6 March 2040 and close on 31 May 2040",
  "each pilot region will set up a regional seaweed forum with farmers, processors and public authorities by the end of 2040",
  "the project's results will be presented every year at the Seagriculture EU conference"],
 pub="2040-01-30")
