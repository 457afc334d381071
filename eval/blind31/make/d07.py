from g import *
fname = "regulatory-readiness-webinar-series-2032.md"
t = """Mid-West MedTech Network › Events › Webinars

# Regulatory Readiness: a five-part webinar series for medtech SMEs

Posted by Niamh Ó Briain, MWMN · 8 January 2032 · 4 min read

Getting a device to market in Europe has become a project in itself. Together with the University of Limerick and with
support from Enterprise Ireland, the Mid-West MedTech Network (MWMN) runs a free series of five lunchtime webinars
between January and May 2032. Each session lasts one hour (12:30–13:30 Irish time) and ends with 20 minutes of
questions. You can register for single sessions or for the whole series; recordings are shared with registered
participants only.

---

### Session 1 – MDR transition: where are we now?
**Thursday 22 January 2032** · ✅ *Recording available for registered participants*
Speaker: **Ciarán Mac Gabhann**, Regulatory Affairs Director, Corrib Devices Ltd
What the extended transition periods mean in practice, which files notified bodies look at first, and the five gaps
most often found in technical documentation of small companies.

### Session 2 – Clinical evaluation on a small budget
**Thursday 19 February 2032** · ✅ *Recording available*
Speaker: **Aoibheann Ní Mhaoláin**, clinical affairs consultant
Literature routes, equivalence claims and post-market clinical follow-up, with a worked example of a class IIa device.

### Session 3 – Notified bodies: booking, queues and costs
**Thursday 18 March 2032** · 🔔 *Next session – register now*
Speaker: **Pieter van der Wal**, Head of Medical Devices Certification, Certimed B.V.
How to prepare the application, what an audit day costs and how long the queue really is.

### Session 4 – Software, AI and the new rules
**Thursday 22 April 2032**
Speakers: **Laura Kessler** (European Commission, DG SANTE) and **Rory Fitzgerald**, CTO of Vitalwave
How the AI Act and the MDR fit together for decision-support software, and what a start-up should document from day one.

### Session 5 – Wrap-up: questions to the regulator
**Thursday 20 May 2032**
With **Gráinne Ní Chonaill** (Health Products Regulatory Authority, HPRA) and the series moderator
**Dermot Mac Cárthaigh**, cluster manager of MWMN.
Bring your open questions from sessions 1–4; we collect them in advance through the registration form.

---

**Registration:** free for members and non-members, but places are limited to 100 per session. Register at least two
days before each session. Questions: events@mwmn.example

*The series is part of the MWMN skills programme 2031–2033.*

Tags: #MDR #regulatory #webinar #medtech | Share: LinkedIn · X · Email
"""
write_doc(fname, t)
M = "Mid-West MedTech Network"
gold(fname,
 [P("Niamh Ó Briain",None,"MWMN"),
  P("Ciarán Mac Gabhann","Regulatory Affairs Director","Corrib Devices Ltd"),
  P("Aoibheann Ní Mhaoláin","clinical affairs consultant",None),
  P("Pieter van der Wal","Head of Medical Devices Certification","Certimed B.V."),
  P("Laura Kessler",None,"DG SANTE"),
  P("Rory Fitzgerald","CTO","Vitalwave"),
  P("Gráinne Ní Chonaill",None,"Health Products Regulatory Authority"),
  P("Dermot Mac Cárthaigh","cluster manager","MWMN")],
 [O(M,"MWMN"), O("University of Limerick"), O("Enterprise Ireland"), O("Corrib Devices Ltd"), O("Certimed B.V."),
  O("European Commission"), O("DG SANTE"), O("Vitalwave"), O("Health Products Regulatory Authority","HPRA")],
 [E("Session 1 – MDR transition: where are we now?","2032-01-22"),
  E("Session 2 – Clinical evaluation on a small budget","2032-02-19"),
  E("Session 3 – Notified bodies: booking, queues and costs","2032-03-18"),
  E("Session 4 – Software, AI and the new rules","2032-04-22"),
  E("Session 5 – Wrap-up: questions to the regulator","2032-05-20")],
 ["2032-01-08","2032-01/2032-05","2032-01-22","2032-02-19","2032-03-18","2032-04-22","2032-05-20","2031/2033"],
 pub="2032-01-08")
