from h import *
F = 'g09_policy_brief_cluster_skills-pdf.txt'
T = """EOCIC Policy Brief 07/2039                                                    1

European Observatory for Clusters and Industrial Change

POLICY BRIEF No. 7 | November 2039

Clusters as skills intermediaries:
what works in regional upskilling partnerships

Authors: Dr. Katrin Lehtonen (Technopolis Group), Matteo Ferraresi (Centre
for Industrial Studies, CSIL) and Ana Lúcia Barbosa (Universidade do Minho)

Summary
Across the EU, industrial clusters increasingly act as intermediaries between
companies, training providers and public employment services. This brief draws
on a survey of 312 cluster organisations carried out between March and June
2039 and on twelve case studies in nine Member States. It looks at what clus-
ters actually do in the field of skills, what resources they use, and which
conditions make their skills partnerships last beyond the end of project
funding. The brief was prepared for the meeting of the European Cluster Policy
Group on 3 December 2039 in Brussels.

Key findings
1. Two out of three clusters (64 %) now run at least one skills activity, up
from 41 % in the 2034 survey.
2. Clusters are most effective when they aggregate the demand of small firms
that cannot commission training on their own.
3. Only one cluster in five has a skills partnership that survived the end of
its first funding period.
4. Partnerships with a public employment service reach twice as
many jobseekers as those without.
5. The main obstacle named by cluster managers is the lack of staff time, not
the lack of training offer.

Context
The European Year of Skills in 2023 and the Pact for Skills launched a wave
of regional partnerships. Many of them were coordinated by clusters, which
know the needs of their members and can speak for a whole value chain. Since
then, the Commission's industrial strategy and the cluster pathways have

EOCIC Policy Brief 07/2039                                                    2

stressed the role of clusters in the twin transition. Yet evidence on what
clusters achieve in skills remained thin. The survey was designed to fill this
gap. It complements the Observatory's regional
factsheets and the 2036 report on cluster financing, which found that public
funding for skills activities was mostly short-term and project-based, and
that few regions had a dedicated budget line for cluster skills work. The survey
was sent to all cluster organisations registered on the European Clus-
ter Collaboration Platform (ECCP), with a response rate of 28 %.

Case examples
• In Minho (Portugal), the textile cluster ATP-North set up a shared academy
  with three vocational schools; 1,100 workers were trained in 2037–2038.
• In Upper Austria, the Automotive Cluster of Business Upper Austria runs a
  "skills radar" that forecasts demand per occupation every six months.
• In Ostrobothnia (Finland), the energy cluster EnergyVaasa pays a part-time
  skills coordinator jointly with the city's employment office.
• In Castilla y León (Spain), the agri-food cluster Vitartis negotiated
  with the regional employment service a fast-track course for
  forklift and cold-chain operators, shortened from 12 to 5 weeks.

Recommendations
For regional and national authorities:
- Fund the staff time of cluster skills coordinators for at least five years,
  not only the training itself
- Make public employment services a standard partner in cluster skills calls
- Use the cluster's aggregated demand when planning vocational programmes
For cluster organisations:
- Start with a small number of occupations where members compete for the
  same workers
- Measure placements, not only training hours
For the European Commission:
- Include skills indicators in the next European Cluster Excellence
  benchmarking

Method note
The survey was carried out by Technopolis Group on behalf of the European
Observatory for Clusters and Industrial Change (EOCIC), which is funded under
the Single Market Programme and managed by the European Innovation Council
and SMEs Executive Agency (EISMEA). Case studies were selected with the
European Cluster Collaboration Platform team and validated in an online
workshop on 18 October 2039, attended by 47 cluster managers. Interviews
took place between 2 and 27 September 2039. The views expressed are those
of the authors and do not necessarily reflect the position of the European
Commission.

Contact: Dr. Katrin Lehtonen, katrin.lehtonen@technopolis.example.eu
Editorial support: Jonas Weidinger, EISMEA, Unit I.02 SMP/COSME Pillar
Layout: Studio Pixelhaus, Brussels

EOCIC Policy Brief 07/2039                                                    3

Annex: cases and interviewees
Case                        Region              Interviewee
ATP-North academy           Norte (PT)          Rui Mesquita-Alves, Director
Skills radar                Upper Austria (AT)  Elisabeth Grünberger, Cluster
                                                Manager, Automotive Cluster
EnergyVaasa coordinator     Ostrobothnia (FI)   Mikael Sjöholm, CEO
Vitartis fast track         Castilla y León(ES) Beatriz Alonso Peña, Head of
                                                Training
Wood skills alliance        Carinthia (AT)      Gerhard Pichler, Manager
Chemical training hub       Saxony-Anhalt (DE)  Dr. Kai Neumeister, Head of
                                                Academy

Previous briefs in this series
No. 6 – Clusters and the critical raw materials agenda (June 2039)
No. 5 – Defence supply chains and regional clusters (February 2039)
No. 4 – Cluster support for digital product passports (October 2038)

© European Union, 2039. Reuse is authorised provided the source is acknow-
ledged. ISBN 978-92-00-00000-0  doi:10.2826/000000  ET-AB-39-007-EN-N
"""
write(F, T)
gold(F,
 [P("Katrin Lehtonen","author","Technopolis Group"), P("Matteo Ferraresi","author","Centre for Industrial Studies"),
  P("Ana Lúcia Barbosa","author","Universidade do Minho"), P("Jonas Weidinger","Editorial support","EISMEA"),
  P("Rui Mesquita-Alves","Director",None), P("Elisabeth Grünberger","Cluster Manager","Automotive Cluster"),
  P("Mikael Sjöholm","CEO",None), P("Beatriz Alonso Peña","Head of Training",None),
  P("Gerhard Pichler","Manager",None), P("Kai Neumeister","Head of Academy",None)],
 [O("European Observatory for Clusters and Industrial Change","EOCIC"), O("Technopolis Group"),
  O("Centre for Industrial Studies","CSIL"), O("Universidade do Minho"), O("European Cluster Policy Group"),
  O("European Commission"), O("European Cluster Collaboration Platform","ECCP"), O("ATP-North"),
  O("Automotive Cluster"), O("Business Upper Austria"), O("EnergyVaasa"), O("Vitartis"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Unit I.02 SMP/COSME Pillar"), O("Studio Pixelhaus")],
 [E("meeting of the European Cluster Policy Group","2039-12-03",None,"Brussels","Belgium"),
  E("online validation workshop","2039-10-18")],
 ["2039-11","2039-03/2039-06","2039-12-03","2034","2036","2023","2037/2038","2039-10-18","2039-09-02/2039-09-27","2039-06","2039-02","2038-10"],
 ["Two out of three clusters (64 %) now run at least one skills activity, up from 41 % in the 2034 survey",
  "Clusters are most effective when they aggregate the demand of small firms that cannot commission training on their own",
  "Only one cluster in five has a skills partnership that survived the end of its first funding period",
  "Partnerships with a public employment service reach twice as many jobseekers as those without",
  "The main obstacle named by cluster managers is the lack of staff time, not the lack of training offer",
  "Fund the staff time of cluster skills coordinators for at least five years, not only the training itself",
  "Make public employment services a standard partner in cluster skills calls",
  "Use the cluster's aggregated demand when planning vocational programmes",
  "Start with a small number of occupations where members compete for the same workers",
  "Measure placements, not only training hours",
  "Include skills indicators in the next European Cluster Excellence benchmarking"], "2039-11")
