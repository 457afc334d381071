from h import *
F = 'g09_eu_cluster_platforms_forum_report-pdf.txt'
for (y,m,d,w) in [(2041,2,5,'Tuesday'),(2041,2,6,'Wednesday'),(2041,3,4,'Monday')]:
    assert wd(y,m,d)==w, (y,m,d)
KM = ["Cluster organisations should map the critical suppliers of their members at least every two years and share the maps with their regions under clear confidentiality rules",
 "Cross-border partnerships between clusters work best when they start from one concrete product or component, not from a general memorandum",
 "Regional authorities should fund cluster staff who work on supply-chain resilience for at least three years, since partnerships take that long to deliver",
 "The European cluster platforms should open a shared register of cluster partnerships, so that companies can find partners by value chain",
 "Skills shortages are now the first risk named by cluster members, ahead of energy prices, and must be part of every resilience plan"]
T = f"""EU Cluster Platforms Forum 2041 – Outcome report                                        1

EU Cluster Platforms Forum 2041
Resilient value chains through cluster partnerships

Outcome report
Brussels, 5–6 February 2041

Prepared by the Secretariat of the European Cluster Partnerships Platform (ECPP)
Version 1.0 – published 4 March 2041

Photo: Forum plenary at the Square conference centre. © ECPP / Lieven Desmet

______________________________________________________________________________
EU Cluster Platforms Forum 2041 – Outcome report                                        2

1. The Forum in brief

The EU Cluster Platforms Forum 2041 took place on Tuesday 5 and Wednesday 6 Feb-
ruary 2041 at the Square – Brussels Meeting Centre. It was organised by the Euro-
pean Cluster Partnerships Platform (ECPP) on behalf of the European Commission's
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG
GROW), with the European Cluster Collaboration Platform (ECCP) and the Euro-
pean Alliance of Cluster Associations (EACA). 412 participants from 31 countries
attended on site and a further 690 followed the plenaries online. The Forum
combined two plenaries, eight workshops, a partnership fair of 46 cluster part-
nerships and a study visit to the Port of Antwerp-Bruges on the second afternoon.

2. Speakers

Opening: Giulia Ferrante-Lenz, Director for Industrial Ecosystems, DG GROW, and
Anders Holmqvist, President of the European Alliance of Cluster Associations.

Keynote: Prof. Katarzyna Wiśniewska-Brandt, Kiel Institute for the World Economy,
on "Friend-shoring and the geography of European suppliers".

Panel 1 – What makes a cluster partnership last? Moderated by Sinéad O'Callaghan,
journalist. With Roberto Castellani, Managing Director of Cluster Lombardo della
Mobilità; Hanna Virtanen, Cluster Manager, Business Tampere Smart Machines;
Jean-Marc Lefebvre, Head of Unit "Clusters and Industrial Partnerships", DG GROW;
and Vesna Kovačević, Director, Slovenian Automotive Cluster (ACS).

Panel 2 – Regions as partners. With Dr. Miguel Ángel Torres Peña, Director
General for Industry, Government of Aragon; Eva Steiner-Bauer, Head of the
Innovation Department, Upper Austria Business Agency (Biz-Up); and Paweł Zieliński,
Marshal's Office of the Pomorskie Region.

Closing: Ruth McAllister, Head of the ECPP Secretariat.

3. Main discussions

On the first day, participants discussed the lessons of the last supply crises.
Several cluster managers reported that their members had learned about the vulner-
ability of their suppliers only during the crisis and that no shared picture of
critical suppliers existed at regional level. The keynote showed that the share
of intra-European suppliers in machinery had risen, but that the gain was uneven
between regions.

______________________________________________________________________________
EU Cluster Platforms Forum 2041 – Outcome report                                        3

Workshops on the second morning looked at four value chains – batteries, medical
devices, semiconductors for vehicles and plant-based proteins – and at four hori-
zontal topics: data sharing, skills, public procurement and financing. In the bat-
teries workshop, the French cluster Pôle Véhicule du Futur and the Swedish cluster
Mobility Sweden Cluster presented their joint supplier-mapping exercise, which
identified 19 single points of failure in the chain of cell components.

The study visit to the Port of Antwerp-Bruges on the afternoon of 6 February,
with 60 participants, showed how the port community tracks strategic goods. The
Forum dinner on the evening of 5 February at the Autoworld museum was used for
the ceremony of the Cluster Partnership Awards 2041, won by the partnership of
the Basque Energy Cluster and the Danish Energy Cluster for their joint test
centre for offshore cables.

4. Key conclusions

The rapporteurs summarised the discussions in five conclusions:

1. {KM[0]}.
2. {KM[1]}.
3. {KM[2]}.
4. {KM[3]}.
5. {KM[4]}.

5. Next steps

The ECPP will present the conclusions to the Commission's expert group on indus-
trial ecosystems on 18 April 2041. A first version of the register of partnerships
is planned for autumn 2041. The next Forum is foreseen in the first half of 2042;
the host city will be announced in June 2041. Cluster
organisations that wish to host a workshop at the next Forum can contact the
Secretariat.

Annex: programme, list of workshops and list of partnerships at the fair are avail-
able on the ECPP website.

Contact: ECPP Secretariat, Rue Belliard 00, 1040 Brussels
secretariat@ecpp.example.eu

______________________________________________________________________________
EU Cluster Platforms Forum 2041 – Outcome report                                        4

Disclaimer: This report was produced under a service contract with the European
Commission. The views expressed are those of the participants and do not neces-
sarily reflect the views of the Commission.
"""
write(F, T)
gold(F,
 [P("Lieven Desmet",None,None),
  P("Giulia Ferrante-Lenz","Director for Industrial Ecosystems","DG GROW"),
  P("Anders Holmqvist","President","European Alliance of Cluster Associations"),
  P("Katarzyna Wiśniewska-Brandt",None,"Kiel Institute for the World Economy"),
  P("Sinéad O'Callaghan","journalist",None),
  P("Roberto Castellani","Managing Director","Cluster Lombardo della Mobilità"),
  P("Hanna Virtanen","Cluster Manager","Business Tampere Smart Machines"),
  P("Jean-Marc Lefebvre","Head of Unit","DG GROW"),
  P("Vesna Kovačević","Director","Slovenian Automotive Cluster"),
  P("Miguel Ángel Torres Peña","Director General for Industry","Government of Aragon"),
  P("Eva Steiner-Bauer","Head of the Innovation Department","Upper Austria Business Agency"),
  P("Paweł Zieliński",None,"Marshal's Office of the Pomorskie Region"),
  P("Ruth McAllister","Head of the ECPP Secretariat","ECPP")],
 [O("European Cluster Partnerships Platform","ECPP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("Kiel Institute for the World Economy"), O("Marshal's Office of the Pomorskie Region"), O("European Cluster Collaboration Platform","ECCP"),
  O("European Alliance of Cluster Associations","EACA"), O("Port of Antwerp-Bruges"),
  O("Cluster Lombardo della Mobilità"), O("Business Tampere Smart Machines"),
  O("Clusters and Industrial Partnerships"), O("Slovenian Automotive Cluster","ACS"), O("Government of Aragon"),
  O("Upper Austria Business Agency","Biz-Up"), O("Pôle Véhicule du Futur"), O("Mobility Sweden Cluster"),
  O("Basque Energy Cluster"), O("Danish Energy Cluster")],
 [E("EU Cluster Platforms Forum 2041","2041-02-05","2041-02-06","Brussels","Belgium"),
  E("study visit to the Port of Antwerp-Bruges","2041-02-06",None,None,"Belgium"),
  E("Cluster Partnership Awards 2041","2041-02-05",None,"Brussels","Belgium"),
  E("next Forum","2042"),
  ],
 ["2041-02-05/2041-02-06","2041-03-04","2041-02-06","2041-02-05","2041-04-18","2041","2042","2041-06"],
 KM, pub="2041-03-04")
