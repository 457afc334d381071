from mk import *
doc = 'NAC_board_minutes_2-2031-pdf.txt'
t = """NAC – Näsijärvi Automation Cluster ry                                   Board minutes 2/2031

MINUTES OF THE BOARD MEETING 2/2031

Date:    18 March 2031, 14.00–16.35
Place:   Hervanta campus, meeting room Kide, Tampere (hybrid, remote participants via Teams)

In the chair:   Aino Kivelä, Chair of the Board (Kivelä Motion Oy)
Present:        Jussi Halonen, Vice-Chair (Rautamo Oy)
                Petra Lindqvist (Tampere University)
                Mikko Ahokas (Servoteka Oy)
                Leena Salo-Mäkinen (City of Tampere) – remote
                Olli Rantapää (Pirkanmaa Chamber of Commerce)
Apologies:      Heikki Vuorela (Kalvo Robotics Oy)
                Sanna Peltoniemi (Business Finland)
Also present:   Tuomas Ryynänen, cluster manager, secretary of the meeting
                Iida Karjalainen, communications coordinator (items 4–5)

1. Opening of the meeting and quorum
The Chair opened the meeting at 14.05 and noted that six of the eight board
members were present. The meeting was declared quorate.

2. Minutes of the previous meeting
The minutes of the board meeting of 28 January 2031 were approved without
changes.

3. Financial statements 2030
The cluster manager presented the draft financial statements for 2030. The
year closed with a surplus of EUR 18,400, mainly because the autumn study
trip was postponed. The auditor, Tilintarkastus Virta Oy, will complete the
audit by 10 April. Jussi Halonen asked that the surplus be earmarked for the
SME pilot vouchers rather than for reserves.

4. Automation Days 2031
Iida Karjalainen presented the concept of Automation Days 2031, to be held on
23–24 September 2031 at Tampere Hall. The programme will combine a two-day
exhibition of member solutions with a robotics start-up pitching session on
the second morning. Sponsorship packages were discussed; three members have
already expressed interest. The board discussed whether to move the event to
Hämeenlinna but decided to keep Tampere.

                                                                          1
NAC | Board minutes 2/2031 | confidential until approved

5. Communication
The new website will go live in May. Petra Lindqvist proposed a series of
short member portraits; Iida Karjalainen will prepare the first four.

6. Membership applications
Three applications were received: Kuvaus Vision Oy (machine vision, Lempäälä),
Kuormax Oy (autonomous yard logistics, Nokia) and Häme University of Applied
Sciences (HAMK). The manager confirmed that all applicants fulfil the mem-
bership criteria.

7. EU cooperation
The cluster has been invited by the Estonian partner cluster to join an
application to Interreg Baltic Sea Region on human-robot collaboration in
small factories. The deadline for the application is 15 May 2031. Mikko
Ahokas warned against taking on the lead partner role given the size of the
office.

8. Annual meeting
The spring annual meeting will be held on 22 April 2031 in Tampere. The
board will propose the 2030 accounts, the discharge of the board and the
membership fees for 2032.

9. Any other business
Leena Salo-Mäkinen informed the board that the City of Tampere will open its
robotics test bed in the former tram depot in autumn 2031.

DECISIONS
1. The board approves a budget of EUR 42,000 for Automation Days 2031.
2. The 2030 surplus is earmarked for SME pilot vouchers in 2031.
3. Kuvaus Vision Oy, Kuormax Oy and HAMK are admitted as members from 1 April
   2031.
4. NAC joins the Interreg application as a partner, not as lead partner.

ACTION POINTS
Action                                          Owner               Deadline
Send sponsorship packages to members            I. Karjalainen      5 April 2031
Prepare partner budget for Interreg             T. Ryynänen         30 April 2031
application
Contact the Estonian lead partner               M. Ahokas           31 March 2031
Invite new members to the annual meeting        T. Ryynänen         8 April 2031

10. Closing
The Chair closed the meeting at 16.35. Next board meeting: 10 June 2031.

Aino Kivelä                                Tuomas Ryynänen
Chair                                      Secretary
                                                                          2
"""
write_text(doc, t)
NAC='NAC – Näsijärvi Automation Cluster ry'
people=[P('Aino Kivelä','Chair of the Board','NAC'),
 P('Jussi Halonen','Vice-Chair','NAC'),
 P('Petra Lindqvist',None,'Tampere University'),
 P('Mikko Ahokas',None,'Servoteka Oy'),
 P('Leena Salo-Mäkinen',None,'City of Tampere'),
 P('Olli Rantapää',None,'Pirkanmaa Chamber of Commerce'),
 P('Heikki Vuorela',None,'Kalvo Robotics Oy'),
 P('Sanna Peltoniemi',None,'Business Finland'),
 P('Tuomas Ryynänen','cluster manager','NAC'),
 P('Iida Karjalainen','communications coordinator','NAC')]
orgs=[O('Näsijärvi Automation Cluster ry','NAC'),O('Kivelä Motion Oy'),O('Rautamo Oy'),O('Tampere University'),O('Servoteka Oy'),
 O('City of Tampere'),O('Pirkanmaa Chamber of Commerce'),O('Kalvo Robotics Oy'),O('Business Finland'),O('Tilintarkastus Virta Oy'),
 O('Kuvaus Vision Oy'),O('Kuormax Oy'),O('Häme University of Applied Sciences','HAMK')]
events=[E('Board meeting 2/2031','2031-03-18',None,'Tampere','Finland'),
 E('Board meeting of 28 January 2031','2031-01-28'),
 E('Automation Days 2031','2031-09-23','2031-09-24','Tampere','Finland'),
 E('Spring annual meeting','2031-04-22',None,'Tampere','Finland'),
 E('Next board meeting','2031-06-10')]
dates=['2031-03-18','2031-01-28','2030','2031-04-10','2031-09-23/2031-09-24','2031-05','2031-05-15','2031-04-22','2032','2031','2031-04-01','2031-04-05','2031-04-30','2031-03-31','2031-04-08','2031-06-10']
km=['The board approves a budget of EUR 42,000 for Automation Days 2031',
 'The 2030 surplus is earmarked for SME pilot vouchers in 2031',
 'Kuvaus Vision Oy, Kuormax Oy and HAMK are admitted as members from 1 April 2031',
 'NAC joins the Interreg application as a partner, not as lead partner']
gold(doc,None,people,orgs,events,dates,km)
