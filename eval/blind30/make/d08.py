from g import *
from email.message import EmailMessage
N = "Staff-changes-at-the-office.eml"
body = """Dear colleagues,

A short update on who is doing what in our office from next month.

1) Søren Kjærgaard, our head of offshore projects, leaves us on 31 March 2033 to join Hav & Vind Service ApS as COO. Søren has been with Jutland Offshore Wind Cluster since 2026 and built up the O&M working group. We will say goodbye on Friday 25 March at 15:00 in the canteen - cake provided.

2) Mette Holm Andersen takes over as head of offshore projects from 1 April 2033. Mette is currently senior project manager for supply chain.

3) Frederik Ravn joins us on 3 April 2033 as project manager for the Esbjerg port-logistics programme. He comes from the Port of Esbjerg, where he was planning engineer.

4) Our student assistant Ida Munk Poulsen finishes her contract at the end of April; she will be replaced by Jonas Ladefoged (Aarhus University, MSc engineering) from 2 May.

5) Reminder: Annika Brandt from the Hamburg partner cluster Windenergie Nord e.V. will be seconded to us from 10 to 21 April 2033 under the Interreg exchange scheme.

Please update your distribution lists. The new organisation chart will be on the intranet by 28 March.

Best regards,
Kirsten Dahl-Møller
Managing Director
Jutland Offshore Wind Cluster (JOWC)
Ny Banegårdsgade 11, 8000 Aarhus C
"""
m = EmailMessage()
m['From'] = 'Kirsten Dahl-Møller <kdm@jowc.example>'; m['To'] = 'staff@jowc.example'
m['Subject'] = 'Staff changes in the office (April 2033)'; m['Date'] = 'Tue, 15 Mar 2033 09:12:44 +0100'
m.set_content(body)
open(f"{B}/docs/{N}", "wb").write(bytes(m))
gold(N, "2033-03-15",
 [P("Søren Kjærgaard","head of offshore projects","Jutland Offshore Wind Cluster"), P("Mette Holm Andersen","head of offshore projects","Jutland Offshore Wind Cluster"),
  P("Frederik Ravn","project manager","Jutland Offshore Wind Cluster"), P("Ida Munk Poulsen","student assistant","Jutland Offshore Wind Cluster"),
  P("Jonas Ladefoged",None,"Aarhus University"), P("Annika Brandt",None,"Windenergie Nord e.V."),
  P("Kirsten Dahl-Møller","Managing Director","Jutland Offshore Wind Cluster")],
 [O("Jutland Offshore Wind Cluster","JOWC"), O("Hav & Vind Service ApS"), O("Port of Esbjerg"), O("Aarhus University"), O("Windenergie Nord e.V.")],
 [E("goodbye","2033-03-25","2033-03-25",None,None)],
 ["2033-03-15","2033-04","2033-03-31","2026","2033-04-01","2033-04-03","2033-05-02","2033-04-10/2033-04-21","2033-03-28","2033-03-25"], [])
