from docx import Document
d = Document()
d.add_heading('CyberNI Cluster – Steering Committee', 0)
d.add_paragraph('Minutes of the 14th meeting, held on Thursday 6 November 2031, 10:00–12:45, at the Catalyst Innovation Centre, Queen\'s Road, Belfast, and on Teams')
d.add_paragraph('Status: approved at the meeting of 22/01/2032')
d.add_heading('Attendance', 1)
d.add_paragraph('Present: Gráinne McCartan (Chair; CEO, Lagan Secure Ltd), Declan O\'Hagan (Vice-Chair; CTO, Foyleguard Systems Ltd), Prof. Aisling Devlin (Centre for Secure Information Technologies, Queen\'s University Belfast), Ruairí Mac Giolla Bhríde (Ulster University), Heather Kerr-Whiteside (Invest Northern Ireland), Jonathan Patterson (Belfast City Council), Siobhán Ní Chathasaigh (Cluster Manager, CyberNI)')
d.add_paragraph('Apologies: Colin Hamill (Department for the Economy), Priya Ramanathan (Arcturus Analytics NI Ltd), Mark Fullerton (Belfast Metropolitan College)')
d.add_paragraph('In attendance: Emma Quinlan (Events and Communications Officer, CyberNI) – minutes; Tomasz Brzeziński (Project Officer, CyberNI) – item 5; Dr Fionnuala Ward (Cyber Skills Project Lead, Ulster University) – item 6')
d.add_heading('1. Welcome and declarations of interest', 1)
d.add_paragraph('GMcC welcomed members and noted that Mark Fullerton had replaced Patricia Lowry as the representative of Belfast Metropolitan College. DO\'H declared an interest in item 5, as Foyleguard Systems Ltd is a candidate host for the testbed, and left the room for that item.')
d.add_heading('2. Minutes of the previous meeting (11 September 2031) and matters arising', 1)
d.add_paragraph('The minutes were approved. All actions were complete except action 13.4 (membership fee review), which is carried forward to the January meeting.')
d.add_heading('3. Cluster Manager\'s report', 1)
d.add_paragraph('SNíC reported 112 members (up from 97 in January 2031), three new associate members from the Republic of Ireland, and a successful CyberNI Summit on 2 October 2031 at the ICC Belfast with 640 delegates. The cluster had submitted its application for the ESCA silver label on 30 October.')
d.add_heading('4. Finance', 1)
d.add_paragraph('HKW presented the management accounts to 30 September 2031. Income was on budget; staff costs were 4 % under budget due to a vacancy. The draft budget for 2032 will be circulated in December.')
d.add_heading('5. Secure OT testbed', 1)
d.add_paragraph('TB presented the three expressions of interest received to host the operational-technology testbed. After discussion the committee agreed to invite two candidates to present in December.')
d.add_heading('6. Cyber skills academy', 1)
d.add_paragraph('FW presented the pilot of the cluster\'s skills academy run with Ulster University: 46 learners completed the first cohort between April and September 2031, 31 of whom are now in cyber roles.')
d.add_heading('Decisions', 1)
for t in ['The committee approved the cluster\'s work plan for 2032.',
          'Two candidates will be invited to present their testbed proposals on 9 December 2031.',
          'The skills academy will run a second cohort from February 2032, subject to funding.',
          'The Vice-Chair will represent the cluster at the European Cyber Security Community meeting in Brussels.']:
    d.add_paragraph(t, style='List Number')
d.add_heading('Actions', 1)
t = d.add_table(rows=1, cols=4)
t.style = 'Table Grid'
for i, h in enumerate(['No.', 'Action', 'Owner', 'Due']): t.rows[0].cells[i].text = h
rows = [('14.1', 'Circulate draft 2032 budget', 'HKW / SNíC', '05/12/2031'),
        ('14.2', 'Invite two testbed candidates to present', 'TB', '20/11/2031'),
        ('14.3', 'Draft funding bid for second skills cohort', 'FW / RMacGB', '15/12/2031'),
        ('14.4', 'Brief DO\'H before Brussels meeting', 'SNíC', '01/12/2031'),
        ('13.4', 'Membership fee review (carried forward)', 'GMcC', '22/01/2032')]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_heading('Any other business', 1)
for t2 in ['JP reported that Belfast City Council will host a reception for the cluster during the Northern Ireland Cyber Week, 16–20 March 2032.',
           'AD informed members that she will step down from the committee in summer 2032 when her term ends.']:
    d.add_paragraph(t2, style='List Bullet')
d.add_heading('Date of next meeting', 1)
d.add_paragraph('Thursday 22 January 2032, 10:00, Ulster University, Belfast campus.')
d.save('../docs/CyberNI_SteeringCommittee_Minutes_2031-11-06.docx')
