from h import *
F='pannonia-green-building-call-2035.txt'
T=f'''PANNONIA GREEN BUILDING CLUSTER
Call for Proposals 2035 – "Build Circular, Build Together"
Joint innovation projects of cluster members (SME collaboration grants)
Reference: PGBC-CALL-2035/01
Published: {wd(2034,11,6)}, 6 November 2034
==========================================================

1. WHAT THIS CALL IS ABOUT

The Pannonia Green Building Cluster (PGBC), managed by Wirtschaftsagentur Burgenland GmbH on behalf of the Province of Burgenland, invites its member companies to submit proposals for small joint innovation projects in sustainable and circular construction. Projects must bring together at least two SMEs that are members of the cluster and at least one research or training partner. Partners from the neighbouring Hungarian counties of Győr-Moson-Sopron and Vas may take part at their own cost or with funds from their own agencies.

Thematic priorities for 2035:
  a) re-use of building components from demolition and refurbishment (timber, steel, facade elements);
  b) low-carbon binders and clay-based materials;
  c) digital material passports and building logbooks;
  d) energy renovation of farm buildings and wine cellars in the Pannonian region.

2. BUDGET AND FUNDING RATE

Total budget: EUR 900,000, provided by the Province of Burgenland from its economic development budget 2035–2036.
Grant per project: EUR 40,000 to EUR 120,000.
Funding rate: 50 % of eligible costs for medium-sized enterprises, 60 % for small and micro enterprises, 80 % for research partners (non-economic activity).
Duration: 12 to 24 months; projects must start between 1 June 2035 and 1 October 2035.

3. WHO CAN APPLY

Lead applicant: an SME with a registered office or branch in Burgenland that has been a member of the cluster for at least three months at the time of application. Large enterprises may join as partners without funding. Eligible research and training partners include FH Burgenland (University of Applied Sciences Burgenland), the Forschung Burgenland GmbH, TU Wien and the Holzforschung Austria institute. Non-members may join the cluster before applying; membership fees for 2035 are EUR 350 for micro enterprises and EUR 900 for other SMEs.

4. TWO-STAGE PROCEDURE AND DEADLINES

Stage 1 – Expression of interest (two pages, template in annex A):
  Deadline: {wd(2035,1,30)}, 30 January 2035, 12:00 noon CET.
  The cluster management gives written feedback on each expression of interest by 20 February 2035 and may suggest additional partners.

Stage 2 – Full proposal (template in annex B, budget sheet in annex C):
  Deadline: {wd(2035,4,10)}, 10 April 2035, 12:00 noon CEST.
  Only applicants who submitted an expression of interest may submit a full proposal.

Evaluation: by an external jury of five experts in May 2035. Decision by the supervisory board of Wirtschaftsagentur Burgenland GmbH at its meeting on 27 May 2035. Applicants will be informed in writing by 6 June 2035.

Late or incomplete submissions will not be considered. Submissions are made through the online portal only (no e-mail).

5. EVALUATION CRITERIA

  - Innovation content and market potential (30 points)
  - Quality of the partnership and added value of cooperation (25 points)
  - Contribution to resource efficiency and CO2 reduction (25 points)
  - Feasibility, work plan and budget (20 points)
Minimum score for funding: 60 of 100 points.

6. INFORMATION WEBINAR

An online information session takes place on {wd(2034,12,4)}, 4 December 2034, 10:00–11:30 CET (Microsoft Teams). The cluster team presents the call and the templates; Dr. Zsófia Horváth-Pichler (FH Burgenland, Department of Energy and Environmental Management) will speak on how to involve research partners, and Mag. Lukas Pratscher (Wirtschaftsagentur Burgenland GmbH) explains the state-aid rules. The recording will be posted on the cluster website.
Registration: until 2 December 2034 at www.pgbc.at/call2035.

A partner search session ("Speed-dating for builders") follows on {wd(2035,1,15)}, 15 January 2035, 14:00–17:00, at the Technologiezentrum Eisenstadt, Marktstraße 3, 7000 Eisenstadt.

Tips from the cluster management: projects funded in earlier calls show that the best proposals start from a concrete problem on a real building site. Keep the partnership small and committed, describe clearly who does what, and plan time for testing and certification of new materials; approvals by the building authorities often take longer than expected. Projects that plan a demonstration on a public building in Burgenland receive an additional five points in the criterion "feasibility". Applicants from earlier calls must have submitted their final reports before they can apply again.

7. CONTACT

Call manager:
  DI Katharina Unger-Szabó
  Cluster Manager, Pannonia Green Building Cluster
  Wirtschaftsagentur Burgenland GmbH
  Marktstraße 3, 7000 Eisenstadt, Austria
  T +43 5 9010 2271
  k.unger-szabo@wirtschaftsagentur-burgenland.at

Questions on eligible costs: Mag. Lukas Pratscher, T +43 5 9010 2140.
Frequently asked questions will be published on the call page and updated every Friday until 3 April 2035.

8. LEGAL BASIS

Grants are awarded under the de minimis regulation and under the research and development rules of the General Block Exemption Regulation. There is no legal entitlement to funding. Personal data are processed in accordance with the GDPR; see the privacy notice on www.pgbc.at.

Annexes: A – Expression of interest template; B – Full proposal template; C – Budget sheet; D – Declaration of SME status; E – Cluster membership form.

Eisenstadt, November 2034
'''
write(F,T)
gold(F,[P('Zsófia Horváth-Pichler',None,'FH Burgenland'),P('Lukas Pratscher',None,'Wirtschaftsagentur Burgenland GmbH'),P('Katharina Unger-Szabó','Cluster Manager','Pannonia Green Building Cluster')],
 [O('Pannonia Green Building Cluster','PGBC'),O('Wirtschaftsagentur Burgenland GmbH'),O('Province of Burgenland'),O('FH Burgenland (University of Applied Sciences Burgenland)'.split(' (')[0]),
  O('Forschung Burgenland GmbH'),O('TU Wien'),O('Holzforschung Austria'),O('Technologiezentrum Eisenstadt')],
 [E('information webinar','2034-12-04','2034-12-04',None,None),E('Speed-dating for builders','2035-01-15','2035-01-15','Eisenstadt','Austria')],
 ['2034-11-06','2035','2035/2036','2035-06-01/2035-10-01','2035-01-30','2035-02-20','2035-04-10','2035-05','2035-05-27','2035-06-06','2034-12-04','2034-12-02','2035-01-15','2035-04-03','2034-11'],pub='2034-11-06')
