from h import *
F = 'g16_sligo_medtech_cluster_news_roundup.txt'
assert wd(2034,6,12)=='Monday' and wd(2034,5,25)=='Thursday' and wd(2034,6,28)=='Wednesday' and wd(2034,9,14)=='Thursday'
T = """Skip to content
North West MedTech Cluster
Home  About  Members  Programmes  News  Events  Jobs  Contact
Search

Cookies: We use essential cookies to make this site work, and optional analytics cookies to improve it. [Accept] [Reject optional] [Manage]

Home > News > Cluster News Round-up: May–June 2034

Cluster News Round-up: May–June 2034
By Niamh Gallagher, Communications Executive | 16 June 2034 | 6 min read
Filed under: Round-up, Members, Events, Skills

Welcome to our regular round-up of what has been happening in the North West MedTech Cluster (NWMC) and among our members across Sligo, Donegal, Leitrim and Mayo. If you have news you would like us to share, send it to news@nwmedtech.example.ie.

In this round-up:
- Annual General Meeting elects new board
- Study visit to Galway's medtech corridor
- Skills academy welcomes first graduates
- Member news
- Coming up

ANNUAL GENERAL MEETING ELECTS NEW BOARD
The cluster's AGM took place on Thursday 25 May 2034 at the Atlantic Technological University (ATU) Sligo campus, with 47 member organisations represented. Members approved the 2033 accounts and the activity report and elected a new board for 2034–2037.

Dr. Siobhán McGarrigle, Chief Operating Officer of Abbvie-Ballyraine Devices Ltd, was elected Chair, succeeding Declan Feeney, who stepped down after six years. Conor Ó Dálaigh, Site Director at Heron Catheter Technologies, becomes Vice-Chair, and Gráinne Loughlin of Loughlin & Partners Accountants was re-elected Treasurer.

In her first remarks as Chair, Siobhán McGarrigle thanked Declan Feeney "for turning a loose network of eleven companies into a cluster that the whole country now talks about".

Full list of board members 2034–2037:
Chair: Dr. Siobhán McGarrigle (Abbvie-Ballyraine Devices Ltd)
Vice-Chair: Conor Ó Dálaigh (Heron Catheter Technologies)
Treasurer: Gráinne Loughlin (Loughlin & Partners Accountants)
Members: Prof. Brian Kilcoyne (ATU Sligo), Aoife Brennan (Donegal County Council, Enterprise Office), Michael Durcan (Mayo Precision Moulding Ltd), Lisa Harte (Leitrim Sensors DAC)

Read the AGM minutes (members only)

STUDY VISIT TO GALWAY'S MEDTECH CORRIDOR
On Monday 12 June 2034, fourteen member companies joined a study visit to Galway organised with the Western Development Commission. The group visited the BioInnovate Ireland programme at the University of Galway, the contract manufacturer Corrib Medical Solutions and the start-up incubator at the Galway-Mayo Enterprise Centre.

"Galway has thirty years' head start on us, but they were very open about what went wrong along the way," said Rory Callaghan, Operations Manager at Mayo Precision Moulding Ltd, who took part in the visit.

SKILLS ACADEMY WELCOMES FIRST GRADUATES
Twenty-two operators completed the first Certificate in Medical Device Manufacturing, run by the cluster's skills academy with ATU Sligo and the Mayo, Sligo and Leitrim Education and Training Board (MSLETB). The certificates were presented by Minister of State for Further Education Ciarán Mac Aodha at a ceremony on 9 June 2034. A second intake starts in September 2034.

During the visit the group also met the team of the Western Development Commission's regional medtech programme, who presented a survey showing that two thirds of North West companies buy their moulds, sensors and sterilisation services outside the region. Participants agreed to set up a small buyers' group that will share supplier lists and look at joint purchasing of sterilisation capacity. A follow-up meeting with Galway suppliers is planned for the autumn, and members who could not travel are welcome to join the buyers' group.

The skills academy also ran two short courses in May on cleanroom behaviour and on the basics of process validation, each attended by about twenty people from eight member companies. Feedback was very positive, and the courses will be repeated in the autumn at the Donegal and Mayo sites so that staff on shift work can attend without travelling to Sligo.

MEMBER NEWS
- Heron Catheter Technologies has announced 60 new jobs at its Collooney site over the next three years, supported by IDA Ireland.
- Leitrim Sensors DAC won the Innovation Award at the MedTech Rising conference in Dublin on 1 June 2034.
- Enterprise Ireland has approved funding for a shared clean room in Ballina, led by Mayo Precision Moulding Ltd.
- Welcome to our newest members: Sligo Sterile Services Ltd and the Donegal design studio Fánaid Design.

COMING UP
- Wednesday 28 June 2034, 12:30–14:00 – Lunch & Learn: EU Medical Device Regulation update, online, with Dr. Helen Forde-Murray, Regulatory Affairs Director, Irish Medtech Association
- Thursday 14 September 2034 – North West MedTech Summit 2034, Radisson Blu Hotel, Sligo
- October 2034 – cluster delegation to MEDICA in Düsseldorf (expressions of interest by 31 July 2034)

Not a member yet? Find out how the cluster can help your company grow: Become a member

Share this post: LinkedIn | X | Facebook | Email

Tags: AGM, board, study visit, skills, Galway, Sligo

Previous post: MedTech Summit 2034 – call for speakers
Next post: (none)

North West MedTech Cluster CLG
c/o ATU Sligo, Ash Lane, Sligo F91 YW50
Registered in Ireland No. 000000
Privacy | Terms | Accessibility statement
Funded under the Regional Enterprise Development Fund
"""
write(F, T)
N='North West MedTech Cluster'
gold(F,
 [P("Niamh Gallagher","Communications Executive",N),
  P("Siobhán McGarrigle","Chair",N),
  P("Declan Feeney",None,None),
  P("Conor Ó Dálaigh","Vice-Chair",N),
  P("Gráinne Loughlin","Treasurer",N),
  P("Brian Kilcoyne","Member",N),
  P("Aoife Brennan","Member",N),
  P("Michael Durcan","Member",N),
  P("Lisa Harte","Member",N),
  P("Rory Callaghan","Operations Manager","Mayo Precision Moulding Ltd"),
  P("Ciarán Mac Aodha","Minister of State for Further Education",None),
  P("Helen Forde-Murray","Regulatory Affairs Director","Irish Medtech Association")],
 [O("North West MedTech Cluster CLG","NWMC"), O("Atlantic Technological University","ATU"),
  O("Abbvie-Ballyraine Devices Ltd"), O("Heron Catheter Technologies"), O("Loughlin & Partners Accountants"),
  O("Donegal County Council"), O("Enterprise Office"), O("Mayo Precision Moulding Ltd"), O("Leitrim Sensors DAC"),
  O("Western Development Commission"), O("University of Galway"), O("Corrib Medical Solutions"),
  O("Galway-Mayo Enterprise Centre"),
  O("Mayo, Sligo and Leitrim Education and Training Board","MSLETB"), O("IDA Ireland"), O("Enterprise Ireland"),
  O("Sligo Sterile Services Ltd"), O("Fánaid Design"), O("Irish Medtech Association")],
 [E("AGM","2034-05-25",None,"Sligo","Ireland"),
  E("study visit to Galway","2034-06-12",None,"Galway","Ireland"),
  E("ceremony","2034-06-09",None,None,None),
  E("MedTech Rising conference","2034-06-01",None,"Dublin","Ireland"),
  E("Lunch & Learn: EU Medical Device Regulation update","2034-06-28",None,None,None),
  E("North West MedTech Summit 2034","2034-09-14",None,"Sligo","Ireland"),
  E("MEDICA","2034-10",None,"Düsseldorf","Germany")],
 ["2034-05/2034-06","2034-06-16","2034-05-25","2033","2034/2037","2034-06-12","2034-06-09","2034-09","2034-06-01","2034-06-28",
  "2034-09-14","2034-10","2034-07-31","2034-05"],
 [], pub="2034-06-16")
