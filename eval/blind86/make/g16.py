from h import *
F = 'g16_szombathely_cross_border_clusters_policy_brief.md'
assert wd(2041,5,9)=='Thursday'
T = """**CLUSTERBRIDGE AT-HU** | Policy Brief No. 3 | May 2041

# Making cross-border cluster cooperation last: lessons from the Austrian–Hungarian border

*Authors: Dr. Zsuzsanna Horváth-Kiss (Pannon Business Network Association) and Mag. Bernhard Pöltl (Wirtschaftsagentur Steiermark Süd GmbH). Published 9 May 2041.*

---

## Summary

Since 2038, the Interreg project CLUSTERBRIDGE AT-HU has helped clusters in Vas and Győr-Moson-Sopron counties in Hungary and in southern Styria and southern Burgenland in Austria to work together on joint services for their members. This brief draws on 46 interviews, a survey of 212 companies and four pilot actions to ask a simple question: what makes such cooperation survive once project funding ends? It is addressed to the managing bodies of the programmes, to regional governments and to cluster managers.

## Key messages

- Cross-border cooperation between clusters works best when it starts from a concrete shared business need, such as recruiting skilled workers or entering a third market, rather than from a general wish to cooperate.
- Language remains a larger barrier than regulation: only 23% of the surveyed companies could hold a business meeting in the neighbour's language or in English.
- Clusters on both sides depend on short project cycles; three of the seven partner clusters have no staff paid from members' fees.
- Joint services that members pay for, even modestly, last longer than free services.
- Cooperation is still concentrated in a narrow band close to the border and rarely reaches companies in Szombathely's or Graz's wider hinterland.

## Evidence at a glance

| Indicator | Hungary | Austria |
|---|---|---|
| Companies surveyed | 118 | 94 |
| ...with a cross-border customer or supplier | 41% | 33% |
| ...that took part in a joint cluster activity 2038–2040 | 27% | 31% |
| ...willing to pay for a joint service | 38% | 46% |

The four pilots – a joint talent pool for mechatronics, a shared booth at the Hannover Messe, a cross-border wood construction database and a bilingual apprenticeship exchange – reached 164 companies. The apprenticeship exchange between the Szombathely Vocational Centre and the Berufsschule Feldbach was the most successful and will continue with funding from the two regional governments.

## Policy recommendations

**To the programme authorities**

1. Allow small follow-up grants of up to EUR 60,000 for cluster partnerships that have completed a project, to bridge the gap between funding periods.
2. Accept language training for cluster staff and companies as an eligible cost in all cooperation projects.

**To regional governments**

3. The Government Office of Vas County and the Styrian Provincial Government should sign a joint agreement on cluster cooperation by the end of 2042.
4. Include cross-border cluster services in the regional smart specialisation strategies for 2042–2048.

**To cluster managers**

5. Introduce a modest fee for joint services from the second year of any cooperation.
6. Appoint a cross-border contact person in each cluster team.

## About the project

CLUSTERBRIDGE AT-HU (2038–2041) is led by the Pannon Business Network Association (PBN) in Szombathely. Partners are the Wirtschaftsagentur Steiermark Süd GmbH, the Wood Cluster Styria (Holzcluster Steiermark GmbH), the Business Development Agency of Burgenland (Wirtschaftsagentur Burgenland GmbH), the Automotive Cluster West Pannonia, and the University of Sopron. The final conference took place in Szombathely on 24 April 2041 with Dr. Gábor Kovács-Nemes, Deputy State Secretary at the Hungarian Ministry for National Economy, and Ursula Reinprecht, head of the economic policy department of the Styrian Provincial Government.

---

**Contact:** Zsuzsanna Horváth-Kiss, project manager, Pannon Business Network Association, Szombathely · horvath-kiss@pbn.example.hu

*Previous briefs:* No. 1 – Skills shortages in the border region (October 2039) · No. 2 – Wood construction as a cross-border value chain (June 2040)

*This policy brief reflects the authors' views only. The programme bodies are not responsible for any use that may be made of the information it contains.*
"""
write(F, T)
gold(F,
 [P("Zsuzsanna Horváth-Kiss","project manager","Pannon Business Network Association"),
  P("Bernhard Pöltl",None,"Wirtschaftsagentur Steiermark Süd GmbH"),
  P("Gábor Kovács-Nemes","Deputy State Secretary","Hungarian Ministry for National Economy"),
  P("Ursula Reinprecht","head of the economic policy department","Styrian Provincial Government")],
 [O("Pannon Business Network Association","PBN"), O("Wirtschaftsagentur Steiermark Süd GmbH"),
  O("Szombathely Vocational Centre"), O("Berufsschule Feldbach"), O("Government Office of Vas County"),
  O("Styrian Provincial Government"), O("Wood Cluster Styria"),
  O("Business Development Agency of Burgenland"), O("Automotive Cluster West Pannonia"),
  O("University of Sopron"), O("Hungarian Ministry for National Economy")],
 [E("Hannover Messe",None,None,"Hannover","Germany"),
  E("final conference","2041-04-24",None,"Szombathely","Hungary")],
 ["2041-05","2041-05-09","2038","2038/2040","2042","2042/2048","2038/2041","2041-04-24","2039-10","2040-06"],
 ["Cross-border cooperation between clusters works best when it starts from a concrete shared business need, such as recruiting skilled workers or entering a third market, rather than from a general wish to cooperate",
  "Language remains a larger barrier than regulation: only 23% of the surveyed companies could hold a business meeting in the neighbour's language or in English",
  "Clusters on both sides depend on short project cycles; three of the seven partner clusters have no staff paid from members' fees",
  "Joint services that members pay for, even modestly, last longer than free services",
  "Cooperation is still concentrated in a narrow band close to the border and rarely reaches companies in Szombathely's or Graz's wider hinterland",
  "Allow small follow-up grants of up to EUR 60,000 for cluster partnerships that have completed a project, to bridge the gap between funding periods",
  "Accept language training for cluster staff and companies as an eligible cost in all cooperation projects",
  "The Government Office of Vas County and the Styrian Provincial Government should sign a joint agreement on cluster cooperation by the end of 2042",
  "Include cross-border cluster services in the regional smart specialisation strategies for 2042–2048",
  "Introduce a modest fee for joint services from the second year of any cooperation",
  "Appoint a cross-border contact person in each cluster team"],
 "2041-05-09")
