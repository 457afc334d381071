from h import *
from email.message import EmailMessage
F = 'g05_shetland_marine_events_digest.eml'
assert wd(2034,3,20)=='Monday' and wd(2034,3,29)=='Wednesday' and wd(2034,4,13)=='Thursday' and wd(2034,4,26)=='Wednesday' and wd(2034,5,18)=='Thursday' and wd(2034,6,7)=='Wednesday' and wd(2034,3,6)=='Monday'
body = """Dear members,

Here is the events round-up for spring. A few dates have moved since my message of 6 March (copied below), so please check your diaries. Changes are marked UPDATED.

1) Seaweed Farming Open Day – Wednesday 29 March 2034, 10:00–15:00, Scalloway
Hosted by member company Vaila Seaweeds Ltd at their hatchery on the Port Arthur pier. Site visit, a short talk by Dr. Ingrid Halcrow-Sandison of the UHI Shetland marine science team on licensing, and lunch. Places: 25. Free for members.

2) UPDATED – Net Zero Harbours Workshop – now Thursday 13 April 2034 (not 12 April), 13:30–17:00, Lerwick
At the Lerwick Port Authority boardroom, Albert Building. Speakers: Captain Magnus Isbister (Harbour Master, Lerwick Port Authority), Kirsteen McIntyre (Head of Energy Transition, Shetland Islands Council) and Jørgen Nyhus Ødegård of the Norwegian cluster NCE Maritime CleanTech, who will join online from Stord. The session will cover shore power and a shared hydrogen refuelling point for workboats.

3) Fish Processing Skills Roundtable – Wednesday 26 April 2034, 09:30–12:30, online
With NAFC Marine Centre and Skills Development Scotland. Introduced by Ross Jamieson, chair of our Skills Working Group. Link sent after registration.

4) UPDATED – Scottish Seafood Exporters Matchmaking – moved to 17–18 May 2034, Aberdeen
Organised by Enterprise Europe Network Scotland with Seafood Scotland at the P&J Live venue. B2B meetings with buyers from Norway, Poland and France on Thursday 18 May. The cluster will part-fund travel for up to six member companies; apply to me by 20 April 2034.

5) Annual Members' Gathering – Wednesday 7 June 2034, 16:00, Lerwick
At the Shetland Museum and Archives, Hay's Dock. Followed by the summer dinner at 19:00 at the Marina Restaurant. The agenda and proxy forms will be sent by 17 May 2034.

6) NEW – Shetland Marine Innovation Awards
Nominations are open until 28 April 2034 in three categories: young person in the industry, cleaner operations and new product. The awards will be presented at the summer dinner on 7 June. The judging panel is chaired by Elspeth Gifford-Manson, former principal of the NAFC Marine Centre. The nomination form is one page long and can be sent by any member on behalf of a colleague, a crew member or a partner company.

Please note that the Shetland Marine and Seafood Cluster office will be closed on 2 and 3 April 2034 (staff training).

As always, reply to this e-mail to book, or call me on the number below.

Best regards,

Freya Johnson-Leask
Events and Membership Officer
Shetland Marine and Seafood Cluster (SMSC)
Esplanade House, 2 Commercial Road, Lerwick ZE1 0AA
Tel. +44 1595 000 812 | events@smsc.example.scot
Follow us on LinkedIn

Unsubscribe: reply with "unsubscribe" in the subject line.

-----Original Message-----
From: Freya Johnson-Leask <events@smsc.example.scot>
Sent: Monday, 6 March 2034 09:12
To: SMSC members <members@smsc.example.scot>
Subject: Save the dates – SMSC spring events

> Hello everyone,
>
> A quick save-the-date for the spring programme; full details will follow.
>
> - 29 March: Seaweed Farming Open Day, Scalloway (Vaila Seaweeds Ltd)
> - 12 April: Net Zero Harbours Workshop, Lerwick
> - 26 April: Fish Processing Skills Roundtable, online
> - 4 May: Scottish Seafood Exporters Matchmaking, Aberdeen
> - 7 June: Annual Members' Gathering, Lerwick
>
> Also a reminder that our chair, Alistair Fraser-Goudie of Goudie Fish Sales Ltd, and cluster manager Dr. Hanna Mikkelsen will be at Seafood Expo Global in Barcelona from 25 to 27 April. If you would like to meet them there, let me know.
>
> We also welcome two new members: Bressay Boatbuilders Ltd and Unst Ocean Energy CIC.
>
> Best,
> Freya
"""
m = EmailMessage()
m['From'] = 'Freya Johnson-Leask <events@smsc.example.scot>'
m['To'] = 'SMSC members <members@smsc.example.scot>'
m['Subject'] = 'RE: Save the dates – SMSC spring events (UPDATED programme)'
m['Date'] = 'Mon, 20 Mar 2034 14:05:33 +0000'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
gold(F,
 [P("Ingrid Halcrow-Sandison",None,"UHI Shetland"),
  P("Magnus Isbister","Harbour Master","Lerwick Port Authority"),
  P("Kirsteen McIntyre","Head of Energy Transition","Shetland Islands Council"),
  P("Jørgen Nyhus Ødegård",None,"NCE Maritime CleanTech"),
  P("Ross Jamieson","chair of our Skills Working Group","Shetland Marine and Seafood Cluster"),
  P("Freya Johnson-Leask","Events and Membership Officer","Shetland Marine and Seafood Cluster"),
  P("Elspeth Gifford-Manson","former principal","NAFC Marine Centre"),
  P("Alistair Fraser-Goudie","chair","Shetland Marine and Seafood Cluster"),
  P("Hanna Mikkelsen","cluster manager","Shetland Marine and Seafood Cluster")],
 [O("Shetland Marine and Seafood Cluster","SMSC"), O("Vaila Seaweeds Ltd"), O("UHI Shetland"),
  O("Lerwick Port Authority"), O("Shetland Islands Council"), O("NCE Maritime CleanTech"),
  O("NAFC Marine Centre"), O("Skills Development Scotland"),
  O("Enterprise Europe Network Scotland"), O("Seafood Scotland"),
  O("Goudie Fish Sales Ltd"), O("Bressay Boatbuilders Ltd"), O("Unst Ocean Energy CIC")],
 [E("Seaweed Farming Open Day","2034-03-29",None,"Scalloway","United Kingdom"),
  E("Net Zero Harbours Workshop","2034-04-13",None,"Lerwick","United Kingdom"),
  E("Fish Processing Skills Roundtable","2034-04-26",None,None,None),
  E("Scottish Seafood Exporters Matchmaking","2034-05-17","2034-05-18","Aberdeen","United Kingdom"),
  E("B2B meetings","2034-05-18",None,"Aberdeen","United Kingdom"),
  E("Annual Members' Gathering","2034-06-07",None,"Lerwick","United Kingdom"),
  E("summer dinner","2034-06-07",None,"Lerwick","United Kingdom"),
  E("Shetland Marine Innovation Awards","2034-06-07",None,"Lerwick","United Kingdom"),
  E("Seafood Expo Global","2034-04-25","2034-04-27","Barcelona","Spain")],
 ["2034-03-20","2034-03-06","2034-03-29","2034-04-13","2034-04-12","2034-04-26","2034-05-17/2034-05-18","2034-05-18",
  "2034-04-20","2034-06-07","2034-05-17","2034-04-02/2034-04-03","2034-05-04","2034-04-25/2034-04-27","2034-04-28"],
 [], "2034-03-20")
