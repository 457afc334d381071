from h import *
F = 'g14_reims_biorefinery_mission.txt'
assert wd(2040,6,4)=='Monday' and wd(2040,6,5)=='Tuesday' and wd(2040,6,6)=='Wednesday' and wd(2040,6,7)=='Thursday' and wd(2040,6,19)=='Tuesday'
T = """BIOECONOMY NEWS – CHAMPAGNE BIOREFINING CLUSTER
Home > News > Missions

Reims, 19 June 2040 – by Mathilde Oudinot-Perrier

Nordic biorefineries show the way: our mission to northern Sweden

Twelve members of the Champagne Biorefining Cluster travelled to Örnsköldsvik and Umeå from 4 to 7 June 2040 to see how Swedish forest and agricultural residues are turned into chemicals, fuels and materials. The mission was prepared with the Swedish cluster Processum AB and Business Sweden's office in Paris, and co-financed by the Grand Est Region.

The delegation was led by the cluster's president, Hubert de La Rochefoucauld-Brienne, who also chairs the board of the sugar cooperative Cristal Union Nord, and by the cluster director, Dr Ingrid Mäkinen-Dubois. It included two researchers from the Université de Reims Champagne-Ardenne (URCA), the innovation manager of the Troyes Champagne Métropole development agency, Kévin Lapierre, and representatives of eight companies, among them Fibres de Champagne SAS, Ardennes Biochimie and the start-up Lignocell.

DAY BY DAY

Monday 4 June – Örnsköldsvik
After the flight to Umeå and a bus transfer, the group was welcomed at the Biorefinery Demo Plant by Annika Sjöström-Lind, CEO of Processum AB. She presented the cluster's model: about 40 member companies share a pilot plant and a team of 25 engineers who help them scale up new processes. The day ended with a dinner hosted by the municipality of Örnsköldsvik.

Tuesday 5 June – Domsjö
Site visit to Domsjö Fabriker AB, the specialty cellulose mill in Domsjö, where Gustav Berglund, head of business development, explained how the mill now sells lignin, bioethanol and carbon dioxide in addition to dissolving pulp. In the afternoon, a workshop on side-streams brought Swedish and French companies together in four tables; 31 one-to-one talks took place.

Wednesday 6 June – Umeå
Visit to the Umeå Plant Science Centre and the Biofuel Technology Centre of the Swedish University of Agricultural Sciences (SLU), hosted by Professor Erik Nordqvist. In the evening, the French ambassador to Sweden, Mme Claire Ansart-Volkov, joined the delegation for a reception at Umeå city hall together with representatives of Region Västerbotten.

Thursday 7 June – Umeå
Round table "Sugar beet meets spruce: what can France and Sweden build together?" at Umeå University, moderated by Dr Mäkinen-Dubois, followed by the return flight to Paris.

RESULTS
- 58 bilateral meetings between French and Swedish participants
- a memorandum of understanding between the Champagne Biorefining Cluster and Processum AB, signed on 6 June
- Lignocell invited to test its process in the Örnsköldsvik pilot plant in the autumn

WHAT HAPPENS NEXT
A return visit of a Swedish delegation led by Processum AB to the Bazancourt-Pomacle biorefinery site near Reims will take place on 8–10 October 2040, during the cluster's annual conference, the Biorefining Days 2040. The two clusters will also prepare a joint proposal for the next Interregional Innovation Investments call, with a deadline of 15 January 2041.

Hubert de La Rochefoucauld-Brienne: "In Örnsköldsvik we saw what happens when forty firms share one pilot plant for twenty years. We have the biomass and the scientists in Champagne; we must learn to share infrastructure in the same way."

Photos of the mission: see the gallery (members only).

Related articles:
- Biorefining Days 2039: record attendance in Reims (11 October 2039)
- New members join the cluster (2 May 2040)

Share: LinkedIn | X | E-mail | Print

Champagne Biorefining Cluster – Pôle Bioraffinage Champagne · 2 rue de la Biorefinerie, 51110 Pomacle · contact@cbc.example.fr
"""
write(F, T)
C = "Champagne Biorefining Cluster"
gold(F,
 [P("Mathilde Oudinot-Perrier",None,None),
  P("Hubert de La Rochefoucauld-Brienne","president",C),
  P("Ingrid Mäkinen-Dubois","cluster director",C),
  P("Kévin Lapierre","innovation manager","Troyes Champagne Métropole"),
  P("Annika Sjöström-Lind","CEO","Processum AB"),
  P("Gustav Berglund","head of business development","Domsjö Fabriker AB"),
  P("Erik Nordqvist",None,"Swedish University of Agricultural Sciences"),
  P("Claire Ansart-Volkov","French ambassador to Sweden",None)],
 [O(C), O("Domsjö Fabriker AB"), O("municipality of Örnsköldsvik"), O("Processum AB"), O("Business Sweden"), O("Grand Est Region"), O("Cristal Union Nord"),
  O("Université de Reims Champagne-Ardenne","URCA"), O("Troyes Champagne Métropole"), O("Fibres de Champagne SAS"),
  O("Ardennes Biochimie"), O("Lignocell"), O("Umeå Plant Science Centre"), O("Biofuel Technology Centre"),
  O("Swedish University of Agricultural Sciences","SLU"), O("Region Västerbotten"), O("Umeå University")],
 [E("mission to northern Sweden","2040-06-04","2040-06-07","Örnsköldsvik, Umeå","Sweden"),
  E("dinner","2040-06-04",None,"Örnsköldsvik","Sweden"),
  E("Site visit to Domsjö Fabriker AB","2040-06-05",None,"Domsjö","Sweden"),
  E("workshop on side-streams","2040-06-05",None,"Domsjö","Sweden"),
  E("Visit to the Umeå Plant Science Centre and the Biofuel Technology Centre","2040-06-06",None,"Umeå","Sweden"),
  E("reception at Umeå city hall","2040-06-06",None,"Umeå","Sweden"),
  E("Round table \"Sugar beet meets spruce: what can France and Sweden build together?\"","2040-06-07",None,"Umeå","Sweden"),
  E("return visit of a Swedish delegation","2040-10-08","2040-10-10",None,"France"),
  E("Biorefining Days 2040","2040-10-08","2040-10-10",None,"France"),
  E("Biorefining Days 2039","2039",None,"Reims","France")],
 ["2040-06-19","2040-06-04/2040-06-07","2040-06-04","2040-06-05","2040-06-06","2040-06-07","2040-10-08/2040-10-10","2041-01-15","2039-10-11","2040-05-02"],
 [], pub="2040-06-19")
