from h import *
F = 'g03_haskovo_cluster_scheme_evaluation-pdf.txt'
assert wd(2036,5,6)=='Tuesday' and wd(2036,6,18)=='Wednesday'
H = "Evaluation of the Haskovo Cluster Support Scheme 2031–2035 · Summary report"
def foot(n): return f"Thracia Policy Advisory OOD · April 2036                                   page {n} of 3"
T = f"""{H}

EVALUATION OF THE HASKOVO CLUSTER
SUPPORT SCHEME 2031–2035
Summary report for the Regional Development Council

Commissioned by: Haskovo District Administration, Department of
Regional Development
Evaluator: Thracia Policy Advisory OOD, Plovdiv
Evaluation team: Petar DIMOV (team leader), Radostina KOLEVA,
Emil HADZHIEV
Submitted: 30 April 2036

1. Purpose and scope

This summary presents the main results of the ex-post evaluation of
the Haskovo Cluster Support Scheme, which ran from 2031 to 2035 and
provided grants, coaching and matchmaking support to cluster organi-
sations in the districts of Haskovo and Kardzhali. The scheme was
co-financed from the regional programme and managed by the Haskovo
District Administration with technical support from the Bulgarian
Small and Medium Enterprises Promotion Agency (BSMEPA).
The evaluation covers all nine cluster organisations supported, among
them the Thracian Food Cluster, the Dimitrovgrad Chemical and Energy
Cluster, the Rhodope Textile Cluster and the Svilengrad Logistics
Cluster.

2. Method

The team combined document analysis, a survey of 164 member compa-
nies (response rate 41%), 27 interviews and two focus groups held in
Haskovo and Kardzhali in February 2036. Results were discussed with
the scheme's monitoring committee at its last meeting in Haskovo on
Tuesday 6 May 2036, chaired by the Deputy Regional Governor, Milena
TODOROVA.

{foot(1)}

{H}

3. Key findings

- Seven of the nine clusters still operate; two (in furniture and in
  tourism) stopped their activity when the grants ended in 2035
- Member companies value matchmaking and joint trade fair stands
  above all other services
- Cluster managers spent on average 38% of their time on reporting
  to the scheme, which they judged excessive
- Only the Thracian Food Cluster and the Dimitrovgrad Chemical and
  Energy Cluster earn more than half of their budget from membership
  fees and services
- Cooperation with Trakia University and the Plovdiv technical
  universities remained occasional and depended on individual contacts
- Cross-border links with Edirne (Türkiye) and Evros (Greece) were
  promised in most cluster strategies but were realised by only two
  clusters

4. Lessons learnt

- A five-year grant without a plan for financial independence keeps
  weak clusters alive but does not make them stronger
- Coaching worked best when the same coach followed a cluster for at
  least two years
- Simple reporting saves time that managers can spend with members

{foot(2)}

{H}

5. Recommendations for the next scheme

- Link the second and third years of funding to a rising share of own
  income, starting at 20% and reaching 45%
- Replace quarterly activity reports with one annual report and a
  short member satisfaction survey
- Fund joint services for clusters (legal advice, trade fair
  logistics) through one regional cluster office
- Reserve part of the budget for cross-border projects with partners
  in Evros and Edirne

6. Presentation of the results

The results will be presented to the Regional Development Council of
the South-Central Region at its session on Wednesday 18 June 2036 in
Haskovo. The Regional Governor, Hristo VALCHANOV, has invited the
cluster managers and the Mayor of Dimitrovgrad, Desislava ANGELOVA,
to take part in the discussion.

Contact: Petar DIMOV, Managing Partner, Thracia Policy Advisory OOD,
4000 Plovdiv, p.dimov@thracia-advisory.example.bg

{foot(3)}
"""
write(F, T)
TP = "Thracia Policy Advisory OOD"
gold(F,
 [P("Petar DIMOV","Managing Partner",TP),
  P("Radostina KOLEVA",None,TP),
  P("Emil HADZHIEV",None,TP),
  P("Milena TODOROVA","Deputy Regional Governor",None),
  P("Hristo VALCHANOV","Regional Governor",None),
  P("Desislava ANGELOVA","Mayor of Dimitrovgrad",None)],
 [O("Haskovo District Administration"), O("Department of Regional Development"), O(TP),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Thracian Food Cluster"), O("Dimitrovgrad Chemical and Energy Cluster"), O("Rhodope Textile Cluster"),
  O("Svilengrad Logistics Cluster"), O("Trakia University"),
  O("Regional Development Council of the South-Central Region")],
 [E("focus groups","2036-02",None,"Haskovo, Kardzhali","Bulgaria"),
  E("monitoring committee","2036-05-06",None,"Haskovo","Bulgaria"),
  E("session","2036-06-18",None,"Haskovo","Bulgaria")],
 ["2031/2035","2036-04","2036-04-30","2036-02","2036-05-06","2035","2036-06-18"],
 ["Seven of the nine clusters still operate; two (in furniture and in tourism) stopped their activity when the grants ended in 2035",
  "Member companies value matchmaking and joint trade fair stands above all other services",
  "Cluster managers spent on average 38% of their time on reporting to the scheme, which they judged excessive",
  "Only the Thracian Food Cluster and the Dimitrovgrad Chemical and Energy Cluster earn more than half of their budget from membership fees and services",
  "Cooperation with Trakia University and the Plovdiv technical universities remained occasional and depended on individual contacts",
  "Cross-border links with Edirne (Türkiye) and Evros (Greece) were promised in most cluster strategies but were realised by only two clusters",
  "A five-year grant without a plan for financial independence keeps weak clusters alive but does not make them stronger",
  "Coaching worked best when the same coach followed a cluster for at least two years",
  "Simple reporting saves time that managers can spend with members",
  "Link the second and third years of funding to a rising share of own income, starting at 20% and reaching 45%",
  "Replace quarterly activity reports with one annual report and a short member satisfaction survey",
  "Fund joint services for clusters (legal advice, trade fair logistics) through one regional cluster office",
  "Reserve part of the budget for cross-border projects with partners in Evros and Edirne"],
 pub="2036-04-30")
