from common import *
fn = "newsletter-2035-04_new-members.md"
write_txt(fn, """
# MedTech Transilvania Newsletter · No. 58 · April 2035

*In this issue:* Welcome to our new members · MedTech Days Cluj recap · Funding calls · Events calendar

---

## Welcome to our new members

Since our last newsletter, the Board has approved six new members, bringing **MedTech Transilvania Cluster** to 94
members from nine Romanian counties and three neighbouring countries. We asked each of them to introduce themselves
in a few lines. Please say hello at our next networking evening on **Tuesday, 15 May** at the Cluj Innovation Park.

**1. Diagnova SRL (Cluj-Napoca)** – point-of-care tests for sepsis markers. CEO **Andreea Pop-Moldovan** founded the
company in 2031 after ten years at the Iuliu Hațieganu University of Medicine and Pharmacy. "We need clinical partners
to validate our second device, and the cluster's hospitals are exactly that."

**2. OrtoPrint 3D SRL (Oradea)** – patient-specific 3D-printed orthopaedic implants. CEO: **Levente Kiss**. The
company has 28 employees and recently received CE marking for its first cranial plate.

**3. Nexamed Software (Timișoara)** – software for hospital bed management. Managing director **Ionuț Drăgulescu**
says they "want to test our tool in a Transylvanian county hospital before scaling to Hungary".

**4. Klinikum Technik Service GmbH (Graz, Austria)** – maintenance of imaging equipment, with a new branch in Sibiu.
The branch is led by **Mag. Theresa Wallner-Popescu**, country manager Romania; group CEO is **Dr. Florian Aigner**.

**5. Spitalul Clinic Municipal Bistrița** – the first public hospital from Bistrița-Năsăud county in the cluster.
Represented by its manager, **dr. Vasile Rus**, and by **Alina Câmpean**, head of the procurement office.

**6. BioSens Lab SRL (Iași)** – a spin-off of the "Gheorghe Asachi" Technical University of Iași developing wearable
sweat sensors. Co-founders **Mihai Toma** (CEO) and **Elena Rusu-Ungureanu** (CTO).

---

## MedTech Days Cluj 2035: a short recap

Over 600 participants met on 26–27 March at the BT Arena conference wing for the sixth MedTech Days Cluj. Cluster
president **Prof. Dr. Radu-Ioan Mărginean** opened the event with the Prefect of Cluj County and **Corina Voicu**,
director of the North-West Regional Development Agency (ADR Nord-Vest). Highlights: 212 B2B meetings organised
with the Enterprise Europe Network, and the first "Hospital Challenge", won by Nexamed Software.

Thank you to all speakers, sponsors and volunteers. Presentations and photos are available to members in the
extranet; the video of the opening panel will be online by the end of the month.

## Funding calls

- Regional Programme North-West 2028–2034: innovation vouchers for medtech SMEs, deadline 30 May 2035
- EIC Accelerator cut-off: 4 June 2035

## Events calendar

| Date | Event | Place |
|---|---|---|
| 15 May 2035 | Members' networking evening | Cluj Innovation Park |
| 3–5 June 2035 | Joint stand at MEDICA-style fair? | |
| 19 June 2035 | Webinar: MDR clinical evaluation for start-ups | online |
| 25.09.2035 | General Assembly | Cluj-Napoca |

*MedTech Transilvania Cluster · Str. Fabricii 1, Cluj-Napoca · newsletter@medtech-transilvania.example ·
Executive director: Ioana Bărbulescu · [Unsubscribe](#)*
""".replace("| 3–5 June 2035 | Joint stand at MEDICA-style fair? | |", "| 3–5 June 2035 | Study visit to Hungarian medtech companies | Debrecen |"))
C="MedTech Transilvania Cluster"
gold(fn, "2035-04",
 [P("Andreea Pop-Moldovan","CEO","Diagnova SRL"),
  P("Levente Kiss","CEO","OrtoPrint 3D SRL"),
  P("Ionuț Drăgulescu","Managing director","Nexamed Software"),
  P("Theresa Wallner-Popescu","country manager Romania","Klinikum Technik Service GmbH"),
  P("Florian Aigner","group CEO","Klinikum Technik Service GmbH"),
  P("Vasile Rus","manager","Spitalul Clinic Municipal Bistrița"),
  P("Alina Câmpean","head of the procurement office","Spitalul Clinic Municipal Bistrița"),
  P("Mihai Toma","CEO","BioSens Lab SRL"),
  P("Elena Rusu-Ungureanu","CTO","BioSens Lab SRL"),
  P("Radu-Ioan Mărginean","president",C),
  P("Corina Voicu","director","North-West Regional Development Agency"),
  P("Ioana Bărbulescu","Executive director",C)],
 [O(C), O("Diagnova SRL"), O("Iuliu Hațieganu University of Medicine and Pharmacy"),
  O("OrtoPrint 3D SRL"), O("Nexamed Software"), O("Klinikum Technik Service GmbH"),
  O("Spitalul Clinic Municipal Bistrița"), O("BioSens Lab SRL"), O("\"Gheorghe Asachi\" Technical University of Iași"),
  O("North-West Regional Development Agency","ADR Nord-Vest"), O("Enterprise Europe Network")],
 [E("networking evening","2035-05-15","2035-05-15","Cluj-Napoca","Romania"),
  E("MedTech Days Cluj 2035","2035-03-26","2035-03-27","Cluj-Napoca","Romania"),
  E("Study visit to Hungarian medtech companies","2035-06-03","2035-06-05","Debrecen","Hungary"),
  E("Webinar: MDR clinical evaluation for start-ups","2035-06-19","2035-06-19",None,None),
  E("General Assembly","2035-09-25","2035-09-25","Cluj-Napoca","Romania")],
 ["2035-04","2035-05-15","2031","2035-03-26/2035-03-27","2028/2034","2035-05-30","2035-06-04","2035-06-03/2035-06-05","2035-06-19","2035-09-25"],
 [])
