from h import *
from email.message import EmailMessage
F = 'groningen-hydrogen-valley-board-dates.eml'
body = f"""Dear members of the board, dear working-group chairs,

Following yesterday's board meeting of the Hydrogen Valley Groningen cluster association (HVG), I am sending you the short minutes and the dates we agreed for the coming months. The full minutes will be put on the members' extranet once the chair, Dr. Ir. Wietske ter Haar-Bosma, has approved them.

SHORT MINUTES – BOARD MEETING OF 12 SEPTEMBER 2035
Place: EnTranCe, Zernikelaan 17, Groningen, and online
Present: Wietske ter Haar-Bosma (chair), Joost van Dijk-Elzinga (treasurer, Gasunie), Femke Hoekstra (Groningen Seaports), Prof. Dr. Andrei Popescu (University of Groningen), Marlies de Boer-Wiersma (Province of Groningen, observer)
Excused: Hendrik-Jan Smit (Eemshaven Energy Partners B.V.)
Secretary: Sjoerd Kuipers (cluster office)

1. The board approved the half-year report and the financial statement for January–June 2035.
2. The board discussed the draft work plan 2036. Working group 3 (Industrial Off-take) will be asked to add a chapter on the electrolysis plants in Delfzijl.
3. Femke Hoekstra reported on the preparations for the North Sea Hydrogen Ports Conference in Eemshaven on 6 November 2035. Groningen Seaports and the cluster will host a joint stand.
4. The admission of four new members was approved: Noordelijke Waterstof Installaties B.V., Hanze University of Applied Sciences Groningen, Delfzijl Chemie Park Services B.V. and the German company H2-Emsland GmbH from Lingen.

DECISIONS
- The half-year report January–June 2035 is approved and will be sent to the members with the invitation to the general assembly
- The membership fee for 2036 remains unchanged at EUR 1,250 for SMEs and EUR 4,500 for large companies
- Working group 3 is mandated to prepare a joint position paper on hydrogen off-take contracts by the end of November 2035
- The general assembly will be held in Delfzijl instead of Groningen

NEXT DATES
- Working group 3 (Industrial Off-take) call: {wd(2035,9,26)} 26 September 2035, 10:00–11:30, Teams. Chair: Femke Hoekstra
- Next board meeting: {wd(2035,10,17)} 17 October 2035, 14:00–16:30, Groningen Seaports office, Delfzijl
- General assembly: {wd(2035,11,28)} 28 November 2035, 15:00, followed by drinks, Chemie Park Delfzijl visitor centre. The invitation and the agenda will be sent by 31 October 2035; proxies must reach the cluster office by 24 November 2035.
- Board meeting with the new members (introduction): {wd(2035,12,12)} 12 December 2035, 16:00, online

Please note that the date of the October board meeting differs from the one in the annual planning (originally 10 October 2035). The change was requested by the Province, as explained in Marlies's message below.

Kind regards,
Sjoerd

--
Sjoerd Kuipers
Cluster Secretary | Hydrogen Valley Groningen
Zernikelaan 17 | 9747 AA Groningen | The Netherlands
+31 50 000 00 00 | s.kuipers@hvg.example

-----Original message-----
From: Marlies de Boer-Wiersma <m.deboer@provinciegroningen.example>
Sent: Friday 7 September 2035 09:14
To: Sjoerd Kuipers
Subject: RE: board meeting dates autumn 2035

Dear Sjoerd,

> Could you let us know whether the Province can attend the board meeting on
> 10 October and the general assembly on 28 November?

Thank you for the overview. The general assembly on 28 November suits us well; our deputy for economic affairs, Gerrit Jan Wolters-Akkerman, would like to give a short address there. On 10 October, however, the Provincial Executive has its working visit to Lower Saxony (Oldenburg and Emden), so I would ask you to move the board meeting by one week, to 17 October if possible.

Also for your information: the Northern Netherlands Alliance (SNN) is planning an information session on the new Just Transition Fund call on 3 October 2035 in Assen. I will forward the invitation as soon as it is out.

Best regards,
Marlies de Boer-Wiersma
Senior Policy Adviser Energy Transition
Province of Groningen
"""
m = EmailMessage()
m['From'] = 'Sjoerd Kuipers <s.kuipers@hvg.example>'
m['To'] = 'board@hvg.example, wg-chairs@hvg.example'
m['Cc'] = 'Marlies de Boer-Wiersma <m.deboer@provinciegroningen.example>'
m['Subject'] = 'Short minutes board 12 September + dates: board 17 Oct, GA 28 Nov, WG3 call 26 Sep'
m['Date'] = 'Sat, 13 Sep 2035 11:02:37 +0200'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
HVG='Hydrogen Valley Groningen'
gold(F,
 [P('Wietske ter Haar-Bosma','chair',HVG), P('Joost van Dijk-Elzinga','treasurer','Hydrogen Valley Groningen'), P('Femke Hoekstra',None,'Groningen Seaports'),
  P('Andrei Popescu',None,'University of Groningen'), P('Marlies de Boer-Wiersma','Senior Policy Adviser Energy Transition','Province of Groningen'),
  P('Hendrik-Jan Smit',None,'Eemshaven Energy Partners B.V.'), P('Sjoerd Kuipers','Cluster Secretary',HVG),
  P('Gerrit Jan Wolters-Akkerman','deputy for economic affairs','Province of Groningen')],
 [O(HVG,'HVG'), O('EnTranCe'), O('Gasunie'), O('Groningen Seaports'), O('University of Groningen'), O('Province of Groningen'), O('Eemshaven Energy Partners B.V.'),
  O('Noordelijke Waterstof Installaties B.V.'), O('Hanze University of Applied Sciences Groningen'), O('Delfzijl Chemie Park Services B.V.'), O('H2-Emsland GmbH'),
  O('Provincial Executive'), O('Northern Netherlands Alliance','SNN')],
 [E('board meeting','2035-09-12','2035-09-12','Groningen','Netherlands'), E('North Sea Hydrogen Ports Conference','2035-11-06','2035-11-06','Eemshaven','Netherlands'),
  E('Working group 3 (Industrial Off-take) call','2035-09-26','2035-09-26',None,None), E('Next board meeting','2035-10-17','2035-10-17','Delfzijl','Netherlands'),
  E('General assembly','2035-11-28','2035-11-28','Delfzijl','Netherlands'), E('Board meeting with the new members (introduction)','2035-12-12','2035-12-12',None,None),
  E('working visit to Lower Saxony','2035-10-10','2035-10-10','Oldenburg, Emden','Germany'), E('information session on the new Just Transition Fund call','2035-10-03','2035-10-03','Assen','Netherlands')],
 ['2035-09-13','2035-09-12','2035-01/2035-06','2036','2035-11-06','2035-11','2035-09-26','2035-10-17','2035-11-28','2035-10-31','2035-11-24','2035-12-12','2035-10-10','2035-09-07','2035-10-03','2035'],
 km=['The half-year report January–June 2035 is approved and will be sent to the members with the invitation to the general assembly',
     'The membership fee for 2036 remains unchanged at EUR 1,250 for SMEs and EUR 4,500 for large companies',
     'Working group 3 is mandated to prepare a joint position paper on hydrogen off-take contracts by the end of November 2035',
     'The general assembly will be held in Delfzijl instead of Groningen'], pub='2035-09-13')
