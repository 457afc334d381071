from h import *
from email.message import EmailMessage
F = 'gelderland-foodvalley-project-coordinator-meetings.eml'
body = f"""Dear partners,

Thank you all for a productive kick-off in Ede last week. As promised, here is the schedule of our project meetings for the first year of CIRCUFOOD (Circular protein chains in food clusters) and the list of tasks agreed for the coming months. Please check the dates in your calendars and let me know by Friday 17 February 2034 if there is a problem.

1. Meeting dates

- Steering Committee (online): {wd(2034,3,21)} 21 March 2034, 10:00–12:00 CET
- Work package leaders' call: every first Tuesday of the month, starting 4 April 2034
- Second consortium meeting, hosted by the Lublin Food Cluster (LFC): {wd(2034,6,13)} 13 – {wd(2034,6,14)} 14 June 2034, Lublin, Poland
- Study visit to the Murcia Agrifood Cluster, combined with the project's first matchmaking event: {wd(2034,10,10)} 10 – {wd(2034,10,12)} 12 October 2034, Murcia, Spain
- Third consortium meeting and mid-term review: January 2035, Ede (date to be fixed by the Steering Committee)

2. Tasks until the Lublin meeting

WP1 (Management) – Foodvalley NL: set up the project SharePoint by 24 February; circulate the consortium agreement for signature by 3 March 2034. Responsible: Femke van 't Hoen.
WP2 (Mapping) – Wageningen Economic Research: send the survey on protein side-streams to all cluster members by 31 March; first results at the Lublin meeting. Responsible: Dr. Bas Nijenhuis.
WP3 (Pilots) – Lublin Food Cluster: shortlist of six pilot companies by 15 May 2034. Responsible: Katarzyna Wójcik-Dąbrowska, LFC project manager.
WP4 (Internationalisation) – Murcia Agrifood Cluster: draft programme of the study visit by 30 April. Responsible: Álvaro Sánchez de la Peña.
WP5 (Communication) – Food Cluster Sønderjylland: project website online by 31 March, first newsletter in May 2034. Responsible: Mette Kjærgaard Poulsen.

3. Budget and practical points

The first pre-financing payment of 40% has been received and will be transferred to all partners within 30 days of the signature of the consortium agreement. Travel to the consortium meetings is covered by each partner's own budget; for the study visit in Murcia, each cluster may bring up to four member companies, whose travel costs are reimbursed at the flat rates of the programme. Please nominate the companies by 30 June 2034 so that Álvaro can book the hotel. We will also need one photo and a short description of each pilot company for the website. Finally, remember that every publication must carry the EU emblem and the funding sentence; the template is on SharePoint.

4. Reporting

The first interim report to the European Innovation Council and SMEs Executive Agency (EISMEA) is due on 31 January 2035. Please keep timesheets from the start date, 1 February 2034.

Best regards,

Joost Verhoeven
Project Coordinator CIRCUFOOD
Foodvalley NL · Agro Business Park 10 · 6708 PW Wageningen · The Netherlands
+31 317 000 412 · j.verhoeven@foodvalley.example

-----Original Message-----
From: Katarzyna Wójcik-Dąbrowska <k.wojcik@lfc.example>
Sent: Thursday, 9 February 2034 16:42
To: Joost Verhoeven <j.verhoeven@foodvalley.example>
Subject: Re: CIRCUFOOD kick-off – follow-up

Dear Joost,

many thanks for the excellent kick-off on 7 and 8 February. Our board has confirmed that we can host the second consortium meeting in Lublin in June; the Lublin Science and Technology Park has offered its conference hall free of charge. Our president, Prof. Andrzej Kowalik, would like to open the meeting and invite the partners to a dinner on the first evening.

Could you also confirm that the visit to the Bakalland plant is possible on the second day? We need the names of participants four weeks in advance.

Best wishes,
Katarzyna

--
Katarzyna Wójcik-Dąbrowska
Project Manager, Lublin Food Cluster
ul. Dobrzańskiego 3, 20-262 Lublin
"""
m = EmailMessage()
m['From'] = 'Joost Verhoeven <j.verhoeven@foodvalley.example>'
m['To'] = 'circufood-partners@lists.foodvalley.example'
m['Cc'] = 'Femke van \'t Hoen <f.vanthoen@foodvalley.example>'
m['Subject'] = 'CIRCUFOOD – meeting dates 2034 and tasks until Lublin'
m['Date'] = 'Mon, 13 Feb 2034 09:12:44 +0100'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
gold(F,
 [P("Femke van 't Hoen",None,'Foodvalley NL'), P('Bas Nijenhuis',None,'Wageningen Economic Research'),
  P('Katarzyna Wójcik-Dąbrowska','project manager','Lublin Food Cluster'), P('Álvaro Sánchez de la Peña',None,'Murcia Agrifood Cluster'),
  P('Mette Kjærgaard Poulsen',None,'Food Cluster Sønderjylland'), P('Joost Verhoeven','Project Coordinator','Foodvalley NL'),
  P('Andrzej Kowalik','president','Lublin Food Cluster')],
 [O('Lublin Food Cluster','LFC'), O('Murcia Agrifood Cluster'), O('Foodvalley NL'), O('Wageningen Economic Research'), O('Food Cluster Sønderjylland'),
  O('European Innovation Council and SMEs Executive Agency','EISMEA'), O('Lublin Science and Technology Park'), O('Bakalland')],
 [E('Steering Committee','2034-03-21','2034-03-21',None,None), E('Second consortium meeting','2034-06-13','2034-06-14','Lublin','Poland'),
  E('Study visit to the Murcia Agrifood Cluster','2034-10-10','2034-10-12','Murcia','Spain'), E('first matchmaking event','2034-10-10','2034-10-12','Murcia','Spain'),
  E('Third consortium meeting and mid-term review','2035-01','2035-01','Ede','Netherlands'), E('kick-off','2034-02-07','2034-02-08','Ede','Netherlands'),
  E("Work package leaders' call",'2034-04-04',None,None,None)],
 ['2034-02-13','2034-02-17','2034-03-21','2034-04-04','2034-06-13/2034-06-14','2034-10-10/2034-10-12','2035-01','2034-02-24','2034-03-03','2034-03-31',
  '2034-05-15','2034-04-30','2034-05','2035-01-31','2034-02-01','2034-02-09','2034-02-07/2034-02-08','2034-06','2034-06-30'],
 pub='2034-02-13')
