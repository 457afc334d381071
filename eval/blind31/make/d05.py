from g import *
fname = "call-for-exhibitors-joint-stand-EMO-Hannover-2035.txt"
t = """GPMC - Gipuzkoa Precision Machining Cluster
Home > Internationalisation > Calls

CALL FOR EXHIBITORS: JOINT STAND AT EMO HANNOVER 2035
Posted on 12/01/2035 by Communication team

The Gipuzkoa Precision Machining Cluster (GPMC) is again organising a joint Basque stand at EMO Hannover, the world
trade fair for production technology, which takes place from 18 to 23 September 2035 on the Hannover exhibition grounds.
The cluster has booked 220 m2 in Hall 12 and invites member companies to exhibit under a shared brand, with their own
module, a common meeting area and a bar.

In 2033, eleven companies shared the stand and held more than 300 meetings with buyers from 24 countries. Two of them
signed distribution agreements for Mexico during the fair.

WHAT THE PACKAGE INCLUDES
- one furnished module of 9 m2 (walls, counter, two stools, storage, electricity up to 3 kW, daily cleaning)
- your logo and product text in the stand catalogue and on the GPMC fair website
- use of the common meeting area with coffee service
- pre-booked B2B meetings through the fair's matchmaking tool, prepared by the cluster team
- registration fees of Deutsche Messe AG and basic insurance

FEE
EUR 4,900 (VAT excluded) per module. Companies that exhibit for the first time at EMO may apply for a 50% subsidy from
SPRI - Basque Business Development Agency; the cluster will help you prepare the application. Transport of machines is
not included: the cluster has negotiated a group rate with Garraioak Azkar S.L.

WHO CAN APPLY
Members of GPMC with a registered office in the Basque Country. Non-members may join the stand if places remain after
the deadline, at a fee of EUR 6,200 per module.

DEADLINE
Send the signed registration form by 28 February 2035. Modules are assigned in order of arrival. Payment of 50% of
the fee is due by 31 March 2035, the remainder by 30 June 2035.

NEXT STEPS
All exhibitors are invited to a briefing session on Tuesday 15 May at the cluster office in Elgoibar (also online),
where the stand builder Standbau Leine GmbH will present the final layout and logistics.

Contact:
Aitor Etxeberria Zubizarreta, internationalisation manager
aetxeberria@gpmc.example | +34 943 000 000

Download: Registration form (PDF, 210 KB) | Conditions of participation (PDF, 480 KB)

Share: LinkedIn | X | E-mail
(c) 2035 GPMC - Legal notice - Cookies
"""
write_doc(fname, t)
G = "Gipuzkoa Precision Machining Cluster"
gold(fname,
 [P("Aitor Etxeberria Zubizarreta","internationalisation manager",G)],
 [O(G,"GPMC"), O("Deutsche Messe AG"), O("SPRI - Basque Business Development Agency","SPRI"), O("Garraioak Azkar S.L."),
  O("Standbau Leine GmbH")],
 [E("EMO Hannover","2035-09-18","2035-09-23","Hannover","Germany"),
  E("briefing session","2035-05-15",None,"Elgoibar","Spain")],
 ["2035-01-12","2035-09-18/2035-09-23","2033","2035-02-28","2035-03-31","2035-06-30","2035-05-15"],
 pub="2035-01-12")
