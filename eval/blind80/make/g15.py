from h import *
F = 'g15_brittany_water_reuse_working_group.txt'
RECS = [
 "Set up a regional register of treated wastewater volumes available for reuse, updated every quarter and open to companies and farmers.",
 "Shorten the authorisation procedure for industrial water reuse projects to a maximum of eight months, with a single contact point at the prefecture.",
 "Fund three demonstration sites in food-processing plants, one in each of the Côtes-d'Armor, Finistère and Morbihan departments.",
 "Train at least forty maintenance technicians a year in the operation of membrane and disinfection units.",
 "Agree common quality thresholds with the Regional Health Agency before the summer, so that companies can plan investments.",
]
T = """Breizh Agro-Water Cluster – News
https://www.breizh-agrowater.example.bzh/en/news/working-group-water-reuse-recommendations

Water reuse: the working group hands its recommendations to the Region
Published on 13 February 2036 | Category: Working groups | Reading time: 4 min

Share on LinkedIn | Share by e-mail | Print

After fourteen months of work, the cluster's working group on water reuse in the food industry presented its recommendations on Tuesday 12 February 2036 in Rennes to Loïc Le Bihan, Vice-President of the Brittany Regional Council in charge of water and the environment. The working group was set up in December 2034 after the dry summers that forced several dairies and vegetable processors to slow production.

The group was chaired by Dr. Maëlle Kerhervé, water and energy manager at Coopérative Laitière de l'Armor (CLA), with Hervé Guillou of Légumes du Léon SAS as vice-chair. It brought together 23 members: food companies, water treatment suppliers such as Aquamem Technologies SAS and Ouest Filtration SARL, the Agence de l'eau Loire-Bretagne, the Institut Agro Rennes-Angers and two local authorities, Lannion-Trégor Communauté and Quimper Bretagne Occidentale. Dr. Ewa Lindqvist-Moreau of the French National Research Institute for Agriculture, Food and Environment (INRAE) acted as scientific adviser and the cluster's project manager, Gwenaëlle Le Floch, ran the secretariat.

How the group worked

The group met nine times between January 2035 and January 2036, visited two reuse plants in the Vendée and in Flanders and surveyed 112 food-processing sites across Brittany. It found that only four of them reuse any treated wastewater, although 61 said they would like to. The main obstacles named were the length of authorisation procedures, the lack of clear quality standards for each use, the cost of treatment units for small sites and a shortage of trained technicians.

"We do not lack technology. We lack a clear framework and people who can run the plants," said Maëlle Kerhervé when presenting the results. Loïc Le Bihan thanked the group and said the Region would respond before the regional water conference planned for 16 June 2036 in Saint-Brieuc.

The members also compared costs. A compact membrane unit for a medium-sized dairy costs between 400,000 and 900,000 euros, and the group estimates that payback takes eight to twelve years at current water prices, far longer than most small firms can accept without public support. Large plants, by contrast, can often finance reuse from savings on water and discharge fees within five years. The group therefore asked for support to be targeted at small and medium-sized sites, which make up most of the food industry in central Brittany.

The cluster's director, Yann-Erwan Cadiou, recalled that the working group is the first of three: groups on packaging and on energy in cold chains will start in March 2036.

The recommendations

The working group's recommendations to the Brittany Regional Council, the State services and the cluster's members are as follows:

""" + "\n".join(f"{i}. {r}" for i, r in enumerate(RECS, 1)) + """
6. Create a guarantee fund, managed with Bpifrance and the regional banks, to cover part of the risk for small and medium-sized compa

[Read more]

Related news
- Cluster general assembly: Anne-Sophie Le Goff re-elected president (24 June 2035)
- Webinar replay: water footprint of dairy products
"""
write(F, T)
B = "Breizh Agro-Water Cluster"
gold(F,
 [P("Loïc Le Bihan", "Vice-President", "Brittany Regional Council"),
  P("Maëlle Kerhervé", "water and energy manager", "Coopérative Laitière de l'Armor"),
  P("Hervé Guillou", "vice-chair", "Légumes du Léon SAS"),
  P("Ewa Lindqvist-Moreau", "scientific adviser", "French National Research Institute for Agriculture, Food and Environment"),
  P("Gwenaëlle Le Floch", "project manager", B),
  P("Yann-Erwan Cadiou", "director", B),
  P("Anne-Sophie Le Goff", "president", B)],
 [O(B), O("Brittany Regional Council"), O("Coopérative Laitière de l'Armor", "CLA"), O("Légumes du Léon SAS"),
  O("Aquamem Technologies SAS"), O("Ouest Filtration SARL"), O("Agence de l'eau Loire-Bretagne"), O("Institut Agro Rennes-Angers"),
  O("Lannion-Trégor Communauté"), O("Quimper Bretagne Occidentale"),
  O("French National Research Institute for Agriculture, Food and Environment", "INRAE"),
  O("Regional Health Agency"), O("Bpifrance")],
 [E("presented its recommendations", "2036-02-12", None, "Rennes", "France"),
  E("regional water conference", "2036-06-16", None, "Saint-Brieuc", "France"),
  E("Cluster general assembly", "2035-06-24")],
 ["2036-02-13", "2036-02-12", "2034-12", "2035-01/2036-01", "2036-06-16", "2036-03", "2035-06-24"],
 [r.rstrip('.') for r in RECS] + ["Create a guarantee fund, managed with Bpifrance and the regional banks, to cover part of the risk for small and medium-sized compa"],
 pub="2036-02-13", url="https://www.breizh-agrowater.example.bzh/en/news/working-group-water-reuse-recommendations")
