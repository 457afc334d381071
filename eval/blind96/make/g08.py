from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g08_idavirumaa_wg_circular_summary.eml'
assert wd(2038,2,10)=='Wednesday' and wd(2038,3,24)=='Wednesday' and wd(2038,2,3)=='Wednesday'
body = """Dear members of the Working Group on Circular Materials,

Please find below the summary of our meeting of Wednesday 10 February 2038. Corrections are welcome until Friday next week; after that the summary is final and will be posted on the members' extranet.

Best regards,
Kadri Tamm
Project Manager | Ida-Viru Industrial Cluster (IVIC)
Tallinna mnt 11, 30328 Kohtla-Järve, Estonia | +372 500 0000

========================================================
WORKING GROUP ON CIRCULAR MATERIALS – MEETING SUMMARY
Meeting no. 7 | 10 February 2038, 13:00–16:00
Place: Narva College of the University of Tartu, room 214, and online
========================================================

Present: Andrus Kask (chair, VKG Oil AS), Kadri Tamm (IVIC, minutes), Olga Smirnova (Narva Energy Recycling OÜ), Priit Lepik (Tallinn University of Technology, Virumaa College), Jelena Ivanova (Kreenholm Textile Park OÜ), Marek Saar (Ida-Viru Investment Agency), Dr. Heli Rand (Estonian Environmental Research Centre)
Online: Sven Nilsson (RISE Research Institutes of Sweden), Ieva Ozola (Latvian Chemical Cluster)
Apologies: Toomas Pärn (Eesti Energia AS)

1. Opening and agenda
Andrus Kask welcomed the members and the two guests from Sweden and Latvia. The agenda was approved without changes. The summary of meeting no. 6 (25 November 2037) was approved.

2. Oil shale ash as a construction material
Olga Smirnova presented the results of the pilot in which 1,200 tonnes of oil shale ash were used in road foundations near Sillamäe. Strength tests by Virumaa College met the national standard. Marek Saar reported that two road builders had asked for supply contracts. The group noted that the Environmental Board must still decide on the end-of-waste status.

3. Textile waste from the Kreenholm area
Jelena Ivanova presented a feasibility study for a fibre-to-fibre recycling line. Sven Nilsson described a similar line in Borås and offered a study visit. Members asked how much sorted textile waste the region actually produces; Jelena Ivanova estimated 3,500 tonnes a year, but agreed that a proper count is needed before any investment decision.

4. Just Transition Fund call
Marek Saar informed the group that the next call of the Just Transition Fund for Ida-Viru County opens in April 2038. Ieva Ozola proposed that the Latvian Chemical Cluster and IVIC prepare a joint Interreg Central Baltic proposal.

5. Decisions
The working group decided:
- to ask the Environmental Board for a meeting on end-of-waste status for oil shale ash before the end of March 2038;
- to prepare a joint application to the Just Transition Fund for a regional materials testing laboratory, led by Virumaa College;
- to organise a study visit to Borås for six members in May 2038;
- to invite the Estonian Association of Construction Entrepreneurs to the next meeting.

6. Next steps and responsibilities
- Kadri Tamm: letter to the Environmental Board — by 19 February 2038
- Priit Lepik: outline of the laboratory application — by 10 March 2038
- Sven Nilsson and Jelena Ivanova: programme of the study visit — by 1 April 2038

7. Next meeting
Wednesday 24 March 2038, 13:00, at the IVIC office in Kohtla-Järve.

-----Original Message-----
From: Andrus Kask
Sent: Wednesday, 3 February 2038 09:12
To: WG Circular Materials
Subject: Agenda for meeting no. 7

Hi all, the agenda for next week is attached. Olga, could you bring the test results from the Sillamäe site? Sven from RISE will join online.
Andrus
"""
m = EmailMessage()
m['From'] = 'Kadri Tamm <kadri.tamm@ivic.example.ee>'
m['To'] = 'wg-circular@ivic.example.ee'
m['Subject'] = 'Summary of WG Circular Materials meeting no. 7 (10 Feb 2038)'
m['Date'] = format_datetime(datetime.datetime(2038, 2, 12, 10, 45, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
I = "Ida-Viru Industrial Cluster"
gold(F,
 [P("Kadri Tamm","Project Manager",I), P("Andrus Kask","chair","VKG Oil AS"), P("Olga Smirnova",None,"Narva Energy Recycling OÜ"),
  P("Priit Lepik",None,"Virumaa College"), P("Jelena Ivanova",None,"Kreenholm Textile Park OÜ"),
  P("Marek Saar",None,"Ida-Viru Investment Agency"), P("Heli Rand",None,"Estonian Environmental Research Centre"),
  P("Sven Nilsson",None,"RISE Research Institutes of Sweden"), P("Ieva Ozola",None,"Latvian Chemical Cluster"),
  P("Toomas Pärn",None,"Eesti Energia AS")],
 [O(I,"IVIC"), O("Narva College of the University of Tartu"), O("VKG Oil AS"), O("Narva Energy Recycling OÜ"),
  O("Tallinn University of Technology"), O("Virumaa College"), O("Kreenholm Textile Park OÜ"), O("Ida-Viru Investment Agency"),
  O("Estonian Environmental Research Centre"), O("RISE Research Institutes of Sweden","RISE"), O("Latvian Chemical Cluster"),
  O("Eesti Energia AS"), O("Environmental Board"), O("Estonian Association of Construction Entrepreneurs")],
 [E("Working Group on Circular Materials meeting no. 7","2038-02-10",None,"Narva","Estonia"),
  E("meeting no. 6","2037-11-25",None,None,None),
  E("study visit to Borås","2038-05",None,"Borås","Sweden"),
  E("next meeting","2038-03-24",None,"Kohtla-Järve","Estonia")],
 ["2038-02-12","2038-02-10","2037-11-25","2038-04","2038-03","2038-05","2038-02-19","2038-03-10","2038-04-01","2038-03-24","2038-02-03"],
 ["to ask the Environmental Board for a meeting on end-of-waste status for oil shale ash before the end of March 2038",
  "to prepare a joint application to the Just Transition Fund for a regional materials testing laboratory, led by Virumaa College",
  "to organise a study visit to Borås for six members in May 2038",
  "to invite the Estonian Association of Construction Entrepreneurs to the next meeting"],
 "2038-02-12")
