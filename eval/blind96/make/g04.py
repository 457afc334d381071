from h import *
F = 'g04_pomurje_label_assessment.md'
assert wd(2038,5,6)=='Thursday' and wd(2038,5,7)=='Friday'
T = """# Cluster Management Excellence Assessment – Summary Report

**Cluster organisation:** Pomurje Thermal & Wellness Tourism Cluster (PTWC), Murska Sobota, Slovenia
**Label applied for:** Gold (renewal of Silver Label awarded in 2035)
**Assessment visit:** 6–7 May 2038, Moravske Toplice
**Assessor:** Dr. Henrike Albrecht-Sauer, accredited assessor of the European Secretariat for Cluster Analysis (ESCA)
**Report date:** 28 May 2038
**Status:** Final – approved for publication on the cluster website

---

## 1. Scope and method

The assessment followed the 31 indicators of the cluster management excellence methodology in five areas: structure of the cluster, governance, financing, strategy and services, and achievements and recognition. The assessor reviewed 46 documents sent in advance and held interviews on site on Thursday 6 and Friday 7 May 2038.

Interviews were held with:

- Boštjan Horvat, Cluster Manager, PTWC
- Nataša Kuhar, Chair of the Board, PTWC, and Director of Terme 3000 d.o.o.
- Marko Gjerkeš, Project Coordinator, PTWC
- Mojca Lovrenčec, Head of Regional Development, Pomurje Regional Development Agency (RRA Mura)
- Dr. Zoran Bencik, Dean, Faculty of Tourism, University of Maribor
- four member companies (two spa hotels, a health-tech start-up and a food producer)

A short visit was paid to the cluster's demonstration room for balneology products at the Pomurje Technology Park.

## 2. Key figures

| Indicator | 2035 | 2037 |
|---|---|---|
| Members | 38 | 57 |
| of which SMEs | 29 | 44 |
| Staff (FTE) | 2.5 | 4.0 |
| Budget (EUR) | 310,000 | 545,000 |
| Share of private income | 22 % | 34 % |
| International projects | 2 | 5 |

## 3. Strengths

- A clear and documented strategy for 2036–2040, adopted by the General Assembly and reviewed each year
- Strong commitment of members: 81 % took part in at least one activity in 2037
- A well-balanced board with spa operators, SMEs, the university and the regional development agency
- Member services (joint marketing, training for therapists, funding advice) are rated good or very good by 88 % of members
- Growing share of private income, mainly from paid services and sponsorship
- Visible role in national tourism policy, including a seat on the Slovenian Tourist Board's health-tourism committee

## 4. Areas for improvement

- The cluster does not yet have a written internationalisation plan with targets per market
- Key performance indicators are collected but not reported to members in a regular scorecard
- The staff is small for the number of projects; a deputy manager should be appointed
- Cooperation with clusters outside Slovenia is limited to project partners
- The member satisfaction survey should include non-members and lost members

## 5. Result

The assessor scored the cluster at 29 of 31 indicators as fulfilled. Two indicators (internationalisation and reporting of KPIs) were rated as partly fulfilled. In line with the rules of the European Cluster Excellence Initiative, the Gold Label can be awarded with the condition that a progress report on both areas is submitted within twelve months.

**Recommendation of the assessor:** award of the Cluster Management Excellence Label GOLD, valid until May 2040.

The ESCA quality committee confirmed the result on 26 May 2038.

## 6. Comments of the cluster

Boštjan Horvat thanked the assessor and said that the internationalisation plan would be presented at the members' meeting in Lendava on 22 September 2038. The cluster has applied for the ClusterXchange scheme to send two staff members to the Bavarian health cluster in Bad Füssing.

---

*Contact:* Pomurje Thermal & Wellness Tourism Cluster, Lendavska ulica 1, 9000 Murska Sobota · info@ptwc.example.si

[Back to News](../news/) · [All reports](../reports/)
"""
write(F, T)
C = "Pomurje Thermal & Wellness Tourism Cluster"
gold(F,
 [P("Henrike Albrecht-Sauer","accredited assessor","European Secretariat for Cluster Analysis"),
  P("Boštjan Horvat","Cluster Manager",C), P("Nataša Kuhar","Chair of the Board",C),
  P("Marko Gjerkeš","Project Coordinator",C), P("Mojca Lovrenčec","Head of Regional Development","Pomurje Regional Development Agency"),
  P("Zoran Bencik","Dean","Faculty of Tourism")],
 [O(C,"PTWC"), O("European Secretariat for Cluster Analysis","ESCA"), O("Terme 3000 d.o.o."),
  O("Pomurje Regional Development Agency","RRA Mura"), O("Faculty of Tourism"), O("University of Maribor"),
  O("Pomurje Technology Park"), O("Slovenian Tourist Board"), O("European Cluster Excellence Initiative"),
  O("ESCA quality committee")],
 [E("Assessment visit","2038-05-06","2038-05-07","Moravske Toplice","Slovenia"),
  E("members' meeting","2038-09-22",None,"Lendava","Slovenia")],
 ["2035","2038-05-06/2038-05-07","2038-05-28","2036/2040","2037","2040-05","2038-05-26","2038-09-22"],
 ["A clear and documented strategy for 2036–2040, adopted by the General Assembly and reviewed each year",
  "Strong commitment of members: 81 % took part in at least one activity in 2037",
  "A well-balanced board with spa operators, SMEs, the university and the regional development agency",
  "Member services (joint marketing, training for therapists, funding advice) are rated good or very good by 88 % of members",
  "Growing share of private income, mainly from paid services and sponsorship",
  "Visible role in national tourism policy, including a seat on the Slovenian Tourist Board's health-tourism committee",
  "The cluster does not yet have a written internationalisation plan with targets per market",
  "Key performance indicators are collected but not reported to members in a regular scorecard",
  "The staff is small for the number of projects; a deputy manager should be appointed",
  "Cooperation with clusters outside Slovenia is limited to project partners",
  "The member satisfaction survey should include non-members and lost members"],
 "2038-05-28")
