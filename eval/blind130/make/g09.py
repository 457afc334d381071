from h import *
F = 'g09_cluster_survey_2041_summary.md'
assert wd(2041,3,4)=='Monday' and wd(2041,4,26)=='Friday' and wd(2041,6,20)=='Thursday' and wd(2041,10,8)=='Tuesday' and wd(2041,10,9)=='Wednesday'
T = """# State of European Cluster Organisations 2041 – Summary of survey results

**Published:** 11 June 2041 · **Publisher:** European Secretariat for Cluster Analysis (ESCA), Berlin · **Download:** full report (PDF, 2.4 MB) | data annex (XLSX)

*Authors: Dr Helmut Vogelsang-Brandt (ESCA, lead author), Lucía Fernández de Mesa (TCI Network) and Aistė Petrauskaitė (Lithuanian Innovation Centre). Statistical advice: Prof. Jonas Ekström, Örebro University.*

---

## About the survey

The survey is the fourth in a series run every two years since 2035. This edition was carried out online between Monday 4 March and Friday 26 April 2041 in 24 languages, with the support of Cluster Excellence Denmark, the French association France Clusters and the European Clusters Alliance. 1,027 cluster organisations from 31 countries answered the full questionnaire, up from 812 in 2039. Cluster organisations holding a gold or silver label of the European Cluster Excellence Initiative make up 41 % of the sample.

Respondents were asked about their members, staff, budgets and services, and – for the first time – about their role in the green and digital transition pathways of the EU industrial ecosystems.

## Headline figures

| Indicator | 2039 | 2041 |
|---|---|---|
| Median number of members | 84 | 91 |
| Median staff (full-time equivalent) | 4.5 | 5.0 |
| Share of budget from membership fees | 27 % | 24 % |
| Cluster organisations with an internationalisation strategy | 58 % | 66 % |

## Key findings

- Public project funding remains the largest income source for most cluster organisations, and its share has grown since 2039
- Two thirds of respondents now offer services linked to the green transition, mainly energy audits, carbon accounting and circular economy matchmaking
- Only 18 % of cluster organisations have a staff member dedicated to skills, although skills shortages are the members' most frequent request
- Cluster organisations in less developed regions are on average half the size of those in more developed regions and depend far more on regional funding
- Staff turnover is high: one in four cluster managers has been in the post for less than two years

## Recommendations

The authors draw three recommendations from the results. First, national and regional cluster programmes should move from project-based funding to performance-based core funding over at least four years. Second, the European Commission should include cluster organisations as partners in the implementation of the transition pathways, with a clear mandate and resources. Finally, cluster organisations themselves should invest in their own people through structured training and mentoring for new cluster managers.

> "Clusters are asked to do more and more for the twin transition, but their staff numbers have barely moved," says lead author Helmut Vogelsang-Brandt. "Without stable core funding the growing expectations cannot be met."

## Launch webinar and next steps

The results will be presented in a launch webinar on Thursday 20 June 2041, 10:00–11:30 CET, with comments from Wojciech Zaremba-Kłos, cluster policy officer at the Polish Agency for Enterprise Development (PARP), and from Elena Vasilescu, board member of the European Clusters Alliance. A discussion of the findings with Member State representatives is planned at the TCI Network's annual European conference in Vilnius, 8–9 October 2041.

Registration for the webinar is open until 18 June. Cluster organisations that took part will receive an individual benchmarking report by the end of July 2041.

## Earlier editions

- State of European Cluster Organisations 2039 – 812 respondents, launched at a webinar on 14 June 2039
- State of European Cluster Organisations 2037 – 655 respondents
- State of European Cluster Organisations 2035 – 430 respondents (pilot)

---

*Contact: survey@esca.example.eu · ESCA gGmbH, Berlin · Tags: survey, cluster management, funding, skills*

[Imprint](/imprint) · [Privacy](/privacy) · [Newsletter](/newsletter)
"""
write(F, T)
gold(F,
 [P("Helmut Vogelsang-Brandt", "lead author", "ESCA"),
  P("Lucía Fernández de Mesa", None, "TCI Network"),
  P("Aistė Petrauskaitė", None, "Lithuanian Innovation Centre"),
  P("Jonas Ekström", None, "Örebro University"),
  P("Wojciech Zaremba-Kłos", "cluster policy officer", "Polish Agency for Enterprise Development"),
  P("Elena Vasilescu", "board member", "European Clusters Alliance")],
 [O("European Secretariat for Cluster Analysis", "ESCA"), O("TCI Network"), O("Lithuanian Innovation Centre"), O("Örebro University"),
  O("Cluster Excellence Denmark"), O("France Clusters"), O("European Clusters Alliance"), O("European Commission"),
  O("Polish Agency for Enterprise Development", "PARP")],
 [E("launch webinar", "2041-06-20", None, None, None),
  E("TCI Network's annual European conference", "2041-10-08", "2041-10-09", "Vilnius", "Lithuania"),
  E("webinar", "2039-06-14", None, None, None)],
 ["2041-06-11", "2035", "2041-03-04/2041-04-26", "2039", "2041", "2041-06-20", "2041-10-08/2041-10-09", "2041-06-18", "2041-07", "2039-06-14"],
 ["Public project funding remains the largest income source for most cluster organisations, and its share has grown since 2039",
  "Two thirds of respondents now offer services linked to the green transition, mainly energy audits, carbon accounting and circular economy matchmaking",
  "Only 18 % of cluster organisations have a staff member dedicated to skills, although skills shortages are the members' most frequent request",
  "Cluster organisations in less developed regions are on average half the size of those in more developed regions and depend far more on regional funding",
  "Staff turnover is high: one in four cluster managers has been in the post for less than two years",
  "national and regional cluster programmes should move from project-based funding to performance-based core funding over at least four years",
  "the European Commission should include cluster organisations as partners in the implementation of the transition pathways, with a clear mandate and resources",
  "cluster organisations themselves should invest in their own people through structured training and mentoring for new cluster managers"],
 pub="2041-06-11")
