from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'lombardy-mechatronics-events-newsletter-may-2034.eml'
assert wd(2034,5,16)=='Tuesday' and wd(2034,5,25)=='Thursday' and wd(2034,6,6)=='Tuesday' and wd(2034,6,22)=='Thursday' and wd(2034,4,28)=='Friday', [wd(2034,5,16),wd(2034,5,25),wd(2034,6,6),wd(2034,6,22),wd(2034,4,28)]
body = """Dear members and friends of the cluster,

Welcome to the May 2034 edition of "Events & Deadlines", the newsletter of the Bergamo Mechatronics District (Distretto Meccatronico Bergamasco, DMB). Below you will find what is coming up in the next eight weeks, plus a correction to our April mailing (quoted at the end of this message).

-------------------------------------------------------
1) ROBOTICS FOR SMALL WORKSHOPS – HANDS-ON DAY
Tuesday 16 May 2034, 09:30–17:00
Kilometro Rosso Innovation District, Stezzano (BG)

A practical day on collaborative robots for workshops with fewer than 20 employees. Demonstrations by COMAU S.p.A. and by our member Valcalepio Automazioni S.r.l.; afternoon clinic with Ing. Chiara Locatelli (Politecnico di Milano, Department of Mechanical Engineering). Places are limited to 40. Fee: free for members, EUR 90 for non-members.

2) WEBINAR: THE NEW MACHINERY REGULATION – ONE YEAR ON
Thursday 25 May 2034, 11:00–12:30 (online)

Avv. Federico Brambilla Gotti of Studio Legale Gotti & Partners and Dr. Sabine Oberhuber of TÜV Austria will take stock of the first year of application of the EU Machinery Regulation. Questions can be sent beforehand to events@dmb-bergamo.it.

3) BERGAMO MECHATRONICS FORUM 2034
Tuesday 6 June 2034, 09:00–18:30, followed by the forum dinner at 20:00
Centro Congressi Giovanni XXIII, Bergamo

Our annual forum, this year under the title "Smart machines, short supply chains". Keynote by Paolo Magri-Ferrante, Director General of UCIMU – Sistemi per Produrre, and a panel with the cluster presidents of Lombardy, Emilia-Romagna and Baden-Württemberg. The forum dinner at Ristorante Colleoni dell'Angelo (Città Alta) is open to registered participants (EUR 65).
Early-bird registration closes on 19 May 2034.

4) B2B MATCHMAKING AT THE FORUM
Tuesday 6 June 2034, 14:00–18:00
Organised with the Enterprise Europe Network Lombardia (SIMPLER consortium). Profiles must be published on the matchmaking platform by 30 May 2034.

5) STUDY VISIT TO THE SWISS PRECISION VALLEY
Thursday 22 – Friday 23 June 2034, Neuchâtel and La Chaux-de-Fonds (Switzerland)
Visits to the Swiss Center for Electronics and Microtechnology (CSEM) and to two watch component suppliers, hosted by Microcity SA. Coach from Bergamo; maximum 25 participants. Registration deadline: 2 June 2034.

-------------------------------------------------------
DEADLINES AT A GLANCE
- 12 May 2034: registration for the hands-on day (item 1)
- 19 May 2034: early-bird rate for the forum (item 3)
- 30 May 2034: B2B profiles (item 4)
- 2 June 2034: study visit (item 5)
- 30 June 2034: Lombardy Region "Bando Innovazione Filiere" (call for proposals), first window

-------------------------------------------------------
IN OTHER NEWS
Our president, Dott.ssa Marta Pesenti, was appointed to the steering committee of the Lombardy Technology Clusters network (Rete dei Cluster Tecnologici Lombardi) on 3 May 2034. Welcome to our new members Orobie Sensori S.r.l. and Brembo Valley Coatings S.p.A.

Kind regards,

Giulia Rota Finazzi
Events and Communication Manager
Distretto Meccatronico Bergamasco – Bergamo Mechatronics District
Via Pietro Paleocapa 4, 24122 Bergamo, Italy
Tel. +39 035 555 4411 | www.dmb-bergamo.it
To unsubscribe, reply with "CANCELLA" in the subject line.

-----Original Message-----
From: DMB Events <events@dmb-bergamo.it>
Sent: Friday, 28 April 2034 10:12
To: DMB members list
Subject: Events & Deadlines – April 2034

> Dear members,
>
> ... the Bergamo Mechatronics Forum 2034 will take place on Wednesday 7 June 2034 at the Centro Congressi Giovanni XXIII ...
>
> CORRECTION (May 2034): the forum takes place on TUESDAY 6 JUNE 2034, not on 7 June as announced in April. The venue is unchanged.
>
> ... the webinar with the Lombardy Region on the "Bando Innovazione Filiere" held on 20 April 2034 was recorded; the slides by Dr. Alessandro Cattaneo (Directorate-General for Economic Development, Lombardy Region) are available in the members' area.
>
> Best regards,
> Giulia Rota Finazzi
"""
m = EmailMessage()
m['From'] = 'Giulia Rota Finazzi <events@dmb-bergamo.it>'
m['To'] = 'DMB members list <soci@dmb-bergamo.it>'
m['Subject'] = 'Events & Deadlines – May 2034 (with correction of the forum date)'
m['Date'] = format_datetime(datetime.datetime(2034,5,4,9,15,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
gold(F, [
 P("Chiara Locatelli", None, "Politecnico di Milano, Department of Mechanical Engineering"),
 P("Federico Brambilla Gotti", None, "Studio Legale Gotti & Partners"),
 P("Sabine Oberhuber", None, "TÜV Austria"),
 P("Paolo Magri-Ferrante", "Director General", "UCIMU – Sistemi per Produrre"),
 P("Marta Pesenti", "president", "Distretto Meccatronico Bergamasco"),
 P("Giulia Rota Finazzi", "Events and Communication Manager", "Distretto Meccatronico Bergamasco"),
 P("Alessandro Cattaneo", None, "Directorate-General for Economic Development, Lombardy Region"),
],[
 O("Distretto Meccatronico Bergamasco","DMB"),
 O("Kilometro Rosso Innovation District"),
 O("COMAU S.p.A."), O("Valcalepio Automazioni S.r.l."),
 O("Politecnico di Milano"),
 O("Studio Legale Gotti & Partners"), O("TÜV Austria"),
 O("UCIMU – Sistemi per Produrre"),
 O("Enterprise Europe Network Lombardia"), O("SIMPLER consortium"),
 O("Swiss Center for Electronics and Microtechnology","CSEM"),
 O("Microcity SA"),
 O("Lombardy Region"),
 O("Rete dei Cluster Tecnologici Lombardi"),
 O("Orobie Sensori S.r.l."), O("Brembo Valley Coatings S.p.A."),
 O("Directorate-General for Economic Development, Lombardy Region"),
],[
 E("ROBOTICS FOR SMALL WORKSHOPS – HANDS-ON DAY","2034-05-16","2034-05-16","Stezzano","Italy"),
 E("WEBINAR: THE NEW MACHINERY REGULATION – ONE YEAR ON","2034-05-25","2034-05-25",None,None),
 E("BERGAMO MECHATRONICS FORUM 2034","2034-06-06","2034-06-06","Bergamo","Italy"),
 E("forum dinner","2034-06-06","2034-06-06","Bergamo","Italy"),
 E("B2B MATCHMAKING AT THE FORUM","2034-06-06","2034-06-06","Bergamo","Italy"),
 E("STUDY VISIT TO THE SWISS PRECISION VALLEY","2034-06-22","2034-06-23","Neuchâtel, La Chaux-de-Fonds","Switzerland"),
 E("webinar with the Lombardy Region on the \"Bando Innovazione Filiere\"","2034-04-20","2034-04-20",None,None),
],["2034-05","2034-05-16","2034-05-25","2034-06-06","2034-05-19","2034-05-30","2034-06-22/2034-06-23","2034-06-02","2034-05-12","2034-06-30","2034-05-03","2034-04-28","2034-04","2034-06-07","2034-04-20","2034-05-04"],[], pub="2034-05-04")
