from h import *
import email, email.policy, os
from email.message import EmailMessage
doc = "Re_Study-visit-Stavanger-April-2034.eml"
body = """Hi Eirik,

Thanks a million for the quick reply and for holding the dates. I can confirm that we'll come to Stavanger from Monday 17 to Wednesday 19 April 2034, as you suggested. The group is now final (nine people):

- Aoife Ní Bhriain, Cork Harbour Marine Cluster (CHMC) – that's me
- Donal Ó Súilleabháin, CEO, Ringaskiddy Subsea Ltd
- Siobhán MacCarthy-Burke, operations director, Haulbowline Port Services DAC
- Patrick Kiely, head of renewables, Munster Engineering Group plc
- Dr Niamh Cotter, senior researcher, MaREI Centre, University College Cork
- Fionn Breathnach, founder, WaveTwin Ltd
- Gráinne Lucey, Cork County Council, economic development office
- Ciarán Mac Cárthaigh, development adviser, Enterprise Ireland (he's in cc)
- Rory Dennehy, CHMC project officer, who will handle logistics

On the programme: yes please to the visit at Dusavik base on the Tuesday and to the dinner with your board on Monday evening. Could we add a short session with the people at the Norwegian Offshore Wind Clusters Forum about the joint application we discussed at the ECCP matchmaking in Brussels last November (the one on 21 November 2033)? The call closes on 10 June 2034, so April is good timing.

We'd also like to return the favour: our Cork Offshore Renewables Week runs 22–26 September 2034, and we'd be delighted to host a Rogaland delegation. Maybe your board would consider that for their autumn trip?

On costs: each participant pays their own travel and hotel; Enterprise Ireland covers the group transfers and the interpreter for the company visits, so please don't book a bus on your side. Two of the company people would like to bring product samples (small cable-protection parts), which I assume is no problem at Dusavik, but tell me if we need any paperwork for customs. We'll also bring a short presentation of each company, five minutes each, for the B2B morning on the Wednesday.

I'll send the final list with flight times by 20 February.

Beir bua,
Aoife

--
Aoife Ní Bhriain
Cluster Manager
Cork Harbour Marine Cluster (CHMC)
Rubicon Centre, Bishopstown, Cork T12 Y275, Ireland
+353 21 000 4417 | aoife.nibhriain@chmc.example


-----Original message-----
From: Eirik Tjelta <eirik.tjelta@sowc.example>
Sent: Monday, 30 January 2034 16:42
To: Aoife Ní Bhriain <aoife.nibhriain@chmc.example>
Subject: Study visit Stavanger - dates and participants

Hi Aoife,

Great to hear that the Cork delegation is coming. We can host you on 17–19 April. A rough plan:

Monday: arrival, welcome at our office in Forus and dinner with the SOWC board (our chair, Kristin Haugland Sola of Sola Kabelteknikk AS, will join).
Tuesday: site visit to Dusavik base with Bjørnar Eide (Ryfylke Marine Operations AS), then University of Stavanger (Professor Hilde Vatne Ekeberg, head of the offshore wind lab).
Wednesday morning: B2B meetings with our members, lunch, departure.

Also useful for you: Marit Skjelbred, who has just moved from Equinor? No – from Rogaland fylkeskommune to Innovasjon Norge Rogaland as senior adviser, can tell you about Norwegian co-funding.

Please send me names, titles and organisations so I can prepare badges. And if you have time in August, ONS 2034 in Stavanger (24–27 August) is worth the trip.

Best regards,
Eirik

Eirik Tjelta
Klyngeleder / Cluster Manager
Stavanger Offshore Wind Cluster (SOWC)
also Chair, Norwegian Offshore Wind Clusters Forum
Forusbeen 0, 4033 Stavanger, Norway
+47 51 00 00 88
"""
body = body.replace("who has just moved from Equinor? No – from Rogaland fylkeskommune", "who has just moved from Rogaland fylkeskommune")
m = EmailMessage()
m["From"] = "Aoife Ní Bhriain <aoife.nibhriain@chmc.example>"
m["To"] = "Eirik Tjelta <eirik.tjelta@sowc.example>"
m["Cc"] = "Ciarán Mac Cárthaigh <ciaran.maccarthaigh@ei.example>, Rory Dennehy <rory.dennehy@chmc.example>"
m["Subject"] = "Re: Study visit Stavanger - dates and participants"
m["Date"] = "Fri, 03 Feb 2034 09:15:22 +0000"
m["Message-ID"] = "<20340203091522.4417@chmc.example>"
m.set_content(body)
path = os.path.join(B, "docs", doc)
open(path, "wb").write(bytes(m))
msg = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
text = "\n".join([f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "Date")] + [msg.get_body().get_content()])
CH = "Cork Harbour Marine Cluster"
SO = "Stavanger Offshore Wind Cluster"
people = [
 P("Aoife Ní Bhriain", "Cluster Manager", CH),
 P("Eirik Tjelta", "Klyngeleder / Cluster Manager", SO),
 P("Donal Ó Súilleabháin", "CEO", "Ringaskiddy Subsea Ltd"),
 P("Siobhán MacCarthy-Burke", "operations director", "Haulbowline Port Services DAC"),
 P("Patrick Kiely", "head of renewables", "Munster Engineering Group plc"),
 P("Niamh Cotter", "senior researcher", "University College Cork"),
 P("Fionn Breathnach", "founder", "WaveTwin Ltd"),
 P("Gráinne Lucey", None, "Cork County Council"),
 P("Ciarán Mac Cárthaigh", "development adviser", "Enterprise Ireland"),
 P("Rory Dennehy", "project officer", CH),
 P("Kristin Haugland Sola", "chair", SO),
 P("Bjørnar Eide", None, "Ryfylke Marine Operations AS"),
 P("Hilde Vatne Ekeberg", "head of the offshore wind lab", "University of Stavanger"),
 P("Marit Skjelbred", "senior adviser", "Innovasjon Norge Rogaland"),
]
orgs = [O(CH, "CHMC"), O(SO, "SOWC"), O("Ringaskiddy Subsea Ltd"), O("Haulbowline Port Services DAC"), O("Munster Engineering Group plc"),
 O("MaREI Centre"), O("University College Cork"), O("WaveTwin Ltd"), O("Cork County Council"), O("Enterprise Ireland"),
 O("Norwegian Offshore Wind Clusters Forum"), O("ECCP"), O("Sola Kabelteknikk AS"), O("Ryfylke Marine Operations AS"),
 O("University of Stavanger"), O("Rogaland fylkeskommune"), O("Innovasjon Norge Rogaland")]
events = [
 E("Cork delegation study visit to Stavanger", "2034-04-17", "2034-04-19", "Stavanger", "Norway"),
 E("ECCP matchmaking", "2033-11-21", "2033-11-21", "Brussels", "Belgium"),
 E("Cork Offshore Renewables Week", "2034-09-22", "2034-09-26", "Cork", "Ireland"),
 E("ONS 2034", "2034-08-24", "2034-08-27", "Stavanger", "Norway"),
]
dates = ["2034-02-03", "2034-04-17/2034-04-19", "2033-11-21", "2034-06-10", "2034-09-22/2034-09-26", "2034-02-20", "2034-01-30", "2034-08-24/2034-08-27", "2034-08", "2034-04"]
gold(doc, "2034-02-03", people, orgs, events, dates, [], text=text)
