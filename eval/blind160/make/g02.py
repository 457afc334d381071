from h import *
F = 'g02_roscommon_agrifood_study_summary.txt'
assert wd(2039,3,22)=='Tuesday' and wd(2039,4,28)=='Thursday'
T = """ROSCOMMON AND EAST GALWAY AGRI-FOOD CLUSTER STUDY
Executive summary

Prepared for: Roscommon County Council, Local Enterprise Office Roscommon and the Western Development Commission
Prepared by: Shannonside Economic Research Ltd, Athlone
Date of this version: 22 March 2039
Status: final, approved by the steering group on Tuesday 22 March 2039

1. Background

In spring 2038 the Local Enterprise Office Roscommon (LEO Roscommon) asked whether the food and drink businesses of the county and of east Galway form a cluster in any meaningful sense, and whether a cluster organisation would add anything to the support already available from Enterprise Ireland and Bord Bia. The study ran from June 2038 to February 2039 and was overseen by a steering group chaired by Siobhán Kilbride, Head of Enterprise at Roscommon County Council. The other members were Declan Moffitt (Western Development Commission), Áine Ní Fhlannagáin, lecturer in food science at the Atlantic Technological University (ATU), and Fergal Cunnane, managing director of Boyle Craft Butchers Ltd and chair of the Roscommon Food Producers Network.

2. Method

The research team – Dr Ruairí Hanley (lead author), Gráinne Duignan and Mark Tully – mapped 214 food and drink businesses between Ballaghaderreen, Boyle, Roscommon town, Castlerea and Ballinasloe. They carried out 38 interviews, ran an online survey (71 responses) and held two workshops: one in Boyle on 15 November 2038 and one in Ballinasloe on 29 November 2038. A comparison was made with three Irish clusters of similar size, among them the Taste of the Midlands network and the Food Innovation Hub in Mullingar.

3. Key findings

- The county has a dense core of meat, dairy and bakery processors, but 82 per cent of them employ fewer than ten people
- Most businesses buy and sell within 60 km; only 19 firms export, almost all of them to Northern Ireland and Great Britain
- Companies know Enterprise Ireland and LEO Roscommon well, but very few have worked with a research centre or a third-level institution
- Shared needs are clear: cold storage, a certified kitchen for product trials, and help with packaging and labelling rules
- The Roscommon Food Producers Network is trusted by its 46 members, yet it runs entirely on volunteers and has no staff
- Businesses do not ask for "a cluster"; they ask for someone who answers the phone and connects them to the right person

4. Recommendations

First, a part-time cluster facilitator should be employed for three years, hosted by the Roscommon Food Producers Network and co-funded by the County Council and the Western Development Commission.
Second, the feasibility of a shared food production unit in the Boyle enterprise centre should be assessed before the end of 2039.
Third, ATU should offer two "innovation vouchers days" a year in Roscommon, so that small firms can meet researchers without travelling to Galway or Sligo.
Finally, the network should join the national food cluster forum convened by Enterprise Ireland and apply for the cluster label only once it has a paid facilitator in place.

5. Next steps

The findings will be presented at a public briefing at King House, Boyle, on Thursday 28 April 2039, opened by the Cathaoirleach of Roscommon County Council, Cllr Eithne Regan. A decision on funding the facilitator post is expected at the council's meeting in June 2039.

6. Acknowledgements

The team thanks the 38 interviewees, the staff of the Boyle and Ballinasloe enterprise centres, and Bernadette Farrell of Bord Bia for data on export markets. Any errors remain the authors' own.

Contact: Dr Ruairí Hanley, Director, Shannonside Economic Research Ltd, ruairi.hanley@shannonside.example.ie
The full report (96 pages, with annexes) can be requested from LEO Roscommon.
"""
write(F, T)
RCC = "Roscommon County Council"; SER = "Shannonside Economic Research Ltd"; RFPN = "Roscommon Food Producers Network"
gold(F,
 [P("Siobhán Kilbride","Head of Enterprise",RCC),
  P("Declan Moffitt",None,"Western Development Commission"),
  P("Áine Ní Fhlannagáin","lecturer in food science","Atlantic Technological University"),
  P("Fergal Cunnane","managing director","Boyle Craft Butchers Ltd"),
  P("Ruairí Hanley","Director",SER),
  P("Gráinne Duignan",None,SER),
  P("Mark Tully",None,SER),
  P("Eithne Regan","Cathaoirleach",RCC),
  P("Bernadette Farrell",None,"Bord Bia")],
 [O(RCC), O("Local Enterprise Office Roscommon","LEO Roscommon"), O("Western Development Commission"), O(SER),
  O("Enterprise Ireland"), O("Bord Bia"), O("Atlantic Technological University","ATU"), O("Boyle Craft Butchers Ltd"),
  O(RFPN), O("Taste of the Midlands"), O("Food Innovation Hub")],
 [E("steering group","2039-03-22",None,None,None),
  E("workshop","2038-11-15",None,"Boyle","Ireland"),
  E("workshop","2038-11-29",None,"Ballinasloe","Ireland"),
  E("public briefing","2039-04-28",None,"Boyle","Ireland"),
  E("council's meeting","2039-06",None,None,None)],
 ["2039-03-22","2038","2038-06/2039-02","2038-11-15","2038-11-29","2039","2039-04-28","2039-06"],
 ["The county has a dense core of meat, dairy and bakery processors, but 82 per cent of them employ fewer than ten people",
  "Most businesses buy and sell within 60 km; only 19 firms export, almost all of them to Northern Ireland and Great Britain",
  "Companies know Enterprise Ireland and LEO Roscommon well, but very few have worked with a research centre or a third-level institution",
  "Shared needs are clear: cold storage, a certified kitchen for product trials, and help with packaging and labelling rules",
  "The Roscommon Food Producers Network is trusted by its 46 members, yet it runs entirely on volunteers and has no staff",
  "Businesses do not ask for \"a cluster\"; they ask for someone who answers the phone and connects them to the right person",
  "a part-time cluster facilitator should be employed for three years, hosted by the Roscommon Food Producers Network and co-funded by the County Council and the Western Development Commission",
  "the feasibility of a shared food production unit in the Boyle enterprise centre should be assessed before the end of 2039",
  "ATU should offer two \"innovation vouchers days\" a year in Roscommon, so that small firms can meet researchers without travelling to Galway or Sligo",
  "the network should join the national food cluster forum convened by Enterprise Ireland and apply for the cluster label only once it has a paid facilitator in place"],
 pub="2039-03-22")
