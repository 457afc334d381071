from common import *
doc = "oresund-cleantech-cluster-week-2033.txt"
write(doc, """
ØRESUND CLEANTECH CLUSTER WEEK 2033
Copenhagen · Malmö · Lund | 5–9 September 2033

Programme overview and side events – version of 20 August 2033

One week, two countries, one bridge. The Øresund Cleantech Cluster Week brings together the Danish cluster
GreenSound Cluster ApS and the Swedish cluster Skånsk Energiallians ek. för. with their members, municipalities and
universities on both sides of the strait. The week is part of the Interreg Öresund-Kattegat-Skagerrak project
"BridgeGreen" and is open to everybody working on district energy, circular construction and green hydrogen.

MAIN PROGRAMME

Monday 5 September – Opening day, Copenhagen
The week opens at 13:00 at the Copenhagen Business School with welcome words by Signe Holmgaard Bech, CEO of
GreenSound Cluster, and Per-Olof Lindahl, verksamhetsledare (managing director) of Skånsk Energiallians. Keynote
by Dr. Ingrid Nyberg, Lund University, on heat networks after gas. Evening: member reception at Copenhagen Town
Hall, hosted by the City of Copenhagen.

Tuesday 6 September – Cross-border matchmaking day, Malmö
Over 300 B2B meetings at Media Evolution City, organised with the Enterprise Europe Network Sweden and Denmark.
Parallel session for public buyers with the Danish Energy Agency and the Swedish Energy Agency.

Wednesday 7 September – Site visits
Group A: the hydrogen pilot at the Port of Copenhagen (Nordhavn); Group B: the circular-construction district in
Hyllie, Malmö; Group C: the ESS research facility area and Brunnshög, Lund.

Thursday 8 September – Cluster Week Conference, Lund
Conference "Sharing the strait: joint infrastructure for a fossil-free region" at Lund University's Medicon Village,
with the signing of a declaration by the two regions, Region Skåne and the Capital Region of Denmark.

Friday 9 September – Closing and start-up breakfast, Malmö
09:00–11:30, Malmö Stadsbibliotek. Pitch competition for ten start-ups; the winner receives a stand at the
Nordic Energy Fair in Gothenburg in 2034.

SIDE EVENTS (organised by partners; separate registration)

- 5 September, 09:00–12:00, Copenhagen – "Women in Cleantech" breakfast seminar, organised by Nordic Women in
  Energy (NWE)
- 6 September, 17:30, Malmö – Hydrogen Valley Øresund network meeting (members only), hosted by H2 Syd AB
- 7 September, 18:00, Lund – Student hackathon kick-off "Heat the Future", Lund University (runs until 9 September)
- 8 September, 12:30, online – EU funding clinic with the EEN advisers of Skåne and Greater Copenhagen
- 10 September (Saturday), Copenhagen – Open day at the CopenHill waste-to-energy plant for families

PRACTICAL

Registration for the main programme closes on 29 August 2033. Participation is free for members of the two
clusters; others pay DKK 1,200 or SEK 1,800. Bridge train tickets between the venues are reimbursed.

The first Cluster Week took place in Malmö and Copenhagen in September 2031 (180 participants); the second edition
in 2032 was held only in Copenhagen. The 2034 edition is planned for 4–8 September 2034 in Helsingør and
Helsingborg.

Contacts: Nanna Ravn-Olesen, project manager, GreenSound Cluster · Johan Åkerlund, Skånsk Energiallians
""")
gold(doc, None,
 [P("Signe Holmgaard Bech","CEO","GreenSound Cluster"),
  P("Per-Olof Lindahl","verksamhetsledare","Skånsk Energiallians"),
  P("Ingrid Nyberg",None,"Lund University"),
  P("Nanna Ravn-Olesen","project manager","GreenSound Cluster"), P("Johan Åkerlund",None,"Skånsk Energiallians")],
 [O("GreenSound Cluster ApS","GreenSound Cluster"), O("Skånsk Energiallians ek. för.","Skånsk Energiallians"),
  O("Copenhagen Business School"), O("Lund University"), O("City of Copenhagen"), O("Enterprise Europe Network","EEN"),
  O("Danish Energy Agency"), O("Swedish Energy Agency"), O("Port of Copenhagen"), O("Region Skåne"),
  O("Capital Region of Denmark"), O("Nordic Women in Energy","NWE"), O("H2 Syd AB"), O("Hydrogen Valley Øresund")],
 [E("Øresund Cleantech Cluster Week 2033","2033-09-05","2033-09-09","Copenhagen, Malmö, Lund",None),
  E("Cross-border matchmaking day","2033-09-06",None,"Malmö","Sweden"),
  E("Sharing the strait: joint infrastructure for a fossil-free region","2033-09-08",None,"Lund","Sweden"),
  E("Women in Cleantech","2033-09-05",None,"Copenhagen","Denmark"),
  E("Hydrogen Valley Øresund network meeting","2033-09-06",None,"Malmö","Sweden"),
  E("Heat the Future","2033-09-07","2033-09-09","Lund","Sweden"),
  E("EU funding clinic","2033-09-08",None,None,None),
  E("Open day at the CopenHill waste-to-energy plant","2033-09-10",None,"Copenhagen","Denmark"),
  E("Nordic Energy Fair","2034",None,"Gothenburg","Sweden"),
  E("first Cluster Week","2031-09",None,"Malmö, Copenhagen",None),
  E("second edition","2032",None,"Copenhagen","Denmark"),
  E("2034 edition","2034-09-04","2034-09-08","Helsingør, Helsingborg",None)],
 ["2033-09-05/2033-09-09","2033-08-20","2033-09-05","2033-09-06","2033-09-07","2033-09-08","2033-09-09","2034",
  "2033-09-10","2033-08-29","2031-09","2032","2034-09-04/2034-09-08","2033-09-07/2033-09-09"])
