"""05: a conference's "programme online" e-mail (.eml) quoting the earlier "save the date" message (Umbria, Perugia,
agri-food cluster conference), with a signature."""
import os
from email.message import EmailMessage
from h import *
D1, D2 = wd(2034,6,21), wd(2034,6,22)
body = f"""Dear colleagues,

the programme of the 4th Umbria Food Valley Conference is now online, and registration is open:
https://conference.umbriafoodvalley.it/2034

As announced in January, we meet in Perugia on {D1} 21 and {D2} 22 June 2034, at the Centro Congressi Capitini.
This year's theme is "Water, Soil, Value – agri-food value chains under climate stress".

PROGRAMME AT A GLANCE

{D1} 21 June 2034
  09:30  Opening – Dott.ssa Elisabetta Bonaccorsi, President, Umbria Food Valley Cluster; greetings of the
         Regional Councillor for Economic Development, Marco Pasquini (Umbria Region)
  10:00  Keynote: "Dry years ahead: what 2030-2033 taught Mediterranean farming" – Prof. Dr. Henrike zu Salm-Reifferscheidt,
         Leibniz Centre for Agricultural Landscape Research (ZALF)
  11:00  Panel: water-saving technologies in olive and vine growing, with Luca Brunelli (Frantoio Brunelli S.r.l.),
         Dr. Ana Paula Vasconcelos (InovAgro Cluster, Portugal) and Jordi Puig i Ferrer (Catalan Food Cluster)
  14:00  Parallel workshops: (A) soil carbon and credits; (B) digital irrigation; (C) short supply chains
  17:30  Visit to the Perugia University agricultural experimental farm at Casalina (bus from the venue)
  20:00  Conference dinner at the Rocca Paolina (separate registration)

{D2} 22 June 2034
  09:00  EU session: "Euroclusters and interregional investments" – Kristina Novak-Zupančič, Policy Officer,
         European Commission, DG GROW
  10:30  B2B meetings for companies and researchers (booking on the platform until 15 June)
  13:00  Presentation of the Umbria Agri-Food Roadmap 2035 and closing

WORKSHOPS ON 21 JUNE

(A) Soil carbon and credits – how farms and processors can measure soil organic carbon, what buyers already pay
    for it and where the new EU certification framework leaves room for regional schemes. Moderated by
    Dr. Matteo Orsini, University of Perugia.
(B) Digital irrigation – sensors, satellite data and decision tools tested in Umbrian vineyards and olive groves
    over the last three seasons; with demonstrations by member companies.
(C) Short supply chains – cooperatives, school canteens and tourism: how local food reaches local buyers at a
    fair price. Moderated by Sara Cappelletti, Confagricoltura Umbria.

Each workshop closes with three proposals that will be read out in the closing session on the second day and
included in the conference report.

Participation is free of charge; the dinner costs EUR 55. The presentations of the keynote and the EU session will be
streamed. Please book hotels early: the Umbria Jazz festival starts in the same weeks.

We look forward to seeing you in Perugia.

Kind regards,

Giulia Tardioli
Events and Communication
Umbria Food Valley Cluster
Via Mario Angeloni 80/A – 06124 Perugia (PG), Italy
Tel. +39 075 000 3318 · events@umbriafoodvalley.it
www.umbriafoodvalley.it

Please consider the environment before printing this e-mail. This message is intended for the addressee only.


-----Original Message-----
From: Umbria Food Valley Cluster <events@umbriafoodvalley.it>
Sent: Tuesday, 17 January 2034 11:02
To: Umbria Food Valley members and partners
Subject: SAVE THE DATE – 4th Umbria Food Valley Conference, 21-22 June 2034

> Dear members and partners,
>
> please save the date: the 4th Umbria Food Valley Conference will take place on
> 21-22 June 2034 in Perugia.
>
> After Foligno (2031), Terni (2032) and Orvieto (2033), the conference comes to the
> regional capital for the first time. The 2033 edition brought together 380 participants
> and 41 exhibitors.
>
> The programme will be published in April. A call for workshop proposals is open
> until 28 February 2034; please send ideas of one page to Giulia Tardioli.
>
> The conference is organised with the University of Perugia, Sviluppumbria and
> Confagricoltura Umbria, with the support of the Umbria Region.
>
> Best regards,
> Giulia Tardioli
> Umbria Food Valley Cluster
"""
m = EmailMessage()
m['From'] = 'Giulia Tardioli <events@umbriafoodvalley.it>'
m['To'] = 'Umbria Food Valley members and partners <members@umbriafoodvalley.it>'
m['Subject'] = 'Programme online: 4th Umbria Food Valley Conference, Perugia, 21-22 June 2034'
m['Date'] = 'Mon, 10 Apr 2034 09:14:52 +0200'
m.set_content(body)
fn = 'blind65_05_umbria_conference_programme.eml'
open(os.path.join(B, 'docs', fn), 'wb').write(bytes(m))
U = "Umbria Food Valley Cluster"
gold(fn,
 [P("Elisabetta Bonaccorsi", "President", U), P("Marco Pasquini", "Regional Councillor for Economic Development", "Umbria Region"),
  P("Henrike zu Salm-Reifferscheidt", None, "Leibniz Centre for Agricultural Landscape Research"),
  P("Luca Brunelli", None, "Frantoio Brunelli S.r.l."), P("Ana Paula Vasconcelos", None, "InovAgro Cluster"),
  P("Jordi Puig i Ferrer", None, "Catalan Food Cluster"), P("Kristina Novak-Zupančič", "Policy Officer", "DG GROW"),
  P("Matteo Orsini", None, "University of Perugia"), P("Sara Cappelletti", None, "Confagricoltura Umbria"),
  P("Giulia Tardioli", "Events and Communication", U)],
 [O(U), O("Umbria Region"), O("Leibniz Centre for Agricultural Landscape Research", "ZALF"), O("Frantoio Brunelli S.r.l."),
  O("InovAgro Cluster"), O("Catalan Food Cluster"), O("European Commission"), O("DG GROW"), O("University of Perugia"),
  O("Sviluppumbria"), O("Confagricoltura Umbria")],
 [E("4th Umbria Food Valley Conference", "2034-06-21", "2034-06-22", "Perugia", "Italy"),
  E("Visit to the Perugia University agricultural experimental farm at Casalina", "2034-06-21", "2034-06-21", None, "Italy"),
  E("Conference dinner", "2034-06-21", "2034-06-21", "Perugia", "Italy"),
  E("B2B meetings", "2034-06-22", "2034-06-22", "Perugia", "Italy"),
  E("Umbria Food Valley Conference (2031 edition)", "2031", "2031", "Foligno", "Italy"),
  E("Umbria Food Valley Conference (2032 edition)", "2032", "2032", "Terni", "Italy"),
  E("Umbria Food Valley Conference (2033 edition)", "2033", "2033", "Orvieto", "Italy"),
  E("Umbria Jazz festival", None, None)],
 ["2034-06-21/2034-06-22", "2034-06-21", "2034-06-22", "2030/2033", "2034-06-15", "2034-04-10", "2034-01-17", "2031", "2032", "2033",
  "2034-04", "2034-02-28", "2034-01"],
 pub="2034-04-10")
