from h import *
F = 'g06_malta_maritime_member_survey.txt'
assert wd(2035,11,27)=='Tuesday' and wd(2036,1,16)=='Wednesday'
T = """MALTA MARITIME & YACHTING CLUSTER
Member Survey 2035 – Summary of Key Findings

Valletta, 12 December 2035
Prepared by: Clare Vella Azzopardi, Research and Membership Officer
Reviewed by: Joseph Camilleri, Chief Executive Officer

------------------------------------------------------------
Contents
1. About the survey
2. Who answered
3. Key findings
4. What members asked for
5. How we will respond
Annex: questionnaire (separate file)
------------------------------------------------------------

1. ABOUT THE SURVEY

The Malta Maritime & Yachting Cluster (MMYC) surveys its members every two years. The 2035 survey ran online from 15 October to 9 November 2035 and was also available on paper at the cluster office in Kalkara. It was designed with the Centre for Entrepreneurship and Business Incubation at the University of Malta, whose researcher Dr. Luke Farrugia analysed the answers.

The results were first presented to members at the Cluster Members' Evening on Tuesday 27 November 2035 at the Malta Maritime Museum in Birgu.

2. WHO ANSWERED

71 of the cluster's 118 member organisations replied (response rate 60 %, up from 47 % in 2033).

- Ship and yacht repair yards: 14
- Marinas and yacht services: 17
- Ship registration, legal and finance: 19
- Training and education: 6
- Logistics and ports: 9
- Other (insurance, IT, public bodies): 6

Two thirds of respondents employ fewer than 50 people. Gozo-based members made up 11 of the replies.

3. KEY FINDINGS

The survey's main findings are:

- Skills shortage is the top concern: 78 % of members cannot fill technical posts such as marine engineers, welders and electricians
- Members value networking most: 64 % rate the cluster's B2B and networking events as very useful, ahead of training (51 %) and EU funding advice (43 %)
- Green transition is moving from talk to investment: 39 % plan to invest in shore power, electric tenders or hull cleaning technology before 2038
- Access to finance remains difficult for small yards, with bank loans described as slow by 56 % of those who applied
- Only one member in five took part in an EU-funded project in the last two years, mainly because of administrative burden
- Satisfaction with the cluster is high: 86 % are satisfied or very satisfied, and 92 % would recommend membership

4. WHAT MEMBERS ASKED FOR

In the open questions, members most often asked for:
- a joint apprenticeship scheme with the Malta College of Arts, Science and Technology (MCAST);
- a common stand at the Monaco Yacht Show and at METSTRADE in Amsterdam;
- clearer information on the port concession renewals of Transport Malta;
- a "Gozo desk" with office hours in Mġarr.

One member wrote: "The cluster is the only place where a small repair yard can talk to the big marinas as equals."

5. HOW WE WILL RESPOND

The Board discussed the results on 4 December 2035 and agreed to:
- launch a pilot apprenticeship scheme with MCAST from September 2036;
- book a cluster pavilion at METSTRADE 2036;
- open a monthly Gozo desk from February 2036, hosted by the Gozo Business Chamber;
- run a workshop on EU funding for small yards with the Malta Council for Economic and Social Development on Wednesday 16 January 2036.

The next member survey will take place in autumn 2037.

Questions about this summary: Clare Vella Azzopardi, research@mmyc.example.mt

Malta Maritime & Yachting Cluster | Marina Street, Kalkara KKR 0000 | www.mmyc.example.mt
This document is for members. It may be shared with partners with attribution.
"""
write(F, T)
C = "Malta Maritime & Yachting Cluster"
gold(F,
 [P("Clare Vella Azzopardi","Research and Membership Officer",C), P("Joseph Camilleri","Chief Executive Officer",C),
  P("Luke Farrugia","researcher","Centre for Entrepreneurship and Business Incubation")],
 [O(C,"MMYC"), O("Centre for Entrepreneurship and Business Incubation"), O("University of Malta"),
  O("Malta College of Arts, Science and Technology","MCAST"), O("Transport Malta"),
  O("Gozo Business Chamber"), O("Malta Council for Economic and Social Development")],
 [E("Cluster Members' Evening","2035-11-27",None,"Birgu","Malta"),
  E("Monaco Yacht Show",None,None,None,None),
  E("METSTRADE 2036","2036",None,"Amsterdam","Netherlands"),
  E("workshop on EU funding for small yards","2036-01-16",None,None,None)],
 ["2035-12-12","2035","2035-10-15/2035-11-09","2035-11-27","2033","2038","2035-12-04","2036-09","2036-02","2036-01-16","2037"],
 ["Skills shortage is the top concern: 78 % of members cannot fill technical posts such as marine engineers, welders and electricians",
  "Members value networking most: 64 % rate the cluster's B2B and networking events as very useful, ahead of training (51 %) and EU funding advice (43 %)",
  "Green transition is moving from talk to investment: 39 % plan to invest in shore power, electric tenders or hull cleaning technology before 2038",
  "Access to finance remains difficult for small yards, with bank loans described as slow by 56 % of those who applied",
  "Only one member in five took part in an EU-funded project in the last two years, mainly because of administrative burden",
  "Satisfaction with the cluster is high: 86 % are satisfied or very satisfied, and 92 % would recommend membership"],
 "2035-12-12")
