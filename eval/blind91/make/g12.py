from h import *
F = 'g12_crete_cluster_programme_evaluation.txt'
assert wd(2041,2,7)=='Thursday' and wd(2040,11,12)=='Monday' and wd(2041,3,14)=='Thursday' and wd(2040,12,4)=='Tuesday'
T = """REGION OF CRETE – DIRECTORATE OF DEVELOPMENT PLANNING
Independent evaluation of the Cretan Cluster Support Programme 2035–2040
Executive summary (English version)

Heraklion, 7 February 2041
Ref. 412/ΔΑΠ/2041

Prepared for: Region of Crete, Directorate of Development Planning
Prepared by: Aegean Policy Research S.A., Athens, in cooperation with the Hellenic Mediterranean University
Evaluation team: Dr. Eleni Markaki (team leader), Stavros Papadogiannakis, Dr. Ioanna Vlachaki-Roussou, Christos Tzanakis
Steering group chair: Manolis Daskalakis, Director of Development Planning, Region of Crete

------------------------------------------------------------------------

1. PURPOSE AND SCOPE

The Cretan Cluster Support Programme was launched in 2035 to help four regional clusters grow into professional organisations serving their members: the Cretan Olive Oil Cluster, the Crete Agri-Food Quality Cluster, the Cretan Digital Tourism Cluster and the Heraklion Health Technology Cluster. Over six years the programme spent EUR 7.8 million, of which 85 % came from the regional operational programme.

The Region asked for an independent evaluation of the programme's relevance, effectiveness and efficiency before designing the next support scheme. The evaluation ran from September 2040 to January 2041.

2. METHOD

The team combined desk research, a survey of 388 cluster members (response rate 41 %), 52 interviews and four focus groups, one per cluster. Interim results were discussed with the steering group on Monday 12 November 2040 and in a stakeholder workshop at the Heraklion Chamber of Commerce and Industry on Tuesday 4 December 2040, attended by 74 people.

The evaluation faced some limits. Several of the early activities of the
programme were poorly documented, and two of the four clusters changed
managers during the period, so that part of the history had to be
reconstructed from interviews. The survey over-represents members from
Heraklion and Chania; responses from companies in Lasithi and in the
mountain villages were few. The team corrected for this where possible
by additional telephone interviews.

Among those interviewed were the managers of the four clusters: Georgios Kalaitzakis (Cretan Olive Oil Cluster), Maria Sfakianaki-Lee (Crete Agri-Food Quality Cluster), Nikos Alexandrakis (Cretan Digital Tourism Cluster) and Dr. Anna Petrakis-Weiss (Heraklion Health Technology Cluster). The team also met Prof. Dimitrios Kouroupis, vice-rector for research of the University of Crete, and Kostas Mavrogiannis, head of the Innovation Unit of the Foundation for Research and Technology – Hellas (FORTH).

3. MAIN FINDINGS

3.1 The programme was relevant to the needs of the regional economy and to the Regional Smart Specialisation Strategy of Crete
3.2 All four clusters now have professional management, a business plan and a growing membership, which together rose from 210 to 388 members
3.3 Members value joint promotion, export missions and help with certification most; training and research projects were valued less
3.4 The clusters remain dependent on public funding, which covered between 62 % and 88 % of their budgets in 2040
3.5 Cooperation between the four clusters was limited, although tourism, food and health offer clear cross-sector opportunities
3.6 Monitoring was weak: indicators measured activities such as events held rather than results for companies

4. RECOMMENDATIONS

R1. The Region should continue its support for a further period of five years, but with funding that falls each year and depends on results
R2. Each cluster should adopt a fee-based service model so that member income covers at least 40 % of its budget by 2046
R3. The Region should fund at least two cross-cluster projects a year, starting with food and wellness tourism
R4. A common results framework should be introduced for all clusters, with indicators on sales, exports, jobs and innovation
R5. The clusters should apply for the ECEI Silver Label before the end of 2042

5. COMMENTS FROM THE STEERING GROUP

The steering group accepted the findings. Manolis Daskalakis noted that recommendation R1 would need the approval of the Regional Council. The clusters' managers expressed concern about the pace of the funding reduction in R1 and R2. Nikos Alexandrakis pointed out that the tourism cluster's members, most of them seasonal businesses, cannot pay fees in the winter months.

6. NEXT STEPS

The evaluation will be presented to the Regional Council of Crete on Thursday 14 March 2041 and to the Monitoring Committee of the regional programme in May 2041. A call for the new cluster scheme is expected in the second half of 2041.

------------------------------------------------------------------------

ANNEX A – Events organised by the clusters, 2035–2040 (selection)

- Cretan Olive Oil Days, Chania, 2036, 2038 and 2040
- Crete Digital Tourism Summit, Heraklion, 22–23 October 2039
- Health Tech Crete Investors' Forum, Heraklion, 5 May 2038
- Export mission of the Crete Agri-Food Quality Cluster to Munich, 14–16 February 2037

ANNEX B – Abbreviations

ECEI    European Cluster Excellence Initiative
FORTH   Foundation for Research and Technology – Hellas
HMU     Hellenic Mediterranean University

Contact for this report: Directorate of Development Planning, Region of Crete,
Plateia Eleftherias, 71201 Heraklion · programming@crete.example.gr

[Page 1 of the Greek original: 84 pages. The full report is available in Greek only.]
"""
write(F, T)
assert wd(2038,5,5)=='Wednesday'
R="Region of Crete"
gold(F,
 [P("Eleni Markaki","team leader","Aegean Policy Research S.A."),
  P("Stavros Papadogiannakis",None,"Aegean Policy Research S.A."),
  P("Ioanna Vlachaki-Roussou",None,"Aegean Policy Research S.A."),
  P("Christos Tzanakis",None,"Aegean Policy Research S.A."),
  P("Manolis Daskalakis","Director of Development Planning",R),
  P("Georgios Kalaitzakis","manager","Cretan Olive Oil Cluster"),
  P("Maria Sfakianaki-Lee","manager","Crete Agri-Food Quality Cluster"),
  P("Nikos Alexandrakis","manager","Cretan Digital Tourism Cluster"),
  P("Anna Petrakis-Weiss","manager","Heraklion Health Technology Cluster"),
  P("Dimitrios Kouroupis","vice-rector for research","University of Crete"),
  P("Kostas Mavrogiannis","head of the Innovation Unit","Foundation for Research and Technology – Hellas")],
 [O(R), O("Directorate of Development Planning"), O("Aegean Policy Research S.A."), O("Hellenic Mediterranean University","HMU"),
  O("Cretan Olive Oil Cluster"), O("Crete Agri-Food Quality Cluster"), O("Cretan Digital Tourism Cluster"),
  O("Heraklion Health Technology Cluster"), O("Heraklion Chamber of Commerce and Industry"), O("University of Crete"),
  O("Innovation Unit"), O("Foundation for Research and Technology – Hellas","FORTH"), O("European Cluster Excellence Initiative","ECEI"),
  O("Regional Council of Crete"), O("Monitoring Committee")],
 [E("steering group meeting","2040-11-12",None,None,None),
  E("stakeholder workshop","2040-12-04",None,"Heraklion","Greece"),
  E("Regional Council of Crete meeting","2041-03-14",None,None,None),
  E("Monitoring Committee meeting","2041-05",None,None,None),
  E("Cretan Olive Oil Days","2036",None,"Chania","Greece"), E("Cretan Olive Oil Days","2038",None,"Chania","Greece"), E("Cretan Olive Oil Days","2040",None,"Chania","Greece"),
  E("Crete Digital Tourism Summit","2039-10-22","2039-10-23","Heraklion","Greece"),
  E("Health Tech Crete Investors' Forum","2038-05-05",None,"Heraklion","Greece"),
  E("Export mission of the Crete Agri-Food Quality Cluster to Munich","2037-02-14","2037-02-16","Munich","Germany")],
 ["2035/2040","2041-02-07","2035","2040-09/2041-01","2040-11-12","2040-12-04","2040","2046","2042","2041-03-14","2041-05","2041",
  "2036","2038","2039-10-22/2039-10-23","2038-05-05","2037-02-14/2037-02-16"],
 ["The programme was relevant to the needs of the regional economy and to the Regional Smart Specialisation Strategy of Crete",
  "All four clusters now have professional management, a business plan and a growing membership, which together rose from 210 to 388 members",
  "Members value joint promotion, export missions and help with certification most; training and research projects were valued less",
  "The clusters remain dependent on public funding, which covered between 62 % and 88 % of their budgets in 2040",
  "Cooperation between the four clusters was limited, although tourism, food and health offer clear cross-sector opportunities",
  "Monitoring was weak: indicators measured activities such as events held rather than results for companies",
  "The Region should continue its support for a further period of five years, but with funding that falls each year and depends on results",
  "Each cluster should adopt a fee-based service model so that member income covers at least 40 % of its budget by 2046",
  "The Region should fund at least two cross-cluster projects a year, starting with food and wellness tourism",
  "A common results framework should be introduced for all clusters, with indicators on sales, exports, jobs and innovation",
  "The clusters should apply for the ECEI Silver Label before the end of 2042"],
 "2041-02-07")
