from h import *
F = 'g06_lapland_arctic_tourism_survey.md'
assert wd(2040,3,20)=='Tuesday' and wd(2040,4,16)=='Monday'
T = """# Arctic Experience Cluster Member Survey 2040 – Summary of results

**Arctic Experience Cluster Lapland** · Rovaniemi, 2 April 2040
*Prepared by: Juho Kärkkäinen-Sarre, analyst, and Elina Vuolab, cluster manager*

> This summary is published for members and partners. The full tables (48 pages) are available on request. Please do not quote individual figures without naming the source.

---

## About the survey

The survey was open from 5 to 26 February 2040 and was sent to all 212 member companies of the Arctic Experience Cluster Lapland, from husky safari operators and reindeer farms in Inari to hotels in Levi and Ylläs and technology suppliers in Rovaniemi. 131 companies replied (62 %). The questionnaire was designed together with the Lapland University of Applied Sciences (Lapin AMK) and the Regional Council of Lapland, which co-financed the work. Fieldwork support came from Multidimensional Tourism Institute (MTI) students.

Results were first presented to members at the cluster's spring meeting in Rovaniemi on Tuesday 20 March 2040, where Hanna-Riikka Palojärvi, development director of Visit Rovaniemi, and Olli Peltovuoma, chair of the Sámi tourism working group, commented on them.

### Respondents by sector

| Sector | Replies |
|---|---|
| Programme and safari services | 44 |
| Accommodation and restaurants | 39 |
| Transport and guiding | 21 |
| Technology and services for tourism | 15 |
| Reindeer and nature-based farms | 12 |

## Key findings

- Winter still generates 71 % of members' turnover, but the share of summer and autumn bookings has grown for the third year in a row
- Recruitment of seasonal staff is the most serious problem for 58 % of respondents, ahead of energy costs and flight connections
- Two thirds of companies want the cluster to negotiate joint contracts for electricity and vehicle charging
- Only one company in five measures its carbon footprint, although most large tour operators now ask for it
- Members rate the cluster's sales trips and the joint presence at trade fairs as its most valuable services

## What members said

Respondents could add free comments. Many asked for more work on responsible tourism in Sámi areas, and for better data on visitor numbers. One hotel manager in Saariselkä wrote that "without a second season, we cannot keep a trained chef for more than four months".

## Comparison with 2038

The last member survey was carried out in February 2038. Satisfaction with the cluster has risen from 3.6 to 4.1 on a five-point scale. The share of members with international customers from outside Europe has doubled, mainly because of new flight routes to Asia operated by Finnair.

## What happens next

The board of the cluster discussed the findings on 16 April 2040 and decided to set up a working group on seasonal staff, led by Tuomas Aikio of Lapland Safaris Oy. A workshop on carbon footprint calculation will be organised with Business Finland and the Finnish Tourism Agency in Levi in September 2040.

The results will also feed into the Lapland Tourism Strategy 2041–2045, which the Regional Council of Lapland is preparing.

---

### Contacts

**Elina Vuolab**, Cluster Manager
Arctic Experience Cluster Lapland
Jokiväylä 11 C, 96300 Rovaniemi
elina.vuolab@arcticcluster.example.fi · +358 40 000 0000

**Juho Kärkkäinen-Sarre**, Analyst
juho.karkkainen@arcticcluster.example.fi

---

*Arctic Experience Cluster Lapland is supported by the Regional Council of Lapland and the European Regional Development Fund.*

[Back to member pages](/members) · [Previous surveys: 2038](/survey-2038) · [2036](/survey-2036) · [2034](/survey-2034)
"""
write(F, T)
AE="Arctic Experience Cluster Lapland"
gold(F,
 [P("Juho Kärkkäinen-Sarre","analyst",AE),
  P("Elina Vuolab","cluster manager",AE),
  P("Hanna-Riikka Palojärvi","development director","Visit Rovaniemi"),
  P("Olli Peltovuoma","chair of the Sámi tourism working group",None),
  P("Tuomas Aikio",None,"Lapland Safaris Oy")],
 [O(AE), O("Lapland University of Applied Sciences","Lapin AMK"), O("Regional Council of Lapland"),
  O("Multidimensional Tourism Institute","MTI"), O("Visit Rovaniemi"), O("Finnair"), O("Lapland Safaris Oy"),
  O("Business Finland"), O("Finnish Tourism Agency")],
 [E("spring meeting","2040-03-20",None,"Rovaniemi","Finland"),
  E("board meeting","2040-04-16",None,None,None),
  E("workshop on carbon footprint calculation","2040-09",None,"Levi","Finland")],
 ["2040-04-02","2040-02-05/2040-02-26","2040-03-20","2038-02","2040-04-16","2040-09","2041/2045"],
 ["Winter still generates 71 % of members' turnover, but the share of summer and autumn bookings has grown for the third year in a row",
  "Recruitment of seasonal staff is the most serious problem for 58 % of respondents, ahead of energy costs and flight connections",
  "Two thirds of companies want the cluster to negotiate joint contracts for electricity and vehicle charging",
  "Only one company in five measures its carbon footprint, although most large tour operators now ask for it",
  "Members rate the cluster's sales trips and the joint presence at trade fairs as its most valuable services"],
 "2040-04-02")
