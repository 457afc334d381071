from h import *
F = 'midlands-bioeconomy-cluster-annual-report-2033-pdf.txt'
H = "Midlands Bioeconomy Cluster CLG — Annual Report 2033"
T = f"""{H}                                                    14

4  Governance and results

4.1  Board of Directors

The Midlands Bioeconomy Cluster CLG (MBC) is a company limited by guar-
antee registered in Ireland, with its registered office at the Technological
University of the Shannon: Midlands Midwest (TUS) campus in Athlone. The
Board of Directors met seven times in 2033; average attendance was 86 %.
At the Annual General Meeting held in Tullamore on Thursday 18 May 2033,
the members re-elected three directors and elected two new directors for
a term 2033–2036.

Composition of the Board at 31 December 2033:

  Chairperson            Dr Gráinne Ní Mhurchú, Chief Executive, Bord na
                         Móna BioEnergy DAC
  Vice-Chairperson       Declan O'Sullivan-Hayes, Managing Director,
                         Lough Ree Dairies Ltd
  Company Secretary      Siobhán Kavanagh, Partner, Kavanagh Moran LLP
  Treasurer              Piotr Nowicki, Finance Director, Bioplast Athlone
                         Ltd
  Directors              Prof. Eoin MacCárthaigh (TUS), Aoife Brennan
                         (Offaly County Council), Hendrik van der Meulen
                         (Carbery Fibres Ireland Unlimited Company),
                         Máire Uí Dhuibhir (Westmeath Local Enterprise
                         Office)

Dr Colm Fitzgerald stepped down as Chairperson at the AGM after six years
on the Board. The Board thanks him for steering the cluster through its
transition from a project-funded network to a membership company.

4.2  Committees

The Audit and Risk Committee, chaired by Piotr Nowicki, met four times and
reviewed the internal controls report prepared by Grant Thornton Ireland.
The Nominations Committee, chaired by Aoife Brennan, ran the open call for
directors in March 2033. A Members' Advisory Panel of eleven SMEs met twice,
on 8 March and 27 September 2033.

4.3  Executive team

The executive team is led by the Cluster Manager, Niamh Ó Briain, who took
up the post on 1 February 2031. She is supported by Karol Wiśniewski (Innovation
and Projects Lead), Ciara Dolan (Membership and Communications Officer)
and, since September 2033, a part-time finance administrator. The clus-
ter's office operates from the Midlands Innovation Hub in Athlone, where
the team shares meeting rooms and a pilot kitchen with two other regional
networks. Staff costs represented 48 % of expenditure in 2033, against 52 %
in the previous year, because more project work was carried out by members
themselves.

{H}                                                    15

4.4  Membership

Membership grew from 61 to 78 organisations in 2033 (+28 %). New members
include Midland Hemp Processors Ltd, Shannonside Biorefinery DAC, Ballina-
sloe Mushrooms Ltd and the Irish Bioeconomy Foundation (IBF). Two members
left after the closure of their operations. Member companies employ 4,350
people across Longford, Westmeath, Offaly, Laois and Roscommon.

4.5  Funding

Total income in 2033 was EUR 1.46 million (2032: EUR 1.18 million):

  Membership fees                              EUR  312,000
  Enterprise Ireland Regional Enterprise Fund  EUR  540,000
  EU projects (Interreg NWE, Horizon Europe)   EUR  466,000
  Events and services                          EUR  142,000

Enterprise Ireland (EI) remains the largest single funder. The Southern and
Eastern Regional Assembly supported the feasibility study for a shared bio-
refinery pilot plant.

4.6  Results against the Strategy 2031–2035

  Indicator                              Target 2033    Achieved 2033
  Collaborative projects started               12              15
  SMEs in training programmes                 150             171
  New bio-based products launched               8               6
  Euros leveraged per euro of fees            3.0             3.7

Highlights of the year:

- The Peatlands to Products Forum in Birr (11–12 October 2033) brought
  together 290 participants and the Minister of State for Rural Devel-
  opment.
- The cluster joined the European Bioeconomy Cluster Network (EBCN) in June
  2033 and led a study visit to the Bio Base Europe Pilot Plant in Ghent
  on 23 November 2033.
- Three members won funding under the Enterprise Ireland Disruptive
  Technologies Innovation Fund (DTIF).

4.7  Main conclusions of the year

The Board adopted the following conclusions at its meeting of 14 December
2033:

1. Membership growth shows that the cluster has become the reference
   network for bio-based industries in the Midlands.
2. Dependence on public funding must fall below 55 % of income by 2035,
   through services for members and larger membership fees for companies
   with more than 250 employees.
3. The launch of new bio-based products lags behind target, mainly because
   of slow certification; the cluster will set up a certification help-
   desk with the National Standards Authority of Ireland (NSAI).
4. Skills in fermentation and fibre processing are the main bottleneck and
   require a joint apprenticeship programme with TUS.

{H}                                                    16

5. The shared biorefinery pilot plant is the cluster's most important
   project for 2034–2036 and needs a decision on site and funding before
   the end of 2034.

4.8  Outlook

The next Annual General Meeting will take place on Thursday 17 May 2034 in
Athlone. The Board will present an updated strategy at that meeting,
together with a proposal for new membership fee bands and a first budget
for the certification helpdesk.

Auditors: Grant Thornton Ireland, Chartered Accountants, Dublin. The full
financial statements are published in Annex B.

{H}                                                    17
"""
write(F, T)
M='Midlands Bioeconomy Cluster CLG'
gold(F, [P('Gráinne Ní Mhurchú','Chairperson',M), P("Declan O'Sullivan-Hayes",'Vice-Chairperson',M),
 P('Siobhán Kavanagh','Company Secretary',M), P('Piotr Nowicki','Treasurer',M),
 P('Eoin MacCárthaigh','Director',M), P('Aoife Brennan','Director',M), P('Hendrik van der Meulen','Director',M),
 P('Máire Uí Dhuibhir','Director',M), P('Colm Fitzgerald','Chairperson',M), P('Niamh Ó Briain','Cluster Manager',M),
 P('Karol Wiśniewski','Innovation and Projects Lead',M), P('Ciara Dolan','Membership and Communications Officer',M)],
 [O(M,'MBC'), O('Technological University of the Shannon: Midlands Midwest','TUS'), O('Bord na Móna BioEnergy DAC'),
  O('Lough Ree Dairies Ltd'), O('Kavanagh Moran LLP'), O('Bioplast Athlone Ltd'), O('Offaly County Council'),
  O('Carbery Fibres Ireland Unlimited Company'), O('Westmeath Local Enterprise Office'), O('Audit and Risk Committee'),
  O('Grant Thornton Ireland'), O('Nominations Committee'), O("Members' Advisory Panel"), O('Midlands Innovation Hub'),
  O('Midland Hemp Processors Ltd'), O('Shannonside Biorefinery DAC'), O('Ballina- sloe Mushrooms Ltd'), O('Irish Bioeconomy Foundation','IBF'),
  O('Enterprise Ireland','EI'), O('Southern and Eastern Regional Assembly'), O('European Bioeconomy Cluster Network','EBCN'),
  O('Bio Base Europe Pilot Plant'), O('National Standards Authority of Ireland','NSAI')],
 [E('Annual General Meeting','2033-05-18','2033-05-18','Tullamore','Ireland'),
  E("Members' Advisory Panel",'2033-03-08','2033-03-08',None,None),
  E("Members' Advisory Panel",'2033-09-27','2033-09-27',None,None),
  E('Peatlands to Products Forum','2033-10-11','2033-10-12','Birr','Ireland'),
  E('study visit to the Bio Base Europe Pilot Plant','2033-11-23','2033-11-23','Ghent','Belgium'),
  E('Board meeting','2033-12-14','2033-12-14',None,None),
  E('Annual General Meeting','2034-05-17','2034-05-17','Athlone','Ireland')],
 ['2033','2033-05-18','2033/2036','2033-12-31','2033-03','2033-03-08','2033-09-27','2031-02-01','2033-09','2032',
  '2031/2035','2033-10-11/2033-10-12','2033-06','2033-11-23','2033-12-14','2035','2034/2036','2034','2034-05-17'],
 ['Membership growth shows that the cluster has become the reference network for bio-based industries in the Midlands',
  'Dependence on public funding must fall below 55 % of income by 2035, through services for members and larger membership fees for companies with more than 250 employees',
  'The launch of new bio-based products lags behind target, mainly because of slow certification; the cluster will set up a certification help- desk with the National Standards Authority of Ireland (NSAI)',
  'Skills in fermentation and fibre processing are the main bottleneck and require a joint apprenticeship programme with TUS',
  "The shared biorefinery pilot plant is the cluster's most important project for 2034–2036 and needs a decision on site and funding before the end of 2034"])
