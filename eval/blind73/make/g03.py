from h import *
F = 'ceredigion-agritech-innovation-vouchers-call-2036.txt'
T = f"""CLWSTWR AGRI-TECH CEREDIGION / CEREDIGION AGRI-TECH CLUSTER

GALWAD AM GEISIADAU: TALEBAU ARLOESI 2036
CALL FOR APPLICATIONS: INNOVATION VOUCHERS 2036

Published: {wd(2036,1,14)} 14 January 2036
Reference: CATC-IV-2036-01

1. Background

The Ceredigion Agri-Tech Cluster (CATC) brings together 74 farms, food processors, equipment suppliers, software firms and research
groups across Ceredigion and north Pembrokeshire. The cluster is hosted by Menter Aeron Cyf., a not-for-profit development company
based in Aberaeron, and works closely with the Institute of Biological, Environmental and Rural Sciences (IBERS) at Aberystwyth
University and with Ceredigion County Council (Cyngor Sir Ceredigion).

Following the pilot rounds of 2034 and 2035, in which 29 vouchers were awarded, the cluster is opening a third round of innovation
vouchers. The scheme is funded by the Shared Prosperity Programme for Mid Wales through Ceredigion County Council, with match funding
from cluster members.

2. What the vouchers pay for

An innovation voucher covers up to 75% of the cost of a defined piece of work bought from an approved knowledge provider, up to a
maximum of GBP 9,000 per voucher. Typical projects:

  - feasibility tests of sensors, robotics or software on a working farm;
  - laboratory analysis for a new food or feed product;
  - life-cycle or carbon footprint assessment of a product;
  - design of a prototype, including user testing with farmers;
  - advice on intellectual property before a product is launched.

Two strands are open in this round:

  Strand A - "First Step" vouchers (up to GBP 4,000) for micro-enterprises and farms that have never worked with a university.
  Strand B - "Collaborative" vouchers (up to GBP 9,000) for two or more cluster members buying a joint piece of work.

The total budget of this round is GBP 240,000.

3. Who can apply

Applicants must be SMEs, farm businesses or social enterprises with a trading address in Ceredigion or in the Pembrokeshire
community council areas listed in Annex 1. Applicants need not be members of the cluster at the time of application, but successful
applicants will be offered free membership for 2036.

Knowledge providers must be on the cluster's approved list. New providers may apply to join the list until the first deadline.
The list currently includes Aberystwyth University, the University of Wales Trinity Saint David (UWTSD) Lampeter campus, Coleg
Ceredigion, Grasslands Analytics Ltd and Tir Data Cyf.

4. Timetable and deadlines

The call has two cut-off dates. Applications are assessed in batches after each cut-off.

  Call opens ............................ {wd(2036,1,14)} 14 January 2036
  Information webinar ................... {wd(2036,1,29)} 29 January 2036, 12:30-13:30 (online)
  First cut-off ......................... {wd(2036,3,6)} 6 March 2036, 17:00 UK time
  Decisions on first batch .............. by 10 April 2036
  Second cut-off ........................ {wd(2036,6,12)} 12 June 2036, 17:00 UK time
  Decisions on second batch ............. by 17 July 2036
  End date for completed projects ....... 31 January 2037

Budget not committed after the first cut-off is carried over to the second.

5. Information webinar

An information webinar for applicants and knowledge providers will be held on Microsoft Teams on {wd(2036,1,29)} 29 January 2036
from 12:30 to 13:30. Cluster manager Dr Gwenllian Rhys-Evans will present the scheme; Sioned ap Dafydd from the IBERS knowledge
exchange office will explain how to scope a project with the university; and Tomos Llewelyn, who farms at Penuwch and received a
First Step voucher in 2035, will speak about his experience of testing a slurry-monitoring sensor. The webinar will be held in
English with simultaneous interpretation into Welsh (Cymraeg). Register at www.catc.cymru/webinar by 27 January.

A recording will be placed on the cluster website within a week.

6. How applications are assessed

Applications are scored by a panel of three: a representative of the cluster's steering group, an independent assessor from
outside Wales and an officer of Ceredigion County Council. Criteria: quality and clarity of the innovation (40%), expected
benefit for the business (30%), value for money (20%), contribution to low-carbon farming (10%). Applications from businesses
led by young farmers (under 35) receive a bonus of 5 points.

Successful applicants must sign a voucher agreement within 30 days of the decision and submit a one-page final report with the
invoice of the knowledge provider. The cluster will publish short case studies of completed projects, with the agreement of the
businesses concerned.

7. How to apply

Download the two-page application form from www.catc.cymru/vouchers. Applications may be written in Welsh or in English; both will
be treated equally. Send the signed form, a quotation from the knowledge provider and a copy of your latest VAT return or farm
business registration to vouchers@catc.cymru.

8. Contact

Ffion Hughes-Parry
Innovation Voucher Officer, Ceredigion Agri-Tech Cluster
Menter Aeron Cyf., Uned 4, Parc Busnes Aberaeron, SA46 0DY
ffion.hughes-parry@catc.cymru · 01545 570 3312
Office hours: Monday to Thursday, 9:00-16:00

Cysylltwch â ni yn Gymraeg neu yn Saesneg. / Contact us in Welsh or English.

The cluster will also hold a drop-in session at the Royal Welsh Winter Fair in Llanelwedd on 1 December 2036 for applicants
of the next round.

Annex 1 - eligible Pembrokeshire community council areas: Cilgerran, Crymych, Eglwyswrw, Llandudoch/St Dogmaels, Nevern.
"""
write(F, T)
gold(F, [P('Gwenllian Rhys-Evans','Cluster manager','Ceredigion Agri-Tech Cluster'), P('Sioned ap Dafydd',None,'IBERS'),
 P('Tomos Llewelyn',None,None), P('Ffion Hughes-Parry','Innovation Voucher Officer','Ceredigion Agri-Tech Cluster')],
 [O('Ceredigion Agri-Tech Cluster','CATC'), O('Menter Aeron Cyf.'), O('Institute of Biological, Environmental and Rural Sciences','IBERS'),
  O('Aberystwyth University'), O('Ceredigion County Council'), O('University of Wales Trinity Saint David','UWTSD'),
  O('Coleg Ceredigion'), O('Grasslands Analytics Ltd'), O('Tir Data Cyf.')],
 [E('Information webinar','2036-01-29','2036-01-29',None,None), E('drop-in session','2036-12-01','2036-12-01','Llanelwedd','United Kingdom'), E('Royal Welsh Winter Fair',None,None,'Llanelwedd','United Kingdom')],
 ['2036-01-14','2034','2035','2036','2036-01-29','2036-03-06','2036-04-10','2036-06-12','2036-07-17','2037-01-31','2036-01-27','2036-12-01'],
 pub='2036-01-14')
