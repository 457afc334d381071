from h import *
F = 'g15_champagne_water_reuse_working_group.txt'
RECS = [
 "Set up a regional register of treated wastewater volumes available for reuse, updated every quarter and open to companies and farmers.",
 "Shorten the authorisation procedure for industrial water reuse projects to a maximum of eight months, with a single contact point at the prefecture.",
 "Fund three demonstration sites in food-processing plants, one in each of the Marne, Aube and Ardennes departments.",
 "Train at least forty maintenance technicians a year in the operation of membrane and disinfection units.",
 "Agree common quality thresholds with the Regional Health Agency before the summer, so that companies can plan investments.",
]
T = """Champagne Agro-Water Cluster – News
https://www.champagne-agrowater.example.fr/en/news/working-group-water-reuse-recommendations

Water reuse: the working group hands its recommendations to the Region
Published on 13 February 2036 | Category: Working groups | Reading time: 4 min

Share on LinkedIn | Share by e-mail | Print

After fourteen months of work, the cluster's working group on water reuse in the food industry presented its recommendations on Tuesday 12 February 2036 in Reims to Loïc Lemaire, Vice-President of the Grand Est Regional Council in charge of water and the environment. The working group was set up in December 2034 after the dry summers that forced several sugar mills, dairies and vegetable processors to slow production.

The group was chaired by Dr. Maëlle Ravaux, water and energy manager at Coopérative Laitière de la Marne (CLM), with Hervé Guillaumet of Légumes de Champagne SAS as vice-chair. It brought together 23 members: food companies, water treatment suppliers such as Aquamem Technologies SAS and Ouest Filtration SARL, the Agence de l'eau Seine-Normandie, the Université de Reims Champagne-Ardenne and two local authorities, Grand Reims and Troyes Champagne Métropole. Dr. Ewa Lindqvist-Moreau of the French National Research Institute for Agriculture, Food and Environment (INRAE) acted as scientific adviser and the cluster's project manager, Gwenaëlle Perrot, ran the secretariat.

How the group worked

The group met nine times between January 2035 and January 2036, visited two reuse plants in the Vendée and in Flanders and surveyed 112 food-processing sites across Champagne. It found that only four of them reuse any treated wastewater, although 61 said they would like to. The main obstacles named were the length of authorisation procedures, the lack of clear quality standards for each use, the cost of treatment units for small sites and a shortage of trained technicians.

"We do not lack technology. We lack a clear framework and people who can run the plants," said Maëlle Ravaux when presenting the results. Loïc Lemaire thanked the group and said the Region would respond before the regional water conference planned for 16 June 2036 in Châlons-en-Champagne.

The members also compared costs. A compact membrane unit for a medium-sized dairy costs between 400,000 and 900,000 euros, and the group estimates that payback takes eight to twelve years at current water prices, far longer than most small firms can accept without public support. Large plants, by contrast, can often finance reuse from savings on water and discharge fees within five years. The group therefore asked for support to be targeted at small and medium-sized sites, which make up most of the food industry in the Marne.

The cluster's director, Jean-Erwan Collard, recalled that the working group is the first of three: groups on packaging and on energy in cold chains will start in March 2036.

The recommendations

The working group's recommendations to the Grand Est Regional Council, the State services and the cluster's members are as follows:

""" + "\n".join(f"{i}. {r}" for i, r in enumerate(RECS, 1)) + """
6. Create a guarantee fund, managed with Bpifrance and the regional banks, to cover part of the risk for small and medium-sized compa

[Read more]

Related news
- Cluster general assembly: Anne-Sophie Drappier re-elected president (24 June 2035)
- Webinar replay: water footprint of dairy products
"""
write(F, T)
B = "Champagne Agro-Water Cluster"
gold(F,
 [P("Loïc Lemaire", "Vice-President", "Grand Est Regional Council"),
  P("Maëlle Ravaux", "water and energy manager", "Coopérative Laitière de la Marne"),
  P("Hervé Guillaumet", "vice-chair", "Légumes de Champagne SAS"),
  P("Ewa Lindqvist-Moreau", "scientific adviser", "French National Research Institute for Agriculture, Food and Environment"),
  P("Gwenaëlle Perrot", "project manager", B),
  P("Jean-Erwan Collard", "director", B),
  P("Anne-Sophie Drappier", "president", B)],
 [O(B), O("Grand Est Regional Council"), O("Coopérative Laitière de la Marne", "CLM"), O("Légumes de Champagne SAS"),
  O("Aquamem Technologies SAS"), O("Ouest Filtration SARL"), O("Agence de l'eau Seine-Normandie"), O("Université de Reims Champagne-Ardenne"),
  O("Grand Reims"), O("Troyes Champagne Métropole"),
  O("French National Research Institute for Agriculture, Food and Environment", "INRAE"),
  O("Regional Health Agency"), O("Bpifrance")],
 [E("presented its recommendations", "2036-02-12", None, "Reims", "France"),
  E("regional water conference", "2036-06-16", None, "Châlons-en-Champagne", "France"),
  E("Cluster general assembly", "2035-06-24")],
 ["2036-02-13", "2036-02-12", "2034-12", "2035-01/2036-01", "2036-06-16", "2036-03", "2035-06-24"],
 [r.rstrip('.') for r in RECS] + ["Create a guarantee fund, managed with Bpifrance and the regional banks, to cover part of the risk for small and medium-sized compa"],
 pub="2036-02-13", url="https://www.champagne-agrowater.example.fr/en/news/working-group-water-reuse-recommendations")
